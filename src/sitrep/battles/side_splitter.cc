// Design: each block is a sequence of lines; between two lines lies a
// boundary with a strength (repeated heading 3, cell blank 2, blank run 1.2,
// blank between a list item and a line that is none 0.4, none 0). Each line has an affinity to each
// side. A dynamic program over (line, side) with non-decreasing sides picks
// the assignment maximizing  sum(affinity) + sum over cuts (strength - 1),
// so structure alone decides where it is clear and affinity where the block
// has no structure (a strength list without blank lines).
#include "sitrep/battles/side_splitter.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "sitrep/battles/infobox_figures.h"

namespace sitrep::battles {
namespace {

constexpr double kCutCost = 1.0;
constexpr double kSkipCost = 1.1;  // per side left without lines (a bit above a cut)
constexpr double kRoleWeight = 1.5;
constexpr double kActorIdWeight = 3.0;
constexpr double kCohesionWeight = 1.5;
constexpr int kMaxSides = 6;  // infoboxes show at most five combatant columns

std::vector<double> Boundaries(const Lines& lines, const InfoboxLexicon& lex) {
  std::vector<double> b(lines.size(), 0.0);
  std::set<std::string> headings;
  for (size_t i = 0; i < lines.size(); ++i) {
    const InfoLine& l = lines[i];
    if (auto h = ParseListHeading(l.text, lex)) {
      const std::string key = Lower(h->phase + "|" + h->claimant);
      if (headings.count(key)) {
        b[i] = 3.0;
        headings.clear();
      }
      headings.insert(key);
      if (b[i] > 0) continue;
    }
    if (i == 0 || l.blanks_before == 0) continue;
    if (l.bullet != lines[i - 1].bullet)  // a sub-list opening or closing inside a cell
      b[i] = 0.4;
    else
      b[i] = l.blanks_before == 1 ? 2.0 : 1.2;
  }
  return b;
}

int StrongGroups(const Lines& lines, const InfoboxLexicon& lex) {
  if (lines.empty()) return 0;
  const auto b = Boundaries(lines, lex);
  return 1 + static_cast<int>(std::count_if(b.begin(), b.end(), [](double x) { return x >= 2.0; }));
}

std::vector<std::string> ContentWords(std::string_view s, const InfoboxLexicon& lex) {
  std::vector<std::string> out;
  for (auto& w : WordsOf(s)) {
    if (std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    if (std::find(lex.stopwords.begin(), lex.stopwords.end(), w) == lex.stopwords.end()) {
      out.push_back(std::move(w));
    }
  }
  return out;
}

bool SameStem(const std::string& a, const std::string& b) {
  if (a == b) return true;
  size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n >= 5;
}

// Returns the length of `item` when its words occur contiguously in `line`, else 0.
double PhraseScore(const std::vector<std::string>& line, const std::vector<std::string>& item) {
  if (item.empty() || item.size() > line.size()) return 0;
  for (size_t i = 0; i + item.size() <= line.size(); ++i) {
    bool ok = true;
    for (size_t k = 0; k < item.size() && ok; ++k) ok = SameStem(line[i + k], item[k]);
    if (ok) return std::min<double>(3.0, item.size());
  }
  return 0;
}

// Returns the initials of the capitalized words of `name` ("Islamic State of
// Iraq and the Levant" -> "isil"), or "" when shorter than three letters.
std::string Acronym(std::string_view name) {
  std::string out;
  bool start = true;
  for (char c : name) {
    const bool alpha = std::isalpha(static_cast<unsigned char>(c));
    if (start && alpha && std::isupper(static_cast<unsigned char>(c))) {
      out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    start = !alpha && c != '\'';
  }
  return out.size() >= 3 ? out : "";
}

struct SideProfile {
  std::vector<std::vector<std::string>> names;
  std::set<std::string> acronyms;
  std::set<std::string> ids;
  int character = 0;  // +1 state forces, -1 non-state, 0 unknown
};

int Character(const Lines& belligerents, const InfoboxLexicon& lex) {
  int state = 0, nonstate = 0;
  for (const auto& l : belligerents) {
    const std::string lower = Lower(l.text);
    for (const auto& w : lex.state_cues) state += HasWord(lower, w);
    for (const auto& w : lex.nonstate_cues) nonstate += HasWord(lower, w);
  }
  return state > nonstate ? 1 : nonstate > state ? -1 : 0;
}

void AddNames(const Lines& lines, const InfoboxLexicon& lex, const ActorIdsAt& actor_ids,
              SideProfile& p) {
  for (const auto& l : lines) {
    const std::string name = CleanName(l.text);
    auto words = ContentWords(name, lex);
    if (!words.empty()) p.names.push_back(std::move(words));
    if (std::string a = Acronym(name); !a.empty()) p.acronyms.insert(std::move(a));
    if (actor_ids) {
      for (auto& id : actor_ids(l.span)) p.ids.insert(std::move(id));
    }
  }
}

// Returns the text of `line` that speaks of its subject (claims removed).
std::string SubjectText(const std::string& line, const InfoboxLexicon& lex) {
  std::string rest;
  std::vector<std::string> parts;
  SplitParentheses(line, &rest, &parts);
  for (const auto& p : parts) {
    if (ClaimantOf(p, lex).empty()) rest += " " + p;
  }
  return rest;
}

// Returns the span of `line` before its first claim ("(Army claim)"), so that
// the claimant's own mention does not pull the line to the claimant's side.
document::Span SubjectSpan(const InfoLine& line, const InfoboxLexicon& lex) {
  if (line.span.size() != line.text.size()) return line.span;  // cleaned wikitext
  for (size_t open = line.text.find('('); open != std::string::npos;
       open = line.text.find('(', open + 1)) {
    const size_t close = line.text.find(')', open);
    std::string rest;
    std::vector<std::string> parts;
    SplitParentheses(std::string_view(line.text).substr(
                         open, close == std::string::npos ? std::string::npos : close - open + 1),
                     &rest, &parts);
    for (const auto& p : parts) {
      if (!ClaimantOf(p, lex).empty()) return {line.span.begin, line.span.begin + open};
    }
  }
  return line.span;
}

// What Affinity reads of a line, the same for every side: computed once per
// line, not once per line and side.
struct LineSubject {
  std::vector<std::string> words;  // ContentWords of the subject text
  std::string lower;               // the subject text lowered
  std::optional<std::vector<std::string>> ids;  // actor ids of the subject span, when asked
};

LineSubject SubjectOf(const InfoLine& line, const InfoboxLexicon& lex) {
  LineSubject out;
  const std::string subject = SubjectText(line.text, lex);
  out.words = ContentWords(subject, lex);
  out.lower = Lower(subject);
  return out;
}

double Affinity(const InfoLine& line, LineSubject& subject, const SideProfile& side, bool roles,
                const InfoboxLexicon& lex, const ActorIdsAt& actor_ids) {
  const auto& words = subject.words;
  double best = 0;
  for (const auto& name : side.names) best = std::max(best, PhraseScore(words, name));
  for (const auto& w : words) {
    if (side.acronyms.count(w)) best = std::max(best, 2.0);
  }
  const std::string& lower = subject.lower;
  if (roles && side.character > 0 && HasAnyWord(lower, lex.state_roles)) best += kRoleWeight;
  if (roles && side.character < 0 && HasAnyWord(lower, lex.nonstate_roles)) best += kRoleWeight;
  if (actor_ids && !side.ids.empty()) {
    if (!subject.ids) subject.ids = actor_ids(SubjectSpan(line, lex));
    for (const auto& id : *subject.ids) {
      if (side.ids.count(id)) {
        best += kActorIdWeight;
        break;
      }
    }
  }
  return best;
}

// Returns the side of each line (see the design note above).
// Lowers the boundary between two lines whose actors share an id or an
// affiliation (the knowledge base says they fight together).
void AddCohesion(const Lines& lines, const ActorIdsAt& actor_ids, std::vector<double>& bound) {
  if (!actor_ids) return;
  std::vector<std::string> prev;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::vector<std::string> ids = actor_ids(lines[i].span);
    for (const auto& id : ids) {
      if (i > 0 && std::find(prev.begin(), prev.end(), id) != prev.end()) {
        bound[i] -= kCohesionWeight;
        break;
      }
    }
    prev = std::move(ids);
  }
}

// Returns the side of each line (see the design note above). With
// `every_side` (the belligerents, which define the sides) each side gets at
// least one line when there are enough lines.
std::vector<int> Assign(const Lines& lines, const std::vector<SideProfile>& sides, bool roles,
                        bool every_side, const InfoboxLexicon& lex, const ActorIdsAt& actor_ids) {
  const size_t m = lines.size();
  const int n = static_cast<int>(sides.size());
  if (m == 0) return {};
  auto bound = Boundaries(lines, lex);
  AddCohesion(lines, actor_ids, bound);
  const bool all = every_side && m >= static_cast<size_t>(n);
  const double skip = all ? 1e6 : kSkipCost;
  std::vector<std::vector<double>> dp(m, std::vector<double>(n));
  std::vector<std::vector<int>> from(m, std::vector<int>(n, -1));
  for (size_t i = 0; i < m; ++i) {
    LineSubject subject = SubjectOf(lines[i], lex);
    for (int s = 0; s < n; ++s) {
      const double aff = Affinity(lines[i], subject, sides[s], roles, lex, actor_ids);
      if (i == 0) {
        dp[0][s] = aff - skip * s;
        continue;
      }
      double best = dp[i - 1][s];
      from[i][s] = s;
      for (int t = 0; t < s; ++t) {
        const double v = dp[i - 1][t] + bound[i] - kCutCost - skip * (s - t - 1);
        if (v > best) {
          best = v;
          from[i][s] = t;
        }
      }
      dp[i][s] = best + aff;
    }
  }
  std::vector<int> out(m);
  out[m - 1] = all ? n - 1
                   : static_cast<int>(std::max_element(dp[m - 1].begin(), dp[m - 1].end()) -
                                      dp[m - 1].begin());
  for (size_t i = m - 1; i > 0; --i) out[i - 1] = from[i][out[i]];
  return out;
}

void Distribute(const Lines& lines, const std::vector<int>& side_of, std::vector<SideLines>& out,
                Lines SideLines::*field) {
  for (size_t i = 0; i < lines.size(); ++i) (out[side_of[i]].*field).push_back(lines[i]);
}

bool HasColumns(const Lines& lines) {
  return std::any_of(lines.begin(), lines.end(), [](const InfoLine& l) { return l.column != -1; });
}

// Returns the highest column the layout gives a line of `lines`, or -1.
int MaxColumn(const Lines& lines) {
  int out = -1;
  for (const auto& l : lines) out = std::max(out, l.column);
  return out;
}

// Returns the side of each line from the columns of the layout (a line
// without one stays with the line before; -1 for a full-width row).
std::vector<int> ColumnSides(const Lines& lines, int sides) {
  std::vector<int> out(lines.size(), 0);
  int last = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].column >= 0) last = std::min(lines[i].column, sides - 1);
    out[i] = lines[i].column == InfoLine::kAllSides ? -1 : last;
  }
  return out;
}

