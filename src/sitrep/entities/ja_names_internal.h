// Persons of tokenized text (Japanese) by the words around them: a name
// before a person suffix (ダガロ氏, 吉田被告) and a foreign full name of katakana
// words joined by a middle dot (ハワード・ベイカー); one-character names from
// part-of-speech tags with no suffix are dropped. See ja_names.cc.
#ifndef SITREP_ENTITIES_JA_NAMES_INTERNAL_H_
#define SITREP_ENTITIES_JA_NAMES_INTERNAL_H_

#include "sitrep/entities/linking_steps_internal.h"

namespace sitrep::entities {

// Adds document-local persons before person suffixes (names.tsv
// `person_suffix`) and over dot-joined katakana names, replacing unlinked
// mentions inside them; reads back the places the tokenizer split into a
// name and a word (ハル + キウ); drops lone-character tagged names. Only documents
// whose tokenizer gives parts of speech are touched.
// REQUIRES: runs after the linking steps, before CompoundModifierPass.
void TokenizedPersonPass(State& s);

}  // namespace sitrep::entities

#endif  // SITREP_ENTITIES_JA_NAMES_INTERNAL_H_
