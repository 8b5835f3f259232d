// Parsing the JSON records a back end keeps in its tables (events, battles,
// fused events, control intervals), shared by the SQL back ends: a record that
// does not parse is kDataLoss naming what it was.
#ifndef SITREP_STORE_STORED_JSON_H_
#define SITREP_STORE_STORED_JSON_H_

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "sitrep/base/status.h"

namespace sitrep::store {

// Returns `text` (a stored JSON column) parsed, or kDataLoss naming `what`.
template <typename Json = nlohmann::json>
StatusOr<Json> ParseStoredJson(const std::string& text, std::string_view what) {
  auto j = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return DataLossError("stored " + std::string(what) + " is not valid JSON");
  return j;
}

// Returns the record `decode` makes of the stored JSON `text` (decode:
// nlohmann::json -> StatusOr<T>), or kDataLoss naming `what`.
template <typename T, typename Decode>
StatusOr<T> DecodeStoredRecord(const std::string& text, Decode decode, std::string_view what) {
  SITREP_ASSIGN_OR_RETURN(nlohmann::json j, ParseStoredJson(text, what));
  auto record = decode(j);
  if (!record.ok()) return DataLossError(std::string(what) + ": " + record.status().message());
  return std::move(record).value();
}

}  // namespace sitrep::store

#endif  // SITREP_STORE_STORED_JSON_H_
