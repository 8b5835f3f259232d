// The store runner: rebuild, or find the touched components and re-cluster
// them (see the header for why that equals a rebuild).
#include "sitrep/fusion/store_fusion.h"

#include <algorithm>
#include <climits>
#include <set>
#include <unordered_map>

#include "sitrep/base/date.h"
#include "sitrep/fusion/clustering.h"
#include "sitrep/fusion/control_timeline.h"
#include "sitrep/fusion/fused_builder.h"

namespace sitrep::fusion {
namespace {

using document::FusedEvent;

std::string Key(const std::string& doc, const std::string& event) { return doc + '\x1f' + event; }
std::string Key(const Member& m) { return Key(m.source.doc, m.source.event); }

std::string DayString(long day) { return Date::FromDaysSinceEpoch(day).ToString(); }


// Returns the intervals for `places` after `removed` are dropped and `put`
// written, reading the other fused events at those places from the store.
StatusOr<std::vector<document::ControlInterval>> ControlFor(
    store::Store& store, const Fuser& fuser, const std::vector<std::string>& places,
    const std::set<std::string>& removed, const std::vector<FusedEvent>& put) {
  if (places.empty()) return std::vector<document::ControlInterval>{};
  SITREP_ASSIGN_OR_RETURN(auto at_places, store.QueryFusedEvents({.place_ids = places}));
  std::set<std::string> replaced = removed;
  for (const auto& f : put) replaced.insert(f.id);
  std::vector<FusedEvent> fused;
  for (auto& f : at_places) {
    if (!replaced.count(f.id)) fused.push_back(std::move(f));
  }
  const std::set<std::string> wanted(places.begin(), places.end());
  for (const auto& f : put) {
    if (f.event.place && wanted.count(f.event.place->id)) fused.push_back(f);
  }
  return fuser.Control(fused);
}

std::vector<std::string> PlacesOf(const std::vector<FusedEvent>& a, const std::vector<FusedEvent>& b) {
  std::set<std::string> places;
  for (const auto* v : {&a, &b}) {
    for (const auto& f : *v) {
      if (f.event.place && !f.event.place->id.empty()) places.insert(f.event.place->id);
    }
  }
  return {places.begin(), places.end()};
}

StatusOr<FusionRun> Rebuild(store::Store& store, const Fuser& fuser, int64_t generation) {
  SITREP_ASSIGN_OR_RETURN(auto summaries, store.ListDocuments());
  SITREP_ASSIGN_OR_RETURN(auto events, store.QueryEvents({}));
  std::vector<Member> members = MembersOf(events, summaries);
  store::FusionUpdate u;
  u.generation = generation;
  u.replace_all = true;
  u.put = fuser.Fuse(members);
  u.control = fuser.Control(u.put);
  for (const auto& s : summaries) u.documents.push_back({s.id, s.content_hash});
  FusionRun run{true, summaries.size(), members.size(), u.put.size(), 0, 0};
  std::set<std::string> places;
  for (const auto& c : u.control) places.insert(c.place.id);
  run.places = places.size();
  SITREP_RETURN_IF_ERROR(store.ApplyFusion(u));
  return run;
}

// The events an incremental update re-clusters, and the fused events it replaces.
struct Touched {
  std::vector<Member> members;      // the touched components' members
  std::vector<FusedEvent> removed;  // stored fused events with a member among them, or stale
};

// Finds the components touched by the documents in `pending`.
StatusOr<Touched> FindTouched(store::Store& store, const Fuser& fuser,
                              const std::vector<std::string>& pending,
                              const std::vector<store::DocumentSummary>& summaries) {
  const std::set<std::string> pending_set(pending.begin(), pending.end());
  std::vector<Member> seeds;
  for (const auto& doc : pending) {
    SITREP_ASSIGN_OR_RETURN(auto events, store.QueryEvents({.doc = doc}));
    for (auto& m : MembersOf(events, summaries)) seeds.push_back(std::move(m));
  }
  for (auto& m : seeds) Prepare(m);
  Touched out;
  SITREP_ASSIGN_OR_RETURN(out.removed, store.QueryFusedEvents({.docs = pending}));
  std::set<std::string> affected, removed_ids;
  for (const auto& m : seeds) affected.insert(Key(m));
  for (const auto& f : out.removed) {
    removed_ids.insert(f.id);
    for (const auto& s : f.sources) {
      if (!pending_set.count(s.doc)) affected.insert(Key(s.doc, s.event));
    }
  }
  // The window starts around the seeds and the stale fused events.
  long lo = LONG_MAX, hi = LONG_MIN;
  auto cover = [&](long first, long last) {
    lo = std::min(lo, first - kWindowBeforeDays);
    hi = std::max(hi, last + kWindowAfterDays);
  };
  std::vector<Member> undated;  // seeds no date query finds: each its own fused event
  for (const auto& m : seeds) {
    if (m.event.date && Date::Parse(*m.event.date)) {
      cover(m.dated ? m.first_day : m.day, m.dated ? m.last_day : m.day);
    } else {
      undated.push_back(m);
    }
  }
  for (const auto& f : out.removed) {
    const auto d = f.event.date ? Date::Parse(*f.event.date) : std::nullopt;
    if (d) cover(d->DaysSinceEpoch() - kMaxSpanDays, d->DaysSinceEpoch() + kMaxSpanDays);
  }
  std::set<std::string> undated_keys;
  for (const auto& m : undated) undated_keys.insert(Key(m));
  // The window only grows: each round loads the days it adds.
  std::vector<Member> loaded;
  std::set<std::string> loaded_keys;
  long loaded_lo = LONG_MAX, loaded_hi = LONG_MIN;
  auto load = [&](long from, long to) -> Status {
    if (from > to) return OkStatus();
    SITREP_ASSIGN_OR_RETURN(auto events,
                            store.QueryEvents({.since = DayString(from), .until = DayString(to)}));
    for (auto& m : MembersOf(events, summaries)) {
      Prepare(m);
      loaded_keys.insert(Key(m));
      loaded.push_back(std::move(m));
    }
    return OkStatus();
  };
  std::vector<int> chosen;
  std::set<std::string> fetched_docs, fetched_ids;
  std::vector<FusedEvent> fetched;
  for (int round = 0; lo <= hi && round < kMaxWindowRounds; ++round) {
    if (loaded_lo > loaded_hi) {
      SITREP_RETURN_IF_ERROR(load(lo, hi));
    } else {
      SITREP_RETURN_IF_ERROR(load(lo, loaded_lo - 1));
      SITREP_RETURN_IF_ERROR(load(loaded_hi + 1, hi));
    }
    loaded_lo = std::min(loaded_lo, lo);
    loaded_hi = std::max(loaded_hi, hi);
    // A member of a replaced fused event outside the window: widen it.
    const bool missing = std::any_of(affected.begin(), affected.end(), [&](const std::string& k) {
      return !loaded_keys.count(k) && !undated_keys.count(k);
    });
    if (missing) {
      const long width = hi - lo + 1;
      lo -= width;
      hi += width;
      continue;
    }
    std::vector<int> seeds_loaded;
    for (int i = 0; i < static_cast<int>(loaded.size()); ++i) {
      if (affected.count(Key(loaded[i]))) seeds_loaded.push_back(i);
    }
    chosen = ComponentsOf(loaded, fuser.evidence(), seeds_loaded);
    long need_lo = lo, need_hi = hi;
    for (int i : chosen) {
      if (!loaded[i].dated) continue;
      need_lo = std::min(need_lo, loaded[i].first_day - kWindowBeforeDays);
      need_hi = std::max(need_hi, loaded[i].last_day + kWindowAfterDays);
    }
    // Stored fused events with a member in the chosen components are replaced;
    // their other members join the affected set.
    // The stored fused events of each document are read once (fetched).
    std::set<std::string> chosen_keys;
    std::vector<std::string> new_docs;
    for (int i : chosen) {
      if (fetched_docs.insert(loaded[i].source.doc).second) new_docs.push_back(loaded[i].source.doc);
      chosen_keys.insert(Key(loaded[i]));
    }
    if (!new_docs.empty()) {
      SITREP_ASSIGN_OR_RETURN(auto more, store.QueryFusedEvents({.docs = new_docs}));
      for (auto& f : more) {
        if (fetched_ids.insert(f.id).second) fetched.push_back(std::move(f));
      }
    }
    bool grew = need_lo < lo || need_hi > hi;
    for (auto& f : fetched) {
      if (removed_ids.count(f.id) ||
          std::none_of(f.sources.begin(), f.sources.end(),
                       [&](const auto& s) { return chosen_keys.count(Key(s.doc, s.event)); })) {
        continue;
      }
      removed_ids.insert(f.id);
      for (const auto& s : f.sources) {
        const std::string k = Key(s.doc, s.event);
        if (!pending_set.count(s.doc) && affected.insert(k).second && !chosen_keys.count(k)) grew = true;
      }
      out.removed.push_back(f);
    }
    if (!grew) break;
    lo = std::min(lo, need_lo);
    hi = std::max(hi, need_hi);
  }
  for (int i : chosen) out.members.push_back(std::move(loaded[i]));
  for (auto& m : undated) out.members.push_back(std::move(m));
  return out;
}

StatusOr<FusionRun> Increment(store::Store& store, const Fuser& fuser,
                              const store::FusionBacklog& backlog) {
  SITREP_ASSIGN_OR_RETURN(auto summaries, store.ListDocuments());
  std::vector<std::string> pending;
  for (const auto& d : backlog.documents) pending.push_back(d.id);
  SITREP_ASSIGN_OR_RETURN(Touched touched, FindTouched(store, fuser, pending, summaries));
  store::FusionUpdate u;
  u.generation = backlog.generation;
  u.documents = backlog.documents;
  std::set<std::string> removed;
  for (const auto& f : touched.removed) {
    removed.insert(f.id);
    u.remove.push_back(f.id);
  }
  u.put = fuser.Fuse(touched.members);
  u.control_places = PlacesOf(touched.removed, u.put);
  SITREP_ASSIGN_OR_RETURN(u.control, ControlFor(store, fuser, u.control_places, removed, u.put));
  FusionRun run{false, pending.size(), touched.members.size(), u.put.size(), u.remove.size(),
                u.control_places.size()};
  SITREP_RETURN_IF_ERROR(store.ApplyFusion(u));
  return run;
}

}  // namespace

std::vector<Member> MembersOf(const std::vector<store::StoredEvent>& events,
                              const std::vector<store::DocumentSummary>& summaries) {
  std::unordered_map<std::string, const store::DocumentSummary*> by_id;
  for (const auto& s : summaries) by_id[s.id] = &s;
  std::vector<Member> out;
  out.reserve(events.size());
  for (const auto& stored : events) {
    Member m;
    m.event = stored.event;
    m.source.doc = stored.event.doc;
    m.source.event = stored.event.id;
    m.source.lang = stored.event.lang;
    if (auto it = by_id.find(stored.event.doc); it != by_id.end()) {
      m.source.outlet = OutletOf(it->second->url, it->second->source);
      m.source.published = it->second->published;
      if (m.source.lang.empty()) m.source.lang = it->second->lang;
    }
    out.push_back(std::move(m));
  }
  return out;
}

StatusOr<FusionRun> UpdateFusion(store::Store& store, const Fuser& fuser, bool rebuild) {
  Status last;
  for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
    SITREP_ASSIGN_OR_RETURN(store::FusionBacklog backlog, store.GetFusionBacklog());
    if (!rebuild && backlog.documents.empty()) return FusionRun{};
    auto run = rebuild ? Rebuild(store, fuser, backlog.generation) : Increment(store, fuser, backlog);
    if (run.ok() || run.status().code() != StatusCode::kAborted) return run;
    last = run.status();
  }
  return last.WithContext("fusion: another fuser kept changing the store");
}

}  // namespace sitrep::fusion
