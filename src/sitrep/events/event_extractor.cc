// The events stage. For each sentence: find triggers (lexicon), resolve each
// to an ACLED sub-event type (role classes decided by the actors, then the
// context rules), assign actors and place (arguments.cc), date (the sentence's
// governing timex, else the publication date with precision 2), counts and
// claims; drop irrealis mentions ("would capture"); keep one event per event
// type per sentence (the most specific trigger); then merge repeats of the
// same event within the document.
//
// Precision guards, each general: an event needs a place, except a specific
// violent event (weight ≥ 0.8) with a known actor and an explicit date; a
// territory change needs a sub-national place; every event needs a date (ACLED
// codes none without). A document whose candidates all
// fail the guards still yields its single best candidate at half confidence
// when it is a snippet of a few sentences (a snippet about an event is still
// about that event).
#include "sitrep/events/event_extractor.h"

#include <algorithm>
#include <optional>

#include "sitrep/base/paths.h"
#include "sitrep/events/arguments.h"
#include "sitrep/events/claims.h"
#include "sitrep/events/counts.h"
#include "sitrep/events/event_dates_internal.h"
#include "sitrep/events/event_merge_internal.h"
#include "sitrep/events/resources_internal.h"

namespace sitrep::events {
namespace {

using document::Document;
using document::Event;

constexpr size_t kSnippetSentences = 4;

struct Candidate {
  Event event;
  double weight = 0;
  bool passes_guards = false;
};

document::ActorRef ToActor(const Participant& p) {
  return {p.entity.id, p.entity.name, p.entity.inter};
}

// `in_battle`: the sentence also reports fighting, so its killings are the
// battle's fatalities ("clashes left 12 dead") rather than an attack on civilians.
std::string ResolveRoleClass(const std::string& cls, const Arguments& args, std::string_view s,
                             size_t trigger_end, const LanguageTables& t, bool in_battle) {
  const int inter1 = args.actor1 ? args.actor1->entity.inter : 0;
  const bool state1 = inter1 == 1;
  const bool nonstate1 = inter1 >= 2 && inter1 <= 4;
  if (cls == "@take") return state1 ? "Government regains territory" : "Non-state actor overtakes territory";
  if (cls == "@retake") return nonstate1 ? "Non-state actor overtakes territory" : "Government regains territory";
  if (cls == "@withdraw") {
    // "withdrew its ships", "撤退させた": moving one's own forces, not yielding ground.
    return t.rules->IsTransitiveUse(s, trigger_end) ? "Change to group/activity"
                                                     : "Non-violent transfer of territory";
  }
  if (cls == "@protest") return "Peaceful protest";
  if (cls == "@flee") return "Other";
  if (cls == "@attack") {
    // An assault on armed actors or positions is a clash; on anyone or
    // anything else (people, a mosque, a bus) it is violence against civilians.
    const int inter2 = args.actor2 ? args.actor2->entity.inter : 0;
    if (inter2 >= 1 && inter2 <= 4) return "Armed clash";
    if (args.actor2 && args.actor2->civilian) return "Attack";
    const std::string_view after = s.substr(trigger_end, 80);
    if (!t.armed_targets.Contains(after) && t.civilians.Contains(after)) return "Attack";
    return "Armed clash";
  }
  if (cls == "@kill") {
    if (args.actor2 && args.actor2->civilian) return "Attack";
    if (t.civilians.Contains(s)) return "Attack";
    if (in_battle) return "Armed clash";
    const int inter2 = args.actor2 ? args.actor2->entity.inter : 0;
    if (inter1 >= 1 && inter1 <= 4 && inter2 >= 1 && inter2 <= 4) return "Armed clash";
    // Victims named after the trigger: armed ones make it a clash.
    for (const auto& m : t.actor_nouns.Find(s.substr(trigger_end))) {
      const int inter = std::atoi(t.actor_nouns.entries()[m.entry].fields[0].c_str());
      if (inter >= 1 && inter <= 4) return "Armed clash";
    }
    return "Attack";
  }
  return cls;
}

std::string ApplyContext(const std::string& sub, std::string_view context, const LanguageTables& t) {
  for (const auto& row : t.context.entries()) {
    if (row.pattern != sub) continue;
    Lexicon one = Lexicon::FromEntries({{row.fields[0], {}}}, t.rules->spaced());
    if (one.Contains(context)) return row.fields[1];
  }
  return sub;
}

// True when a cue of `lex` lies in the trigger's clause on the side its scope says.
bool CueInScope(const Lexicon& lex, std::string_view s, size_t begin, size_t end,
                const LanguageRules& rules) {
  const size_t cs = rules.ClauseStart(s, begin);
  const size_t ce = rules.ClauseEnd(s, end);
  for (const auto& m : lex.Find(s)) {
    const std::string& scope = lex.entries()[m.entry].fields[0];
    if (scope == "before" && m.end <= begin && m.begin >= cs && begin - m.end <= 40) return true;
    if (scope == "after" && m.begin >= end && m.begin <= std::max(ce, end + 24)) return true;
  }
  return false;
}

}  // namespace

StatusOr<std::unique_ptr<EventExtractor>> EventExtractor::Create(EventOptions options) {
  const std::string data = options.data_dir.empty() ? DataDir() : options.data_dir;
  auto res = std::make_shared<Resources>();
  SITREP_ASSIGN_OR_RETURN(res->ontology, Ontology::Load(data + "/events/ontology.tsv"));
  for (const char* lang : {"en", "ja"}) {
    SITREP_ASSIGN_OR_RETURN(auto tables, LoadLanguageTables(data, lang));
    for (const auto& row : tables.triggers.entries()) {
      const std::string& sub = row.fields[0];
      if (sub != "-" && sub[0] != '@' && !res->ontology.Find(sub)) {
        return InvalidArgumentError(std::string("data/lang/") + lang +
                                    "/event_triggers.tsv: unknown sub-event type '" + sub + "'");
      }
    }
    res->langs.emplace(lang, std::move(tables));
  }
  std::unique_ptr<EventExtractor> e(new EventExtractor());
  e->res_ = std::move(res);
  return e;
}

Status EventExtractor::Annotate(Document& doc) const {
  const LanguageTables& t = res_->For(doc.lang);
  const LanguageRules& rules = *t.rules;
  std::vector<Candidate> all;
  std::optional<document::EntityRef> last_agent;  // for "they" / "彼ら"
  for (int si = 0; si < static_cast<int>(doc.sentences.size()); ++si) {
    const auto& span = doc.sentences[si].span;
    const std::string_view s = doc.Surface(span);
    auto parts = CollectParticipants(doc, si, rules, t.actor_nouns);
    // A pronoun subject ("they", "彼ら") stands for the last agent.
    if (last_agent) {
      for (const auto& [pb, pe] : rules.Pronouns(s)) {
        Participant p;
        p.begin = pb;
        p.end = pe;
        p.entity = *last_agent;
        p.role = rules.RoleOf(s, pb, pe);
        parts.push_back(p);
      }
      std::sort(parts.begin(), parts.end(),
                [](const Participant& a, const Participant& b) { return a.begin < b.begin; });
    }
    SentenceClaims claims = FindClaims(s, parts, {&t.claims, &t.sources}, rules);
    // "This is known from social media": the next sentence's attribution applies here.
    if (si + 1 < static_cast<int>(doc.sentences.size())) {
      const std::string_view next = doc.Surface(doc.sentences[si + 1].span);
      if (rules.RefersBack(next)) {
        const auto next_parts = CollectParticipants(doc, si + 1, rules, t.actor_nouns);
        auto more = FindClaims(next, next_parts, {&t.claims, &t.sources}, rules);
        for (auto& c : more.claims) {
          claims.claims.push_back(c);
          claims.scopes.push_back({0, s.size()});
        }
        claims.hedged |= more.hedged;
      }
    }
    const auto counts = FindCounts(s, {&t.counts, &t.vague, rules.spaced()});
    std::vector<LexiconMatch> triggers;
    const auto found = t.triggers.Find(s);
    for (const auto& m : found) {
      if (t.triggers.entries()[m.entry].fields[0] == "-") continue;  // suppressor row
      const bool suppressed = std::any_of(found.begin(), found.end(), [&](const LexiconMatch& o) {
        return t.triggers.entries()[o.entry].fields[0] == "-" && o.begin < m.end && m.begin < o.end;
      });
      const bool overlaps = std::any_of(triggers.begin(), triggers.end(), [&](const LexiconMatch& o) {
        return o.begin < m.end && m.begin < o.end;
      });
      if (!suppressed && !overlaps) triggers.push_back(m);
    }
    const bool in_battle = std::any_of(triggers.begin(), triggers.end(), [&](const auto& m) {
      const std::string& cls = t.triggers.entries()[m.entry].fields[0];
      const SubEventInfo* info = res_->ontology.Find(cls);
      return cls == "@take" || cls == "@retake" || (info && info->event_type == "Battles");
    });
    // Killings in a sentence about a strike or explosion are that event's fatalities.
    const bool in_strike = std::any_of(triggers.begin(), triggers.end(), [&](const auto& m) {
      const SubEventInfo* info = res_->ontology.Find(t.triggers.entries()[m.entry].fields[0]);
      return info && info->event_type == "Explosions/Remote violence";
    });
    // "seized the city after troops withdrew": the take is the event (context
    // rules make it non-violent); the withdrawal is its circumstance.
    const bool has_take = std::any_of(triggers.begin(), triggers.end(), [&](const auto& m) {
      const std::string& cls = t.triggers.entries()[m.entry].fields[0];
      return cls == "@take" || cls == "@retake";
    });
    std::vector<Candidate> sentence_events;
    for (const auto& m : triggers) {
      const auto& row = t.triggers.entries()[m.entry];
      if (CueInScope(t.irrealis, s, m.begin, m.end, rules)) continue;
      const std::string& cls = row.fields[0];
      if (cls == "@kill" && in_strike) continue;
      if (cls == "@withdraw" && has_take) continue;
      const PlaceReading reading = cls == "@withdraw" ? PlaceReading::kWithdrawal
                                   : cls == "@flee"   ? PlaceReading::kMovement
                                                      : PlaceReading::kDefault;
      Arguments args = AssignArguments(s, m.begin, m.end, parts, rules, reading);
      Candidate c;
      c.weight = std::atof(row.fields[1].c_str());
      Event& e = c.event;
      std::string sub = ResolveRoleClass(cls, args, s, m.end, t, in_battle);
      sub = ApplyContext(sub, s, t);
      const SubEventInfo* info = res_->ontology.Find(sub);
      if (!info) continue;
      e.sub_event_type = sub;
      e.event_type = info->event_type;
      e.doc = doc.id();
      e.lang = doc.lang;
      if (args.actor1) e.actor1 = ToActor(*args.actor1);
      // Whoever reports the event is not its target ("…, the United Nations said").
      const auto sentence_claims = ClaimsAt(claims, m.begin);
      if (args.actor2 && std::any_of(sentence_claims.begin(), sentence_claims.end(),
                                     [&](const auto& c) { return c.source.id == args.actor2->entity.id; }))
        args.actor2 = nullptr;
      // Property is destroyed, not a person: only a targeted actor is actor2 there.
      const bool property = sub == "Looting/property destruction";
      if (args.actor2 && (!property || args.actor2->role == Role::kTarget))
        e.actor2 = ToActor(*args.actor2);
      if (args.place) {
        const auto& p = args.place->entity;
        e.place = document::PlaceRef{p.id, p.name, p.lat, p.lon, p.country, p.admin1,
                                     std::max(GeoPrecisionOf(p), args.place_near ? 2 : 1)};
      }
      const bool has_timex = AssignDate(doc, si, span.begin + m.begin, e);
      e.counts = counts;
      e.fatalities = Fatalities(counts);
      e.claims = ClaimsAt(claims, m.begin);
      e.negated = CueInScope(t.negation, s, m.begin, m.end, rules);
      // Reports lead with their main event: later sentences count a little less.
      const double position = std::max(0.7, 1.0 - 0.02 * si);
      e.confidence = c.weight * position * (claims.hedged ? 0.8 : 1.0) * (e.negated ? 0.5 : 1.0);
      e.evidence = {std::string(s), span, std::string(s.substr(m.begin, m.end - m.begin))};
      const bool territorial = cls == "@take" || cls == "@retake";
      const bool violent = e.event_type == "Battles" ||
                           e.event_type == "Explosions/Remote violence" ||
                           e.event_type == "Violence against civilians";
      if (territorial) c.passes_guards = e.place && IsSubNational(args.place->entity);
      else if (e.place) c.passes_guards = true;
      else c.passes_guards = violent && c.weight >= 0.8 && e.actor1 && has_timex;
      // ACLED codes no event without a date.
      c.passes_guards = c.passes_guards && e.date.has_value();
      sentence_events.push_back(std::move(c));
    }
    // One event per event type per sentence: the most specific trigger.
    for (auto& c : sentence_events) {
      auto same = std::find_if(all.begin(), all.end(), [&](const Candidate& o) {
        return o.event.evidence.span == c.event.evidence.span &&
               o.event.event_type == c.event.event_type;
      });
      if (same == all.end()) all.push_back(std::move(c));
      else if ((c.passes_guards && !same->passes_guards) ||
               (c.passes_guards == same->passes_guards && c.weight > same->weight))
        *same = std::move(c);
    }
    for (const auto& p : parts) {
      if (p.role == Role::kAgent && !p.source_only && p.kind == document::MentionKind::kActor)
        last_agent = p.entity;
    }
  }
  std::vector<Event> events;
  for (auto& c : all)
    if (c.passes_guards) events.push_back(std::move(c.event));
  // The fallback is for snippets and headlines (a few sentences about one
  // event); a longer text whose candidates all fail the guards has no event.
  if (events.empty() && !all.empty() && doc.sentences.size() <= kSnippetSentences) {
    auto best = std::max_element(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) {
      return a.event.confidence < b.event.confidence;
    });
    best->event.confidence *= 0.5;
    events.push_back(std::move(best->event));
  }
  MergeRepeats(events);
  // An event reported only through its denial is contested: less certain.
  for (auto& e : events) {
    const bool denied_only = !e.claims.empty() &&
                             std::all_of(e.claims.begin(), e.claims.end(), [](const auto& c) {
                               return c.stance == document::Stance::kDenies;
                             });
    if (denied_only) e.confidence *= 0.7;
  }
  // A timeline, as ACLED exports are: by date, then the surest first.
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    const std::string da = a.date.value_or("9999"), db = b.date.value_or("9999");
    if (da != db) return da < db;
    return a.confidence > b.confidence;
  });
  for (size_t i = 0; i < events.size(); ++i) events[i].id = doc.id() + "#e" + std::to_string(i + 1);
  for (auto& e : events) doc.events.push_back(std::move(e));
  return OkStatus();
}

}  // namespace sitrep::events
