// SentenceMatches (sentence_matches.h): Lexicon::Find is SplitWords then
// FindInWords in spaced mode, so the words are kept per word-form table and
// reused by every lexicon that folds with that table.
#include "sitrep/events/sentence_matches.h"

namespace sitrep::events {

void SentenceMatches::Keep(std::string_view text) const {
  if (text.data() == text_.data() && text.size() == text_.size()) return;
  found_.clear();
  words_.clear();
  phrases_.clear();
  text_ = text;
}

const std::vector<Word>& SentenceMatches::WordsOf(std::string_view text,
                                                  const lang::WordForms* forms) const {
  Keep(text);
  auto words = words_.find(forms);
  if (words == words_.end()) words = words_.emplace(forms, SplitWords(text, forms)).first;
  return words->second;
}

const std::vector<LexiconMatch>& SentenceMatches::Of(const Lexicon& lex,
                                                     std::string_view text) const {
  Keep(text);
  if (auto it = found_.find(&lex); it != found_.end()) return it->second;
  if (!lex.spaced()) return found_[&lex] = lex.Find(text);
  return found_[&lex] = lex.FindInWords(WordsOf(text, lex.forms()));
}

bool SentenceMatches::TemporaryContains(const Lexicon& lex, std::string_view text) const {
  if (!lex.spaced()) return lex.Contains(text);
  return !lex.FindInWords(WordsOf(text, lex.forms())).empty();
}

bool SentenceMatches::ContainsPhrase(const std::string& phrase, bool spaced, const lang::WordForms* forms,
                                     std::string_view text) const {
  Keep(text);
  // One sentence is read in one language, so the phrase alone (with the mode)
  // names the question.
  const std::string key = (spaced ? "w\t" : "c\t") + phrase;
  if (auto it = phrases_.find(key); it != phrases_.end()) return it->second;
  const bool found = TemporaryContains(Lexicon::FromEntries({{phrase, {}}}, spaced, forms), text);
  phrases_.emplace(key, found);
  return found;
}

}  // namespace sitrep::events
