// Store: where annotated documents go after the pipeline, and where the query
// and export commands read them back (DESIGN §1, store/ sits below cli/ and
// api/). One interface, several back ends: sqlite/ (the embedded default),
// memory/ (tests), postgres/ (teams). Every back end passes the same contract
// suite (store_contract_test.cc).
//
// What is kept per document: its metadata, its verbatim text, a content hash,
// and the layers that matter downstream — events (with claims, counts and
// evidence), battle records, mentions and timexes. Sentences and tokens are not
// kept: they are cheap to recompute and nothing downstream reads them.
//
// Contract:
//  - PutDocument is atomic per document: after a crash, a document is either
//    wholly stored (text, every event, every battle) or absent / still its
//    previous version.
//  - PutDocument is idempotent by content: the same (id, text) again is
//    kAlreadyPresent and changes nothing; a changed text under a known id
//    replaces the stored document and its layers atomically (kUpdated).
//  - Name filters are ASCII-case-insensitive substring matches; type filters
//    are ASCII-case-insensitive equality with event_type or sub_event_type.
//  - Events come back ordered by date (undated last), then document id, then
//    their order in the document: the EventKey order, which keyset paging
//    (EventQuery::after) continues from.
//  - Text filters (place, actor, text) are substrings taken literally (no
//    wildcards); sub_type and country are ASCII-case-insensitive equality.
// A Store is not thread-safe; use one per thread.
#ifndef SITREP_STORE_STORE_H_
#define SITREP_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sitrep/base/status.h"
#include "sitrep/document/battle.h"
#include "sitrep/document/document.h"
#include "sitrep/document/event.h"
#include "sitrep/store/fusion_query.h"

namespace sitrep::store {

enum class PutOutcome { kAdded, kAlreadyPresent, kUpdated };
std::string_view PutOutcomeName(PutOutcome o);

// One row of ListDocuments: metadata without the text or layers.
struct DocumentSummary {
  std::string id;
  std::string source;
  std::string title;
  std::string url;
  std::string published;         // YYYY-MM-DD or ""
  std::string published_source;  // PublishedSourceName()
  std::string lang;
  int64_t bytes = 0;             // size of the text
  std::string content_hash;      // ContentHash(text)
  int event_count = 0;
  int battle_count = 0;
  int64_t stored_at = 0;         // Unix seconds of the last add or update
};

// A document as stored: `doc` carries metadata, text, events and battles (no
// sentences or tokens); mentions and timexes are the JSON arrays of
// MentionToJson / TimexToJson.
struct StoredDocument {
  DocumentSummary summary;
  document::Document doc;
  nlohmann::ordered_json mentions = nlohmann::ordered_json::array();
  nlohmann::ordered_json timexes = nlohmann::ordered_json::array();
};

struct StoredEvent {
  document::Event event;
  int64_t stored_at = 0;  // when its document was stored (ACLED's `timestamp`)
  int ordinal = 0;        // the event's position in its document
};

// Where an event sits in the contract order: (undated last, date, doc, ordinal).
struct EventKey {
  std::optional<std::string> date;
  std::string doc;
  int ordinal = 0;
  friend bool operator==(const EventKey&, const EventKey&) = default;
};

// A located-events filter: west/south/east/north in degrees. west > east
// means the box crosses the antimeridian.
struct BoundingBox {
  double west = -180, south = -90, east = 180, north = 90;
};

// An event as its stored JSON record (EventToJson, with `doc` set), for
// callers that pass records on without reading them (the HTTP API, JSONL).
struct EventRecord {
  std::string json;
  EventKey key;
  int64_t stored_at = 0;
};

// Counts of the events a query matches, for timelines and dashboards.
struct EventCounts {
  int64_t total = 0;
  std::vector<std::pair<std::string, int64_t>> by_day;      // dated events, by date ascending
  std::vector<std::pair<std::string, int64_t>> by_type;     // by event_type ascending
  std::vector<std::pair<std::string, int64_t>> by_country;  // by ISO code ascending; "" unknown
};

struct EventQuery {
  std::string since = {};  // YYYY-MM-DD inclusive; "" = no bound. Undated events fail any bound.
  std::string until = {};  // YYYY-MM-DD inclusive
  std::string place = {};  // substring of the place name
  std::string actor = {};  // substring of actor1's or actor2's name
  std::string type = {};   // event_type or sub_event_type
  std::string doc = {};    // exact document id; "" = every document
  int limit = 0;      // 0 = no limit
  std::string sub_type = {};  // sub_event_type only
  std::string country = {};   // the place's ISO 3166-1 alpha-2 code
  std::string text = {};      // substring of the evidence sentence
  std::string event_id = {};  // exact event id
  std::optional<BoundingBox> bbox = {};  // only located events inside the box
  std::optional<EventKey> after = {};    // only events after this key (paging)
};

class Store {
 public:
  virtual ~Store() = default;

