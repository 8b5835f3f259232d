// Publication-date inference (see publication_date.h for the rules). Lines
// are scanned from the top: a line that is a date (rule 1) wins, then a
// dateline that carries a full date (rule 2); otherwise the latest full date
// of a deictic text, captions left out (rule 3).
#include "sitrep/time/publication_date.h"

#include <algorithm>
#include <cctype>

namespace sitrep::time {
namespace {

constexpr size_t kHeaderLines = 3;          // lines that may carry a leading date
constexpr size_t kHeaderBytes = 400;        // ... within this many bytes
constexpr size_t kDatelineBytes = 1200;     // paragraphs that may open with a dateline
constexpr size_t kDatelineDashWindow = 100; // the dateline's dash lies within this
constexpr size_t kLeadingRestBytes = 32;    // a time, a weekday, a zone after the date

struct Line {
  size_t begin, end;
};

std::vector<Line> Lines(std::string_view text, size_t limit) {
  std::vector<Line> out;
  size_t b = 0;
  while (b < text.size() && b < limit) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    size_t s = b;
    while (s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '\r')) ++s;
    if (s < e) out.push_back({s, e});
    b = e + 1;
  }
  return out;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads a run of digits at `pos`; returns its value and length in `n`.
long Digits(std::string_view s, size_t pos, size_t& n) {
  n = 0;
  long v = 0;
  while (pos + n < s.size() && IsDigit(s[pos + n]) && n < 5) v = v * 10 + (s[pos + n++] - '0');
  return v;
}

// Skips a bracketed source at the start of a line ("【キーウ＝共同】", "[AFP]").
size_t SkipBracket(std::string_view text, size_t pos, size_t end) {
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"【", "】"},
                             {"[", "]"}, {"(", ")"}, {"（", "）"}}) {
    if (text.substr(pos, open.size()) != open) continue;
    const size_t c = text.find(close, pos);
    if (c != std::string_view::npos && c < end) return c + close.size();
  }
  return pos;
}

size_t SkipSpaces(std::string_view text, size_t pos, size_t end) {
  while (pos < end && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  return pos;
}

// Returns the full date starting at `pos` (numeric, or a grammar match with
// year, month and day) and sets `end`.
std::optional<Date> FullDateAt(std::string_view text, size_t pos, const std::vector<Match>& ms,
                               std::string_view order, size_t& end) {
  if (auto d = NumericDateAt(text, pos, order, end)) return d;
  for (const auto& m : ms) {
    if (m.begin != pos || !m.explicit_full_date) continue;
    if (auto d = Date::Parse(std::string_view(m.value).substr(0, 10))) {
      end = m.end;
      return d;
    }
  }
  return std::nullopt;
}

// Rule 1: the line is a date, alone or with a bracketed source before it and
// a short rest (a time, a weekday) after it.
std::optional<Date> LeadingDate(std::string_view text, const Line& l,
                                const std::vector<Match>& ms, std::string_view order) {
  const size_t start = SkipSpaces(text, SkipBracket(text, l.begin, l.end), l.end);
  size_t end = 0;
  auto d = FullDateAt(text, start, ms, order, end);
  if (!d || end > l.end || l.end - end > kLeadingRestBytes) return std::nullopt;
  return d;
}

// True when `line` opens with a dateline's place: capitals ("SANAA,") or a
// few capitalized words before a comma ("Maiduguri, 14.03.2025 -").
bool DatelinePlace(std::string_view line) {
  constexpr size_t kDatelinePlaceWords = 3;
  auto upper = [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; };
  if (line.size() < 2 || !upper(line[0])) return false;
  if (upper(line[1])) return true;
  const size_t comma = line.find(',');
  if (comma == std::string_view::npos) return false;
  size_t words = 0;
  bool word_start = true;
  for (size_t i = 0; i < comma; ++i) {
    const char c = line[i];
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (!std::isalpha(static_cast<unsigned char>(c)) && c != '-' && c != '\'') return false;
    if (word_start && (!upper(c) || ++words > kDatelinePlaceWords)) return false;
    word_start = false;
  }
  return words > 0;
}

// Returns the offset of the dateline dash in line `l`, or npos.
size_t DatelineDash(std::string_view text, const Line& l) {
  const std::string_view line = text.substr(l.begin, std::min(l.end - l.begin, kDatelineDashWindow));
  if (!DatelinePlace(line)) return std::string_view::npos;
  size_t best = std::string_view::npos;
  for (std::string_view dash : {" - ", " – ", " — ", " -- "}) {
    const size_t p = line.find(dash);
    if (p != std::string_view::npos) best = std::min(best, p);
  }
  return best == std::string_view::npos ? best : l.begin + best;
}

// Rule 2: "SANAA, 14.02.2025 - …": a full date between the capitals and the dash.
std::optional<Date> DatelineDate(std::string_view text, const Line& l,
                                 const std::vector<Match>& ms, std::string_view order) {
  const size_t dash = DatelineDash(text, l);
  if (dash == std::string_view::npos) return std::nullopt;
  for (size_t p = l.begin; p < dash; ++p) {
    if (!IsDigit(text[p]) && !std::isalpha(static_cast<unsigned char>(text[p]))) continue;
    if (p > l.begin && (IsDigit(text[p - 1]) || std::isalpha(static_cast<unsigned char>(text[p - 1]))))
      continue;  // not a word start
    size_t end = 0;
    if (auto d = FullDateAt(text, p, ms, order, end); d && end <= dash) return d;
  }
  return std::nullopt;
}

// True when line `l` is a photo caption: it opens with a caption cue.
bool IsCaption(std::string_view text, std::string_view lower, const Line& l, const Lexicon& lex) {
  size_t pos = l.begin;
  if (pos < text.size() && (text[pos] == '(' || text[pos] == '[')) ++pos;
  size_t len = 0;
  const auto* entries = lex.LongestMatch(lower, pos, len);
  if (!entries) return false;
  return std::any_of(entries->begin(), entries->end(),
                     [](const LexEntry& e) { return e.category == "caption"; });
}

// Rule 3: the latest full date of a deictic text, captions left out.
std::optional<Date> LatestDate(std::string_view text, const std::vector<Match>& ms,
                               const Lexicon& lex) {
  const bool deictic = std::any_of(ms.begin(), ms.end(), [](const Match& m) { return m.deictic; });
  if (!deictic) return std::nullopt;
  std::string lower(text);
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const std::vector<Line> lines = Lines(text, text.size());
  auto in_caption = [&](size_t offset) {
    auto it = std::upper_bound(lines.begin(), lines.end(), offset,
                               [](size_t o, const Line& l) { return o < l.begin; });
    return it != lines.begin() && IsCaption(text, lower, *std::prev(it), lex);
  };
  std::optional<Date> latest;
  for (const auto& m : ms) {
    if (!m.explicit_full_date || in_caption(m.begin)) continue;
    auto d = Date::Parse(std::string_view(m.value).substr(0, 10));
    if (d && (!latest || *d > *latest)) latest = d;
  }
  return latest;
}

}  // namespace

