// Test fixture of the battles module: the English infobox lexicon, loaded
// once from data/lang/en/infobox.txt (a load failure fails the test).
#ifndef SITREP_BATTLES_LEXICON_FIXTURE_INTERNAL_H_
#define SITREP_BATTLES_LEXICON_FIXTURE_INTERNAL_H_

#include <gtest/gtest.h>

#include "sitrep/base/paths.h"
#include "sitrep/battles/infobox_lexicon.h"

namespace sitrep::battles {

inline const InfoboxLexicon& EnglishLexicon() {
  static const InfoboxLexicon lex = [] {
    auto l = InfoboxLexicon::Load(DataDir() + "/lang/en/infobox.txt");
    EXPECT_TRUE(l.ok()) << l.status().ToString();
    return l.ok() ? *l : InfoboxLexicon();
  }();
  return lex;
}

}  // namespace sitrep::battles

#endif  // SITREP_BATTLES_LEXICON_FIXTURE_INTERNAL_H_
