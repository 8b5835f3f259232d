// The HTTP API's own request and response values (DESIGN §1, api/ sits on
// store/ and export/). Handlers are plain functions from a Request to a
// Response, so they are tested without sockets; http_server.cc converts to
// and from cpp-httplib's types, and nothing else here knows about sockets.
#ifndef SITREP_API_HTTP_TYPES_H_
#define SITREP_API_HTTP_TYPES_H_

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "sitrep/base/status.h"

namespace sitrep::api {

struct Request {
  std::string method = "GET";
  std::string path;  // percent-decoded, e.g. "/api/events/doc#e1"
  std::multimap<std::string, std::string> params;  // decoded query parameters

  // Returns the first value of `name`, or "" when absent.
  std::string Param(const std::string& name) const;
  bool Has(const std::string& name) const { return params.count(name) > 0; }
};

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

// Returns a JSON response with `status`.
Response JsonResponse(const nlohmann::ordered_json& body, int status = 200);
// Returns `body` as a file download named `filename` (Content-Disposition: attachment).
Response DownloadResponse(std::string content_type, std::string filename, std::string body);
// Returns {"error":{"status":N,"message":"…"}} with HTTP status `status`.
Response ErrorResponse(int status, std::string_view message);
// Returns the error response for a failed `status`: kInvalidArgument 400,
// kNotFound 404, kUnimplemented 501, kUnavailable 503, anything else 500.
Response StatusResponse(const Status& status);

// Returns `s` percent-encoded for one path segment (all but A-Z a-z 0-9 -._~).
std::string EscapePathSegment(std::string_view s);

}  // namespace sitrep::api

#endif  // SITREP_API_HTTP_TYPES_H_