std::optional<Date> NumericDateAt(std::string_view text, size_t pos, std::string_view order,
                                  size_t& end) {
  if (pos >= text.size() || !IsDigit(text[pos]) || (pos > 0 && IsDigit(text[pos - 1])))
    return std::nullopt;
  size_t n1 = 0, n2 = 0, n3 = 0;
  const long a = Digits(text, pos, n1);
  size_t p = pos + n1;
  if (p >= text.size() || (text[p] != '-' && text[p] != '.' && text[p] != '/')) return std::nullopt;
  const char sep = text[p];
  const long b = Digits(text, p + 1, n2);
  p += 1 + n2;
  if (n2 == 0 || n2 > 2 || p >= text.size() || text[p] != sep) return std::nullopt;
  const long c = Digits(text, p + 1, n3);
  p += 1 + n3;
  if (n3 == 0 || (p < text.size() && IsDigit(text[p]))) return std::nullopt;
  Date d;
  if (n1 == 4 && n3 <= 2) {
    d = {static_cast<int>(a), static_cast<int>(b), static_cast<int>(c)};
  } else if (n1 <= 2 && n3 == 4) {
    const bool day_first = sep != '/' || a > 12 || (b <= 12 && order == "dmy");
    d = day_first ? Date{static_cast<int>(c), static_cast<int>(b), static_cast<int>(a)}
                  : Date{static_cast<int>(c), static_cast<int>(a), static_cast<int>(b)};
  } else {
    return std::nullopt;
  }
  if (!d.Valid() || d.year < 1900 || d.year > 2200) return std::nullopt;
  end = p;
  return d;
}

std::optional<PublicationDate> InferPublicationDate(std::string_view text,
                                                    const std::vector<Match>& unanchored,
                                                    const Lexicon& lex) {
  const std::string order = lex.Setting("numeric_order", "mdy");
  const std::vector<Line> header = Lines(text, kHeaderBytes);
  for (size_t i = 0; i < header.size() && i < kHeaderLines; ++i) {
    if (auto d = LeadingDate(text, header[i], unanchored, order))
      return PublicationDate{*d, "leading date"};
  }
  for (const Line& l : Lines(text, kDatelineBytes)) {
    if (auto d = DatelineDate(text, l, unanchored, order))
      return PublicationDate{*d, "dateline date"};
  }
  if (auto d = LatestDate(text, unanchored, lex)) return PublicationDate{*d, "latest date in the text"};
  return std::nullopt;
}

}  // namespace sitrep::time
