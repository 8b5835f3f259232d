// PLACEHOLDER until the entities stage lands.
#include "sitrep/entities/entity_linker.h"
namespace sitrep::entities {
StatusOr<std::unique_ptr<EntityLinker>> EntityLinker::Create(LinkerOptions) {
  return std::unique_ptr<EntityLinker>(new EntityLinker());
}
Status EntityLinker::Annotate(document::Document&) const { return OkStatus(); }
}  // namespace sitrep::entities
