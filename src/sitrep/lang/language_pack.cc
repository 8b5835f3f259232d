// Manifest parsing: one TSV row per key, validated as it is read.
#include "sitrep/lang/language_pack.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "sitrep/base/script.h"
#include "sitrep/base/tsv.h"

namespace sitrep::lang {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Values(const TsvRow& row) {
  std::vector<std::string> out;
  for (size_t i = 1; i < row.fields.size(); ++i) {
    // Cells may also hold several space-separated values ("Hiragana Katakana").
    std::string_view cell = row.fields[i];
    while (!cell.empty()) {
      const size_t sp = cell.find(' ');
      if (sp != 0) out.emplace_back(cell.substr(0, sp));
      if (sp == std::string_view::npos) break;
      cell.remove_prefix(sp + 1);
    }
  }
  return out;
}

bool IsPluginKind(std::string_view key) {
  return std::find(std::begin(kPluginKinds), std::end(kPluginKinds), key) != std::end(kPluginKinds);
}

Status AddRow(LanguagePack& pack, const TsvRow& row) {
  const std::string& key = row.fields[0];
  const std::vector<std::string> v = Values(row);
  if (v.empty()) return InvalidArgumentError(key + ": missing value");
  if (key == "name") {
    pack.name = row.fields[1];
  } else if (key == "scripts") {
    for (const std::string& s : v) {
      if (!IsScriptName(s)) return InvalidArgumentError("scripts: unknown script '" + s + "'");
      pack.scripts.push_back(s);
    }
  } else if (key == "prior") {
    char* end = nullptr;
    pack.prior = std::strtod(v[0].c_str(), &end);
    if (*end != '\0' || pack.prior < 0) return InvalidArgumentError("prior: expected a number >= 0");
  } else if (key == "detected_as") {
    pack.detected_as.insert(pack.detected_as.end(), v.begin(), v.end());
  } else if (IsPluginKind(key)) {
    if (!pack.plugins.emplace(key, v[0]).second) return InvalidArgumentError(key + ": given twice");
  } else if (key == "table") {
    if (v.size() != 2) return InvalidArgumentError("table: expected 'table<TAB>NAME<TAB>FILE'");
    const fs::path file = fs::path(pack.dir) / v[1];
    if (v[1].find("..") != std::string::npos || !fs::is_regular_file(file)) {
      return InvalidArgumentError("table '" + v[0] + "': no file " + file.string());
    }
    if (!pack.tables.emplace(v[0], file.string()).second)
      return InvalidArgumentError("table '" + v[0] + "': given twice");
  } else {
    Status s = SetSyntaxField(pack.syntax, key, v);
    if (s.code() == StatusCode::kNotFound) return InvalidArgumentError("unknown key '" + key + "'");
    return s;
  }
  return OkStatus();
}

}  // namespace

std::string_view LanguagePack::Plugin(std::string_view kind) const {
  auto it = plugins.find(kind);
  return it == plugins.end() ? std::string_view() : std::string_view(it->second);
}

std::optional<std::string> LanguagePack::Table(std::string_view table) const {
  auto it = tables.find(table);
  if (it == tables.end()) return std::nullopt;
  return it->second;
}

bool IsLanguageCode(std::string_view code) {
  return code.size() >= 2 && code.size() <= 3 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

StatusOr<LanguagePack> LoadLanguagePack(const std::string& dir) {
  LanguagePack pack;
  pack.dir = dir;
  pack.code = fs::path(dir).filename().string();
  if (!IsLanguageCode(pack.code)) {
    return InvalidArgumentError(dir + ": a pack folder is named by its language code (2-3 letters)");
  }
  SITREP_RETURN_IF_ERROR(ForEachTsvRow(pack.ManifestPath(), {.min_fields = 2},
                                       [&](const TsvRow& row) { return AddRow(pack, row); }));
  if (pack.name.empty()) return InvalidArgumentError(pack.ManifestPath() + ": no 'name'");
  if (pack.scripts.empty()) return InvalidArgumentError(pack.ManifestPath() + ": no 'scripts'");
  return pack;
}

}  // namespace sitrep::lang
