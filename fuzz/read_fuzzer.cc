// libFuzzer target: arbitrary bytes read the way `sitrep extract -` reads
// standard input (format sniffed: JSON Lines, HTML, plain text; encodings
// checked; documents bounded). Every input must give documents or InputErrors,
// never a crash, a sanitizer report, or a document that is not valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "sitrep/base/utf8.h"
#include "sitrep/ingest/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  sitrep::ingest::ReadOptions options;
  options.max_document_bytes = 1 << 20;
  sitrep::ingest::ReadStream(
      in, "<fuzz>", options,
      [](sitrep::document::Document&& doc) {
        if (sitrep::utf8::FindInvalid(doc.text())) std::abort();
      },
      [](const sitrep::ingest::InputError&) {});
  return 0;
}
