// Pass "triggers": the rows of event_triggers.tsv matched in a sentence. A
// suppressor row (sub-event "-": "battle of", "riot police") cancels any
// trigger it overlaps; of overlapping triggers the earlier, longer one stays.
// The sentence flags say what else the sentence reports, which later passes
// use to read killings and withdrawals as circumstances of another event.
#include <algorithm>

#include "sitrep/events/passes_internal.h"
#include "sitrep/events/weights_internal.h"

namespace sitrep::events {
namespace {

bool Overlap(size_t b1, size_t e1, size_t b2, size_t e2) { return b1 < e2 && b2 < e1; }

bool IsTake(const std::string& cls) { return cls == "@take" || cls == "@retake"; }

// True when the role class is violence done: an attack or a killing, or a
// sub-event of a violent event type.
bool IsViolent(const std::string& cls, const SubEventInfo* info) {
  if (cls == "@attack" || cls == "@kill") return true;
  return info && (info->event_type == "Battles" || info->event_type == "Explosions/Remote violence" ||
                  info->event_type == "Violence against civilians");
}

void SetFlags(SentenceTriggers& out, const Ontology& ontology) {
  out.in_battle = out.in_strike = out.has_take = false;
  for (auto& h : out.hits) {
    const SubEventInfo* info = ontology.Find(h.role_class);
    h.violent = IsViolent(h.role_class, info);
    h.strike = info && info->event_type == "Explosions/Remote violence";
    h.take = IsTake(h.role_class);
    out.in_battle |= IsTake(h.role_class) || (info && info->event_type == "Battles");
    out.in_strike |= info && info->event_type == "Explosions/Remote violence";
    out.has_take |= IsTake(h.role_class);
  }
}

}  // namespace

SentenceTriggers FindTriggers(std::string_view sentence, const LanguageTables& t,
                              const Ontology& ontology) {
  SentenceTriggers out;
  const auto found = t.triggers.Find(sentence);
  auto row_of = [&](const LexiconMatch& m) -> const LexiconEntry& {
    return t.triggers.entries()[m.entry];
  };
  for (const auto& m : found) {
    if (row_of(m).fields[0] == "-") continue;
    const bool suppressed = std::any_of(found.begin(), found.end(), [&](const LexiconMatch& o) {
      return row_of(o).fields[0] == "-" && Overlap(o.begin, o.end, m.begin, m.end);
    });
    const bool nested = std::any_of(out.hits.begin(), out.hits.end(), [&](const TriggerHit& o) {
      return Overlap(o.begin, o.end, m.begin, m.end);
    });
    if (suppressed || nested) continue;
    const auto& row = row_of(m);
    out.hits.push_back({m.begin, m.end, row.pattern, row.fields[0], std::atof(row.fields[1].c_str())});
  }
  SetFlags(out, ontology);
  return out;
}

void AddRepeatedStrikes(std::string_view sentence, const LanguageTables& t, const Ontology& ontology,
                        const std::string& strike_type, SentenceTriggers& triggers) {
  if (strike_type.empty()) return;
  const auto words = SplitWords(sentence, &t.rules->forms());
  bool added = false;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (!t.rules->words().Has("repeat_before", words[i].lower) ||
        !t.rules->words().Has("repeat_strike_noun", words[i + 1].lower))
      continue;
    const size_t b = words[i + 1].begin, e = words[i + 1].end;
    const bool covered = std::any_of(triggers.hits.begin(), triggers.hits.end(),
                                     [&](const TriggerHit& h) { return Overlap(h.begin, h.end, b, e); });
    if (covered) continue;
    TriggerHit hit;
    hit.begin = b;
    hit.end = e;
    hit.pattern = words[i].lower + " " + words[i + 1].lower;
    hit.role_class = strike_type;
    hit.weight = kRepeatStrikeWeight;
    hit.repeated = true;
    triggers.hits.push_back(std::move(hit));
    added = true;
  }
  if (!added) return;
  std::sort(triggers.hits.begin(), triggers.hits.end(),
            [](const TriggerHit& a, const TriggerHit& b) { return a.begin < b.begin; });
  SetFlags(triggers, ontology);
}

bool OpensOnKnownEvent(const TriggerHit& hit, const SentenceView& s, const LanguageTables& t) {
  if (!t.rules->syntax().words() || hit.begin >= s.text.size()) return false;
  // Two words at most, read from the trigger back: the sentence before it is
  // never split whole (one per trigger made a long sentence quadratic).
  const auto before = LastWords(s.text.substr(0, hit.begin), 2);
  if (before.size() != 1 || !t.rules->words().Has("refer_back_opening", before.front().lower)) return false;
  const auto nouns = t.event_nouns.Find(s.text.substr(hit.begin, hit.end - hit.begin));
  return std::any_of(nouns.begin(), nouns.end(), [](const LexiconMatch& m) { return m.begin == 0; });
}

bool ToldAsSetting(const TriggerHit& hit, const SentenceView& s, const LanguageTables& t) {
  if (hit.end > s.text.size()) return false;
  if (!t.rules->syntax().words()) {
    const std::string_view after = s.text.substr(hit.end);
    for (const auto& p : t.rules->words().Of("setting_after"))
      if (after.substr(0, p.word.size()) == p.word) return true;
    return false;
  }
  // The last words before the trigger, last first, folded as SplitWords folds
  // them: only the phrase's words are read, not the sentence before it.
  auto before = LastWords(s.text.substr(0, hit.begin), kSettingPhraseWords);
  const lang::WordForms& forms = t.rules->forms();
  if (forms.active()) {
    for (Word& w : before) w.lower = forms.Fold(w.lower);
  }
  std::string phrase;
  for (size_t n = 1; n <= before.size(); ++n) {
    phrase = before[n - 1].lower + (phrase.empty() ? "" : " " + phrase);
    if (t.rules->words().Has("setting_before", phrase)) return true;
  }
  return false;
}

}  // namespace sitrep::events
