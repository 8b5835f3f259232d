// NestedPlacePass: the places and countries named inside an organization's or
// an actor's name — "Lagos" in "Lagos Chamber of Commerce", "Washington" in
// "The Washington Post", "Iran" in "Trade Promotion Organization of Iran",
// "Syrian" (a nationality) in "Syrian army" — in scripts that write words
// apart; a place fused into a kanji or kana compound (韓国軍) is no word of its
// own, so Japanese names get none. The name stays one actor mention
// (who acts); the place inside says where the organization is based or whom it
// belongs to, which geoparsing counts as a toponym. These go to
// Document::nested_mentions, never to Document::mentions, so the stages that
// choose an event's place or actor see exactly what they saw before.
//
// Design: runs last, over the final actor spans, with the document context the
// linking steps built (it adds nothing to it). Inside each span it takes the
// dictionary's country and place names (leftmost-longest, the whole span
// excluded), then capitalised word sequences found in the gazetteer by hash,
// with a stricter lone-word rule than the gazetteer step's: one word must be a
// big city or a curated place, and no common word, organization word or word
// the document also writes in lowercase; a given name only a big city of that
// own name, a capital or in the document's countries ("Washington" in "The
// Washington Post"). Team names
// of result lines (keep_unlinked) are skipped: there the town is the team.
// A name that resolves to nothing is left out: a nested mention is never
// unlinked.
#include <algorithm>

#include "sitrep/base/utf8.h"
#include "sitrep/entities/linking_steps_internal.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;

// A lone capitalised word inside an organization's name is read as a gazetteer
// place only above this population (the gazetteer step's bound for lone words
// outside the document's countries): inside a name, a small town's name is far
// more often a common word or a surname ("Commerce", "Fox", "Chapman").
constexpr uint32_t kLoneWordPopulation = 100000;
// The longest word sequence looked up inside a name ("Rio de Janeiro").
constexpr size_t kMaxNestedWords = 4;

bool IsPlaceTarget(const Target& t) {
  return t.kind == TargetKind::kPlace || t.kind == TargetKind::kGazPlace || t.kind == TargetKind::kCountry;
}

document::Mention ToMention(const State& s, size_t b, size_t e, const Resolved& r) {
  document::Mention m;
  m.span = {b, e};
  m.text = std::string(s.text.substr(b, e - b));
  m.kind = r.kind;
  m.entity = r.entity;
  m.score = r.score;
  m.method = r.method;
  m.nationality = r.nationality;
  m.nested = true;
  if (!s.doc.sentences.empty()) m.sentence = s.doc.SentenceAt(b);
  return m;
}

// True when the name goes on after byte `end` in kanji or kana: the place is
// fused into a compound word (韓国 in 韓国軍, "South Korean military"), which
// reads as one word, like the compounds CompoundModifierPass drops places from.
// A place in Japanese script is fused too when anything but a separator comes
// right before or after it (東日本 in JR東日本, マドリード in Aマドリード, 栃木 in 栃木SC).
bool FusedIntoCompound(std::string_view name, size_t begin, size_t end) {
  auto japanese = [](char32_t cp) { return utf8::IsKanji(cp) || utf8::IsKatakana(cp) || utf8::IsHiragana(cp); };
  size_t pos = begin;
  const bool japanese_place = japanese(utf8::Next(name, pos));
  if (japanese_place && begin > 0) {
    size_t prev = begin - 1;
    while (prev > 0 && (static_cast<unsigned char>(name[prev]) & 0xC0) == 0x80) --prev;
    if (!kb::IsFoldSeparator(utf8::Next(name, prev))) return true;
  }
  if (end >= name.size()) return false;
  pos = end;
  const char32_t next = utf8::Next(name, pos);
  return japanese(next) || (japanese_place && !kb::IsFoldSeparator(next));
}

// True when an actor's whole name is also a curated continent's or world
// region's: a union of states is named by the region it spans ("EU",
// "European Union": Europe), and geoparsing counts it as that region's
// toponym, while the actor still acts. A town an organization is named after
// (a television channel called after its town) is no region: not nested.
bool WholeNameIsRegion(const State& s, const std::vector<Target>& targets) {
  return std::all_of(targets.begin(), targets.end(), [&](const Target& t) {
    if (t.kind != TargetKind::kPlace) return false;
    const std::string& feature = s.impl.kb->places()[t.index].feature;
    return feature == "CONT" || feature == "RGN";
  });
}

