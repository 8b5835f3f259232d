// Loading of the guard tables and the guard test.
#include "sitrep/entities/name_guards.h"

#include "sitrep/base/tsv.h"
#include "sitrep/kb/name_key.h"
#include "sitrep/lang/plugin_registry.h"
#include "sitrep/lang/word_classes.h"

namespace sitrep::entities {
namespace {

StatusOr<GuardSet> WordGuards(const lang::LanguagePack& pack) {
  const auto table = pack.Table("name_guards");
  if (!table) return InvalidArgumentError("name_guards 'words' needs a name_guards table");
  SITREP_ASSIGN_OR_RETURN(lang::WordClasses classes, lang::WordClasses::ForPack(pack));
  GuardSet set{{}, lang::WordForms(classes)};
  SITREP_ASSIGN_OR_RETURN(std::vector<TsvRow> rows, ReadTsv(*table));
  for (const TsvRow& row : rows) {
    const std::string key = kb::NameKey(row.fields[0]);
    if (!key.empty()) set.keys.insert(key);
  }
  return set;
}

// The registry of name-guard plug-ins a pack's "name_guards" names.
const lang::PluginRegistry<GuardSet>& GuardRegistry() {
  static const lang::PluginRegistry<GuardSet> registry("name_guards", {{"words", WordGuards}});
  return registry;
}

}  // namespace

bool GuardSet::Blocks(std::string_view surface) const {
  if (keys.count(kb::NameKey(surface))) return true;
  for (const std::string& form : forms.Alternatives(forms.Fold(surface))) {
    if (keys.count(kb::NameKey(form))) return true;
  }
  return false;
}

StatusOr<NameGuards> NameGuards::ForPacks(const lang::PackSet& packs) {
  NameGuards out;
  out.packs_ = packs;
  for (const auto& pack : packs.packs()) {
    if (!GuardRegistry().Wanted(pack)) continue;
    SITREP_ASSIGN_OR_RETURN(GuardSet set, GuardRegistry().Create(pack));
    out.by_pack_.emplace(pack.code, std::move(set));
  }
  return out;
}

const GuardSet* NameGuards::ForDocument(std::string_view lang, std::string_view text) const {
  const lang::LanguagePack* pack = packs_.ForDocument(lang, text);
  if (!pack) return nullptr;
  auto it = by_pack_.find(pack->code);
  return it == by_pack_.end() ? nullptr : &it->second;
}

std::vector<std::string> NameGuards::PacksBlocking(std::string_view surface) const {
  std::vector<std::string> out;
  for (const auto& [code, set] : by_pack_) {
    if (set.Blocks(surface)) out.push_back(code);
  }
  return out;
}

}  // namespace sitrep::entities
