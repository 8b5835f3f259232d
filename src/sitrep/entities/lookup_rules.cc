// EntityLinker::WordRules: why a name is refused or read otherwise, for
// `sitrep kb lookup`. The linker's vocabulary (the language packs' name guards,
// data/kb/cues.tsv, data/kb/given_names.txt, data/kb/ordinary_words.txt,
// data/lang/<code>/names.tsv) is
// asked about the whole name and, for a name of several words, about each
// word, and every row that applies is reported with its file and line, so a
// user can see which table keeps "Senin" or "مدينة" from becoming a place and
// edit that table rather than the code.
#include <map>
#include <sstream>

#include "sitrep/entities/entity_linker.h"
#include "sitrep/entities/linker_internal.h"
#include "sitrep/kb/name_key.h"

namespace sitrep::entities {
namespace {

// What the linker does with a word of each vocabulary type.
const char* Effect(std::string_view type) {
  static const std::map<std::string_view, const char*> kEffects = {
      {"common", "a common word: never a name on its own, and a capitalised name stops at it"},
      {"determiner", "never opens a name"},
      {"given_name", "a given name: before a capitalised word it opens a person's name"},
      {"not_given_name", "not a given name, though the given-name list has it"},
      {"title", "a title: the name after it is a person"},
      {"person_title", "a title: the name after it is a person"},
      {"person_suffix", "after a name it makes the name a person"},
      {"demonym", "a nationality: links to its country, marked as a nationality, never a place"},
      {"demonym_suffix", "an ending of nationalities"},
      {"people_suffix", "after a nationality it names the nation's people: a demonym, no place"},
      {"people_word", "a nationality that names people: a demonym, no place"},
      {"nationality_head", "after a nationality it names that state's actor"},
      {"nationality_suffix", "after a place it makes the place a nationality"},
      {"org_suffix", "ends an organization's name: the name is an actor"},
      {"org_head", "opens an organization's name (<head> of <Name>)"},
      {"compound_head", "after a place it makes the place a compound's modifier, no place"},
      {"place_abbrev", "an abbreviation of a division or country"},
      {"feature", "a feature word: the name it is part of prefers that kind of place"},
      {"kunya", "opens an Arabic name (Abu, Umm): a person"},
      {"particle", "a particle inside Arabic names"},
      {"article", "an Arabic article, spelt as said"},
      {"translit_country", "a country where spellings vary: fuzzy links allowed"},
      {"name_pos", "the tokenizer's tag read as this kind of name"},
      {"speech_verb", "a surname beside it is a person's (\"Woods said\")"},
      {"language_before", "before a nationality ending a clause it makes it a language, no place (\"in English\")"},
      {"language_after", "after a nationality it makes it a language, no place (\"Kurdish speakers\")"},
      {"ordinary_word",
       "an ordinary English word: alone at a sentence's start it is that word, no name (unless a prominent "
       "place, a given name, in capitals, an organization word, or capitalised inside a sentence in the text)"},
  };
  auto it = kEffects.find(type);
  return it == kEffects.end() ? "a vocabulary row" : it->second;
}

std::vector<std::string> WordsOf(std::string_view name) {
  std::vector<std::string> words;
  std::istringstream in{std::string(name)};
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

}  // namespace

std::vector<std::string> EntityLinker::WordRules(std::string_view name, std::string_view lang) const {
  const Impl& impl = *impl_;
  std::vector<std::string> out;
  auto explain = [&](const std::string& word, const std::string& prefix) {
    for (const std::string& code : impl.guards.PacksBlocking(word)) {
      if (!lang.empty() && code != lang) continue;
      out.push_back(prefix + "name_guards table of the '" + code +
                    "' language pack: an ordinary word, never linked as a name");
    }
    const std::string key = kb::NameKey(word);
    if (key.empty()) return;
    auto [from, to] = impl.word_sources.equal_range(key);
    for (auto it = from; it != to; ++it) {
      const std::string& source = it->second;  // "file:line type"
      const std::string type = source.substr(source.rfind(' ') + 1);
      out.push_back(prefix + source.substr(0, source.rfind(' ')) + " (" + type + "): " + Effect(type));
    }
    if (impl.given_names.count(key)) {
      out.push_back(prefix + impl.given_names_path + " (given_name): " + Effect("given_name"));
    }
    if (impl.ordinary_words.count(key)) {
      out.push_back(prefix + impl.ordinary_words_path + " (ordinary_word): " + Effect("ordinary_word"));
    }
  };
  explain(std::string(name), "");
  const std::vector<std::string> words = WordsOf(name);
  if (words.size() > 1) {
    for (const std::string& w : words) explain(w, "word '" + w + "': ");
  }
  return out;
}

}  // namespace sitrep::entities
