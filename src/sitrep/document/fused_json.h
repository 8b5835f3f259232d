// JSON forms of the fusion records, exactly as DESIGN §3 names their fields
// (`events --fused` and `control` print them; the stores keep them). The
// representative event's fields come from EventToJson, so a fused record reads
// like an event record with fatalities as {low, best, high} and the fusion
// fields added.
#ifndef SITREP_DOCUMENT_FUSED_JSON_H_
#define SITREP_DOCUMENT_FUSED_JSON_H_

#include <nlohmann/json.hpp>

#include "sitrep/base/status.h"
#include "sitrep/document/fused.h"

namespace sitrep::document {

nlohmann::ordered_json FusedEventToJson(const FusedEvent& f);
nlohmann::ordered_json ControlIntervalToJson(const ControlInterval& c);
nlohmann::ordered_json FusedClaimToJson(const FusedClaim& c);

// Inverses of the above; kInvalidArgument names what is malformed.
StatusOr<FusedEvent> FusedEventFromJson(const nlohmann::json& j);
StatusOr<ControlInterval> ControlIntervalFromJson(const nlohmann::json& j);

}  // namespace sitrep::document

#endif  // SITREP_DOCUMENT_FUSED_JSON_H_
