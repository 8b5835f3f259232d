// Demonyms: a nationality that names a nation's people ("Russians", "the
// Iraqis", "a Briton") is a demonym mention — linked to the people's country,
// so the events stage reads it as an actor's nationality, and never a place.
// A nationality before a noun ("Russian troops", "French wine") stays a
// country mention marked as a nationality: geoparsing corpora (GeoWebNews)
// count that adjective as the country's non-literal modifier, while a people
// noun is what they annotate as a demonym and CoNLL-2003 as MISC. Measured on
// their visible dev sets: every nationality a demonym, GeoWebNews acc161
// 0.763 -> 0.643 and CoNLL LOC F1 0.782 -> 0.874; people nouns only, 0.763
// and 0.786 — the one line both kinds of gold agree on.
//
// The people forms are the language pack's: names.tsv people_word rows (a
// nationality only ever a noun, "Briton") and people_suffix rows (a plural
// ending after a nationality of the same country: "Russian" + "s").
#include <algorithm>

#include "sitrep/entities/linking_steps_internal.h"

namespace sitrep::entities {

bool NamesPeople(const EntityLinker::Impl& impl, std::string_view surface, const Target& t) {
  const std::string key = kb::NameKey(surface);
  if (impl.names.people_words.count(key)) return true;
  for (const std::string& suffix : impl.names.people_suffixes) {
    if (key.size() <= suffix.size() + 2 || key.compare(key.size() - suffix.size(), suffix.size(), suffix) != 0) {
      continue;
    }
    const std::string_view stem = surface.substr(0, surface.size() - suffix.size());
    const auto* targets = impl.index.Lookup(kb::NameKey(stem));
    if (!targets) continue;
    const bool same_nation = std::any_of(targets->begin(), targets->end(), [&](const Target& u) {
      return u.kind == t.kind && u.index == t.index && IsNationality(impl, stem, u);
    });
    if (same_nation) return true;
  }
  return false;
}

}  // namespace sitrep::entities
