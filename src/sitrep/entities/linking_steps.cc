// The per-document linking pass: actor spelling variants, dictionary matches
// (widened to longer gazetteer names: "New Jersey"), gazetteer lookups of
// unknown spans, country-or-division names once the context is known
// ("Georgia"), abbreviations, persons, fuzzy transliteration matches,
// one-sense-per-document propagation and dateline marking, in that order —
// each step only sees the text the earlier ones left unexplained, and the
// document context (dominant country, places linked so far) grows as it goes.
#include "sitrep/entities/linking_steps_internal.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

#include "sitrep/base/utf8.h"
#include "sitrep/entities/ja_compounds_internal.h"
#include "sitrep/entities/ja_names_internal.h"

namespace sitrep::entities {

using document::MentionKind;

std::vector<Target> GazetteerTargets(const EntityLinker::Impl& impl, const std::string& key) {
  std::vector<Target> out;
  const kb::Gazetteer* g = impl.kb->gazetteer();
  if (!g) return out;
  // A place that only lists this name among its alternate names gives way to
  // a larger place whose own name it is ("Manchester" is not Richmond,
  // Virginia; "Arizona" is not Yuma), a division counted a tenth as in PlacePrior.
  const std::vector<uint32_t> found = g->Find(key);
  auto size = [&](const kb::PlaceView& v) { return v.feature == "ADM1" ? v.population / 10 : v.population; };
  uint32_t own_size = 0;
  for (uint32_t i : found) {
    const kb::PlaceView v = g->Place(i);
    if (kb::NameKey(v.name) == key) own_size = std::max(own_size, size(v) + 1);
  }
  for (uint32_t i : found) {
    const kb::PlaceView v = g->Place(i);
    if (const kb::Place* p = impl.kb->CuratedByGeonamesId(v.geonames_id)) {
      out.push_back({TargetKind::kPlace, static_cast<uint32_t>(p - impl.kb->places().data())});
    } else if (kb::NameKey(v.name) == key || size(v) >= own_size) {
      out.push_back({TargetKind::kGazPlace, i});
    }
  }
  return out;
}

// Returns true when `t` may take a word read alone in a line in capitals, where
// the case says nothing ("GOLD", "WOODS", "SPRING" are words and surnames too),
// or a name before a person's titles ("California Governor ..."): a curated
// place, or a gazetteer place whose own name it is and that is a first-level
// division or a town of kProminentTown people.
constexpr uint32_t kProminentTown = 100000;
bool ProminentOwnName(const State& s, const Target& t, const std::string& key) {
  if (t.kind != TargetKind::kGazPlace) return t.kind == TargetKind::kPlace;
  const kb::PlaceView v = s.impl.kb->gazetteer()->Place(t.index);
  return kb::NameKey(v.name) == key && (v.feature == "ADM1" || v.population >= kProminentTown);
}

// A fuzzy winner must lead its rival (FuzzyPlaces orders by rank): by a closer
// sound, or by a rank lead of kClearRankLead. Two places that sound alike and
// rank alike are a tie, and a tie links nothing. A town and the province named
// after it (Daraa and Daraa Governorate) are one name, not rivals: the rank
// already chose between them.
constexpr double kClearRankLead = 0.05;
constexpr double kClearSimilarityLead = 0.005;  // similarities print to two places; closer is a tie
bool ClearFuzzyWinner(const std::vector<Resolved>& cands) {
  if (cands.empty()) return true;
  const Resolved& best = cands[0];
  for (size_t i = 1; i < cands.size(); ++i) {
    const Resolved& rival = cands[i];
    if (rival.entity.name == best.entity.name && rival.entity.country == best.entity.country) continue;
    return best.score - rival.score >= kClearSimilarityLead || best.rank - rival.rank >= kClearRankLead;
  }
  return true;
}

namespace {

bool NamesProminentPlace(const State& s, const std::string& surface);

// Step 0: actor names spelt differently from the dictionary ("Jabhat an-Nusrah"),
// before the dictionary takes their parts ("Sham") as places. A single word
// must have an actor's exact variant key; longer spans may be close, unless a
// word of theirs is a prominent place's own name: "Paris Police" is that city's
// police, not a respelling of "Polish police" (the same consonants), and
// "Cairo Police" no Central African force.
void ActorVariantPass(State& s) {
  // A span met again (a name repeated through the text) is not matched again.
  std::unordered_map<std::string_view, std::optional<Resolved>> matched;
  auto match = [&](std::string_view span) {
    auto [it, inserted] = matched.try_emplace(span);
    if (inserted) it->second = MatchActorVariant(s.impl, span);
    return it->second;
  };
  for (const auto& c : s.Candidates()) {
    if (c.script != CandScript::kLatin) continue;
    const auto words = LatinWordSpans(s.text, c.begin, c.end);
    for (size_t i = 0; i < words.size();) {
      bool hit = false;
      for (size_t len = std::min<size_t>(words.size() - i, 6); len >= 1 && !hit; --len) {
        const size_t b = words[i].first, e = words[i + len - 1].second;
        const std::string_view span = s.text.substr(b, e - b);
        const std::string_view first = s.text.substr(b, words[i].second - b);
        if (std::none_of(first.begin(), first.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; })) continue;
        const std::string key = kb::NameKey(span);
        if (s.impl.index.Lookup(key)) {  // the dictionary's own name: none of its parts is a variant
          hit = true;
          i += len;
          continue;
        }
        if (len == 1 && s.impl.common_words.count(key)) continue;
        auto r = match(span);
        // One word: the exact variant key, or a close one that is no place name ("Hezbullah").
        if (!r || (len == 1 && r->score < 0.9 && (key.size() < 7 || !GazetteerTargets(s.impl, key).empty()))) continue;
        if (len > 1 && r->score < 0.9 && std::any_of(words.begin() + i, words.begin() + i + len, [&](const auto& w) {
              return NamesProminentPlace(s, std::string(s.text.substr(w.first, w.second - w.first)));
            })) {
          continue;
        }
        s.Add(b, e, std::move(r));
        hit = true;
        i += len;
      }
      if (!hit) ++i;
    }
  }
}

// A dictionary name inside a longer gazetteer name ("Jersey" in "New Jersey",
// "Atlantic" in "Atlantic City", "Mexico" in "New Mexico") gives way to it when
// that name is a division or a town of some size.
void ExtendByGazetteer(const State& s, std::vector<RawMatch>& chosen) {
  const kb::Gazetteer* g = s.impl.kb->gazetteer();
  if (!g) return;
  for (size_t k = 0; k < chosen.size(); ++k) {
    RawMatch& m = chosen[k];
    const size_t lo = k > 0 ? chosen[k - 1].end : 0;
    const size_t hi = k + 1 < chosen.size() ? chosen[k + 1].begin : s.text.size();
    const auto before = WordBefore(s.text, m.begin);
    const auto after = WordAfter(s.text, m.end);
    std::vector<std::pair<size_t, size_t>> spans;
    if (before.second && before.first >= lo && after.second && after.second <= hi) spans.push_back({before.first, after.second});
    if (before.second && before.first >= lo) spans.push_back({before.first, m.end});
    if (after.second && after.second <= hi) spans.push_back({m.begin, after.second});
    for (const auto& [b, e] : spans) {
      const std::string key = kb::NameKey(s.text.substr(b, e - b));
      std::vector<Target> targets = GazetteerTargets(s.impl, key);
      const bool sizable = std::any_of(targets.begin(), targets.end(), [&](const Target& t) {
        if (t.kind == TargetKind::kPlace) return true;
        const kb::PlaceView v = g->Place(t.index);
        return v.feature == "ADM1" || v.population >= 10000;
      });
      if (!sizable) continue;
      m.begin = b;
      m.end = e;
      m.targets = std::move(targets);
      break;
    }
  }
}

// Step 1: dictionary names through the automaton, leftmost-longest.
void DictionaryPass(State& s) {
  const kb::FoldedText f = kb::FoldWithOffsets(s.text);
  std::vector<RawMatch> chosen;
  size_t last_end = 0;
  for (auto& m : s.impl.index.Match(s.text, f)) {
    if (m.begin < last_end) continue;
    last_end = m.end;
    chosen.push_back(std::move(m));
  }
  ExtendByGazetteer(s, chosen);
  // A country name that is also a first-level division elsewhere ("Georgia")
  // may mean the division when the document is about that other country.
  if (const kb::Gazetteer* g = s.impl.kb->gazetteer()) {
    for (auto& m : chosen) {
      if (std::none_of(m.targets.begin(), m.targets.end(), [](const Target& t) { return t.kind == TargetKind::kCountry; })) continue;
      for (uint32_t i : g->Find(kb::NameKey(s.text.substr(m.begin, m.end - m.begin)))) {
        if (g->Place(i).feature == "ADM1") m.targets.push_back({TargetKind::kGazPlace, i});
      }
    }
  }
  // Context first from what is unambiguous: countries, single-country names, actors.
  for (const auto& m : chosen) {
    std::string cc;
    bool one = true;
    for (const Target& t : m.targets) {
      const document::EntityRef e = TargetRef(s.impl, t);
      const double w = t.kind == TargetKind::kCountry ? 1.0 : t.kind == TargetKind::kActor ? 0.3 : 0.5;
      if (t.kind == TargetKind::kGeneric || e.country.empty()) continue;
      if (!cc.empty() && cc != e.country) one = false;
      cc = e.country;
      if (one && &t == &m.targets.back()) s.ctx.AddCountry(cc, w);
    }
  }
  for (auto& m : chosen) {
    if (s.Covered(m.begin, m.end)) continue;  // inside an actor variant
    const std::string_view surface = s.text.substr(m.begin, m.end - m.begin);
    const bool places_only = std::all_of(m.targets.begin(), m.targets.end(), [](const Target& t) {
      return t.kind == TargetKind::kPlace || t.kind == TargetKind::kGazPlace || t.kind == TargetKind::kCountry;
    });
    // A person this document names so ("Jordan" after "Michael Jordan") is that person.
    if (places_only && IsKnownPerson(s, surface)) {
      s.Add(m.begin, m.end, PersonMention(surface));
      continue;
    }
    // The tokenizer reads it as a person's name (山田 in 山田太郎): the name pass takes it whole.
    if (places_only && TaggedAsPerson(s, m.begin, m.end)) continue;
    // A nationality is no place: an actor before a forces word, else nothing.
    if (places_only && std::all_of(m.targets.begin(), m.targets.end(), [&](const Target& t) {
          return t.kind != TargetKind::kGazPlace && IsNationality(s.impl, surface, t);
        })) {
      // "in English", "Kurdish speakers": a nation's language. A continent's word
      // ("European languages") is a family of that place's languages, kept.
      if (std::any_of(m.targets.begin(), m.targets.end(), [](const Target& t) { return t.kind == TargetKind::kCountry; }) &&
          UsedAsLanguage(s, m.begin, m.end)) {
        s.spans[m.begin] = m.end;
        continue;
      }
      if (auto r = NationalityActor(s, m)) {
        s.Add(m.begin, m.end, std::move(r));
      } else if (auto r = ResolveTargets(s.impl, m.targets, s.ctx, "")) {
        r->nationality = true;  // linked to its country, marked as no place
        r->reason = "nationality";
        if (std::any_of(m.targets.begin(), m.targets.end(),
                        [&](const Target& t) { return NamesPeople(s.impl, surface, t); })) {
          r->kind = MentionKind::kDemonym;  // the people: "Russians", "a Briton"
          r->reason = "demonym";
        }
        s.Add(m.begin, m.end, std::move(r));
      }
      continue;
    }
    // A place name that is also a common English word ("Hit") needs more than capitalisation.
    const std::string key = kb::NameKey(s.text.substr(m.begin, m.end - m.begin));
    if (s.impl.common_words.count(key)) {
      std::erase_if(m.targets, [](const Target& t) { return t.kind == TargetKind::kPlace || t.kind == TargetKind::kGazPlace; });
      if (m.targets.empty()) continue;
    }
    const bool division = std::any_of(m.targets.begin(), m.targets.end(), [](const Target& t) {
      return t.kind == TargetKind::kGazPlace;
    });
    if (division && std::any_of(m.targets.begin(), m.targets.end(), [](const Target& t) { return t.kind == TargetKind::kCountry; })) {
      s.Add(m.begin, m.end, std::nullopt);
      s.deferred.push_back({s.found.size() - 1, m});
      continue;
    }
    const std::string cue = FeatureCueAfter(s.impl, s.text, m.end);
    auto r = ResolveTargets(s.impl, m.targets, s.ctx, cue);
    const bool generic = std::all_of(m.targets.begin(), m.targets.end(),
                                     [](const Target& t) { return t.kind == TargetKind::kGeneric; });
    s.Add(m.begin, m.end, std::move(r), 0, generic ? MentionKind::kActor : MentionKind::kPlace);
  }
}

bool PersonStep(State& s, const NameCandidate& c);

// Returns true when every word of a Latin sequence except words[i] is a
// common word ("Paris Police") or an ordinary word of the document's language,
// so the one word may be a place on its own.
bool OthersCommon(const State& s, const std::vector<std::pair<size_t, size_t>>& words, size_t i) {
  for (size_t k = 0; k < words.size(); ++k) {
    if (k == i) continue;
    const std::string_view word = s.text.substr(words[k].first, words[k].second - words[k].first);
    // The document's language guards its own ordinary words ("Situasi di Jayapura").
    if (!s.impl.common_words.count(kb::NameKey(word)) && !(s.guards && s.guards->Blocks(word))) return false;
  }
  return true;
}


// Returns the capitalised two- or three-letter word right before `begin` with
// its dot and one space ("St" of "St. Louis"), or {0, 0}: an abbreviated word
// that may open a name, as a common word does ("New York").
static std::pair<size_t, size_t> AbbreviationBefore(std::string_view text, size_t begin) {
  if (begin < 4 || text[begin - 1] != ' ' || text[begin - 2] != '.') return {0, 0};
  const size_t e = begin - 2;
  size_t b = e;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  if (e - b < 2 || e - b > 3 || !std::isupper(static_cast<unsigned char>(text[b]))) return {0, 0};
  if (b > 0 && std::isalnum(static_cast<unsigned char>(text[b - 1]))) return {0, 0};
  return {b, e};
}

// Returns true when `word`, in capitals, opens a line and `next` is written in
// ordinary case: a dateline whose "(AP) —" the page lost ("LONDON The Latest
// on..."), read alone as a line in capitals is.
bool DatelineWord(std::string_view text, std::pair<size_t, size_t> word, std::pair<size_t, size_t> next) {
  if (word.first > 0 && text[word.first - 1] != '\n') return false;
  if (word.second - word.first < 3) return false;
  for (size_t i = word.first; i < word.second; ++i) {
    if (std::isalpha(static_cast<unsigned char>(text[i])) && !std::isupper(static_cast<unsigned char>(text[i]))) return false;
  }
  bool lower = false;
  for (size_t i = next.first; i < next.second; ++i) lower |= std::islower(static_cast<unsigned char>(text[i])) != 0;
  return lower;
}

// A capitalised sequence led by a prominent place and going on in capitalised
// words nothing knows ("Houston Rockets", "Honolulu Star-Advertiser", "Seattle
// Fire"): the name of something based there — a team, a paper, a service —
// is an unlinked actor, whose place NestedPlacePass nests; the place alone
// would be where nothing happened. The lead must be a curated place or a
// division or 100k town whose own name it is, no given name ("Paris Hilton"),
// and no word after it a common word (the usual lone-word rule reads "Dubai
// Police" already). Returns true when it added the actor.
bool PlaceLedName(State& s, const NameCandidate& c) {
  // A common word opening the name ("New" of "New Orleans Saints") makes the lead another place.
  if (const auto before = WordBefore(s.text, c.begin); before.second) {
    const std::string opener = kb::NameKey(s.text.substr(before.first, before.second - before.first));
    if (s.impl.common_words.count(opener) && !s.impl.names.determiners.count(opener)) return false;
  }
  const auto words = LatinWordSpans(s.text, c.begin, c.end);
  if (words.size() < 2 || words.size() > 4 || s.Covered(c.begin, c.end)) return false;
  if (InCapitalsLine(s, c.begin)) return false;
  for (size_t lead = std::min<size_t>(2, words.size() - 1); lead >= 1; --lead) {
    const std::string key = kb::NameKey(s.text.substr(words[0].first, words[lead - 1].second - words[0].first));
    if (s.impl.given_names.count(key) || s.impl.common_words.count(key) || s.lowercase_words.count(key)) continue;
    auto targets = GazetteerTargets(s.impl, key);
    if (const auto* dict = s.impl.index.Lookup(key)) {
      for (const Target& t : *dict) {
        if (t.kind == TargetKind::kPlace) targets.push_back(t);
      }
    }
    if (std::none_of(targets.begin(), targets.end(), [&](const Target& t) { return ProminentOwnName(s, t, key); })) continue;
    for (size_t k = lead; k < words.size(); ++k) {
      const std::string w = kb::NameKey(s.text.substr(words[k].first, words[k].second - words[k].first));
      if (s.impl.common_words.count(w) || s.impl.given_names.count(w) || s.lowercase_words.count(w)) return false;
    }
    s.Add(c.begin, c.end, std::nullopt, 0.5, MentionKind::kActor);
    return true;
  }
  return false;
}

// A prominent place followed only by title words ("Lusaka Mayor, Jane Doe, said",
// "the Harare Governor's office"), organization words between allowed ("the
// Nairobi Police Commander"): the title is the office of that place, the
// place a toponym, and the person's name, if any, comes after a comma as a name
// of its own. The lone-word rule refuses a word next to a capitalised word that
// is no common word, and a title word is none; with a name inside the span
// ("Lusaka Mayor Jane Doe") the titled-person steps read it instead. The lead
// (one to three words) must be a prominent own name (ProminentOwnName), never
// a given name or a word the document writes in lowercase. Returns true when
// it added the place.
bool PlaceBeforeTitlesStep(State& s, const NameCandidate& c) {
  const auto words = LatinWordSpans(s.text, c.begin, c.end);
  if (words.size() < 2) return false;
  auto is_title = [&](size_t i) {
    const std::string key = kb::NameKey(s.text.substr(words[i].first, words[i].second - words[i].first));
    return std::find(s.impl.person_titles.begin(), s.impl.person_titles.end(), key) != s.impl.person_titles.end();
  };
  size_t first_title = 0;
  while (first_title < words.size() && !is_title(first_title)) ++first_title;
  if (first_title == 0 || first_title == words.size()) return false;
  for (size_t k = first_title; k < words.size(); ++k) {
    if (!is_title(k)) return false;
  }
  // Organization words (names.tsv org_suffix) may stand between the place and the title:
  // "Nairobi Police Commander", "Gaza Health Ministry Spokesman"; a division word ("Kano
  // State Governor") is part of the place's name, no organization's.
  for (size_t lead = std::min<size_t>(first_title, 3); lead >= 1; --lead) {
    bool office = true;
    for (size_t k = lead; k < first_title && office; ++k) {
      office = s.impl.names.org_suffixes.count(std::string(s.text.substr(words[k].first, words[k].second - words[k].first))) > 0;
    }
    if (!office) continue;
    const size_t e = words[lead - 1].second;
    const std::string key = kb::NameKey(s.text.substr(c.begin, e - c.begin));
    if (s.impl.given_names.count(key) || s.impl.common_words.count(key) || s.lowercase_words.count(key)) continue;
    auto targets = GazetteerTargets(s.impl, key);
    if (const auto* dict = s.impl.index.Lookup(key)) {
      for (const Target& t : *dict) {
        if (t.kind == TargetKind::kPlace) targets.push_back(t);
      }
    }
    std::erase_if(targets, [&](const Target& t) { return !ProminentOwnName(s, t, key); });
    if (targets.empty()) continue;
    auto r = ResolveTargets(s.impl, targets, s.ctx, "");
    if (!r) continue;
    s.Add(c.begin, e, std::move(r));
    return true;
  }
  return false;
}

// Step 2b: a lone capitalised word the gazetteer step refused because the
// document had not yet named that town's country ("trains to Cirencester",
// and only later "Gloucester" and "Cheltenham") is looked up again once every
// name is read, with the same rules as a lone word and the whole document's
// countries; only a town whose own name it is. Taken words leave `leftovers`.
// A seat of government (capital, first- or second-level seat) of kLocativeTown
// people: a plain town of that size shares its name too often ("Holland",
// Michigan, is not where cannabis "comes from Holland").
constexpr uint32_t kLocativeTown = 20000;
bool IsSeat(std::string_view feature) { return feature == "PPLC" || feature == "PPLA" || feature == "PPLA2"; }

// Returns true when the word before `begin` (one space between) is a
// lowercase preposition of place of the document's language pack ("in").
bool PlacePrepositionBefore(const State& s, size_t begin) {
  if (begin < 2 || s.text[begin - 1] != ' ') return false;
  size_t b = begin - 1;
  while (b > 0 && s.text[b - 1] >= 'a' && s.text[b - 1] <= 'z') --b;
  if (b == begin - 1 || (b > 0 && std::isalnum(static_cast<unsigned char>(s.text[b - 1])))) return false;
  return s.impl.names.place_prepositions.count(std::string(s.text.substr(b, begin - 1 - b))) > 0;
}

// Returns true when `end` is followed by "'s" (or "’s") and a capitalised word.
bool PossessiveOfName(std::string_view text, size_t end) {
  size_t p = end;
  if (text.substr(p, 2) == "'s") p += 2;
  else if (text.substr(p, 4) == "\u2019s") p += 4;
  else return false;
  return p + 1 < text.size() && text[p] == ' ' && std::isupper(static_cast<unsigned char>(text[p + 1]));
}

void LoneWordsAgain(State& s, std::vector<NameCandidate>& leftovers) {
  std::erase_if(leftovers, [&](const NameCandidate& c) {
    if (c.script != CandScript::kLatin || c.words != 1 || s.Covered(c.begin, c.end)) return false;
    const std::string key = kb::NameKey(s.text.substr(c.begin, c.end - c.begin));
    if (key.size() < 3 || s.impl.common_words.count(key) || s.lowercase_words.count(key) || s.impl.given_names.count(key)) {
      return false;
    }
    if (InCapitalsLine(s, c.begin) || (s.guards && s.guards->Blocks(s.text.substr(c.begin, c.end - c.begin)))) return false;
    // A small town does not speak: "..., Johnson said" is a person.
    size_t after = c.end;
    while (after < s.text.size() && s.text[after] == ' ') ++after;
    size_t word_end = after;
    while (word_end < s.text.size() && std::isalpha(static_cast<unsigned char>(s.text[word_end]))) ++word_end;
    if (s.impl.names.speech_verbs.count(kb::NameKey(s.text.substr(after, word_end - after)))) return false;
    auto targets = GazetteerTargets(s.impl, key);
    // Right after a preposition of place ("a stabbing in Dundalk", "trips to Saipan") a
    // seat of kLocativeTown people may stand in a country the document does not name.
    // "from Wilson's Farm": a possessive before a capitalised word opens another name.
    const bool locative = PlacePrepositionBefore(s, c.begin) && !PossessiveOfName(s.text, c.end);
    // Only a town whose own name the word is ("Newcomers" is no Newcomerstown, "Johnson" no Sturtevant).
    std::erase_if(targets, [&](const Target& t) {
      if (t.kind != TargetKind::kGazPlace) return false;
      const kb::PlaceView v = s.impl.kb->gazetteer()->Place(t.index);
      if (kb::NameKey(v.name) != key) return true;
      if (locative && v.population >= kLocativeTown && IsSeat(v.feature)) return false;
      const auto it = s.ctx.country_weight.find(std::string(v.country));
      return it == s.ctx.country_weight.end() || it->second <= 0;
    });
    if (targets.empty()) return false;
    auto r = ResolveTargets(s.impl, targets, s.ctx, FeatureCueAfter(s.impl, s.text, c.end));
    if (!r) return false;
    s.Add(c.begin, c.end, std::move(r));
    return true;
  });
}

// Step 2: unknown spans looked up in the gazetteer by hash.
void GazetteerPass(State& s, std::vector<NameCandidate>& leftovers) {
  const auto& cands = s.Candidates();
  // Evidence that a capitalised word is not a place on its own: the document
  // also writes it in lowercase ("More", "more"), or uses it as the last word
  // of a longer name ("David Hogg" ... "Hogg").
  for (const auto& [b, e] : LatinWordSpans(s.text, 0, s.text.size())) {
    const char first = s.text[b];
    if (first >= 'a' && first <= 'z') s.lowercase_words.insert(kb::NameKey(s.text.substr(b, e - b)));
  }
  for (const auto& c : cands) {
    if (s.Covered(c.begin, c.end)) continue;
    if (c.script != CandScript::kLatin) {
      std::string surface(s.text.substr(c.begin, c.end - c.begin));
      auto targets = GazetteerTargets(s.impl, kb::NameKey(surface));
      if (targets.empty() && c.script == CandScript::kArabic && surface.size() > 6) {
        targets = GazetteerTargets(s.impl, kb::NameKey(surface.substr(2)));  // و/ب/ل + name
      }
      // A katakana loanword MeCab knows as a common noun (バス "bus", コーチ "coach") is
      // that word, not the foreign town the gazetteer spells the same (Bath, Cochin);
      // only the curated places, whose Japanese names were chosen, may take it.
      if (c.script == CandScript::kKana && IsCommonNounToken(s.doc, c.begin, c.end)) {
        std::erase_if(targets, [](const Target& t) { return t.kind == TargetKind::kGazPlace; });
      }
      const std::string cue = FeatureCueAfter(s.impl, s.text, c.end);
      auto r = targets.empty() ? std::nullopt : ResolveTargets(s.impl, targets, s.ctx, cue);
      if (r) s.Add(c.begin, c.end, std::move(r));
      else leftovers.push_back(c);
      continue;
    }
    if (PlaceBeforeTitlesStep(s, c)) continue;
    if (PersonByNameStep(s, c) || OrganizationStep(s, c)) continue;
    if (PersonStep(s, c)) continue;  // "Gen. Badi Ali": never split into places
    // A common capitalised word just before may open the name ("New York", "South Carolina"),
    // an abbreviated one with its dot too ("St. Louis", "Mt. Kenya").
    auto before = WordBefore(s.text, c.begin);
    if (!before.second) before = AbbreviationBefore(s.text, c.begin);
    const bool opener = before.second && !s.Covered(before.first, before.second) &&
                        s.impl.common_words.count(kb::NameKey(s.text.substr(before.first, before.second - before.first)));
    const auto words = LatinWordSpans(s.text, opener ? before.first : c.begin, c.end);
    const bool capitals = words.size() > 1 && InCapitalsLine(s, c.begin);
    const bool dateline = words.size() > 1 && DatelineWord(s.text, words[0], words[1]);
    bool any = false;
    for (size_t i = 0; i < words.size();) {
      bool hit = false;
      for (size_t len = std::min<size_t>(words.size() - i, 6); len >= 1 && !hit; --len) {
        const size_t b = words[i].first, e = words[i + len - 1].second;
        const std::string key = kb::NameKey(s.text.substr(b, e - b));
        const char32_t first = static_cast<unsigned char>(s.text[b]);
        if (first >= 'a' && first <= 'z') continue;  // a particle cannot start a name
        if (len == 1 && (s.impl.common_words.count(key) || key.size() < 3)) continue;
        auto targets = GazetteerTargets(s.impl, key);
        // "Salim Barakat"; in a line in capitals ("WALES HOLD SCOTLAND") every word is
        // capitalised, so the other words say nothing and the word is read alone.
        const bool alone_in_capitals = len == 1 && words.size() > 1 && !OthersCommon(s, words, i);
        if (alone_in_capitals && !capitals && !(dateline && i == 0)) continue;
        if (alone_in_capitals) std::erase_if(targets, [&](const Target& t) { return !ProminentOwnName(s, t, key); });
        if (len == 1 && s.lowercase_words.count(key)) continue;  // "Over", "over"
        if (len == 1) {  // a lone word must be a big city or a place in the document's countries
          const bool given_name = s.impl.given_names.count(key) > 0;  // "Paul", "Olivia": a big city only
          // A hyphenated division's own name ("Gilgit-Baltistan", "Schleswig-Holstein") is no
          // ordinary word, however few towns cities500 counts in it.
          const bool hyphenated = s.text.substr(b, e - b).find('-') != std::string_view::npos;
          std::erase_if(targets, [&](const Target& t) {
            if (t.kind != TargetKind::kGazPlace) return false;
            const kb::PlaceView v = s.impl.kb->gazetteer()->Place(t.index);
            if (hyphenated && v.feature == "ADM1" && kb::NameKey(v.name) == key) return false;
            return v.population < 100000 && (given_name || !s.ctx.country_weight.count(std::string(v.country)));
          });
        }
        if (targets.empty()) continue;
        auto r = ResolveTargets(s.impl, targets, s.ctx, FeatureCueAfter(s.impl, s.text, e));
        if (!r) continue;
        s.Add(b, e, std::move(r));
        hit = any = true;
        i += len;
      }
      if (!hit) ++i;
    }
    if (!any && !PlaceLedName(s, c)) leftovers.push_back(c);
  }
}

std::string SortedLetters(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') out.push_back(c);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Step 3: an all-capitals token that is an anagram of an abbreviation of an
// actor this document already names ("HST" where "HTS" is known).
bool AbbreviationStep(State& s, const NameCandidate& c) {
  const std::string_view surface = s.text.substr(c.begin, c.end - c.begin);
  if (surface.size() < 2 || surface.size() > 6 || SortedLetters(surface).size() != surface.size()) return false;
  const std::string letters = SortedLetters(surface);
  for (const std::string& id : s.actor_ids) {  // each actor once, in the order first found
    const kb::Actor* a = s.impl.kb->LookupActor(id);
    if (!a) continue;
    for (const auto& alias : a->aliases) {
      if (alias.size() == surface.size() && SortedLetters(alias) == letters && alias != surface) {
        Resolved r;
        r.entity = s.impl.kb->ActorRef(*a);
        r.kind = MentionKind::kActor;
        r.score = 0.8;
        r.method = "fuzzy";
        r.reason = "letters of " + alias + ", named in this document";
        s.Add(c.begin, c.end, std::move(r));
        return true;
      }
    }
  }
  return false;
}

// Returns true when the whole of `surface` is the own name of a curated place or
// a prominent one (a division, a town of kProminentTown people): "Abu Dhabi",
// which a kunya would otherwise make a person.
bool NamesProminentPlace(const State& s, const std::string& surface) {
  const std::string key = kb::NameKey(surface);
  const auto targets = GazetteerTargets(s.impl, key);
  return std::any_of(targets.begin(), targets.end(), [&](const Target& t) { return ProminentOwnName(s, t, key); });
}

// Step 4: persons by title ("Gen. Badi Ali"), kunya ("Abu Malek ...", unless the
// whole name is a prominent place: "Abu Dhabi") or a title after a katakana name
// ("…大統領"); unknown persons get a document-local id.
bool PersonStep(State& s, const NameCandidate& c) {
  const std::string surface(s.text.substr(c.begin, c.end - c.begin));
  bool person = false;
  if (c.script == CandScript::kLatin) {
    const std::string first = kb::NameKey(surface.substr(0, surface.find(' ')));
    person = PersonTitleBefore(s.impl, s.text, c.begin) ||
             (c.words >= 2 && std::find(s.impl.kunya.begin(), s.impl.kunya.end(), first) != s.impl.kunya.end() &&
              !NamesProminentPlace(s, surface));
  } else if (c.script == CandScript::kKana) {
    person = FeatureCueAfter(s.impl, s.text, c.end) == "PERSON";
  }
  if (!person) return false;
  s.Add(c.begin, c.end, PersonMention(surface));
  return true;
}

// Returns the phonetic form of a name and its weaker variants: a final "n"
// after a vowel in katakana (ン) is often an artefact of transliterating
// Arabic (nunation, a glottal stop heard as a nasal), so it is optional.
std::vector<std::string> PhoneticVariants(const std::string& q, CandScript script) {
  std::vector<std::string> out{q};
  if (script == CandScript::kKana && q.size() > 3 && q.back() == 'n') out.push_back(q.substr(0, q.size() - 1));
  return out;
}

// The fewest consonants of a katakana word linked to an actor by its sound
// alone: two (リタ, 'rt') match the skeleton of too many names (Reuters' ロイター).
constexpr size_t kMinActorSkeleton = 3;

// True when the katakana word of phonetic form `q` may name the actor `name`
// by its sound: long enough, and opening with the first consonant of one of the
// name's words, as a garbled spelling of a name keeps its onset (プチン for
// Putin) while a chance likeness does not (ズシーン, 'zsn', against Putin).
bool ActorSoundAgrees(std::string_view q, std::string_view name) {
  const std::string sq = Skeleton(q);
  if (sq.size() < kMinActorSkeleton) return false;
  for (size_t p = 0; p < name.size();) {
    size_t e = name.find_first_of(" -", p);
    if (e == std::string_view::npos) e = name.size();
    const std::string sw = Skeleton(PhoneticForm(name.substr(p, e - p)));
    if (!sw.empty() && sw[0] == sq[0]) return true;
    p = e + 1;
  }
  return false;
}

// Step 5: transliteration + phonetic similarity against curated places and
// the gazetteer places of the document's countries.
void FuzzyStep(State& s, const NameCandidate& c, bool dictionary_words) {
  const std::string_view surface = s.text.substr(c.begin, c.end - c.begin);
  const bool common = c.script == CandScript::kKana && IsCommonNounToken(s.doc, c.begin, c.end);
  if (common != dictionary_words) return;
  if (c.script == CandScript::kLatin) {
    if (s.impl.common_words.count(kb::NameKey(surface)) || SortedLetters(surface).size() == surface.size()) return;
    // English spellings vary only for names from the transliterating countries
    // (cues.tsv translit_country): a story about none of them has no garbles to mend.
    if (std::none_of(s.ctx.country_weight.begin(), s.ctx.country_weight.end(),
                     [&](const auto& cw) { return s.impl.translit_countries.count(cw.first) > 0; })) {
      return;
    }
  }
  const std::string q = PhoneticOf(s.impl, surface);
  if (Skeleton(q).size() < 2) return;
  const std::string cue = FeatureCueAfter(s.impl, s.text, c.end);
  // Repeated names cost one search per document (the context changes little in between).
  auto memo = s.fuzzy_memo.find(q + "\t" + cue);
  if (memo == s.fuzzy_memo.end()) {
    memo = s.fuzzy_memo.emplace(q + "\t" + cue, FuzzyPlaces(s.impl, PhoneticVariants(q, c.script), s.ctx, cue, 2)).first;
  }
  auto cands = memo->second;
  if (cands.empty()) return;
  const double threshold = s.impl.options.fuzzy_threshold + (c.script == CandScript::kLatin ? 0.08 : 0.0);
  Resolved& best = cands[0];
  bool in_context = best.kind == MentionKind::kActor || s.ctx.country_weight.count(best.entity.country);
  double threshold_here = threshold;
  if (!cue.empty() && best.entity.feature.rfind(cue, 0) == 0) threshold_here -= 0.07;  // "…空軍基地" agrees
  if (common) {  // a dictionary word: only as another garble of a place this document already garbled
    in_context = s.translit_ids.count(best.entity.id) > 0;
    threshold_here = std::max(threshold, 0.8);
  }
  const bool clear = ClearFuzzyWinner(cands);
  if (c.script == CandScript::kKana && best.kind != MentionKind::kPlace && best.kind != MentionKind::kCountry &&
      !ActorSoundAgrees(q, best.entity.name)) {
    return;
  }
  if (c.script == CandScript::kLatin && best.kind == MentionKind::kPlace &&
      !s.impl.translit_countries.count(best.entity.country)) {
    return;  // English spellings of Texas or Fulham do not vary; a near miss there is another name
  }
  if (best.score >= threshold_here && in_context && clear) {
    if (c.script == CandScript::kLatin) best.method = "fuzzy";
    s.translit_ids.insert(best.entity.id);
    best.reason += " from '" + q + "'";
    s.Add(c.begin, c.end, std::move(best));
  } else if (best.score >= 0.65 && c.script == CandScript::kKana && in_context && !common) {
    s.Add(c.begin, c.end, std::nullopt, best.score);  // looks like a name; too unsure to link
  }
}

bool IsDash(char32_t cp) { return cp == '-' || cp == 0x2013 || cp == 0x2014 || cp == 0x2015 || cp == 0xFF0D; }

// A dateline: the name opens a line and is followed by an optional
// "(Reuters)" and a dash.
bool IsDateline(std::string_view text, size_t begin, size_t end) {
  // Only spaces or tabs between the start of the line and the name (scanned
  // backwards, so a long line costs nothing).
  for (size_t i = begin; i > 0 && text[i - 1] != '\n'; --i) {
    if (text[i - 1] != ' ' && text[i - 1] != '\t') return false;
  }
  size_t p = end;
  auto skip_spaces = [&] { while (p < text.size() && (text[p] == ' ' || text[p] == ',')) ++p; };
  skip_spaces();
  if (p < text.size() && (text[p] == '(' || text.substr(p, 3) == "（")) {
    const size_t close = text.find_first_of(")）", p);
    const size_t close2 = text.find("）", p);
    const size_t c = std::min(close, close2);
    if (c == std::string_view::npos || c - p > 40) return false;
    p = c + (text[c] == ')' ? 1 : 3);
    skip_spaces();
  }
  if (p >= text.size()) return false;
  size_t q = p;
  return IsDash(utf8::Next(text, q));
}

}  // namespace

std::vector<std::pair<size_t, size_t>> LatinWordSpans(std::string_view text, size_t begin, size_t end) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t i = begin;
  while (i < end) {
    while (i < end && text[i] == ' ') ++i;
    size_t j = i;
    while (j < end && text[j] != ' ') ++j;
    if (j > i) out.push_back({i, j});
    i = j;
  }
  return out;
}

