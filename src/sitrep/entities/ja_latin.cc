// Pass "Latin words in tokenized text": in a language written in its own
// script without spaces (Japanese), a word in Latin letters is a product, a
// unit, a code or a title far more often than an organization — the tokenizer's
// dictionary calls every unknown Latin word an organization's name (MeCab
// IPAdic's 固有名詞,組織), so 172cm, CD, Red Hat and Phoenix Rising came out as
// actors. The organizations that text names in Latin letters are acronyms in
// capitals written alone (NATO, RSF, KGB): those the dictionary knows are
// linked before this pass and stay; an unknown one stays an unlinked actor
// when it is all capitals and stands alone. Dropped are unlinked Latin actors
// with a lowercase letter (cm, Web, Phoenix), glued to a digit (P400SV, F512M,
// M2M) or continued by another Latin word (Red Hat, GNU C, AOL Key words):
// one of several Latin words is the start of a product's or a work's title;
// so are a single letter (W杯) and a word glued to a sign (SETI@home, HE-104,
// CD&DVD). The tokenizer's tag is no guide either way: it calls the same
// acronym an organization in one sentence and a common noun in the next (JT,
// TBS, DEC came out as nothing), so a standalone acronym of kMinAcronym to
// kMaxAcronym capitals that is no guarded common word (name_guards.tsv: CD,
// OS, DJ) is an unlinked actor whatever its tag.
// Only documents whose tokenizer gives part-of-speech details are touched.
#include "sitrep/entities/ja_compounds_internal.h"

#include <algorithm>
#include <cctype>

namespace sitrep::entities {
namespace {

bool IsAsciiLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
// A sign that glues a Latin word into a product's or a code's name.
bool GluingSign(char c) { return c == '@' || c == '-' || c == '&' || c == '/' || c == '#' || c == '+'; }

// The lengths of a standalone acronym read as an organization (JT, NATO,
// UNHCR): one letter is a grade or a size, six capitals a word in capitals.
constexpr size_t kMinAcronym = 2;
constexpr size_t kMaxAcronym = 5;

// True when the unlinked Latin actor [b, e) reads as a product, unit or title.
bool ProductLike(std::string_view text, size_t b, size_t e) {
  const std::string_view w = text.substr(b, e - b);
  if (std::any_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return true;
  if (w.size() < kMinAcronym) return true;
  if ((b > 0 && IsAsciiDigit(text[b - 1])) || (e < text.size() && IsAsciiDigit(text[e]))) return true;
  if ((b > 0 && GluingSign(text[b - 1])) || (e < text.size() && GluingSign(text[e]))) return true;
  return e + 1 < text.size() && text[e] == ' ' && IsAsciiLetter(text[e + 1]);
}

bool AllAscii(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool AllCapitals(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A Roman numeral of a title's or a ruler's number (III, XIV): no acronym.
bool RomanNumeral(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
}

// Adds the standalone acronyms in capitals no earlier step found as unlinked actors.
void StandaloneAcronyms(State& s) {
  for (const document::Token& t : s.doc.tokens) {
    const std::string_view w = s.text.substr(t.span.begin, t.span.size());
    if (t.pos != "名詞" || w.size() < kMinAcronym || w.size() > kMaxAcronym || !AllCapitals(w) ||
        RomanNumeral(w)) {
      continue;
    }
    if (s.Covered(t.span.begin, t.span.end)) continue;
    s.Add(t.span.begin, t.span.end, std::nullopt, 0.5, document::MentionKind::kActor);
  }
}

}  // namespace

bool TaggedWithPartsOfSpeech(const document::Document& doc) {
  return std::any_of(doc.tokens.begin(), doc.tokens.end(), [](const document::Token& t) { return !t.pos_detail.empty(); });
}

void LatinWordsPass(State& s) {
  if (!TaggedWithPartsOfSpeech(s.doc)) return;
  StandaloneAcronyms(s);
  std::erase_if(s.found, [&](const Found& f) {
    if (f.r || f.keep_unlinked || f.unlinked_kind != document::MentionKind::kActor) return false;
    if (!AllAscii(s.text.substr(f.begin, f.end - f.begin)) || !ProductLike(s.text, f.begin, f.end)) return false;
    s.spans.erase(f.begin);
    return true;
  });
}

}  // namespace sitrep::entities
