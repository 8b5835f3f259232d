// Golden test of the text stage on both seeds: sentences (paragraph, span,
// surface) and tokens (span, surface, pos, pos_detail, lemma) are compared
// with testdata/text/golden/<seed>.tsv. After an intended change, regenerate
// with SITREP_UPDATE_GOLDEN=1 and review the diff like code.
#include <gtest/gtest.h>

#include <cstdlib>
#include <sstream>

#include "sitrep/base/file.h"
#include "sitrep/testing/fixtures.h"
#include "sitrep/text/text_annotator.h"

namespace sitrep::text {
namespace {

std::string Render(const document::Document& doc) {
  std::ostringstream out;
  for (const auto& s : doc.sentences) {
    out << "S\t" << s.paragraph << '\t' << s.span.begin << '\t' << s.span.end << '\t'
        << doc.Surface(s.span) << '\n';
  }
  for (const auto& t : doc.tokens) {
    out << "T\t" << t.span.begin << '\t' << t.span.end << '\t' << doc.Surface(t.span) << '\t'
        << t.pos << '\t' << t.pos_detail << '\t' << t.lemma << '\n';
  }
  return out.str();
}

struct GoldenCase {
  const char* seed;
  const char* lang;
  const char* golden;
};

class TextGolden : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(TextGolden, MatchesGolden) {
  auto annotator = TextAnnotator::Create();
  ASSERT_TRUE(annotator.ok());
  document::Document doc("seed", sitrep::testing::ReadTestData(GetParam().seed));
  doc.lang = GetParam().lang;
  ASSERT_TRUE((*annotator)->Annotate(doc).ok());
  const std::string got = Render(doc);
  const std::string path = sitrep::testing::TestDataPath(GetParam().golden);
  if (const char* update = std::getenv("SITREP_UPDATE_GOLDEN"); update && *update == '1') {
    ASSERT_TRUE(WriteFileAtomically(path, got).ok());
    GTEST_SKIP() << "rewrote " << path;
  }
  auto want = ReadFile(path);
  ASSERT_TRUE(want.ok()) << want.status().ToString() << " (run with SITREP_UPDATE_GOLDEN=1)";
  // Compare line by line for a readable first difference.
  std::istringstream g(got), w(*want);
  std::string gl, wl;
  for (int line = 1; std::getline(w, wl); ++line) {
    ASSERT_TRUE(std::getline(g, gl)) << "output ends before golden line " << line << ": " << wl;
    ASSERT_EQ(gl, wl) << "first difference at line " << line;
  }
  ASSERT_FALSE(std::getline(g, gl)) << "output has extra lines: " << gl;
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, TextGolden,
    ::testing::Values(GoldenCase{sitrep::testing::kJapaneseSeed, "ja", "text/golden/ja_seed.tsv"},
                      GoldenCase{sitrep::testing::kEnglishSeed, "en", "text/golden/en_seed.tsv"}),
    [](const auto& info) { return std::string(info.param.lang); });

}  // namespace
}  // namespace sitrep::text
