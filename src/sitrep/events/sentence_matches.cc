// SentenceMatches (sentence_matches.h): Lexicon::Find is SplitWords then
// FindInWords in spaced mode, so the words are kept per word-form table and
// reused by every lexicon that folds with that table.
#include "sitrep/events/sentence_matches.h"

namespace sitrep::events {

const std::vector<LexiconMatch>& SentenceMatches::Of(const Lexicon& lex,
                                                     std::string_view text) const {
  if (text.data() != text_.data() || text.size() != text_.size()) {
    found_.clear();
    words_.clear();
    text_ = text;
  }
  if (auto it = found_.find(&lex); it != found_.end()) return it->second;
  if (!lex.spaced()) return found_[&lex] = lex.Find(text);
  auto words = words_.find(lex.forms());
  if (words == words_.end()) words = words_.emplace(lex.forms(), SplitWords(text, lex.forms())).first;
  return found_[&lex] = lex.FindInWords(words->second);
}

}  // namespace sitrep::events
