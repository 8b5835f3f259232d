// libFuzzer target: the whole battles stage — wikitext first, then flattened
// infoboxes, the side splitter, figures, commanders, dates read by the time
// grammars, battle records and the control events they imply — over the text
// stage's sentences, in the pack the first byte picks (fuzz_stages.h). Every
// record must carry non-negative figures and serialize to JSON; every control
// event must point at text inside the document.
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_check.h"
#include "fuzz/fuzz_stages.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  sitrep::fuzz::Text();
  sitrep::fuzz::Battles();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto doc = sitrep::fuzz::DocumentOf(data, size);
  if (!doc || !sitrep::fuzz::Text().Annotate(*doc).ok()) return 0;
  (void)sitrep::fuzz::Battles().Annotate(*doc);
  sitrep::fuzz::RequireSound(*doc);
  return 0;
}
