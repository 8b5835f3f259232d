// The per-document linking pass of the entities stage (linking_steps.cc),
// called by EntityLinker::Annotate.
#ifndef SITREP_ENTITIES_LINKING_STEPS_INTERNAL_H_
#define SITREP_ENTITIES_LINKING_STEPS_INTERNAL_H_

#include "sitrep/entities/linker_internal.h"

namespace sitrep::entities {

// Adds doc.mentions (sorted by span).
void LinkDocument(const EntityLinker::Impl& impl, document::Document& doc);

// Returns the phonetic form of a katakana or Latin name ("" for other scripts).
std::string PhoneticOf(const EntityLinker::Impl& impl, std::string_view name);

// Returns the word spans of a Latin candidate [begin, end) (hyphenated words kept whole).
std::vector<std::pair<size_t, size_t>> LatinWordSpans(std::string_view text, size_t begin, size_t end);

}  // namespace sitrep::entities

#endif  // SITREP_ENTITIES_LINKING_STEPS_INTERNAL_H_
