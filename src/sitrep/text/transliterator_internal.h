// ToLatin's ICU path alone, for the test that checks its ASCII fast path
// against it (transliterator_test.cc). Not part of text/'s interface.
#ifndef SITREP_TEXT_TRANSLITERATOR_INTERNAL_H_
#define SITREP_TEXT_TRANSLITERATOR_INTERNAL_H_

#include <string>
#include <string_view>

namespace sitrep::text::internal {

// Returns ToLatin(s) computed by the ICU transform, whatever the script of `s`.
std::string ToLatinByIcu(std::string_view s);

}  // namespace sitrep::text::internal

#endif  // SITREP_TEXT_TRANSLITERATOR_INTERNAL_H_
