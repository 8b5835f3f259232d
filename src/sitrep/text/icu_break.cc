// Per-locale break-iterator prototypes and the UTF-8 UText wrapper.
#include <unicode/locid.h>

#include "sitrep/text/icu_break_internal.h"

namespace sitrep::text::internal {

StatusOr<std::unique_ptr<icu::BreakIterator>> BreakPrototypes::New(std::string_view lang) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = protos_.find(lang);
  if (it == protos_.end()) {
    UErrorCode status = U_ZERO_ERROR;
    const std::string name(lang);
    const icu::Locale locale = name.empty() ? icu::Locale::getRoot() : icu::Locale(name.c_str());
    std::unique_ptr<icu::BreakIterator> proto(
        kind_ == BreakKind::kSentence ? icu::BreakIterator::createSentenceInstance(locale, status)
                                      : icu::BreakIterator::createWordInstance(locale, status));
    if (U_FAILURE(status) || proto == nullptr) {
      return InternalError(std::string("ICU break iterator for '") + name +
                           "': " + u_errorName(status));
    }
    it = protos_.emplace(name, std::move(proto)).first;
  }
  return std::unique_ptr<icu::BreakIterator>(it->second->clone());
}

Utf8UText::Utf8UText(std::string_view s) {
  utext_openUTF8(&ut_, s.data(), static_cast<int64_t>(s.size()), &status_);
}

bool Utf8UText::Attach(icu::BreakIterator& bi) {
  if (U_FAILURE(status_)) return false;
  bi.setText(&ut_, status_);
  return U_SUCCESS(status_);
}

}  // namespace sitrep::text::internal
