// Pass "sports teams": in a sports report a town's name mostly stands for its
// team ("the Kent captain", "beat Leeds", "Essex reached 372"), which is an
// actor, never where something happened. A report is a document with at least
// kMinSportCues words of names.tsv's sport_cue class ("innings", "striker"), or
// with a result line (SportsResultPass found teams). There a town — not a
// country (a national side is reported as its country) nor a first-level
// division (England, Texas: sides and places alike) — becomes its team, an
// unlinked actor, when a team_before word precedes it ("against", "beat", "v")
// or a team_after word follows it ("captain", "drew", "reached"). A name read
// so once is the team elsewhere in the report too, unless a venue_before word
// ("in", "at", "near") makes it the place there ("the match at Leeds").
// A town or a division followed by its side's name is that side, the name
// included: a nickname of one or two capitalised words, the last a plural
// ("Seattle Mariners", "Chicago White Sox", "Texas Rangers") or a team_suffix
// word ("Norwich City", "Bristol Rovers"); then the bare town or division is the
// side elsewhere in the report too ("Texas's lead over Seattle").
// Vocabulary in data/lang/<code>/names.tsv; runs after SportsResultPass.
#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <string_view>

#include "sitrep/entities/linking_steps_internal.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;

// Sport words that make a document a sports report.
constexpr int kMinSportCues = 2;

bool IsWordByte(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '-'; }

// Returns the folded word ending right before `pos` (spaces skipped; a final
// '.' dropped: "v."), or "".
std::string FoldedWordBefore(std::string_view text, size_t pos) {
  size_t e = pos;
  while (e > 0 && text[e - 1] == ' ') --e;
  if (e > 0 && text[e - 1] == '.') --e;
  size_t b = e;
  while (b > 0 && IsWordByte(text[b - 1])) --b;
  return b < e ? kb::NameKey(text.substr(b, e - b)) : std::string();
}

// Returns the folded word starting right after `pos` (spaces skipped), or "".
std::string FoldedWordAfter(std::string_view text, size_t pos) {
  size_t b = pos;
  while (b < text.size() && text[b] == ' ') ++b;
  size_t e = b;
  while (e < text.size() && IsWordByte(text[e])) ++e;
  return b < e ? kb::NameKey(text.substr(b, e - b)) : std::string();
}

}  // namespace

namespace {

bool CountSportCues(const State& s) {
  const auto& cues = s.impl.names.sport_cues;
  if (cues.empty()) return false;
  int n = 0;
  for (const auto& [b, e] : LatinWordSpans(s.text, 0, s.text.size())) {
    std::string_view w = s.text.substr(b, e - b);
    while (!w.empty() && !std::isalpha(static_cast<unsigned char>(w.back()))) w.remove_suffix(1);
    if (!w.empty() && cues.count(kb::NameKey(w)) && ++n >= kMinSportCues) return true;
  }
  return false;
}

}  // namespace

bool IsSportsReport(State& s) {
  if (!s.sports_report) s.sports_report = CountSportCues(s);
  return *s.sports_report;
}

