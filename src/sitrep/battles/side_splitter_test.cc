// Tests of the side splitter: structure (cell blanks, repeated headings,
// bullet lists), affinity (names, acronyms, role words) and actor ids from the
// knowledge base deciding where structure is silent.
#include "sitrep/base/paths.h"
#include "sitrep/battles/side_splitter.h"

#include <gtest/gtest.h>

#include "sitrep/battles/lexicon_fixture_internal.h"

namespace sitrep::battles {
namespace {

const InfoboxLexicon& Lex() { return EnglishLexicon(); }

// Builds lines from "text" entries; "" adds a blank line before the next one;
// a leading "* " marks a bullet. Each line gets a distinct span.
Lines Make(std::vector<std::string> entries) {
  Lines out;
  int blanks = 0;
  size_t pos = 0;
  for (auto& e : entries) {
    if (e.empty()) {
      ++blanks;
      continue;
    }
    InfoLine l;
    l.bullet = e.rfind("* ", 0) == 0;
    l.text = l.bullet ? e.substr(2) : e;
    l.span = {pos, pos + l.text.size()};
    pos += l.text.size() + 1;
    l.blanks_before = out.empty() ? 0 : blanks;
    blanks = 0;
    out.push_back(std::move(l));
  }
  return out;
}

std::vector<std::vector<std::string>> Texts(const std::vector<SideLines>& sides,
                                            Lines SideLines::*field) {
  std::vector<std::vector<std::string>> out;
  for (const auto& s : sides) {
    out.emplace_back();
    for (const auto& l : s.*field) out.back().push_back(l.text);
  }
  return out;
}

using Texts2 = std::vector<std::vector<std::string>>;

TEST(SideSplitterTest, StructureDecides) {
  SideLines u;
  u.belligerents = Make({"Kingdom of Ruritania", "", "* Royal Army", "Border Guard", "",
                         "Liberation Front", "People's Brigade", "", "", "Hill Battalion"});
  u.units = Make({"Royal Army", "", "* 1st Division", "* 2nd Division", "", "Militias", "",
                  "Mountain Company"});
  u.casualties = Make({"First phase:", "Unknown", "Second phase:", "120 killed",
                       "First phase:", "40 killed", "Second phase:", "300 killed"});
  ASSERT_EQ(CountSides(u, Lex()), 2);
  Lines joint;
  const auto sides = SplitSides(u, 2, Lex(), nullptr, &joint);
  EXPECT_EQ(Texts(sides, &SideLines::belligerents),
            (Texts2{{"Kingdom of Ruritania", "Royal Army", "Border Guard"},
                    {"Liberation Front", "People's Brigade", "Hill Battalion"}}));
  EXPECT_EQ(
      Texts(sides, &SideLines::units),
      (Texts2{{"Royal Army", "1st Division", "2nd Division", "Militias"}, {"Mountain Company"}}));
  EXPECT_EQ(Texts(sides, &SideLines::casualties),
            (Texts2{{"First phase:", "Unknown", "Second phase:", "120 killed"},
                    {"First phase:", "40 killed", "Second phase:", "300 killed"}}));
  EXPECT_TRUE(joint.empty());
}

TEST(SideSplitterTest, AffinityDecidesWithoutStructure) {
  SideLines u;
  u.belligerents = Make({"Kingdom of Ruritania", "Royal Army", "", "Liberation Front"});
  u.strength = Make({"~10,000 Royal Army troops", "2,000 soldiers (rebel claim)",
                     "4,000–5,000 rebels", "300 LF fighters"});
  Lines joint;
  const auto sides = SplitSides(u, 2, Lex(), nullptr, &joint);
  EXPECT_EQ(Texts(sides, &SideLines::strength),
            (Texts2{{"~10,000 Royal Army troops", "2,000 soldiers (rebel claim)"},
                    {"4,000–5,000 rebels", "300 LF fighters"}}));
}

TEST(SideSplitterTest, JointCasualtiesRowSetApart) {
  SideLines u;
  u.belligerents = Make({"Kingdom of Ruritania", "", "Liberation Front"});
  u.casualties = Make({"50 killed", "", "70 killed", "", "200 civilians killed"});
  Lines joint;
  const auto sides = SplitSides(u, 2, Lex(), nullptr, &joint);
  EXPECT_EQ(Texts(sides, &SideLines::casualties), (Texts2{{"50 killed"}, {"70 killed"}}));
  ASSERT_EQ(joint.size(), 1u);
  EXPECT_EQ(joint[0].text, "200 civilians killed");
}

TEST(SideSplitterTest, ActorIdsDecideWhereStructureIsSilent) {
  SideLines u;
  u.belligerents = Make({"Alpha Group", "Beta Group", "Gamma Group", "Delta Group"});
  u.commanders = Make({"Commander One", "Commander Two", "Commander Three"});
  // The knowledge base knows: Alpha and Beta fight together, Gamma and Delta
  // together; commanders belong to their groups.
  std::map<size_t, std::vector<std::string>> ids_at = {
      {u.belligerents[0].span.begin, {"a", "side-x"}},
      {u.belligerents[1].span.begin, {"b", "side-x"}},
      {u.belligerents[2].span.begin, {"c", "side-y"}},
      {u.belligerents[3].span.begin, {"d", "side-y"}},
      {u.commanders[0].span.begin, {"p1", "a"}},
      {u.commanders[1].span.begin, {"p2", "c"}},
      {u.commanders[2].span.begin, {"p3", "d"}}};
  auto actor_ids = [&](document::Span s) {
    auto it = ids_at.find(s.begin);
    return it == ids_at.end() ? std::vector<std::string>{} : it->second;
  };
  Lines joint;
  const auto sides = SplitSides(u, 2, Lex(), actor_ids, &joint);
  EXPECT_EQ(Texts(sides, &SideLines::belligerents),
            (Texts2{{"Alpha Group", "Beta Group"}, {"Gamma Group", "Delta Group"}}));
  EXPECT_EQ(Texts(sides, &SideLines::commanders),
            (Texts2{{"Commander One"}, {"Commander Two", "Commander Three"}}));
  // Without the knowledge base nothing says where the cut goes.
  const auto blind = SplitSides(u, 2, Lex(), nullptr, &joint);
  EXPECT_NE(Texts(blind, &SideLines::belligerents),
            (Texts2{{"Alpha Group", "Beta Group"}, {"Gamma Group", "Delta Group"}}));
}

}  // namespace
}  // namespace sitrep::battles
