// The shared TSV reader: comments, blank lines, CRs, empty cells, sections,
// and errors that name the file and line.
#include "sitrep/base/tsv.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace sitrep {
namespace {

TEST(TsvTest, SkipsCommentsAndBlankLinesAndKeepsLineNumbers) {
  auto rows = ParseTsv("# header\n\nattack\tAttack\t0.9\r\n# note\nقصف\tShelling\n", "t.tsv");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].line, 3);
  EXPECT_EQ((*rows)[0].fields, (std::vector<std::string>{"attack", "Attack", "0.9"}));
  EXPECT_EQ((*rows)[1].line, 5);
  EXPECT_EQ((*rows)[1].fields, (std::vector<std::string>{"قصف", "Shelling"}));
}

TEST(TsvTest, KeepsEmptyCells) {
  auto rows = ParseTsv("a\t\tc\nb\t\n", "t.tsv");
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ((*rows)[0].fields, (std::vector<std::string>{"a", "", "c"}));
  EXPECT_EQ((*rows)[1].fields, (std::vector<std::string>{"b", ""}));
}

TEST(TsvTest, TooFewColumnsNamesFileAndLine) {
  auto rows = ParseTsv("# c\nok\tyes\nshort\n", "data/lang/xx/t.tsv", {.min_fields = 2});
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(rows.status().message().find("data/lang/xx/t.tsv:3: expected 2"), std::string::npos)
      << rows.status().message();
}

TEST(TsvTest, SectionsTagTheirRows) {
  auto rows = ParseTsv("top\n[labels]\nDate\tdate\n[months]\nMei\t5\n", "s.txt", {.sections = true});
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_EQ((*rows)[0].section, "");
  EXPECT_EQ((*rows)[1].section, "labels");
  EXPECT_EQ((*rows)[2].section, "months");
  // Without sections a bracketed line is data.
  auto plain = ParseTsv("[labels]\n", "s.txt");
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ((*plain)[0].fields[0], "[labels]");
}

TEST(TsvTest, TrimOptionStripsSpacesAroundCells) {
  auto rows = ParseTsv("  Mar. \t +digit \n", "a.txt", {.trim = true});
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ((*rows)[0].fields, (std::vector<std::string>{"Mar.", "+digit"}));
}

TEST(TsvTest, RowErrorsArePrefixedWithFileAndLine) {
  const std::string path = ::testing::TempDir() + "/sitrep_tsv_test.tsv";
  std::ofstream(path) << "# c\ngood\nbad\n";
  Status s = ForEachTsvRow(path, {}, [](const TsvRow& row) {
    return row.fields[0] == "bad" ? InvalidArgumentError("unknown kind 'bad'") : OkStatus();
  });
  EXPECT_EQ(s.message(), path + ":3: unknown kind 'bad'");
  std::remove(path.c_str());
  EXPECT_EQ(ReadTsv(path).status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace sitrep
