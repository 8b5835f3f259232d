// Pass "sports result": in a line that is a match result or a league-table
// row, a town's name stands for its team. Such lines are names and numbers
// only: "<name> <score> <name> <score>" (a result; "and" may join a side's
// scores) or "<name>" followed by at least kTableColumns numbers (a table
// row: played, won, lost, points). A place found inside a name of such a line
// becomes an unlinked actor (the team), so it is never where something
// happened; countries keep their reading (a national side is reported as its
// country). A comma ends the pattern, so a casualty list ("<town> 12, <town> 5")
// is never read as a result. Fixture lines ("<name> v <name>", a schedule's
// "<visitors> AT <home>", a fixture list's "<date> v <name> or <name>") and
// scoreboards ("<venue> : <name> <scores> ( <remark> ) , <name> <scores>")
// name sides too; a schedule's home town and a scoreboard's venue stay places.
#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/entities/linking_steps_internal.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;

// Numbers after a name that make a line a table row.
constexpr size_t kTableColumns = 4;
// The longest qualifier in brackets a side's name carries in a result line ("( N )", "( SC )").
constexpr size_t kMaxQualifier = 3;
// Result lines or table rows that make a document a results list when no sport word says so.
constexpr size_t kMinResultLines = 2;

// A score or table cell: digits with '.', '-', '/' or ':' inside ("3", "53-0", ".449", "1/2").
bool IsScore(std::string_view w) {
  bool digit = false;
  for (const char c : w) {
    if (std::isdigit(static_cast<unsigned char>(c))) digit = true;
    else if (c != '.' && c != '-' && c != '/' && c != ':') return false;
  }
  return digit;
}

bool IsCapitalisedWord(std::string_view w) {
  return !w.empty() && (std::isupper(static_cast<unsigned char>(w[0])) || static_cast<unsigned char>(w[0]) >= 0x80);
}

// A run of names or of scores in a line: [begin, end) bytes and how many words.
struct Run {
  bool scores;
  size_t begin, end, words;
};

// Returns the runs of `line` (starting at byte `at` of the text), or nothing
// when a word is neither a name, a score, "and" between scores, a final '.'
// nor a parenthesised remark at the end.
std::vector<Run> RunsOf(std::string_view line, size_t at) {
  std::vector<Run> runs;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    if (i >= line.size()) break;
    size_t j = i;
    while (j < line.size() && line[j] != ' ') ++j;
    const std::string_view w = line.substr(i, j - i);
    // A side's short qualifier in brackets ("Radnicki ( N ) 2") belongs to its name.
    if (w == "(" && !runs.empty() && !runs.back().scores) {
      const size_t q = line.find(' ', j + 1);
      const std::string_view tag = q == std::string_view::npos ? std::string_view() : line.substr(j + 1, q - j - 1);
      if (!tag.empty() && tag.size() <= kMaxQualifier && IsCapitalisedWord(tag) && line.substr(q, 2) == " )") {
        runs.back().end = at + q + 2;
        i = q + 2;
        continue;
      }
    }
    if (w == "(") break;  // a remark closes the line
    if (w == "." && line.find_first_not_of(' ', j) == std::string_view::npos) break;
    bool scores;
    if (IsScore(w)) scores = true;
    else if (w == "-" && !runs.empty() && runs.back().scores) scores = true;  // an empty table cell
    else if (w == "and" && !runs.empty() && runs.back().scores) scores = true;
    else if (IsCapitalisedWord(w)) scores = false;
    else return {};
    if (!runs.empty() && runs.back().scores == scores) {
      runs.back().end = at + j;
      ++runs.back().words;
    } else {
      runs.push_back({scores, at + i, at + j, 1});
    }
    i = j;
  }
  return runs;
}

// Returns the name runs of a result line or a table row, or nothing.
std::vector<Run> TeamNames(const std::vector<Run>& runs) {
  if (runs.size() == 2 && !runs[0].scores && runs[1].scores && runs[1].words >= kTableColumns) return {runs[0]};
  if (runs.size() == 4 && !runs[0].scores && runs[1].scores && !runs[2].scores && runs[3].scores) {
    return {runs[0], runs[2]};
  }
  return {};
}

