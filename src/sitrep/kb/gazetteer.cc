// Reader of the compiled gazetteer: one mmap, bounds checks on the header, then
// binary search over the hash-sorted name index.
#include "sitrep/kb/gazetteer.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "sitrep/base/paths.h"
#include "sitrep/kb/gazetteer_format_internal.h"
#include "sitrep/kb/name_key.h"

namespace sitrep::kb {

using format::Header;
using format::IndexRec;
using format::PlaceRec;

Gazetteer::~Gazetteer() {
  if (data_) munmap(const_cast<char*>(data_), size_);
}

StatusOr<std::unique_ptr<Gazetteer>> Gazetteer::Open(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY);
  if (fd < 0) return NotFoundError("gazetteer " + path + ": " + std::strerror(errno));
  struct stat st;
  if (fstat(fd, &st) != 0 || st.st_size < static_cast<off_t>(sizeof(Header))) {
    ::close(fd);
    return DataLossError("gazetteer " + path + ": too short");
  }
  void* p = mmap(nullptr, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (p == MAP_FAILED) return DataLossError("gazetteer " + path + ": mmap failed");
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  g->data_ = static_cast<const char*>(p);
  g->size_ = st.st_size;
  Header h;
  std::memcpy(&h, g->data_, sizeof(h));
  if (std::memcmp(h.magic, format::kMagic, 8) != 0 || h.version != format::kVersion) {
    return DataLossError("gazetteer " + path + ": not a sitrep gazetteer (or an old version)");
  }
  const size_t dir = sizeof(Header);
  const size_t places = dir + sizeof(uint32_t) * 2 * format::kCountrySlots;
  const size_t index = places + size_t{h.n_places} * sizeof(PlaceRec);
  const size_t strings = index + size_t{h.n_index} * sizeof(IndexRec);
  if (strings + h.strings_size != g->size_) {
    return DataLossError("gazetteer " + path + ": size mismatch (truncated?)");
  }
  g->n_places_ = h.n_places;
  g->n_index_ = h.n_index;
  g->country_dir_ = reinterpret_cast<const uint32_t*>(g->data_ + dir);
  g->places_ = g->data_ + places;
  g->index_ = g->data_ + index;
  g->strings_ = g->data_ + strings;
  return g;
}

PlaceView Gazetteer::Place(uint32_t i) const {
  const PlaceRec* r = reinterpret_cast<const PlaceRec*>(places_) + i;
  PlaceView v;
  v.index = i;
  v.geonames_id = r->geonames_id;
  v.lat = r->lat;
  v.lon = r->lon;
  v.population = r->population;
  v.name = strings_ + r->name;
  v.admin1 = strings_ + r->admin1;
  v.ja = strings_ + r->ja;
  v.ar = strings_ + r->ar;
  v.country = std::string_view(r->country, 2);
  v.feature = std::string_view(r->feature, strnlen(r->feature, 6));
  return v;
}

std::vector<uint32_t> Gazetteer::Find(std::string_view key) const {
  std::vector<uint32_t> out;
  if (key.empty()) return out;
  const uint64_t h = KeyHash(key);
  const IndexRec* begin = reinterpret_cast<const IndexRec*>(index_);
  const IndexRec* end = begin + n_index_;
  const IndexRec* it =
      std::lower_bound(begin, end, h, [](const IndexRec& r, uint64_t v) { return r.hash < v; });
  for (; it != end && it->hash == h; ++it) {
    if (std::find(out.begin(), out.end(), it->place) == out.end()) out.push_back(it->place);
  }
  return out;
}

std::pair<uint32_t, uint32_t> Gazetteer::CountryRange(std::string_view country) const {
  if (country.size() != 2) return {0, 0};
  const int slot = format::CountrySlot(country.data());
  if (slot < 0) return {0, 0};
  return {country_dir_[2 * slot], country_dir_[2 * slot + 1]};
}

std::string GazetteerPlaceId(uint32_t geonames_id) {
  if (!(geonames_id & kCountyIdBit)) return "geonames:" + std::to_string(geonames_id);
  std::string fips = std::to_string(geonames_id & ~kCountyIdBit);
  if (fips.size() < 5) fips.insert(0, 5 - fips.size(), '0');
  return "fips:" + fips;
}

uint32_t GazetteerRecordId(std::string_view id) {
  auto number = [](std::string_view digits) -> uint32_t {
    if (digits.empty() || digits.size() > 9) return 0;
    uint32_t n = 0;
    for (char c : digits) {
      if (c < '0' || c > '9') return 0;
      n = n * 10 + static_cast<uint32_t>(c - '0');
    }
    return n;
  };
  if (id.rfind("geonames:", 0) == 0) return number(id.substr(9));
  if (id.rfind("fips:", 0) == 0) {
    const uint32_t n = number(id.substr(5));
    return n ? (n | kCountyIdBit) : 0;
  }
  return 0;
}

int64_t Gazetteer::FindById(uint32_t geonames_id) const {
  // Linear scan: used by overlay merging and `kb lookup`, a few times per run.
  const PlaceRec* r = reinterpret_cast<const PlaceRec*>(places_);
  for (uint32_t i = 0; i < n_places_; ++i) {
    if (r[i].geonames_id == geonames_id) return i;
  }
  return -1;
}

std::string DefaultGazetteerPath() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("SITREP_GAZETTEER"); env && *env) return env;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    // The binary sits in the build directory (sitrep) or below it (test binaries).
    fs::path dir = exe.parent_path();
    for (int up = 0; up < 5 && !dir.empty(); ++up, dir = dir.parent_path()) {
      if (fs::exists(dir / "kb" / "gazetteer.bin", ec)) return (dir / "kb" / "gazetteer.bin").string();
    }
  }
  const fs::path root = fs::path(ProjectRoot()) / "build" / "kb" / "gazetteer.bin";
  if (fs::exists(root, ec)) return root.string();
  return "";
}

}  // namespace sitrep::kb
