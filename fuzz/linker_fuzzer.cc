// libFuzzer target: the entities stage — Aho–Corasick names, gazetteer
// look-ups, transliteration and fuzzy linking, acronyms, generic actors,
// homonyms, nested places — over the text stage's tokens. The first byte picks
// the language (fuzz_stages.h). Mentions must never overlap one another, lie
// inside the text with their surface, and serialize to valid JSON.
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_check.h"
#include "fuzz/fuzz_stages.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  sitrep::fuzz::Text();
  sitrep::fuzz::Linker();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto doc = sitrep::fuzz::DocumentOf(data, size);
  if (!doc || !sitrep::fuzz::Text().Annotate(*doc).ok()) return 0;
  (void)sitrep::fuzz::Linker().Annotate(*doc);
  for (const auto& m : doc->mentions)
    if (m.sentence >= static_cast<int>(doc->sentences.size()))
      sitrep::fuzz::Fail("mention sentence");
  for (size_t i = 1; i < doc->nested_mentions.size(); ++i)
    if (doc->nested_mentions[i].span.Overlaps(doc->nested_mentions[i - 1].span))
      sitrep::fuzz::Fail("nested mentions overlap");
  sitrep::fuzz::RequireSound(*doc);
  return 0;
}
