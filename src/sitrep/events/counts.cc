// Number scanning: ASCII and full-width digits with thousands separators,
// Japanese 万/千 multipliers, English number words, vague quantities; then the
// count kind from the first kind word that follows within a short window
// (or, right after that noun, the word that says what befell it).
#include "sitrep/events/counts.h"

#include <algorithm>
#include <cctype>

#include "sitrep/base/script.h"
#include "sitrep/base/utf8.h"

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

// Returns the digit at `pos` and its byte length: ASCII, full-width (０-９),
// Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits.
int DigitAt(std::string_view s, size_t pos, size_t& len) {
  const auto c = static_cast<unsigned char>(s[pos]);
  if (std::isdigit(c)) {
    len = 1;
    return c - '0';
  }
  if (pos + 1 >= s.size()) return -1;
  const auto c1 = static_cast<unsigned char>(s[pos + 1]);
  if ((c == 0xD9 && c1 >= 0xA0 && c1 <= 0xA9) || (c == 0xDB && c1 >= 0xB0 && c1 <= 0xB9)) {
    len = 2;
    return c == 0xD9 ? c1 - 0xA0 : c1 - 0xB0;
  }
  if (c == 0xEF && pos + 2 < s.size() && c1 == 0xBC) {
    const auto d = static_cast<unsigned char>(s[pos + 2]);
    if (d >= 0x90 && d <= 0x99) {
      len = 3;
      return d - 0x90;
    }
  }
  return -1;
}

// A figure at or past this is no count of people (a serial number, a phone
// number, digits pasted together): the number is skipped rather than read as
// fatalities. Digit runs saturate here instead of overflowing.
constexpr long kNotACount = 1'000'000'000;

// At most this many bytes between a counted noun and the word that says
// what befell it ("soldiers were killed", "tentara yang tewas").
constexpr size_t kOutcomeGapBytes = 16;

