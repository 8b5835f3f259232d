// The on-disk layout of the compiled gazetteer, shared by the writer
// (gazetteer_writer.cc) and the reader (gazetteer.cc). Bump kVersion on change.
#ifndef SITREP_KB_GAZETTEER_FORMAT_INTERNAL_H_
#define SITREP_KB_GAZETTEER_FORMAT_INTERNAL_H_

#include <cstdint>

namespace sitrep::kb::format {

inline constexpr char kMagic[8] = {'S', 'R', 'G', 'A', 'Z', 'E', 'T', '1'};
inline constexpr uint32_t kVersion = 1;
inline constexpr int kCountrySlots = 26 * 26;

struct Header {
  char magic[8];
  uint32_t version;
  uint32_t n_places;
  uint32_t n_index;
  uint32_t strings_size;
  // followed by uint32_t country_dir[2 * kCountrySlots] (begin, end per "AA".."ZZ")
};

struct PlaceRec {
  uint32_t geonames_id;
  float lat, lon;
  uint32_t population;
  uint32_t name, admin1, ja, ar;  // offsets into the string blob (0 = "")
  char country[2];
  char feature[6];
};
static_assert(sizeof(PlaceRec) == 40);

// Name kinds in IndexRec::kind.
enum : uint16_t { kPrimary = 0, kAscii = 1, kAlternate = 2, kJapanese = 3, kArabic = 4 };

struct IndexRec {
  uint64_t hash;
  uint32_t place;
  uint16_t kind;
  uint16_t pad;
};
static_assert(sizeof(IndexRec) == 16);

inline int CountrySlot(const char* cc) {
  if (cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z') return -1;
  return (cc[0] - 'A') * 26 + (cc[1] - 'A');
}

}  // namespace sitrep::kb::format

#endif  // SITREP_KB_GAZETTEER_FORMAT_INTERNAL_H_
