// libFuzzer target: the JSON Lines reader alone — line splitting (BOM, CR,
// blank lines, over-long lines), JSON parsing and field validation (ids as
// strings or integers, dates, language codes, text decoding). The first byte
// says how much of the input arrives as the sniffed head, the rest through the
// stream. Every record must have a non-empty valid UTF-8 text, a date that is
// "" or YYYY-MM-DD and a language code of lower-case letters only; every line is a record
// or one error, numbered in order.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "fuzz/fuzz_check.h"
#include "sitrep/ingest/jsonl.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const std::string input(reinterpret_cast<const char*>(data) + 1, size - 1);
  const size_t head_size = std::min<size_t>(data[0], input.size());
  std::istringstream rest(input.substr(head_size));
  size_t last_line = 0;
  const auto next_line = [&](size_t line) {
    if (line <= last_line) sitrep::fuzz::Fail("line numbers out of order");
    last_line = line;
  };
  sitrep::ingest::JsonlSinks sinks;
  sinks.on_record = [&](sitrep::ingest::JsonlRecord&& r, size_t line) {
    next_line(line);
    if (r.text.empty()) sitrep::fuzz::Fail("empty record text");
    sitrep::fuzz::RequireUtf8(r.text, "record text");
    sitrep::fuzz::RequireUtf8(r.id, "record id");
    sitrep::fuzz::RequireUtf8(r.title, "record title");
    sitrep::fuzz::RequireDateOrEmpty(r.published, "record published");
    for (const char c : r.lang)
      if (c < 'a' || c > 'z') sitrep::fuzz::Fail("record lang", r.lang);
    if (r.text.find('\r') != std::string::npos) sitrep::fuzz::Fail("CR left in record text");
  };
  sinks.on_error = [&](size_t line, const std::string& reason) {
    if (line) next_line(line);
    sitrep::fuzz::RequireUtf8(reason, "error reason");
  };
  (void)sitrep::ingest::ReadJsonl(input.substr(0, head_size), rest, sinks, size_t{1} << 16);
  return 0;
}
