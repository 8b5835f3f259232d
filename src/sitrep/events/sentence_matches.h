// SentenceMatches: the matches of each events lexicon in one sentence, found
// once (issue 15). The per-trigger passes (guards, cue scopes, role
// resolution, counts) ask the same lexicons about the same sentence again for
// every trigger; a long sentence with hundreds of triggers had its words split
// and every table matched once per trigger. Here the words are split once per
// word-form table and each lexicon is matched once; the answers are
// Lexicon::Find's, unchanged.
//
// One per SentenceView; not thread-safe (a document is read on one thread).
#ifndef SITREP_EVENTS_SENTENCE_MATCHES_H_
#define SITREP_EVENTS_SENTENCE_MATCHES_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sitrep/events/lexicon.h"

namespace sitrep::events {

class SentenceMatches {
 public:
  // Returns lex.Find(text), computed on the first call for `lex` and `text`
  // (another text clears what was kept).
  // REQUIRES: `lex` is one of the loaded tables, alive as long as this (a
  // temporary Lexicon's address may be reused by the next one), and `text`
  // stays alive and unchanged while it is asked about.
  const std::vector<LexiconMatch>& Of(const Lexicon& lex, std::string_view text) const;
  bool Contains(const Lexicon& lex, std::string_view text) const { return !Of(lex, text).empty(); }
  // Returns true when `lex` matches `text`, for a lexicon built on the spot
  // (whose matches are not kept; the words it reads are).
  bool TemporaryContains(const Lexicon& lex, std::string_view text) const;
  // Returns true when the one pattern `phrase` (a table's cue column, read
  // with `forms` in `spaced` mode) matches `text`; each phrase is matched once
  // per text, however many triggers ask (the context rules ask per trigger).
  bool ContainsPhrase(const std::string& phrase, bool spaced, const lang::WordForms* forms,
                      std::string_view text) const;

 private:
  mutable std::string_view text_;
  // Node-based maps: a returned reference stays valid as more are added.
  mutable std::unordered_map<const Lexicon*, std::vector<LexiconMatch>> found_;
  mutable std::unordered_map<const lang::WordForms*, std::vector<Word>> words_;
  mutable std::unordered_map<std::string, bool> phrases_;  // ContainsPhrase's answers, by phrase

  // Forgets what was kept when `text` is another text than the last one.
  void Keep(std::string_view text) const;
  // Returns SplitWords(text, forms), split once per `forms`.
  const std::vector<Word>& WordsOf(std::string_view text, const lang::WordForms* forms) const;
};

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_SENTENCE_MATCHES_H_
