// Pipeline wiring. Entities run right after text (they read neither the time
// layer nor the publication date), so the work budget can count mentions
// before the costlier stages; time then gives every later stage the
// publication date; events need both; battles reuse all three.
#include "sitrep/pipeline/pipeline.h"

#include "sitrep/base/paths.h"

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

std::string NoPackMessage(std::string_view lang) {
  return "no language pack for '" + std::string(lang) + "'; text and entities only";
}

}  // namespace

std::string NoPackNotice(const document::Document& doc) {
  for (const auto& d : doc.diagnostics) {
    if (d.stage == kLanguageStage) return d.message;
  }
  return "";
}

std::string FallbackNotice(const document::Document& doc) {
  for (const auto& d : doc.diagnostics) {
    if (d.stage == kLanguageStage || d.stage == kBudgetStage) return d.message;
  }
  return "";
}

StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create(PipelineOptions options) {
  std::unique_ptr<Pipeline> p(new Pipeline());
  p->options_ = options;
  const std::string data = options.data_dir.empty() ? DataDir() : options.data_dir;
  SITREP_ASSIGN_OR_RETURN(p->packs_, lang::PackSet::Discover(data));
  const Until u = options.until;
  text::TextOptions text_options;
  text_options.data_dir = data;
  SITREP_ASSIGN_OR_RETURN(p->text_, text::TextAnnotator::Create(p->packs_, text_options));
  if (Wants(u, Until::kTime)) {
    SITREP_ASSIGN_OR_RETURN(p->time_, time::TimexAnnotator::Create(p->packs_, {data}));
  }
  if (Wants(u, Until::kEntities)) {
    SITREP_ASSIGN_OR_RETURN(p->entities_, entities::EntityLinker::Create(p->packs_));
  }
  if (Wants(u, Until::kEvents)) {
    SITREP_ASSIGN_OR_RETURN(p->events_, events::EventExtractor::Create(p->packs_, {data}));
  }
  if (Wants(u, Until::kBattles)) {
    SITREP_ASSIGN_OR_RETURN(p->battles_, battles::BattleParser::Create(p->packs_));
  }
  return p;
}

Status Pipeline::Run(document::Document& doc) const {
  SITREP_RETURN_IF_ERROR(text_->Annotate(doc));
  // Which pack reads the document is settled here once; each stage finds the
  // same one (PackSet::ForDocument).
  const lang::LanguagePack* pack = packs_.ForDocument(doc.lang, doc.text());
  const bool has_pack = pack != nullptr;
  // A detected code another pack reads ("ms" for Indonesian) becomes that
  // pack's: records say the language they were read as.
  if (pack && !doc.lang.empty() && doc.lang != pack->code && !doc.lang_overridden) doc.lang = pack->code;
  if (!has_pack) {
    doc.AddDiagnostic(std::string(kLanguageStage), document::Severity::kWarning,
                      NoPackMessage(doc.lang));
  }
  RunStage(entities_.get(), "entities", doc);
  if (!has_pack) return OkStatus();
  if (const uint64_t units = WorkUnits(doc); !WithinBudget(options_.budget, units)) {
    doc.AddDiagnostic(std::string(kBudgetStage), document::Severity::kWarning,
                      OverBudgetMessage(options_.budget, units));
    return OkStatus();
  }
  RunStage(time_.get(), "time", doc);
  RunStage(events_.get(), "events", doc);
  RunStage(battles_.get(), "battles", doc);
  return OkStatus();
}

}  // namespace sitrep::pipeline
