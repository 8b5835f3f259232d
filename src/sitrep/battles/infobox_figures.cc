// Line readers for strength, casualties and commanders. Parenthesized parts of
// a line are either a claimant ("Army claim", "per SOHR") or a note; figures
// are a number or a range, with the approximation words before them.
#include "sitrep/battles/infobox_figures.h"

#include <algorithm>
#include <cctype>

namespace sitrep::battles {
namespace {

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)); }

// True when a group separator (',' or '.', as the number's earlier groups
// had it) is at `i` of `s`: three digits follow and then no digit.
bool GroupAt(std::string_view s, size_t i, char& sep) {
  if ((s[i] != ',' && s[i] != '.') || (sep != 0 && s[i] != sep)) return false;
  for (size_t k = 1; k <= 3; ++k) {
    if (i + k >= s.size() || !IsDigit(s[i + k])) return false;
  }
  if (i + 4 < s.size() && IsDigit(s[i + 4])) return false;
  sep = s[i];
  return true;
}

// Reads "1,479", "12.000" (Indonesian groups) or "10000" at `pos`; returns
// the value and advances `pos` past the digits. A number of more than
// kMaxFigureDigits digits is no figure (nullopt; `pos` still moves past it),
// so nothing can overflow.
std::optional<long> ReadNumber(std::string_view s, size_t& pos) {
  if (pos >= s.size() || !IsDigit(s[pos])) return std::nullopt;
  long v = 0;
  size_t i = pos, digits = 0;
  char sep = 0;
  while (i < s.size()) {
    if (IsDigit(s[i])) {
      if (++digits <= kMaxFigureDigits) v = v * 10 + (s[i] - '0');
      ++i;
    } else if (GroupAt(s, i, sep)) {
      ++i;
    } else {
      break;
    }
  }
  pos = i;
  if (digits > kMaxFigureDigits) return std::nullopt;
  return v;
}

// The largest figure: kMaxFigureDigits nines.
constexpr long kMaxFigure = 999'999'999'999;
static_assert(kMaxFigureDigits == 12);

// Multiplies `v` by `times`; false (v unchanged) when the product is past any figure.
bool Scale(long& v, long times) {
  if (times <= 0 || v > kMaxFigure / times) return false;
  v *= times;
  return true;
}

// Applies a multiplier word of the lexicon after the number that ended at
// `pos`, glued or after one space, with the decimals before it ("2万" = 20000,
// "1万2000" = 12000, "3 ribu", "1,5 juta" = 1500000, "2.5 آلاف"), and moves
// `pos` past it. Returns the factor applied (1 when none), or 0 when the
// product is past any figure.
long Multiplier(std::string_view s, size_t& pos, long& v, const InfoboxLexicon& lex) {
  size_t at = pos;
  long fraction = 0, scale = 1;  // "1,5": 5 tenths
  if (at + 1 < s.size() && (s[at] == '.' || s[at] == ',') && IsDigit(s[at + 1])) {
    size_t j = at + 1;
    while (j < s.size() && IsDigit(s[j]) && scale < 100) fraction = fraction * 10 + (s[j++] - '0'), scale *= 10;
    if (j < s.size() && IsDigit(s[j])) {
      fraction = 0, scale = 1;
    } else {
      at = j;
    }
  }
  const size_t word_at = at < s.size() && s[at] == ' ' ? at + 1 : at;
  for (const auto& [word, times] : lex.multipliers) {
    if (s.substr(word_at, word.size()) != word) continue;
    const size_t end = word_at + word.size();
    const unsigned char next = end < s.size() ? static_cast<unsigned char>(s[end]) : ' ';
    const bool whole_word = next < 0x80 && !std::isalnum(next);
    if (word_at > at && !whole_word && !UnspacedAt(s, end)) continue;  // "3 ribuan"
    if (!Scale(v, times) || times < scale) return 0;
    v += fraction * (times / scale);
    pos = end;
    size_t after = pos;
    if (const auto rest = ReadNumber(s, after); scale == 1 && rest && *rest < times) {
      v += *rest;  // "1万2000"
      pos = after;
    }
    return times;
  }
  return 1;
}

// Returns `pos` past a counter word ("人", "名") right after a number.
size_t SkipCounter(std::string_view s, size_t pos, const InfoboxLexicon& lex) {
  for (const auto& c : lex.counters) {
    if (s.substr(pos, c.size()) == c) return pos + c.size();
  }
  return pos;
}

