// JSON forms of the IR records, exactly as DESIGN §3 specifies (field names are
// a contract: scorers and user scripts read them). One function per record.
#ifndef SITREP_DOCUMENT_JSON_H_
#define SITREP_DOCUMENT_JSON_H_

#include <nlohmann/json.hpp>

#include "sitrep/base/status.h"
#include "sitrep/document/document.h"

namespace sitrep::document {

nlohmann::ordered_json MentionToJson(const Document& doc, const Mention& m);
nlohmann::ordered_json TimexToJson(const Document& doc, const TimeExpr& t);
nlohmann::ordered_json EventToJson(const Event& e);
nlohmann::ordered_json BattleToJson(const BattleRecord& b);
// Document metadata and text (no layers): id, source, title, url, published, lang, text.
nlohmann::ordered_json DocumentMetaToJson(const Document& doc, bool with_text);

// Inverse of EventToJson; used by stores that keep events as JSON.
StatusOr<Event> EventFromJson(const nlohmann::json& j);
StatusOr<BattleRecord> BattleFromJson(const nlohmann::json& j);

}  // namespace sitrep::document

#endif  // SITREP_DOCUMENT_JSON_H_
