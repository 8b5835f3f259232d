// Checking the event endpoints' query parameters.
#include "sitrep/api/query_params.h"

#include <charconv>
#include <cmath>

#include "sitrep/base/date.h"

namespace sitrep::api {
namespace {

const std::set<std::string>& FilterNames() {
  static const std::set<std::string> kNames = {"since", "until", "type",    "sub_type", "actor",
                                               "place", "country", "bbox", "q",        "doc"};
  return kNames;
}

Status CheckDate(const std::string& name, const std::string& value) {
  if (value.empty() || Date::Parse(value)) return OkStatus();
  return InvalidArgumentError("parameter '" + name + "': expected a date YYYY-MM-DD, got '" +
                              value + "'");
}

std::optional<double> ParseNumber(std::string_view s) {
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

}  // namespace

StatusOr<store::EventQuery> ParseEventFilters(const Request& r,
                                              const std::set<std::string>& also_allowed) {
  for (const auto& [name, value] : r.params) {
    if (!FilterNames().count(name) && !also_allowed.count(name)) {
      return InvalidArgumentError("unknown parameter '" + name + "'");
    }
  }
  store::EventQuery q;
  q.since = r.Param("since");
  q.until = r.Param("until");
  SITREP_RETURN_IF_ERROR(CheckDate("since", q.since));
  SITREP_RETURN_IF_ERROR(CheckDate("until", q.until));
  q.type = r.Param("type");
  q.sub_type = r.Param("sub_type");
  q.actor = r.Param("actor");
  q.place = r.Param("place");
  q.country = r.Param("country");
  q.text = r.Param("q");
  q.doc = r.Param("doc");
  if (r.Has("bbox")) {
    SITREP_ASSIGN_OR_RETURN(store::BoundingBox box, ParseBbox(r.Param("bbox")));
    q.bbox = box;
  }
  return q;
}

StatusOr<int> ParseLimit(const Request& r) {
  if (!r.Has("limit")) return kDefaultLimit;
  const std::string v = r.Param("limit");
  int limit = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), limit);
  if (ec != std::errc() || end != v.data() + v.size() || limit < 1 || limit > kMaxLimit) {
    return InvalidArgumentError("parameter 'limit': expected a whole number from 1 to " +
                                std::to_string(kMaxLimit) + ", got '" + v + "'");
  }
  return limit;
}

StatusOr<store::BoundingBox> ParseBbox(const std::string& text) {
  std::vector<double> v;
  size_t start = 0;
  while (v.size() < 5) {
    const size_t comma = text.find(',', start);
    const auto n = ParseNumber(std::string_view(text).substr(
        start, comma == std::string::npos ? std::string::npos : comma - start));
    if (!n) break;
    v.push_back(*n);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  const auto bad = InvalidArgumentError(
      "parameter 'bbox': expected west,south,east,north in degrees, got '" + text + "'");
  if (v.size() != 4 || std::count(text.begin(), text.end(), ',') != 3) return bad;
  store::BoundingBox b{v[0], v[1], v[2], v[3]};
  const bool lons_ok = std::abs(b.west) <= 180 && std::abs(b.east) <= 180;
  const bool lats_ok = std::abs(b.south) <= 90 && std::abs(b.north) <= 90 && b.south <= b.north;
  if (!lons_ok || !lats_ok) return bad;
  return b;
}

std::string EncodeCursor(const store::EventKey& key) {
  const nlohmann::json j = {key.date ? nlohmann::json(*key.date) : nlohmann::json(nullptr), key.doc,
                            key.ordinal};
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : j.dump()) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out;
}

StatusOr<store::EventKey> DecodeCursor(const std::string& cursor) {
  const auto bad = InvalidArgumentError("parameter 'cursor': not a cursor this server gave");
  if (cursor.size() % 2 != 0 || cursor.size() > 4096) return bad;
  std::string raw;
  for (size_t i = 0; i < cursor.size(); i += 2) {
    const int hi = HexValue(cursor[i]), lo = HexValue(cursor[i + 1]);
    if (hi < 0 || lo < 0) return bad;
    raw += static_cast<char>(hi * 16 + lo);
  }
  const auto j = nlohmann::json::parse(raw, nullptr, /*allow_exceptions=*/false);
  if (!j.is_array() || j.size() != 3 || !(j[0].is_null() || j[0].is_string()) ||
      !j[1].is_string() || !j[2].is_number_integer()) {
    return bad;
  }
  store::EventKey key;
  if (j[0].is_string()) key.date = j[0].get<std::string>();
  key.doc = j[1].get<std::string>();
  key.ordinal = j[2].get<int>();
  return key;
}

}  // namespace sitrep::api