// Returns the sides of a fixture line's segment: "<name> v <name>" (both
// sides; "vs", "v." too), "<name> AT <name>" (a schedule: the visitors, before
// "at", are a side, the home town after it is where they play) or
// "<date> v <name> [or <name>]" (a team's fixture list: the opponents). Any
// other word leaves the segment alone.
void FixtureSides(std::string_view seg, size_t at, std::vector<Run>& out) {
  std::vector<std::pair<size_t, size_t>> words;  // offsets in seg
  for (size_t i = 0; i < seg.size();) {
    while (i < seg.size() && seg[i] == ' ') ++i;
    size_t j = i;
    while (j < seg.size() && seg[j] != ' ') ++j;
    if (j > i) words.push_back({i, j});
    i = j;
  }
  auto word = [&](size_t k) { return seg.substr(words[k].first, words[k].second - words[k].first); };
  size_t mid = words.size();
  bool home_is_side = true;
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string_view w = word(k);
    if (w == "v" || w == "v." || w == "vs" || w == "vs." || w == "V" || w == "VS") mid = k;
    else if (w == "AT" || w == "at") {
      mid = k;
      home_is_side = false;
    } else {
      continue;
    }
    break;
  }
  if (mid == 0 || mid + 1 >= words.size()) return;
  // After: names joined by "or", up to a remark.
  std::vector<Run> after;
  for (size_t k = mid + 1; k < words.size(); ++k) {
    const std::string_view w = word(k);
    if (w.front() == '(') break;
    if (w == "or" && !after.empty()) {
      after.push_back({false, 0, 0, 0});
      continue;
    }
    if (!IsCapitalisedWord(w)) return;
    if (after.empty() || after.back().words == 0) after.push_back({false, at + words[k].first, at + words[k].second, 1});
    else after.back().end = at + words[k].second, ++after.back().words;
  }
  // Before: a side (names only) or a date ("May 17", "June 28-30").
  const bool date = mid == 2 && IsCapitalisedWord(word(0)) && IsScore(word(1));
  bool names_before = true;
  for (size_t k = 0; k < mid; ++k) names_before = names_before && IsCapitalisedWord(word(k)) && !IsScore(word(k));
  if (!date && !names_before) return;
  if (names_before) out.push_back({false, at + words[0].first, at + words[mid - 1].second, mid});
  if (home_is_side || date) {
    for (const Run& r : after) {
      if (r.words > 0) out.push_back(r);
    }
  }
}

// Returns the sides named in a fixture line, segment by segment (segments end
// at a comma or a colon: "Postponed : Leeds v Hull , York v Bury").
std::vector<Run> FixtureNames(std::string_view line, size_t at) {
  std::vector<Run> out;
  size_t b = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i < line.size() && line[i] != ',' && line[i] != ':') continue;
    FixtureSides(line.substr(b, i - b), at + b, out);
    b = i + 1;
  }
  return out;
}