void LinkDocument(const EntityLinker::Impl& impl, document::Document& doc) {
  State s{impl, doc, doc.text(), {}, {}, {}, {}, {}, {}, {}};
  s.guards = impl.guards.ForDocument(doc.lang, doc.text());
  ActorVariantPass(s);
  CollectPersonNames(s);
  OrganizationPass(s);
  DictionaryPass(s);
  CommonWordOrganizationPass(s);
  PlaceAbbreviationPass(s);
  JapaneseNamePass(s);
  std::vector<NameCandidate> leftovers;
  GazetteerPass(s, leftovers);
  for (const auto& [i, m] : s.deferred) s.found[i].r = ResolveTargets(impl, m.targets, s.ctx, "");
  LoneWordsAgain(s, leftovers);
  HyphenatedPartsPass(s, leftovers);
  for (const bool dictionary_words : {false, true}) {
    for (const auto& c : leftovers) {
      if (s.Covered(c.begin, c.end)) continue;
      if (c.script == CandScript::kLatin && AbbreviationStep(s, c)) continue;
      if (PersonStep(s, c) || PersonByNameStep(s, c) || AcronymStep(s, c)) continue;
      FuzzyStep(s, c, dictionary_words);
    }
  }
  QualifiedDatelinePass(s);
  DefinedAcronymPass(s);
  FusedOrganizationPass(s);
  TokenizedPersonPass(s);
  LatinWordsPass(s);
  CompoundModifierPass(s);
  SportsResultPass(s);
  SportsTeamPass(s);
  GenericActorCountryPass(s);
  StreetNamePass(s);
  StreetWordsPass(s);
  StreetTownPass(s);
  HomonymPass(s);
  NamedDivisionPass(s);
  DivisionSuffixPass(s);
  FacilityPass(s);
  GluedNamePass(s);
  // One sense per document: an unlinked span takes the entity its surface has elsewhere.
  std::map<std::string, Resolved> by_surface;
  for (const auto& f : s.found) {
    if (f.r) by_surface.emplace(std::string(s.text.substr(f.begin, f.end - f.begin)), *f.r);
  }
  std::sort(s.found.begin(), s.found.end(), [](const Found& a, const Found& b) { return a.begin < b.begin; });
  for (auto& f : s.found) {
    const std::string surface(s.text.substr(f.begin, f.end - f.begin));
    if (!f.r && !f.keep_unlinked) {
      auto it = by_surface.find(surface);
      if (it != by_surface.end()) f.r = it->second;
    }
    document::Mention m;
    m.span = {f.begin, f.end};
    m.text = surface;
    if (f.r) {
      m.kind = f.r->kind;
      m.entity = f.r->entity;
      m.score = f.r->score;
      m.method = f.r->method;
      m.nationality = f.r->nationality;
      m.dateline = !m.nationality && (m.kind == MentionKind::kPlace || m.kind == MentionKind::kCountry) &&
                   IsDateline(s.text, f.begin, f.end);
    } else {
      m.kind = f.unlinked_kind;
      m.score = f.score;
      m.method = m.kind == MentionKind::kPlace ? "fuzzy" : "context";
    }
    if (!doc.sentences.empty()) m.sentence = doc.SentenceAt(f.begin);
    doc.mentions.push_back(std::move(m));
  }
  doc.nested_mentions = NestedPlacePass(s);
  // A place named inside an actor ("the Suffolk Times") is a bare mention like any other.
  for (document::Mention& m : doc.nested_mentions) {
    if (m.entity && m.kind == MentionKind::kPlace && !m.nationality && (m.method == "exact" || m.method == "alias")) {
      TakeNamedDivision(s, m.text, *m.entity);
    }
  }
}

}  // namespace sitrep::entities
