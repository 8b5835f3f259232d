// A bare name after its qualified division in the same document. "Suffolk
// County" is linked to the county on Long Island; a later "Suffolk" alone was
// ranked on its own and went to the English county, a homonym the story never
// meant. Once a document names a division with its division word ("X County",
// "X Province", "X Governorate", "X Oblast", "County X", "Kabupaten X": the
// words of names.tsv division_after, division_word and division_prefix), a bare
// mention of X takes that division, unless the place the steps chose lies
// inside it: the seat or a town of the same name (Kano in Kano State, Donetsk
// in Donetsk Oblast, the city of Orange in Orange County) is what the bare
// name usually means, and stays.
#include <map>
#include <string>
#include <vector>

#include "sitrep/entities/linking_steps_internal.h"

namespace sitrep::entities {
namespace {

// A town within this distance of a lower division's point lies in it (no
// boundaries are known below the first level; a county is rarely wider).
constexpr double kInsideLowerDivisionKm = 60;

std::vector<std::string> SplitSpaces(std::string_view s) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) words.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return words;
}

bool IsDivisionWord(const NameTables& names, const std::string& word) {
  const std::string key = kb::NameKey(word);
  return names.division_after.count(key) || names.division_words.count(key) || names.division_prefixes.count(word);
}

bool IsDivision(const document::EntityRef& e) { return e.feature.starts_with("ADM"); }

// Returns true when `place` lies in `division` (whose bare name is `bare`, folded)
// as far as the knowledge base tells: a first-level division by the place's
// admin1, which may be written with or without the division word.
bool LiesIn(const document::EntityRef& place, const document::EntityRef& division, const std::string& bare) {
  if (place.country != division.country) return false;
  if (division.feature == "ADM1") {
    if (place.admin1.empty()) return false;
    const std::string a = kb::NameKey(place.admin1);
    return a == bare || a == kb::NameKey(division.name) || (!division.admin1.empty() && a == kb::NameKey(division.admin1));
  }
  if (!place.lat || !place.lon || !division.lat || !division.lon) return false;
  if (!place.admin1.empty() && !division.admin1.empty() && kb::NameKey(place.admin1) != kb::NameKey(division.admin1)) {
    return false;
  }
  return DistanceKm(*place.lat, *place.lon, *division.lat, *division.lon) <= kInsideLowerDivisionKm;
}

}  // namespace

bool TakeNamedDivision(const State& s, std::string_view surface, document::EntityRef& entity) {
  if (s.named_divisions.empty()) return false;
  const std::string key = kb::NameKey(surface);
  auto it = s.named_divisions.find(key);
  if (it == s.named_divisions.end() || !it->second) return false;
  const document::EntityRef& division = *it->second;
  if (entity.id == division.id || LiesIn(entity, division, key)) return false;
  entity = division;
  return true;
}

void NamedDivisionPass(State& s) {
  const NameTables& names = s.impl.names;
  // Folded bare name -> the division the document names with a division word; a
  // name two divisions of the document share ("Orange County", "Orange Province") has none.
  for (const Found& f : s.found) {
    if (!f.r || f.r->kind != document::MentionKind::kPlace || f.r->nationality || !IsDivision(f.r->entity)) continue;
    std::vector<std::string> words = SplitSpaces(s.text.substr(f.begin, f.end - f.begin));
    if (words.size() < 2) continue;
    if (IsDivisionWord(names, words.back())) {
      words.pop_back();
    } else if (IsDivisionWord(names, words.front())) {
      words.erase(words.begin());
    } else {
      continue;
    }
    std::string bare;
    for (const std::string& w : words) bare += (bare.empty() ? "" : " ") + w;
    const std::string key = kb::NameKey(bare);
    if (key.empty()) continue;
    auto [it, added] = s.named_divisions.emplace(key, f.r->entity);
    if (!added && it->second && it->second->id != f.r->entity.id) it->second.reset();
  }
  for (Found& f : s.found) {
    if (!f.r || f.r->kind != document::MentionKind::kPlace || f.r->nationality) continue;
    if (f.r->method != "exact" && f.r->method != "alias") continue;
    if (TakeNamedDivision(s, s.text.substr(f.begin, f.end - f.begin), f.r->entity)) {
      f.r->reason = "document: the division named with its division word";
    }
  }
}

}  // namespace sitrep::entities
