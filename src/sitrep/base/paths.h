// Where sitrep finds its data folder (lexicons, knowledge base) and generated
// artefacts (the compiled gazetteer) at run time.
#ifndef SITREP_BASE_PATHS_H_
#define SITREP_BASE_PATHS_H_

#include <string>

namespace sitrep {

// Returns the data directory: $SITREP_DATA if set, else the source tree's data/
// recorded at build time.
std::string DataDir();

// Returns the project root recorded at build time ($SITREP_ROOT overrides); the
// compiled gazetteer lives in <root>/build/kb and npm data in <root>/node_modules.
std::string ProjectRoot();

}  // namespace sitrep

#endif  // SITREP_BASE_PATHS_H_
