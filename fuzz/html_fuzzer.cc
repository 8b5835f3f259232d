// libFuzzer target: the HTML reader alone — charset declaration and decoding
// (ICU converters, BOMs), then gumbo and the extraction rules (kept and
// dropped elements, infobox tables, metadata dates, <html lang>). Whatever the
// bytes, the result is an error or a page whose title, text and language are
// valid UTF-8, whose text has no leading or trailing white space, and whose
// date is "" or YYYY-MM-DD.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_check.h"
#include "sitrep/ingest/decode.h"
#include "sitrep/ingest/html_text.h"

namespace {

void RequirePage(const sitrep::ingest::HtmlContent& page) {
  sitrep::fuzz::RequireUtf8(page.title, "title");
  sitrep::fuzz::RequireUtf8(page.text, "text");
  sitrep::fuzz::RequireUtf8(page.lang, "lang");
  sitrep::fuzz::RequireDateOrEmpty(page.published, "published");
  if (!page.text.empty()) {
    const auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
    if (space(page.text.front()) || space(page.text.back())) sitrep::fuzz::Fail("text not trimmed");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  (void)sitrep::ingest::DeclaredHtmlCharset(bytes);
  auto decoded = sitrep::ingest::DecodeHtml(bytes);
  if (!decoded.ok()) return 0;
  sitrep::fuzz::RequireUtf8(*decoded, "decoded page");
  RequirePage(sitrep::ingest::ExtractHtml(*decoded));
  return 0;
}
