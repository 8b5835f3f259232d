// Pass "roles": who did it to whom, then what kind of event it was. The
// arguments come from the grammatical roles (arguments.cc); a role class
// ("@take", "@kill", "@attack"…) becomes an ACLED sub-event type by its
// actors — a state taking ground regains it, killings of civilians are an
// Attack, of fighters a clash — and the context rules of the language
// (event_context.tsv: tear gas at a protest is an intervention) refine it.
#include <algorithm>
#include <cstdlib>

#include "sitrep/events/passes_internal.h"
#include "sitrep/events/weights_internal.h"

namespace sitrep::events {
namespace {

bool ArmedInter(int inter) { return inter >= 1 && inter <= 4; }
constexpr int kRiotersInter = 5;
constexpr int kProtestersInter = 6;

std::string ResolveAttack(const Arguments& args, std::string_view after, const LanguageTables& t) {
  // An assault on armed actors or positions is a clash; on anyone or
  // anything else (people, a mosque, a bus) it is violence against civilians.
  const int inter2 = args.actor2 ? args.actor2->entity.inter : 0;
  // A mob (ACLED's inter code 5, rioters) that attacks is mob violence.
  // (Demonstrators who attack are left to the context rules: their "attack"
  // is often the police's on them.)
  const int inter1 = args.actor1 ? args.actor1->entity.inter : 0;
  if (inter1 == kRiotersInter) return "Mob violence";
  if (ArmedInter(inter2)) return "Armed clash";
  if (args.actor2 && args.actor2->civilian) return "Attack";
  if (!t.armed_targets.Contains(after) && t.civilians.Contains(after)) return "Attack";
  return "Armed clash";
}

// Returns the object side of a verb-final trigger at [trigger_begin, ...):
// the words of its clause before it, after its agent ("武装集団が村を襲撃":
// "が村を"), where an SOV language puts what was attacked or who died.
std::string_view ObjectBefore(const Arguments& args, std::string_view s, size_t trigger_begin,
                              const LanguageTables& t) {
  size_t start = t.rules->ClauseStart(s, trigger_begin);
  if (args.actor1 && args.actor1->end > start && args.actor1->end <= trigger_begin)
    start = args.actor1->end;
  return s.substr(start, trigger_begin - start);
}

std::string ResolveKill(const Arguments& args, const SentenceView& s, size_t trigger_begin,
                        size_t trigger_end, const LanguageTables& t, bool in_battle) {
  if (args.actor2 && args.actor2->civilian) return "Attack";
  if (s.matches.Contains(t.civilians, s.text)) return "Attack";
  if (in_battle) return "Armed clash";
  const int inter1 = args.actor1 ? args.actor1->entity.inter : 0;
  const int inter2 = args.actor2 ? args.actor2->entity.inter : 0;
  if (ArmedInter(inter1) && ArmedInter(inter2)) return "Armed clash";
  // Victims named after the trigger: armed ones make it a clash. (A trigger
  // ends a word, and a match reads only forward from its first word, so the
  // sentence's matches from there are those of the text after the trigger.)
  // In a verb-final language the victims stand before the trigger, in its
  // clause ("兵士4人が死亡").
  const bool verb_final = t.rules->syntax().verb_final();
  const std::string_view before = verb_final ? ObjectBefore(args, s.text, trigger_begin, t) : "";
  const size_t before_begin = static_cast<size_t>(before.data() - s.text.data());
  for (const auto& m : s.matches.Of(t.actor_nouns, s.text)) {
    const bool victim = verb_final ? m.begin >= before_begin && m.end <= trigger_begin
                                   : m.begin >= trigger_end;
    if (!victim) continue;
    if (ArmedInter(std::atoi(t.actor_nouns.entries()[m.entry].fields[0].c_str())))
      return "Armed clash";
  }
  return "Attack";
}

// True when a take's object is a post of armed actors, not ground ("stormed a
// police station", "overran a military base": an armed_targets word among the
// kFacilityObjectWords words after the trigger).
bool TakesPost(const SentenceView& view, size_t trigger_end, const LanguageTables& t) {
  const std::string_view s = view.text;
  size_t end = trigger_end;
  for (int words = 0; words < kFacilityObjectWords && end < s.size(); ++words) {
    while (end < s.size() && s[end] == ' ') ++end;
    while (end < s.size() && s[end] != ' ' && s[end] != ',' && s[end] != '.' && s[end] != ';') ++end;
    if (end < s.size() && s[end] != ' ') break;
  }
  for (const auto& m : view.matches.Of(t.armed_targets, s))
    if (m.begin >= trigger_end && m.end <= end) return true;
  return false;
}

// True when a take's object is a building that holds no ground ("stormed the
// headquarters of a company", "stormed a hotel"): a word of the pack's class
// "building_object" among the kFacilityObjectWords words after the trigger.
bool TakesBuilding(const SentenceView& view, size_t trigger_end, const LanguageTables& t) {
  const auto& buildings = t.rules->words().Of("building_object");
  if (buildings.empty() || trigger_end >= view.text.size()) return false;
  const auto words = SplitWords(view.text.substr(trigger_end, 48), &t.rules->forms());
  for (size_t i = 0; i < words.size() && i < static_cast<size_t>(kFacilityObjectWords); ++i)
    for (const auto& b : buildings)
      if (words[i].lower == b.word) return true;
  return false;
}

// True when a take is of a post (TakesPost) and the sentence also tells
// fighting or killing (a violent trigger that is no take): the assault is the
// event, an Armed clash, whoever held the post after.
bool FacilityAssault(const SentenceView& view, size_t trigger_end, const SentenceTriggers& triggers,
                     const LanguageTables& t) {
  const bool fought = std::any_of(triggers.hits.begin(), triggers.hits.end(), [](const TriggerHit& h) {
    return h.violent && h.role_class != "@take" && h.role_class != "@retake";
  });
  return fought && TakesPost(view, trigger_end, t);
}

// Returns the sub-event type a role class takes with these arguments; a class
// that is already a sub-event type is returned as is. `in_battle`: the
// sentence also reports fighting, so its killings are the battle's fatalities
// ("clashes left 12 dead") rather than an attack on civilians.
std::string ResolveRoleClass(const std::string& cls, const Arguments& args, const SentenceView& view,
                             size_t trigger_begin, size_t trigger_end, const LanguageTables& t,
                             const SentenceTriggers& triggers) {
  const bool in_battle = triggers.in_battle;
  const std::string_view s = view.text;
  const int inter1 = args.actor1 ? args.actor1->entity.inter : 0;
  if (cls == "@take" && FacilityAssault(view, trigger_end, triggers, t)) return "Armed clash";
  // Storming a building is an assault on it, whoever holds it after.
  if (cls == "@take" && TakesBuilding(view, trigger_end, t))
    return ResolveRoleClass("@attack", args, view, trigger_begin, trigger_end, t, triggers);
  // A state's forces taking ground in another country overtake it (ACLED
  // codes foreign state actors with the non-state ones): Russian forces
  // seizing a Ukrainian town regain nothing.
  const bool foreign = args.actor1 && args.place && !args.actor1->entity.country.empty() &&
                       !args.place->entity.country.empty() &&
                       args.actor1->entity.country != args.place->entity.country;
  if (cls == "@take")
    return inter1 == 1 && !foreign ? "Government regains territory" : "Non-state actor overtakes territory";
  if (cls == "@retake")
    return (inter1 >= 2 && inter1 <= 4) || foreign ? "Non-state actor overtakes territory"
                                                   : "Government regains territory";
  if (cls == "@withdraw") {
    // "withdrew its ships", "撤退させた": moving one's own forces, not yielding ground.
    return t.rules->IsTransitiveUse(s, trigger_end) ? "Change to group/activity"
                                                     : "Non-violent transfer of territory";
  }
  if (cls == "@protest") return "Peaceful protest";
  if (cls == "@flee") return "Other";
  if (cls == "@attack") {
    // A verb-final language names what was attacked before the trigger
    // ("診療所に発砲", "軍の車両を銃撃").
    if (t.rules->syntax().verb_final())
      return ResolveAttack(args, ObjectBefore(args, s, trigger_begin, t), t);
    // What was attacked: the words after the trigger up to a comma or the
    // clause's end ("opened fire on houses…, police said": the police report).
    std::string_view after = s.substr(trigger_end, std::min<size_t>(80, t.rules->ClauseEnd(s, trigger_end) - trigger_end));
    // A participle after the comma goes on telling the victims (", wounding two nurses").
    for (size_t from = 0;;) {
      const size_t comma = after.find(',', from);
      if (comma == std::string_view::npos) break;
      const auto next = SplitWords(after.substr(comma + 1, 24));
      const bool participle = !next.empty() && next[0].lower.size() > 4 &&
                              next[0].lower.compare(next[0].lower.size() - 3, 3, "ing") == 0;
      if (!participle) {
        after = after.substr(0, comma);
        break;
      }
      from = comma + 1;
    }
    if (const size_t comma = after.find("、"); comma != std::string_view::npos) after = after.substr(0, comma);
    return ResolveAttack(args, after, t);
  }
  if (cls == "@kill") return ResolveKill(args, view, trigger_begin, trigger_end, t, in_battle);
  return cls;
}

// Returns `sub` rewritten by the first context rule for it whose pattern the
// sentence contains.
std::string ApplyContext(const std::string& sub, const SentenceView& s, const LanguageTables& t) {
  for (const auto& row : t.context.entries()) {
    if (row.pattern != sub) continue;
    if (s.matches.ContainsPhrase(row.fields[0], t.rules->syntax().words(), &t.rules->forms(), s.text))
      return row.fields[1];
  }
  return sub;
}

PlaceReading ReadingOf(const std::string& cls) {
  if (cls == "@withdraw") return PlaceReading::kWithdrawal;
  if (cls == "@flee") return PlaceReading::kMovement;
  return PlaceReading::kDefault;
}

document::ActorRef ToActor(const Participant& p) {
  return {p.entity.id, p.entity.name, p.entity.inter};
}

std::string Surface(const SentenceView& s, const Participant& p) {
  return std::string(s.text.substr(p.begin, p.end - p.begin));
}

// True when `actor` only speaks: it is the subject of a verb of saying that
// introduces a clause (word class "clause_cue": "said", "told") standing
// between it and the trigger (or, verb first, has it right after), and the reported clause does not refer back to
// it ("it", "its forces", "they": class "speaker_pronoun") as the one who
// acted (a passive reported clause names its patient). "The ministry said
// an airstrike hit the town": the ministry reports the strike, it did not make it.
bool OnlySpeaks(const Participant& actor, const TriggerHit& hit, const SentenceView& s,
                const LanguageTables& t) {
  if (actor.end > hit.begin) return false;
  const lang::WordClasses& classes = t.rules->words();
  for (const auto& [cb, ce] : s.claims.subject_cues) {
    // The cue's subject stands before it ("the army said") or, verb first,
    // right after it ("قال الجيش").
    const bool before = actor.end <= cb;
    const bool after = t.rules->syntax().Allows(lang::WordOrder::kVSO) && actor.begin >= ce &&
                       actor.begin - ce <= 2;
    if ((!before && !after) || ce > hit.begin) continue;
    const std::string_view cue = s.text.substr(cb, ce - cb);
    std::string lower(cue);
    for (auto& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (!classes.Has("clause_cue", lower)) continue;
    const size_t from = std::max(ce, actor.end);
    const auto words = SplitWords(s.text.substr(from, hit.begin - from), &t.rules->forms());
    const bool refers_back = std::any_of(words.begin(), words.begin() + std::min<size_t>(words.size(), 3),
                                         [&](const Word& w) { return classes.Has("speaker_pronoun", w.lower); });
    if (!refers_back) return true;
    // "…said their base was hit by mortar fire": in a passive report the
    // pronoun names the one struck, not the one who struck.
    const bool passive = std::any_of(words.begin(), words.end(), [&](const Word& w) {
      return t.rules->IsPassive(s.text, from + w.begin, from + w.end);
    });
    if (passive) return true;
  }
  return false;
}

// The speaker a generic actor belongs to: "the Iraqi army said its troops
// shelled…" — forces introduced by a possessive of the speaker
// (speaker_pronoun) right after a verb of saying are the speaker's. Or nullptr.
const Participant* SpeakersOwn(const Participant& actor, const SentenceView& s, const LanguageTables& t) {
  if (!actor.generic) return nullptr;
  const lang::WordClasses& classes = t.rules->words();
  const auto before = LastWords(s.text.substr(0, actor.begin), 1);
  if (before.empty() || !classes.Has("speaker_pronoun", before[0].lower)) return nullptr;
  for (const auto& [cb, ce] : s.claims.subject_cues) {
    if (ce > actor.begin || actor.begin - ce > 8) continue;
    std::string lower(s.text.substr(cb, ce - cb));
    for (auto& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (!classes.Has("clause_cue", lower)) continue;
    const Participant* speaker = nullptr;
    for (const auto& p : s.participants)
      if (p.end <= cb && !p.generic && !p.source_only && !p.civilian &&
          (p.kind == document::MentionKind::kActor || p.kind == document::MentionKind::kCountry))
        speaker = &p;
    if (speaker) return speaker;
  }
  return nullptr;
}

// The speaker a reported clause opens on ("The Israeli military said it had
// struck…", "Uganda's army said its troops had destroyed two ADF camps…,
// killing 12 fighters"): the subject of that clause is the speaker, so an
// actor read inside it before the trigger is its object, not its actor1. Or
// nullptr. Not when the clause is passive, a word of class
// "not_speakers_deed" stands between (a relative or subordinate clause,
// "came under attack", "shot down 40 Russian drones"), the actor read stands
// right before the trigger ("Russian | drones") or after it ("by militants").
const Participant* SpeakerOfReportedClause(const Participant* actor, const TriggerHit& hit,
                                           const SentenceView& s, const LanguageTables& t) {
  const lang::WordClasses& classes = t.rules->words();
  if (classes.Of("not_speakers_deed").empty()) return nullptr;
  if (actor && (actor->end > hit.begin || hit.begin - actor->end <= 1 || actor->role == Role::kPassiveAgent))
    return nullptr;
  for (const auto& [cb, ce] : s.claims.subject_cues) {
    if (ce > hit.begin) continue;
    std::string lower(s.text.substr(cb, ce - cb));
    for (auto& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (!classes.Has("clause_cue", lower)) continue;
    const auto words = SplitWords(s.text.substr(ce, hit.begin - ce), &t.rules->forms());
    size_t first = !words.empty() && words[0].lower == "that" ? 1 : 0;
    if (first >= words.size() || !classes.Has("speaker_pronoun", words[first].lower)) continue;
    if (actor && actor->begin < ce + words[first].end) continue;
    const bool broken = std::any_of(words.begin() + first, words.end(), [&](const Word& w) {
      return classes.Has("not_speakers_deed", w.lower) || classes.Has("clause_cue", w.lower) ||
             t.rules->IsPassive(s.text, ce + w.begin, ce + w.end);
    });
    if (broken || t.rules->IsPassive(s.text, hit.begin, hit.end)) continue;
    const Participant* speaker = nullptr;
    for (const auto& p : s.participants)
      if (p.end <= cb && !p.generic && !p.source_only && !p.civilian &&
          (p.kind == document::MentionKind::kActor || p.kind == document::MentionKind::kCountry))
        speaker = &p;
    if (speaker && speaker->entity.inter >= 1 && speaker->entity.inter <= 4) return speaker;
  }
  return nullptr;
}

}  // namespace

bool AssignRoles(Candidate& c, const SentenceView& s, const SentenceTriggers& triggers,
                 const LanguageTables& t, const Ontology& ontology) {
  const TriggerHit& hit = c.trigger;
  c.args = AssignArguments(s.text, hit.begin, hit.end, s.participants, *t.rules,
                           ReadingOf(hit.role_class));
  const Participant* read_actor1 = c.args.actor1;
  if (c.args.actor1 && OnlySpeaks(*c.args.actor1, hit, s, t)) {
    c.trace.push_back("'" + Surface(s, *c.args.actor1) + "' only reports it: not actor1");
    c.args.actor1 = nullptr;
  }
  if (c.args.actor1) {
    if (const Participant* speaker = SpeakersOwn(*c.args.actor1, s, t)) {
      c.trace.push_back("'" + Surface(s, *c.args.actor1) + "' are the speaker's own: " + speaker->entity.name);
      c.args.actor1 = speaker;
    }
  }
  if (const Participant* speaker = SpeakerOfReportedClause(c.args.actor1, hit, s, t)) {
    c.trace.push_back("actor1 " + speaker->entity.name + ": the speaker the reported clause opens on" +
                      (c.args.actor1 ? " ('" + Surface(s, *c.args.actor1) + "' is its object)" : ""));
    c.args.actor1 = speaker;
  }
  // The conjuncts were coordinated with the subject first read as actor1.
  if (c.args.actor1 != read_actor1) c.args.conjuncts.clear();
  c.post_taken = hit.take && TakesPost(s, hit.end, t);
  const std::string resolved =
      ResolveRoleClass(hit.role_class, c.args, s, hit.begin, hit.end, t, triggers);
  const std::string sub = ApplyContext(resolved, s, t);
  const SubEventInfo* info = ontology.Find(sub);
  if (!info) return false;
  document::Event& e = c.event;
  e.sub_event_type = sub;
  e.event_type = info->event_type;
  if (resolved != hit.role_class) c.trace.push_back("role class " + hit.role_class + " -> " + resolved);
  if (sub != resolved) c.trace.push_back("context rule " + resolved + " -> " + sub);
  // A demonstration's actor1 is its demonstrators (ACLED's protest coding):
  // state forces read as the subject ("デモ隊に警察が催涙ガスを発射した",
  // "police fired tear gas at protesters") intervened, they are actor2.
  // Excessive force is coded with the forces that used it.
  const Participant* intervened = nullptr;
  if (c.args.actor1 && e.event_type == "Protests" && sub != "Excessive force against protesters" &&
      c.args.actor1->entity.inter == 1) {
    intervened = c.args.actor1;
    c.trace.push_back("'" + Surface(s, *intervened) + "' intervened in the protest: actor2, not actor1");
    c.args.actor1 = nullptr;
    c.args.conjuncts.clear();
  }
  if (c.args.actor1) {
    e.actor1 = ToActor(*c.args.actor1);
    c.trace.push_back("actor1 " + e.actor1->name + " from '" + Surface(s, *c.args.actor1) + "'");
  }
  // Whoever reports the event is not its target ("…, the United Nations said").
  const auto claims = ClaimsAt(s.claims, hit.begin);
  const Participant* a2 = c.args.actor2;
  if (intervened && (!a2 || a2->entity.inter == kProtestersInter)) a2 = intervened;
  if (a2 && std::any_of(claims.begin(), claims.end(),
                        [&](const auto& cl) { return cl.source.id == a2->entity.id; }))
    a2 = nullptr;
  // Property is destroyed, not a person: only a targeted actor is actor2 there.
  if (a2 && sub == "Looting/property destruction" && a2->role != Role::kTarget) a2 = nullptr;
  // "X and Y clashed": the other conjunct is the other side (over a generic
  // one: "…clashed, killing six fighters"); in any other event it acted with
  // actor1 (ACLED's associated actor).
  std::vector<const Participant*> conjuncts = c.args.conjuncts;
  if ((!a2 || a2->generic) && !conjuncts.empty() && sub == "Armed clash") {
    a2 = conjuncts.front();
    conjuncts.erase(conjuncts.begin());
  }
  if (a2) {
    e.actor2 = ToActor(*a2);
    c.trace.push_back("actor2 " + e.actor2->name + " from '" + Surface(s, *a2) + "'");
  }
  // "Government forces backed by tribal fighters clashed…": a named associate
  // of the trigger's clause, before it, stood with actor1.
  if (c.args.actor1) {
    const size_t clause = t.rules->ClauseStart(s.text, hit.begin);
    for (const auto& p : s.participants) {
      if (!p.associate || p.generic || p.kind != document::MentionKind::kActor) continue;
      if (p.begin < clause || p.end > hit.begin || p.entity.id == c.args.actor1->entity.id) continue;
      const bool seen = std::any_of(conjuncts.begin(), conjuncts.end(),
                                    [&](const Participant* q) { return q->entity.id == p.entity.id; });
      if (!seen) conjuncts.push_back(&p);
    }
  }
  for (const Participant* p : conjuncts) {
    if (a2 && p->entity.id == a2->entity.id) continue;
    e.assoc_actor1.push_back(ToActor(*p));
    c.trace.push_back("assoc_actor1 " + e.assoc_actor1.back().name + " from '" + Surface(s, *p) +
                      (p->associate ? "' (associated with actor1)" : "' (coordinated with actor1)"));
  }
  return true;
}

}  // namespace sitrep::events
