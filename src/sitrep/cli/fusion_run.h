// What the store commands share for fusion: building the Fuser (actor
// affiliations from the knowledge base's actor dictionary), bringing a
// store's fusion up to date with a one-line report on stderr (`ingest` after
// adding documents, `fuse`), and printing fused events for `events --fused`.
#ifndef SITREP_CLI_FUSION_RUN_H_
#define SITREP_CLI_FUSION_RUN_H_

#include <memory>
#include <string>

#include "sitrep/base/status.h"
#include "sitrep/fusion/fuser.h"
#include "sitrep/store/store.h"

namespace sitrep::cli {

// Returns a Fuser with the actor dictionary's affiliations.
StatusOr<std::unique_ptr<fusion::Fuser>> LoadFuser();

// Brings fusion in `store` up to date (from scratch with `rebuild`) and
// prints what changed, prefixed "sitrep COMMAND: ". Returns the status.
Status RunFusion(store::Store& store, bool rebuild, const std::string& command);

// `sitrep events --fused`: prints the fused events matching `query` in
// `format`. Returns the exit code.
int RunFusedEvents(const std::string& db, const store::EventQuery& query, const std::string& format);

}  // namespace sitrep::cli

#endif  // SITREP_CLI_FUSION_RUN_H_
