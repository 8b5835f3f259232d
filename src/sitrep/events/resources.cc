// Loading of the per-language tables and the vague-number table.
#include <fstream>

#include "sitrep/events/resources_internal.h"

namespace sitrep::events {
namespace {

StatusOr<Lexicon> LoadOptional(const std::string& path, bool spaced, size_t min_fields) {
  std::ifstream probe(path);
  if (!probe) return Lexicon::FromEntries({}, spaced);
  return Lexicon::Load(path, spaced, min_fields);
}

StatusOr<std::map<std::string, long>> LoadVague(const std::string& path, const std::string& lang) {
  SITREP_ASSIGN_OR_RETURN(Lexicon table, Lexicon::Load(path, false, 2));
  std::map<std::string, long> out;
  for (const auto& row : table.entries()) {
    if (row.pattern == lang) out[row.fields[0]] = std::atol(row.fields[1].c_str());
  }
  return out;
}

}  // namespace

StatusOr<LanguageTables> LoadLanguageTables(const std::string& data_dir, const std::string& lang) {
  LanguageTables t;
  t.rules = MakeLanguageRules(lang);
  const bool spaced = t.rules->spaced();
  const std::string dir = data_dir + "/lang/" + lang + "/";
  SITREP_ASSIGN_OR_RETURN(t.triggers, Lexicon::Load(dir + "event_triggers.tsv", spaced, 2));
  SITREP_ASSIGN_OR_RETURN(t.context, LoadOptional(dir + "event_context.tsv", spaced, 2));
  SITREP_ASSIGN_OR_RETURN(t.claims, LoadOptional(dir + "claims.tsv", spaced, 2));
  SITREP_ASSIGN_OR_RETURN(t.sources, LoadOptional(dir + "sources.tsv", spaced, 1));
  SITREP_ASSIGN_OR_RETURN(t.counts, LoadOptional(dir + "counts.tsv", spaced, 1));
  SITREP_ASSIGN_OR_RETURN(t.negation, LoadOptional(dir + "negation.tsv", spaced, 1));
  SITREP_ASSIGN_OR_RETURN(t.irrealis, LoadOptional(dir + "irrealis.tsv", spaced, 1));
  SITREP_ASSIGN_OR_RETURN(t.civilians, LoadOptional(dir + "civilians.txt", spaced, 0));
  SITREP_ASSIGN_OR_RETURN(t.armed_targets, LoadOptional(dir + "armed_targets.txt", spaced, 0));
  SITREP_ASSIGN_OR_RETURN(t.actor_nouns, LoadOptional(dir + "actor_nouns.tsv", spaced, 2));
  SITREP_ASSIGN_OR_RETURN(t.vague, LoadVague(data_dir + "/events/vague_numbers.tsv", lang));
  return t;
}

}  // namespace sitrep::events
