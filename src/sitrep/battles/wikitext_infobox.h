// Reader for the MediaWiki source of a military-conflict infobox:
// {{Infobox military conflict | conflict= | partof= | date= | place= |
// result= | territory= | combatant1= | commander1= | units1= | strength1= |
// casualties1= | … | casualties3= }}. The side of a parameter is its number
// (combatant2, commander1a); numbered rows past the last combatant (a
// casualties3 with two sides) are the casualties the sides share.
#ifndef SITREP_BATTLES_WIKITEXT_INFOBOX_H_
#define SITREP_BATTLES_WIKITEXT_INFOBOX_H_

#include <string_view>
#include <vector>

#include "sitrep/battles/infobox_lexicon.h"
#include "sitrep/battles/raw_infobox.h"

namespace sitrep::battles {

// Returns the military-conflict infobox templates of `text` (outermost ones,
// in order) with their sides filled; empty when there is none.
std::vector<RawInfobox> FindWikitextInfoboxes(std::string_view text, const InfoboxLexicon& lex);

}  // namespace sitrep::battles

#endif  // SITREP_BATTLES_WIKITEXT_INFOBOX_H_
