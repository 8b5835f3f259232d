// `sitrep kb lookup NAME [--country CC] [--lang CODE]`: the candidates a name
// could link to, with scores and the reason for each, then one "rule" line per
// vocabulary row (pack guard, cue, name table) that refuses the name or changes
// how it reads. `sitrep kb import-geonames FILE
// [--alternate-names FILE] [--out PATH] [--all-features]`: compile a full
// GeoNames dump (allCountries / cities500 / cities15000 format, plus
// alternateNamesV2) into the gazetteer the linker loads.
#include <cstdio>
#include <iostream>

#include "sitrep/cli/command.h"
#include "sitrep/entities/entity_linker.h"
#include "sitrep/kb/gazetteer.h"
#include "sitrep/kb/gazetteer_writer.h"
#include "sitrep/base/paths.h"
#include "sitrep/lang/pack_set.h"

namespace sitrep::cli {
namespace {

int Lookup(const std::string& name, const std::string& country, const std::string& lang) {
  auto packs = lang::PackSet::Discover(DataDir());
  if (!packs.ok()) {
    std::cerr << "sitrep kb: " << packs.status().ToString() << "\n";
    return 2;
  }
  auto linker = entities::EntityLinker::Create(*packs);
  if (!linker.ok()) {
    std::cerr << "sitrep kb: " << linker.status().ToString() << "\n";
    return 2;
  }
  for (const auto& w : (*linker)->kb().warnings()) std::cerr << "warning: " << w << "\n";
  const auto cands = (*linker)->Lookup(name, country);
  if (cands.empty()) std::cout << "no candidates for '" << name << "'\n";
  for (const auto& c : cands) {
    char where[64] = "-";
    if (c.entity.lat) std::snprintf(where, sizeof where, "%.4f,%.4f", *c.entity.lat, *c.entity.lon);
    std::printf("%.3f\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.score, c.method.c_str(), c.entity.id.c_str(),
                c.entity.name.c_str(), c.entity.country.c_str(), c.entity.feature.c_str(), where,
                c.reason.c_str());
  }
  const auto rules = (*linker)->WordRules(name, lang);
  for (const auto& r : rules) std::printf("rule\t%s\n", r.c_str());
  return cands.empty() ? 1 : 0;
}

int Import(const std::string& file, const std::string& alternates, std::string out, bool all) {
  kb::GazetteerWriter w;
  size_t skipped = 0;
  if (Status s = w.ReadGeoNamesTable(file, all, &skipped); !s.ok()) {
    std::cerr << "sitrep kb import-geonames: " << s.ToString() << "\n";
    return 1;
  }
  if (!alternates.empty()) {
    if (Status s = w.ReadAlternateNames(alternates); !s.ok()) {
      std::cerr << "sitrep kb import-geonames: " << s.ToString() << "\n";
      return 1;
    }
  }
  if (out.empty()) out = kb::DefaultGazetteerPath();
  if (out.empty()) out = ProjectRoot() + "/build/kb/gazetteer.bin";
  auto stats = w.Write(out);
  if (!stats.ok()) {
    std::cerr << "sitrep kb import-geonames: " << stats.status().ToString() << "\n";
    return 1;
  }
  std::cout << "wrote " << out << ": " << stats->places << " places, " << stats->names << " names, "
            << stats->bytes << " bytes (" << skipped << " lines skipped)\n";
  return 0;
}

CommandRegistrar registrar(
    "kb", "Knowledge base: look up a name, import GeoNames dumps",
    [](CLI::App& sub) -> std::function<int()> {
      auto name = std::make_shared<std::string>();
      auto country = std::make_shared<std::string>();
      auto lang = std::make_shared<std::string>();
      auto file = std::make_shared<std::string>();
      auto alternates = std::make_shared<std::string>();
      auto out = std::make_shared<std::string>();
      auto all = std::make_shared<bool>(false);
      sub.require_subcommand(1);
      CLI::App* lookup = sub.add_subcommand("lookup", "Candidates for NAME with scores and reasons");
      lookup->add_option("NAME", *name, "a place, country, actor or person name")->required();
      lookup->add_option("--country", *country, "ISO code of the country the context is about");
      lookup->add_option("--lang", *lang, "language of the text (limits the pack guards shown)");
      CLI::App* import = sub.add_subcommand("import-geonames", "Compile a GeoNames dump into the gazetteer");
      import->add_option("FILE", *file, "allCountries / cities500 format table")->required();
      import->add_option("--alternate-names", *alternates, "alternateNamesV2 file");
      import->add_option("--out", *out, "output (default: the gazetteer the linker loads)");
      import->add_flag("--all-features", *all, "keep admin areas, mountains and spots, not only populated places");
      return [=] {
        if (lookup->parsed()) return Lookup(*name, *country, *lang);
        return Import(*file, *alternates, *out, *all);
      };
    },
    70);

}  // namespace
}  // namespace sitrep::cli
