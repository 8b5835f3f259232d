// Pass "facility": Japanese names a station, an airport, a base, a bridge, a
// hospital or a plant by one compound of its town and a facility word
// (クラマトルスク + 駅, アルビル + 国際 + 空港, 福島 + 第 + 1 + 原発, 品川 + 埠頭). The
// earlier steps found the town alone and linked it; here the whole compound
// becomes one facility mention that keeps the town's link. A facility is not
// the town (a gazetteer lists towns, not stations, and a reader asked for the
// places of a text does not count the station as one), yet what happens at the
// station happens at the town, so the events stage reads a facility as the
// place of its event (events/candidates.cc) and loses nothing.
//
// Design: the facility words are the language's names.tsv `facility_suffix`
// rows, matched by FusedHeadEnd (ja_compounds.cc) as the organization words
// are: up to four contiguous noun or prefix tokens after the town whose final
// tokens spell a facility word exactly (線 heads 東海線, never 戦線). Another
// place inside the compound takes it (横浜 + 横須賀道路: the road is named
// after the nearer town; the first stays a place). An unlinked place found as
// one word ending in a facility word after at least two characters of its own
// (長居公園, 西光寺) is a facility too; a linked one is the gazetteer's place
// (日本橋 is a district). Countries, nationalities and towns read as teams
// (keep_unlinked) are left alone.
#include <set>
#include <string>

#include "sitrep/base/utf8.h"
#include "sitrep/entities/ja_compounds_internal.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;

// The fewest characters of its own a one-word facility keeps before its
// facility word (西光 + 寺): 新 + 橋 is a district's name, not a bridge.
constexpr size_t kMinOwnChars = 2;

// Returns true when a found span is a place that can name a facility.
bool IsTown(const Found& f, std::string_view text) {
  if (f.begin >= text.size() || static_cast<unsigned char>(text[f.begin]) < 0x80 || f.keep_unlinked) return false;
  if (f.r) return f.r->kind == MentionKind::kPlace && !f.r->nationality;
  return f.unlinked_kind == MentionKind::kPlace;
}

// Returns true when the one-word unlinked place `name` ends in a facility word
// after at least kMinOwnChars characters.
bool NamesFacility(const std::unordered_set<std::string>& heads, std::string_view name) {
  for (const std::string& head : heads) {
    if (name.size() <= head.size() || name.substr(name.size() - head.size()) != head) continue;
    if (utf8::Length(name.substr(0, name.size() - head.size())) >= kMinOwnChars) return true;
  }
  return false;
}

}  // namespace

void FacilityPass(State& s) {
  const auto& heads = s.impl.names.facility_suffixes;
  if (heads.empty() || !TaggedWithPartsOfSpeech(s.doc)) return;
  std::set<size_t> town_begins, swallowed;
  for (const Found& f : s.found) {
    if (IsTown(f, s.text)) town_begins.insert(f.begin);
  }
  for (Found& f : s.found) {
    if (swallowed.count(f.begin) || !IsTown(f, s.text)) continue;
    const size_t end = FusedHeadEnd(s, f.end, heads);
    if (end == 0) {
      if (!f.r && NamesFacility(heads, s.text.substr(f.begin, f.end - f.begin))) {
        f.unlinked_kind = MentionKind::kFacility;
      }
      continue;
    }
    auto inner = town_begins.upper_bound(f.begin);
    if (inner != town_begins.end() && *inner < end) continue;
    for (auto it = s.spans.upper_bound(f.begin); it != s.spans.end() && it->first < end;) {
      swallowed.insert(it->first);
      it = s.spans.erase(it);
    }
    f.end = end;
    if (f.r) {
      f.r->kind = MentionKind::kFacility;
    } else {
      f.unlinked_kind = MentionKind::kFacility;
    }
    s.spans[f.begin] = end;
  }
  std::erase_if(s.found, [&](const Found& f) { return swallowed.count(f.begin) > 0; });
}

}  // namespace sitrep::entities
