// Prepositional role rules, driven by the pack's word classes: the plug-in for
// languages that mark roles with a word before the noun — free-standing
// ("في حمص", "di Aleppo", "oleh tentara") or glued to it as a clitic
// ("بحمص", "لحلب") — and whose passive shows as a word before the verb (تم،
// "was") or a prefix of it (di-). Nothing here names a word; the classes do:
//
//   marks_place / marks_target / marks_goal / marks_origin / marks_passive_agent
//                 the markers of each role (one or two words: "من قبل")
//   place_head    nouns that may stand between a marker and a name
//                 ("في مدينة حمص", "di kota Aleppo")
//   passive_before  words right before a passive verb; passive_prefix its prefix
//   object_after  words after a verb that show it has an object ("its", "قواته")
//   clause_break  punctuation that ends a clause; pronoun; refers_back
//
// A genitive after its head is the agent of a nominal trigger ("قصف الطيران",
// "serangan Israel"): the actor right after the trigger. Stateless; thread-safe.
#include <algorithm>

#include "sitrep/base/utf8.h"
#include "sitrep/events/clause_breaks.h"
#include "sitrep/events/language_rules.h"
#include "sitrep/events/language_rules_internal.h"
#include "sitrep/events/lexicon.h"

namespace sitrep::events {
namespace {

constexpr std::pair<std::string_view, Role> kMarkerClasses[] = {
    {"marks_passive_agent", Role::kPassiveAgent}, {"marks_target", Role::kTarget},
    {"marks_place", Role::kPlace},   {"marks_goal", Role::kGoal},
    {"marks_origin", Role::kOrigin}};

// The most words a marker or a place head may have.
constexpr size_t kMarkerWords = 2;
// Place-head nouns skipped between a marker and its name ("في مدينة حمص").
constexpr int kMaxHeads = 2;

bool IsLetterAt(std::string_view s, size_t pos) {
  size_t p = pos;
  const char32_t cp = utf8::Next(s, p);
  return cp >= 0x80 ? !utf8::IsKatakana(cp) && cp != 0x060C && cp != 0x061B && cp != 0x061F &&
                          cp != 0x00A0 && !(cp >= 0x2000 && cp <= 0x206F)
                    : std::isalnum(static_cast<unsigned char>(cp)) != 0;
}

class PrepositionalRules : public LanguageRules {
 public:
  PrepositionalRules(lang::Syntax syntax, lang::WordClasses words)
      : syntax_(std::move(syntax)), words_(std::move(words)), forms_(words_) {
    for (const auto& b : words_.Of("clause_break")) breaks_.push_back(b.word);
  }
  const lang::Syntax& syntax() const override { return syntax_; }
  const lang::WordClasses& words() const override { return words_; }
  const lang::WordForms& forms() const override { return forms_; }

  Role RoleOf(std::string_view s, size_t begin, size_t end) const override {
    // A marker glued to the name's own word ("بحمص": the mention starts after ب).
    size_t word_start = begin;
    while (word_start > 0 && IsLetterAt(s, PrevStart(s, word_start))) word_start = PrevStart(s, word_start);
    if (word_start < begin) {
      if (auto r = GluedRole(forms_.Fold(s.substr(word_start, begin - word_start)))) return *r;
    }
    // The loop below reads at most kMaxHeads + kMarkerWords words back, so
    // only those are split (and folded), not the whole sentence before.
    const std::vector<Word> before = WordsBefore(s, word_start, kMaxHeads + kMarkerWords + 1);
    size_t i = before.size();
    for (int heads = 0; i > 0; ++heads) {
      if (auto r = MarkerRole(before, i)) return *r;
      const Word& w = before[i - 1];
      const auto head = HeadForm(w);
      if (!head || heads >= kMaxHeads) break;
      // "بمدينة حمص": the marker is glued to the head noun.
      if (head->size() < w.lower.size()) {
        if (auto r = GluedRole(w.lower.substr(0, w.lower.size() - head->size()))) return *r;
      }
      --i;
    }
    if (AgentAfterPassive(s, word_start)) return Role::kPassiveAgent;
    return Role::kNone;
  }

  bool IsPassive(std::string_view s, size_t begin, size_t end) const override {
    const std::vector<Word> before = WordsBefore(s, begin, 1);
    if (!before.empty() && InClass("passive_before", before.back())) return true;
    const std::vector<Word> trigger = SplitWords(s.substr(begin, end - begin), &forms_);
    if (trigger.empty()) return false;
    for (const auto& p : words_.Of("passive_prefix")) {
      const std::string prefix = forms_.Fold(p.word);
      if (trigger[0].lower.size() > prefix.size() + 2 && trigger[0].lower.rfind(prefix, 0) == 0) return true;
    }
    return false;
  }

  bool IsTransitiveUse(std::string_view s, size_t trigger_end) const override {
    const auto after = SplitWords(s.substr(trigger_end, 40), &forms_);
    return !after.empty() && InClass("object_after", after[0]);
  }

  size_t ClauseStart(std::string_view s, size_t pos) const override {
    return ClauseBreakEndBefore(s, pos, breaks_);
  }

  size_t ClauseEnd(std::string_view s, size_t pos) const override {
    return ClauseBreakAtOrAfter(s, pos, breaks_);
  }

