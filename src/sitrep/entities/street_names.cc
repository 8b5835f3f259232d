// Streets named after places: "Atlantic Avenue", "Bedford Drive", "Haifa
// Street". A street takes another place's name far more often than it lies
// there, so a place or country linked right before a street word of the
// language pack (names.tsv street_suffix: Street, Avenue, Road...) is no
// mention of that place: the name and the street word become one unlinked
// place mention, which keeps its surface from taking the place's entity
// elsewhere in the document. A nationality ("the Russian Embassy") is no
// place already and is left alone.
//
// StreetWordsPass: a street named after no place ("Royal Street", "Dubonet
// Drive", "Eglinton Avenue West" keeps its last word out) is a place all the
// same, where something happens: one to three capitalised words that nothing
// took, right before a street word, become one unlinked place mention. The
// abbreviation "St" is left out (it is also "Saint"), and so are the words the
// document writes in lowercase or that open no name (determiners: "On Main
// Street" keeps "On" out).
//
// StreetTownPass: a street followed by "in" and a linked town ("Mutanabbi
// Street in Baghdad") lies in that town, so the street's mention takes the
// town's entity and point: a town's precision (its feature) for a place the
// gazetteer has no point of, never an invented one. Only a town (a PPL
// feature), whose point is near its streets; a division or a country is too
// coarse to carry.
#include <algorithm>
#include <map>

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

void StreetWordsPass(State& s) {
  if (s.impl.names.street_suffixes.empty()) return;
  for (const NameCandidate& c : s.Candidates()) {
    if (c.script != CandScript::kLatin || c.words < 2) continue;
    auto words = LatinWordSpans(s.text, c.begin, c.end);
    for (size_t i = 1; i < words.size(); ++i) {
      std::string word(s.text.substr(words[i].first, words[i].second - words[i].first));
      if (!word.empty() && word.back() == '.') word.pop_back();  // "Ave."
      if (word == "St" || !s.impl.names.street_suffixes.count(word)) continue;
      size_t first = i >= 3 ? i - 3 : 0;
      while (first < i) {
        const std::string key =
            kb::NameKey(s.text.substr(words[first].first, words[first].second - words[first].first));
        if (!s.impl.names.determiners.count(key) && !s.lowercase_words.count(key)) break;
        ++first;
      }
      if (first == i) continue;
      const size_t b = words[first].first, e = words[i].first + word.size();
      if (s.Covered(b, e)) continue;
      s.Add(b, e, std::nullopt, 0.5, document::MentionKind::kPlace);
      s.found.back().keep_unlinked = true;
    }
  }
}

void StreetTownPass(State& s) {
  std::map<size_t, const Found*> towns;  // begin -> a linked town's mention
  for (const Found& f : s.found) {
    if (f.r && f.r->kind == document::MentionKind::kPlace && !f.r->nationality && f.r->entity.lat &&
        f.r->entity.feature.starts_with("PPL")) {
      towns.emplace(f.begin, &f);
    }
  }
  if (towns.empty()) return;
  for (Found& f : s.found) {
    if (f.r || !f.keep_unlinked || f.unlinked_kind != document::MentionKind::kPlace) continue;
    const std::string_view last = s.text.substr(f.begin, f.end - f.begin);
    const size_t space = last.rfind(' ');
    std::string word(last.substr(space == std::string_view::npos ? 0 : space + 1));
    if (!word.empty() && word.back() == '.') word.pop_back();
    if (!s.impl.names.street_suffixes.count(word)) continue;  // a team's town, no street
    if (s.text.substr(f.end, 4) != " in ") continue;
    const auto it = towns.find(f.end + 4);
    if (it == towns.end()) continue;
    Resolved r = *it->second->r;
    r.method = "context";
    r.score = std::min(r.score, 0.6);
    r.reason = "a street in " + r.entity.name + ": the town's point";
    f.r = std::move(r);
  }
}

}  // namespace sitrep::entities
