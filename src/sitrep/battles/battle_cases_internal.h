// Test helpers of the field-by-field battle cases (battle_cases*_test.cc):
// the expected record of an infobox written for the tests, the document of a
// case file annotated by the battles stage (HTML through the HTML reader), and
// a check of every field of a record against what was expected.
#ifndef SITREP_BATTLES_BATTLE_CASES_INTERNAL_H_
#define SITREP_BATTLES_BATTLE_CASES_INTERNAL_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sitrep/battles/battle_parser.h"
#include "sitrep/ingest/reader.h"
#include "sitrep/testing/fixtures.h"

namespace sitrep::battles::cases {

using document::BattleRecord;
using document::BattleSide;

// A figure the record must hold: strength keys are "value", "low", "high";
// casualty keys are the figure keys ("killed", "injured", "total", …).
struct Fig {
  std::string key;
  long value;
  std::string claimed_by;  // "" = not checked
};

struct SideWant {
  std::vector<std::string> belligerents = {};
  std::vector<std::string> commanders = {};
  std::map<std::string, std::string> notes = {};  // commander -> mark
  std::vector<std::string> units = {};
  std::vector<Fig> strength = {};
  std::vector<Fig> casualties = {};
};

struct Want {
  std::string name, part_of, start, end, location, result;
  std::vector<std::string> territory = {};  // territorial changes, in order
  bool ongoing = false;
  std::vector<SideWant> sides = {};
  std::vector<Fig> joint = {};
};

inline const BattleParser& CaseParser() {
  static const auto parser = BattleParser::Create();
  EXPECT_TRUE(parser.ok()) << parser.status().ToString();
  return **parser;
}

// Returns the document of `file` (under testdata/battles/cases/) annotated by
// the battles stage; HTML goes through the HTML reader as `sitrep` reads it.
inline document::Document Annotated(const std::string& file, const std::string& lang = "en") {
  const std::string path = testing::TestDataPath("battles/cases/" + file);
  document::Document doc(file, "");
  if (file.size() > 5 && file.substr(file.size() - 5) == ".html") {
    int read = 0;
    ingest::ReadPaths(
        {path}, {}, [&](document::Document&& d) { doc = std::move(d), ++read; },
        [&](const ingest::InputError& e) { ADD_FAILURE() << e.source << ": " << e.reason; });
    EXPECT_EQ(read, 1) << file;
  } else {
    doc = document::Document(file, testing::ReadTestData("battles/cases/" + file));
    doc.lang = lang;
  }
  EXPECT_TRUE(CaseParser().Annotate(doc).ok()) << file;
  return doc;
}

inline std::optional<long> StrengthFigure(const document::Strength& s, const std::string& key) {
  return key == "value" ? s.value : key == "low" ? s.low : key == "high" ? s.high : std::nullopt;
}

inline void CheckStrength(const std::vector<document::Strength>& have, const Fig& f,
                   const std::string& where) {
  const bool found = std::any_of(have.begin(), have.end(), [&](const document::Strength& s) {
    return StrengthFigure(s, f.key) == f.value && (f.claimed_by.empty() || s.claimed_by == f.claimed_by);
  });
  EXPECT_TRUE(found) << where << ": strength " << f.key << "=" << f.value << " " << f.claimed_by;
}

inline void CheckCasualty(const std::vector<document::Casualty>& have, const Fig& f,
                   const std::string& where) {
  const bool found = std::any_of(have.begin(), have.end(), [&](const document::Casualty& c) {
    const auto it = c.figures.find(f.key);
    return it != c.figures.end() && it->second == f.value &&
           (f.claimed_by.empty() || c.claimed_by == f.claimed_by);
  });
  EXPECT_TRUE(found) << where << ": casualties " << f.key << "=" << f.value << " "
                     << f.claimed_by;
}

inline void CheckSide(const BattleSide& s, const SideWant& w, const std::string& where) {
  EXPECT_EQ(s.belligerents, w.belligerents) << where;
  EXPECT_EQ(s.commanders, w.commanders) << where;
  for (const auto& [name, mark] : w.notes) {
    const auto it = s.commander_notes.find(name);
    EXPECT_TRUE(it != s.commander_notes.end() && it->second == mark) << where << ": " << name;
  }
  EXPECT_EQ(s.units, w.units) << where;
  for (const auto& f : w.strength) CheckStrength(s.strength, f, where);
  for (const auto& f : w.casualties) CheckCasualty(s.casualties, f, where);
}

inline void Check(const BattleRecord& b, const Want& w, const std::string& where) {
  EXPECT_EQ(b.name, w.name) << where;
  EXPECT_EQ(b.part_of, w.part_of) << where;
  EXPECT_EQ(b.start, w.start) << where;
  EXPECT_EQ(b.end, w.end) << where;
  EXPECT_EQ(b.ongoing, w.ongoing) << where;
  EXPECT_EQ(b.location, w.location) << where;
  EXPECT_EQ(b.result, w.result) << where;
  EXPECT_EQ(b.territorial_changes, w.territory) << where;
  ASSERT_EQ(b.sides.size(), w.sides.size()) << where;
  for (size_t i = 0; i < w.sides.size(); ++i) {
    CheckSide(b.sides[i], w.sides[i], where + " side " + std::to_string(i + 1));
  }
  for (const auto& f : w.joint) CheckCasualty(b.joint_casualties, f, where + " joint");
  if (w.joint.empty()) {  // nothing past the box (the article's first sentence) read as a row
    EXPECT_TRUE(b.joint_casualties.empty()) << where << ": " << b.joint_casualties[0].text;
  }
}

struct Case {
  const char* file;
  const Want* want;
  const char* lang = "en";  // for text and wikitext; HTML says its own
};

// A test name from a case's file name.
inline std::string CaseName(const ::testing::TestParamInfo<Case>& info) {
  std::string name = info.param.file;
  for (char& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
}

}  // namespace sitrep::battles::cases

#endif  // SITREP_BATTLES_BATTLE_CASES_INTERNAL_H_
