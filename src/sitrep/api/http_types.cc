// Request helpers and the JSON response shapes every endpoint shares.
#include "sitrep/api/http_types.h"

namespace sitrep::api {

std::string Request::Param(const std::string& name) const {
  auto it = params.find(name);
  return it == params.end() ? std::string() : it->second;
}

Response JsonResponse(const nlohmann::ordered_json& body, int status) {
  Response r;
  r.status = status;
  // Invalid UTF-8 in stored text becomes U+FFFD instead of an exception.
  r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

Response DownloadResponse(std::string content_type, std::string filename, std::string body) {
  Response r;
  r.content_type = std::move(content_type);
  r.body = std::move(body);
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  return r;
}

Response ErrorResponse(int status, std::string_view message) {
  return JsonResponse({{"error", {{"status", status}, {"message", message}}}}, status);
}

Response StatusResponse(const Status& status) {
  switch (status.code()) {
    case StatusCode::kInvalidArgument: return ErrorResponse(400, status.message());
    case StatusCode::kNotFound: return ErrorResponse(404, status.message());
    case StatusCode::kUnimplemented: return ErrorResponse(501, status.message());
    case StatusCode::kUnavailable: return ErrorResponse(503, status.message());
    default: return ErrorResponse(500, status.message());
  }
}

std::string EscapePathSegment(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '.' || c == '_' || c == '~';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace sitrep::api