// Returns the length of a range dash ("–", "—", "-", " to ", "〜") at `pos`, else 0.
size_t DashAt(std::string_view s, size_t pos) {
  for (std::string_view d :
       {"\xE2\x80\x93", "\xE2\x80\x94", "-", " to ", " - ", " \xE2\x80\x93 ", "~",
        "\xE3\x80\x9C"}) {  // – — - ~ 〜
    if (s.substr(pos, d.size()) == d) return d.size();
  }
  return 0;
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const auto& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

// Splits `s` at ", " and "; " (not inside numbers like "1,479").
std::vector<std::string> Segments(std::string_view s) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((s[i] == ',' || s[i] == ';') && (i + 1 == s.size() || s[i + 1] == ' ')) {
      out.emplace_back(Trim(s.substr(start, i - start)));
      start = i + 1;
    }
  }
  out.emplace_back(Trim(s.substr(start)));
  return out;
}

// Cuts an inline claim ("… per SOHR", "according to X") off `segment`.
std::string CutInlineClaim(std::string& segment, const InfoboxLexicon& lex) {
  const std::string lower = Lower(segment);
  for (const auto& prefix : lex.claim_prefixes) {
    for (size_t pos = lower.find(prefix); pos != std::string::npos;
         pos = lower.find(prefix, pos + 1)) {
      const bool left = pos == 0 || lower[pos - 1] == ' ';
      const size_t end = pos + prefix.size();
      if (!left || end >= lower.size() || lower[end] != ' ') continue;
      std::string who = CleanName(segment.substr(end + 1));
      segment = std::string(Trim(std::string_view(segment).substr(0, pos)));
      return who;
    }
  }
  return "";
}

// Returns `s` without a leading quoted phrase or vague amount ("Several hundred").
std::string_view StripVagueAmount(std::string_view s, const InfoboxLexicon& lex) {
  s = Trim(s);
  for (std::string_view q : {"\"", "\xE2\x80\x9C"}) {
    if (s.substr(0, q.size()) == q) {
      size_t close = s.find_first_of("\"", q.size());
      const size_t curly = s.find("\xE2\x80\x9D", q.size());
      size_t len = 1;
      if (curly != std::string_view::npos && (close == std::string_view::npos || curly < close)) {
        close = curly;
        len = 3;
      }
      if (close != std::string_view::npos) return Trim(s.substr(close + len));
    }
  }
  const std::string lower = Lower(s);
  for (const auto& v : lex.vague_quantities) {
    if (lower.rfind(v, 0) == 0 && (lower.size() == v.size() || lower[v.size()] == ' ')) {
      return Trim(s.substr(v.size()));
    }
  }
  return s;
}

}  // namespace

bool HasOverlongNumber(std::string_view text, const InfoboxLexicon& lex) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsDigit(text[i]) || (i > 0 && IsDigit(text[i - 1]))) continue;
    size_t pos = i;
    auto value = ReadNumber(text, pos);
    if (!value || Multiplier(text, pos, *value, lex) == 0) return true;
    i = pos - 1;
  }
  return false;
}

std::optional<Figure> FindFigure(std::string_view text, const InfoboxLexicon& lex) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsDigit(text[i]) || (i > 0 && (IsDigit(text[i - 1]) || std::isalpha(static_cast<unsigned char>(text[i - 1]))))) {
      continue;
    }
    Figure f;
    f.begin = i;
    size_t pos = i;
    const auto value = ReadNumber(text, pos);
    if (!value) {
      i = pos - 1;
      continue;
    }
    f.value = *value;
    const long low_times = Multiplier(text, pos, f.value, lex);
    if (low_times == 0) continue;  // past any figure
    pos = SkipCounter(text, pos, lex);
    if (const size_t d = DashAt(text, pos); d && pos + d < text.size() && IsDigit(text[pos + d])) {
      size_t p2 = pos + d;
      f.high = ReadNumber(text, p2);
      if (!f.high) continue;  // "5–" and a number past any figure
      {
        const long high_times = Multiplier(text, p2, *f.high, lex);
        if (high_times == 0) continue;
        // "2-3万": the multiplier after the range is the low end's too.
        if (low_times == 1 && high_times > 1 && !Scale(f.value, high_times)) continue;
      }
      pos = SkipCounter(text, p2, lex);
    }
    if (pos < text.size() && text[pos] == '+') {
      f.approx = true;
      ++pos;
    }
    f.end = pos;
    const std::string_view bt = Trim(text.substr(0, i));
    const std::string before = Lower(bt);
    for (const auto& a : lex.approx) {
      const size_t at = before.size() - std::min(before.size(), a.size());
      if (before.size() < a.size() || before.compare(at, a.size(), a) != 0) continue;
      if (at > 0 && std::isalpha(static_cast<unsigned char>(before[at - 1]))) continue;
      f.approx = true;
      f.begin = static_cast<size_t>(bt.data() - text.data()) + at;
      break;
    }
    return f;
  }
  return std::nullopt;
}

