// Loading of data/lang/<code>/infobox.txt and the small text helpers the
// battles stage shares.
#include "sitrep/battles/infobox_lexicon.h"

#include <algorithm>
#include <cctype>

#include "sitrep/base/tsv.h"
#include "sitrep/base/utf8.h"

namespace sitrep::battles {
namespace {

// std::isalnum / std::tolower of the "C" locale (sitrep never sets another),
// without a libc call per byte.
bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

bool IsWordByte(unsigned char c) { return IsAsciiAlnum(c) || c >= 0x80 || c == '\''; }

// True for the letters of scripts written without spaces between words
// (Han, kana): any two of them may meet at a word boundary.
bool Unspaced(char32_t cp) { return utf8::IsKanji(cp) || utf8::IsKatakana(cp) || utf8::IsHiragana(cp); }

char32_t CodePointAt(std::string_view s, size_t at) { return utf8::Next(s, at); }

char32_t CodePointBefore(std::string_view s, size_t end) {
  return CodePointAt(s, Utf8Floor(s, end - 1));
}

// True for the full-width forms read as their ASCII ones: digits, Latin
// letters and the punctuation of figures and lists (not "＝" or "・", which
// are part of names).
bool FoldedFullWidth(char32_t cp) {
  return (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
         (cp >= 0xFF41 && cp <= 0xFF5A) || cp == 0xFF08 || cp == 0xFF09 || cp == 0xFF0C ||
         cp == 0xFF1A || cp == 0xFF1B || cp == 0xFF0B || cp == 0xFF5E || cp == 0xFF05;
}

// Returns the ASCII digit of an Arabic-Indic (U+0660..) or Eastern
// Arabic-Indic (U+06F0..) digit, or 0.
char ArabicDigit(char32_t cp) {
  if (cp >= 0x0660 && cp <= 0x0669) return static_cast<char>('0' + (cp - 0x0660));
  if (cp >= 0x06F0 && cp <= 0x06F9) return static_cast<char>('0' + (cp - 0x06F0));
  return 0;
}

void LongestFirst(Words& w) {
  std::stable_sort(w.begin(), w.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

void LongestFirst(Pairs& p) {
  std::stable_sort(p.begin(), p.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

// Adds one "key<TAB>value" (or bare key) entry of `section` to `lex`.
Status AddEntry(InfoboxLexicon& lex, const std::string& section, const std::string& key,
                const std::string& value) {
  const std::string lower = Lower(key);
  if (section == "labels")
    lex.labels.emplace_back(lower, value);
  else if (section == "part_of")
    lex.part_of.push_back(key);
  else if (section == "wiki_params")
    lex.wiki_params[lower] = value;
  else if (section == "figures")
    lex.figures.emplace_back(lower, value);
  else if (section == "claim_suffixes")
    lex.claim_suffixes.push_back(lower);
  else if (section == "claim_prefixes")
    lex.claim_prefixes.push_back(lower);
  else if (section == "approx")
    lex.approx.push_back(lower);
  else if (section == "vague_quantities")
    lex.vague_quantities.push_back(lower);
  else if (section == "durations")
    lex.durations.push_back(lower);
  else if (section == "ongoing")
    lex.ongoing.push_back(lower);
  else if (section == "months")
    lex.months[lower] = std::atoi(value.c_str());
  else if (section == "ranks")
    lex.ranks.push_back(key);
  else if (section == "person_marks")
    lex.person_marks.emplace_back(lower, value);
  else if (section == "state_cues")
    lex.state_cues.push_back(lower);
  else if (section == "nonstate_cues")
    lex.nonstate_cues.push_back(lower);
  else if (section == "state_roles")
    lex.state_roles.push_back(lower);
  else if (section == "nonstate_roles")
    lex.nonstate_roles.push_back(lower);
  else if (section == "joint_cues")
    lex.joint_cues.push_back(lower);
  else if (section == "side_words")
    lex.side_words.push_back(lower);
  else if (section == "territory_cues")
    lex.territory_cues.push_back(lower);
  else if (section == "stopwords")
    lex.stopwords.push_back(lower);
  else if (section == "templates")
    lex.templates[lower] = value;
  else if (section == "counters")
    lex.counters.push_back(lower);
  else if (section == "infobox_templates")
    lex.infobox_templates.push_back(lower);
  else
    return InvalidArgumentError("unknown section [" + section + "]");
  return OkStatus();
}

}  // namespace

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

std::string_view Trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  // U+00A0 no-break space, common in infobox text.
  while (s.size() >= 2 && s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2);
  while (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
  return s;
}

bool HasWord(std::string_view text, std::string_view word) {
  if (word.empty()) return false;
  for (size_t pos = text.find(word); pos != std::string_view::npos;
       pos = text.find(word, pos + 1)) {
    const bool left = pos == 0 || !IsWordByte(text[pos - 1]) || !IsWordByte(word.front()) ||
                      Unspaced(CodePointBefore(text, pos)) || Unspaced(CodePointAt(word, 0));
    const size_t end = pos + word.size();
    const bool right = end >= text.size() || !IsWordByte(text[end]) ||
                       !IsWordByte(word.back()) || Unspaced(CodePointAt(text, end)) ||
                       Unspaced(CodePointBefore(word, word.size()));
    if (left && right) return true;
  }
  return false;
}

bool HasAnyWord(std::string_view text, const Words& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return HasWord(text, w); });
}

std::string PlainSpaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.substr(i, 2) == "\xC2\xA0") {  // U+00A0
      out.push_back(' ');
      ++i;
    } else if (s.substr(i, 3) == "\xE2\x80\x89" || s.substr(i, 3) == "\xE2\x80\xAF" ||
               s.substr(i, 3) == "\xE3\x80\x80") {
      out.push_back(' ');  // U+2009 thin space, U+202F narrow no-break space, U+3000
      i += 2;
    } else if (s.substr(i, 3) == "\xE3\x80\x81") {
      out += ", ";  // U+3001 ideographic comma: a list separator
      i += 2;
    } else if (const char digit = (s[i] == '\xD9' || s[i] == '\xDB') ? ArabicDigit(CodePointAt(s, i)) : 0;
               digit != 0) {
      out.push_back(digit);  // Arabic-Indic and Eastern Arabic-Indic digits
      ++i;
    } else if (s.substr(i, 2) == "\xD9\xAC" || s.substr(i, 2) == "\xD9\xAB") {
      out.push_back(s[i + 1] == '\xAC' ? ',' : '.');  // U+066C thousands, U+066B decimal separator
      ++i;
    } else if (s.substr(i, 2) == "\xD8\x8C" || s.substr(i, 2) == "\xD8\x9B") {
      out.push_back(s[i + 1] == '\x8C' ? ',' : ';');  // U+060C Arabic comma, U+061B semicolon
      if (i + 2 >= s.size() || s[i + 2] != ' ') out.push_back(' ');
      ++i;
    } else if (static_cast<unsigned char>(s[i]) == 0xEF && FoldedFullWidth(CodePointAt(s, i))) {
      const char c = static_cast<char>(CodePointAt(s, i) - 0xFF01 + '!');
      if (c == '(') out.push_back(' ');
      out.push_back(c);
      if (c == ',' || c == ';' || c == ':' || c == ')') out.push_back(' ');
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

bool UnspacedAt(std::string_view s, size_t at) { return at < s.size() && Unspaced(CodePointAt(s, at)); }

bool UnspacedBefore(std::string_view s, size_t end) {
  return end > 0 && end <= s.size() && Unspaced(CodePointBefore(s, end));
}

size_t Utf8Floor(std::string_view s, size_t n) {
  if (n >= s.size()) return s.size();
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return n;
}

std::vector<std::string> WordsOf(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (IsWordByte(static_cast<unsigned char>(c)) && c != '\'') {
      cur.push_back(AsciiLower(c));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

StatusOr<InfoboxLexicon> InfoboxLexicon::Load(const std::string& path) {
  InfoboxLexicon lex;
  SITREP_RETURN_IF_ERROR(ForEachTsvRow(path, {.sections = true}, [&](const TsvRow& row) {
    return AddEntry(lex, row.section, row.fields[0], row.fields.size() > 1 ? row.fields[1] : "");
  }));
  LongestFirst(lex.labels);
  LongestFirst(lex.part_of);
  LongestFirst(lex.figures);
  LongestFirst(lex.approx);
  LongestFirst(lex.vague_quantities);
  LongestFirst(lex.ranks);
  LongestFirst(lex.claim_prefixes);
  LongestFirst(lex.claim_suffixes);
  LongestFirst(lex.counters);
  LongestFirst(lex.side_words);
  return lex;
}

}  // namespace sitrep::battles
