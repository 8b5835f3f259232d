// ToLatin: one compound ICU transform, compiled once from rules.
//
// Thread safety, measured on the development machine (short place names):
// compiling the rules costs ~40 ms, a clone ~0.5 ms, one transform ~13 us. A
// clone per call would be 35 times slower than the transform; a mutex is as
// fast uncontended but serializes threads. So the rules are compiled once and
// each thread keeps its own clone (thread_local), made on its first call, and
// its own memory of the strings it has romanized (names recur).
#include "sitrep/text/transliterator.h"

#include "sitrep/text/transliterator_internal.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <functional>
#include <memory>
#include <unordered_map>

namespace sitrep::text {
namespace {

// NFKC first (half-width kana), then the middle dot to a space, then every
// non-Han script to Latin, ASCII, lower case; ICU marks small kana after a
// vowel with '~' ("ウォ" -> "u~o"), which is dropped.
constexpr const char* kRules = R"(
:: NFKC ;
'・' > ' ' ;
:: [^[:Han:]] Any-Latin ;
:: Latin-ASCII ;
:: Any-Lower ;
'~' > ;
)";

std::unique_ptr<icu::Transliterator> Compile() {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error;
  std::unique_ptr<icu::Transliterator> t(
      icu::Transliterator::createFromRules("sitrep-to-latin", icu::UnicodeString::fromUTF8(kRules),
                                           UTRANS_FORWARD, parse_error, status));
  if (U_FAILURE(status)) return nullptr;
  return t;
}

const icu::Transliterator* Prototype() {
  static const std::unique_ptr<icu::Transliterator> proto = Compile();
  return proto.get();
}

const icu::Transliterator* ThreadTransform() {
  thread_local std::unique_ptr<icu::Transliterator> mine(Prototype() ? Prototype()->clone()
                                                                     : nullptr);
  return mine.get();
}

// Strings a thread has romanized, with their answers. A name recurs through a
// document and across a day's news, and one ICU transform costs ~100k
// instructions (a hash lookup ~100); the transform keeps no state between
// strings, so a remembered answer is the answer. Per thread, so no lock; the
// map is emptied when it reaches kMaxRemembered strings, which bounds it to a
// few MB.
constexpr size_t kMaxRemembered = 1 << 14;

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

std::unordered_map<std::string, std::string, StringHash, std::equal_to<>>& Remembered() {
  thread_local std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> remembered;
  return remembered;
}

// Returns whether every byte of `s` is ASCII.
bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

}  // namespace

// ASCII text is already NFKC, Latin and ASCII: of the rules only the lower
// casing and the dropped '~' touch it, so it skips ICU (and the rules are
// compiled only once a non-ASCII string comes). transliterator_test checks
// this path against ICU's on every ASCII byte.
std::string ToLatin(std::string_view s) {
  if (!IsAscii(s)) {
    auto& remembered = Remembered();
    if (const auto it = remembered.find(s); it != remembered.end()) return it->second;
    std::string latin = internal::ToLatinByIcu(s);
    if (remembered.size() >= kMaxRemembered) remembered.clear();
    remembered.emplace(std::string(s), latin);
    return latin;
  }
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '~') continue;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

namespace internal {

std::string ToLatinByIcu(std::string_view s) {
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  if (const icu::Transliterator* t = ThreadTransform()) {
    t->transliterate(u);
  } else {
    u.toLower();
  }
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace internal
}  // namespace sitrep::text
