// The compiled name index: NameIndex (its Aho–Corasick automaton, target
// groups and keys) written at build time beside the compiled gazetteer
// (build/kb/name_index.bin, by sitrep_name_index_build) and read at start-up,
// so the linker does not fold and insert ~30k names into a 240k-state trie at
// every run (issue 13: that was ~60% of start-up).
//
// A file is used only when its fingerprint equals the one computed from the
// knowledge base actually loaded — a hash of every (name, target) pair that
// NameIndex::Build would read, in order, and of the population bound — so a
// file compiled from other data (an edited data/kb, another gazetteer, a test's
// tiny kb) is detected and the index is built at start-up instead. What is
// read is then exactly what Build gives: the linker's output does not depend
// on which path was taken.
//
// File layout (little-endian; flat arrays, read with a few copies from one
// mmap): a header (magic, version, fingerprint, counts), the root table, the
// nodes, the edges' bytes and children, the outputs, the target groups'
// offsets and targets, the keys' offsets and bytes. Every index in the file is checked on reading (children, failure
// and dictionary links point to shallower nodes, output chains go backwards),
// so a damaged file is kDataLoss, never a crash or a loop in Search.
#ifndef SITREP_ENTITIES_NAME_INDEX_FILE_H_
#define SITREP_ENTITIES_NAME_INDEX_FILE_H_

#include <cstdint>
#include <string>

#include "sitrep/base/status.h"
#include "sitrep/entities/name_index.h"
#include "sitrep/kb/knowledge_base.h"

namespace sitrep::entities {

// The population bound the linker builds its index with.
inline constexpr uint32_t kNameIndexMinPopulation = 15000;

class NameIndexFile {
 public:
  // Returns the fingerprint of the index Build(kb, min_population) gives.
  static uint64_t Fingerprint(const kb::KnowledgeBase& kb, uint32_t min_population);

  // Writes `index` with `fingerprint` to `path` (atomically).
  static Status Write(const NameIndex& index, uint64_t fingerprint, const std::string& path);

  // Returns the index stored at `path` for `kb`: kNotFound if there is no
  // file, kFailedPrecondition if it was compiled from other data (its
  // fingerprint is not Fingerprint(kb, kNameIndexMinPopulation)), kDataLoss if
  // it is truncated or damaged or names an entry `kb` does not have.
  static StatusOr<NameIndex> Read(const std::string& path, const kb::KnowledgeBase& kb);

  // Returns the compiled index at `path` when it matches `kb`, else
  // NameIndex::Build(kb, kNameIndexMinPopulation); *compiled (if given) says
  // which. The two are equal whenever the file is used.
  static NameIndex LoadOrBuild(const kb::KnowledgeBase& kb, const std::string& path,
                               bool* compiled = nullptr);
};

// Returns where the compiled index sits for a gazetteer path as in
// kb::KbOptions ("" = kb::DefaultGazetteerPath()): name_index.bin in the same
// folder; "" when there is no gazetteer.
std::string DefaultNameIndexPath(const std::string& gazetteer_path = "");

// Returns where sitrep_name_index_build puts ToLatin's precomputed answers for
// the knowledge base's names (text::UseLatinForms): latin_forms.tsv beside the
// name index; "" when there is no gazetteer.
std::string DefaultLatinFormsPath(const std::string& gazetteer_path = "");

}  // namespace sitrep::entities

#endif  // SITREP_ENTITIES_NAME_INDEX_FILE_H_
