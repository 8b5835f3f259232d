// Reading the name tables of every language pack (see name_tables.h).
#include "sitrep/entities/name_tables.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "sitrep/base/file.h"
#include "sitrep/kb/name_key.h"

namespace sitrep::entities {

Status NameTables::AddTable(std::string_view contents, const std::string& origin) {
  std::istringstream in{std::string(contents)};
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::istringstream fields(line);
    for (std::string x; std::getline(fields, x, '\t');) f.push_back(x);
    if (f.size() < 2 || f[1].empty()) {
      return InvalidArgumentError(origin + ":" + std::to_string(n) + ": expected type<TAB>word[<TAB>value]");
    }
    const std::string& type = f[0];
    const std::string& word = f[1];
    const std::string value = f.size() > 2 ? f[2] : "";
    const std::string key = kb::NameKey(word);
    if (type == "demonym_suffix") demonym_suffixes.push_back(key);
    else if (type == "demonym") demonyms.insert(key);
    else if (type == "nationality_head") nationality_heads[key] = value;
    else if (type == "org_suffix") org_suffixes.insert(word);
    else if (type == "org_head") org_heads.insert(word);
    else if (type == "person_title") {
      person_titles.push_back(key);
      if (word[0] >= 'a' && word[0] <= 'z') lowercase_titles.insert(key);
    }
    else if (type == "determiner") determiners.insert(key);
    else if (type == "not_given_name") not_given_names.insert(key);
    else if (type == "common") common_words.insert(key);
    else if (type == "person_suffix") person_suffixes.push_back(word);
    else if (type == "name_pos") name_pos.push_back({word, value});
    else if (type == "place_abbrev") {
      const size_t bar = value.find('|');
      if (bar == std::string::npos) return InvalidArgumentError(origin + ":" + std::to_string(n) + ": place_abbrev wants full|CC");
      place_abbreviations.push_back({word, value.substr(0, bar), value.substr(bar + 1)});
    } else {
      return InvalidArgumentError(origin + ":" + std::to_string(n) + ": unknown name-table type '" + type + "'");
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
