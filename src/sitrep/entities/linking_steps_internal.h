// The per-document linking pass of the entities stage (linking_steps.cc),
// called by EntityLinker::Annotate.
#ifndef SITREP_ENTITIES_LINKING_STEPS_INTERNAL_H_
#define SITREP_ENTITIES_LINKING_STEPS_INTERNAL_H_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "sitrep/entities/linker_internal.h"

namespace sitrep::entities {

// One span the linking steps found: linked (r) or detected and left unlinked.
struct Found {
  size_t begin, end;
  std::optional<Resolved> r;  // nullopt: detected, left unlinked
  double score = 0;
  document::MentionKind unlinked_kind = document::MentionKind::kPlace;  // what an unlinked span is
  bool keep_unlinked = false;  // never takes the entity its surface has elsewhere (a team's town)
};

struct State {
  const EntityLinker::Impl& impl;
  document::Document& doc;
  std::string_view text;
  DocContext ctx;
  std::vector<Found> found;
  std::set<std::string> translit_ids;  // entities linked by transliteration so far
  std::set<std::string> lowercase_words;  // folded words the document also writes in lowercase
  std::set<std::string> person_names;     // folded names this document gives persons ("john smith")
  std::set<std::string> person_surnames;  // folded last words of those names ("smith")

  std::map<size_t, size_t> spans;  // begin -> end of every found span (they never overlap)
  std::vector<std::string> actor_ids;  // linked actors, in the order first found (once each)
  std::set<std::string> actor_seen;
  std::vector<size_t> line_starts;        // offsets after each newline, computed on first use
  std::map<size_t, bool> capitals_lines;  // line start -> the line has no lowercase letter
  std::map<std::string, std::vector<Resolved>> fuzzy_memo;  // phonetic form + cue -> candidates
  // Country-or-division names ("Georgia"), resolved once the gazetteer pass has
  // filled in the document's context: index into `found` and the match.
  std::vector<std::pair<size_t, RawMatch>> deferred;
  const GuardSet* guards = nullptr;  // the document's language's ordinary words
  // FindNameCandidates(impl, text), found on first use: they depend on the
  // text alone, and several passes read them. Never reset once set.
  std::optional<std::vector<NameCandidate>> candidates;
  // Folded bare name -> the division the document names with a division word
  // ("suffolk" for "Suffolk County"); nullopt when two divisions share it (named_divisions.cc).
  std::map<std::string, std::optional<document::EntityRef>> named_divisions;
  // IsSportsReport's answer, found on first use: it depends on the text alone,
  // and both sports passes read it (sports_teams.cc).
  std::optional<bool> sports_report;

  const std::vector<NameCandidate>& Candidates() {
    if (!candidates) candidates = FindNameCandidates(impl, text);
    return *candidates;
  }

