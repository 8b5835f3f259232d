// Pass "common-word organization": capitalised common words before an
// organization suffix name an unlinked actor ("the Health Ministry"); a name
// that goes on and a sentence-opening conjunction are not taken. Sentences written for this test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;
using testing::Link;
using testing::MentionOf;

TEST(CommonWordOrganizationTest, CommonWordsBeforeASuffixNameAnOrganization) {
  for (const auto& [text, name] : std::vector<std::pair<std::string, std::string>>{
           {"In Gaza, the Health Ministry said 14 people died overnight.", "Health Ministry"},
           {"Sudan's Defence Ministry denied the report from El Fasher.", "Defence Ministry"},
           {"The Supreme Court in Kyiv heard the case on Tuesday.", "Supreme Court"},
           {"Officials of the Electoral Commission left Goma.", "Electoral Commission"}}) {
    const auto doc = Link(text, "en");
    const auto* m = MentionOf(doc, name);
    ASSERT_NE(m, nullptr) << "no mention of " << name << " in: " << text;
    EXPECT_EQ(m->kind, MentionKind::kActor) << text;
  }
}

// Returns true when the document has a mention whose text is exactly `text`.
bool HasMentionText(const document::Document& doc, const std::string& text) {
  for (const auto& m : doc.mentions) {
    if (m.text == text) return true;
  }
  return false;
}

TEST(CommonWordOrganizationTest, LongerNamesAndConjunctionsAreNotCut) {
  const std::vector<std::pair<std::string, std::string>> not_names = {
      {"Agents of the Federal Bureau of Investigation arrived.", "Federal Bureau"},
      {"But Congress did not vote on the aid to Ukraine.", "But Congress"},
      {"The convoy reached Mosul. And Army engineers cleared the bridge.", "And Army"},
  };
  for (const auto& [text, partial] : not_names) {
    EXPECT_FALSE(HasMentionText(Link(text, "en"), partial)) << partial << " in: " << text;
  }
}

}  // namespace
}  // namespace sitrep::entities
