// StaticFiles: the web page (web/) and the few npm library files it loads,
// served from disk. Only what is listed can be reached: "/" is web/index.html,
// "/lib/NAME" is one of a fixed table of node_modules files, and any other
// path must name a regular file under web/ whose every segment is a plain
// name (no "..", ".", empty or hidden segments, no backslash) with a known
// extension; its canonical path must still lie under web/ (no symlink out).
// Everything else is a 404 JSON answer. Immutable after construction.
#ifndef SITREP_API_STATIC_FILES_H_
#define SITREP_API_STATIC_FILES_H_

#include <string>

#include "sitrep/api/http_types.h"

namespace sitrep::api {

class StaticFiles {
 public:
  StaticFiles(std::string web_dir, std::string node_modules_dir);

  // Returns the file `path` names (decoded URL path), or a 404 JSON answer.
  Response Serve(const std::string& path) const;

 private:
  std::string web_dir_;           // canonical
  std::string node_modules_dir_;  // canonical
};

// Returns the Content-Type for a file name's extension, or "" when not served.
std::string ContentTypeFor(const std::string& name);

}  // namespace sitrep::api

#endif  // SITREP_API_STATIC_FILES_H_
