// NameIndex: every name the knowledge base knows exactly — curated places,
// countries, actors, generic references, and the Japanese/Arabic names of the
// larger gazetteer places — folded (kb::NameKey) into one Aho–Corasick
// automaton. Match() returns the dictionary hits in a document that sit on
// word boundaries and respect letter case (abbreviations must be written in
// capitals, proper names capitalised). Latin names of the ~200k gazetteer
// places are not in the automaton: they are looked up by hash for the
// capitalised spans the linker proposes (Gazetteer::Find). Immutable after
// Build; thread-safe.
#ifndef SITREP_ENTITIES_NAME_INDEX_H_
#define SITREP_ENTITIES_NAME_INDEX_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sitrep/entities/aho_corasick.h"
#include "sitrep/kb/knowledge_base.h"
#include "sitrep/kb/name_key.h"

namespace sitrep::entities {

enum class TargetKind : uint8_t { kPlace, kGazPlace, kCountry, kActor, kGeneric };

// One thing a name can refer to; `index` is into the KB vector of that kind
// (kGazPlace: gazetteer index).
struct Target {
  TargetKind kind;
  uint32_t index;
  bool abbreviation = false;  // the alias is written in capitals (AP, HTS)
  bool canonical = false;     // the alias is the entry's canonical name
};

struct RawMatch {
  size_t begin = 0, end = 0;  // byte span in the original text
  std::vector<Target> targets;
};

class NameIndex {
 public:
  // Builds the automaton. `gazetteer_min_population` bounds which gazetteer
  // places contribute their ja/ar names.
  static NameIndex Build(const kb::KnowledgeBase& kb, uint32_t gazetteer_min_population = 15000);
  // Calls add(name, target) for every name Build() reads from `kb`, in Build's
  // order; the compiled index's fingerprint hashes the same sequence
  // (name_index_file.h), so a file built from other data is never used.
  static void ForEachName(const kb::KnowledgeBase& kb, uint32_t gazetteer_min_population,
                          const std::function<void(std::string_view, Target)>& add);

  // Returns the boundary- and case-checked matches in `text` (folded as `f`),
  // overlapping ones included, sorted by begin then longest first.
  std::vector<RawMatch> Match(std::string_view text, const kb::FoldedText& f) const;

  const AhoCorasick& automaton() const { return ac_; }
  // Returns the targets of an exact folded key ("" -> none).
  const std::vector<Target>* Lookup(const std::string& key) const;
  // Returns the byte length of the longest key: a longer one is never found,
  // so a caller trying the suffixes of a long run of words can skip them.
  size_t max_key_bytes() const { return max_key_bytes_; }

 private:
  friend class NameIndexFile;  // writes and reads the compiled index
  AhoCorasick ac_;
  std::vector<std::vector<Target>> groups_;
  std::vector<std::string> keys_;  // folded key per group, for Lookup
  std::unordered_map<std::string, int32_t> by_key_;
  size_t max_key_bytes_ = 0;
};

// Script helpers used by the linker's boundary checks.
bool IsWordChar(char32_t cp);  // ASCII letters/digits and Latin letters with diacritics
bool IsKanaChar(char32_t cp);  // katakana incl. ー

}  // namespace sitrep::entities

#endif  // SITREP_ENTITIES_NAME_INDEX_H_
