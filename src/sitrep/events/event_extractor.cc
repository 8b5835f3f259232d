// The events stage: the named passes of passes_internal.h run over each
// sentence of a document (sentences, triggers, roles, places, dates, counts,
// claims, guards, confidence), one candidate per event type per sentence is
// kept, candidates failing a guard are dropped (a snippet of a few sentences
// still yields its best one, less confident), repeats of one event within the
// document are merged, and the events come out as a timeline.
#include "sitrep/events/event_extractor.h"

#include <algorithm>

#include "sitrep/base/paths.h"
#include "sitrep/events/event_merge_internal.h"
#include "sitrep/events/passes_internal.h"
#include "sitrep/events/resources_internal.h"
#include "sitrep/events/weights_internal.h"

namespace sitrep::events {
namespace {

using document::Document;
using document::Event;

// Runs the per-trigger passes over sentence `s`; candidates an early guard
// rules out go to `dropped`.
std::vector<Candidate> BuildCandidates(const Document& doc, const SentenceView& s,
                                       const LanguageTables& t, const Ontology& ontology,
                                       std::vector<Candidate>& dropped) {
  const SentenceTriggers triggers = FindTriggers(s.text, t, ontology);
  std::vector<Candidate> out;
  for (const auto& hit : triggers.hits) {
    Candidate c;
    c.trigger = hit;
    c.sentence = s.index;
    c.event.doc = doc.id();
    c.event.lang = doc.lang;
    c.event.evidence = {std::string(s.text), s.span,
                        std::string(s.text.substr(hit.begin, hit.end - hit.begin))};
    std::string guard = EarlyGuard(hit, s, triggers, t);
    if (guard.empty() && !AssignRoles(c, s, triggers, t, ontology)) guard = "unknown-sub-event";
    if (!guard.empty()) {
      c.failed_guards.push_back(std::move(guard));
      c.args = {};
      dropped.push_back(std::move(c));
      continue;
    }
    AssignPlace(c);
    AssignEventDate(c, doc, s);
    AssignCounts(c, s);
    AssignClaims(c, s, t);
    ScoreConfidence(c, s, t);
    ApplyGuards(c);
    c.args = {};  // points into `s`
    out.push_back(std::move(c));
  }
  return out;
}

// Returns the events of the candidates that pass; when none does, a snippet
// of a few sentences still yields its most confident candidate.
std::vector<Event> Survivors(std::vector<Candidate>& kept, size_t sentences,
                             std::vector<Candidate>& dropped) {
  std::vector<Event> events;
  for (auto& c : kept) {
    if (c.passes()) events.push_back(std::move(c.event));
  }
  if (events.empty() && !kept.empty() && sentences <= kSnippetSentences) {
    auto best = std::max_element(kept.begin(), kept.end(), [](const Candidate& a, const Candidate& b) {
      return a.event.confidence < b.event.confidence;
    });
    best->event.confidence *= kSnippetFallbackFactor;
    events.push_back(best->event);
    best->failed_guards.clear();
  }
  for (auto& c : kept) {
    if (!c.passes()) dropped.push_back(std::move(c));
  }
  return events;
}

// An event reported only through its denial is contested: less certain.
void LowerDeniedOnly(std::vector<Event>& events) {
  for (auto& e : events) {
    const bool denied_only = !e.claims.empty() &&
                             std::all_of(e.claims.begin(), e.claims.end(), [](const auto& c) {
                               return c.stance == document::Stance::kDenies;
                             });
    if (denied_only) e.confidence *= kDeniedOnlyFactor;
  }
}

// A timeline, as ACLED exports are: by date, then the surest first.
void OrderAsTimeline(std::vector<Event>& events) {
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    const std::string da = a.date.value_or("9999"), db = b.date.value_or("9999");
    if (da != db) return da < db;
    return a.confidence > b.confidence;
  });
}

}  // namespace

StatusOr<std::unique_ptr<EventExtractor>> EventExtractor::Create(EventOptions options) {
  const std::string data = options.data_dir.empty() ? DataDir() : options.data_dir;
  SITREP_ASSIGN_OR_RETURN(lang::PackSet packs, lang::PackSet::Discover(data));
  return Create(packs, std::move(options));
}

StatusOr<std::unique_ptr<EventExtractor>> EventExtractor::Create(const lang::PackSet& packs,
                                                                 EventOptions options) {
  const std::string data = options.data_dir.empty() ? DataDir() : options.data_dir;
  auto res = std::make_shared<Resources>();
  res->packs = packs;
  SITREP_ASSIGN_OR_RETURN(res->ontology, Ontology::Load(data + "/events/ontology.tsv"));
  for (const lang::LanguagePack& pack : packs.packs()) {
    if (!RoleRulesRegistry().Wanted(pack)) continue;
    SITREP_ASSIGN_OR_RETURN(auto tables, LoadLanguageTables(pack, data));
    for (const auto& row : tables.triggers.entries()) {
      const std::string& sub = row.fields[0];
      if (sub != "-" && sub[0] != '@' && !res->ontology.Find(sub)) {
        return InvalidArgumentError(*pack.Table("event_triggers") +
                                    ": unknown sub-event type '" + sub + "'");
      }
    }
    res->langs.emplace(pack.code, std::move(tables));
  }
  std::unique_ptr<EventExtractor> e(new EventExtractor());
  e->res_ = std::move(res);
  return e;
}

Status EventExtractor::Annotate(Document& doc) const {
  const LanguageTables* tables = res_->For(doc);
  if (!tables) return OkStatus();  // no pack with role rules: the pipeline says so once
  const LanguageTables& t = *tables;
  std::vector<Candidate> kept, dropped;
  ReadingState state;
  for (int si = 0; si < static_cast<int>(doc.sentences.size()); ++si) {
    const SentenceView s = ReadSentence(doc, si, t, state);
    auto candidates = BuildCandidates(doc, s, t, res_->ontology, dropped);
    KeepOnePerType(candidates, kept, dropped);
  }
  std::vector<Event> events = Survivors(kept, doc.sentences.size(), dropped);
  MergeRepeats(events);
  LowerDeniedOnly(events);
  OrderAsTimeline(events);
  for (size_t i = 0; i < events.size(); ++i) events[i].id = doc.id() + "#e" + std::to_string(i + 1);
  for (auto& e : events) doc.events.push_back(std::move(e));
  return OkStatus();
}

}  // namespace sitrep::events
