// Pass "division suffix": Japanese names a first-level division by the name of
// its capital and a division word (ドネツク + 州 is Donetsk Oblast, ハルキウ + 州
// Kharkiv Oblast, シャン + 州), and gazetteers give a Japanese name to the town
// far more often than to its division, so the earlier steps found the town.
// Here a town followed by a division word (cues.tsv `feature` rows whose
// feature is ADM: 州, 県) whose own first-level division bears its name is
// relinked to that division, and the mention takes in the division word.
//
// Design: runs after HomonymPass (the town is ranked first) and before
// FacilityPass. The division is looked up by the town's English name among
// the gazetteer's and the overlay's first-level divisions of the same country
// whose name is the town's admin1; a town whose division has another name
// (ポクロウシク, in Donetsk Oblast) is left as it is, and so is a place the
// dictionary already found as a division. Only tokens the tokenizer calls a
// suffix (名詞,接尾) are taken in. Only documents whose tokenizer gives parts of
// speech are touched.
#include <algorithm>
#include <string>

#include "sitrep/entities/ja_compounds_internal.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;
using document::Token;

// The feature prefix the division words of cues.tsv suggest.
constexpr char kDivisionCue[] = "ADM";

// Returns the token right after byte `end` when it is a suffix noun, or nullptr.
const Token* SuffixTokenAt(const State& s, size_t end) {
  const auto& tokens = s.doc.tokens;
  auto it = std::partition_point(tokens.begin(), tokens.end(), [&](const Token& t) { return t.span.begin < end; });
  if (it == tokens.end() || it->span.begin != end || it->pos != "名詞") return nullptr;
  return it->pos_detail.rfind("接尾", 0) == 0 ? &*it : nullptr;
}

// Returns the first-level divisions of `country` named `name`.
std::vector<Target> DivisionsNamed(const State& s, const std::string& name, const std::string& country) {
  std::vector<Target> out = GazetteerTargets(s.impl, kb::NameKey(name));
  std::erase_if(out, [&](const Target& t) {
    if (t.kind == TargetKind::kPlace) {
      const kb::Place& p = s.impl.kb->places()[t.index];
      return p.feature != "ADM1" || p.country != country;
    }
    if (t.kind != TargetKind::kGazPlace) return true;
    const kb::PlaceView v = s.impl.kb->gazetteer()->Place(t.index);
    return v.feature != "ADM1" || v.country != country;
  });
  return out;
}

}  // namespace

void DivisionSuffixPass(State& s) {
  if (!TaggedWithPartsOfSpeech(s.doc) || !s.impl.kb->gazetteer()) return;
  for (Found& f : s.found) {
    if (!f.r || f.r->kind != MentionKind::kPlace || f.r->nationality || f.keep_unlinked) continue;
    const document::EntityRef& e = f.r->entity;
    if (e.feature.rfind("ADM", 0) == 0 || e.admin1.empty() || kb::NameKey(e.admin1) != kb::NameKey(e.name)) continue;
    if (FeatureCueAfter(s.impl, s.text, f.end) != kDivisionCue) continue;
    const Token* suffix = SuffixTokenAt(s, f.end);
    if (!suffix || s.Covered(suffix->span.begin, suffix->span.end)) continue;
    const std::vector<Target> divisions = DivisionsNamed(s, e.admin1, e.country);
    if (divisions.empty()) continue;
    auto r = ResolveTargets(s.impl, divisions, s.ctx, kDivisionCue);
    if (!r) continue;
    r->reason = "the division named after " + e.name + " (" + std::string(s.text.substr(suffix->span.begin, suffix->span.size())) + ")";
    f.r = std::move(r);
    f.end = suffix->span.end;
    s.spans[f.begin] = f.end;
  }
}

}  // namespace sitrep::entities