namespace {

// A town the pass may read as its team.
bool IsTown(const Found& f) {
  return f.r && f.r->kind == MentionKind::kPlace && f.r->entity.feature != "ADM1" &&
         !f.r->entity.feature.empty();
}

bool IsResultLineTeam(const Found& f) {
  return !f.r && f.unlinked_kind == MentionKind::kActor && f.keep_unlinked;
}

// A name opening its line before a comma or a date ("LEEDS , England 2024-03-02",
// "LEEDS 2024-03-02"): the report's dateline, the place it was filed from.
bool IsDatelineLike(std::string_view text, const Found& f) {
  if (f.begin > 0 && text[f.begin - 1] != '\n') return false;
  size_t p = f.end;
  while (p < text.size() && text[p] == ' ') ++p;
  return p < text.size() && (text[p] == ',' || std::isdigit(static_cast<unsigned char>(text[p])));
}

// Returns true when `next` is a person named right after `town`'s possessive
// ("Leeds's Tom Hart", "Leeds 's Tom Hart"): a side's player.
bool PlayerAfter(const State& s, const Found& town, const Found& next) {
  if (next.r ? next.r->kind != MentionKind::kPerson : next.unlinked_kind != MentionKind::kPerson) return false;
  std::string_view between = s.text.substr(town.end, next.begin > town.end ? next.begin - town.end : 0);
  for (std::string_view p : {" 's ", "'s ", "\u2019s "}) {
    if (between == p) return true;
  }
  return false;
}

// Returns true when only a conjunction or a comma stands between `a` and `b`.
bool Coordinated(const State& s, const Found& a, const Found& b) {
  if (b.begin <= a.end || b.begin - a.end > 6) return false;
  std::string_view between = s.text.substr(a.end, b.begin - a.end);
  while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
  while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
  return between == "and" || between == "or" || between == ",";
}

template <typename KeyOf>
bool IsTeam(const Found& f, const std::set<std::string>& teams, const KeyOf& key_of) {
  return !f.r && f.unlinked_kind == MentionKind::kActor && f.keep_unlinked && teams.count(key_of(f));
}

void MakeTeam(Found& f) {
  f.r.reset();
  f.unlinked_kind = MentionKind::kActor;
  f.keep_unlinked = true;
}

// The longest nickname a side's name carries after its town ("White Sox").
constexpr int kMaxNicknameWords = 2;

bool IsDivision(const Found& f) {
  return f.r && f.r->kind == MentionKind::kPlace && f.r->entity.feature == "ADM1";
}

// Returns the end of the side's nickname right after the town `f` ("Seattle|
// Mariners", "Norwich| City"), or f.end when none follows: one or two
// capitalised words, each one space after the last, the last a plural or a
// team_suffix word, none inside another mention (`next_begin` is the next
// mention's start).
size_t NicknameEnd(const State& s, const Found& f, size_t next_begin) {
  size_t p = f.end, end = f.end;
  for (int words = 0; words < kMaxNicknameWords; ++words) {
    if (p + 1 >= s.text.size() || s.text[p] != ' ' || !std::isupper(static_cast<unsigned char>(s.text[p + 1]))) break;
    size_t e = p + 1;
    while (e < s.text.size() && std::isalpha(static_cast<unsigned char>(s.text[e]))) ++e;
    if (e > next_begin || e - p < 4) break;
    const std::string_view word = s.text.substr(p + 1, e - p - 1);
    const bool upper_word = std::all_of(word.begin(), word.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
    if (upper_word) break;  // a headline's words, not a name
    if (word.back() == 's' || s.impl.names.team_suffixes.count(kb::NameKey(word))) end = e;
    p = e;
  }
  return end;
}

}  // namespace

void SportsTeamPass(State& s) {
  const NameTables& t = s.impl.names;
  bool report = false;
  for (const Found& f : s.found) report = report || IsResultLineTeam(f);
  if (!report && !IsSportsReport(s)) return;
  std::set<std::string> teams;
  auto key_of = [&](const Found& f) { return kb::NameKey(s.text.substr(f.begin, f.end - f.begin)); };
  for (const Found& f : s.found) {
    if (IsResultLineTeam(f)) teams.insert(key_of(f));
  }
  std::sort(s.found.begin(), s.found.end(), [](const Found& a, const Found& b) { return a.begin < b.begin; });
  std::set<std::string> named_divisions;  // divisions a nickname showed to be sides ("Texas Rangers")
  for (size_t i = 0; i < s.found.size(); ++i) {
    Found& f = s.found[i];
    if (!IsTown(f) && !IsDivision(f)) continue;
    const size_t next_begin = i + 1 < s.found.size() ? s.found[i + 1].begin : s.text.size();
    const size_t end = NicknameEnd(s, f, next_begin);
    if (end == f.end) continue;
    (IsDivision(f) ? named_divisions : teams).insert(key_of(f));
    MakeTeam(f);
    f.end = end;
  }
  for (size_t i = 0; i < s.found.size(); ++i) {
    Found& f = s.found[i];
    if (!IsTown(f)) continue;
    const bool side = t.team_before.count(FoldedWordBefore(s.text, f.begin)) ||
                      t.team_after.count(FoldedWordAfter(s.text, f.end)) ||
                      (i + 1 < s.found.size() && PlayerAfter(s, f, s.found[i + 1]));
    if (side) {
      teams.insert(key_of(f));
      MakeTeam(f);
    }
  }
  // A town coordinated with a side is a side ("Essex and Kent", "Leeds, Hull or York").
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i + 1 < s.found.size(); ++i) {
      Found& a = s.found[i];
      Found& b = s.found[i + 1];
      if (!Coordinated(s, a, b)) continue;
      for (auto [x, y] : {std::pair<Found*, Found*>{&a, &b}, {&b, &a}}) {
        if (IsTeam(*x, teams, key_of) && IsTown(*y)) {
          teams.insert(key_of(*y));
          MakeTeam(*y);
          changed = true;
        }
      }
    }
  }
  if (teams.empty() && named_divisions.empty()) return;
  for (Found& f : s.found) {
    const bool side = IsTown(f) ? teams.count(key_of(f)) > 0 : IsDivision(f) && named_divisions.count(key_of(f));
    if (!side || IsDatelineLike(s.text, f)) continue;
    // "at Leeds", "in central Leeds": the place, even in a report.
    const std::string before = FoldedWordBefore(s.text, f.begin);
    if (t.venue_before.count(before)) continue;
    const size_t prev = s.text.rfind(' ', f.begin > 1 ? f.begin - 2 : 0);
    if (prev != std::string_view::npos && prev + 1 < f.begin && t.venue_before.count(FoldedWordBefore(s.text, prev + 1))) {
      continue;
    }
    MakeTeam(f);
  }
}

}  // namespace sitrep::entities
