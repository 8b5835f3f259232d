// Whole-file reading and atomic writing with Status errors naming the file.
#ifndef SITREP_BASE_FILE_H_
#define SITREP_BASE_FILE_H_

#include <string>

#include "sitrep/base/status.h"

namespace sitrep {

// Returns the bytes of `path`, or an error naming the path and the reason.
StatusOr<std::string> ReadFile(const std::string& path);

// Writes `contents` to `path` through a temporary file and rename, so readers
// never see a half-written file.
Status WriteFileAtomically(const std::string& path, const std::string& contents);

}  // namespace sitrep

#endif  // SITREP_BASE_FILE_H_
