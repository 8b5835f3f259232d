// Pipeline: wires the stages over a Document in data-flow order (text ->
// entities + time -> events, battles). Stages are built once and shared; Run is
// const and may be called concurrently on different documents.
#ifndef SITREP_PIPELINE_PIPELINE_H_
#define SITREP_PIPELINE_PIPELINE_H_

#include <memory>

#include "sitrep/base/status.h"
#include "sitrep/battles/battle_parser.h"
#include "sitrep/document/document.h"
#include "sitrep/entities/entity_linker.h"
#include "sitrep/events/event_extractor.h"
#include "sitrep/text/text_annotator.h"
#include "sitrep/time/timex_annotator.h"

namespace sitrep::pipeline {

// The last stage to run; later stages are skipped (and not even loaded).
enum class Until { kText, kEntities, kTime, kEvents, kBattles, kAll };

struct PipelineOptions {
  Until until = Until::kAll;
};

class Pipeline {
 public:
  static StatusOr<std::unique_ptr<Pipeline>> Create(PipelineOptions options = {});
  // Runs the stages on `doc`. A stage's failure is recorded as a Diagnostic and
  // the later stages still run on what is there; returns non-OK only when the
  // document cannot be processed at all.
  Status Run(document::Document& doc) const;

 private:
  Pipeline() = default;
  PipelineOptions options_;
  std::unique_ptr<text::TextAnnotator> text_;
  std::unique_ptr<entities::EntityLinker> entities_;
  std::unique_ptr<time::TimexAnnotator> time_;
  std::unique_ptr<events::EventExtractor> events_;
  std::unique_ptr<battles::BattleParser> battles_;
};

}  // namespace sitrep::pipeline

#endif  // SITREP_PIPELINE_PIPELINE_H_