  std::vector<std::pair<size_t, size_t>> Pronouns(std::string_view s) const override {
    std::vector<std::pair<size_t, size_t>> out;
    for (const Word& w : SplitWords(s, &forms_)) {
      if (InClass("pronoun", w)) out.push_back({w.begin, w.end});
    }
    return out;
  }

  bool RefersBack(std::string_view s) const override {
    const auto first = SplitWords(s.substr(0, std::min<size_t>(s.size(), 40)), &forms_);
    return !first.empty() && InClass("refers_back", first[0]);
  }

  bool IsGenitiveAgent(std::string_view s, size_t actor_begin, size_t actor_end,
                       size_t trigger_begin, size_t trigger_end) const override {
    if (syntax_.genitive != lang::Genitive::kAfter || actor_begin < trigger_end) return false;
    const std::string_view gap = s.substr(trigger_end, actor_begin - trigger_end);
    return gap == " ";
  }

 private:
  static size_t PrevStart(std::string_view s, size_t pos) {
    size_t p = pos - 1;
    while (p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
    return p;
  }

  // Returns the last `n` words of s[0, end), in text order, folded: the tail
  // of SplitWords(s.substr(0, end), &forms_), at the cost of those words
  // (LastWords finds where they start; words are maximal runs either way).
  std::vector<Word> WordsBefore(std::string_view s, size_t end, size_t n) const {
    const std::vector<Word> last = LastWords(s.substr(0, end), n);
    const size_t from = last.empty() ? end : last.back().begin;
    return SplitWords(s.substr(from, end - from), &forms_);
  }

  // True when the name right after a passive verb of the pack's
  // agent_passive_prefix class, or after that verb and one agent_head noun,
  // is its agent with no marker: Indonesian "diserang kelompok Taliban"
  // (attacked by the Taliban group), "ditembak polisi" (shot by police).
  bool AgentAfterPassive(std::string_view s, size_t word_start) const {
    const auto& prefixes = words_.Of("agent_passive_prefix");
    if (prefixes.empty()) return false;
    std::vector<Word> last = LastWords(s.substr(0, word_start), 2);  // last first
    for (Word& w : last) w.lower = forms_.Fold(w.lower);
    size_t k = 0;
    if (last.size() > 1 && InClass("agent_head", last[0])) k = 1;
    if (k >= last.size()) return false;
    const std::string_view gap = s.substr(last[k].end, word_start - last[k].end);
    if (gap.find_first_of(",.;:()\"") != std::string_view::npos) return false;
    for (const auto& p : prefixes) {
      const std::string f = forms_.Fold(p.word);
      if (last[k].lower.size() > f.size() + 2 && last[k].lower.rfind(f, 0) == 0) return true;
    }
    return false;
  }

  bool InClass(std::string_view cls, const Word& w) const {
    for (const auto& c : words_.Of(cls)) {
      const std::string f = forms_.Fold(c.word);
      if (w.lower == f) return true;
    }
    return false;
  }

  // Returns the role of the marker ending at word `i` (one or two words).
  std::optional<Role> MarkerRole(const std::vector<Word>& w, size_t i) const {
    for (size_t n = std::min(kMarkerWords, i); n >= 1; --n) {
      std::string phrase;
      for (size_t k = i - n; k < i; ++k) phrase += (k > i - n ? " " : "") + w[k].lower;
      if (auto r = RoleOfPhrase(phrase)) return r;
    }
    return std::nullopt;
  }

  std::optional<Role> RoleOfPhrase(std::string_view phrase) const {
    for (const auto& [cls, role] : kMarkerClasses) {
      for (const auto& m : words_.Of(cls)) {
        if (forms_.Fold(m.word) == phrase) return role;
      }
    }
    return std::nullopt;
  }

  // Returns the role of a clitic glued before a word ("ب", "وب"), or nullopt.
  std::optional<Role> GluedRole(std::string_view glued) const {
    if (auto r = RoleOfPhrase(glued)) return r;
    for (const auto& c : words_.Of("conjunction")) {
      const std::string conj = forms_.Fold(c.word);
      if (glued.size() > conj.size() && glued.substr(0, conj.size()) == conj) {
        if (auto r = RoleOfPhrase(glued.substr(conj.size()))) return r;
      }
    }
    return std::nullopt;
  }

  // Returns the place-head form of `w` ("مدينه" for "بمدينه"), or nullopt.
  std::optional<std::string> HeadForm(const Word& w) const {
    for (const auto& h : words_.Of("place_head")) {
      const std::string f = forms_.Fold(h.word);
      if (w.lower == f) return f;
      if (std::find(w.forms.begin(), w.forms.end(), f) != w.forms.end()) return f;
    }
    return std::nullopt;
  }

  lang::Syntax syntax_;
  lang::WordClasses words_;
  lang::WordForms forms_;
  std::vector<std::string_view> breaks_;  // words_'s clause_break words (the rules live behind a pointer, never moved)
};

}  // namespace

StatusOr<std::unique_ptr<LanguageRules>> MakePrepositionalRules(const lang::LanguagePack& pack) {
  SITREP_ASSIGN_OR_RETURN(lang::WordClasses words, lang::WordClasses::ForPack(pack));
  return std::unique_ptr<LanguageRules>(
      std::make_unique<PrepositionalRules>(pack.syntax, std::move(words)));
}

}  // namespace sitrep::events
