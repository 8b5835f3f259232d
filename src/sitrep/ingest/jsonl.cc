// JSON Lines parsing with nlohmann::json. nlohmann reports errors by throwing;
// the exceptions are caught here and become Status reasons, so nothing throws
// past this file.
#include "sitrep/ingest/jsonl.h"

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>

#include "sitrep/base/charset.h"
#include "sitrep/base/display.h"
#include "sitrep/ingest/decode.h"
#include "sitrep/ingest/language_id.h"
#include "sitrep/ingest/line_reader_internal.h"
#include "sitrep/ingest/published_date.h"

namespace sitrep::ingest {
namespace {

using nlohmann::json;

constexpr size_t kBinarySniffBytes = 8 * 1024;
constexpr size_t kProgressEvery = 1 << 20;

// Returns "invalid JSON at column N: what went wrong", or "truncated JSON:
// what went wrong" when the line ended before the value did.
std::string ParseErrorReason(const json::parse_error& e, size_t line_size) {
  std::string_view what = e.what();
  const size_t at = what.find("column ");
  size_t colon = at == std::string_view::npos ? at : what.find(": ", at);
  // nlohmann quotes the bytes it read last, which may end inside a UTF-8
  // sequence: the reason is escaped so that it stays valid UTF-8 (and inert on
  // a terminal) wherever it is printed or stored.
  std::string detail = ForDisplay(colon == std::string_view::npos ? what : what.substr(colon + 2));
  if (e.byte > line_size) return "truncated JSON: " + detail;
  return "invalid JSON at column " + std::to_string(e.byte) + ": " + detail;
}

// Returns the string value of optional field `key` ("" when absent or null).
StatusOr<std::string> OptionalString(const json& obj, const char* key) {
  const auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return std::string();
  if (!it->is_string()) return InvalidArgumentError(std::string("\"") + key + "\" is not a string");
  return it->get<std::string>();
}

StatusOr<std::string> IdOf(const json& obj) {
  const auto it = obj.find("id");
  if (it == obj.end() || it->is_null()) return std::string();
  if (it->is_number_integer()) return it->dump();
  if (!it->is_string()) return InvalidArgumentError("\"id\" is not a string");
  std::string id = it->get<std::string>();
  if (id.empty()) return InvalidArgumentError("\"id\" is empty");
  return id;
}

StatusOr<std::string> TextOf(const json& obj) {
  const auto it = obj.find("text");
  if (it == obj.end() || it->is_null()) return InvalidArgumentError("missing \"text\"");
  if (!it->is_string()) return InvalidArgumentError("\"text\" is not a string");
  std::string text = it->get<std::string>();
  if (text.find('\0') != std::string::npos) {
    return InvalidArgumentError("\"text\" contains a NUL character");
  }
  if (const size_t bom = BomLength(text)) text.erase(0, bom);
  NormalizeNewlines(text);
  if (IsBlank(text)) return InvalidArgumentError("empty document");
  return text;
}

Status FillRecord(const json& obj, JsonlRecord& r) {
  SITREP_ASSIGN_OR_RETURN(r.id, IdOf(obj));
  SITREP_ASSIGN_OR_RETURN(r.text, TextOf(obj));
  SITREP_ASSIGN_OR_RETURN(r.title, OptionalString(obj, "title"));
  SITREP_ASSIGN_OR_RETURN(r.url, OptionalString(obj, "url"));
  SITREP_ASSIGN_OR_RETURN(std::string published, OptionalString(obj, "published"));
  if (!published.empty()) {
    auto date = ParsePublishedDate(published);
    if (!date) {
      return InvalidArgumentError("invalid \"published\" date '" + published +
                                  "' (expected YYYY-MM-DD)");
    }
    r.published = *std::move(date);
  }
  SITREP_ASSIGN_OR_RETURN(std::string lang, OptionalString(obj, "lang"));
  if (!lang.empty()) {
    r.lang = NormalizeLanguageCode(lang);
    if (r.lang.empty())
      return InvalidArgumentError("\"lang\" is not a language code: '" + lang + "'");
  }
  return OkStatus();
}

}  // namespace

StatusOr<JsonlRecord> ParseJsonlLine(std::string_view line, size_t line_offset) {
  SITREP_RETURN_IF_ERROR(CheckEncoding(line, line_offset));
  json obj;
  try {
    obj = json::parse(line);
  } catch (const json::parse_error& e) {
    return InvalidArgumentError(ParseErrorReason(e, line.size()));
  } catch (const json::exception& e) {
    return InvalidArgumentError(std::string("invalid JSON: ") + e.what());
  }
  if (!obj.is_object()) return InvalidArgumentError("expected a JSON object");
  JsonlRecord record;
  SITREP_RETURN_IF_ERROR(FillRecord(obj, record));
  return record;
}

Status ReadJsonl(std::string head, std::istream& in, const JsonlSinks& sinks,
                 size_t max_line_bytes) {
  if (head.size() < kBinarySniffBytes) {  // sniff: binary data in the first 8 KiB?
    // Only what is already buffered: on a pipe (streaming mode) the first
    // documents must go through before 8 KiB have arrived.
    const size_t had = head.size();
    head.resize(kBinarySniffBytes);
    if (had == 0) in.peek();  // fill the buffer once (blocks until the first bytes)
    in.readsome(head.data() + had, static_cast<std::streamsize>(kBinarySniffBytes - had));
    head.resize(had + static_cast<size_t>(in.gcount()));
  }
  if (const Bom bom = DetectBom(head); !bom.charset.empty() && bom.charset != "UTF-8") {
    return InvalidArgumentError(bom.charset + " JSON Lines are not supported (convert to UTF-8)");
  }
  if (const void* nul = std::memchr(head.data(), '\0', std::min(head.size(), kBinarySniffBytes))) {
    const size_t at = static_cast<const char*>(nul) - head.data();
    return InvalidArgumentError("binary file (NUL byte at " + std::to_string(at) + ")");
  }
  LineReader lines(std::move(head), in, max_line_bytes);
  size_t line_number = 0, reported = 0;
  std::string line_buffer;
  bool too_long = false;
  for (size_t line_offset = 0; lines.Next(line_buffer, too_long); line_offset = lines.offset()) {
    if (sinks.should_stop && sinks.should_stop()) return OkStatus();
    ++line_number;
    std::string_view line(line_buffer);
    if (too_long) {
      if (sinks.on_error) {
        sinks.on_error(line_number, "line too long (over " + std::to_string(max_line_bytes >> 20) +
                                        " MiB); skipped");
      }
      continue;
    }
    if (line_number == 1 && BomLength(line)) {
      line.remove_prefix(3);
      line_offset += 3;
    }
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (IsBlank(line) && line.find('\0') == std::string_view::npos) continue;
    auto record = ParseJsonlLine(line, line_offset);
    if (!record.ok()) {
      if (sinks.on_error) sinks.on_error(line_number, record.status().message());
    } else if (sinks.on_record) {
      sinks.on_record(std::move(record).value(), line_number);
    }
    if (sinks.on_bytes && lines.offset() - reported >= kProgressEvery) {
      sinks.on_bytes(reported = lines.offset());
    }
  }
  if (lines.bad()) return DataLossError("read error after byte " + std::to_string(lines.offset()));
  if (sinks.on_bytes) sinks.on_bytes(lines.offset());
  return OkStatus();
}

}  // namespace sitrep::ingest