// Dictionary countries and places inside [b, e) (the whole name only when it
// is a region's); appends what resolves, marks the bytes taken.
void DictionaryInside(const State& s, size_t b, size_t e, std::vector<document::Mention>& out,
                      std::vector<std::pair<size_t, size_t>>& taken) {
  const std::string_view name = s.text.substr(b, e - b);
  const kb::FoldedText f = kb::FoldWithOffsets(name);
  size_t last_end = 0;
  for (RawMatch& m : s.impl.index.Match(name, f)) {
    if (m.begin < last_end) continue;
    std::erase_if(m.targets, [](const Target& t) { return !IsPlaceTarget(t); });
    if (m.targets.empty()) continue;
    if (m.begin == 0 && m.end == name.size() && !WholeNameIsRegion(s, m.targets)) continue;
    const std::string_view surface = name.substr(m.begin, m.end - m.begin);
    // A common word is never read alone inside a name, nationalities the list
    // holds included ("Turkish forces" stays the actor alone): measured, nesting
    // those cost CoNLL LOC 0.008 (MISC there) for GeoWebNews 0.009.
    if (s.impl.common_words.count(kb::NameKey(surface))) continue;
    const bool nationality = std::all_of(m.targets.begin(), m.targets.end(), [&](const Target& t) {
      return t.kind != TargetKind::kGazPlace && IsNationality(s.impl, surface, t);
    });
    if (FusedIntoCompound(name, m.begin, m.end)) continue;
    auto r = ResolveTargets(s.impl, m.targets, s.ctx, "");
    if (!r) continue;
    r->nationality = nationality;
    last_end = m.end;
    out.push_back(ToMention(s, b + m.begin, b + m.end, *r));
    taken.push_back({b + m.begin, b + m.end});
  }
}

// True when a single capitalised word inside a name cannot be a place alone.
bool LoneWordRefused(const State& s, std::string_view word, const std::string& key) {
  const NameTables& tables = s.impl.names;
  return key.size() < 3 || s.impl.common_words.count(key) || tables.common_words.count(key) ||
         tables.determiners.count(key) || tables.org_suffixes.count(std::string(word)) ||
         tables.org_heads.count(std::string(word)) || s.lowercase_words.count(key);
}

// Gazetteer places named by capitalised word sequences inside [b, e), outside `taken`.
void GazetteerInside(const State& s, size_t b, size_t e, std::vector<document::Mention>& out,
                     const std::vector<std::pair<size_t, size_t>>& taken) {
  if (!s.impl.kb->gazetteer()) return;
  const auto words = LatinWordSpans(s.text, b, e);
  auto free = [&](size_t wb, size_t we) {
    return std::none_of(taken.begin(), taken.end(), [&](const auto& t) { return t.first < we && wb < t.second; });
  };
  for (size_t i = 0; i < words.size();) {
    bool hit = false;
    for (size_t len = std::min(words.size() - i, kMaxNestedWords); len >= 1 && !hit; --len) {
      if (len == words.size()) continue;  // the whole name is the actor
      const size_t wb = words[i].first, we = words[i + len - 1].second;
      const char first = s.text[wb];
      if (first < 'A' || first > 'Z' || !free(wb, we)) continue;
      const std::string_view surface = s.text.substr(wb, we - wb);
      const std::string key = kb::NameKey(surface);
      if (len == 1 && LoneWordRefused(s, surface, key)) continue;
      auto targets = GazetteerTargets(s.impl, key);
      if (len == 1) {
        // A given name ("Washington", "Dallas", "Victoria") only as a city whose own name it is,
        // a capital or in a country the document names: "The Washington Post" is the capital's,
        // not the state's, and a "Victoria Foundation" in a story about Kenya is no Hong Kong's.
        const bool given_name = s.impl.given_names.count(key) > 0;
        std::erase_if(targets, [&](const Target& t) {
          if (t.kind != TargetKind::kGazPlace) return given_name;
          const kb::PlaceView v = s.impl.kb->gazetteer()->Place(t.index);
          if (v.population < kLoneWordPopulation) return true;
          if (!given_name) return false;
          const bool in_story = v.feature == "PPLC" || s.ctx.country_weight.count(std::string(v.country)) > 0;
          return kb::NameKey(v.name) != key || !v.feature.starts_with("PPL") || !in_story;
        });
      }
      if (targets.empty()) continue;
      auto r = ResolveTargets(s.impl, targets, s.ctx, "");
      if (!r) continue;
      out.push_back(ToMention(s, wb, we, *r));
      hit = true;
      i += len;
    }
    if (!hit) ++i;
  }
}

}  // namespace

std::vector<document::Mention> NestedPlacePass(const State& s) {
  std::vector<document::Mention> out;
  for (const Found& f : s.found) {
    const MentionKind kind = f.r ? f.r->kind : f.unlinked_kind;
    if (kind != MentionKind::kActor || f.keep_unlinked) continue;
    std::vector<std::pair<size_t, size_t>> taken;
    DictionaryInside(s, f.begin, f.end, out, taken);
    GazetteerInside(s, f.begin, f.end, out, taken);
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.span.begin < b.span.begin; });
  return out;
}

}  // namespace sitrep::entities
