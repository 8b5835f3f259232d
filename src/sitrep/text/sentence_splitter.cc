// Sentence splitter: ICU sentence boundaries, filtered by the rules listed in
// sentence_splitter.h. ICU runs once over the whole text (through a UTF-8
// UText, so its boundaries are byte offsets); each candidate boundary is then
// kept or dropped by looking at the few characters around it. Bracket pairs
// are found in one pass per line beforehand, as disjoint "inside" intervals.
#include "sitrep/text/sentence_splitter.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <filesystem>

#include "sitrep/base/paths.h"
#include "sitrep/base/utf8.h"
#include "sitrep/text/icu_break_internal.h"
#include "sitrep/text/lines_internal.h"

namespace sitrep::text {
namespace {

using document::Sentence;
using internal::At;
using internal::Line;
using internal::Prev;

struct Interval {
  size_t begin, end;  // a boundary b is inside when begin < b <= end
};

bool IsOpenBracket(char32_t c) {
  if (c < 0x80) return c == '(' || c == '[' || c == '{';
  return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_BIDI_PAIRED_BRACKET_TYPE) ==
         U_BPT_OPEN;
}

bool IsCloseBracket(char32_t c) {
  if (c < 0x80) return c == ')' || c == ']' || c == '}';
  return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_BIDI_PAIRED_BRACKET_TYPE) ==
         U_BPT_CLOSE;
}

// Appends the insides of the bracket pairs opened and closed within `line`.
void AddBracketIntervals(std::string_view text, const Line& line, std::vector<Interval>& out) {
  std::vector<std::pair<char32_t, size_t>> open;  // closing partner, position after opener
  for (size_t p = line.begin; p < line.end;) {
    const unsigned char b = static_cast<unsigned char>(text[p]);
    if (b < 0x80 && b != '(' && b != ')' && b != '[' && b != ']' && b != '{' && b != '}') {
      ++p;
      continue;
    }
    const size_t start = p;
    const char32_t c = utf8::Next(text, p);
    if (IsOpenBracket(c)) {
      open.emplace_back(u_getBidiPairedBracket(static_cast<UChar32>(c)), p);
    } else if (IsCloseBracket(c)) {
      auto it =
          std::find_if(open.rbegin(), open.rend(), [c](const auto& o) { return o.first == c; });
      if (it == open.rend()) continue;  // unmatched closer
      out.push_back({it->second, start});
      open.erase(std::next(it).base(), open.end());
    }
  }
}

// Returns the insides of all bracket pairs, sorted and merged.
std::vector<Interval> BracketIntervals(std::string_view text, const std::vector<Line>& lines) {
  std::vector<Interval> all;
  for (const Line& line : lines) {
    if (line.paragraph >= 0) AddBracketIntervals(text, line, all);
  }
  std::sort(all.begin(), all.end(),
            [](const Interval& a, const Interval& b) { return a.begin < b.begin; });
  std::vector<Interval> merged;
  for (const Interval& iv : all) {
    if (!merged.empty() && iv.begin <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, iv.end);
    } else {
      merged.push_back(iv);
    }
  }
  return merged;
}

bool IsHiragana(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  return c >= 0x80 && uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_HIRAGANA;
}

bool IsClosing(char32_t c) {
  if (IsCloseBracket(c)) return true;
  const int8_t type = u_charType(static_cast<UChar32>(c));
  return type == U_FINAL_PUNCTUATION || c == '"' || c == '\'';
}

// Returns true for a break glued between an ASCII terminator and an ASCII
// letter or digit ("example.org/a?b=c", "Yahoo!News"): not a sentence end.
bool IsGluedAsciiBreak(std::string_view text, size_t b) {
  if (b == 0 || b >= text.size()) return false;
  const char before = text[b - 1], after = text[b];
  return (before == '.' || before == '!' || before == '?') &&
         ((after >= 'a' && after <= 'z') || (after >= 'A' && after <= 'Z') ||
          (after >= '0' && after <= '9'));
}

// Returns `b` moved back before opening brackets and quotes that ICU's Close
// class attached to the end of a sentence ("言った。「" -> "言った。" + "「").
size_t BeforeOpeners(std::string_view text, size_t seg_begin, size_t b) {
  for (size_t p = b; p > seg_begin;) {
    size_t q = p;
    const char32_t c = Prev(text, q);
    if (!IsOpenBracket(c) && u_charType(static_cast<UChar32>(c)) != U_INITIAL_PUNCTUATION &&
        !internal::IsSpace(c)) {
      return p;
    }
    p = q;
  }
  return b;
}

// Returns true for "U.S.", "e.g." style dotted forms: letter-dot pairs, two or more.
bool IsDottedAcronym(std::string_view w) {
  if (w.size() < 4 || w.size() % 2 != 0) return false;
  for (size_t i = 0; i < w.size(); i += 2) {
    const char c = w[i];
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) || w[i + 1] != '.') return false;
  }
  return true;
}

