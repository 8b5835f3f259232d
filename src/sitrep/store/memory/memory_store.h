// MemoryStore: the Store contract held in process memory, for tests and for
// one-shot runs that need no file. Same semantics as the SQLite store (the
// typed contract suite runs against both); nothing survives the process.
// Not thread-safe.
#ifndef SITREP_STORE_MEMORY_MEMORY_STORE_H_
#define SITREP_STORE_MEMORY_MEMORY_STORE_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "sitrep/store/store.h"

namespace sitrep::store {

class MemoryStore : public Store {
 public:
  static std::unique_ptr<MemoryStore> Create() { return std::make_unique<MemoryStore>(); }

  StatusOr<PutOutcome> PutDocument(const document::Document& doc) override;
  StatusOr<bool> HasContent(const std::string& id, std::string_view text) override;
  StatusOr<std::vector<DocumentSummary>> ListDocuments() override;
  StatusOr<StoredDocument> GetDocument(const std::string& id) override;
  StatusOr<std::vector<StoredEvent>> QueryEvents(const EventQuery& query) override;
  StatusOr<std::vector<document::BattleRecord>> GetBattles() override;

  // The fusion layer (memory_fusion.cc).
  StatusOr<std::vector<document::FusedEvent>> QueryFusedEvents(const FusedQuery& query) override;
  StatusOr<std::vector<document::ControlInterval>> QueryControl(const ControlQuery& query) override;
  StatusOr<FusionBacklog> GetFusionBacklog() override;
  Status ApplyFusion(const FusionUpdate& update) override;

 private:
  // Returns an error when `u` would put one event into two fused events.
  Status CheckMembership(const FusionUpdate& u) const;

  std::map<std::string, StoredDocument> docs_;  // by id
  std::map<std::string, document::FusedEvent> fused_;                     // by id
  std::map<std::string, std::vector<document::ControlInterval>> control_;  // by place id
  std::map<std::string, std::string> fused_docs_;  // doc id -> content hash taken in
  int64_t fusion_generation_ = 0;
};

}  // namespace sitrep::store

#endif  // SITREP_STORE_MEMORY_MEMORY_STORE_H_
