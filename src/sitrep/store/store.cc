// Shared pieces of the Store contract: the content hash, the reference
// semantics of EventQuery filters and ordering (the in-memory store uses them
// directly; SQL back ends must agree, which the contract suite checks), and
// the summary a document is listed under.
#include "sitrep/store/store.h"

#include <map>

#include "sitrep/base/hash.h"
#include "sitrep/document/json.h"

namespace sitrep::store {
namespace {

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return AsciiLower(a) == AsciiLower(b);
}

}  // namespace

bool ContainsIgnoreCase(std::string_view haystack, std::string_view needle) {
  return AsciiLower(haystack).find(AsciiLower(needle)) != std::string::npos;
}

std::string_view PutOutcomeName(PutOutcome o) {
  switch (o) {
    case PutOutcome::kAdded: return "added";
    case PutOutcome::kAlreadyPresent: return "already present";
    case PutOutcome::kUpdated: return "updated";
  }
  return "?";
}

std::string ContentHash(std::string_view text) { return "fnv1a64:" + Hex64(Fnv1a64(text)); }

bool EventMatches(const document::Event& e, const EventQuery& q) {
  if (!q.doc.empty() && e.doc != q.doc) return false;
  if (!q.since.empty() && (!e.date || *e.date < q.since)) return false;
  if (!q.until.empty() && (!e.date || *e.date > q.until)) return false;
  if (!q.place.empty() && (!e.place || !ContainsIgnoreCase(e.place->name, q.place))) return false;
  if (!q.actor.empty()) {
    const bool a1 = e.actor1 && ContainsIgnoreCase(e.actor1->name, q.actor);
    const bool a2 = e.actor2 && ContainsIgnoreCase(e.actor2->name, q.actor);
    if (!a1 && !a2) return false;
  }
  if (!q.type.empty() && !EqualsIgnoreCase(e.event_type, q.type) &&
      !EqualsIgnoreCase(e.sub_event_type, q.type)) {
    return false;
  }
  if (!q.sub_type.empty() && !EqualsIgnoreCase(e.sub_event_type, q.sub_type)) return false;
  if (!q.country.empty() && (!e.place || !EqualsIgnoreCase(e.place->country, q.country))) {
    return false;
  }
  if (!q.text.empty() && !ContainsIgnoreCase(e.evidence.sentence, q.text)) return false;
  if (!q.event_id.empty() && e.id != q.event_id) return false;
  if (q.bbox && !InBox(e, *q.bbox)) return false;
  return true;
}

bool InBox(const document::Event& e, const BoundingBox& box) {
  if (!e.place || !e.place->lat || !e.place->lon) return false;
  const double lat = *e.place->lat, lon = *e.place->lon;
  if (lat < box.south || lat > box.north) return false;
  if (box.west <= box.east) return lon >= box.west && lon <= box.east;
  return lon >= box.west || lon <= box.east;  // across the antimeridian
}

bool KeyLess(const EventKey& a, const EventKey& b) {
  if (a.date.has_value() != b.date.has_value()) return a.date.has_value();  // undated last
  if (a.date && *a.date != *b.date) return *a.date < *b.date;
  if (a.doc != b.doc) return a.doc < b.doc;
  return a.ordinal < b.ordinal;
}

EventKey KeyOf(const document::Event& e, int ordinal) { return {e.date, e.doc, ordinal}; }

StatusOr<std::vector<EventRecord>> Store::QueryEventRecords(const EventQuery& query) {
  SITREP_ASSIGN_OR_RETURN(std::vector<StoredEvent> events, QueryEvents(query));
  std::vector<EventRecord> out;
  out.reserve(events.size());
  for (const auto& s : events) {
    out.push_back({document::EventToJson(s.event).dump(), KeyOf(s.event, s.ordinal), s.stored_at});
  }
  return out;
}

StatusOr<EventCounts> Store::CountEvents(const EventQuery& query) {
  EventQuery all = query;
  all.limit = 0;
  all.after.reset();
  SITREP_ASSIGN_OR_RETURN(std::vector<StoredEvent> events, QueryEvents(all));
  std::map<std::string, int64_t> days, types, countries;
  for (const auto& s : events) {
    const document::Event& e = s.event;
    if (e.date) ++days[*e.date];
    ++types[e.event_type];
    ++countries[e.place ? e.place->country : ""];
  }
  EventCounts out;
  out.total = static_cast<int64_t>(events.size());
  out.by_day.assign(days.begin(), days.end());
  out.by_type.assign(types.begin(), types.end());
  out.by_country.assign(countries.begin(), countries.end());
  return out;
}

bool EventLess(const document::Event& a, int a_ordinal, const document::Event& b,
               int b_ordinal) {
  return KeyLess(KeyOf(a, a_ordinal), KeyOf(b, b_ordinal));
}

DocumentSummary SummarizeDocument(const document::Document& doc) {
  DocumentSummary s;
  s.id = doc.id();
  s.source = doc.source;
  s.title = doc.title;
  s.url = doc.url;
  s.published = doc.published;
  s.published_source = std::string(document::PublishedSourceName(doc.published_source));
  s.lang = doc.lang;
  s.bytes = static_cast<int64_t>(doc.text().size());
  s.content_hash = ContentHash(doc.text());
  s.event_count = static_cast<int>(doc.events.size());
  s.battle_count = static_cast<int>(doc.battles.size());
  return s;
}

document::PublishedSource PublishedSourceFromName(std::string_view name) {
  using document::PublishedSource;
  for (auto s : {PublishedSource::kMetadata, PublishedSource::kCommandLine,
                 PublishedSource::kInferred}) {
    if (document::PublishedSourceName(s) == name) return s;
  }
  return PublishedSource::kUnknown;
}

}  // namespace sitrep::store