// Moves a trailing group of casualty lines shared by all sides into `joint`.
Lines CutJoint(const Lines& lines, const InfoboxLexicon& lex, Lines* joint) {
  const auto bound = Boundaries(lines, lex);
  for (size_t i = lines.size(); i-- > 1;) {
    if (bound[i] < 1.2) continue;
    const bool shared = std::all_of(lines.begin() + i, lines.end(), [&](const InfoLine& l) {
      return HasAnyWord(Lower(l.text), lex.joint_cues);
    });
    if (!shared) break;
    joint->assign(lines.begin() + i, lines.end());
    return Lines(lines.begin(), lines.begin() + i);
  }
  return lines;
}

}  // namespace

int CountSides(const SideLines& unsplit, const InfoboxLexicon& lex) {
  const auto& u = unsplit;
  if (u.belligerents.empty() && u.commanders.empty() && u.units.empty() && u.strength.empty() &&
      u.casualties.empty()) {
    return 0;
  }
  int columns = 0;
  for (const Lines* l : {&u.belligerents, &u.commanders, &u.units, &u.strength, &u.casualties}) {
    columns = std::max(columns, MaxColumn(*l) + 1);
  }
  if (HasColumns(u.belligerents)) return std::clamp(columns, 1, kMaxSides);
  int n = std::max(columns, StrongGroups(unsplit.belligerents, lex));
  if (n < 2) {
    for (const Lines* l : {&unsplit.commanders, &unsplit.units, &unsplit.casualties}) {
      n = std::max(n, StrongGroups(*l, lex));
    }
  }
  if (n < 2 && unsplit.belligerents.size() >= 2) n = 2;
  return std::clamp(n, 1, kMaxSides);  // lines, so at least one side
}