std::string ClaimantOf(std::string_view part, const InfoboxLexicon& lex) {
  std::string p(Trim(part));
  if (std::string who = CutInlineClaim(p, lex); !who.empty() && p.empty()) return who;
  const std::string lower = Lower(Trim(part));
  const size_t space = lower.rfind(' ');
  const std::string last = space == std::string::npos ? "" : lower.substr(space + 1);
  for (const auto& s : lex.claim_suffixes) {  // longest first
    if (space != std::string::npos && last == s) return CleanName(Trim(part).substr(0, space));
    // Glued in a script without spaces: "イラク政府の推定".
    const size_t at = lower.size() - std::min(lower.size(), s.size());
    if (at > 0 && lower.compare(at, s.size(), s) == 0 && UnspacedBefore(lower, at)) {
      return CleanName(Trim(part).substr(0, at));
    }
  }
  return "";
}

void SplitParentheses(std::string_view text, std::string* rest, std::vector<std::string>* parts) {
  rest->clear();
  int depth = 0;
  std::string cur;
  for (char c : text) {
    if (c == '(') {
      if (depth++ == 0) continue;
    } else if (c == ')' && depth > 0) {
      if (--depth == 0) {
        for (const auto& s : Segments(cur)) {
          if (!s.empty()) parts->push_back(s);
        }
        cur.clear();
        continue;
      }
    }
    (depth > 0 ? cur : *rest).push_back(c);
  }
  if (depth > 0) {
    for (const auto& s : Segments(cur)) {
      if (!s.empty()) parts->push_back(s);
    }
  }
  *rest = std::string(Trim(*rest));
}

std::string CleanName(std::string_view name) {
  std::string rest;
  std::vector<std::string> parts;
  SplitParentheses(name, &rest, &parts);
  std::string out;
  int bracket = 0;
  for (char c : rest) {
    if (c == '[')
      ++bracket;
    else if (c == ']' && bracket > 0)
      --bracket;
    else if (!bracket)
      out.push_back(c);
  }
  std::string_view t = Trim(out);
  while (!t.empty() && (t.back() == ',' || t.back() == ';' || t.back() == ':' || t.back() == '.')) {
    t.remove_suffix(1);
  }
  return std::string(Trim(t));
}

document::Strength ParseStrength(std::string_view line, const InfoboxLexicon& lex) {
  document::Strength s;
  s.text = std::string(line);
  std::string rest;
  std::vector<std::string> parts, notes;
  SplitParentheses(line, &rest, &parts);
  for (const auto& p : parts) {
    if (std::string who = ClaimantOf(p, lex); !who.empty())
      s.claimed_by = who;
    else
      notes.push_back(p);
  }
  if (std::string who = CutInlineClaim(rest, lex); !who.empty()) s.claimed_by = who;
  s.note = Join(notes, "; ");
  if (auto f = FindFigure(rest, lex)) {
    if (f->high) {
      s.low = f->value;
      s.high = *f->high;
    } else {
      s.value = f->value;
    }
    s.approx = f->approx;
    std::string who = CleanName(std::string_view(rest).substr(f->end));
    if (who.empty()) who = CleanName(std::string_view(rest).substr(0, f->begin));
    s.who = who;
  } else {
    s.who = CleanName(StripVagueAmount(rest, lex));
  }
  return s;
}

namespace {

// Returns the key of the casualty phrase after figure `f` in `lower` ("killed"
// -> "killed"), or "", and where the phrase starts.
std::string FigureKey(const std::string& lower, const Figure& f, const InfoboxLexicon& lex,
                      size_t& key_at) {
  key_at = std::string::npos;
  std::string total;
  for (const auto& [phrase, k] : lex.figures) {
    if (!HasWord(std::string_view(lower).substr(f.end), phrase)) continue;
    if (k == "total") {  // only when nothing more specific is said
      total = k;
      continue;
    }
    for (size_t at = lower.find(phrase, f.end); at != std::string::npos;
         at = lower.find(phrase, at + 1)) {
      if (HasWord(std::string_view(lower).substr(at, phrase.size()), phrase)) {
        key_at = at;
        break;
      }
    }
    return k;
  }
  // "戦死者 6,821人", "Killed: 500": the phrase right before the figure.
  std::string_view head = Trim(std::string_view(lower).substr(0, f.begin));
  if (!head.empty() && head.back() == ':') head = Trim(head.substr(0, head.size() - 1));
  for (const auto& [phrase, k] : lex.figures) {
    if (head.size() < phrase.size() || head.substr(head.size() - phrase.size()) != phrase) continue;
    const size_t at = head.size() - phrase.size();
    if (HasWord(head.substr(at > 0 ? Utf8Floor(head, at - 1) : 0), phrase)) return k;
  }
  return total;
}

// Reads one segment of a casualty line ("180 killed", "including 13
// commanders") into `c`; `total` allows a bare figure to be the total.
void ReadSegment(std::string seg, bool total, document::Casualty& c,
                 std::vector<std::string>& plain, std::vector<std::string>& notes,
                 const InfoboxLexicon& lex) {
  if (std::string who = CutInlineClaim(seg, lex); !who.empty()) c.claimed_by = who;
  const auto f = FindFigure(seg, lex);
  const std::string lower = Lower(seg);
  size_t key_at = std::string::npos;
  std::string key = f ? FigureKey(lower, *f, lex, key_at) : "";
  if (f && key.empty() && total && c.figures.empty() && Trim(seg.substr(f->end)).empty()) {
    key = "total";  // "23,049 (3,155 killed; …)": the bare figure is the total
  }
  if (f && !key.empty() && !c.figures.count(key)) {
    if (c.who.empty() && key_at != std::string::npos && key_at > f->end) {
      c.who = CleanName(std::string_view(seg).substr(f->end, key_at - f->end));
    }
    c.figures[key] = f->value;
    if (f->high) c.figures[key + "_high"] = *f->high;
    c.approx = c.approx || f->approx;
  } else if (!seg.empty()) {
    (c.figures.empty() ? plain : notes).push_back(seg);
  }
}

// Returns true when `part` holds a figure with a casualty phrase ("3,155 killed").
bool HasKeyedFigure(const std::string& part, const InfoboxLexicon& lex) {
  const auto f = FindFigure(part, lex);
  size_t at = 0;
  return f && !FigureKey(Lower(part), *f, lex, at).empty();
}

}  // namespace

