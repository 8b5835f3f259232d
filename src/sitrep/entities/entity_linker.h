// EntityLinker: the entities stage. Finds place, country, actor and person
// mentions and links them to the knowledge base. Immutable after Create.
#ifndef SITREP_ENTITIES_ENTITY_LINKER_H_
#define SITREP_ENTITIES_ENTITY_LINKER_H_

#include <memory>

#include "sitrep/base/status.h"
#include "sitrep/document/document.h"

namespace sitrep::entities {

struct LinkerOptions {
  std::string kb_dir;  // "" = default data/kb + compiled gazetteer
};

class EntityLinker {
 public:
  static StatusOr<std::unique_ptr<EntityLinker>> Create(LinkerOptions options = {});
  // Adds doc.mentions. REQUIRES: the text stage has run.
  Status Annotate(document::Document& doc) const;

 private:
  EntityLinker() = default;
};

}  // namespace sitrep::entities

#endif  // SITREP_ENTITIES_ENTITY_LINKER_H_