std::vector<SideLines> SplitSides(const SideLines& unsplit, int sides, const InfoboxLexicon& lex,
                                  const ActorIdsAt& actor_ids, Lines* joint) {
  std::vector<SideLines> out(sides);
  std::vector<SideProfile> profiles(sides);
  // Role words ("rebels", "troops") speak of people: strength and casualties.
  // Actor ids of a side come from its belligerents and units only: a country
  // in a commander's name ("Abu Ayman al-Iraq") says nothing of the side.
  auto split = [&](const Lines& lines, Lines SideLines::*field) {
    const bool roles = field == &SideLines::strength || field == &SideLines::casualties;
    const bool every_side = field == &SideLines::belligerents;
    const bool ids = field == &SideLines::belligerents || field == &SideLines::units;
    if (HasColumns(lines)) {
      const auto side_of = ColumnSides(lines, sides);
      for (size_t i = 0; i < lines.size(); ++i) {
        if (side_of[i] >= 0) (out[side_of[i]].*field).push_back(lines[i]);
        else if (field == &SideLines::casualties) joint->push_back(lines[i]);
        else (out[0].*field).push_back(lines[i]);
      }
    } else {
      Distribute(lines, Assign(lines, profiles, roles, every_side, lex, actor_ids), out, field);
    }
    for (int s = 0; s < sides; ++s) {
      AddNames(out[s].*field, lex, ids ? actor_ids : ActorIdsAt(), profiles[s]);
    }
  };
  split(unsplit.belligerents, &SideLines::belligerents);
  for (int s = 0; s < sides; ++s) profiles[s].character = Character(out[s].belligerents, lex);
  // Facing a state side, the other side of a two-sided battle is non-state
  // when its names do not say.
  if (sides == 2) {
    for (int s = 0; s < 2; ++s) {
      if (profiles[s].character == 0 && profiles[1 - s].character > 0) profiles[s].character = -1;
    }
  }
  split(unsplit.commanders, &SideLines::commanders);
  split(unsplit.units, &SideLines::units);
  split(unsplit.strength, &SideLines::strength);
  split(HasColumns(unsplit.casualties) ? unsplit.casualties : CutJoint(unsplit.casualties, lex, joint),
        &SideLines::casualties);
  return out;
}

int StateSide(const std::vector<SideLines>& sides, const InfoboxLexicon& lex) {
  int best = -1;
  for (size_t s = 0; s < sides.size(); ++s) {
    if (Character(sides[s].belligerents, lex) > 0 && best < 0) best = static_cast<int>(s);
  }
  return best;
}

}  // namespace sitrep::battles
