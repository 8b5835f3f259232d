// Pass "sports result": in a line that is a match result or a league-table
// row, a town's name stands for its team. Such lines are names and numbers
// only: "<name> <score> <name> <score>" (a result; "and" may join a side's
// scores) or "<name>" followed by at least kTableColumns numbers (a table
// row: played, won, lost, points). A place found inside a name of such a line
// becomes an unlinked actor (the team), so it is never where something
// happened; countries keep their reading (a national side is reported as its
// country). A comma ends the pattern, so a casualty list ("<town> 12, <town> 5")
// is never read as a result.
#include <cctype>
#include <string_view>
#include <vector>

#include "sitrep/entities/linking_steps_internal.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;

// Numbers after a name that make a line a table row.
constexpr size_t kTableColumns = 4;

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

}  // namespace

void SportsResultPass(State& s) {
  std::vector<Run> teams;
  size_t line_begin = 0;
  while (line_begin < s.text.size()) {
    size_t line_end = s.text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = s.text.size();
    for (const Run& r : TeamNames(RunsOf(s.text.substr(line_begin, line_end - line_begin), line_begin))) {
      teams.push_back(r);
    }
    line_begin = line_end + 1;
  }
  if (teams.empty()) return;
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