// Returns true when the period before boundary `b` belongs to an abbreviation.
bool IsAbbreviationBreak(std::string_view text, size_t seg_begin, size_t b,
                         const Abbreviations* list) {
  size_t end = b;
  size_t begin = seg_begin;
  internal::TrimSpaces(text, begin, end);
  if (end == begin || text[end - 1] != '.') return false;
  size_t word_begin = end;
  for (size_t p = end; p > begin;) {
    size_t q = p;
    const char32_t c = Prev(text, q);
    if (internal::IsSpace(c) || IsOpenBracket(c) || c == '"' ||
        u_charType(static_cast<UChar32>(c)) == U_INITIAL_PUNCTUATION) {
      break;
    }
    word_begin = p = q;
  }
  const std::string_view word = text.substr(word_begin, end - word_begin);
  char32_t next = 0;  // first non-space after the boundary on the same line
  for (size_t p = b; p < text.size();) {
    const char32_t c = utf8::Next(text, p);
    if (internal::IsLineBreak(c)) break;
    if (!internal::IsSpace(c)) {
      next = c;
      break;
    }
  }
  if (word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z') return u_isupper(next);  // initial
  if (IsDottedAcronym(word)) return true;
  return list != nullptr && list->Suppresses(word, next);
}

// Returns where to cut a too-long sentence starting at `begin` so that the
// piece ends at or before `limit` (rule 6): after the last white space or
// comma in the piece's second half, else at the last code-point boundary.
size_t LongSentenceCut(std::string_view text, size_t begin, size_t limit) {
  const size_t half = begin + (limit - begin) / 2;
  for (size_t p = limit; p > half;) {
    size_t q = p;
    const char32_t c = Prev(text, q);
    if (c == U' ' || c == U'\t' || c == U'\u3000' || c == U',' || c == U'\u3001' ||
        c == U'\uFF0C' || c == U'\u060C') {
      return p;
    }
    p = q;
  }
  size_t p = limit;
  while (p > begin + 1 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
  return p;
}

}  // namespace

SentenceSplitter::SentenceSplitter()
    : prototypes_(std::make_unique<internal::BreakPrototypes>(internal::BreakKind::kSentence)) {}
SentenceSplitter::~SentenceSplitter() = default;

StatusOr<std::unique_ptr<SentenceSplitter>> SentenceSplitter::Create(const std::string& data_dir) {
  SITREP_ASSIGN_OR_RETURN(lang::PackSet packs,
                          lang::PackSet::Discover(data_dir.empty() ? DataDir() : data_dir));
  return Create(packs);
}

StatusOr<std::unique_ptr<SentenceSplitter>> SentenceSplitter::Create(const lang::PackSet& packs) {
  std::map<std::string, Abbreviations> lists;
  for (const lang::LanguagePack& pack : packs.packs()) {
    const auto file = pack.Table("abbreviations");
    if (!file) continue;
    SITREP_ASSIGN_OR_RETURN(Abbreviations list, Abbreviations::Load(*file));
    lists.emplace(pack.code, std::move(list));
  }
  auto s = CreateWith(std::move(lists));
  s->packs_ = packs;
  return s;
}

std::unique_ptr<SentenceSplitter> SentenceSplitter::CreateWith(
    std::map<std::string, Abbreviations> lists) {
  std::unique_ptr<SentenceSplitter> s(new SentenceSplitter());
  for (auto& [lang, list] : lists) s->abbreviations_.emplace(lang, std::move(list));
  return s;
}

const Abbreviations* SentenceSplitter::ListFor(std::string_view lang, std::string_view text) const {
  if (lang.empty()) {
    const lang::LanguagePack* guess = packs_.GuessByScript(text);
    if (!guess) return nullptr;
    lang = guess->code;
  }
  auto it = abbreviations_.find(lang);
  return it == abbreviations_.end() ? nullptr : &it->second;
}

StatusOr<std::vector<Sentence>> SentenceSplitter::Split(std::string_view text,
                                                        std::string_view lang,
                                                        size_t* cut_count) const {
  SITREP_ASSIGN_OR_RETURN(std::unique_ptr<icu::BreakIterator> bi, prototypes_->New(lang));
  internal::Utf8UText utext(text);
  if (!utext.Attach(*bi)) return InternalError("ICU refused the text for sentence breaking");
  const std::vector<Line> lines = internal::SplitLines(text);
  const std::vector<Interval> inside = BracketIntervals(text, lines);
  const Abbreviations* list = ListFor(lang, text);

  std::vector<Sentence> out;
  size_t line_index = 0;
  size_t cuts = 0;
  auto emit_piece = [&](size_t begin, size_t end) {
    internal::TrimSpaces(text, begin, end);
    if (begin == end) return;
    while (line_index + 1 < lines.size() && lines[line_index + 1].begin <= begin) ++line_index;
    out.push_back({{begin, end}, std::max(0, lines[line_index].paragraph)});
  };
  auto emit = [&](size_t begin, size_t end) {  // rule 6
    internal::TrimSpaces(text, begin, end);
    if (end - begin > kMaxSentenceBytes) ++cuts;
    while (end - begin > kMaxSentenceBytes) {
      const size_t piece = LongSentenceCut(text, begin, begin + kMaxSentenceBytes);
      emit_piece(begin, piece);
      begin = piece;
    }
    emit_piece(begin, end);
  };
  size_t seg_begin = 0;
  size_t iv = 0;
  for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next()) {
    const auto boundary = static_cast<size_t>(b);
    if (boundary >= text.size()) break;
    size_t p = boundary;
    size_t cut = boundary;
    if (!internal::IsLineBreak(Prev(text, p))) {
      while (iv < inside.size() && inside[iv].end < boundary) ++iv;
      if (iv < inside.size() && inside[iv].begin < boundary) continue;  // rule 2
      size_t q = boundary;
      if (IsClosing(Prev(text, q)) && IsHiragana(At(text, boundary))) continue;  // rule 3
      if (IsAbbreviationBreak(text, seg_begin, boundary, list)) continue;        // rule 4
      if (IsGluedAsciiBreak(text, boundary)) continue;                           // rule 4
      cut = BeforeOpeners(text, seg_begin, boundary);                            // rule 2
    }
    emit(seg_begin, cut);
    seg_begin = cut;
  }
  emit(seg_begin, text.size());
  if (cut_count) *cut_count = cuts;
  return out;
}

}  // namespace sitrep::text
