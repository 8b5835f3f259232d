// The events stage: the named passes of passes_internal.h run over each
// sentence of a document (sentences, triggers, early guards, roles, places,
// dates, counts, claims, confidence), one candidate per event type and place
// per sentence is kept, the reports of one real event are merged into one
// record, the document's context fills what the sentences left open, the
// guards drop what fails (a snippet of a few sentences still yields its best
// candidate, less confident), and the events come out as a timeline. Why each
// dropped candidate was dropped is a Diagnostic.
#include "sitrep/events/event_extractor.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "sitrep/base/paths.h"
#include "sitrep/events/event_merge_internal.h"
#include "sitrep/events/passes_internal.h"
#include "sitrep/events/resources_internal.h"
#include "sitrep/events/weights_internal.h"

namespace sitrep::events {
namespace {

using document::Document;
using document::Event;

// Starts a candidate for trigger `hit` of sentence `s`.
Candidate StartCandidate(const Document& doc, const SentenceView& s, const TriggerHit& hit,
                         const DocumentContext& ctx) {
  Candidate c;
  c.trigger = hit;
  c.sentence = s.index;
  c.headline = s.index == ctx.headline;
  c.separate = s.separate;
  c.event.doc = doc.id();
  c.event.lang = doc.lang;
  c.event.evidence = {std::string(s.text), s.span,
                      std::string(s.text.substr(hit.begin, hit.end - hit.begin))};
  c.trace.push_back("trigger '" + c.event.evidence.trigger + "' (" + hit.role_class + ", weight " +
                    std::to_string(hit.weight).substr(0, 4) + ") in sentence " +
                    std::to_string(s.index + 1));
  return c;
}

// Runs the per-trigger passes over sentence `s`; candidates an early guard
// rules out go to `dropped`.
std::vector<Candidate> BuildCandidates(const Document& doc, const SentenceView& s,
                                       const LanguageTables& t, const Ontology& ontology,
                                       const DocumentContext& ctx, const ToldBefore& before,
                                       std::vector<Candidate>& dropped) {
  SentenceTriggers triggers = FindTriggers(s.text, t, ontology);
  AddRepeatedStrikes(s.text, t, ontology, before.strike_type, triggers);
  std::vector<Candidate> out;
  std::optional<std::vector<document::Count>> counts;  // read once, for the first that needs them
  for (const auto& hit : triggers.hits) {
    Candidate c = StartCandidate(doc, s, hit, ctx);
    std::string guard = EarlyGuard(hit, s, triggers, t);
    if (guard.empty() && !AssignRoles(c, s, triggers, t, ontology)) guard = "unknown-sub-event";
    if (!guard.empty()) {
      c.failed_guards.push_back(std::move(guard));
      c.args = {};
      dropped.push_back(std::move(c));
      continue;
    }
    // "A second strike" with no attacker of its own is the last strike's
    // attacker's: the report goes on telling the same campaign.
    if (hit.repeated && !c.event.actor1 && before.strike_actor1) {
      c.event.actor1 = before.strike_actor1;
      c.trace.push_back("actor1 " + c.event.actor1->name + ": the attacker of the strike it repeats");
    }
    c.definite = DefiniteTrigger(hit, s, t);
    c.opens_on_known_event = OpensOnKnownEvent(hit, s, t);
    c.framed_as_period = CueInScope(t.background, s, hit.begin, hit.end, *t.rules);
    c.circumstance = CueInScope(t.circumstances, s, hit.begin, hit.end, *t.rules, s.masked);
    c.setting = ToldAsSetting(hit, s, t);
    AssignPlace(c);
    AssignAnaphoricPlace(c, s);
    AssignEventDate(c, doc, s, ctx, before, t);
    if (StaleBackground(c, doc, ctx.historical)) {
      c.failed_guards.push_back("background");
      c.args = {};
      dropped.push_back(std::move(c));
      continue;
    }
    if (!counts) counts = SentenceCounts(s, t, doc, ctx);
    AssignCounts(c, *counts);
    AssignClaims(c, s, t);
    ScoreConfidence(c, s, t);
    const auto more_places = CoordinatedPlaces(c, s, t);
    for (const Participant* p : more_places) {
      Candidate other = c;
      other.args.place = p;
      other.coordinated = true;
      other.event.fatalities.reset();  // the sentence's toll is counted once
      other.trace.push_back("one of several places of the sentence");
      AssignPlace(other);
      other.args = {};
      out.push_back(std::move(other));
    }
    c.args = {};  // points into `s`
    out.insert(out.end() - static_cast<long>(more_places.size()), std::move(c));
  }
  return out;
}

// Returns what the sentence's events leave for the next sentences to count
// from: the day of the last of them (in text order) its own sentence dated,
// or that its day is one nothing resolves; `before` when none is dated.
ToldBefore LastTold(const std::vector<Candidate>& found, const ToldBefore& before) {
  const Candidate* last = nullptr;
  const Candidate* last_strike = nullptr;
  for (const auto& c : found) {
    const bool dated = (c.has_timex && c.event.date && c.event.time_precision == 1) || c.unresolved_date;
    if (dated && !c.coordinated && (!last || c.trigger.begin > last->trigger.begin)) last = &c;
    if (c.event.event_type == "Explosions/Remote violence" &&
        (!last_strike || c.trigger.begin > last_strike->trigger.begin))
      last_strike = &c;
  }
  ToldBefore told = before;
  if (last) {
    told.unresolved = last->unresolved_date;
    told.date = last->unresolved_date ? std::nullopt : last->event.date;
  }
  if (last_strike) {
    told.strike_type = last_strike->event.sub_event_type;
    told.strike_actor1 = last_strike->event.actor1;
  }
  return told;
}

// True when a snippet may still yield `c` although it failed a guard after
// the merge: what it lacks is only where or when, never whether it happened
// ("the militia did not attack the village" stays no event) or whether it
// tells the event at all (a definite mention of one told elsewhere).
bool SnippetMayKeep(const Candidate& c) {
  return std::none_of(c.failed_guards.begin(), c.failed_guards.end(), [](const std::string& g) {
    return g == "negated" || g == "told-elsewhere";
  });
}

// Returns the events of the candidates that pass; when none does, a snippet
// of a few sentences still yields its most confident candidate that
// SnippetMayKeep.
std::vector<Event> Survivors(std::vector<Candidate>& kept, size_t sentences,
                             std::vector<Candidate>& dropped) {
  std::vector<Event> events;
  for (auto& c : kept) {
    if (c.passes()) {
      c.event.rationale = std::move(c.trace);
      events.push_back(std::move(c.event));
    }
  }
  auto best = kept.end();
  if (events.empty() && sentences <= kSnippetSentences) {
    for (auto it = kept.begin(); it != kept.end(); ++it) {
      if (SnippetMayKeep(*it) && (best == kept.end() || best->event.confidence < it->event.confidence))
        best = it;
    }
  }
  if (best != kept.end()) {
    best->event.confidence *= kSnippetFallbackFactor;
    best->trace.push_back("kept although it fails " + best->failed_guards.front() +
                          ": the best candidate of a snippet, at half confidence");
    best->event.rationale = best->trace;
    events.push_back(best->event);
    best->failed_guards.clear();
  }
  for (auto& c : kept) {
    if (!c.passes()) dropped.push_back(std::move(c));
  }
  return events;
}

// Frees what a dropped candidate no longer needs: ExplainDropped reads only
// its trigger, type, sentence and guards. A long sentence with many triggers
// drops most of them, each holding a copy of the sentence and its figures.
void KeepOnlyWhy(Candidate& c) {
  std::exchange(c.event.evidence.sentence, {});
  std::exchange(c.event.counts, {});
  std::exchange(c.event.claims, {});
  std::exchange(c.event.restatements, {});
  std::exchange(c.event.assoc_actor1, {});
  std::exchange(c.event.assoc_actor2, {});
  std::exchange(c.trace, {});
}

// Records why each dropped candidate was dropped, as a Diagnostic on the
// trigger (`extract --explain` prints them).
void ExplainDropped(const std::vector<Candidate>& dropped, Document& doc) {
  for (const auto& c : dropped) {
    std::string guards;
    for (const auto& g : c.failed_guards) guards += (guards.empty() ? "" : ", ") + g;
    const std::string what = c.event.sub_event_type.empty() ? c.trigger.role_class
                                                            : c.event.sub_event_type;
    const size_t begin = c.event.evidence.span.begin + c.trigger.begin;
    doc.AddDiagnostic("events", document::Severity::kInfo,
                      "dropped " + what + " ('" + c.event.evidence.trigger + "', sentence " +
                          std::to_string(c.sentence + 1) + "): " + guards,
                      document::Span{begin, c.event.evidence.span.begin + c.trigger.end});
  }
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
  const DocumentContext ctx = ReadDocumentContext(doc, t.captions);
  std::vector<Candidate> candidates, dropped;
  ReadingState state;
  int told_in = -1;  // the last sentence that told events, while those after it tell nothing
  ToldBefore told_before;  // what "Two days earlier" counts from
  for (int si = 0; si < static_cast<int>(doc.sentences.size()); ++si) {
    if (ctx.caption[si]) continue;  // a caption repeats the story
    const size_t dropped_before = dropped.size();
    const SentenceView s = ReadSentence(doc, si, t, ctx, state);
    auto found = BuildCandidates(doc, s, t, res_->ontology, ctx, told_before, dropped);
    told_before = LastTold(found, told_before);
    // A sentence that reports nothing of its own (no trigger, or none with a
    // place: "'The fire burned all night,' said a worker") lends its claims to
    // the last one that told events, a sentence or two before.
    const bool reports_own = std::any_of(found.begin(), found.end(),
                                         [](const Candidate& c) { return c.event.place.has_value(); });
    if (si - told_in > kLendBackSentences) told_in = -1;
    if (!reports_own) LendClaimsBack(s, told_in, candidates);
    if (!found.empty()) told_in = si;
    else if (!s.claims.claims.empty()) told_in = -1;  // it attributed what was told: the chain ends
    KeepOnePerType(found, candidates, dropped, s.text);
    for (size_t i = dropped_before; i < dropped.size(); ++i) KeepOnlyWhy(dropped[i]);
  }
  MergeRepeats(candidates, res_->ontology);
  for (auto& c : candidates) {
    LeaderForForces(c, doc, t);
    AffiliateUnknownPersons(c, doc, t);
    NameGenericRebels(c, doc);
    NationalizeStateForces(c, doc, t);
    ClaimedByGroup(c, t);
    ClearSelfOpponent(c);
    DefaultActors(c);
    ApplyGuards(c, ctx, doc);
  }
  std::vector<Event> events = Survivors(candidates, doc.sentences.size(), dropped);
  LowerDeniedOnly(events);
  OrderAsTimeline(events);
  for (size_t i = 0; i < events.size(); ++i) events[i].id = doc.id() + "#e" + std::to_string(i + 1);
  for (const auto& e : events) {
    if (!e.date)
      doc.AddDiagnostic("events", document::Severity::kWarning,
                        e.id + " (" + e.sub_event_type + "): undated, the date its text names " +
                            "resolves against no publication date",
                        e.evidence.span);
  }
  for (auto& e : events) doc.events.push_back(std::move(e));
  ExplainDropped(dropped, doc);
  return OkStatus();
}

}  // namespace sitrep::events
