// Test-data access for GoogleTest suites.
#include "sitrep/testing/fixtures.h"

#include <gtest/gtest.h>

#include "sitrep/base/file.h"

namespace sitrep::testing {

std::string TestDataPath(const std::string& relative) {
  return std::string(SITREP_SOURCE_DIR) + "/testdata/" + relative;
}

std::string SitrepBinary() { return SITREP_BINARY; }

std::string ReadTestData(const std::string& relative) {
  auto contents = ReadFile(TestDataPath(relative));
  EXPECT_TRUE(contents.ok()) << contents.status().ToString();
  return contents.ok() ? *contents : std::string();
}

}  // namespace sitrep::testing
