// BattleParser: the battles stage. Finds a military-conflict infobox (flattened
// text or MediaWiki wikitext) and adds a BattleRecord to the Document.
#ifndef SITREP_BATTLES_BATTLE_PARSER_H_
#define SITREP_BATTLES_BATTLE_PARSER_H_

#include <memory>

#include "sitrep/base/status.h"
#include "sitrep/document/document.h"

namespace sitrep::battles {

class BattleParser {
 public:
  static StatusOr<std::unique_ptr<BattleParser>> Create();
  // Adds doc.battles (none when the document has no infobox). REQUIRES: the
  // text, entities and time stages have run.
  Status Annotate(document::Document& doc) const;

 private:
  BattleParser() = default;
};

}  // namespace sitrep::battles

#endif  // SITREP_BATTLES_BATTLE_PARSER_H_
