// Generalization of the linker beyond its dictionary: names from real
// reporting (testdata/entities/generalization.tsv, none from the seeds) in
// katakana, Arabic script and English variants. Prints the share linked
// correctly and the share linked wrongly; fails if the wrong share exceeds 5%
// or the correct share falls under 75% (regression guards, not targets).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <sstream>

#include "sitrep/entities/linker_test_util.h"
#include "sitrep/testing/fixtures.h"

namespace sitrep::entities {
namespace {

double Km(double lat1, double lon1, double lat2, double lon2) {
  const double r = M_PI / 180, dlat = (lat2 - lat1) * r, dlon = (lon2 - lon1) * r;
  const double h = std::pow(std::sin(dlat / 2), 2) + std::cos(lat1 * r) * std::cos(lat2 * r) * std::pow(std::sin(dlon / 2), 2);
  return 6371 * 2 * std::asin(std::sqrt(h));
}

std::string Sentence(const std::string& lang, const std::string& country, const std::string& name, bool actor) {
  if (lang == "ja") {
    return actor ? country + "で" + name + "の戦闘員が政府軍の拠点を攻撃したと伝えられた。"
                 : country + "の" + name + "で激しい戦闘が続いていると伝えられた。";
  }
  if (lang == "ar") return "اشتباكات عنيفة " + name + " في " + country + " يوم الثلاثاء";
  return actor ? "Fighters of the " + name + " attacked army positions in " + country + " on Tuesday."
               : "Heavy fighting was reported in " + name + ", " + country + ", on Tuesday.";
}

TEST(GeneralizationTest, NamesFromRealReporting) {
  std::istringstream in(sitrep::testing::ReadTestData("entities/generalization.tsv"));
  std::string line;
  int total = 0, correct = 0, wrong = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream f(line);
    std::string lang, country, surface, expect;
    std::getline(f, lang, '\t');
    std::getline(f, country, '\t');
    std::getline(f, surface, '\t');
    std::getline(f, expect, '\t');
    const bool actor = expect.rfind("actor:", 0) == 0;
    const document::Document doc = entities::testing::Link(Sentence(lang, country, surface, actor), lang);
    const document::Mention* m = entities::testing::MentionOf(doc, surface);
    ++total;
    std::string got = "unlinked";
    if (m && m->entity) {
      bool ok = false;
      if (actor) {
        ok = m->entity->id == expect;
      } else if (m->entity->lat) {
        double lat = 0, lon = 0;
        std::sscanf(expect.c_str(), "%lf,%lf", &lat, &lon);
        ok = Km(lat, lon, *m->entity->lat, *m->entity->lon) <= 30;
      }
      got = m->entity->name + " (" + m->method + ")";
      (ok ? correct : wrong) += 1;
      if (!ok) std::printf("  WRONG  %s -> %s\n", surface.c_str(), got.c_str());
    } else {
      std::printf("  unlinked %s\n", surface.c_str());
    }
  }
  std::printf("generalization: %d names, linked correctly %d (%.1f%%), wrongly %d (%.1f%%), unlinked %d\n",
              total, correct, 100.0 * correct / total, wrong, 100.0 * wrong / total, total - correct - wrong);
  EXPECT_GE(total, 80);
  EXPECT_LE(wrong, total * 0.05);
  EXPECT_GE(correct, total * 0.75);
}

}  // namespace
}  // namespace sitrep::entities
