// PLACEHOLDER until the battles stage lands.
#include "sitrep/battles/battle_parser.h"
namespace sitrep::battles {
StatusOr<std::unique_ptr<BattleParser>> BattleParser::Create() {
  return std::unique_ptr<BattleParser>(new BattleParser());
}
Status BattleParser::Annotate(document::Document&) const { return OkStatus(); }
}  // namespace sitrep::battles
