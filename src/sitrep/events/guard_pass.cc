// Pass "guards": the general precision guards, each named so that
// `extract --explain` can say why a candidate was dropped.
//
// Before roles are read, a trigger is ruled out when
//   irrealis     a cue governs it ("would capture", "攻撃する可能性");
//   question     its sentence asks (it ends in a question_mark of the
//                pack's word classes: "قد تكون اسرائيل من اغتالت الحريري؟");
//   reference    it names an event reported elsewhere, as the object of a
//                reaction ("condemned the attack", "と非難した");
//   listed-kind  it is one of a list of kinds of violence, joined to the
//                next ("خطف وقتل": abduction and killing), with no count or
//                date in its sentence: what is done, not an event told;
//   weapon-unused  it only names a weapon and its clause tells no use
//                ("handed over 120 mortars"; weapon_guard.cc);
//   weapon-carried  it names what the actors were armed with ("armed with
//                rockets and grenades, militants stormed…"; weapon_guard.cc);
//   background   a toll framed as a period, not a day ("since the war
//                began, 300 have been killed", "以降"): a cumulative figure,
//                unless the trigger is the dated start of the period;
//   accident     a generic violence trigger ("exploded", "killed"; never a
//                protest) in a sentence that tells an accident or a disaster;
//   killing-in-strike / withdrawal-in-take  it is the circumstance of a more
//                specific trigger of the same sentence (a strike or a take that stands:
//                not itself irrealis, a reference or an unused weapon).
// Once dated (before the merge, so that it absorbs nothing), a candidate
// framed as a period and dated months before the report is "background"
// too ("since the war began in October 2023"), and so is any candidate its
// sentence dates more than a year before the report ("was assassinated in
// February 2005" in a 2008 article): a recalled event, not the news — unless
// the document tells the past (most of its dates are that old).
// After the document's reports are merged, a record is dropped when
//   no-place / country-level-take  it has no place (a specific violent event
//                with a known actor and a stated date may go without), or a
//                territory change has no place below country level;
//   foreign-place  its place lies in a country nothing else in the document
//                names, in a document about another one (a name read as the
//                wrong town).
//   negated      a negation governs its trigger and no source denies it
//                ("did not claim any attack": no event);
//   told-elsewhere  every report names it as an event the reader knows (a
//                definite noun: "the bombing", "الهجوم الانتحاري") and none
//                gives it a count or a date: the text refers to an event it
//                does not tell ("blamed for the bombing", "the car bombs and
//                the suicide bombers").
//   no-date      nothing dates it, neither the document nor its sentence (a
//                date its sentence names that nothing resolves — "1日" with no
//                month and no publication date — keeps a report's record,
//                undated);
#include <algorithm>

#include "sitrep/base/date.h"
#include "sitrep/events/passes_internal.h"
#include "sitrep/events/weights_internal.h"

