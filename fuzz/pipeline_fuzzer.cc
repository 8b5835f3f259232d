// libFuzzer target: arbitrary text through every stage (text, entities, time,
// events, battles) in one of the language packs. The first byte picks the
// language (en, ja, ar, id, or none: detection), the rest is the document; a
// text that is not valid UTF-8 is what ingest refuses, so it is skipped here.
// Every document must come out with its layers, never a crash or a sanitizer
// report, and every span must lie inside the text.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "sitrep/base/utf8.h"
#include "sitrep/ingest/language_id.h"
#include "sitrep/pipeline/pipeline.h"

namespace {

const sitrep::pipeline::Pipeline& SharedPipeline() {
  static const sitrep::pipeline::Pipeline* pipeline = [] {
    auto p = sitrep::pipeline::Pipeline::Create();
    if (!p.ok()) {
      std::fprintf(stderr, "pipeline: %s\n", p.status().ToString().c_str());
      std::abort();
    }
    return std::move(p).value().release();
  }();
  return *pipeline;
}

void CheckSpans(const sitrep::document::Document& doc) {
  const size_t n = doc.text().size();
  for (const auto& s : doc.sentences)
    if (s.span.begin > s.span.end || s.span.end > n) std::abort();
  for (const auto& t : doc.tokens)
    if (t.span.begin > t.span.end || t.span.end > n) std::abort();
  for (const auto& m : doc.mentions)
    if (m.span.begin > m.span.end || m.span.end > n) std::abort();
}

}  // namespace

// Loads the stages before the first input, so that start-up (the knowledge
// base, seconds under the sanitizers) never counts against an input's timeout.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  SharedPipeline();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (sitrep::utf8::FindInvalid(text) || text.find('\0') != std::string::npos) return 0;
  static const char* const kLangs[] = {"en", "ja", "ar", "id", ""};
  sitrep::document::Document doc("fuzz", std::move(text));
  doc.lang = kLangs[data[0] % 5];
  if (doc.lang.empty()) doc.lang = sitrep::ingest::DetectLanguage(doc.text());
  doc.published = data[0] & 0x80 ? "" : "2024-03-05";
  (void)SharedPipeline().Run(doc);
  CheckSpans(doc);
  return 0;
}
