// Helpers of the knowledge base's tests: the real KB loaded once (without the
// compiled gazetteer unless asked), and name lookups over the actor dictionary.
#ifndef SITREP_KB_KB_TEST_UTIL_INTERNAL_H_
#define SITREP_KB_KB_TEST_UTIL_INTERNAL_H_

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

#include "sitrep/kb/knowledge_base.h"
#include "sitrep/kb/name_key.h"

namespace sitrep::kb::testing {

// Returns the KB of data/kb; with_gazetteer also maps the compiled gazetteer.
inline const KnowledgeBase& RealKb(bool with_gazetteer = false) {
  auto load = [](bool g) -> const KnowledgeBase* {
    KbOptions o;
    if (!g) o.gazetteer_path = "-";
    auto loaded = KnowledgeBase::Load(o);
    EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
    return loaded.ok() ? loaded->release() : nullptr;
  };
  static const KnowledgeBase* plain = load(false);
  if (!with_gazetteer) return *plain;
  static const KnowledgeBase* full = load(true);
  return *full;
}

// Returns the ids of the actors having `phrase` as name or alias (folded).
inline std::vector<std::string> ActorsNamed(const KnowledgeBase& kb, std::string_view phrase) {
  // The shared KB's index is kept; any other KB (a test's own, freed after it) is indexed afresh.
  static std::unordered_map<std::string, std::vector<std::string>> shared;
  std::unordered_map<std::string, std::vector<std::string>> own;
  auto& index = &kb == &RealKb() ? shared : own;
  if (index.empty()) {
    for (const Actor& a : kb.actors()) {
      std::set<std::string> keys = {NameKey(a.name)};
      for (const auto& al : a.aliases) keys.insert(NameKey(al));
      for (const auto& k : keys) index[k].push_back(a.id);
    }
  }
  auto it = index.find(NameKey(phrase));
  return it == index.end() ? std::vector<std::string>{} : it->second;
}

}  // namespace sitrep::kb::testing

#endif  // SITREP_KB_KB_TEST_UTIL_INTERNAL_H_
