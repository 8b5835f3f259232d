// Builds a document::BattleRecord from a RawInfobox whose sides are split:
// phases and overall dates from the Date lines, result and territorial changes,
// and per side the belligerents, commanders (with WIA/KIA notes and roles),
// units, strength and casualties (phase and claimant from list headings).
#ifndef SITREP_BATTLES_INFOBOX_RECORD_H_
#define SITREP_BATTLES_INFOBOX_RECORD_H_

#include <vector>

#include "sitrep/battles/infobox_lexicon.h"
#include "sitrep/battles/infobox_time.h"
#include "sitrep/battles/raw_infobox.h"
#include "sitrep/document/battle.h"

namespace sitrep::battles {

// What the record builder reads with: the page language's words, the time
// stage for dates, and that language's code.
struct RecordContext {
  const InfoboxLexicon& lex;
  const DateReader& dates;
  std::string lang;
};

// Returns the record of `box` and adds to `problems` the fields it could not
// read. REQUIRES: box.sides is filled.
document::BattleRecord BuildRecord(const RawInfobox& box, const RecordContext& ctx,
                                   std::vector<FieldProblem>& problems);

// Fills the phases and the overall start/end of `record` from the Date lines,
// and opens the end when the Status lines say the conflict goes on.
void ReadDates(const Lines& lines, const Lines& status, const RecordContext& ctx,
               document::BattleRecord& record);

// Returns the territorial-change lines: the "Territorial changes" block and the
// lines under the result headline that speak of control ("take control of …").
Lines TerritoryLines(const RawInfobox& box, const InfoboxLexicon& lex);

// Returns the casualties of `lines`, tracking "Phase:" and "Per X:" headings.
std::vector<document::Casualty> ReadCasualties(const Lines& lines, const InfoboxLexicon& lex);

}  // namespace sitrep::battles

#endif  // SITREP_BATTLES_INFOBOX_RECORD_H_
