// Serving web/ and the npm libraries of the page, with path checks.
#include "sitrep/api/static_files.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace sitrep::api {
namespace {

namespace fs = std::filesystem;

// The npm files the page loads, by the name it asks for under /lib/.
const std::map<std::string, std::string>& Libraries() {
  static const std::map<std::string, std::string> kLibs = {
      {"leaflet.js", "leaflet/dist/leaflet.js"},
      {"leaflet.css", "leaflet/dist/leaflet.css"},
      {"leaflet.markercluster.js", "leaflet.markercluster/dist/leaflet.markercluster.js"},
      {"MarkerCluster.css", "leaflet.markercluster/dist/MarkerCluster.css"},
      {"MarkerCluster.Default.css", "leaflet.markercluster/dist/MarkerCluster.Default.css"},
      {"d3.js", "d3/dist/d3.min.js"},
      {"topojson-client.js", "topojson-client/dist/topojson-client.min.js"},
      {"countries-50m.json", "world-atlas/countries-50m.json"},
  };
  return kLibs;
}

std::string Canonical(const std::string& dir) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(dir, ec);
  return ec ? dir : p.string();
}

bool PlainSegments(const std::string& rel) {
  if (rel.empty() || rel.size() > 200) return false;
  std::istringstream in(rel);
  for (std::string seg; std::getline(in, seg, '/');) {
    if (seg.empty() || seg[0] == '.') return false;  // "", ".", "..", hidden files
    for (unsigned char c : seg) {
      const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_' || c == '.';
      if (!ok) return false;
    }
  }
  return rel.back() != '/';
}

Response NotFound(const std::string& path) { return ErrorResponse(404, "not found: " + path); }

// Returns the file at `full` if it is a regular file under `root`.
Response ReadUnder(const std::string& root, const fs::path& full, const std::string& path) {
  std::error_code ec;
  const fs::path canonical = fs::canonical(full, ec);
  if (ec || !canonical.string().starts_with(root + "/") || !fs::is_regular_file(canonical, ec)) {
    return NotFound(path);
  }
  const std::string type = ContentTypeFor(canonical.filename().string());
  if (type.empty()) return NotFound(path);
  std::ifstream in(canonical, std::ios::binary);
  std::ostringstream body;
  body << in.rdbuf();
  if (!in.good() && !in.eof()) return ErrorResponse(500, "cannot read " + path);
  Response r;
  r.content_type = type;
  r.body = body.str();
  r.headers.emplace_back("Cache-Control", "no-cache");
  return r;
}

}  // namespace

std::string ContentTypeFor(const std::string& name) {
  static const std::map<std::string, std::string> kTypes = {
      {".html", "text/html; charset=utf-8"},       {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},  {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"}, {".svg", "image/svg+xml"},
      {".png", "image/png"},                        {".ico", "image/x-icon"}};
  const std::string ext = fs::path(name).extension().string();
  auto it = kTypes.find(ext);
  return it == kTypes.end() ? "" : it->second;
}

StaticFiles::StaticFiles(std::string web_dir, std::string node_modules_dir)
    : web_dir_(Canonical(web_dir)), node_modules_dir_(Canonical(node_modules_dir)) {}

Response StaticFiles::Serve(const std::string& path) const {
  if (path == "/" || path == "/index.html") return ReadUnder(web_dir_, fs::path(web_dir_) / "index.html", path);
  if (path.starts_with("/lib/")) {
    auto it = Libraries().find(path.substr(5));
    if (it == Libraries().end()) return NotFound(path);
    return ReadUnder(node_modules_dir_, fs::path(node_modules_dir_) / it->second, path);
  }
  if (!path.starts_with("/") || !PlainSegments(path.substr(1))) return NotFound(path);
  if (path.starts_with("/test/")) return NotFound(path);  // the page's tests are not the page
  return ReadUnder(web_dir_, fs::path(web_dir_) / path.substr(1), path);
}

}  // namespace sitrep::api
