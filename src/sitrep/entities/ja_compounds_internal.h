// Passes over fused compounds: languages written without spaces between words
// (Japanese) name an organization by one compound whose head is the
// organization word (…交通, …州政府, …学会, …クラブ, …軍) and whose modifier is
// a place, a surname or an unknown name. See ja_compounds.cc.
#ifndef SITREP_ENTITIES_JA_COMPOUNDS_INTERNAL_H_
#define SITREP_ENTITIES_JA_COMPOUNDS_INTERNAL_H_

#include "sitrep/entities/linking_steps_internal.h"

namespace sitrep::entities {

// Turns a place or a document-local person fused with a following
// organization word (names.tsv `org_suffix`) into one unlinked actor mention
// over the whole compound, and finds organizations named by unknown katakana
// words before such a suffix. REQUIRES: runs before CompoundModifierPass.
// Only documents whose tokenizer gives parts of speech are touched.
void FusedOrganizationPass(State& s);

}  // namespace sitrep::entities

#endif  // SITREP_ENTITIES_JA_COMPOUNDS_INTERNAL_H_
