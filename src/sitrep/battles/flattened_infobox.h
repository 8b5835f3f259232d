// Reader for an infobox flattened to plain text, as text dumps of encyclopedia
// pages carry it: the caption and "Part of the …" line, then labels glued to
// their values ("Date15 November – 15 December 2013", "Location", "Result") and
// the full-width blocks (Belligerents, Commanders and leaders, Units involved,
// Strength, Casualties and losses) whose two columns now follow each other.
// The blocks are returned unsplit; side_splitter.h assigns their lines to sides.
#ifndef SITREP_BATTLES_FLATTENED_INFOBOX_H_
#define SITREP_BATTLES_FLATTENED_INFOBOX_H_

#include <optional>
#include <string_view>

#include "sitrep/battles/infobox_lexicon.h"
#include "sitrep/battles/raw_infobox.h"

namespace sitrep::battles {

// Returns the flattened infobox in `text`, or nullopt when there is none (fewer
// than three distinct labels close together, or no Belligerents/Date label).
// `title` is the document title ("" when unknown); it names the battle when it
// extends the caption ("Battle of Qalamoun (2013–2014)").
std::optional<RawInfobox> FindFlattenedInfobox(std::string_view text, std::string_view title,
                                               const InfoboxLexicon& lex);

}  // namespace sitrep::battles

#endif  // SITREP_BATTLES_FLATTENED_INFOBOX_H_
