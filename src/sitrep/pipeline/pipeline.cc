// Pipeline wiring. Time runs before entities so the publication date is known
// to every later stage; events need both; battles reuse all three.
#include "sitrep/pipeline/pipeline.h"

namespace sitrep::pipeline {
namespace {

bool Wants(Until until, Until stage) {
  // kTime implies kText only; kEntities implies kText; kEvents and later need all three.
  if (until == Until::kAll) return true;
  if (stage == Until::kText) return true;
  if (until == Until::kEntities) return stage == Until::kEntities;
  if (until == Until::kTime) return stage == Until::kTime;
  if (until == Until::kEvents) return stage != Until::kBattles;
  if (until == Until::kBattles) return stage != Until::kEvents;
  return false;
}

template <typename Stage>
void RunStage(const Stage* stage, const char* name, document::Document& doc) {
  if (!stage) return;
  Status s = stage->Annotate(doc);
  if (!s.ok()) doc.AddDiagnostic(name, document::Severity::kError, s.ToString());
}

}  // namespace

StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create(PipelineOptions options) {
  std::unique_ptr<Pipeline> p(new Pipeline());
  p->options_ = options;
  const Until u = options.until;
  SITREP_ASSIGN_OR_RETURN(p->text_, text::TextAnnotator::Create());
  if (Wants(u, Until::kTime)) {
    SITREP_ASSIGN_OR_RETURN(p->time_, time::TimexAnnotator::Create());
  }
  if (Wants(u, Until::kEntities)) {
    SITREP_ASSIGN_OR_RETURN(p->entities_, entities::EntityLinker::Create());
  }
  if (Wants(u, Until::kEvents)) {
    SITREP_ASSIGN_OR_RETURN(p->events_, events::EventExtractor::Create());
  }
  if (Wants(u, Until::kBattles)) {
    SITREP_ASSIGN_OR_RETURN(p->battles_, battles::BattleParser::Create());
  }
  return p;
}

Status Pipeline::Run(document::Document& doc) const {
  SITREP_RETURN_IF_ERROR(text_->Annotate(doc));
  RunStage(time_.get(), "time", doc);
  RunStage(entities_.get(), "entities", doc);
  RunStage(events_.get(), "events", doc);
  RunStage(battles_.get(), "battles", doc);
  return OkStatus();
}

}  // namespace sitrep::pipeline
