// MemoryStore: a map from document id to the stored form. Documents are
// copied in the same shape the SQLite store keeps (no sentences or tokens,
// mentions and timexes as JSON, events tied to their document) so both back
// ends answer the contract suite identically.
#include "sitrep/store/memory/memory_store.h"

#include <algorithm>
#include <ctime>

#include "sitrep/document/json.h"

namespace sitrep::store {
namespace {

StoredDocument ToStored(const document::Document& in) {
  StoredDocument out;
  out.summary = SummarizeDocument(in);
  out.summary.stored_at = static_cast<int64_t>(std::time(nullptr));
  out.doc = document::Document(in.id(), in.text());
  out.doc.source = in.source;
  out.doc.title = in.title;
  out.doc.url = in.url;
  out.doc.published = in.published;
  out.doc.published_source = in.published_source;
  out.doc.lang = in.lang;
  out.doc.events = in.events;
  for (auto& e : out.doc.events) e.doc = in.id();
  out.doc.battles = in.battles;
  for (auto& b : out.doc.battles) b.doc = in.id();
  for (const auto& m : in.mentions) out.mentions.push_back(document::MentionToJson(in, m));
  for (const auto& t : in.timexes) out.timexes.push_back(document::TimexToJson(in, t));
  return out;
}

}  // namespace

StatusOr<bool> MemoryStore::HasContent(const std::string& id, std::string_view text) {
  auto it = docs_.find(id);
  return it != docs_.end() && it->second.doc.text() == text;
}

StatusOr<PutOutcome> MemoryStore::PutDocument(const document::Document& doc) {
  auto it = docs_.find(doc.id());
  if (it != docs_.end() && it->second.doc.text() == doc.text()) return PutOutcome::kAlreadyPresent;
  const PutOutcome outcome = it == docs_.end() ? PutOutcome::kAdded : PutOutcome::kUpdated;
  docs_[doc.id()] = ToStored(doc);
  return outcome;
}

StatusOr<std::vector<DocumentSummary>> MemoryStore::ListDocuments() {
  std::vector<DocumentSummary> out;
  for (const auto& [id, d] : docs_) out.push_back(d.summary);
  return out;
}

StatusOr<StoredDocument> MemoryStore::GetDocument(const std::string& id) {
  auto it = docs_.find(id);
  if (it == docs_.end()) return NotFoundError("no document with id '" + id + "'");
  return it->second;
}

StatusOr<std::vector<StoredEvent>> MemoryStore::QueryEvents(const EventQuery& query) {
  struct Hit {
    const StoredDocument* doc;
    int ordinal;
  };
  std::vector<Hit> hits;
  for (const auto& [id, d] : docs_) {
    for (size_t i = 0; i < d.doc.events.size(); ++i) {
      const document::Event& e = d.doc.events[i];
      const int ordinal = static_cast<int>(i);
      if (query.after && !KeyLess(*query.after, KeyOf(e, ordinal))) continue;
      if (EventMatches(e, query)) hits.push_back({&d, ordinal});
    }
  }
  std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    return EventLess(a.doc->doc.events[a.ordinal], a.ordinal, b.doc->doc.events[b.ordinal],
                     b.ordinal);
  });
  if (query.limit > 0 && hits.size() > static_cast<size_t>(query.limit)) hits.resize(query.limit);
  std::vector<StoredEvent> out;
  for (const auto& h : hits) {
    out.push_back({h.doc->doc.events[h.ordinal], h.doc->summary.stored_at, h.ordinal});
  }
  return out;
}

StatusOr<std::vector<document::BattleRecord>> MemoryStore::GetBattles() {
  std::vector<document::BattleRecord> out;
  for (const auto& [id, d] : docs_) out.insert(out.end(), d.doc.battles.begin(), d.doc.battles.end());
  return out;
}

}  // namespace sitrep::store
