// Pipeline: wires the stages over a Document in data-flow order (text ->
// entities + time -> events, battles). It finds the language packs once, at
// Create, and hands them to every stage; a document whose language has no pack
// gets text and entities only, and one Diagnostic saying so (NoPackNotice). So
// does a document over the work budget (work_budget.h): the fall-back is the
// same, only its reason differs (FallbackNotice).
// Stages are built once and shared; Run is const and may be called
// concurrently on different documents.
#ifndef SITREP_PIPELINE_PIPELINE_H_
#define SITREP_PIPELINE_PIPELINE_H_

#include <memory>
#include <string>
#include <string_view>

#include "sitrep/base/status.h"
#include "sitrep/battles/battle_parser.h"
#include "sitrep/document/document.h"
#include "sitrep/entities/entity_linker.h"
#include "sitrep/events/event_extractor.h"
#include "sitrep/lang/pack_set.h"
#include "sitrep/pipeline/work_budget.h"
#include "sitrep/text/text_annotator.h"
#include "sitrep/time/timex_annotator.h"

namespace sitrep::pipeline {

// The last stage to run; later stages are skipped (and not even loaded).
enum class Until { kText, kEntities, kTime, kEvents, kBattles, kAll };

struct PipelineOptions {
  Until until = Until::kAll;
  std::string data_dir;  // "" = DataDir(); its lang/ folder holds the packs
  WorkBudget budget;     // past it, a document gets text and entities only
};

// The Diagnostic stage of the "no language pack" notice.
inline constexpr std::string_view kLanguageStage = "lang";

// Returns the notice a document got when its language has no pack ("no
// language pack for 'xx'; text and entities only"), or "".
std::string NoPackNotice(const document::Document& doc);

// Returns why `doc` got text and entities only (no language pack, or over the
// work budget), or "" when every stage ran.
std::string FallbackNotice(const document::Document& doc);

class Pipeline {
 public:
  static StatusOr<std::unique_ptr<Pipeline>> Create(PipelineOptions options = {});
  // Runs the stages on `doc`. A stage's failure is recorded as a Diagnostic and
  // the later stages still run on what is there; returns non-OK only when the
  // document cannot be processed at all.
  Status Run(document::Document& doc) const;

  // Returns the language packs the stages were built with.
  const lang::PackSet& packs() const { return packs_; }

 private:
  Pipeline() = default;
  PipelineOptions options_;
  lang::PackSet packs_;
  std::unique_ptr<text::TextAnnotator> text_;
  std::unique_ptr<entities::EntityLinker> entities_;
  std::unique_ptr<time::TimexAnnotator> time_;
  std::unique_ptr<events::EventExtractor> events_;
  std::unique_ptr<battles::BattleParser> battles_;
};

}  // namespace sitrep::pipeline

#endif  // SITREP_PIPELINE_PIPELINE_H_
