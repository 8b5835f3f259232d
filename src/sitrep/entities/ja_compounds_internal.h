// Passes over fused compounds: languages written without spaces between words
// (Japanese) name an organization by one compound whose head is the
// organization word (…交通, …州政府, …学会, …クラブ, …軍) and whose modifier is
// a place, a surname or an unknown name (ja_compounds.cc), and a facility by
// its town and a facility word (…駅, …国際空港: ja_facilities.cc); Latin words
// in such text are products more often than organizations (ja_latin.cc).
#ifndef SITREP_ENTITIES_JA_COMPOUNDS_INTERNAL_H_
#define SITREP_ENTITIES_JA_COMPOUNDS_INTERNAL_H_

#include <string>
#include <unordered_set>

#include "sitrep/entities/linking_steps_internal.h"

namespace sitrep::entities {

// Turns a place or a document-local person fused with a following
// organization word (names.tsv `org_suffix`) into one unlinked actor mention
// over the whole compound, and finds organizations named by unknown katakana
// words before such a suffix. REQUIRES: runs before CompoundModifierPass.
// Only documents whose tokenizer gives parts of speech are touched.
void FusedOrganizationPass(State& s);

// The head word of a fused compound and where the compound ends (0: none).
struct FusedHead {
  size_t end = 0;
  std::string_view word;
};
// Returns the head of the compound whose modifier ends at byte `end`: the last
// of up to four contiguous noun (or prefix) tokens whose final tokens spell
// one of `heads` exactly. A modifier ending inside a token (広島県 of 広島 +
// 県議会) continues with that token, whose head may start at the token or at
// the modifier's end.
FusedHead FindFusedHead(const State& s, size_t end, const std::unordered_set<std::string>& heads);
// Returns FindFusedHead(...).end.
size_t FusedHeadEnd(const State& s, size_t end, const std::unordered_set<std::string>& heads);

// ja_facilities.cc
// Turns a place fused with a following facility word (names.tsv
// `facility_suffix`: クラマトルスク + 駅) into one facility mention over the
// compound, linked to the place when the place was. REQUIRES: runs after
// HomonymPass (the town is ranked as a place first). Only documents whose
// tokenizer gives parts of speech are touched.
void FacilityPass(State& s);

// ja_latin.cc
// Returns true when the document's tokenizer gave part-of-speech details
// (MeCab), the tokens every pass of these files reads.
bool TaggedWithPartsOfSpeech(const document::Document& doc);
// Drops unlinked Latin-letter actors that read as a product, a unit or a
// title (172cm, Red Hat, P400SV) in tokenized text; see ja_latin.cc.
void LatinWordsPass(State& s);

// ja_divisions.cc
// Relinks a town followed by a division word (州, 県) to the first-level
// division named after it (ドネツク州: Donetsk Oblast), the word taken in.
// REQUIRES: runs after HomonymPass, before FacilityPass.
void DivisionSuffixPass(State& s);

// ja_glued_names.cc
// Reads a place glued to another script's word as part of a longer name:
// Latin letters make the whole an unlinked actor (JR東日本, 栃木SC), a katakana
// word that is no place drops the place (東京スカイツリー), and a place inside
// a longer katakana word or a verb (アメリカン, ハマっ) is dropped.
// REQUIRES: runs after FacilityPass. Only documents whose tokenizer gives parts
// of speech are touched.
void GluedNamePass(State& s);

}  // namespace sitrep::entities

#endif  // SITREP_ENTITIES_JA_COMPOUNDS_INTERNAL_H_
