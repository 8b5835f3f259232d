// Pieces of the state-actor generator (state_actors.cc) exposed for its tests:
// the per-country forms read from data/kb/country_forms.tsv, the slot values a
// template is filled with, and the Arabic adjective rule. Internal to kb/.
#ifndef SITREP_KB_STATE_ACTORS_INTERNAL_H_
#define SITREP_KB_STATE_ACTORS_INTERNAL_H_

#include <string>
#include <string_view>
#include <vector>

#include "sitrep/kb/knowledge_base.h"

namespace sitrep::kb {

// What data/kb/country_forms.tsv says about one country.
struct CountryForms {
  bool territory = false;         // no forces or government of its own
  std::vector<std::string> of;    // English name after "of" ("the United States")
  std::vector<std::string> attr;  // attributive forms beyond demonyms ("US", "UAE")
  std::vector<std::string> ja;    // Japanese stems beyond its names (米, 露)
  std::vector<std::string> ar_name, ar_m, ar_f;  // Arabic names; adjectives (masc., fem., indefinite)
  bool ar_f_given = false;        // ar_f set by the data ("-" alone = none)
  std::vector<std::string> id;    // Indonesian forms beyond its names ("AS")
};

// The values of each template slot for one country.
struct SlotForms {
  std::vector<std::string> of, name, adj, ja, ar, ar_m, ar_f, id;  // ar_m, ar_f: with the article
};

// Returns the masculine Arabic nisba adjective of a one-word country name
// (السودان -> سوداني, سوريا -> سوري, السعودية -> سعودي, فرنسا -> فرنسي), or
// nothing for a name of several words (those come from the data).
std::vector<std::string> ArabicNisba(std::string_view name);
// Returns the feminine of a masculine adjective, word by word (كوري جنوبي -> كورية جنوبية).
std::string ArabicFeminine(std::string_view masculine);
// Returns `words` with the article on each word (كوري جنوبي -> الكوري الجنوبي).
std::string ArabicDefinite(std::string_view words);
// Returns the slot values of `c`; `indonesian` are its Indonesian names.
SlotForms FormsOf(const Country& c, const CountryForms& extra, const std::vector<std::string>& indonesian);
// Returns `text` with its slot replaced by each of the slot's values (one
// string per value; none when the slot has no value; `text` itself without a slot).
std::vector<std::string> ExpandTemplate(std::string_view text, const SlotForms& forms);
// Returns the Arabic adjective forms of one country from its slot values:
// each masculine and feminine adjective, with and without the article, and
// for a one-word adjective its plurals (يون / يين), unless the masculine is the
// country's own name (مالي: its nisba forms are other words).
std::vector<std::string> ArabicAdjectiveForms(const SlotForms& forms);
// Adds each country's Arabic adjective forms to its names (marked in
// Country::arabic_adjectives); a form two countries would share, or that is
// already another country's name, is given to none.
void AddArabicAdjectives(std::vector<Country>& countries, const std::vector<std::pair<size_t, SlotForms>>& slots);
// Returns the id of a state's actor: ("SD", "military") -> "sd-military".
std::string StateActorId(std::string_view country, std::string_view role);

}  // namespace sitrep::kb

#endif  // SITREP_KB_STATE_ACTORS_INTERNAL_H_
