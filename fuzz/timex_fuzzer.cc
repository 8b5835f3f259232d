// libFuzzer target: the time stage — each pack's time grammar (English and
// Indonesian word grammars, the Japanese and Arabic ones), publication-date
// inference and TIMEX3 normalization — over the text stage's sentences. The
// first byte picks the language and whether a publication date is given
// (fuzz_stages.h). Every timex must lie inside the text on UTF-8 boundaries
// and serialize to valid JSON, whatever figures, years or months it names.
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_check.h"
#include "fuzz/fuzz_stages.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  sitrep::fuzz::Text();
  sitrep::fuzz::Time();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto doc = sitrep::fuzz::DocumentOf(data, size);
  if (!doc || !sitrep::fuzz::Text().Annotate(*doc).ok()) return 0;
  (void)sitrep::fuzz::Time().Annotate(*doc);
  sitrep::fuzz::RequireDateOrEmpty(doc->published, "publication date");
  for (const auto& t : doc->timexes) {
    sitrep::fuzz::RequireUtf8(t.value, "timex value");
    if (t.sentence >= static_cast<int>(doc->sentences.size())) sitrep::fuzz::Fail("timex sentence");
  }
  sitrep::fuzz::RequireSound(*doc);
  return 0;
}