// Returns the names of a scoreboard line: "[<venue> :] <name> <scores> [( remark )]
// , <name> <scores> [( remark )]" — two sides, each a name and its scores,
// remarks in brackets skipped. Unlike a casualty list ("<town> 12, <town> 5",
// "Syria: <town> 12 (3 children), <town> 5") it has exactly two sides and a
// scorer's remark naming a player by an initial ("( J. Hart 88 )"), or a venue
// before a colon in a sports `report`. The venue stays a place.
std::vector<Run> ScoreboardNames(std::string_view line, size_t at, bool report) {
  std::vector<std::vector<Run>> sides(1);
  bool venue = false, remark = false;
  size_t i = 0, depth = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    if (i >= line.size()) break;
    size_t j = i;
    while (j < line.size() && line[j] != ' ') ++j;
    std::string_view w = line.substr(i, j - i);
    const size_t w_at = i;
    i = j;
    if (depth > 0 || w.front() == '(') {  // a remark: skipped to its closing bracket
      // A player named by an initial ("( J. Hart 88 )") makes it a scorer's remark.
      const std::string_view bare = w.front() == '(' ? w.substr(1) : w;
      if (bare.size() == 2 && bare[1] == '.' && std::isupper(static_cast<unsigned char>(bare[0]))) remark = true;
      for (char c : w) {
        if (c == '(') ++depth;
        else if (c == ')' && depth > 0) --depth;
      }
      if (depth == 0 && w.back() == ',') sides.emplace_back();
      continue;
    }
    bool separator = false;
    if (w.size() > 1 && w.back() == ',') {
      w.remove_suffix(1);
      separator = true;
    }
    if (w == ",") {
      sides.emplace_back();
      continue;
    }
    if (w == ":" && !venue && sides.size() == 1) {  // "<venue> :": what came before is no side
      venue = true;
      sides.back().clear();
      continue;
    }
    if (w == "." && line.find_first_not_of(' ', i) == std::string_view::npos) break;
    bool scores;
    auto& runs = sides.back();
    if (IsScore(w)) scores = true;
    else if (w == "and" && !runs.empty() && runs.back().scores) scores = true;
    else if (IsCapitalisedWord(w)) scores = false;
    else return {};
    if (!runs.empty() && runs.back().scores == scores) {
      runs.back().end = at + w_at + w.size();
      ++runs.back().words;
    } else {
      runs.push_back({scores, at + w_at, at + w_at + w.size(), 1});
    }
    if (separator) sides.emplace_back();
  }
  if (!sides.empty() && sides.back().empty()) sides.pop_back();
  if (sides.size() != 2 || !(remark || report)) return {};
  std::vector<Run> names;
  for (const auto& runs : sides) {
    if (runs.size() != 2 || runs[0].scores || !runs[1].scores) return {};
    names.push_back(runs[0]);
  }
  return names;
}

// Adds each side of `teams` that no mention covers as an unlinked actor (a
// team no dictionary knows), then the same name standing alone elsewhere in
// the document ("Partizan took the lead"): a side there too.
void AddUnknownSides(State& s, const std::vector<Run>& teams) {
  std::set<std::string> names;
  auto add = [&](size_t b, size_t e) {
    const size_t n = s.found.size();
    s.Add(b, e, std::nullopt, 0.5, MentionKind::kActor);
    if (s.found.size() == n) return false;  // an ordinary word, guarded
    s.found.back().keep_unlinked = true;
    return true;
  };
  for (const Run& t : teams) {
    if (s.Covered(t.begin, t.end)) continue;
    const std::string_view surface = s.text.substr(t.begin, t.end - t.begin);
    if (s.impl.common_words.count(kb::NameKey(surface))) continue;
    if (add(t.begin, t.end)) names.insert(kb::NameKey(surface));
  }
  if (names.empty()) return;
  for (const auto& c : FindNameCandidates(s.impl, s.text)) {
    if (c.script != CandScript::kLatin || s.Covered(c.begin, c.end)) continue;
    if (names.count(kb::NameKey(s.text.substr(c.begin, c.end - c.begin)))) add(c.begin, c.end);
  }
}

// The most words of a competitor's name before its country in brackets.
constexpr size_t kMaxCompetitorWords = 4;

