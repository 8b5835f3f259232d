// The time stage's lexicon loader and tokenizer: cuts UTF-8 text into numbers
// (ASCII, full-width, kanji), lexicon words (longest match) and other words or
// symbols, keyed by byte offsets. See timex_internal.h for the design.
#include <algorithm>

#include "sitrep/base/tsv.h"
#include "sitrep/base/utf8.h"
#include "sitrep/time/timex_internal.h"

namespace sitrep::time {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Returns the digit value of an ASCII or full-width digit code point, or -1.
int DigitValue(char32_t cp) {
  if (cp >= U'0' && cp <= U'9') return static_cast<int>(cp - U'0');
  if (cp >= U'０' && cp <= U'９') return static_cast<int>(cp - U'０');
  if (cp >= 0x0660 && cp <= 0x0669) return static_cast<int>(cp - 0x0660);  // Arabic-Indic
  if (cp >= 0x06F0 && cp <= 0x06F9) return static_cast<int>(cp - 0x06F0);  // Eastern Arabic
  return -1;
}

// True when the code point at byte `pos` is an Arabic letter.
bool IsArabicLetter(std::string_view s, size_t pos) {
  const char32_t cp = utf8::Next(s, pos);
  return cp >= 0x0621 && cp <= 0x064A;
}

// True when `s` ends with an Arabic letter.
bool EndsArabicLetter(std::string_view s) {
  size_t p = s.size();
  while (p > 0 && (static_cast<unsigned char>(s[p - 1]) & 0xC0) == 0x80) --p;
  return p > 0 && IsArabicLetter(s, p - 1);
}

int KanjiDigit(char32_t cp) {
  static constexpr std::u32string_view kDigits = U"〇一二三四五六七八九";
  const size_t i = kDigits.find(cp);
  if (i != std::u32string_view::npos) return static_cast<int>(i);
  if (cp == U'零') return 0;
  return -1;
}

int KanjiPower(char32_t cp) {
  if (cp == U'十') return 10;
  if (cp == U'百') return 100;
  if (cp == U'千') return 1000;
  return 0;
}

bool IsKanjiNumeral(char32_t cp) { return KanjiDigit(cp) >= 0 || KanjiPower(cp) > 0; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsSpace(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == U'\u3000' ||
         cp == U'\u00a0' || cp == U'\f' || cp == U'\v';
}

}  // namespace

long ParseKanjiNumber(std::string_view s) {
  std::vector<char32_t> cps;
  for (size_t p = 0; p < s.size();) cps.push_back(utf8::Next(s, p));
  if (cps.empty()) return -1;
  const bool positional = std::any_of(cps.begin(), cps.end(), [](char32_t c) {
    return KanjiPower(c) > 0;
  });
  long total = 0;
  if (!positional) {
    for (char32_t c : cps) {
      if (KanjiDigit(c) < 0) return -1;
      total = total * 10 + KanjiDigit(c);
    }
    return total;
  }
  long current = 0;
  for (char32_t c : cps) {
    if (KanjiDigit(c) >= 0) {
      current = current * 10 + KanjiDigit(c);
    } else if (KanjiPower(c) > 0) {
      total += (current == 0 ? 1 : current) * KanjiPower(c);
      current = 0;
    } else {
      return -1;
    }
  }
  return total + current;
}

Lexicon Lexicon::FromRows(std::vector<TsvRow> rows) {
  Lexicon lex;
  for (TsvRow& row : rows) {
    std::vector<std::string>& f = row.fields;
    if (f.size() < 2 || f[1].empty()) continue;
    // The value is the rest of the line (it may hold tabs).
    std::string value;
    for (size_t i = 2; i < f.size(); ++i) value += (i > 2 ? "\t" : "") + f[i];
    std::string surface = Lower(f[1]);
    const size_t k = PrefixBytes(static_cast<unsigned char>(surface[0]));
    auto& lengths = k > 1 && surface.size() >= k
                        ? lex.lengths_by_prefix_[PrefixKey(surface, k)]
                        : lex.lengths_by_first_[static_cast<unsigned char>(surface[0])];
    if (std::find(lengths.begin(), lengths.end(), surface.size()) == lengths.end()) {
      lengths.push_back(surface.size());
    }
    if (f[0] == "setting") lex.settings_.emplace_back(surface, value);
    lex.entries_[std::move(surface)].push_back({std::move(f[0]), std::move(value)});
  }
  for (auto& lengths : lex.lengths_by_first_) std::sort(lengths.rbegin(), lengths.rend());
  for (auto& [key, lengths] : lex.lengths_by_prefix_) std::sort(lengths.rbegin(), lengths.rend());
  return lex;
}

size_t Lexicon::PrefixBytes(unsigned char lead) {
  if (lead < 0x80) return 2;  // two ASCII bytes
  if (lead >= 0xC0 && lead < 0xE0) return 2;
  if (lead >= 0xE0 && lead < 0xF0) return 3;
  if (lead >= 0xF0 && lead < 0xF8) return 4;
  return 1;  // a stray continuation byte: by its first byte only
}

uint32_t Lexicon::PrefixKey(std::string_view s, size_t n) {
  uint32_t key = 0;
  for (size_t i = 0; i < n; ++i) key = (key << 8) | static_cast<unsigned char>(s[i]);
  return key;
}

Lexicon Lexicon::FromString(std::string_view tsv) {
  auto rows = ParseTsv(tsv, "timex lexicon");  // one column at least: cannot fail
  return FromRows(rows.ok() ? *std::move(rows) : std::vector<TsvRow>{});
}

StatusOr<Lexicon> Lexicon::Load(const std::string& path) {
  auto rows = ReadTsv(path, {.min_fields = 2});
  if (!rows.ok()) return rows.status().WithContext("timex lexicon");
  return FromRows(*std::move(rows));
}

const std::vector<LexEntry>* Lexicon::LongestMatch(std::string_view lower, size_t pos,
                                                  size_t& len) const {
  if (pos >= lower.size()) return nullptr;
  // The surfaces at least PrefixBytes long that begin with this position's
  // prefix, then the shorter ones by the first byte: longest first overall.
  const size_t k = PrefixBytes(static_cast<unsigned char>(lower[pos]));
  const std::vector<size_t>* by_prefix = nullptr;
  if (k > 1 && pos + k <= lower.size()) {
    const auto it = lengths_by_prefix_.find(PrefixKey(lower.substr(pos), k));
    if (it != lengths_by_prefix_.end()) by_prefix = &it->second;
  }
  for (const std::vector<size_t>* lengths :
       {by_prefix, &lengths_by_first_[static_cast<unsigned char>(lower[pos])]}) {
    if (!lengths) continue;
    if (const auto* found = LongestOf(*lengths, lower, pos, len)) return found;
  }
  return nullptr;
}

const std::vector<LexEntry>* Lexicon::LongestOf(const std::vector<size_t>& lengths,
                                                std::string_view lower, size_t pos,
                                                size_t& len) const {
  for (size_t n : lengths) {
    if (pos + n > lower.size()) continue;
    auto it = entries_.find(lower.substr(pos, n));
    if (it == entries_.end()) continue;
    const bool latin_end = IsAsciiAlpha(lower[pos + n - 1]) || IsAsciiDigit(lower[pos + n - 1]);
    if (latin_end && pos + n < lower.size() &&
        (IsAsciiAlpha(lower[pos + n]) || IsAsciiDigit(lower[pos + n]))) {
      continue;
    }
    // An Arabic word ends where its letters do ("اليوم" is not in "اليومية");
    // its start may carry a glued clitic ("وأمس").
    if (pos + n < lower.size() && EndsArabicLetter(lower.substr(pos, n)) &&
        IsArabicLetter(lower, pos + n)) {
      continue;
    }
    const bool latin_start = IsAsciiAlpha(lower[pos]);
    if (latin_start && pos > 0 && IsAsciiAlpha(lower[pos - 1])) continue;
    len = n;
    return &it->second;
  }
  return nullptr;
}

std::string Lexicon::Setting(std::string_view name, std::string fallback) const {
  const std::string* value = FindSetting(Lower(name));
  return value ? *value : fallback;
}

const std::string* Lexicon::FindSetting(std::string_view lower_name) const {
  for (const auto& [name, value] : settings_) {
    if (name == lower_name) return &value;  // the first row, as entries_ keeps them
  }
  return nullptr;
}

const std::string* Tok::Get(std::string_view category) const {
  if (!lex) return nullptr;
  for (const auto& e : *lex) {
    // The grammars ask a token for several categories in turn: most differ in
    // length or first letter, which rules them out without a memcmp call.
    const std::string& have = e.category;
    if (have.size() == category.size() && (have.empty() || have[0] == category[0]) &&
        std::string_view(have) == category) {
      return &e.value;
    }
  }
  return nullptr;
}

std::vector<Tok> Scan(std::string_view text, const Lexicon& lex) {
  const std::string lower = Lower(text);
  std::vector<Tok> toks;
  toks.reserve(text.size() / 4);  // about a token per word or character: fewer regrowths
  bool space = false, newline = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t next = pos;
    const char32_t cp = utf8::Next(text, next);
    if (IsSpace(cp)) {
      space = true;
      newline = newline || cp == U'\n';
      pos = next;
      continue;
    }
    Tok tok;
    tok.begin = pos;
    tok.space_before = space || toks.empty();
    tok.newline_before = newline || toks.empty();
    space = newline = false;
    size_t len = 0;
    if (DigitValue(cp) >= 0) {  // digits, with "2,000"-style grouping
      // A run of digits longer than any date or count saturates (a pasted ID, a
      // phone number) instead of overflowing: no rule reads a value this large.
      constexpr long kSaturated = 1'000'000'000'000'000'000;
      long value = 0;
      size_t p = pos;
      while (p < text.size()) {
        size_t q = p;
        const char32_t c = utf8::Next(text, q);
        if (DigitValue(c) >= 0) {
          value = value >= kSaturated / 10 ? kSaturated : value * 10 + DigitValue(c);
          ++tok.digits;
          p = q;
        } else if (c == U',' && q + 2 < text.size() && IsAsciiDigit(text[q]) &&
                   IsAsciiDigit(text[q + 1]) && IsAsciiDigit(text[q + 2]) &&
                   (q + 3 >= text.size() || !IsAsciiDigit(text[q + 3])) && tok.digits <= 3) {
          tok.grouped = true;
          p = q;
        } else {
          break;
        }
      }
      tok.kind = TokKind::kNum;
      tok.num = value;
      tok.end = p;
    } else if (const auto* entries = lex.LongestMatch(lower, pos, len)) {
      tok.kind = IsAsciiAlpha(text[pos]) ? TokKind::kWord : TokKind::kSym;
      tok.lex = entries;
      tok.end = pos + len;
    } else if (IsKanjiNumeral(cp)) {
      size_t p = pos;
      while (p < text.size()) {
        size_t q = p;
        if (!IsKanjiNumeral(utf8::Next(text, q))) break;
        p = q;
      }
      tok.kind = TokKind::kNum;
      tok.num = ParseKanjiNumber(text.substr(pos, p - pos));
      tok.end = p;
    } else if (IsAsciiAlpha(text[pos])) {
      size_t p = pos;
      while (p < text.size() && IsAsciiAlpha(text[p])) ++p;
      tok.kind = TokKind::kWord;
      tok.end = p;
    } else {
      tok.kind = TokKind::kSym;
      tok.end = next;
    }
    tok.text = lower.substr(tok.begin, tok.end - tok.begin);
    toks.push_back(std::move(tok));
    pos = toks.back().end;
  }
  return toks;
}

}  // namespace sitrep::time
