// Control events: the territorial changes of a battle record become ACLED
// "Government regains territory" / "Non-state actor overtakes territory"
// events for the control timeline, one per place the entities stage located
// in the line. A line that dates itself ("… retake Mocímboa da Praia in August
// 2021") gives that date; otherwise the change is dated at the battle's end
// (time precision 3: it came somewhere within the battle), and a line of an
// ongoing conflict with no date of its own gives none. Lines whose places
// nobody located give none either.
#ifndef SITREP_BATTLES_CONTROL_EVENTS_H_
#define SITREP_BATTLES_CONTROL_EVENTS_H_

#include <vector>

#include "sitrep/battles/infobox_lexicon.h"
#include "sitrep/battles/infobox_record.h"
#include "sitrep/battles/raw_infobox.h"
#include "sitrep/document/document.h"

namespace sitrep::battles {

// Returns the control events of `record`, whose territorial-change lines are
// `lines` (spans into doc.text()) and whose split sides are `sides`.
// REQUIRES: record.sides and sides describe the same sides, in order.
std::vector<document::Event> ControlEvents(const document::Document& doc,
                                           const document::BattleRecord& record, const Lines& lines,
                                           const std::vector<SideLines>& sides,
                                           const RecordContext& ctx);

// Returns the mention linked to an entity that lies inside `span` and is of
// kind `kind`, first first; empty when the entities stage found none.
std::vector<const document::Mention*> LinkedMentions(const document::Document& doc,
                                                     document::Span span,
                                                     std::vector<document::MentionKind> kinds);

}  // namespace sitrep::battles

#endif  // SITREP_BATTLES_CONTROL_EVENTS_H_
