// SentenceMatches (sentence_matches.h): Lexicon::Find is SplitWords then
// FindInWords in spaced mode, so the words are kept per word-form table and
// reused by every lexicon that folds with that table.
#include "sitrep/events/sentence_matches.h"

namespace sitrep::events {

void SentenceMatches::Keep(std::string_view text) const {
  if (text.data() == text_.data() && text.size() == text_.size()) return;
  found_.clear();
  words_.clear();
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

}  // namespace sitrep::events
