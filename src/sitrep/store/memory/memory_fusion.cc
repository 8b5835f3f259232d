// MemoryStore's fusion layer: fused events by id, control intervals by place,
// the content hash of every document fusion took in, and the update count.
// ApplyFusion checks before it changes anything, so it is all or nothing.
#include <algorithm>
#include <set>

#include "sitrep/store/memory/memory_store.h"

namespace sitrep::store {

StatusOr<std::vector<document::FusedEvent>> MemoryStore::QueryFusedEvents(const FusedQuery& q) {
  std::vector<document::FusedEvent> out;
  for (const auto& [id, f] : fused_) {
    if (FusedMatches(f, q)) out.push_back(f);
  }
  std::stable_sort(out.begin(), out.end(), FusedLess);
  if (q.limit > 0 && out.size() > static_cast<size_t>(q.limit)) out.resize(q.limit);
  return out;
}

StatusOr<std::vector<document::ControlInterval>> MemoryStore::QueryControl(const ControlQuery& q) {
  struct Hit {
    const document::ControlInterval* interval;
    int ordinal;
  };
  std::vector<Hit> hits;
  for (const auto& [place, intervals] : control_) {
    for (size_t i = 0; i < intervals.size(); ++i) {
      if (ControlMatches(intervals[i], q)) hits.push_back({&intervals[i], static_cast<int>(i)});
    }
  }
  std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    return ControlLess(*a.interval, a.ordinal, *b.interval, b.ordinal);
  });
  std::vector<document::ControlInterval> out;
  for (const auto& h : hits) out.push_back(*h.interval);
  return out;
}

StatusOr<FusionBacklog> MemoryStore::GetFusionBacklog() {
  FusionBacklog backlog;
  backlog.generation = fusion_generation_;
  for (const auto& [id, d] : docs_) {
    auto it = fused_docs_.find(id);
    if (it == fused_docs_.end() || it->second != d.summary.content_hash) {
      backlog.documents.push_back({id, d.summary.content_hash});
    }
  }
  return backlog;
}

Status MemoryStore::CheckMembership(const FusionUpdate& u) const {
  std::set<std::string> dropped(u.remove.begin(), u.remove.end());
  for (const auto& f : u.put) dropped.insert(f.id);
  std::map<std::string, std::string> owner;  // member key -> fused id
  auto claim = [&](const document::FusedEvent& f) -> Status {
    for (const auto& s : f.sources) {
      auto [it, fresh] = owner.emplace(s.doc + '\x1f' + s.event, f.id);
      if (!fresh && it->second != f.id) {
        return InvalidArgumentError("fused event " + f.id + " member " + s.doc + " " + s.event +
                                    " already belongs to " + it->second);
      }
    }
    return OkStatus();
  };
  if (!u.replace_all) {
    for (const auto& [id, f] : fused_) {
      if (!dropped.count(id)) SITREP_RETURN_IF_ERROR(claim(f));
    }
  }
  for (const auto& f : u.put) SITREP_RETURN_IF_ERROR(claim(f));
  return OkStatus();
}

Status MemoryStore::ApplyFusion(const FusionUpdate& u) {
  if (u.generation != fusion_generation_) {
    return AbortedError("fusion update computed on generation " + std::to_string(u.generation) +
                        " but the store is at " + std::to_string(fusion_generation_));
  }
  SITREP_RETURN_IF_ERROR(CheckMembership(u));
  if (u.replace_all) {
    fused_.clear();
    control_.clear();
    fused_docs_.clear();
  }
  for (const auto& id : u.remove) fused_.erase(id);
  for (const auto& f : u.put) fused_[f.id] = f;
  for (const auto& place : u.control_places) control_.erase(place);
  for (const auto& c : u.control) control_[c.place.id].push_back(c);
  for (const auto& d : u.documents) fused_docs_[d.id] = d.content_hash;
  ++fusion_generation_;
  return OkStatus();
}

}  // namespace sitrep::store
