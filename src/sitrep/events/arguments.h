// Arguments: who did it (actor1), to whom (actor2) and where, for one trigger
// in one sentence, from the participants' roles. Language-neutral: the roles
// come from LanguageRules. Internal to events/.
#ifndef SITREP_EVENTS_ARGUMENTS_H_
#define SITREP_EVENTS_ARGUMENTS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/events/candidates.h"

namespace sitrep::events {

// How a role class reads its place: withdrawals and flight read "from X" as
// the place and "to X" as somewhere else; other events read "from X" as an
// origin and skip it.
enum class PlaceReading { kDefault, kWithdrawal, kMovement };

struct Arguments {
  const Participant* actor1 = nullptr;
  const Participant* actor2 = nullptr;
  const Participant* place = nullptr;
  bool place_near = false;  // "near", "周辺", "outskirts": geo_precision 2
  // The other named conjuncts of a coordinated subject led by actor1 ("X and
  // Y shelled", "XとYは"): ACLED's associated actors of actor1 — or, in a
  // clash that names no other side, that side (role pass).
  std::vector<const Participant*> conjuncts;
};

// REQUIRES: participants sorted by position; [begin, end) the trigger.
Arguments AssignArguments(std::string_view sentence, size_t begin, size_t end,
                          const std::vector<Participant>& participants,
                          const LanguageRules& rules, PlaceReading reading);

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_ARGUMENTS_H_
