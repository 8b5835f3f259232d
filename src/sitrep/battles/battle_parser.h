// BattleParser: the battles stage. Finds a military-conflict infobox (flattened
// text or MediaWiki wikitext) and adds a BattleRecord to the Document, plus the
// control events its territorial changes imply. Immutable after Create (the
// lexicons are loaded once); Annotate is const and thread-safe.
#ifndef SITREP_BATTLES_BATTLE_PARSER_H_
#define SITREP_BATTLES_BATTLE_PARSER_H_

#include <map>
#include <memory>
#include <string>

#include "sitrep/base/status.h"
#include "sitrep/battles/infobox_lexicon.h"
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
};

}  // namespace sitrep::battles

#endif  // SITREP_BATTLES_BATTLE_PARSER_H_
