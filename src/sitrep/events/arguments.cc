// Argument assignment. Actor1: the agent of a passive ("by X", "Xによって",
// "Xの手に") anywhere in the sentence, else the nearest subject before the
// trigger (unmarked in English, が/は in Japanese); in an English passive the
// subject is the patient. Actor2: a target or patient. Place: the nearest
// linked place in the trigger's clause whose role fits the reading, else any
// place in the sentence that is not a goal or origin.
#include "sitrep/events/arguments.h"

#include <algorithm>
#include <cstdlib>

namespace sitrep::events {
namespace {

// How far after a verb (bytes) its subject may start in a verb-first clause:
// a few words, room for an adverb ("قصفت أمس الطائرات").
constexpr size_t kVerbFirstSubjectReach = 40;

bool IsActor(const Participant& p) {
  if (p.source_only || p.civilian || p.associate) return false;
  return p.kind == document::MentionKind::kActor || p.kind == document::MentionKind::kPerson ||
         (p.kind == document::MentionKind::kCountry && p.role == Role::kAgent);
}

// A country is a place only where the sentence puts the event in it ("in
// Syria", "strikes on Lebanon"); as an adjective, a possessor or a subject
// ("Israeli strikes", "Sudan's army", "Russia said") it is not.
bool IsPlace(const Participant& p) {
  if (p.nationality) return false;
  if (p.kind == document::MentionKind::kPlace) return true;
  return p.kind == document::MentionKind::kCountry &&
         (p.role == Role::kPlace || p.role == Role::kTarget || p.role == Role::kGoal ||
          p.role == Role::kOrigin);
}

// In the trigger's clause a goal ("Xに", "into X") is where the event happens
// (attacks on X, entering X), except for withdrawals, which go elsewhere.
bool PlaceRoleFits(Role role, PlaceReading reading) {
  if (role == Role::kGoal) return reading == PlaceReading::kDefault;
  if (role == Role::kOrigin) return reading != PlaceReading::kDefault;
  // Withdrawing is intransitive: a place marked as an object belongs to another
  // verb ("withdrew to defend Homs").
  if (role == Role::kPatient) return reading != PlaceReading::kWithdrawal;
  return role != Role::kPassiveAgent;
}

size_t Distance(const Participant& p, size_t begin, size_t end) {
  return p.end <= begin ? begin - p.end : (p.begin >= end ? p.begin - end : 0);
}

// True when a "near" cue of the language stands next to the place ("near X",
// "X周辺"); in a space-separated language a cue word ends with a space.
bool NearCue(std::string_view s, const Participant& p, const LanguageRules& rules) {
  constexpr size_t kWindow = 12;  // bytes on each side where the cue may stand
  std::string_view after = s.substr(p.end, kWindow);
  for (const auto& cue : rules.words().Of("near_after"))
    if (after.find(cue.word) != std::string_view::npos) return true;
  const std::string sep = rules.syntax().words() ? " " : "";
  for (const auto& cue : rules.words().Of("near_before")) {
    const std::string c = cue.word + sep;
    const size_t window = std::max(kWindow, c.size());
    const size_t from = p.begin >= window ? p.begin - window : 0;
    if (s.substr(from, p.begin - from).find(c) != std::string_view::npos) return true;
  }
  return false;
}

// True when `p` only says where a speaker is: in a language of spaced words,
// a verb of saying (class "clause_cue") follows it right away, before the
// trigger ("Local officials in Duhok said a strike hit Kani Masi"), and
// another place of the sentence can be the event's.
bool SpeakersPlace(const Participant& p, const std::vector<Participant>& parts, std::string_view s,
                   size_t begin, const LanguageRules& rules) {
  if (!rules.syntax().words() || p.end > begin) return false;
  const auto next = SplitWords(s.substr(p.end, std::min<size_t>(16, begin - p.end)));
  if (next.empty() || !rules.words().Has("clause_cue", next.front().lower)) return false;
  if (s.substr(p.end, next.front().begin).find_first_of(",;") != std::string_view::npos) return false;
  return std::any_of(parts.begin(), parts.end(), [&](const Participant& o) {
    return &o != &p && IsPlace(o) && IsSubNational(o.entity) && o.entity.id != p.entity.id;
  });
}

// True when the words right after `p` say it holds a place, not that it acted
// (class "controller_after": "モロッコが実効支配する西サハラ", "the
// Russian-occupied town"): it is no subject of the trigger.
bool HoldsPlace(const Participant& p, std::string_view s, const LanguageRules& rules) {
  const std::string_view after = s.substr(p.end);
  const auto& cues = rules.words().Of("controller_after");
  return std::any_of(cues.begin(), cues.end(), [&](const auto& w) { return after.starts_with(w.word); });
}

// How far (bytes) the words after a conjunction may run before the conjunct
// they modify: "and allied", "とその同盟" — a few words.
constexpr size_t kConjunctReach = 40;

// Returns the participant just before `p` in `parts`, or nullptr.
const Participant* Before(const Participant* p, const std::vector<Participant>& parts) {
  const Participant* prev = nullptr;
  for (const auto& q : parts) {
    if (&q == p) break;
    if (q.end <= p->begin) prev = &q;
  }
  return prev;
}

// Role pass "first-conjunct": of coordinated subjects ("X and Y attacked",
// "X, Y and Z", "XとYが") the first named is actor1, as ACLED codes the
// leading side; and a conjunct a few words after a conjunction ("Hamas and
// allied fighters", "M23とその同盟民兵は") is led by the named
// actor before it. The first conjunct must open its clause: in "Israel
// struck Hamas and Hezbollah fired", Hamas is an object, not a subject.
const Participant* FirstConjunct(const Participant* subject, std::string_view s,
                                 const std::vector<Participant>& parts, const LanguageRules& rules) {
  const size_t clause_start = rules.ClauseStart(s, subject->begin);
  const std::string sep = rules.syntax().words() ? " " : "";
  const Participant* first = subject;
  for (;;) {
    const Participant* prev = Before(first, parts);
    if (!prev || !IsActor(*prev) || prev->begin < clause_start) break;
    std::string_view gap = s.substr(prev->end, first->begin - prev->end);
    // A bracketed alias closes before the conjunction: "Hayat Tahrir al-Sham (HTS) and".
    for (const std::string_view close : {")", "）"})
      if (gap.substr(0, close.size()) == close) gap.remove_prefix(close.size());
    while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
    while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
    // The same actor named again in brackets ("コロンビア革命軍（FARC）"): one conjunct.
    if (prev->entity.id == first->entity.id && (gap == "(" || gap == "（")) {
      first = prev;
      continue;
    }
    bool exact = false, leads = false;
    for (const auto& c : rules.words().Of("conjunction")) {
      if (gap == c.word) exact = true;
      else if (gap.size() <= kConjunctReach && gap.rfind(c.word + sep, 0) == 0) leads = true;
    }
    if (!exact && !(leads && !prev->generic)) break;
    first = prev;
    if (!exact) break;
  }
  if (first == subject) return subject;
  for (const auto& p : parts) {
    if (&p == first) break;
    // Another actor earlier in the clause (not the same one named twice, "HTS (HST)")
    // makes the first conjunct an object of that actor's verb.
    if (p.begin >= clause_start && IsActor(p) && p.entity.id != first->entity.id) return subject;
  }
  return first;
}

// The named actors coordinated after `first` up to `last` (its subject),
// each entity once, `first`'s own aliases left out.
std::vector<const Participant*> OtherConjuncts(const Participant* first, const Participant* last,
                                               const std::vector<Participant>& parts) {
  std::vector<const Participant*> out;
  for (const auto& p : parts) {
    if (p.begin < first->end || p.end > last->end || !IsActor(p) || p.generic || p.source_only) continue;
    if (p.entity.id == first->entity.id) continue;
    const bool seen = std::any_of(out.begin(), out.end(),
                                  [&](const Participant* q) { return q->entity.id == p.entity.id; });
    if (!seen) out.push_back(&p);
  }
  return out;
}

}  // namespace

Arguments AssignArguments(std::string_view s, size_t begin, size_t end,
                          const std::vector<Participant>& parts, const LanguageRules& rules,
                          PlaceReading reading) {
  Arguments a;
  const bool passive = rules.IsPassive(s, begin, end);
  const size_t clause_start = rules.ClauseStart(s, begin);
  const size_t clause_end = rules.ClauseEnd(s, end);
  // Actor1.
  for (const auto& p : parts) {
    if (IsActor(p) && p.role == Role::kPassiveAgent) {
      if (!a.actor1 || Distance(p, begin, end) < Distance(*a.actor1, begin, end)) a.actor1 = &p;
    }
  }
  // A nominal trigger's genitive is its agent ("政権軍の撤退").
  const lang::Syntax& syntax = rules.syntax();
  if (!a.actor1) {
    for (const auto& p : parts) {
      if (IsActor(p) && rules.IsGenitiveAgent(s, p.begin, p.end, begin, end)) a.actor1 = &p;
    }
    // "XとYの戦闘", "XとYとの戦闘": coordinated genitives are the two sides, the
    // first named leads (as for coordinated subjects).
    if (a.actor1) {
      const Participant* genitive = a.actor1;
      a.actor1 = FirstConjunct(genitive, s, parts, rules);
      if (a.actor1 != genitive) a.conjuncts = OtherConjuncts(a.actor1, genitive, parts);
    }
  }
  const Participant* subject = nullptr;
  for (const auto& p : parts) {
    if (p.end > begin) break;
    if (!IsActor(p) || HoldsPlace(p, s, rules)) continue;
    const bool subj = syntax.subject_marked() ? p.role == Role::kAgent
                                              : p.role == Role::kNone || p.role == Role::kAgent;
    if (subj) subject = &p;
  }
  std::vector<const Participant*> conjuncts;
  if (subject) {
    const Participant* last = subject;
    subject = FirstConjunct(subject, s, parts, rules);
    if (subject != last) conjuncts = OtherConjuncts(subject, last, parts);
  }
  // An unmarked subject of a passive is the one acted on.
  const bool passive_subject = passive && !syntax.subject_marked();
  // A verb-first clause has its subject right after the verb ("قصفت الطائرات
  // المدينة"); its object, if any, follows the subject (actor2 below).
  const bool verb_first = syntax.Allows(lang::WordOrder::kVSO) && !syntax.subject_marked() &&
                          (!subject || subject->end <= clause_start);
  if (!a.actor1 && !passive && verb_first) {
    // The verb is the trigger's first word: a trigger that spans its subject
    // ("سيطرت ... على") still has it after the verb.
    const size_t space = s.substr(begin, end - begin).find(' ');
    const size_t verb_end = space == std::string_view::npos ? end : begin + space;
    for (const auto& p : parts) {
      if (p.begin < verb_end || p.begin >= clause_end || p.begin - verb_end > kVerbFirstSubjectReach)
        continue;
      if (IsActor(p) && p.role == Role::kNone) a.actor1 = &p;
      break;
    }
  }
  if (!a.actor1 && !passive_subject) a.actor1 = subject;
  if (a.actor1 && a.actor1 == subject) a.conjuncts = std::move(conjuncts);
  // Japanese relative clause: "神経ガスを使用した…アサドは" — the head noun after
  // the verb, marked as a subject, did it.
  if (!a.actor1 && syntax.verb_final()) {
    for (const auto& p : parts) {
      if (p.begin >= end && p.begin < clause_end && IsActor(p) && p.role == Role::kAgent) {
        a.actor1 = &p;
        break;
      }
    }
  }
  // Actor2: target/patient actors, or the subject of an English passive.
  if (passive_subject && subject && subject != a.actor1) a.actor2 = subject;
  for (const auto& p : parts) {
    // Civilians are never actor1 here but are the usual actor2 ("Civilians").
    if (a.actor2 || !(IsActor(p) || (p.civilian && !p.source_only)) || &p == a.actor1) continue;
    if (a.actor1 && p.entity.id == a.actor1->entity.id) continue;
    // English object: an unmarked actor right after the verb ("attacked the police").
    const bool after = p.begin >= end && p.begin < std::min(clause_end, end + 40);
    // Japanese marks the one acted on with を or に ("民間人に発砲した").
    if (p.role == Role::kTarget || p.role == Role::kPatient ||
        (syntax.goal_marks_object && p.role == Role::kGoal) ||
        (!syntax.subject_marked() && after && p.role == Role::kNone))
      a.actor2 = &p;
  }
  // Repelling an assault: its author is the attacker, the one who repelled it
  // the other side ("Ukrainian troops repelled 42 Russian assaults").
  if (a.actor1 && a.actor2 && a.actor2->attacker && !a.actor1->attacker) {
    const std::string_view trigger = s.substr(begin, end - begin);
    const auto& repels = rules.words().Of("repel_verb");
    if (std::any_of(repels.begin(), repels.end(), [&](const auto& v) { return trigger == v.word; })) {
      std::swap(a.actor1, a.actor2);
      a.conjuncts.clear();
    }
  }
  // Place: in-clause first, then anywhere in the sentence.
  size_t best = std::string_view::npos;
  for (const auto& p : parts) {
    if (!IsPlace(p) || !PlaceRoleFits(p.role, reading)) continue;
    if (p.end < clause_start || p.begin > clause_end) continue;
    if (SpeakersPlace(p, parts, s, begin, rules)) continue;
    const size_t d = Distance(p, begin, end);
    // The most precise place of the clause wins ("In the West Bank, a raid on
    // Jenin", "the town of Jableh in Latakia province"), then the nearest.
    const bool sub = IsSubNational(p.entity);
    const int prec = GeoPrecisionOf(p.entity);
    const bool better =
        !a.place || (sub && !IsSubNational(a.place->entity)) ||
        (sub == IsSubNational(a.place->entity) &&
         (prec < GeoPrecisionOf(a.place->entity) ||
          (prec == GeoPrecisionOf(a.place->entity) && d < best)));
    if (better) a.place = &p, best = d;
  }
  if (!a.place) {
    for (const auto& p : parts) {
      if (!IsPlace(p) || !IsSubNational(p.entity)) continue;
      if (SpeakersPlace(p, parts, s, begin, rules)) continue;
      // A goal reached before the trigger is where the actor then acted
      // ("entered Damascus and toppled…"); one after it is somewhere else.
      const bool goal_before = p.role == Role::kGoal && p.end <= clause_start &&
                               reading == PlaceReading::kDefault;
      if (!goal_before && !PlaceRoleFits(p.role, reading)) continue;
      if (p.role == Role::kGoal && !goal_before) continue;
      const size_t d = Distance(p, begin, end);
      if (!a.place || d < best) a.place = &p, best = d;
    }
    // A place from another clause is near the event — unless it is marked
    // as where things happened ("ジュバでは5日、治安部隊が…", "In Gondar, soldiers
    // detained…"): a locative topic sets the scene for the clauses after it.
    if (a.place && a.place->role != Role::kPlace) a.place_near = true;
  }
  if (a.place && NearCue(s, *a.place, rules)) a.place_near = true;
  return a;
}

}  // namespace sitrep::events