namespace sitrep::events {
namespace {

// A one-sentence text that names fewer dates than this is no history
// (DocumentContext::historical), even when they are all old: one old date in a
// sentence is the past it recalls. On the Arabic event gold (one sentence a
// document): 17 wrong records dropped, 3 right ones.
constexpr long kHistoricalMinOldDates = 2;

// The word class of nouns that name a kind of violence (خطف، قتل، تعذيب).
constexpr std::string_view kViolenceNouns = "violence_noun";

bool Overlaps(const LexiconMatch& a, const LexiconMatch& b) {
  return a.begin < b.end && b.begin < a.end;
}

// True when a background cue right beside the trigger makes it the start of
// the period ("since Russia invaded", "侵攻して以来"): the trigger is an
// event of its own, kept when the sentence dates it ("…a week ago"). The
// cue's third column says on which side the start stands: "cue-first"
// (since X) or "cue-last" (X以来); a cue without it starts no period.
bool StartOfPeriod(const Lexicon& background, const SentenceView& view, const TriggerHit& hit) {
  const std::string_view s = view.text;
  for (const auto& m : view.matches.Of(background, s)) {
    const auto& fields = background.entries()[m.entry].fields;
    if (fields.size() < 2) continue;
    const bool before = fields[1] == "cue-first" && m.end <= hit.begin && hit.begin - m.end <= kStartCueGap;
    const bool after = fields[1] == "cue-last" && m.begin >= hit.end && m.begin - hit.end <= kStartCueGap;
    if (!before && !after) continue;
    const std::string_view gap = before ? s.substr(m.end, hit.begin - m.end) : s.substr(hit.end, m.begin - hit.end);
    if (gap.find_first_of(",.;:") == std::string_view::npos && gap.find("、") == std::string_view::npos)
      return true;
  }
  return false;
}

// True when a trigger of the sentence other than `hit` that `kind` selects
// stands on its own — no irrealis or reference cue governs it and it is no
// unused or carried weapon — so that `hit` is its circumstance: a killing beside a strike
// is its toll, a withdrawal beside a take its other side. A killing beside a
// strike only attempted or planned is an event of its own ("killed while
// trying to fire rockets"), and so is a withdrawal beside a take only planned
// or threatened ("withdrew from Kidal as the rebels threatened to seize it").
bool StandingOther(const TriggerHit& hit, const SentenceView& s, const SentenceTriggers& triggers,
                   const LanguageTables& t, bool TriggerHit::*kind) {
  return std::any_of(triggers.hits.begin(), triggers.hits.end(), [&](const TriggerHit& o) {
    return o.*kind && &o != &hit && !CueInScope(t.irrealis, s, o.begin, o.end, *t.rules, s.masked) &&
           !CueInScope(t.references, s, o.begin, o.end, *t.rules, s.masked) && !UnusedWeapon(o, s, triggers, t) &&
           !CarriedWeapon(o, s, triggers, t);
  });
}

// True when the sentence ends in one of the pack's question marks, past any
// closing quotes or brackets: a question asks whether something happened
// ("هل قصف الجيش المدينة؟", "Siapa yang menyerang pos itu?"); it tells nothing.
bool Question(std::string_view s, const lang::WordClasses& classes) {
  const auto& marks = classes.Of("question_mark");
  if (marks.empty()) return false;
  for (const auto& close : classes.Of("closing_mark")) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
    if (s.ends_with(close.word)) s.remove_suffix(close.word.size());
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
  return std::any_of(marks.begin(), marks.end(), [&](const lang::ClassWord& m) { return s.ends_with(m.word); });
}

// True when `w`, as written or without its clitics and article, is a word of
// class `name`.
bool OfClass(const Word& w, const lang::WordClasses& classes, std::string_view name) {
  if (classes.Has(name, w.lower)) return true;
  const auto has = [&](const std::string& f) { return classes.Has(name, f); };
  return std::any_of(w.forms.begin(), w.forms.end(), has) ||
         std::any_of(w.definite_forms.begin(), w.definite_forms.end(), has);
}

// True when `w` opens with a one-letter conjunction glued to it ("وقتل",
// "والتعذيب") and is a kind of violence without it.
bool JoinedKind(const Word& w, const lang::WordClasses& classes) {
  if (classes.Has(kViolenceNouns, w.lower)) return false;
  for (const auto& c : classes.Of("conjunction")) {
    if (c.word.size() < w.lower.size() && w.lower.starts_with(c.word)) return OfClass(w, classes, kViolenceNouns);
  }
  return false;
}

// True when `gap`, the text between two words, joins them as items of a list:
// nothing but spaces when `second` has a glued conjunction ("خطف وقتل"), else
// one or two of the pack's conjunctions written apart ("pembunuhan dan
// penculikan", "pembunuhan, penculikan", "penculikan, dan pembunuhan").
bool ListGap(std::string_view gap, const Word& second, const lang::WordClasses& classes) {
  const size_t first = gap.find_first_not_of(' ');
  if (first == std::string_view::npos) return JoinedKind(second, classes);
  if (!OfClass(second, classes, kViolenceNouns)) return false;
  size_t joins = 0;
  while (!gap.empty()) {
    while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
    if (gap.empty()) break;
    bool found = false;
    for (const auto& c : classes.Of("conjunction")) {
      if (c.word.empty() || !gap.starts_with(c.word)) continue;
      gap.remove_prefix(c.word.size());  // the gap holds no word but conjunctions
      found = true;
      break;
    }
    if (!found || ++joins > 2) return false;
  }
  return joins > 0;
}

// True when `w` is a kind of violence with a glued conjunction and a pronoun
// suffix of the pack ("وقتله": and his killing, "وقتلهم": and their killing)
// and a kind of violence stands at most kSuffixedListReach words before it in
// its clause, its object between them ("تعذيب المسلمين وقتلهم": the torture of
// Muslims and their killing; "اختطاف السفير وقتله"): the pronoun is that
// object, the two nouns a list. A verb before it ("أصاب صاروخ السيارة
// وقتلهم": a missile hit the car and killed them) makes it a verb told.
constexpr size_t kSuffixedListReach = 4;
bool SuffixedListItem(const Word& w, std::string_view before, const lang::WordClasses& classes,
                      const lang::WordForms* forms) {
  const auto& suffixes = classes.Of("pronoun_suffix");
  if (suffixes.empty()) return false;
  bool joined = false;
  for (const auto& c : classes.Of("conjunction")) {
    if (c.word.size() < w.lower.size() && w.lower.starts_with(c.word)) joined = true;
  }
  if (!joined) return false;
  const auto kind_without_suffix = [&](std::string f) {
    // A mark the splitter left on the word ("وقتله،") is no letter of it.
    for (const auto& m : classes.Of("trailing_mark")) {
      if (!m.word.empty() && f.size() > m.word.size() && f.ends_with(m.word)) f.resize(f.size() - m.word.size());
    }
    for (const auto& sfx : suffixes) {
      const std::string x = forms ? forms->Fold(sfx.word) : sfx.word;
      if (f.size() > x.size() + 2 && f.ends_with(x) && classes.Has(kViolenceNouns, f.substr(0, f.size() - x.size())))
        return true;
    }
    return false;
  };
  if (!std::any_of(w.forms.begin(), w.forms.end(), kind_without_suffix)) return false;
  const auto prev = LastWords(before, kSuffixedListReach);
  for (const Word& p : prev) {
    // The clause ends at a mark: "... ، وقتلهم" joins no noun before it.
    if (before.substr(p.end).find_first_of(",.;:()") != std::string_view::npos) return false;
    for (const auto& c : classes.Of("clause_break")) {
      if (!c.word.empty() && before.substr(p.end).find(c.word) != std::string_view::npos) return false;
    }
    const auto pw = SplitWords(before.substr(p.begin, p.end - p.begin), forms);
    if (!pw.empty() && OfClass(pw.front(), classes, kViolenceNouns)) return true;
  }
  return false;
}

// True when the trigger's word and a word beside it are nouns of kinds of
// violence (the pack's violence_noun class) joined as a list, by a glued
// conjunction ("خطف وقتل", "التعذيب والقتل": abduction and killing), by one
// written apart or by a comma ("pembunuhan, pemerkosaan dan penjarahan"), in
// a sentence that gives no count and no date: a list of what violence is
// done, not an event told ("condemned the abduction and killing of civilians").
bool ListedKind(const TriggerHit& hit, const SentenceView& s, const LanguageTables& t) {
  const lang::WordClasses& classes = t.rules->words();
  if (classes.Of(kViolenceNouns).empty() || !s.counts.empty() || s.dated) return false;
  const lang::WordForms* forms = &t.rules->forms();
  const auto own = SplitWords(s.text.substr(hit.begin, hit.end - hit.begin), forms);
  if (own.empty()) return false;
  const size_t own_begin = hit.begin + own.front().begin, own_end = hit.begin + own.front().end;
  const std::string_view before = s.text.substr(0, own_begin);
  if (SuffixedListItem(own.front(), before, classes, forms)) return true;
  if (!OfClass(own.front(), classes, kViolenceNouns)) return false;
  // The word before it, past at most two conjunctions.
  const auto prev_words = LastWords(before, 3);
  for (const Word& w : prev_words) {
    const auto prev = SplitWords(before.substr(w.begin, w.end - w.begin), forms);
    if (prev.empty() || !OfClass(prev.front(), classes, kViolenceNouns)) continue;
    if (ListGap(before.substr(w.end), own.front(), classes)) return true;
    break;
  }
  // The word after it, past at most two conjunctions.
  const std::string_view after = s.text.substr(own_end);
  const auto next = SplitWords(after.substr(0, std::min<size_t>(after.size(), 60)), forms);
  for (size_t i = 0; i < next.size() && i < 3; ++i) {
    if (!OfClass(next[i], classes, kViolenceNouns)) continue;
    return ListGap(after.substr(0, next[i].begin), next[i], classes);
  }
  return false;
}

}  // namespace

// True when a "before" cue ending at `cue_end` is near enough to govern a
// trigger starting at `begin`: at most kCueReachWords words between them in a
// language of words (a word count, so that Arabic's long words reach as far
// as English's short ones), at most kCueReachBytes bytes in one without.
bool WithinCueReach(std::string_view s, size_t cue_end, size_t begin, const LanguageRules& rules) {
  if (!rules.syntax().words()) return begin - cue_end <= kCueReachBytes;
  return SplitWords(s.substr(cue_end, begin - cue_end)).size() <= kCueReachWords;
}

bool CueInScope(const Lexicon& lex, const SentenceView& view, size_t begin, size_t end,
                const LanguageRules& rules, const std::vector<document::Span>& masked) {
  const std::string_view s = view.text;
  const size_t cs = rules.ClauseStart(s, begin);
  const size_t ce = rules.ClauseEnd(s, end);
  const auto& found = view.matches.Of(lex, s);
  for (const auto& m : found) {
    const std::string& scope = lex.entries()[m.entry].fields[0];
    if (scope == "except") continue;
    const bool hidden = std::any_of(masked.begin(), masked.end(), [&](const document::Span& x) {
      return m.begin < x.end && x.begin < m.end;
    });
    if (hidden) continue;
    // "the deadliest attack since 2017" compares; it does not frame a period.
    const bool excepted = std::any_of(found.begin(), found.end(), [&](const LexiconMatch& o) {
      return lex.entries()[o.entry].fields[0] == "except" && Overlaps(o, m);
    });
    if (excepted) continue;
    if (scope == "before" && m.end <= begin && m.begin >= cs && WithinCueReach(s, m.end, begin, rules))
      return true;
    // "any" right before the trigger ("أي هجوم"), not two words off ("in any case, …").
    if (scope == "next" && m.end <= begin && s.substr(m.end, begin - m.end).find_first_not_of(' ') == std::string_view::npos)
      return true;
    if (scope == "after" && m.begin >= end && m.begin <= std::max(ce, end + 24)) return true;
    if (scope == "clause" && m.end > cs && m.begin < ce) return true;
    if (scope == "inside" && m.begin > begin && m.end < end) return true;
    if (scope == "sentence") return true;
  }
  return false;
}

std::string EarlyGuard(const TriggerHit& hit, const SentenceView& s,
                       const SentenceTriggers& triggers, const LanguageTables& t) {
  const LanguageRules& rules = *t.rules;
  if (CueInScope(t.irrealis, s, hit.begin, hit.end, rules, s.masked)) return "irrealis";
  if (Question(s.text, rules.words())) return "question";
  if (CueInScope(t.references, s, hit.begin, hit.end, rules, s.masked)) return "reference";
  if (ListedKind(hit, s, t)) return "listed-kind";
  if (UnusedWeapon(hit, s, triggers, t)) return "weapon-unused";
  if (CarriedWeapon(hit, s, triggers, t)) return "weapon-carried";
  // A toll or a displacement over a period is background; a strike or a
  // take is dated where it happened.
  const bool toll = hit.role_class == "@kill" || hit.role_class == "@death" || hit.role_class == "@flee";
  if (toll && CueInScope(t.background, s, hit.begin, hit.end, rules) &&
      !(s.dated && StartOfPeriod(t.background, s, hit)))
    return "background";
  if (hit.role_class != "@protest" && hit.weight <= kAccidentMaxWeight && s.matches.Contains(t.accidents, s.text))
    return "accident";
  if (hit.role_class == "@kill" && triggers.in_strike && StandingOther(hit, s, triggers, t, &TriggerHit::strike))
    return "killing-in-strike";
  if (hit.role_class == "@withdraw" && triggers.has_take && StandingOther(hit, s, triggers, t, &TriggerHit::take))
    return "withdrawal-in-take";
  return "";
}

bool StaleBackground(const Candidate& c, const document::Document& doc, bool historical) {
  const document::Event& e = c.event;
  if (!e.date || !c.has_timex) return false;
  const auto published = Date::Parse(std::string_view(doc.published).substr(0, 10));
  const auto until = Date::Parse(e.date_end.value_or(*e.date));
  if (!published || !until) return false;
  const long age = published->DaysSinceEpoch() - until->DaysSinceEpoch();
  if (c.framed_as_period) return age > kStaleBackgroundDays;
  // A lone sentence's one date is what it recalls, not its subject: a
  // sentence of a 2008 report that dates an attack 'عام 2000' tells no news,
  // though every date it names is old. A text tells the past with several
  // dates or several sentences (a paragraph of a history).
  const auto dates = std::count_if(doc.timexes.begin(), doc.timexes.end(),
                                   [](const auto& x) { return x.type == document::TimexType::kDate; });
  const bool recall = doc.sentences.size() <= 1 && dates < kHistoricalMinOldDates;
  return !(historical && !recall) && age > kStaleEventDays;
}

bool DefiniteTrigger(const TriggerHit& hit, const SentenceView& s, const LanguageTables& t) {
  const lang::WordClasses& classes = t.rules->words();
  const bool spaced = t.rules->syntax().words();
  for (const auto& m : t.event_nouns.Find(s.text.substr(hit.begin, hit.end - hit.begin))) {
    const size_t b = hit.begin + m.begin, e = hit.begin + m.end;
    const std::string_view before = s.text.substr(0, b), after = s.text.substr(e);
    if (!spaced) {  // the marker is glued to the noun: "この攻撃", "同空爆"
      for (const auto& w : classes.Of("definite_before")) {
        if (before.ends_with(w.word)) return true;
      }
      for (const auto& w : classes.Of("definite_after")) {
        if (after.starts_with(w.word)) return true;
      }
      continue;
    }
    // A noun a gap of the pattern separates from the trigger's first word is
    // that verb's complement, not the event named: "تعرض ... للخطف" (was
    // subjected to abduction). Right after it, it may be a genitive that
    // makes the whole definite ("محاولة الاغتيال": the assassination attempt).
    // The people an event is made of (a "participant" row: "المتظاهرين")
    // are known wherever the trigger names them: "fired tear gas to disperse
    // the protesters" tells of protesters the text already introduced.
    // A "pronoun" row names them by a verb's pronoun subject ("ورددوا
    // شعارات": and they chanted slogans): known without any article, unless
    // the trigger names them before the verb ("متظاهرون رفعوا لافتات").
    const auto& fields = t.event_nouns.entries()[m.entry].fields;
    if (!fields.empty() && fields[0] == "pronoun") {
      if (SplitWords(s.text.substr(hit.begin, b - hit.begin)).empty()) return true;
      continue;
    }
    const bool participant = !fields.empty() && fields[0] == "participant";
    if (!participant && hit.pattern.find("...") != std::string::npos &&
        !SplitWords(s.text.substr(hit.begin, b - hit.begin)).empty())
      continue;
    const auto noun = SplitWords(s.text.substr(b, e - b), &t.rules->forms());
    if (!noun.empty() && !noun.front().definite_forms.empty()) return true;  // "الهجوم"
    const auto prev = LastWords(before, 1);
    if (!prev.empty() && classes.Has("definite_before", prev.front().lower)) return true;
    const auto next = SplitWords(after.substr(0, std::min<size_t>(after.size(), 40)));
    if (!next.empty() && next.front().begin <= 1 && classes.Has("definite_after", next.front().lower))
      return true;
  }
  return false;
}

void ApplyGuards(Candidate& c, const DocumentContext& ctx, const document::Document& doc) {
  const document::Event& e = c.event;
  const bool territorial = c.trigger.role_class == "@take" || c.trigger.role_class == "@retake";
  const bool violent = e.event_type == "Battles" || e.event_type == "Explosions/Remote violence" ||
                       e.event_type == "Violence against civilians";
  if (territorial) {
    if (!e.place) c.failed_guards.push_back("no-place");
    else if (!c.subnational_place) c.failed_guards.push_back("country-level-take");
  } else if (!e.place) {
    const bool specific = violent && c.trigger.weight >= kUnplacedMinWeight && e.actor1 &&
                          e.actor1->id.rfind("generic:", 0) != 0 && c.has_timex;
    if (!specific) c.failed_guards.push_back("no-place");
  }
  if (e.place && !e.place->country.empty()) {
    int best = 0;
    for (const auto& [country, support] : ctx.country_support) best = std::max(best, support);
    if (ctx.Support(e.place->country) <= kForeignPlaceMaxSupport && best >= kForeignPlaceMinOther)
      c.failed_guards.push_back("foreign-place");
  }
  // Nothing dates it: no event (an infobox line, a list of forces). A date
  // its sentence names but nothing resolves ("ジボで1日" in a report with no
  // publication date) still tells when: the record stays, undated at
  // time_precision 3, and Annotate says so in a Diagnostic.
  // (A snippet has its own fallback, Survivors: its best candidate.)
  const bool report = doc.sentences.size() > kSnippetSentences;
  if (!e.date && !(c.unresolved_date && report)) c.failed_guards.push_back("no-date");
  // "Hezbollah did not claim any attack": nothing happened. A denial a
  // source makes ("the army denied withdrawing") stays, as a contested record.
  const bool denied = std::any_of(e.claims.begin(), e.claims.end(),
                                  [](const auto& cl) { return cl.stance == document::Stance::kDenies; });
  if (e.negated && !denied) c.failed_guards.push_back("negated");
  if (c.definite && e.counts.empty() && !c.has_timex) c.failed_guards.push_back("told-elsewhere");
}

}  // namespace sitrep::events