document::Casualty ParseCasualty(std::string_view line, const std::string& phase,
                                 const InfoboxLexicon& lex) {
  document::Casualty c;
  c.phase = phase;
  std::string rest;
  std::vector<std::string> parts, notes, breakdown;
  SplitParentheses(line, &rest, &parts);
  for (const auto& p : parts) {
    if (std::string who = ClaimantOf(p, lex); !who.empty())
      c.claimed_by = who;
    else
      (HasKeyedFigure(p, lex) ? breakdown : notes).push_back(p);
  }
  std::vector<std::string> plain;
  const auto segments = Segments(rest);
  for (size_t k = 0; k < segments.size(); ++k) {
    ReadSegment(segments[k], k == 0, c, plain, notes, lex);
  }
  // "(3,155 killed; 14,531 wounded)": a breakdown, read like the line itself.
  for (const auto& p : breakdown) ReadSegment(p, false, c, plain, notes, lex);
  c.note = Join(notes, "; ");
  c.text = c.figures.empty() ? Join(plain, ", ") : std::string(line);
  if (c.figures.empty() && c.text.empty()) c.text = std::string(line);
  return c;
}

std::optional<ListHeading> ParseListHeading(std::string_view line, const InfoboxLexicon& lex) {
  std::string_view t = Trim(line);
  if (t.size() < 2 || t.back() != ':' || FindFigure(t, lex)) return std::nullopt;
  t.remove_suffix(1);
  ListHeading h;
  std::string body(Trim(t));
  if (std::string who = CutInlineClaim(body, lex); !who.empty() && body.empty()) {
    h.claimant = who;
  } else {
    h.phase = std::string(Trim(t));
  }
  return h;
}

std::optional<Commander> ParseCommander(std::string_view line, const InfoboxLexicon& lex,
                                        std::string* role_out) {
  std::string_view t = Trim(line);
  std::string rest;
  std::vector<std::string> parts;
  SplitParentheses(t, &rest, &parts);
  if (rest.empty()) {
    if (role_out) *role_out = Join(parts, "; ");
    return std::nullopt;
  }
  Commander c;
  std::vector<std::string> roles;
  for (const auto& p : parts) {
    const std::string lower = Lower(p);
    bool mark = false;
    for (const auto& [m, note] : lex.person_marks) {
      if (lower == m) {
        c.note = note;
        mark = true;
      }
    }
    if (!mark) roles.push_back(p);
  }
  // Trailing marks outside parentheses ("Badi Ali †").
  for (const auto& [m, note] : lex.person_marks) {
    const std::string lower = Lower(rest);
    if (lower.size() > m.size() && lower.compare(lower.size() - m.size(), m.size(), m) == 0 &&
        (m[0] & 0x80 || lower[lower.size() - m.size() - 1] == ' ')) {
      rest = std::string(Trim(std::string_view(rest).substr(0, rest.size() - m.size())));
      c.note = note;
    }
  }
  std::string_view name = rest;
  for (const auto& rank : lex.ranks) {
    if (name.size() > rank.size() && name.substr(0, rank.size()) == rank &&
        name[rank.size()] == ' ') {
      name = Trim(name.substr(rank.size()));
      break;
    }
  }
  c.name = CleanName(name);
  c.role = Join(roles, "; ");
  return c;
}

}  // namespace sitrep::battles
