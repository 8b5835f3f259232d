// Data and project directories, from the environment or the build's record.
#include "sitrep/base/paths.h"

#include <cstdlib>

namespace sitrep {

std::string DataDir() {
  if (const char* env = std::getenv("SITREP_DATA"); env && *env) return env;
  return SITREP_DATA_DIR;
}

std::string ProjectRoot() {
  if (const char* env = std::getenv("SITREP_ROOT"); env && *env) return env;
  return SITREP_SOURCE_DIR;
}

}  // namespace sitrep
