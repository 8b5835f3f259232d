// Pass "sentences": what one sentence offers the later passes — its
// participants (linked mentions and generic actor nouns, pronouns standing for
// the last agent, a country's forces named by the country: "Israeli
// strikes", "Myanmar's military"), its claims and its counts. Nothing in the
// dateline takes part. A sentence that opens by pointing back ("This was…",
// "これは…") lends its attribution to the sentence before it.
#include <algorithm>
#include <cctype>

#include "sitrep/events/counts.h"
#include "sitrep/events/passes_internal.h"
#include "sitrep/events/weights_internal.h"

namespace sitrep::events {
namespace {

// Adds a participant for each pronoun of `s` standing for `agent`.
void AddPronouns(std::string_view s, const document::EntityRef& agent, const LanguageRules& rules,
                 std::vector<Participant>& parts) {
  for (const auto& [pb, pe] : rules.Pronouns(s)) {
    Participant p;
    p.begin = pb;
    p.end = pe;
    p.entity = agent;
    p.role = rules.RoleOf(s, pb, pe);
    parts.push_back(p);
  }
  std::sort(parts.begin(), parts.end(),
            [](const Participant& a, const Participant& b) { return a.begin < b.begin; });
}

// "Inmates belonging to the Los Lobos gang killed…": a named armed actor
// right after a phrase of class "member_of" (whose own preposition would
// mark it as a goal) is the group the subject belongs to, and so the
// subject itself: its role becomes the unmarked subject's.
void MemberOfSubjects(std::string_view s, const LanguageRules& rules, std::vector<Participant>& parts) {
  const auto& cues = rules.words().Of("member_of");
  if (cues.empty()) return;
  for (auto& p : parts) {
    if (p.kind != document::MentionKind::kActor || p.generic || p.civilian || p.source_only) continue;
    std::string lower(s.substr(0, p.begin));
    for (auto& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    while (!lower.empty() && lower.back() == ' ') lower.pop_back();
    if (lower.ends_with(" the")) lower.resize(lower.size() - 4);
    const bool member = std::any_of(cues.begin(), cues.end(), [&](const lang::ClassWord& w) {
      return lower.ends_with(" " + w.word);
    });
    if (member) p.role = Role::kNone;
  }
}

// "a bomb hit a convoy on the road from Gao to Ansongo": the town a route
// leads from (a phrase of class "route_from" right before it, ending in the
// origin's own marker) is where the event happened, not where someone came
// from; the town it leads to is only the way.
void RouteOrigins(std::string_view s, const LanguageRules& rules, std::vector<Participant>& parts) {
  const auto& routes = rules.words().Of("route_from");
  if (routes.empty()) return;
  for (auto& p : parts) {
    if (p.kind != document::MentionKind::kPlace || p.role != Role::kOrigin) continue;
    std::string_view before = s.substr(0, p.begin);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    std::string lower(before.substr(before.size() - std::min<size_t>(before.size(), 40)));
    for (auto& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    const bool route = std::any_of(routes.begin(), routes.end(), [&](const lang::ClassWord& w) {
      return lower.ends_with(w.word) &&
             (lower.size() == w.word.size() || !std::isalnum(static_cast<unsigned char>(lower[lower.size() - w.word.size() - 1])));
    });
    if (route) p.role = Role::kPlace;
  }
}

// Adds the attribution of sentence `next` when it refers back to this one.
void BorrowNextAttribution(const document::Document& doc, int next, const LanguageTables& t,
                           const DocumentContext& ctx, SentenceView& view) {
  if (next >= static_cast<int>(doc.sentences.size())) return;
  const std::string_view text = doc.Surface(doc.sentences[next].span);
  if (!t.rules->RefersBack(text)) return;
  const auto parts =
      CollectParticipants(doc, next, ctx.mentions_by_sentence[next], *t.rules, t.actor_nouns);
  auto more = FindClaims(text, parts, {&t.claims, &t.sources}, *t.rules);
  for (auto& c : more.claims) {
    view.claims.claims.push_back(c);
    view.claims.scopes.push_back({0, view.text.size()});
  }
  view.claims.hedged |= more.hedged;
}

// The gap between a country and the noun naming its forces: nothing, a
// space, or the language's link ("Sudan's army", "ミャンマーの国軍").
bool ForcesGap(std::string_view gap, const LanguageRules& rules) {
  if (gap.empty() || gap == " ") return true;
  return rules.words().JoinsWith("link", gap);
}

// A country as the agent of a passive of state violence ("Lebanon was shelled
// by Israel", "イスラエルによって空爆された") stands for its forces as the subject of
// the active verb does: the nearest weapon row a few bytes before or after the
// agent, with no punctuation between them.
std::vector<LexiconMatch>::const_iterator PassiveWeapon(std::string_view s, const Participant& p,
                                                        const std::vector<LexiconMatch>& nouns,
                                                        const LanguageTables& t) {
  constexpr size_t kReach = 16;  // bytes: "shelled by ", "によって"
  if (p.role != Role::kPassiveAgent) return nouns.end();
  auto best = nouns.end();
  size_t best_gap = kReach + 1;
  for (auto m = nouns.begin(); m != nouns.end(); ++m) {
    const auto& fields = t.national_forces.entries()[m->entry].fields;
    if (fields.size() < 2 || fields[1] != "weapon") continue;
    size_t gap = kReach + 1;
    if (m->end <= p.begin) gap = p.begin - m->end;
    else if (m->begin >= p.end) gap = m->begin - p.end;
    if (gap > kReach) continue;
    const std::string_view between = s.substr(m->end <= p.begin ? m->end : p.end, gap);
    if (between.find_first_of(",.;") != std::string_view::npos) continue;
    if (gap < best_gap) best = m, best_gap = gap;
  }
  return best;
}

// A country as the subject of a verb of launching whose object is a weapon
// ("Russia launched dozens of drones", "Pakistan carried out air strikes"): the
// verb is a launch_verb of the language's word classes, right after the country;
// the weapon row starts a few words after it, with no punctuation between.
std::vector<LexiconMatch>::const_iterator LaunchedWeapon(std::string_view s, const Participant& p,
                                                         const std::vector<LexiconMatch>& nouns,
                                                         const LanguageTables& t) {
  constexpr size_t kReach = 32;  // bytes from the verb to its weapon: "a barrage of", "dozens of"
  const std::string_view rest = s.substr(p.end);
  size_t verb_end = 0;
  for (const auto& v : t.rules->words().Of("launch_verb")) {
    const std::string cue = " " + v.word + " ";
    if (rest.starts_with(cue)) verb_end = std::max(verb_end, p.end + cue.size() - 1);
  }
  if (verb_end == 0) return nouns.end();
  for (auto m = nouns.begin(); m != nouns.end(); ++m) {
    const auto& fields = t.national_forces.entries()[m->entry].fields;
    if (fields.size() < 2 || fields[1] != "weapon" || m->begin < verb_end || m->begin - verb_end > kReach) continue;
    const std::string_view gap = s.substr(verb_end, m->begin - verb_end);
    if (gap.find_first_of(",.;") != std::string_view::npos) continue;
    // A subordinate clause or a defence between them ("launched an inquiry after
    // drones hit", "launched interceptors that shot down drones").
    const auto& breaks = t.rules->words().Of("not_speakers_deed");
    if (std::any_of(breaks.begin(), breaks.end(), [&](const auto& b) {
          return (" " + std::string(gap)).find(" " + b.word + " ") != std::string::npos;
        }))
      continue;
    return m;
  }
  return nouns.end();
}

// The document's own actor for `country`'s forces of `kind`, if it names one.
}  // namespace

std::optional<document::EntityRef> NamedForces(const document::Document& doc, const std::string& code,
                                               const std::string& kind) {
  const std::string prefix = kind == "police" ? "Police Forces of" : "Military Forces of";
  for (const auto& m : doc.mentions) {
    if (m.kind != document::MentionKind::kActor || !m.entity) continue;
    const auto& e = *m.entity;
    if (e.country == code && e.name.rfind(prefix, 0) == 0) return e;
  }
  return std::nullopt;
}

document::EntityRef ForcesOf(const document::Document& doc, const document::EntityRef& country,
                             const std::string& kind, const LanguageTables& t) {
  if (auto named = NamedForces(doc, country.country, kind)) return *named;
  document::EntityRef e;
  std::string code = country.country;
  for (auto& c : code) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const bool police = kind == "police";
  e.id = "actor:" + code + (police ? "-police" : "-military");
  const auto of = t.names_after_of.find(country.country);
  e.name = (police ? "Police Forces of " : "Military Forces of ") +
           (of != t.names_after_of.end() ? of->second : country.name);
  e.country = country.country;
  e.inter = 1;
  e.feature = "state_forces";
  return e;
}

void ReadNationalForces(const document::Document& doc, std::string_view s, const LanguageTables& t,
                        std::vector<Participant>& parts) {
  const auto nouns = t.national_forces.Find(s);
  // Where the country stands: before its noun ("Russian forces") or, in a
  // language whose modifiers follow their noun, after it ("pasukan Rusia").
  const bool country_after = t.rules->syntax().modifier == lang::Genitive::kAfter;
  // Where modifiers follow their noun, a country right after a noun of people
  // is whose they are ("warga Israel", Israeli residents), not a subject.
  std::vector<LexiconMatch> people;
  if (country_after) {
    people = t.civilians.Find(s);
    const auto actors = t.actor_nouns.Find(s);
    people.insert(people.end(), actors.begin(), actors.end());
  }
  for (size_t i = 0; i < parts.size(); ++i) {
    Participant& p = parts[i];
    if (p.kind != document::MentionKind::kCountry || p.entity.country.empty()) continue;
    const bool modifies_people = std::any_of(people.begin(), people.end(), [&](const LexiconMatch& m) {
      return m.end <= p.begin && p.begin - m.end <= 1;
    });
    auto noun = std::find_if(nouns.begin(), nouns.end(), [&](const LexiconMatch& m) {
      // An active verb of state violence has the country before it as its
      // subject even where modifiers follow their noun ("Israel menyerang
      // Rafah"): its row's third column is "subject".
      const auto& f = t.national_forces.entries()[m.entry].fields;
      const bool subject_verb = f.size() > 2 && f[2] == "subject";
      if (subject_verb && modifies_people) return false;
      if (country_after && !subject_verb)
        return m.end <= p.begin && p.begin - m.end <= 4 &&
               ForcesGap(s.substr(m.end, p.begin - m.end), *t.rules);
      if (m.begin < p.end || m.begin - p.end > 4) return false;
      std::string_view gap = s.substr(p.end, m.begin - p.end);
      // An abbreviation's last dot, left out of the mention ("U.S. warplanes").
      const std::string_view name = s.substr(p.begin, p.end - p.begin);
      if (!gap.empty() && gap.front() == '.' && name.find('.') != std::string_view::npos) gap.remove_prefix(1);
      return ForcesGap(gap, *t.rules);
    });
    if (noun == nouns.end()) noun = PassiveWeapon(s, p, nouns, t);
    if (noun == nouns.end() && !country_after) noun = LaunchedWeapon(s, p, nouns, t);
    if (noun == nouns.end()) continue;
    const auto& row = t.national_forces.entries()[noun->entry];
    p.entity = ForcesOf(doc, p.entity, row.fields[0], t);
    p.kind = document::MentionKind::kActor;
    p.generic = false;
    // A forces noun is part of the name ("Sudan's army"); a weapon is the
    // event's trigger and stays outside it ("Israeli | strikes").
    const bool part_of_name = row.fields.size() < 2 || row.fields[1] != "weapon";
    p.attacker = row.fields.size() > 2 && row.fields[2] == "attack";
    if (part_of_name && country_after) {
      p.begin = noun->begin;
      // The noun may already be a participant of its own ("tentara" -> State forces).
      const size_t before = static_cast<size_t>(
          std::count_if(parts.begin(), parts.begin() + i, [&](const Participant& q) { return q.end > p.begin; }));
      const Participant merged = p;
      parts.erase(std::remove_if(parts.begin(), parts.begin() + i + 1,
                                 [&](const Participant& q) { return q.end > merged.begin; }),
                  parts.begin() + i + 1);
      i -= before;
      parts.insert(parts.begin() + i, merged);
    } else if (part_of_name) {
      p.end = noun->end;
      // The noun may already be a participant of its own ("army" -> State forces).
      parts.erase(std::remove_if(parts.begin() + i + 1, parts.end(),
                                 [&](const Participant& q) { return q.begin < p.end; }),
                  parts.end());
    }
    Participant& q = parts[i];
    q.role = t.rules->RoleOf(s, q.begin, q.end);
  }
}

// A named group right before a noun of assault is its author as a country is
// ("repulsed an Islamic State attack", "fought off an M23 assault", "beat back
// the RSF's offensive"): the attacker wherever it stands (see ReadNationalForces).
void MarkAttackAuthors(std::string_view s, const LanguageTables& t, std::vector<Participant>& parts) {
  const auto nouns = t.national_forces.Find(s);
  for (auto& p : parts) {
    if (p.attacker || p.kind != document::MentionKind::kActor || p.source_only || p.civilian) continue;
    p.attacker = std::any_of(nouns.begin(), nouns.end(), [&](const LexiconMatch& m) {
      const auto& f = t.national_forces.entries()[m.entry].fields;
      if (f.size() < 3 || f[2] != "attack" || m.begin < p.end || m.begin - p.end > 4) return false;
      return ForcesGap(s.substr(p.end, m.begin - p.end), *t.rules);
    });
  }
}

void MarkAssociates(std::string_view s, const LanguageTables& t, std::vector<Participant>& parts) {
  for (const auto& m : t.associates.Find(s)) {
    const auto& fields = t.associates.entries()[m.entry].fields;
    const bool before = !fields.empty() && fields[0] == "before";
    Participant* found = nullptr;
    for (auto& p : parts) {
      if (p.kind == document::MentionKind::kPlace) continue;
      if (before && p.end <= m.begin && m.begin - p.end <= kAssociateGapBefore) found = &p;
      if (!before && p.begin >= m.end && p.begin - m.end <= kAssociateReachAfter) {
        found = &p;
        break;
      }
    }
    if (found) found->associate = true;
  }
}

void JoinAppositions(std::string_view s, const LanguageTables& t, std::vector<Participant>& parts) {
  for (const auto& m : t.appositions.Find(s)) {
    auto named = std::find_if(parts.begin(), parts.end(), [&](const Participant& p) {
      return p.kind == document::MentionKind::kActor && !p.generic && p.end <= m.begin &&
             m.begin - p.end <= kAppositionNameGap;
    });
    if (named == parts.end()) continue;
    // The head ends the phrase: of generic nouns a few bytes apart
    // ("過激派|組織の|戦闘員が"), the last; the ones before it modify it.
    auto noun = parts.end();
    for (auto q = parts.begin(); q != parts.end(); ++q) {
      if (q->kind != document::MentionKind::kActor || !q->generic || q->begin < m.end ||
          q->begin - m.end > kAppositionReach)
        continue;
      const size_t from = noun == parts.end() ? m.end : noun->end;
      const std::string_view between = s.substr(from, q->begin - from);
      if (between.find("、") != std::string_view::npos || between.find(',') != std::string_view::npos) break;
      if (noun != parts.end()) {
        // Modifier and head are joined by a link ("組織の"), not a case mark ("が").
        const auto links = t.rules->words().Of("link");
        const bool linked = between.empty() || std::any_of(links.begin(), links.end(), [&](const auto& w) {
          return !w.word.empty() && between.size() >= w.word.size() &&
                 between.substr(between.size() - w.word.size()) == w.word;
        });
        if (!linked || q->begin - noun->end > kAppositionChainGap) break;
      }
      noun = q;
    }
    if (noun == parts.end()) continue;
    const size_t end = noun->end;
    named->end = end;
    named->role = t.rules->RoleOf(s, named->begin, named->end);
    const size_t from = m.end;
    parts.erase(std::remove_if(parts.begin(), parts.end(),
                               [&](const Participant& q) { return q.begin >= from && q.end <= end; }),
                parts.end());
  }
}

// True when `p` is a place in a country the document barely names while it
// names another country at least kForeignPlaceMinOther times: a name read as
// the wrong town, no place of the sentence (a wrong place is worse than none,
// and the sentence may name the right one or refer back to it). Barely: the
// place alone names its country (kForeignPlaceMaxSupport: "周辺の森" read as
// Mori, Japan, in a report from Kashmir), or, for a town linked by sound or
// spelling alone (fuzzy, translit), at most kGuessedForeignMaxSupport
// mentions ("Karabakh" read as Kulebaki beside "Russian peacekeepers").
bool ForeignPlace(const Participant& p, const DocumentContext& ctx) {
  if (p.kind != document::MentionKind::kPlace || p.entity.country.empty()) return false;
  const int most = p.guessed ? kGuessedForeignMaxSupport : kForeignPlaceMaxSupport;
  if (ctx.Support(p.entity.country) > most) return false;
  return std::any_of(ctx.country_support.begin(), ctx.country_support.end(), [&](const auto& cs) {
    return cs.first != p.entity.country && cs.second >= kForeignPlaceMinOther;
  });
}

// True when place `p` names a group, not where anything happened: in a
// language of spaced words, a word of class "group_head_after" follows it
// right away ("the Los Lobos gang", "the Sinaloa cartel", "Kaekin tribe").
bool NamesGroup(const Participant& p, std::string_view s, const LanguageRules& rules) {
  if (p.kind != document::MentionKind::kPlace || !rules.syntax().words() || p.end >= s.size()) return false;
  const auto next = SplitWords(s.substr(p.end, 16));
  if (next.empty() || s.substr(p.end, next.front().begin).find_first_not_of(' ') != std::string_view::npos)
    return false;
  return rules.words().Has("group_head_after", next.front().lower);
}

SentenceView ReadSentence(const document::Document& doc, int index, const LanguageTables& t,
                          const DocumentContext& ctx, ReadingState& state) {
  const LanguageRules& rules = *t.rules;
  SentenceView view;
  view.index = index;
  view.span = doc.sentences[index].span;
  view.text = doc.Surface(view.span);
  view.participants =
      CollectParticipants(doc, index, ctx.mentions_by_sentence[index], rules, t.actor_nouns);
  std::erase_if(view.participants, [&](const Participant& p) {
    return ctx.InDateline(view.span.begin + p.begin) || ForeignPlace(p, ctx) ||
           NamesGroup(p, view.text, rules);
  });
  ReadNationalForces(doc, view.text, t, view.participants);
  MarkAttackAuthors(view.text, t, view.participants);
  JoinAppositions(view.text, t, view.participants);
  MarkAssociates(view.text, t, view.participants);
  RouteOrigins(view.text, rules, view.participants);
  MemberOfSubjects(view.text, rules, view.participants);
  if (state.last_agent) AddPronouns(view.text, *state.last_agent, rules, view.participants);
  view.claims = FindClaims(view.text, view.participants, {&t.claims, &t.sources}, rules);
  BorrowNextAttribution(doc, index + 1, t, ctx, view);
  view.counts = FindCounts(view.text, {&t.counts, &t.vague, rules.syntax().words(), &rules.words(),
                                       &t.number_words});
  for (const uint32_t id : ctx.timexes_by_sentence[index]) {
    const document::TimeExpr& x = doc.timexes[id];
    if (!view.span.Contains(x.span)) continue;
    view.masked.push_back({x.span.begin - view.span.begin, x.span.end - view.span.begin});
    if (!ctx.InDateline(x.span.begin) && !x.value.empty()) view.dated = true;
  }
  if (ctx.dateline.end > view.span.begin && ctx.dateline.begin < view.span.end) {
    const size_t b = std::max(ctx.dateline.begin, view.span.begin);
    const size_t e = std::min(ctx.dateline.end, view.span.end);
    view.masked.push_back({b - view.span.begin, e - view.span.begin});
  }
  // A cue that opens the sentence (within its first few bytes, after a
  // conjunction or a dateline) announces another event.
  constexpr size_t kSeparateCueStart = 12;
  for (const auto& m : t.separate.Find(view.text))
    if (m.begin <= kSeparateCueStart) view.separate = true;
  if (state.last_town) {
    size_t named_until = 0;
    for (const auto& a : t.place_anaphora.Find(view.text)) {
      // "the town of Mota" names a town (perhaps one the gazetteer does not
      // know): a row marked "naming", and the shorter rows inside it, do not
      // point back to the last one.
      const auto& fields = t.place_anaphora.entries()[a.entry].fields;
      if (!fields.empty() && fields[0] == "naming") named_until = std::max(named_until, a.end);
      if (a.begin < named_until) continue;
      view.anaphoric_place = state.last_town;
      view.anaphor = std::string(view.text.substr(a.begin, a.end - a.begin));
      break;
    }
  }
  for (const auto& p : view.participants) {
    if (p.role == Role::kAgent && !p.source_only && p.kind == document::MentionKind::kActor)
      state.last_agent = p.entity;
    if (p.kind == document::MentionKind::kPlace && !p.nationality && IsPopulatedPlace(p.entity))
      state.last_town = p.entity;
  }
  return view;
}

}  // namespace sitrep::events
