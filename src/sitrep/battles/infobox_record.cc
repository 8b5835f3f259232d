// From labelled lines to the record: one reader per block.
#include "sitrep/battles/infobox_record.h"

#include <algorithm>
#include <cctype>

#include "sitrep/battles/infobox_figures.h"

namespace sitrep::battles {
namespace {

using document::BattleRecord;
using document::BattleSide;

// Returns true when `part` is a duration the infobox appends ("1 month and 6 days").
bool IsDuration(std::string_view part, const InfoboxLexicon& lex) {
  bool unit = false;
  for (const auto& w : WordsOf(part)) {
    if (std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    if (w == "and") continue;
    if (std::find(lex.durations.begin(), lex.durations.end(), w) == lex.durations.end()) {
      return false;
    }
    unit = true;
  }
  return unit;
}

bool IsHeading(const std::string& text) { return !text.empty() && text.back() == ':'; }

std::vector<std::string> Names(const Lines& lines) {
  std::vector<std::string> out;
  for (const auto& l : lines) {
    if (IsHeading(l.text)) continue;
    std::string name = CleanName(l.text);
    if (!name.empty() && std::find(out.begin(), out.end(), name) == out.end()) {
      out.push_back(std::move(name));
    }
  }
  return out;
}

void ReadCommanders(const Lines& lines, const InfoboxLexicon& lex, BattleSide& side) {
  std::string last;
  for (const auto& l : lines) {
    std::string role;
    auto c = ParseCommander(l.text, lex, &role);
    if (!c) {
      if (!last.empty() && !role.empty()) side.commander_roles[last] = role;
      continue;
    }
    if (c->name.empty() || IsHeading(l.text)) continue;
    side.commanders.push_back(c->name);
    if (!c->note.empty()) side.commander_notes[c->name] = c->note;
    if (!c->role.empty()) side.commander_roles[c->name] = c->role;
    last = c->name;
  }
}

std::vector<document::Strength> ReadStrength(const Lines& lines, const InfoboxLexicon& lex) {
  std::vector<document::Strength> out;
  std::string claimant;
  for (const auto& l : lines) {
    if (auto h = ParseListHeading(l.text, lex)) {
      claimant = h->claimant;
      continue;
    }
    auto s = ParseStrength(l.text, lex);
    if (s.claimed_by.empty()) s.claimed_by = claimant;
    out.push_back(std::move(s));
  }
  return out;
}

BattleSide ReadSide(const SideLines& lines, const InfoboxLexicon& lex) {
  BattleSide side;
  side.belligerents = Names(lines.belligerents);
  ReadCommanders(lines.commanders, lex, side);
  side.units = Names(lines.units);
  side.strength = ReadStrength(lines.strength, lex);
  side.casualties = ReadCasualties(lines.casualties, lex);
  return side;
}

// Returns the result lines: the Result field, else the Status field (an
// ongoing conflict's "Status: Ongoing" and the developments listed under it).
const Lines& ResultLines(const RawInfobox& box) {
  return box.result.empty() ? box.status : box.result;
}

void ReadResult(const RawInfobox& box, const InfoboxLexicon& lex, BattleRecord& r) {
  const Lines territory = TerritoryLines(box, lex);
  for (const auto& l : ResultLines(box)) {
    const bool is_territory = std::any_of(territory.begin(), territory.end(),
                                          [&](const InfoLine& t) { return t.span == l.span; });
    if (r.result.empty() && !l.bullet && !is_territory)
      r.result = l.text;
    else if (!is_territory)
      r.result_details.push_back(l.text);
  }
  if (r.result.empty() && !r.result_details.empty()) {
    r.result = r.result_details.front();
    r.result_details.erase(r.result_details.begin());
  }
  for (const auto& l : territory) r.territorial_changes.push_back(l.text);
}

}  // namespace

Lines TerritoryLines(const RawInfobox& box, const InfoboxLexicon& lex) {
  Lines out;
  bool headline = false;
  for (const auto& l : ResultLines(box)) {
    if (!headline && !l.bullet) {
      headline = true;
      continue;
    }
    if (HasAnyWord(Lower(l.text), lex.territory_cues)) out.push_back(l);
  }
  out.insert(out.end(), box.territory.begin(), box.territory.end());
  return out;
}

void ReadDates(const Lines& lines, const Lines& status, const RecordContext& ctx,
               BattleRecord& r) {
  struct Entry {
    DateRange range;
    std::string name;
  };
  std::vector<Entry> entries;
  for (const auto& l : lines) {
    std::string rest;
    std::vector<std::string> parts;
    SplitParentheses(l.text, &rest, &parts);
    if (!rest.empty()) {
      if (auto range = ctx.dates.Read(rest, ctx.lang, ctx.lex)) entries.push_back({*range, ""});
    }
    for (const auto& p : parts) {
      if (HasAnyWord(Lower(p), ctx.lex.ongoing) && !entries.empty()) {
        entries.back().range.ongoing = true;  // "(ongoing)"
        entries.back().range.end.clear();
      } else if (!entries.empty() && entries.back().name.empty() && !IsDuration(p, ctx.lex) &&
                 !ctx.dates.Read(p, ctx.lang, ctx.lex)) {
        entries.back().name = p;
      }
    }
  }
  const bool named =
      std::any_of(entries.begin(), entries.end(), [](const Entry& e) { return !e.name.empty(); });
  for (const auto& e : entries) {
    if (named || entries.size() > 1) r.phases.push_back({e.name, e.range.start, e.range.end});
    if (r.start.empty() || e.range.start < r.start) r.start = e.range.start;
    if (!e.range.ongoing && (r.end.empty() || e.range.end > r.end)) r.end = e.range.end;
    r.ongoing = r.ongoing || e.range.ongoing;
  }
  for (const auto& l : status) r.ongoing = r.ongoing || HasAnyWord(Lower(l.text), ctx.lex.ongoing);
  if (r.ongoing) r.end.clear();
}

std::vector<document::Casualty> ReadCasualties(const Lines& lines, const InfoboxLexicon& lex) {
  std::vector<document::Casualty> out;
  std::string phase, claimant;
  for (const auto& l : lines) {
    if (auto h = ParseListHeading(l.text, lex)) {
      if (!h->phase.empty()) {
        phase = h->phase;
        claimant.clear();
      } else {
        claimant = h->claimant;
      }
      continue;
    }
    auto c = ParseCasualty(l.text, phase, lex);
    if (c.claimed_by.empty()) c.claimed_by = claimant;
    out.push_back(std::move(c));
  }
  return out;
}

namespace {

// Returns `line` up to the coordinates a copy of the page keeps after the
// place ("Raqqa, Syria 35°57′N 39°01′E" -> "Raqqa, Syria"): from the first
// number followed by a degree sign.
std::string_view WithoutCoordinates(std::string_view line) {
  const size_t degree = line.find("\xC2\xB0");  // °
  if (degree == std::string_view::npos || degree == 0 ||
      !std::isdigit(static_cast<unsigned char>(line[degree - 1]))) {
    return line;
  }
  size_t start = degree;
  while (start > 0 && (std::isdigit(static_cast<unsigned char>(line[start - 1])) ||
                       line[start - 1] == '.')) {
    --start;
  }
  std::string_view place = Trim(line.substr(0, start));
  while (!place.empty() && (place.back() == ',' || place.back() == ';' || place.back() == '/')) {
    place = Trim(place.substr(0, place.size() - 1));
  }
  return place;
}

// Reports the lines of `box` holding numbers too long to be figures.
void CheckFigures(const RawInfobox& box, const InfoboxLexicon& lex,
                  std::vector<FieldProblem>& problems) {
  auto check = [&](const Lines& lines, const char* field) {
    for (const auto& l : lines) {
      if (HasOverlongNumber(l.text, lex)) {
        problems.push_back({field, "figure too large to read: \"" + l.text + "\"", l.span});
      }
    }
  };
  for (const auto& s : box.sides) {
    check(s.strength, "strength");
    check(s.casualties, "casualties");
  }
  check(box.joint_casualties, "casualties");
}

}  // namespace

document::BattleRecord BuildRecord(const RawInfobox& box, const RecordContext& ctx,
                                   std::vector<FieldProblem>& problems) {
  const InfoboxLexicon& lex = ctx.lex;
  CheckFigures(box, lex, problems);
  BattleRecord r;
  r.format = box.format;
  r.name = box.name;
  r.part_of = box.part_of;
  if (Lower(r.part_of).rfind("the ", 0) == 0) r.part_of = r.part_of.substr(4);
  ReadDates(box.date, box.status, ctx, r);
  if (!box.status.empty()) r.status = box.status.front().text;
  for (const auto& l : box.location) {
    const std::string_view place = WithoutCoordinates(l.text);
    if (place.empty()) continue;
    if (!r.location.empty()) r.location += " ";
    r.location += place;
  }
  ReadResult(box, lex, r);
  for (const auto& s : box.sides) {
    r.sides.push_back(ReadSide(s, lex));
    r.sides.back().belligerent_ids.assign(r.sides.back().belligerents.size(), "");
  }
  r.joint_casualties = ReadCasualties(box.joint_casualties, lex);
  return r;
}

}  // namespace sitrep::battles
