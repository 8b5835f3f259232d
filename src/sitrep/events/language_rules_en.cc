// English role rules: the preposition before a mention decides its role
// ("by X" agent of a passive, "in/at/near X" place, "against/on X" target,
// "to/into X" goal, "from X" origin); a mention with none is a subject before
// the verb or an object after it. Passive: a form of "be" right before the
// trigger ("was captured by").
#include <algorithm>
#include <cctype>

#include "sitrep/events/language_rules.h"
#include "sitrep/events/language_rules_internal.h"
#include "sitrep/events/lexicon.h"

namespace sitrep::events {
namespace {

// Returns the lowercase word before `pos`, skipping up to `max_skip` words of
// a place noun phrase ("the town of", "the northern city of") so the
// preposition governing the phrase is found.
std::string PreviousWord(std::string_view s, size_t pos, int max_skip = 5) {
  static const char* kSkip[] = {"the", "a", "an", "town", "city", "village", "of", "province",
                                "capital", "district", "region", "area", "outskirts", "suburb",
                                "suburbs", "countryside", "northern", "southern", "eastern",
                                "western", "central", "key", "strategic", "nearby", "besieged"};
  // Only the words that can be looked at are read: a mention late in a long
  // sentence costs the same as one early in a short one.
  for (const Word& w : LastWords(s.substr(0, pos), static_cast<size_t>(max_skip) + 1)) {
    const bool skip = std::any_of(std::begin(kSkip), std::end(kSkip),
                                  [&](const char* k) { return w.lower == k; });
    if (skip && max_skip-- > 0) continue;
    return w.lower;
  }
  return "";
}

class EnglishRules : public LanguageRules {
 public:
  EnglishRules(lang::Syntax syntax, lang::WordClasses words)
      : syntax_(std::move(syntax)), words_(std::move(words)), forms_(words_) {}
  const lang::Syntax& syntax() const override { return syntax_; }
  const lang::WordClasses& words() const override { return words_; }
  const lang::WordForms& forms() const override { return forms_; }

  // English nominal triggers take their agent by "by" ("the capture of the
  // town by rebels"), which RoleOf reads; no genitive agent.
  bool IsGenitiveAgent(std::string_view, size_t, size_t, size_t, size_t) const override {
    return false;
  }

  Role RoleOf(std::string_view s, size_t begin, size_t end) const override {
    const std::string prev = PreviousWord(s, begin);
    if (prev == "by") return Role::kPassiveAgent;
    if (prev == "in" || prev == "at" || prev == "near" || prev == "outside" ||
        prev == "around" || prev == "inside" || prev == "across" || prev == "within" ||
        prev == "of")
      return Role::kPlace;
    if (prev == "against" || prev == "on" || prev == "targeting" || prev == "upon")
      return Role::kTarget;
    if (prev == "to" || prev == "into" || prev == "towards" || prev == "toward")
      return Role::kGoal;
    if (prev == "from") return Role::kOrigin;
    std::string_view after = s.substr(end, 3);
    if (after.substr(0, 2) == "'s") return Role::kModifier;
    return Role::kNone;
  }

  bool IsPassive(std::string_view s, size_t begin, size_t end) const override {
    const std::string prev = PreviousWord(s, begin, 0);
    static const char* kBe[] = {"was", "were", "been", "being", "be", "is", "are", "got"};
    return std::any_of(std::begin(kBe), std::end(kBe), [&](const char* b) { return prev == b; });
  }

  bool IsTransitiveUse(std::string_view s, size_t trigger_end) const override {
    auto words = SplitWords(s.substr(trigger_end, 40));
    if (words.empty()) return false;
    static const char* kObjects[] = {"its", "their", "his", "her", "some", "all", "troops",
                                     "forces", "soldiers", "ships", "units", "personnel"};
    return std::any_of(std::begin(kObjects), std::end(kObjects),
                       [&](const char* w) { return words[0].lower == w; });
  }

  size_t ClauseStart(std::string_view s, size_t pos) const override {
    for (size_t i = pos; i > 0; --i) {
      const char c = s[i - 1];
      if (c == ';' || c == ':' || (c == '.' && i < pos)) return i;
    }
    return 0;
  }

  size_t ClauseEnd(std::string_view s, size_t pos) const override {
    for (size_t i = pos; i < s.size(); ++i) {
      if (s[i] == ';' || s[i] == ':') return i;
    }
    return s.size();
  }

  std::vector<std::pair<size_t, size_t>> Pronouns(std::string_view s) const override {
    std::vector<std::pair<size_t, size_t>> out;
    for (const Word& w : SplitWords(s)) {
      if (w.lower == "they" || w.lower == "he" || w.lower == "she") out.push_back({w.begin, w.end});
    }
    return out;
  }

  bool RefersBack(std::string_view s) const override {
    auto words = SplitWords(s.substr(0, std::min<size_t>(s.size(), 30)));
    return !words.empty() && (words[0].lower == "this" || words[0].lower == "that");
  }

 private:
  lang::Syntax syntax_;
  lang::WordClasses words_;
  lang::WordForms forms_;
};

}  // namespace

StatusOr<std::unique_ptr<LanguageRules>> MakeEnglishRules(const lang::LanguagePack& pack) {
  SITREP_ASSIGN_OR_RETURN(lang::WordClasses words, lang::WordClasses::ForPack(pack));
  return std::unique_ptr<LanguageRules>(std::make_unique<EnglishRules>(pack.syntax, std::move(words)));
}

}  // namespace sitrep::events
