// The linker of the Japanese entities tests as the pipeline builds it: with
// the language packs' guards (data/lang/*/name_guards.tsv), which the shared
// test linker (linker_test_util.h) is built without. Loaded once per binary.
#ifndef SITREP_ENTITIES_JA_TEST_UTIL_H_
#define SITREP_ENTITIES_JA_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <cstdlib>

#include "sitrep/base/paths.h"
#include "sitrep/entities/entity_linker.h"
#include "sitrep/lang/pack_set.h"

namespace sitrep::entities::testing {

inline const EntityLinker& PackLinker() {
  static const EntityLinker* linker = [] {
    auto packs = lang::PackSet::Discover(DataDir());
    if (!packs.ok()) {
      ADD_FAILURE() << packs.status().ToString();
      std::abort();
    }
    auto l = EntityLinker::Create(*packs, {});
    if (!l.ok()) {
      ADD_FAILURE() << l.status().ToString();
      std::abort();
    }
    return std::move(l).value().release();
  }();
  return *linker;
}

}  // namespace sitrep::entities::testing

#endif  // SITREP_ENTITIES_JA_TEST_UTIL_H_
