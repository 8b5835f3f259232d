// Number scanning: ASCII and full-width digits with thousands separators,
// Japanese 万/千 multipliers, English number words, vague quantities; then the
// count kind from the first kind word that follows within a short window.
#include "sitrep/events/counts.h"

#include <algorithm>
#include <cctype>

namespace sitrep::events {
namespace {

struct Number {
  size_t begin, end;
  long value;
  std::optional<long> high;
  bool approx;
};

bool StartsWith(std::string_view s, size_t pos, std::string_view p) {
  return s.substr(pos, p.size()) == p;
}

// Returns the digit at `pos` (ASCII or full-width) and its byte length.
int DigitAt(std::string_view s, size_t pos, size_t& len) {
  const auto c = static_cast<unsigned char>(s[pos]);
  if (std::isdigit(c)) {
    len = 1;
    return c - '0';
  }
  if (c == 0xEF && pos + 2 < s.size() && static_cast<unsigned char>(s[pos + 1]) == 0xBC) {
    const auto d = static_cast<unsigned char>(s[pos + 2]);
    if (d >= 0x90 && d <= 0x99) {
      len = 3;
      return d - 0x90;
    }
  }
  return -1;
}

// Parses digits with ',' separators at `pos`; returns false when none.
bool ParseDigits(std::string_view s, size_t& pos, long& value) {
  size_t len = 0;
  if (pos >= s.size() || DigitAt(s, pos, len) < 0) return false;
  value = 0;
  while (pos < s.size()) {
    int d = DigitAt(s, pos, len);
    if (d >= 0) {
      value = value * 10 + d;
      pos += len;
    } else if ((s[pos] == ',' || StartsWith(s, pos, "，")) && pos + 1 < s.size() &&
               DigitAt(s, pos + (s[pos] == ',' ? 1 : 3), len) >= 0) {
      pos += s[pos] == ',' ? 1 : 3;
    } else {
      break;
    }
  }
  return true;
}

bool PrecededByApprox(std::string_view s, size_t begin) {
  static const char* kCues[] = {"about ", "around ", "some ", "nearly ", "almost ", "roughly ",
                                "approximately ", "more than ", "over ", "at least ", "up to ",
                                "~", "約", "およそ", "少なくとも", "最大"};
  return std::any_of(std::begin(kCues), std::end(kCues), [&](const char* cue) {
    std::string_view c(cue);
    if (begin < c.size()) return false;
    std::string_view before = s.substr(begin - c.size(), c.size());
    return std::equal(before.begin(), before.end(), c.begin(), c.end(),
                      [](char a, char b) { return std::tolower(a) == std::tolower(b); });
  });
}

std::vector<Number> ScanNumbers(std::string_view s, const std::map<std::string, long>& vague) {
  std::vector<Number> out;
  for (size_t pos = 0; pos < s.size();) {
    size_t len = 0;
    if (DigitAt(s, pos, len) < 0 || (pos > 0 && std::isalpha(static_cast<unsigned char>(s[pos - 1])))) {
      ++pos;
      continue;
    }
    Number n{pos, pos, 0, std::nullopt, PrecededByApprox(s, pos)};
    ParseDigits(s, pos, n.value);
    if (StartsWith(s, pos, "万")) n.value *= 10000, pos += 3;
    else if (StartsWith(s, pos, "千")) n.value *= 1000, pos += 3;
    for (std::string_view dash : {"–", "-", "〜", "～", " to "}) {
      size_t p = pos;
      long hi = 0;
      if (StartsWith(s, p, dash) && (p += dash.size(), ParseDigits(s, p, hi)) && hi > n.value) {
        n.high = hi;
        pos = p;
        break;
      }
    }
    if (StartsWith(s, pos, "以上") || StartsWith(s, pos, "余り")) n.approx = true;
    n.end = pos;
    // Dates are the time stage's: skip "2024年", "12月", "7日" and bare years.
    const std::string_view unit = s.substr(pos, 3);
    if (unit == "年" || unit == "月" || unit == "日" || unit == "時") continue;
    if (n.value >= 1900 && n.value <= 2100 && !n.approx && !n.high) continue;
    out.push_back(n);
  }
  std::string lower(s);
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& [word, value] : vague) {
    for (size_t p = lower.find(word); p != std::string_view::npos; p = lower.find(word, p + 1)) {
      const bool word_start = p == 0 || !std::isalpha(static_cast<unsigned char>(s[p - 1]));
      const size_t e = p + word.size();
      const bool word_end = e >= s.size() || !std::isalpha(static_cast<unsigned char>(s[e]));
      if (word_start && word_end) out.push_back({p, e, value, std::nullopt, true});
    }
  }
  std::sort(out.begin(), out.end(), [](const Number& a, const Number& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace

std::vector<document::Count> FindCounts(std::string_view sentence, const CountLexicons& lex) {
  std::vector<document::Count> out;
  const auto numbers = ScanNumbers(sentence, *lex.vague);
  const auto kinds = lex.kinds->Find(sentence);
  for (size_t i = 0; i < numbers.size(); ++i) {
    const Number& n = numbers[i];
    const size_t limit = i + 1 < numbers.size() ? numbers[i + 1].begin : sentence.size();
    const size_t window = lex.words ? 48 : 36;
    // English puts the kind before ("killed at least 23") or after ("23 were
    // killed"); an adjacent kind before the number wins.
    const size_t prev_end = i > 0 ? numbers[i - 1].end : 0;
    auto kind = kinds.end();
    if (lex.words) {
      for (auto k = kinds.begin(); k != kinds.end(); ++k)
        if (k->end <= n.begin && k->begin >= prev_end && n.begin - k->end <= 16) kind = k;
    }
    const bool after = kind == kinds.end();
    if (after) {
      kind = std::find_if(kinds.begin(), kinds.end(), [&](const LexiconMatch& k) {
        return k.begin >= n.end && k.begin < limit && k.begin - n.end <= window;
      });
    }
    if (kind == kinds.end()) continue;
    document::Count c;
    c.what = lex.kinds->entries()[kind->entry].fields[0];
    c.approx = n.approx;
    c.text = after ? std::string(sentence.substr(n.begin, kind->end - n.begin))
                   : std::string(sentence.substr(kind->begin, n.end - kind->begin));
    if (n.high) {
      c.low = n.value;
      c.high = *n.high;
      c.value = n.value;
    } else {
      c.value = n.value;
    }
    out.push_back(std::move(c));
  }
  return out;
}

std::optional<long> Fatalities(const std::vector<document::Count>& counts) {
  std::optional<long> low;
  for (const auto& c : counts) {
    if (c.what != "killed" || !c.value) continue;
    if (!low || *c.value < *low) low = *c.value;
  }
  return low;
}

}  // namespace sitrep::events
