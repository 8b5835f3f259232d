// EntityLinker: the entities stage. Finds place, country, actor and person
// mentions and links them to the knowledge base (kb::KnowledgeBase):
//   1. exact and alias names through one Aho–Corasick automaton (name_index.h);
//   2. capitalised Latin spans, katakana runs and Arabic tokens the automaton
//      missed, looked up in the compiled gazetteer by hash;
//   3. what is still unknown, linked by transliteration + phonetic similarity
//      (fuzzy.h), ranked by population, feature type and document context (the
//      dominant country, places already linked nearby) — below the threshold
//      the mention stays unlinked, since a wrong guess is worse than unknown;
//   4. abbreviations written out of order (HST for HTS) when the document
//      already names that actor; generic references ("rebels", "政府軍")
//      through the dominant country; persons by title cues; datelines marked.
// Immutable after Create; Annotate is const and thread-safe.
#ifndef SITREP_ENTITIES_ENTITY_LINKER_H_
#define SITREP_ENTITIES_ENTITY_LINKER_H_

#include <memory>
#include <string>
#include <vector>

#include "sitrep/base/status.h"
#include "sitrep/document/document.h"
#include "sitrep/kb/knowledge_base.h"
#include "sitrep/lang/pack_set.h"

namespace sitrep::entities {

struct LinkerOptions {
  std::string kb_dir;  // "" = default data/kb + compiled gazetteer
  std::string gazetteer_path;  // "" = kb::DefaultGazetteerPath(); "-" = none
  // A knowledge base to share (e.g. with the events stage); loaded when null.
  std::shared_ptr<const kb::KnowledgeBase> kb;
  double fuzzy_threshold = 0.72;  // minimum phonetic similarity for a fuzzy link
};

// One scored candidate entity for a name (what `sitrep kb lookup` prints).
struct LookupCandidate {
  document::EntityRef entity;
  double score = 0;
  std::string method;  // exact | alias | translit | fuzzy
  std::string reason;
};

class EntityLinker {
 public:
  static StatusOr<std::unique_ptr<EntityLinker>> Create(LinkerOptions options = {});
  // As above, with the name guards of the language packs (name_guards.h).
  static StatusOr<std::unique_ptr<EntityLinker>> Create(const lang::PackSet& packs,
                                                        LinkerOptions options = {});
  ~EntityLinker();
  // Adds doc.mentions. Uses doc.tokens/sentences when the text stage provided
  // them; works on raw text otherwise.
  Status Annotate(document::Document& doc) const;

  // Returns the candidates for a bare name, best first (for `sitrep kb lookup`).
  // `country` biases the fuzzy search like a document's dominant country.
  std::vector<LookupCandidate> Lookup(std::string_view name, std::string_view country = "") const;
  // Returns the vocabulary rules that stop `name` (or one of its words) from
  // being linked or change how it reads, one line each naming the table and
  // line ("data/lang/ar/name_guards.tsv: guard word of the 'ar' pack ..."),
  // for `sitrep kb lookup`. `lang` limits the language-pack guards to that
  // pack ("" = every pack). Empty when no rule applies. (lookup_rules.cc)
  std::vector<std::string> WordRules(std::string_view name, std::string_view lang = "") const;

  const kb::KnowledgeBase& kb() const;

  struct Impl;

 private:
  EntityLinker() = default;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sitrep::entities

#endif  // SITREP_ENTITIES_ENTITY_LINKER_H_