// Parses digits with ',' separators at `pos`; returns false when none.
bool ParseDigits(std::string_view s, size_t& pos, long& value) {
  size_t len = 0;
  if (pos >= s.size() || DigitAt(s, pos, len) < 0) return false;
  value = 0;
  while (pos < s.size()) {
    int d = DigitAt(s, pos, len);
    if (d >= 0) {
      value = value >= kNotACount ? kNotACount : value * 10 + d;
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

// Returns `word` as it stands next to a number: a cue word of a
// space-separated language is set apart by a space ("about 20", "20 to 30").
std::string Spaced(const lang::ClassWord& w, bool words, bool before, bool after) {
  size_t pos = 0;
  const bool letters = !LetterScript(utf8::Next(w.word, pos)).empty();
  if (!words || !letters) return w.word;
  return (before ? " " : "") + w.word + (after ? " " : "");
}

bool PrecededByApprox(std::string_view s, size_t begin, const CountLexicons& lex) {
  for (const auto& cue : lex.classes->Of("approx_before")) {
    const std::string c = Spaced(cue, lex.words, false, true);
    if (begin < c.size()) continue;
    std::string_view before = s.substr(begin - c.size(), c.size());
    if (std::equal(before.begin(), before.end(), c.begin(), c.end(),
                   [](char a, char b) { return std::tolower(a) == std::tolower(b); }))
      return true;
  }
  return false;
}

bool FollowedBy(std::string_view s, size_t pos, const CountLexicons& lex, std::string_view cls) {
  for (const auto& w : lex.classes->Of(cls)) {
    if (StartsWith(s, pos, Spaced(w, lex.words, true, false))) return true;
  }
  return false;
}

// True when the words between a number and the kind word after it end with a
// conjunction: the kind word then starts a clause of its own ("struck 100
// targets and killed", "hit 40 homes, killing"), so it does not count the number.
bool StartsClause(std::string_view gap, const CountLexicons& lex) {
  while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
  for (const auto& w : lex.classes->Of("conjunction")) {
    if (w.word.empty() || gap.size() < w.word.size() ||
        gap.substr(gap.size() - w.word.size()) != w.word)
      continue;
    const size_t at = gap.size() - w.word.size();
    const bool letters = std::isalpha(static_cast<unsigned char>(w.word[0])) != 0;
    if (!lex.words || !letters || at == 0 || gap[at - 1] == ' ') return true;
  }
  return false;
}

// True when `text` (a kind word as written) opens with a conjunction glued
// to it that its pattern lacks: "وأصيب" (and were wounded) starts a clause of
// its own, as "and" does.
bool GluedConjunction(std::string_view text, std::string_view pattern, const CountLexicons& lex) {
  for (const auto& w : lex.classes->Of("conjunction")) {
    if (w.word.empty() || std::ispunct(static_cast<unsigned char>(w.word[0])) || !text.starts_with(w.word))
      continue;
    const std::string_view rest = text.substr(w.word.size());
    if (!rest.empty() && rest[0] != ' ' && !pattern.starts_with(w.word)) return true;
  }
  return false;
}

std::vector<Number> ScanNumbers(std::string_view s, const CountLexicons& lex) {
  const std::map<std::string, long>& vague = *lex.vague;
  std::vector<Number> out;
  for (size_t pos = 0; pos < s.size();) {
    size_t len = 0;
    if (DigitAt(s, pos, len) < 0 || (pos > 0 && std::isalpha(static_cast<unsigned char>(s[pos - 1])))) {
      ++pos;
      continue;
    }
    Number n{pos, pos, 0, std::nullopt, PrecededByApprox(s, pos, lex)};
    ParseDigits(s, pos, n.value);
    for (const auto& m : lex.classes->Of("multiplier")) {
      const std::string w = Spaced(m, lex.words, true, false);
      if (StartsWith(s, pos, w)) {
        const long factor = std::atol(m.value.c_str());
        n.value = factor > 0 && n.value >= kNotACount / factor ? kNotACount : n.value * factor;
        pos += w.size();
        break;
      }
    }
    for (const auto& dash : lex.classes->Of("range")) {
      const std::string d = Spaced(dash, lex.words, true, true);
      size_t p = pos;
      long hi = 0;
      if (StartsWith(s, p, d) && (p += d.size(), ParseDigits(s, p, hi)) && hi > n.value) {
        n.high = hi;
        pos = p;
        break;
      }
    }
    if (FollowedBy(s, pos, lex, "approx_after")) n.approx = true;
    n.end = pos;
    // Dates are the time stage's: skip "2024年", "12月", "7日" and bare years.
    if (FollowedBy(s, pos, lex, "date_unit")) continue;
    if (n.value >= 1900 && n.value <= 2100 && !n.approx && !n.high) continue;
    if (n.value >= kNotACount || n.high.value_or(0) >= kNotACount) continue;
    out.push_back(n);
  }
  std::string lower(s);
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // A number word stands alone: in a space-separated script it is a whole
  // word (ثلاث is not the start of الثلاثاء).
  auto letter = [&](size_t i) {  // the code point holding byte i is a letter
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80 || !lex.words) return std::isalpha(c) != 0;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    return !LetterScript(utf8::Next(s, i)).empty();
  };
  // Longest words first, and a word inside one already read is not read
  // again: "tens of thousands" is 10000, never also "thousands".
  auto scan_words = [&](const std::map<std::string, long>& table, bool approx) {
    // The table's rows by length, longest first (pointers: this runs per sentence).
    std::vector<const std::pair<const std::string, long>*> words;
    words.reserve(table.size());
    for (const auto& row : table) words.push_back(&row);
    std::stable_sort(words.begin(), words.end(),
                     [](const auto* a, const auto* b) { return a->first.size() > b->first.size(); });
    for (const auto* row : words) {
      const std::string& word = row->first;
      const long value = row->second;
      for (size_t p = lower.find(word); p != std::string_view::npos; p = lower.find(word, p + 1)) {
        const bool word_start = p == 0 || !letter(p - 1);
        const size_t e = p + word.size();
        const bool word_end = e >= s.size() || !letter(e);
        // A number word inside a vague quantity ("one of") is read once.
        const bool inside = std::any_of(out.begin(), out.end(), [&](const Number& n) {
          return p < n.end && n.begin < e;
        });
        if (word_start && word_end && !inside) out.push_back({p, e, value, std::nullopt, approx});
      }
    }
  };
  scan_words(vague, true);
  if (lex.number_words) scan_words(*lex.number_words, false);
  std::sort(out.begin(), out.end(), [](const Number& a, const Number& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace

std::vector<document::Count> FindCounts(std::string_view sentence, const CountLexicons& lex) {
  std::vector<document::Count> out;
  const auto numbers = ScanNumbers(sentence, lex);
  const auto kinds = lex.kinds->Find(sentence);
  for (size_t i = 0; i < numbers.size(); ++i) {
    const Number& n = numbers[i];
    const size_t limit = i + 1 < numbers.size() ? numbers[i + 1].begin : sentence.size();
    const size_t window = lex.words ? 48 : 36;
    // English puts the kind before ("killed at least 23") or after ("23 were
    // killed"); an adjacent kind before the number wins.
    const size_t prev_end = i > 0 ? numbers[i - 1].end : 0;
    // A number word that names its own kind (the Arabic dual "قتيلان", two
    // dead) counts itself.
    auto kind = std::find_if(kinds.begin(), kinds.end(), [&](const LexiconMatch& k) {
      return k.begin <= n.begin && k.end >= n.end;
    });
    // A conjunction between that kind and the number opens another figure's
    // clause ("20 were killed and 45 others wounded"): the kind after counts it.
    if (kind == kinds.end() && lex.words) {
      for (auto k = kinds.begin(); k != kinds.end(); ++k)
        if (k->end <= n.begin && k->begin >= prev_end && n.begin - k->end <= 16 &&
            !StartsClause(sentence.substr(k->end, n.begin - k->end), lex))
          kind = k;
    }
    const bool after = kind == kinds.end();
    if (after) {
      kind = std::find_if(kinds.begin(), kinds.end(), [&](const LexiconMatch& k) {
        return k.begin >= n.end && k.begin < limit && k.begin - n.end <= window;
      });
    }
    if (kind == kinds.end()) continue;
    if (after && StartsClause(sentence.substr(n.end, kind->begin - n.end), lex)) continue;
    // "five soldiers were killed", "lima tentara tewas": a kind right after
    // a noun of people (counts.tsv column "people") says what befell them —
    // the later word counts.
    const auto& row = lex.kinds->entries()[kind->entry].fields;
    if (after && row.size() > 1 && row[1] == "people") {
      for (auto next = kind + 1; next != kinds.end(); ++next) {
        if (next->begin < kind->end) continue;
        if (next->begin >= limit || next->begin - kind->end > kOutcomeGapBytes) break;
        const std::string_view gap = sentence.substr(kind->end, next->begin - kind->end);
        if (gap.find_first_of(",;:.()") != std::string_view::npos || StartsClause(gap, lex) ||
            GluedConjunction(sentence.substr(next->begin), lex.kinds->entries()[next->entry].pattern, lex))
          break;
        kind = next;
        break;
      }
    }
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
