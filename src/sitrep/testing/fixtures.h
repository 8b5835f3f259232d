// Test fixtures shared by every module's tests: paths to the bundled seed
// documents and test data, and a helper that reads them.
#ifndef SITREP_TESTING_FIXTURES_H_
#define SITREP_TESTING_FIXTURES_H_

#include <string>

namespace sitrep::testing {

// Returns <source>/testdata/<relative>.
std::string TestDataPath(const std::string& relative);
// Returns the contents of testdata/<relative>; fails the current test if unreadable.
std::string ReadTestData(const std::string& relative);
// Returns the path of the built sitrep binary, for tests that run it as a process.
std::string SitrepBinary();
// The two seed documents (Japanese news report, English Wikipedia article).
inline constexpr const char* kJapaneseSeed = "seeds/000_9d9d22efac8a4bb4.txt";
inline constexpr const char* kEnglishSeed = "seeds/001_afc3efa74b79438c.txt";

}  // namespace sitrep::testing

#endif  // SITREP_TESTING_FIXTURES_H_
