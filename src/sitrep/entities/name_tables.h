// NameTables: the per-language vocabulary of the entities stage's name
// guards and name-type cues, read from every data/lang/<code>/names.tsv
// (type <TAB> word <TAB> value; the types are listed at the top of
// data/lang/en/names.tsv). The linker applies all languages' tables at once:
// each rule is keyed by its script (Latin capitalised words, kanji/kana
// suffixes, the tokenizer's part-of-speech tags), so English and Indonesian
// Latin cues or Japanese and Arabic suffixes never collide. Immutable after
// Load; thread-safe.
#ifndef SITREP_ENTITIES_NAME_TABLES_H_
#define SITREP_ENTITIES_NAME_TABLES_H_

#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "sitrep/base/status.h"

namespace sitrep::entities {

struct PlaceAbbreviation {
  std::string surface;  // as written ("Calif.", "NSW"); matched case-sensitively
  std::string full;     // the division's name ("" = the country itself)
  std::string country;  // ISO alpha-2 ("" = no country, e.g. EU -> Europe)
};

struct NameTables {
  std::vector<std::string> demonym_suffixes;       // folded ("ian", "ese")
  std::unordered_set<std::string> demonyms;        // folded irregular nationalities ("swiss")
  std::unordered_map<std::string, std::string> nationality_heads;  // folded noun -> generic role
  // A nationality that names people ("Russians", "Briton"): a demonym mention.
  std::vector<std::string> people_suffixes;        // folded plural ending ("s") after a nationality
  std::unordered_set<std::string> people_words;    // folded nationalities that are only nouns ("briton")
  std::unordered_set<std::string> org_suffixes;    // as written ("Front", "軍")
  std::unordered_set<std::string> state_org_suffixes;  // org_suffix rows valued "state": after a country, its state's own ("軍", "政府")
  std::unordered_set<std::string> place_org_suffixes;  // org_suffix rows valued "place": only after a place or country ("代表")
  std::unordered_set<std::string> org_heads;       // as written ("Bank" of ...)
  std::vector<std::string> person_titles;          // folded ("mr", "prime minister", "大統領")
  std::unordered_set<std::string> lowercase_titles;  // those written in lowercase ("spokesman")
  std::unordered_set<std::string> determiners;     // folded ("the"): never open a name
  std::unordered_set<std::string> not_given_names;  // folded ("santa", "port")
  std::vector<PlaceAbbreviation> place_abbreviations;
  // Tokenizer part-of-speech detail prefix -> mention kind ("固有名詞,人名" -> person).
  std::vector<std::pair<std::string, std::string>> name_pos;
  std::vector<std::string> person_suffixes;        // after a name: "氏", "大統領"
  std::unordered_set<std::string> common_words;    // folded words never a name on their own
  std::vector<std::string> compound_heads;         // a place continued so is a compound's modifier: "語", "議会"
  std::vector<std::string> nationality_suffixes;   // a place continued so is a nationality: "人"
  std::unordered_set<std::string> facility_suffixes;  // as written: a facility's last word ("駅", "空港")
  std::unordered_set<std::string> place_parts;     // as written: a word opening place names ("ベイト", "サン")
  // As written ("Kabupaten", "Kota"): a word opening a division's or town's name in its
  // language; a capitalised run it opens that names nothing whole is read without it.
  std::unordered_set<std::string> division_prefixes;
  std::unordered_set<std::string> street_suffixes;  // as written ("Avenue"): a place before one names a street
  std::unordered_set<std::string> place_prepositions;  // folded ("in", "near"): a town's own name may follow
  // Folded nouns of a kind of place ("city", "town"): "<country or nationality> <noun> of X"
  // ("the English city of Salisbury") puts X in that country (entities/homonyms.cc).
  std::unordered_set<std::string> place_nouns;
  // A name that is a division and a town ("Washington"): the division when a word right
  // before or after it says so ("central Washington", "Washington state") or when it is
  // listed with another division ("California or Washington"; the joiners, folded).
  std::unordered_set<std::string> division_before, division_after, list_joiners;
  // Folded words a division's own name ends or opens with ("Suffolk County", "County Kerry"),
  // besides division_after: a later bare "Suffolk" is that division (named_divisions.cc).
  std::unordered_set<std::string> division_words;
  std::unordered_set<std::string> speech_verbs;    // folded ("said"): a name beside one speaks, a person
  // A nationality beside these names its language, no place (language_names.cc), all folded:
  // a word right before it when no noun follows ("in", "speaks", "from") and one right after
  // it ("language", "speakers", "version").
  std::unordered_set<std::string> language_before, language_after;
  // Sports reports (sports_teams.cc), all folded: words that mark one ("innings"),
  // words before or after a town that make it a side ("beat", "against"; "captain",
  // "drew") and prepositions that keep it the place ("in", "at").
  std::unordered_set<std::string> sport_cues, team_before, team_after, venue_before;
  std::unordered_set<std::string> team_suffixes;   // folded last words of sides' names ("united", "rovers")
  // Folded word -> "file:line type" of every row naming it (for `kb lookup`).
  std::multimap<std::string, std::string> sources;

  // Reads `root`/<code>/names.tsv for every language folder under `root`.
  // A missing file is no error; a malformed line names its file and line.
  static StatusOr<NameTables> Load(const std::string& root);
  // Adds the lines of one table (for tests). `origin` names it in errors.
  Status AddTable(std::string_view contents, const std::string& origin);
};

}  // namespace sitrep::entities

#endif  // SITREP_ENTITIES_NAME_TABLES_H_