// Returns the start of the capitalised words (particles of the cues allowed
// inside: "van", "de") that end one space before `end` (a bracket), at most
// kMaxCompetitorWords and all on one line, and their number; {end, 0} if none.
std::pair<size_t, size_t> NameBefore(const State& s, size_t end) {
  const auto& particles = s.impl.name_particles;
  size_t begin = end, words = 0, p = end;
  while (words < kMaxCompetitorWords + 1 && p > 0 && s.text[p - 1] == ' ') {
    size_t b = p - 1;
    while (b > 0 && (std::isalpha(static_cast<unsigned char>(s.text[b - 1])) || s.text[b - 1] == '-' ||
                     s.text[b - 1] == '\'' || static_cast<unsigned char>(s.text[b - 1]) >= 0x80)) {
      --b;
    }
    if (b == p - 1) break;
    const std::string_view w = s.text.substr(b, p - 1 - b);
    const bool particle = std::find(particles.begin(), particles.end(), kb::NameKey(w)) != particles.end();
    if (!IsCapitalisedWord(w) && !(particle && words > 0)) break;
    if (b > 0 && s.text[b - 1] != ' ' && s.text[b - 1] != '\n') break;
    if (!particle) {
      begin = b;
      ++words;
    }
    if (b == 0 || s.text[b - 1] == '\n') break;
    p = b;
  }
  if (words > kMaxCompetitorWords) return {end, 0};
  return {begin, words};
}

// Competitors in a sports report: a name right before its country in brackets
// ("Trine Hattesta ( Norway ) 65.12", "beat Naoko Kijimuta ( Japan )") is a
// person when it has two words or more, a side when it is one ("Dinamo
// ( Russia )"). Only names no other pass found.
void CompetitorsPass(State& s) {
  std::vector<std::pair<size_t, size_t>> countries;
  for (const Found& f : s.found) {
    if (!f.r || f.r->kind != MentionKind::kCountry || f.r->nationality) continue;
    if (f.begin < 4 || s.text.substr(f.begin - 2, 2) != "( " || s.text.substr(f.end, 2) != " )") continue;
    countries.push_back({f.begin - 2, f.end});
  }
  for (const auto& [bracket, country_end] : countries) {
    const auto [begin, words] = NameBefore(s, bracket);
    const size_t name_end = bracket - 1;
    if (words == 0 || s.Covered(begin, name_end)) continue;
    const std::string_view surface = s.text.substr(begin, name_end - begin);
    if (s.impl.common_words.count(kb::NameKey(surface.substr(0, surface.find(' '))))) continue;
    if (words >= 2) {
      s.Add(begin, name_end, PersonMention(surface));
    } else if (!(begin >= 2 && s.text[begin - 1] == '\n' && std::isalpha(static_cast<unsigned char>(s.text[begin - 2])))) {
      // (A line broken inside a name, "Svetlana\nSamokhvalova ( Russia )", leaves a surname alone: no side.)
      const size_t n = s.found.size();
      s.Add(begin, name_end, std::nullopt, 0.5, MentionKind::kActor);
      if (s.found.size() > n) s.found.back().keep_unlinked = true;
    }
  }
}

}  // namespace

void SportsResultPass(State& s) {
  std::vector<Run> teams;
  size_t result_lines = 0;
  const bool report = IsSportsReport(s);
  if (report) CompetitorsPass(s);
  size_t line_begin = 0;
  while (line_begin < s.text.size()) {
    size_t line_end = s.text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = s.text.size();
    const std::string_view line = s.text.substr(line_begin, line_end - line_begin);
    const size_t before = teams.size();
    for (const Run& r : TeamNames(RunsOf(line, line_begin))) teams.push_back(r);
    for (const Run& r : ScoreboardNames(line, line_begin, report)) teams.push_back(r);
    for (const Run& r : FixtureNames(line, line_begin)) teams.push_back(r);
    if (teams.size() > before) ++result_lines;
    line_begin = line_end + 1;
  }
  if (teams.empty()) return;
  // Names no pass knew ("Partizan 6 Becej 0"): sides, in a report or a list of results.
  if (report || result_lines >= kMinResultLines) AddUnknownSides(s, teams);
  for (Found& f : s.found) {
    const bool place = f.r ? f.r->kind == MentionKind::kPlace : f.unlinked_kind == MentionKind::kPlace;
    if (!place) continue;
    for (const Run& t : teams) {
      if (f.begin >= t.begin && f.end <= t.end) {
        f.r.reset();
        f.unlinked_kind = MentionKind::kActor;
        f.keep_unlinked = true;
        break;
      }
    }
  }
}

}  // namespace sitrep::entities
