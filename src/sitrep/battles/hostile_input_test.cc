// Hostile and unlucky inputs of the battles stage (issue 15): deeply nested
// wikitext links and templates, unclosed links and references, figures too
// large for any integer, a megabyte of labels. Every input is generated here.
// Each shape must finish with a sane result; each is run at a size (>= 1 MB)
// where the quadratic code it replaces took minutes, so a regression shows as
// a test timeout. The throughput printed is for the record, not asserted
// (speed is measured by ratios in `make bench`, never by a timed test).
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>

#include "sitrep/battles/battle_parser.h"
#include "sitrep/battles/raw_infobox.h"

namespace sitrep::battles {
namespace {

const BattleParser& Parser() {
  static const auto parser = BattleParser::Create();
  EXPECT_TRUE(parser.ok()) << parser.status().ToString();
  return **parser;
}

document::Document Annotated(const std::string& text) {
  document::Document doc("hostile", text);
  doc.lang = "en";
  EXPECT_TRUE(Parser().Annotate(doc).ok());
  return doc;
}

std::string Repeat(std::string_view s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

// An infobox whose first combatant is `combatant1`.
std::string Infobox(const std::string& combatant1, const std::string& casualties1 = "12 killed") {
  return "{{Infobox military conflict\n| conflict = Battle of Nowhere\n| date = 3 March 2015\n"
         "| combatant1 = " + combatant1 + "\n| combatant2 = Rebels\n| casualties1 = " +
         casualties1 + "\n}}\n";
}

// Returns `shape` at the first n (doubling from `n`) that gives 1 MB, annotated;
// prints the throughput.
document::Document AtOneMegabyte(const char* name, const std::function<std::string(size_t)>& shape,
                                 size_t n) {
  while (shape(n).size() < (1 << 20)) n *= 2;
  const std::string text = shape(n);
  const auto start = std::chrono::steady_clock::now();
  document::Document doc = Annotated(text);
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%-24s %7.1f KB in %.3f s (%.1f MB/s)\n", name, text.size() / 1e3, s,
              text.size() / 1e6 / s);
  return doc;
}

TEST(HostileInputTest, NestedLinksGiveARecord) {
  for (const std::string open : {"[[", "[[a|"}) {
    const std::string text = Infobox(Repeat(open, 20000) + "Army" + Repeat("]]", 20000));
    const auto doc = Annotated(text);
    ASSERT_EQ(doc.battles.size(), 1u) << open;
    EXPECT_EQ(doc.battles[0].name, "Battle of Nowhere");
    EXPECT_EQ(doc.battles[0].sides.at(1).belligerents, std::vector<std::string>{"Rebels"});
  }
}

TEST(HostileInputTest, NestedInfoboxesAreOneRecord) {
  const std::string text =
      Repeat("{{Infobox military conflict | date = 3 March 2015 | combatant1 = A | combatant2 =",
             20000) +
      " B" + Repeat("}}", 20000);
  const auto doc = Annotated(text);
  EXPECT_EQ(doc.battles.size(), 1u);  // the outermost template; the nested ones are its value
}

TEST(HostileInputTest, UnclosedMarkupIsText) {
  for (const std::string junk : {"[[", "{{", "<ref name=r>", "<ref", "<!--", "<br", "[http"}) {
    const auto doc = Annotated(Infobox("Army" + Repeat(junk + " x ", 20000)));
    EXPECT_LE(doc.battles.size(), 1u) << junk;
  }
}

TEST(HostileInputTest, HugeFiguresAreNotRead) {
  const auto doc =
      Annotated(Infobox("Army", "99999999999999999999999 killed<br>9223372036854775808 wounded"));
  ASSERT_EQ(doc.battles.size(), 1u);
  for (const auto& c : doc.battles[0].sides.at(0).casualties) {
    for (const auto& [key, value] : c.figures) EXPECT_GE(value, 0) << key;
    EXPECT_TRUE(c.figures.empty()) << c.text;
  }
  const bool named = std::any_of(doc.diagnostics.begin(), doc.diagnostics.end(), [](const auto& d) {
    return d.stage == "battles" && d.message.find("casualties") != std::string::npos;
  });
  EXPECT_TRUE(named);
}

TEST(HostileInputTest, FlattenedFieldPastAnyRealLengthIsCut) {
  // A last label followed by thousands of short lines (a list pasted under the
  // box) is read up to the field bound, with a warning naming the field.
  const auto doc = Annotated("Siege of Nowhere\nDate\n2 June 1916\nLocation\nNowhere\nCombatants\n" +
                             Repeat("Town militia\n", 5000));
  ASSERT_EQ(doc.battles.size(), 1u);
  size_t names = 0;
  for (const auto& side : doc.battles[0].sides) names += side.belligerents.size();
  EXPECT_LE(names, kMaxFieldLines);
  const bool named = std::any_of(doc.diagnostics.begin(), doc.diagnostics.end(), [](const auto& d) {
    return d.stage == "battles" && d.message.find("'belligerents'") != std::string::npos;
  });
  EXPECT_TRUE(named);
}

TEST(HostileInputTest, MegabyteShapesFinish) {
  constexpr size_t kN = 20000;  // the nesting issue 15 reported, doubled up to 1 MB
  struct Shape {
    const char* name;
    std::function<std::string(size_t)> make;
    size_t records;  // records the shape must give at least
  } shapes[] = {
      {"nested [[", [](size_t n) { return Infobox(Repeat("[[", n) + Repeat("]]", n)); }, 1},
      {"nested [[a|", [](size_t n) { return Infobox(Repeat("[[a|", n) + "b" + Repeat("]]", n)); },
       1},
      {"nested |combatant1=",
       [](size_t n) {
         return Repeat("{{Infobox military conflict|date=1 May 2015|combatant1=", n) + "x" +
                Repeat("}}", n);
       },
       1},
      {"unclosed [[", [](size_t n) { return Infobox(Repeat("[[", n)); }, 1},
      {"unclosed <ref name=…>", [](size_t n) { return Infobox("A" + Repeat("<ref name=r>x ", n)); },
       1},
      {"unclosed <br", [](size_t n) { return Infobox("A" + Repeat("<br x ", n)); }, 1},
      {"many <br />", [](size_t n) { return Infobox("A" + Repeat("<br />x", n)); }, 1},
      {"flattened label lines",
       [](size_t n) { return Repeat("Date\n1 May 2015\nLocation\nX\nResult\nY\n", n / 10); }, 1},
      {"flattened last field without end",
       [](size_t n) { return "Date\n1 May 2015\nLocation\nX\nBelligerents\n" + Repeat("Side\n", n); },
       1},
  };
  for (const auto& shape : shapes) {
    const auto doc = AtOneMegabyte(shape.name, shape.make, kN);
    EXPECT_GE(doc.battles.size(), shape.records) << shape.name;
    EXPECT_LE(doc.battles.size(), std::max<size_t>(shape.records, doc.text().size() / 30));
  }
}

}  // namespace
}  // namespace sitrep::battles
