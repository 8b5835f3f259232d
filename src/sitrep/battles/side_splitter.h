// SideSplitter: gives each line of a flattened infobox block to a side. The
// flattening lost the columns, so side 1's list is followed by side 2's; the
// split is read from structure and affinity, never from line numbers:
//  - boundaries: a blank line between two non-list lines (a cell boundary), a
//    repeated list heading ("First phase:" again), weaker ones for blank runs
//    and blanks around bullet lists;
//  - affinity: a strength or casualty line naming a side's belligerent or unit
//    ("Syrian Army troops"), role words against the side's character (state
//    forces vs. rebels), and, when the entities stage linked them, actor ids
//    and affiliations from the knowledge base.
// Sides keep their order in every block, so the split is a monotone
// segmentation, found by dynamic programming over (line, side).
#ifndef SITREP_BATTLES_SIDE_SPLITTER_H_
#define SITREP_BATTLES_SIDE_SPLITTER_H_

#include <functional>
#include <string>
#include <vector>

#include "sitrep/battles/infobox_lexicon.h"
#include "sitrep/battles/raw_infobox.h"

namespace sitrep::battles {

// Returns the actor ids (entity ids and their affiliations) linked inside a
// span; empty when the entities stage found none.
using ActorIdsAt = std::function<std::vector<std::string>(document::Span)>;

// Returns the number of sides the blocks show (at least 2 when there are
// belligerents on more than one line, 0 when the blocks are all empty).
int CountSides(const SideLines& unsplit, const InfoboxLexicon& lex);

// Returns `unsplit` split into `sides` sides; a trailing casualties group shared
// by all sides ("civilians") goes to `joint`.
std::vector<SideLines> SplitSides(const SideLines& unsplit, int sides, const InfoboxLexicon& lex,
                                  const ActorIdsAt& actor_ids, Lines* joint);

// Returns the index of the side whose belligerents read as state forces most,
// or -1 when none does. Exposed for the control events.
int StateSide(const std::vector<SideLines>& sides, const InfoboxLexicon& lex);

}  // namespace sitrep::battles

#endif  // SITREP_BATTLES_SIDE_SPLITTER_H_