  bool Covered(size_t b, size_t e) const {
    auto it = spans.lower_bound(b);
    if (it != spans.end() && it->first < e) return true;
    return it != spans.begin() && std::prev(it)->second > b;
  }
  void Add(size_t b, size_t e, std::optional<Resolved> r, double unlinked_score = 0,
           document::MentionKind unlinked_kind = document::MentionKind::kPlace) {
    // An ordinary word is no name: its span is taken, so no later pass links it.
    if (guards && guards->Blocks(text.substr(b, e - b))) {
      spans[b] = e;
      return;
    }
    if (r && r->entity.lat && r->kind == document::MentionKind::kPlace) {
      ctx.linked_points.push_back({*r->entity.lat, *r->entity.lon});
      ctx.AddCountry(r->entity.country, 0.5);
    }
    if (r && r->kind == document::MentionKind::kActor && actor_seen.insert(r->entity.id).second) {
      actor_ids.push_back(r->entity.id);
    }
    found.push_back({b, e, std::move(r), unlinked_score, unlinked_kind});
    spans[b] = e;
  }
};

// Returns the gazetteer places named `key`, curated overlays in their place.
std::vector<Target> GazetteerTargets(const EntityLinker::Impl& impl, const std::string& key);
// Returns true when `t` may take a name read without the words around it: a
// curated place, or a gazetteer place whose own name `key` is and that is a
// first-level division or a town of 100k people (linking_steps.cc).
bool ProminentOwnName(const State& s, const Target& t, const std::string& key);

// name_types.cc
// Returns true when `surface`, a name of country or region `t`, is its
// nationality ("Syrian", "European"), not the place.
bool IsNationality(const EntityLinker::Impl& impl, std::string_view surface, const Target& t);
// Returns true when the nationality `surface` (IsNationality of `t`) names the
// nation's people ("Russians", "Briton"), not a thing of theirs (demonyms.cc).
bool NamesPeople(const EntityLinker::Impl& impl, std::string_view surface, const Target& t);
// Returns the actor a nationality stands for when a forces or government word
// follows ("Israeli artillery", "Russian officials"), or nullopt.
std::optional<Resolved> NationalityActor(const State& s, const RawMatch& m);
// Fills s.person_names / person_surnames from names with a first name, an
// initial or a title before them.
void CollectPersonNames(State& s);
// Returns true when the document names a person so (whole name or surname).
bool IsKnownPerson(const State& s, std::string_view surface);
// Returns a person mention with a document-local id ("person:john smith").
Resolved PersonMention(std::string_view surface);
// Steps on one candidate; each returns true when it added a mention.
bool PersonByNameStep(State& s, const NameCandidate& c);
bool OrganizationStep(State& s, const NameCandidate& c);
bool AcronymStep(State& s, const NameCandidate& c);
// Returns true when the line around `pos` has no lowercase letters (a headline in capitals).
bool InCapitalsLine(State& s, size_t pos);
// Organizations by their last word, before the dictionary takes a place
// inside their name ("Kherson Regional Council").
void OrganizationPass(State& s);
// Returns the index of the first word after the last title word of a Latin
// candidate's words ("Interior Minister Amara Dialo" -> 2), or 0.
size_t NameAfterTitles(const State& s, const std::vector<std::pair<size_t, size_t>>& words);
// common_word_organizations.cc
// Organizations of capitalised common words before a suffix ("the Health Ministry").
void CommonWordOrganizationPass(State& s);
// Abbreviations of divisions and countries ("Calif.", "NSW", "DRC").
void PlaceAbbreviationPass(State& s);
// Returns true when a token in [begin, end) is tagged as a person's name.
bool TaggedAsPerson(const State& s, size_t begin, size_t end);
// Proper nouns by the tokenizer's part of speech (MeCab IPAdic's 固有名詞 tags).
void JapaneseNamePass(State& s);

// compound_modifier.cc
// Drops the places that open a longer word (日本 in 日本語, ガザ in ガザ保健省) and
// marks those continued by a nationality suffix (イエメン人).
void CompoundModifierPass(State& s);

// sports_results.cc
// Turns the places naming teams in result lines and table rows into unlinked actors.
void SportsResultPass(State& s);
// sports_teams.cc: in a sports report, towns read as sides become their teams.
void SportsTeamPass(State& s);
// Returns true when the document has at least two words of names.tsv's sport_cue class
// (computed once per document, kept in s.sports_report).
bool IsSportsReport(State& s);

// generic_actor_country.cc
// Gives a generic actor the country its own sentence names, when that is not the document's.
void GenericActorCountryPass(State& s);

// defined_acronyms.cc
// Gives an acronym defined in parentheses after a name ("... Party (SCoP)") the name's reading.
void DefinedAcronymPass(State& s);

// hyphenated_names.cc
// Reads the capitalised parts of a hyphenated word that names nothing whole
// ("Amsterdam-London") as lone words; taken words leave `leftovers`.
void HyphenatedPartsPass(State& s, std::vector<NameCandidate>& leftovers);

// datelines.cc
// A dateline in capitals qualified by its division or country ("MARION, Ohio (AP) —")
// names the town of that name inside the qualifier, however small.
void QualifiedDatelinePass(State& s);

// street_names.cc
// A place right before a street word ("Atlantic Avenue") becomes, with it, an unlinked street.
void StreetNamePass(State& s);
// An uncovered capitalised name right before a street word ("Royal Street") becomes an unlinked street.
void StreetWordsPass(State& s);
// A street right before "in <linked town>" takes the town's entity and point.
void StreetTownPass(State& s);

// Ranks the candidates of each linked place name again with the whole document (homonyms.cc).
void HomonymPass(State& s);
// named_divisions.cc
// A bare name takes the division the document names with a division word ("Suffolk County" ...
// "Suffolk"), unless its place lies in that division; fills State::named_divisions.
void NamedDivisionPass(State& s);
// Replaces a place's entity by the division State::named_divisions holds for its
// surface, unless the place lies in it; returns true when it did.
bool TakeNamedDivision(const State& s, std::string_view surface, document::EntityRef& entity);

// nested_places.cc
// Returns the places and countries named inside the document's final actor
// spans (for Document::nested_mentions), sorted by span.
std::vector<document::Mention> NestedPlacePass(const State& s);

// Adds doc.mentions (sorted by span) and doc.nested_mentions.
void LinkDocument(const EntityLinker::Impl& impl, document::Document& doc);

// Returns true when the first of the fuzzy candidates (ordered by rank) sounds
// closer than its first rival or ranks clearly above it; a tie is no winner. A
// candidate of the same name and country (a town's province) is no rival.
bool ClearFuzzyWinner(const std::vector<Resolved>& cands);

// language_names.cc
// Returns true when the nationality at [begin, end) names a language by the
// words around it ("in English", "speaks Spanish", "Kurdish speakers").
bool UsedAsLanguage(const State& s, size_t begin, size_t end);

// Returns the phonetic form of a katakana or Latin name ("" for other scripts).
std::string PhoneticOf(const EntityLinker::Impl& impl, std::string_view name);

// Returns the word spans of a Latin candidate [begin, end) (hyphenated words kept whole).
std::vector<std::pair<size_t, size_t>> LatinWordSpans(std::string_view text, size_t begin, size_t end);

}  // namespace sitrep::entities

#endif  // SITREP_ENTITIES_LINKING_STEPS_INTERNAL_H_
