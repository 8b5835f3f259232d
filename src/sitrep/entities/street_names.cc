// Streets named after places: "Atlantic Avenue", "Bedford Drive", "Haifa
// Street". A street takes another place's name far more often than it lies
// there, so a place or country linked right before a street word of the
// language pack (names.tsv street_suffix: Street, Avenue, Road...) is no
// mention of that place: the name and the street word become one unlinked
// place mention, which keeps its surface from taking the place's entity
// elsewhere in the document. A nationality ("the Russian Embassy") is no
// place already and is left alone.
#include "sitrep/entities/linking_steps_internal.h"

namespace sitrep::entities {

void StreetNamePass(State& s) {
  if (s.impl.names.street_suffixes.empty()) return;
  for (Found& f : s.found) {
    if (!f.r || f.r->nationality) continue;
    if (f.r->kind != document::MentionKind::kPlace && f.r->kind != document::MentionKind::kCountry) continue;
    const auto after = WordAfter(s.text, f.end);
    if (!after.second) continue;
    std::string word(s.text.substr(after.first, after.second - after.first));
    if (!word.empty() && word.back() == '.') word.pop_back();  // "Ave."
    if (!s.impl.names.street_suffixes.count(word)) continue;
    if (s.Covered(after.first, after.second)) continue;
    s.spans.erase(f.begin);
    f.end = after.second;
    s.spans[f.begin] = f.end;
    f.r.reset();
    f.keep_unlinked = true;
    f.unlinked_kind = document::MentionKind::kPlace;
    f.score = 0.5;
  }
}

}  // namespace sitrep::entities
