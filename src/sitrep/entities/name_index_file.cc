// Writing and reading the compiled name index (see name_index_file.h for the
// layout and the checks), and its fingerprint.
#include "sitrep/entities/name_index_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string_view>
#include <type_traits>
#include <utility>

#include "sitrep/base/file.h"
#include "sitrep/kb/gazetteer.h"

namespace sitrep::entities {
namespace {

constexpr char kMagic[8] = {'S', 'R', 'N', 'A', 'M', 'I', 'X', '1'};
constexpr uint32_t kVersion = 1;

struct Header {
  char magic[8];
  uint32_t version;
  uint32_t n_patterns;
  uint64_t fingerprint;
  uint32_t n_nodes, n_edges, n_outputs, n_groups, n_targets, key_bytes;
};
static_assert(sizeof(Header) == 48);

struct TargetRec {
  uint32_t index;
  uint8_t kind, abbreviation, canonical, pad;
};
static_assert(sizeof(TargetRec) == 8);

// FNV-1a, 64 bits: the fingerprint need not resist an adversary, only tell
// one knowledge base's names from another's.
struct Fnv {
  uint64_t h = 14695981039346656037ull;
  void Bytes(const void* p, size_t n) {
    const auto* b = static_cast<const unsigned char*>(p);
    for (size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 1099511628211ull;
  }
  template <typename T>
  void Value(T v) {
    static_assert(std::is_trivially_copyable_v<T>);
    Bytes(&v, sizeof v);
  }
};

template <typename T>
void Put(std::string& out, const T& v) {
  static_assert(std::is_trivially_copyable_v<T>);
  out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

// Sequential reader over the file's bytes; every Take is bounds-checked.
class Cursor {
 public:
  explicit Cursor(std::string_view data) : data_(data) {}
  template <typename T>
  bool Take(T* out, size_t n) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (n > (data_.size() - pos_) / sizeof(T)) return false;
    std::memcpy(out, data_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return true;
  }
  template <typename T>
  bool Take(std::vector<T>& out, size_t n) {
    if (n > (data_.size() - pos_) / sizeof(T)) return false;
    out.resize(n);
    return Take(out.data(), n);
  }
  std::string_view Rest() const { return data_.substr(pos_); }

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

// A file mapped read-only (the index is read once, straight from the page
// cache, with no copy of the whole file).
class MappedFile {
 public:
  static StatusOr<MappedFile> Open(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      if (errno == ENOENT) return NotFoundError("name index " + path + ": no such file");
      return UnavailableError("name index " + path + ": " + std::strerror(errno));
    }
    struct stat st{};
    MappedFile f;
    if (fstat(fd, &st) == 0 && st.st_size > 0) {
      void* p = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
      if (p != MAP_FAILED) f.data_ = static_cast<const char*>(p), f.size_ = static_cast<size_t>(st.st_size);
    }
    ::close(fd);
    return f;
  }
  MappedFile() = default;
  MappedFile(MappedFile&& o) noexcept : data_(std::exchange(o.data_, nullptr)), size_(o.size_) {}
  MappedFile& operator=(MappedFile&&) = delete;
  ~MappedFile() {
    if (data_) munmap(const_cast<char*>(data_), size_);
  }
  std::string_view bytes() const { return {data_ ? data_ : "", data_ ? size_ : 0}; }

 private:
  const char* data_ = nullptr;
  size_t size_ = 0;
};

// Returns true when every target of the file refers to an entry of `kb`.
bool TargetInRange(const TargetRec& t, const kb::KnowledgeBase& kb) {
  switch (static_cast<TargetKind>(t.kind)) {
    case TargetKind::kPlace: return t.index < kb.places().size();
    case TargetKind::kGazPlace: return kb.gazetteer() && t.index < kb.gazetteer()->size();
    case TargetKind::kCountry: return t.index < kb.countries().size();
    case TargetKind::kActor: return t.index < kb.actors().size();
    case TargetKind::kGeneric: return t.index < kb.generic_terms().size();
  }
  return false;
}

}  // namespace

uint64_t NameIndexFile::Fingerprint(const kb::KnowledgeBase& kb, uint32_t min_population) {
  Fnv f;
  f.Value(kVersion);
  f.Value(min_population);
  NameIndex::ForEachName(kb, min_population, [&](std::string_view name, Target t) {
    f.Value(static_cast<uint32_t>(name.size()));
    f.Bytes(name.data(), name.size());
    f.Value(static_cast<uint8_t>(t.kind));
    f.Value(t.index);
    f.Value(static_cast<uint8_t>(t.canonical));
  });
  return f.h;
}

Status NameIndexFile::Write(const NameIndex& index, uint64_t fingerprint, const std::string& path) {
  static_assert(sizeof(AhoCorasick::Node) == 24 && sizeof(AhoCorasick::Output) == 8);  // no padding
  const AhoCorasick& ac = index.ac_;
  if (!ac.built_) return InvalidArgumentError("name index: automaton not built");
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.version = kVersion;
  h.n_patterns = static_cast<uint32_t>(ac.num_patterns_);
  h.fingerprint = fingerprint;
  h.n_nodes = static_cast<uint32_t>(ac.nodes_.size());
  h.n_edges = static_cast<uint32_t>(ac.edges_.size());
  h.n_outputs = static_cast<uint32_t>(ac.outputs_.size());
  h.n_groups = static_cast<uint32_t>(index.groups_.size());
  for (const auto& g : index.groups_) h.n_targets += static_cast<uint32_t>(g.size());
  for (const auto& k : index.keys_) h.key_bytes += static_cast<uint32_t>(k.size());
  std::string out;
  Put(out, h);
  for (int32_t r : ac.root_) Put(out, r);
  for (const auto& n : ac.nodes_) Put(out, n);
  for (const auto& e : ac.edges_) Put(out, e.first);
  for (const auto& e : ac.edges_) Put(out, e.second);
  for (const auto& o : ac.outputs_) Put(out, o);
  uint32_t at = 0;
  for (const auto& g : index.groups_) Put(out, at), at += static_cast<uint32_t>(g.size());
  Put(out, at);
  for (const auto& g : index.groups_)
    for (const Target& t : g)
      Put(out, TargetRec{t.index, static_cast<uint8_t>(t.kind), t.abbreviation, t.canonical, 0});
  at = 0;
  for (const auto& k : index.keys_) Put(out, at), at += static_cast<uint32_t>(k.size());
  Put(out, at);
  for (const auto& k : index.keys_) out += k;
  return WriteFileAtomically(path, out);
}

StatusOr<NameIndex> NameIndexFile::Read(const std::string& path, const kb::KnowledgeBase& kb) {
  SITREP_ASSIGN_OR_RETURN(const MappedFile file, MappedFile::Open(path));
  const auto damaged = [&](const std::string& what) {
    return DataLossError("name index " + path + ": " + what);
  };
  Cursor in(file.bytes());
  Header h{};
  if (!in.Take(&h, 1) || std::memcmp(h.magic, kMagic, sizeof kMagic) != 0) return damaged("not a name index");
  if (h.version != kVersion) return damaged("format version " + std::to_string(h.version));
  if (h.fingerprint != Fingerprint(kb, kNameIndexMinPopulation)) {
    return FailedPreconditionError("name index " + path + ": compiled from other knowledge-base data");
  }
  NameIndex ix;
  AhoCorasick& ac = ix.ac_;
  std::vector<uint8_t> edge_bytes;
  std::vector<int32_t> edge_children;
  std::vector<uint32_t> group_begin, key_begin;
  std::vector<TargetRec> targets;
  if (!in.Take(ac.root_.data(), ac.root_.size()) || !in.Take(ac.nodes_, h.n_nodes) ||
      !in.Take(edge_bytes, h.n_edges) || !in.Take(edge_children, h.n_edges) ||
      !in.Take(ac.outputs_, h.n_outputs) || !in.Take(group_begin, size_t{h.n_groups} + 1) ||
      !in.Take(targets, h.n_targets) || !in.Take(key_begin, size_t{h.n_groups} + 1)) {
    return damaged("truncated");
  }
  const std::string_view keys = in.Rest();
  if (keys.size() != h.key_bytes) return damaged("truncated or trailing bytes");
  if (h.n_nodes == 0 || ac.nodes_[0].depth != 0) return damaged("bad root");
  // Links and edges: children one level deeper, failure and dictionary links
  // strictly shallower, output chains backwards — so Search always ends.
  const auto node_ok = [&](int32_t n) { return n >= 0 && static_cast<uint32_t>(n) < h.n_nodes; };
  const auto out_ok = [&](int32_t o) { return o >= -1 && o < static_cast<int32_t>(h.n_outputs); };
  ac.edges_.resize(h.n_edges);
  for (uint32_t e = 0; e < h.n_edges; ++e) ac.edges_[e] = {edge_bytes[e], edge_children[e]};
  for (uint32_t i = 0; i < h.n_nodes; ++i) {
    const auto& n = ac.nodes_[i];
    if (n.edge_begin > n.edge_end || n.edge_end > h.n_edges) return damaged("bad edge table");
    for (uint32_t e = n.edge_begin; e < n.edge_end; ++e) {
      const int32_t child = ac.edges_[e].second;
      if (!node_ok(child) || child == 0 || ac.nodes_[child].depth != n.depth + 1) return damaged("bad edge");
      if (e > n.edge_begin && ac.edges_[e - 1].first >= ac.edges_[e].first) return damaged("unsorted edges");
    }
    const bool shallower_fail = i == 0 || (node_ok(n.fail) && ac.nodes_[n.fail].depth < n.depth);
    const bool shallower_dict = n.dict == -1 || (node_ok(n.dict) && ac.nodes_[n.dict].depth < n.depth);
    if (!shallower_fail || !shallower_dict || !out_ok(n.first_out)) return damaged("bad link");
  }
  for (int32_t r : ac.root_)
    if (!node_ok(r) || (r != 0 && ac.nodes_[r].depth != 1)) return damaged("bad root table");
  for (uint32_t o = 0; o < h.n_outputs; ++o) {
    const auto& out = ac.outputs_[o];
    if (out.payload < 0 || static_cast<uint32_t>(out.payload) >= h.n_groups || out.next < -1 ||
        out.next >= static_cast<int32_t>(o)) {
      return damaged("bad output");
    }
  }
  ac.building_.clear();
  ac.num_patterns_ = h.n_patterns;
  ac.built_ = true;
  const auto ranges_ok = [](const std::vector<uint32_t>& begin, uint32_t total) {
    if (begin.front() != 0 || begin.back() != total) return false;
    for (size_t i = 1; i < begin.size(); ++i)
      if (begin[i] < begin[i - 1]) return false;
    return true;
  };
  if (!ranges_ok(group_begin, h.n_targets) || !ranges_ok(key_begin, h.key_bytes)) return damaged("bad ranges");
  ix.groups_.resize(h.n_groups);
  ix.keys_.resize(h.n_groups);
  ix.by_key_.reserve(h.n_groups);
  for (uint32_t i = 0; i < h.n_groups; ++i) {
    auto& g = ix.groups_[i];
    g.reserve(group_begin[i + 1] - group_begin[i]);
    for (uint32_t t = group_begin[i]; t < group_begin[i + 1]; ++t) {
      const TargetRec& r = targets[t];
      if (!TargetInRange(r, kb)) return damaged("target out of range");
      g.push_back({static_cast<TargetKind>(r.kind), r.index, r.abbreviation != 0, r.canonical != 0});
    }
    ix.keys_[i] = keys.substr(key_begin[i], key_begin[i + 1] - key_begin[i]);
    ix.max_key_bytes_ = std::max(ix.max_key_bytes_, ix.keys_[i].size());
    if (!ix.by_key_.emplace(ix.keys_[i], static_cast<int32_t>(i)).second) return damaged("duplicate key");
  }
  return ix;
}

NameIndex NameIndexFile::LoadOrBuild(const kb::KnowledgeBase& kb, const std::string& path, bool* compiled) {
  if (!path.empty()) {
    if (auto read = Read(path, kb); read.ok()) {
      if (compiled) *compiled = true;
      return std::move(read).value();
    }
  }
  if (compiled) *compiled = false;
  return NameIndex::Build(kb, kNameIndexMinPopulation);
}

std::string DefaultNameIndexPath(const std::string& gazetteer_path) {
  if (gazetteer_path == "-") return "";
  const std::string gaz = gazetteer_path.empty() ? kb::DefaultGazetteerPath() : gazetteer_path;
  if (gaz.empty()) return "";
  return (std::filesystem::path(gaz).parent_path() / "name_index.bin").string();
}

std::string DefaultLatinFormsPath(const std::string& gazetteer_path) {
  const std::string index = DefaultNameIndexPath(gazetteer_path);
  if (index.empty()) return "";
  return (std::filesystem::path(index).parent_path() / "latin_forms.tsv").string();
}

}  // namespace sitrep::entities
