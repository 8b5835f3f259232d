// Claims: who asserts or denies what a sentence reports. Attribution cues come
// from data/lang/<code>/claims.tsv ("according to X", "X said", "Xによると",
// "と述べた", "denied", "否定"); the source is a participant or a generic
// source noun ("residents", "ソーシャルメディア") placed where the cue says.
// Hedges ("reportedly", "と見られる") lower confidence. Internal to events/.
#ifndef SITREP_EVENTS_CLAIMS_H_
#define SITREP_EVENTS_CLAIMS_H_

#include <string_view>
#include <vector>

#include "sitrep/document/event.h"
#include "sitrep/events/candidates.h"
#include "sitrep/events/lexicon.h"

namespace sitrep::events {

struct SentenceClaims {
  std::vector<document::Claim> claims;
  // Per claim, the byte range of the sentence whose triggers it covers: a
  // Japanese "…と述べた" covers what precedes it back to the previous such cue;
  // "according to", "によると" and English verbs of saying cover the sentence.
  std::vector<std::pair<size_t, size_t>> scopes;
  bool hedged = false;
  bool denied = false;
  // The byte ranges of the sentence's cues whose source is their subject
  // ("said", "told", "と述べ"), in text order.
  std::vector<std::pair<size_t, size_t>> subject_cues;
};

struct ClaimLexicons {
  const Lexicon* cues = nullptr;     // claims.tsv: pattern, where, stance
  const Lexicon* sources = nullptr;  // sources.tsv: pattern, canonical name
};

// Returns the claims made in `sentence` about what it reports.
// Returns the claims whose scope covers byte `offset` of the sentence.
std::vector<document::Claim> ClaimsAt(const SentenceClaims& claims, size_t offset);

SentenceClaims FindClaims(std::string_view sentence, const std::vector<Participant>& participants,
                          const ClaimLexicons& lex, const LanguageRules& rules);

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_CLAIMS_H_
