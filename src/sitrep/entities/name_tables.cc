// Reading the name tables of every language pack (see name_tables.h).
#include "sitrep/entities/name_tables.h"

#include <algorithm>
#include <filesystem>

#include "sitrep/base/file.h"
#include "sitrep/base/tsv.h"
#include "sitrep/kb/name_key.h"

namespace sitrep::entities {

Status NameTables::AddTable(std::string_view contents, const std::string& origin) {
  TsvOptions options;
  options.min_fields = 2;
  SITREP_ASSIGN_OR_RETURN(const auto rows, ParseTsv(contents, origin, options));
  for (const TsvRow& row : rows) {
    const std::string& type = row.fields[0];
    const std::string& word = row.fields[1];
    const std::string value = row.fields.size() > 2 ? row.fields[2] : "";
    if (word.empty()) return TsvError(origin, row.line, "empty word");
    const std::string key = kb::NameKey(word);
    const bool lowercase = word[0] >= 'a' && word[0] <= 'z';
    sources.emplace(key, origin + ":" + std::to_string(row.line) + " " + type);
    if (type == "demonym_suffix") demonym_suffixes.push_back(key);
    else if (type == "demonym") demonyms.insert(key);
    else if (type == "nationality_head") nationality_heads[key] = value;
    else if (type == "people_suffix") people_suffixes.push_back(key);
    else if (type == "people_word") people_words.insert(key);
    else if (type == "org_suffix") {
      org_suffixes.insert(word);
      if (value == "state") state_org_suffixes.insert(word);
      if (value == "place") place_org_suffixes.insert(word);
    }
    else if (type == "org_head") org_heads.insert(word);
    else if (type == "person_title") {
      person_titles.push_back(key);
      if (lowercase) lowercase_titles.insert(key);
    } else if (type == "determiner") determiners.insert(key);
    else if (type == "not_given_name") not_given_names.insert(key);
    else if (type == "common") common_words.insert(key);
    else if (type == "person_suffix") person_suffixes.push_back(word);
    else if (type == "name_pos") name_pos.push_back({word, value});
    else if (type == "compound_head") compound_heads.push_back(word);
    else if (type == "nationality_suffix") nationality_suffixes.push_back(word);
    else if (type == "place_part") place_parts.insert(word);
    else if (type == "facility_suffix") facility_suffixes.insert(word);
    else if (type == "speech_verb") speech_verbs.insert(key);
    else if (type == "language_before") language_before.insert(key);
    else if (type == "language_after") language_after.insert(key);
    else if (type == "place_preposition") place_prepositions.insert(key);
    else if (type == "place_noun") place_nouns.insert(key);
    else if (type == "division_before") division_before.insert(key);
    else if (type == "division_after") division_after.insert(key);
    else if (type == "division_word") division_words.insert(key);
    else if (type == "list_joiner") list_joiners.insert(key);
    else if (type == "street_suffix") street_suffixes.insert(word);
    else if (type == "division_prefix") division_prefixes.insert(word);
    else if (type == "sport_cue") sport_cues.insert(key);
    else if (type == "team_before") team_before.insert(key);
    else if (type == "team_after") team_after.insert(key);
    else if (type == "venue_before") venue_before.insert(key);
    else if (type == "team_suffix") team_suffixes.insert(key);
    else if (type == "place_abbrev") {
      const size_t bar = value.find('|');
      if (bar == std::string::npos) return TsvError(origin, row.line, "place_abbrev wants full|CC");
      place_abbreviations.push_back({word, value.substr(0, bar), value.substr(bar + 1)});
    } else {
      return TsvError(origin, row.line, "unknown name-table type '" + type + "'");
    }
  }
  return OkStatus();
}

StatusOr<NameTables> NameTables::Load(const std::string& root) {
  NameTables t;
  std::error_code ec;
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(root, ec)) {
    const std::string path = e.path().string() + "/names.tsv";
    if (std::filesystem::exists(path)) files.push_back(path);
  }
  std::sort(files.begin(), files.end());  // the same order on every machine
  for (const auto& path : files) {
    SITREP_ASSIGN_OR_RETURN(const std::string contents, ReadFile(path));
    SITREP_RETURN_IF_ERROR(t.AddTable(contents, path));
  }
  return t;
}

}  // namespace sitrep::entities
