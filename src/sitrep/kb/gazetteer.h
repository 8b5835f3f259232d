// Gazetteer: the compiled world gazetteer (GeoNames cities500 plus anything
// imported with `sitrep kb import-geonames`), memory-mapped read-only from one
// file so that loading takes milliseconds and no parsing happens at run time.
//
// File layout (little-endian, see gazetteer_format_internal.h): a header, a
// per-country directory, fixed-size place records sorted by (country,
// population desc), a name index of (KeyHash(NameKey(name)), place) pairs sorted
// by hash, and a string blob. Immutable after Open; thread-safe for readers.
#ifndef SITREP_KB_GAZETTEER_H_
#define SITREP_KB_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/base/status.h"

namespace sitrep::kb {

// Gazetteer records that are no GeoNames feature carry an id with this bit
// set: US counties (their FIPS code, e.g. 06059), compiled from npm us-atlas.
inline constexpr uint32_t kCountyIdBit = 0x80000000u;
// Returns a gazetteer record's entity id: "geonames:N", or "fips:NNNNN" for a county.
std::string GazetteerPlaceId(uint32_t geonames_id);
// Returns the record id an entity id names ("geonames:N", "fips:NNNNN"), or 0.
uint32_t GazetteerRecordId(std::string_view id);

// One place, viewing strings inside the mapped file.
struct PlaceView {
  uint32_t index = 0;     // position in the gazetteer
  uint32_t geonames_id = 0;
  std::string_view name;  // ASCII name
  std::string_view admin1;  // first-level division name ("" if unknown)
  std::string_view ja, ar;  // Japanese / Arabic name when known
  std::string_view country;  // ISO alpha-2
  std::string_view feature;  // GeoNames feature code (PPL, PPLA, PPLC...)
  double lat = 0, lon = 0;
  uint32_t population = 0;
};

class Gazetteer {
 public:
  ~Gazetteer();
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  // Maps the compiled file at `path`. Returns kNotFound if it is missing and
  // kDataLoss if it is truncated or not a gazetteer.
  static StatusOr<std::unique_ptr<Gazetteer>> Open(const std::string& path);

  size_t size() const { return n_places_; }
  size_t index_size() const { return n_index_; }
  size_t bytes() const { return size_; }
  // REQUIRES: i < size().
  PlaceView Place(uint32_t i) const;
  // Returns the indices of places having a name whose NameKey is `key`.
  std::vector<uint32_t> Find(std::string_view key) const;
  // Returns the index range [begin, end) of the places of `country` (alpha-2),
  // most populous first.
  std::pair<uint32_t, uint32_t> CountryRange(std::string_view country) const;
  // Returns the place with this GeoNames id, or -1.
  int64_t FindById(uint32_t geonames_id) const;

 private:
  Gazetteer() = default;
  const char* data_ = nullptr;
  size_t size_ = 0;
  uint32_t n_places_ = 0, n_index_ = 0;
  const char* places_ = nullptr;
  const char* index_ = nullptr;
  const char* strings_ = nullptr;
  const uint32_t* country_dir_ = nullptr;
};

// Returns the default compiled-gazetteer path: $SITREP_GAZETTEER, else
// <dir of the running binary>/kb/gazetteer.bin, else <ProjectRoot()>/build/kb/gazetteer.bin
// (the first that exists; "" if none).
std::string DefaultGazetteerPath();

}  // namespace sitrep::kb

#endif  // SITREP_KB_GAZETTEER_H_
