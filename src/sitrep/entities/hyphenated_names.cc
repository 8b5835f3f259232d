// Places joined by a hyphen: "the Amsterdam-London route", "the Nelson-Creston
// riding", "IBA-Karachi". The name candidates keep a hyphenated word whole, so
// that "Gilgit-Baltistan" or "Winston-Salem" is looked up as the one name it
// is; when the whole word names nothing, each capitalised part is read as a
// lone word on its own, under the lone-word rules of the gazetteer step: not a
// common or given name, not a word the document also writes in lowercase, and
// a curated place, a town of kProminentTown people, or a town whose own name
// it is in a country the document names; and only when every part is a place
// (a double surname, "Green-Karol", has a part that is none). A part in lowercase ("Russian-made",
// "Saudi-led") makes the word no pair of names, and nothing is read in it.
#include <algorithm>

#include "sitrep/entities/linking_steps_internal.h"

namespace sitrep::entities {
namespace {

constexpr uint32_t kProminentTown = 100000;

// Returns the part's place, or nullopt.
std::optional<Resolved> PartPlace(const State& s, size_t b, size_t e) {
  const std::string_view part = s.text.substr(b, e - b);
  const std::string key = kb::NameKey(part);
  if (key.size() < 3 || s.impl.common_words.count(key) || s.impl.given_names.count(key) ||
      s.lowercase_words.count(key)) {
    return std::nullopt;
  }
  if (s.guards && s.guards->Blocks(part)) return std::nullopt;
  std::vector<Target> targets;
  if (const auto* dict = s.impl.index.Lookup(key)) {
    for (const Target& t : *dict) {
      if (t.kind == TargetKind::kPlace || t.kind == TargetKind::kCountry) targets.push_back(t);
    }
  }
  for (const Target& t : GazetteerTargets(s.impl, key)) {
    if (t.kind != TargetKind::kGazPlace) {
      targets.push_back(t);
      continue;
    }
    const kb::PlaceView v = s.impl.kb->gazetteer()->Place(t.index);
    if (kb::NameKey(v.name) != key) continue;  // only a town whose own name it is
    if (v.population >= kProminentTown || s.ctx.country_weight.count(std::string(v.country))) targets.push_back(t);
  }
  if (targets.empty()) return std::nullopt;
  // A nationality is no place ("Franco-German" is read by the dictionary, not here).
  if (std::any_of(targets.begin(), targets.end(), [&](const Target& t) { return IsNationality(s.impl, part, t); })) {
    return std::nullopt;
  }
  return ResolveTargets(s.impl, targets, s.ctx, "");
}

}  // namespace

void HyphenatedPartsPass(State& s, std::vector<NameCandidate>& leftovers) {
  std::erase_if(leftovers, [&](const NameCandidate& c) {
    if (c.script != CandScript::kLatin || c.words != 1 || s.Covered(c.begin, c.end)) return false;
    const std::string_view word = s.text.substr(c.begin, c.end - c.begin);
    if (word.find('-') == std::string_view::npos || InCapitalsLine(s, c.begin)) return false;
    std::vector<std::pair<size_t, size_t>> parts;
    for (size_t b = c.begin; b < c.end;) {
      size_t e = b;
      while (e < c.end && s.text[e] != '-') ++e;
      if (e == b || !(s.text[b] >= 'A' && s.text[b] <= 'Z')) return false;  // "Russian-made": no pair of names
      parts.push_back({b, e});
      b = e + 1;
    }
    if (parts.size() < 2) return false;
    // Every part a place, or none is read: "Green-Karol said" is a person's double name.
    std::vector<Resolved> places;
    for (const auto& [b, e] : parts) {
      auto r = PartPlace(s, b, e);
      if (!r) return false;
      places.push_back(std::move(*r));
    }
    for (size_t i = 0; i < parts.size(); ++i) s.Add(parts[i].first, parts[i].second, std::move(places[i]));
    return true;
  });
}

}  // namespace sitrep::entities
