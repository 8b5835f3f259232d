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
#include <unicode/uvernum.h>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <unordered_map>

#include "sitrep/base/file.h"

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

using FormMap = std::unordered_map<std::string, std::string, StringHash, std::equal_to<>>;

// The precomputed answers in use (UseLatinForms): replaced whole, never
// changed in place; every map ever used is kept, so a reader never sees one
// freed.
std::atomic<const FormMap*> g_forms{nullptr};

// Returns the stamp a latin forms file must carry: the ICU version and a hash
// of the rules (FNV-1a, fixed across builds).
std::string FormsStamp() {
  uint64_t h = 1469598103934665603ull;
  for (const char* p = kRules; *p; ++p) {
    h ^= static_cast<unsigned char>(*p);
    h *= 1099511628211ull;
  }
  return "sitrep latin forms 1 icu " U_ICU_VERSION " rules " + std::to_string(h);
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
    if (const FormMap* forms = g_forms.load(std::memory_order_acquire)) {
      if (const auto it = forms->find(s); it != forms->end()) return it->second;
    }
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

bool WriteLatinForms(const std::vector<std::string>& inputs, const std::string& path) {
  std::set<std::string> done;
  std::string out = FormsStamp() + "\n";
  // Without ICU's transform data ToLatinByIcu only lowers: such answers are no
  // forms to keep (a run with the data would disagree), so the file stays empty.
  const bool icu = Prototype() != nullptr;
  for (const std::string& s : icu ? inputs : std::vector<std::string>{}) {
    if (IsAscii(s) || s.find_first_of("\t\n\r") != std::string::npos || !done.insert(s).second) {
      continue;
    }
    const std::string latin = internal::ToLatinByIcu(s);
    if (latin.find_first_of("\t\n\r") != std::string::npos) continue;
    out += s + "\t" + latin + "\n";
  }
  return WriteFileAtomically(path, out).ok();
}

bool UseLatinForms(const std::string& path) {
  static std::mutex mu;
  static std::set<std::string> read;                        // paths used
  static std::vector<std::unique_ptr<const FormMap>> kept;  // every map used (see g_forms)
  std::lock_guard<std::mutex> lock(mu);
  if (read.count(path)) return true;
  const auto contents = ReadFile(path);
  if (!contents.ok()) return false;
  const std::string& text = *contents;
  const size_t first = text.find('\n');
  if (first == std::string::npos || text.compare(0, first, FormsStamp()) != 0) return false;
  auto forms = std::make_unique<FormMap>();
  if (const FormMap* old = g_forms.load(std::memory_order_acquire)) *forms = *old;
  for (size_t pos = first + 1; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) return false;  // the last line is cut
    const std::string_view line(text.data() + pos, nl - pos);
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos || IsAscii(line.substr(0, tab))) return false;
    forms->emplace(std::string(line.substr(0, tab)), std::string(line.substr(tab + 1)));
    pos = nl + 1;
  }
  g_forms.store(forms.get(), std::memory_order_release);
  kept.push_back(std::move(forms));
  read.insert(path);
  return true;
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
