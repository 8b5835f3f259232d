// BattleParser: the battles stage. Finds the military-conflict infoboxes of a
// document (MediaWiki wikitext, else text flattened in any style, which is
// also what the HTML reader makes of table.infobox) and adds a BattleRecord
// for each, plus the control events their territorial changes imply. Dates
// are read by the time stage. Immutable after Create (the lexicons and the
// time grammars are loaded once); Annotate is const and thread-safe.
#ifndef SITREP_BATTLES_BATTLE_PARSER_H_
#define SITREP_BATTLES_BATTLE_PARSER_H_

#include <map>
#include <memory>
#include <string>

#include "sitrep/base/status.h"
#include "sitrep/battles/infobox_lexicon.h"
#include "sitrep/battles/infobox_time.h"
#include "sitrep/document/document.h"
#include "sitrep/lang/pack_set.h"

namespace sitrep::battles {

class BattleParser {
 public:
  // Loads the "infobox" table of every pack in `packs` that names one; a
  // document whose pack has none gets no battle record.
  static StatusOr<std::unique_ptr<BattleParser>> Create(const lang::PackSet& packs);
  // As above, with the packs found under the data directory (tools, tests).
  static StatusOr<std::unique_ptr<BattleParser>> Create();
  // Adds doc.battles (none when the document has no infobox) and, for
  // territorial changes at located places, doc.events. REQUIRES: the text
  // stage has run; mentions (entities stage) are used when present.
  Status Annotate(document::Document& doc) const;

 private:
  BattleParser() = default;
  // Returns the lexicon of the document's pack, or nullptr.
  const InfoboxLexicon* LexiconFor(const document::Document& doc) const;

  lang::PackSet packs_;
  std::map<std::string, InfoboxLexicon, std::less<>> lexicons_;  // by pack code
  std::unique_ptr<DateReader> dates_;
};

}  // namespace sitrep::battles

#endif  // SITREP_BATTLES_BATTLE_PARSER_H_
