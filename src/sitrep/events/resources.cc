// Loading of a language pack's event tables and the vague-number table.

#include "sitrep/events/resources_internal.h"

#include "sitrep/base/tsv.h"

namespace sitrep::events {
namespace {

// The number_words column that marks a word vague (coded as ACLED codes it, approx).
constexpr std::string_view kVagueMark = "vague";

// Returns the pack's table `name`, or an empty lexicon when the pack has none.
StatusOr<Lexicon> LoadTable(const lang::LanguagePack& pack, std::string_view name, bool words,
                            size_t min_fields, const lang::WordForms& forms) {
  const auto path = pack.Table(name);
  if (!path) return Lexicon::FromEntries({}, words, &forms);
  return Lexicon::Load(*path, words, min_fields, &forms);
}

StatusOr<std::map<std::string, long>> LoadVague(const std::string& path, const std::string& lang) {
  SITREP_ASSIGN_OR_RETURN(Lexicon table, Lexicon::Load(path, false, 2));
  std::map<std::string, long> out;
  for (const auto& row : table.entries()) {
    if (row.pattern == lang) out[row.fields[0]] = std::atol(row.fields[1].c_str());
  }
  return out;
}

// The English name after "of" in ACLED's state actor names, by country code
// ("US" -> "the United States"): the "of" rows of the knowledge base's
// country_forms.tsv, which the KB's own state actors are named from. A
// checkout without the table names forces after the country's short name.
StatusOr<std::map<std::string, std::string>> LoadNamesAfterOf(const std::string& path) {
  std::map<std::string, std::string> out;
  auto rows = ReadTsv(path, {.min_fields = 2});
  if (!rows.ok() && rows.status().code() == StatusCode::kNotFound) return out;
  if (!rows.ok()) return rows.status();
  for (const auto& row : *rows) {
    if (row.fields[1] != "of" || row.fields.size() < 3) continue;
    const std::string& names = row.fields[2];
    out.emplace(row.fields[0], names.substr(0, names.find('|')));
  }
  return out;
}

// The caption cues are rows of category "caption" in the pack's timex table,
// shared with the time stage (captions date nothing and report nothing).
StatusOr<Lexicon> LoadCaptions(const lang::LanguagePack& pack, bool words) {
  const auto path = pack.Table("timex");
  if (!path) return Lexicon::FromEntries({}, words);
  SITREP_ASSIGN_OR_RETURN(Lexicon timex, Lexicon::Load(*path, false, 2));
  std::vector<LexiconEntry> rows;
  for (const auto& row : timex.entries()) {
    if (row.pattern == "caption") rows.push_back({row.fields[0], {}});
  }
  return Lexicon::FromEntries(std::move(rows), words);
}

// The number words are rows of category "number" in the pack's timex table
// ("four 4"), shared with the time stage ("four days ago").
StatusOr<std::map<std::string, long>> LoadNumberWords(const lang::LanguagePack& pack) {
  std::map<std::string, long> out;
  const auto path = pack.Table("timex");
  if (!path) return out;
  SITREP_ASSIGN_OR_RETURN(Lexicon timex, Lexicon::Load(*path, false, 2));
  for (const auto& row : timex.entries()) {
    if (row.pattern != "number" || row.fields.size() < 2) continue;
    // A negative value is the time grammar's "a few" (بضعة, beberapa: some
    // days, PXD), an unknown number: no figure of people.
    if (const long value = std::atol(row.fields[1].c_str()); value >= 0) out[row.fields[0]] = value;
  }
  return out;
}

}  // namespace

StatusOr<LanguageTables> LoadLanguageTables(const lang::LanguagePack& pack,
                                           const std::string& data_dir) {
  LanguageTables t;
  SITREP_ASSIGN_OR_RETURN(t.rules, RoleRulesRegistry().Create(pack));
  const bool w = t.rules->syntax().words();
  const lang::WordForms& f = t.rules->forms();
  if (!pack.Table("event_triggers")) {
    return InvalidArgumentError(pack.ManifestPath() + ": role_rules need an event_triggers table");
  }
  SITREP_ASSIGN_OR_RETURN(t.triggers, LoadTable(pack, "event_triggers", w, 2, f));
  SITREP_ASSIGN_OR_RETURN(t.context, LoadTable(pack, "event_context", w, 2, f));
  SITREP_ASSIGN_OR_RETURN(t.claims, LoadTable(pack, "claims", w, 2, f));
  SITREP_ASSIGN_OR_RETURN(t.sources, LoadTable(pack, "sources", w, 1, f));
  SITREP_ASSIGN_OR_RETURN(t.counts, LoadTable(pack, "counts", w, 1, f));
  SITREP_ASSIGN_OR_RETURN(t.negation, LoadTable(pack, "negation", w, 1, f));
  SITREP_ASSIGN_OR_RETURN(t.irrealis, LoadTable(pack, "irrealis", w, 1, f));
  SITREP_ASSIGN_OR_RETURN(t.civilians, LoadTable(pack, "civilians", w, 0, f));
  SITREP_ASSIGN_OR_RETURN(t.armed_targets, LoadTable(pack, "armed_targets", w, 0, f));
  SITREP_ASSIGN_OR_RETURN(t.actor_nouns, LoadTable(pack, "actor_nouns", w, 2, f));
  SITREP_ASSIGN_OR_RETURN(t.national_forces, LoadTable(pack, "national_forces", w, 1, f));
  SITREP_ASSIGN_OR_RETURN(t.references, LoadTable(pack, "event_references", w, 1, f));
  SITREP_ASSIGN_OR_RETURN(t.background, LoadTable(pack, "event_background", w, 1, f));
  SITREP_ASSIGN_OR_RETURN(t.circumstances, LoadTable(pack, "event_circumstances", w, 1, f));
  SITREP_ASSIGN_OR_RETURN(t.accidents, LoadTable(pack, "accidents", w, 0, f));
  SITREP_ASSIGN_OR_RETURN(t.captions, LoadCaptions(pack, w));
  SITREP_ASSIGN_OR_RETURN(t.place_anaphora, LoadTable(pack, "place_anaphora", w, 0, f));
  SITREP_ASSIGN_OR_RETURN(t.separate, LoadTable(pack, "event_separate", w, 0, f));
  SITREP_ASSIGN_OR_RETURN(t.event_nouns, LoadTable(pack, "event_nouns", w, 0, f));
  SITREP_ASSIGN_OR_RETURN(t.weapon_use, LoadTable(pack, "weapon_use", w, 1, f));
  SITREP_ASSIGN_OR_RETURN(t.associates, LoadTable(pack, "associates", w, 1, f));
  SITREP_ASSIGN_OR_RETURN(t.affiliations, LoadTable(pack, "affiliations", w, 1, f));
  SITREP_ASSIGN_OR_RETURN(t.appositions, LoadTable(pack, "appositions", w, 0, f));
  if (w) {
    SITREP_ASSIGN_OR_RETURN(t.number_words, LoadNumberWords(pack));
  }
  SITREP_ASSIGN_OR_RETURN(t.names_after_of, LoadNamesAfterOf(data_dir + "/kb/country_forms.tsv"));
  SITREP_ASSIGN_OR_RETURN(t.vague, LoadVague(data_dir + "/events/vague_numbers.tsv", pack.code));
  // The pack's own number words: exact ones ("ثلاثة", "tiga": three) beside
  // the time grammar's, vague ones (a third column "vague": "عشرات", "puluhan")
  // beside ACLED's shared table of vague quantities.
  SITREP_ASSIGN_OR_RETURN(Lexicon numbers, LoadTable(pack, "number_words", false, 1, f));
  for (const auto& row : numbers.entries()) {
    const long value = std::atol(row.fields[0].c_str());
    const bool vague = row.fields.size() > 1 && row.fields[1] == kVagueMark;
    (vague ? t.vague : t.number_words)[row.pattern] = value;
  }
  return t;
}

}  // namespace sitrep::events
