// LanguagePack: one folder data/lang/<code>/ — everything sitrep knows about
// reading one language. Its manifest.tsv names the pack, the scripts it is
// written in, the plug-ins each stage needs for it (registered by name in the
// stage's registry), the word-order and role-marking description (syntax.h) and
// the tables the stages load:
//
//   name          Indonesian
//   scripts       Latin
//   prior         0.5                  (ties of a script guess: the likelier pack)
//   detected_as   ms                   (codes a language detector gives this
//                                       language's text: CLD2 calls much
//                                       Indonesian news Malay)
//   tokenizer     icu                  (plug-in kinds: tokenizer, time_grammar,
//   time_grammar  id                    role_rules, name_guards)
//   role_rules    id
//   word_order    SVO                  (syntax keys: see syntax.h)
//   table         event_triggers  event_triggers.tsv
//
// A stage that finds no plug-in of its kind in a pack does not handle that
// language (a pack with only a tokenizer gives text and entities). A plain value
// type; immutable once loaded.
#ifndef SITREP_LANG_LANGUAGE_PACK_H_
#define SITREP_LANG_LANGUAGE_PACK_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/base/status.h"
#include "sitrep/lang/syntax.h"

namespace sitrep::lang {

// The plug-in kinds a manifest may name.
inline constexpr std::string_view kPluginKinds[] = {"tokenizer", "time_grammar", "role_rules",
                                                    "name_guards"};

struct LanguagePack {
  std::string code;                  // the folder's name, an ISO 639 code ("en")
  std::string name;                  // "English"
  std::string dir;                   // the folder
  std::vector<std::string> scripts;  // Unicode script names ("Latin")
  double prior = 0;                  // breaks ties when a text's language is guessed
  std::vector<std::string> detected_as;  // detector codes read with this pack ("ms")
  Syntax syntax;
  std::map<std::string, std::string, std::less<>> plugins;  // kind -> plug-in name
  std::map<std::string, std::string, std::less<>> tables;   // table name -> file path

  // Returns the plug-in the pack names for `kind`, or "" when it names none.
  std::string_view Plugin(std::string_view kind) const;
  // Returns the path of table `name`, or nullopt when the pack has no such table.
  std::optional<std::string> Table(std::string_view name) const;
  // Returns the manifest's path, for error messages.
  std::string ManifestPath() const { return dir + "/manifest.tsv"; }
};

// True for the shape of a language code: two or three ASCII lowercase letters.
bool IsLanguageCode(std::string_view code);

// Returns the pack in folder `dir` (whose name is its code). Errors name the
// manifest's file and line: an unknown key, a bad value, a table whose file is
// missing, a script Unicode does not know.
StatusOr<LanguagePack> LoadLanguagePack(const std::string& dir);

}  // namespace sitrep::lang

#endif  // SITREP_LANG_LANGUAGE_PACK_H_
