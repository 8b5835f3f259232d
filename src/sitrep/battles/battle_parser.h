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

namespace sitrep::battles {

class BattleParser {
 public:
  // Loads data/lang/<code>/infobox.txt for every language that has one
  // (English at least; its absence is an error).
  static StatusOr<std::unique_ptr<BattleParser>> Create();
  // Adds doc.battles (none when the document has no infobox) and, for
  // territorial changes at located places, doc.events. REQUIRES: the text
  // stage has run; mentions (entities stage) are used when present.
  Status Annotate(document::Document& doc) const;

 private:
  BattleParser() = default;
  const InfoboxLexicon& LexiconFor(const std::string& lang) const;

  std::map<std::string, InfoboxLexicon> lexicons_;
};

}  // namespace sitrep::battles

#endif  // SITREP_BATTLES_BATTLE_PARSER_H_