  // Stores `doc` with its layers in one transaction. Returns what happened.
  virtual StatusOr<PutOutcome> PutDocument(const document::Document& doc) = 0;
  // Returns true when document `id` is stored with exactly this text, i.e.
  // PutDocument would answer kAlreadyPresent (ingest skips the pipeline then).
  virtual StatusOr<bool> HasContent(const std::string& id, std::string_view text) = 0;
  // Returns every document's summary, ordered by id.
  virtual StatusOr<std::vector<DocumentSummary>> ListDocuments() = 0;
  // Returns the document `id`, or kNotFound.
  virtual StatusOr<StoredDocument> GetDocument(const std::string& id) = 0;
  virtual StatusOr<std::vector<StoredEvent>> QueryEvents(const EventQuery& query) = 0;
  // Returns every battle record, ordered by document id then position.
  virtual StatusOr<std::vector<document::BattleRecord>> GetBattles() = 0;

  // Returns the events of `query` as stored JSON records, in the same order
  // as QueryEvents. The default decodes QueryEvents; a back end that keeps
  // JSON overrides it to skip the decode and re-encode per row.
  virtual StatusOr<std::vector<EventRecord>> QueryEventRecords(const EventQuery& query);
  // Returns the counts of the events `query` matches (its limit and `after`
  // ignored). The default counts QueryEvents; SQL back ends group in SQL.
  virtual StatusOr<EventCounts> CountEvents(const EventQuery& query);

  // The fusion layer (fusion_query.h), written by fusion/ only.
  // Returns the fused events matching `query`, in FusedLess order.
  virtual StatusOr<std::vector<document::FusedEvent>> QueryFusedEvents(const FusedQuery& query) = 0;
  // Returns the control intervals matching `query`, in ControlLess order.
  virtual StatusOr<std::vector<document::ControlInterval>> QueryControl(
      const ControlQuery& query) = 0;
  // Returns the documents fusion has not yet taken in and the update generation.
  virtual StatusOr<FusionBacklog> GetFusionBacklog() = 0;
  // Applies `update` in one transaction: replace_all, then remove, then put;
  // intervals of control_places replaced by control; documents marked taken in.
  // Returns kAborted (changing nothing) when update.generation is not the
  // store's generation, i.e. another update was applied since its backlog.
  virtual Status ApplyFusion(const FusionUpdate& update) = 0;
};

// Returns the content hash of `text`: "fnv1a64:" + 16 hex digits (FNV-1a, 64
// bit). Detects changed text; not a defence against deliberate collisions.
std::string ContentHash(std::string_view text);

// Returns true when `event` passes every filter of `query` except `limit`
// (the reference semantics every back end must match).
bool EventMatches(const document::Event& event, const EventQuery& query);

// Returns true when `needle` is an ASCII-case-insensitive substring of `haystack`.
bool ContainsIgnoreCase(std::string_view haystack, std::string_view needle);

// Returns the events' sort key order (see the contract above).
bool EventLess(const document::Event& a, int a_ordinal, const document::Event& b,
               int b_ordinal);
// Returns true when `a` comes before `b` in the contract order.
bool KeyLess(const EventKey& a, const EventKey& b);
// Returns the key of `event` stored at `ordinal` of its document.
EventKey KeyOf(const document::Event& event, int ordinal);
// Returns true when a located `event` lies in `box` (edges included).
bool InBox(const document::Event& event, const BoundingBox& box);

// Returns the summary of `doc` as PutDocument would store it (stored_at = 0).
DocumentSummary SummarizeDocument(const document::Document& doc);

// Returns the PublishedSource named `name` (inverse of PublishedSourceName).
document::PublishedSource PublishedSourceFromName(std::string_view name);

}  // namespace sitrep::store

#endif  // SITREP_STORE_STORE_H_
