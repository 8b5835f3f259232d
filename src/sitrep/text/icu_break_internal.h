// ICU break-iterator plumbing shared by the sentence splitter and the ICU
// tokenizer (text/ only; ICU stays inside text/ and base/). ICU break
// iterators are not thread-safe, and creating one from the locale data costs far
// more than cloning, so each locale's prototype is built once and every call
// clones its own. Text is handed to ICU as UTF-8 through UText, so every
// boundary ICU reports is already a byte offset into the verbatim text.
#ifndef SITREP_TEXT_ICU_BREAK_INTERNAL_H_
#define SITREP_TEXT_ICU_BREAK_INTERNAL_H_

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "sitrep/base/status.h"

namespace sitrep::text::internal {

enum class BreakKind { kSentence, kWord };

// Per-locale prototypes of one kind of break iterator. Thread-safe.
class BreakPrototypes {
 public:
  explicit BreakPrototypes(BreakKind kind) : kind_(kind) {}
  // Returns a new iterator for the language `lang` ("" = ICU's root rules).
  StatusOr<std::unique_ptr<icu::BreakIterator>> New(std::string_view lang) const;

 private:
  BreakKind kind_;
  mutable std::mutex mu_;
  mutable std::map<std::string, std::unique_ptr<icu::BreakIterator>, std::less<>> protos_;
};

// A UText over UTF-8 bytes the caller keeps alive; closes itself.
class Utf8UText {
 public:
  explicit Utf8UText(std::string_view s);
  ~Utf8UText() { utext_close(&ut_); }
  Utf8UText(const Utf8UText&) = delete;
  Utf8UText& operator=(const Utf8UText&) = delete;

  // Points `bi` at the text. Returns false if ICU refused it.
  bool Attach(icu::BreakIterator& bi);

 private:
  UText ut_ = UTEXT_INITIALIZER;
  UErrorCode status_ = U_ZERO_ERROR;
};

}  // namespace sitrep::text::internal

#endif  // SITREP_TEXT_ICU_BREAK_INTERNAL_H_
