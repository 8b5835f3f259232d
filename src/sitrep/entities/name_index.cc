// Building the name automaton from the knowledge base, and the boundary and
// letter-case checks applied to its raw hits.
#include "sitrep/entities/name_index.h"

#include <algorithm>
#include <unordered_map>

#include "sitrep/base/utf8.h"

namespace sitrep::entities {
namespace {

bool IsAllCapsLatin(std::string_view s) {
  bool upper = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') upper = true;
  }
  return upper;
}

// Returns the code point before byte `pos` (0 at the start).
char32_t Before(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  size_t p = pos - 1;
  while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
  return utf8::Next(text, p);
}

char32_t At(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  return utf8::Next(text, pos);
}

// Arabic one-letter proclitics (wa-, bi-, li-, fa-, ka-) may precede a name.
bool ArabicProcliticBoundary(std::string_view text, size_t begin) {
  const char32_t prev = Before(text, begin);
  if (!utf8::IsArabic(prev)) return true;
  size_t p = begin - 2;  // Arabic letters are two bytes
  const char32_t prev2 = p > 0 ? Before(text, p) : 0;
  if (utf8::IsArabic(prev2)) return false;
  return prev == U'و' || prev == U'ب' || prev == U'ل' || prev == U'ف' || prev == U'ك';
}

}  // namespace

bool IsWordChar(char32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
         (cp >= 0xC0 && cp < 0x250 && cp != 0xD7 && cp != 0xF7) || (cp >= 0x1E00 && cp <= 0x1EFF);
}

bool IsKanaChar(char32_t cp) { return utf8::IsKatakana(cp) && cp != 0x30FB; }

void NameIndex::ForEachName(const kb::KnowledgeBase& kb, uint32_t min_population,
                            const std::function<void(std::string_view, Target)>& add) {
  const auto& places = kb.places();
  for (uint32_t i = 0; i < places.size(); ++i) {
    add(places[i].name, {TargetKind::kPlace, i, false, true});
    for (const auto& a : places[i].aliases) add(a, {TargetKind::kPlace, i});
  }
  const auto& countries = kb.countries();
  for (uint32_t i = 0; i < countries.size(); ++i) {
    for (const auto& n : countries[i].names) add(n, {TargetKind::kCountry, i, false, n == countries[i].name});
  }
  const auto& actors = kb.actors();
  for (uint32_t i = 0; i < actors.size(); ++i) {
    add(actors[i].name, {TargetKind::kActor, i, false, true});
    for (const auto& a : actors[i].aliases) add(a, {TargetKind::kActor, i});
  }
  const auto& generic = kb.generic_terms();
  for (uint32_t i = 0; i < generic.size(); ++i) add(generic[i].term, {TargetKind::kGeneric, i});
  if (const kb::Gazetteer* g = kb.gazetteer()) {
    for (uint32_t i = 0; i < g->size(); ++i) {
      const kb::PlaceView v = g->Place(i);
      if (v.population < min_population || kb.CuratedByGeonamesId(v.geonames_id)) continue;
      if (!v.ja.empty()) add(v.ja, {TargetKind::kGazPlace, i});
      if (!v.ar.empty()) add(v.ar, {TargetKind::kGazPlace, i});
    }
  }
}

NameIndex NameIndex::Build(const kb::KnowledgeBase& kb, uint32_t min_population) {
  NameIndex ix;
  ForEachName(kb, min_population, [&](std::string_view name, Target t) {
    std::string key = kb::NameKey(name);
    if (key.size() < 2) return;
    t.abbreviation = IsAllCapsLatin(name) && name.size() <= 8;
    auto [it, fresh] = ix.by_key_.emplace(key, static_cast<int32_t>(ix.groups_.size()));
    if (fresh) {
      ix.groups_.emplace_back();
      ix.keys_.push_back(key);
      ix.max_key_bytes_ = std::max(ix.max_key_bytes_, key.size());
      ix.ac_.Add(key, it->second);
    }
    auto& g = ix.groups_[it->second];
    for (const auto& o : g) {
      if (o.kind == t.kind && o.index == t.index) return;
    }
    g.push_back(t);
  });
  ix.ac_.Build();
  return ix;
}

const std::vector<Target>* NameIndex::Lookup(const std::string& key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : &groups_[it->second];
}

std::vector<RawMatch> NameIndex::Match(std::string_view text, const kb::FoldedText& f) const {
  std::vector<RawMatch> out;
  ac_.Search(f.key, [&](size_t kb_begin, size_t kb_end, int32_t group) {
    const size_t begin = f.orig[kb_begin], end = f.orig_end[kb_end - 1];
    // A fold may emit several bytes per code point ("ae"); a match must cover whole code points.
    if (kb_begin > 0 && f.orig[kb_begin - 1] == begin) return;
    if (kb_end < f.key.size() && f.orig[kb_end] == f.orig[kb_end - 1]) return;
    const char32_t first = At(text, begin), prev = Before(text, begin), next = At(text, end);
    size_t lastpos = end;
    const char32_t last = Before(text, lastpos);
    if (IsWordChar(first) && IsWordChar(prev)) return;
    if (IsWordChar(last) && IsWordChar(next)) return;
    if (IsKanaChar(first) && IsKanaChar(prev)) return;
    if (IsKanaChar(last) && IsKanaChar(next)) return;
    if (utf8::IsArabic(first) && !ArabicProcliticBoundary(text, begin)) return;
    if (utf8::IsArabic(last) && utf8::IsArabic(next)) return;
    RawMatch m{begin, end, {}};
    const std::string_view surface = text.substr(begin, end - begin);
    const bool latin_upper = first >= 'A' && first <= 'Z';
    for (const Target& t : groups_[group]) {
      if (t.abbreviation && !IsAllCapsLatin(surface)) continue;
      if (IsWordChar(first) && t.kind != TargetKind::kGeneric && !latin_upper) continue;
      // A generic kanji term right after another kanji is the tail of a compound
      // (亡命政府 "government in exile", 同盟国軍 "allied forces"), not a reference.
      if (t.kind == TargetKind::kGeneric && utf8::IsKanji(first) && utf8::IsKanji(prev)) continue;
      m.targets.push_back(t);
    }
    if (!m.targets.empty()) out.push_back(std::move(m));
  });
  std::sort(out.begin(), out.end(), [](const RawMatch& a, const RawMatch& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  return out;
}

}  // namespace sitrep::entities
