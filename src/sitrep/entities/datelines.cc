// QualifiedDatelinePass: a dateline in capitals qualified by its division or
// country ("MARION, Ohio (AP) —", "BUNIA, Congo, May 2 (Reuters) -"). The
// qualifier says where the town lies, so the capitals word is the town of
// that own name inside it, however small: the lone-word rule (a given name
// like Marion needs a city of 100k people) and the acronym rule (a word in
// capitals is an organization) would otherwise read it, and the dictionary
// would take the best-known town of that name elsewhere ("FLORENCE, Ala." is
// not Florence in Italy, "LEBANON, Pa." no country).
//
// Design: runs after the dictionary and the abbreviation passes, so the
// qualifier is already linked, and before the gazetteer pass. A line opens
// with one to four words in capitals, then ", " and a place or country
// mention, then "(", a dash or a comma. The candidates are the gazetteer's
// and the curated places whose own name the words are; only those in the
// qualifier's country (and first-level division, when the qualifier is one)
// are kept. A span the dictionary already linked elsewhere takes the kept
// candidate; an untaken span is added. Nothing kept: nothing changes.
#include <cctype>

#include "sitrep/base/utf8.h"
#include "sitrep/entities/linking_steps_internal.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;

constexpr size_t kMaxDatelineWords = 4;

// Returns the end of the words in capitals opening the line at `b` (one space
// between words, at least three letters in all), or `b` when there are none.
size_t CapitalsWordsEnd(std::string_view text, size_t b) {
  size_t p = b, end = b, letters = 0, words = 0;
  while (p < text.size() && words < kMaxDatelineWords) {
    size_t q = p;
    while (q < text.size() && (std::isupper(static_cast<unsigned char>(text[q])) || text[q] == '.' ||
                               text[q] == '\'' || text[q] == '-')) {
      letters += std::isupper(static_cast<unsigned char>(text[q])) != 0;
      ++q;
    }
    if (q == p || !std::isupper(static_cast<unsigned char>(text[p]))) break;
    if (q < text.size() && std::isalnum(static_cast<unsigned char>(text[q]))) return b;  // "McALLEN": no capitals word
    ++words;
    end = q;
    if (q + 1 < text.size() && text[q] == ' ' && std::isupper(static_cast<unsigned char>(text[q + 1]))) {
      p = q + 1;
      continue;
    }
    break;
  }
  return letters >= 3 ? end : b;
}

// Returns the index in s.found of the place or country mention starting at `pos`, or -1.
int QualifierAt(const State& s, size_t pos) {
  for (size_t i = 0; i < s.found.size(); ++i) {
    const Found& f = s.found[i];
    if (f.begin != pos || !f.r) continue;
    if (f.r->kind == MentionKind::kCountry && !f.r->nationality) return static_cast<int>(i);
    if (f.r->kind == MentionKind::kPlace && f.r->entity.feature == "ADM1") return static_cast<int>(i);
  }
  return -1;
}

// True when what follows the qualifier ends a dateline's place: "(AP)", a dash, a comma.
bool DatelineGoesOn(std::string_view text, size_t p) {
  while (p < text.size() && text[p] == ' ') ++p;
  if (p >= text.size()) return false;
  if (text[p] == '(' || text[p] == ',') return true;
  size_t q = p;
  const char32_t cp = utf8::Next(text, q);
  return cp == '-' || cp == 0x2013 || cp == 0x2014;
}

// True when `r` lies inside the qualifier `q` (its country; its division when q is one).
bool Inside(const Resolved& r, const Resolved& q) {
  if (r.kind != MentionKind::kPlace || r.entity.id == q.entity.id || r.entity.country != q.entity.country) {
    return false;
  }
  if (q.kind == MentionKind::kCountry) return true;
  return !r.entity.admin1.empty() && kb::NameKey(r.entity.admin1) == kb::NameKey(q.entity.name);
}

}  // namespace

void QualifiedDatelinePass(State& s) {
  const std::string_view text = s.text;
  for (size_t b = 0; b < text.size();) {
    size_t line_end = text.find('\n', b);
    if (line_end == std::string_view::npos) line_end = text.size();
    size_t start = b;
    while (start < line_end && (text[start] == ' ' || text[start] == '\t')) ++start;
    b = line_end + 1;
    size_t end = CapitalsWordsEnd(text, start);
    if (end == start) continue;
    while (end > start && text[end - 1] == '.') --end;  // "ST. LOUIS." keeps no closing dot
    if (text.substr(end, 2) != ", ") continue;
    const int qi = QualifierAt(s, end + 2);
    if (qi < 0) continue;
    const Resolved qualifier = *s.found[qi].r;
    if (!DatelineGoesOn(text, s.found[qi].end)) continue;
    const std::string key = kb::NameKey(text.substr(start, end - start));
    std::vector<Target> targets;
    for (const Target& t : GazetteerTargets(s.impl, key)) {
      if (t.kind != TargetKind::kGazPlace || kb::NameKey(s.impl.kb->gazetteer()->Place(t.index).name) == key) {
        targets.push_back(t);
      }
    }
    if (const auto* dict = s.impl.index.Lookup(key)) {
      for (const Target& t : *dict) {
        if (t.kind == TargetKind::kPlace || t.kind == TargetKind::kGazPlace) targets.push_back(t);
      }
    }
    std::optional<Resolved> best;
    for (const Target& t : targets) {
      auto r = ResolveTargets(s.impl, {t}, s.ctx, "");
      if (r && Inside(*r, qualifier) && (!best || r->score > best->score)) best = std::move(r);
    }
    if (!best) continue;
    best->reason = "dateline qualified by " + qualifier.entity.name;
    bool taken = false;
    for (Found& f : s.found) {
      if (f.begin != start || f.end != end) continue;
      taken = true;
      // An actor's own name stays the actor's; a country's name qualified by another country's
      // division is that division's town ("LEBANON, Pa.").
      const bool foreign_country = f.r && f.r->kind == MentionKind::kCountry && !f.r->nationality &&
                                   qualifier.kind == MentionKind::kPlace && f.r->entity.country != qualifier.entity.country;
      if (!f.r || f.r->kind == MentionKind::kPlace || foreign_country) f.r = best;
    }
    if (!taken && !s.Covered(start, end)) s.Add(start, end, std::move(best));
  }
}

}  // namespace sitrep::entities
