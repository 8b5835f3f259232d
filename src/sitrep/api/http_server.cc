// cpp-httplib underneath HttpServer: request conversion, limits, headers.
#include "sitrep/api/http_server.h"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "sitrep/api/handlers.h"
#include "sitrep/api/static_files.h"
#include "sitrep/api/store_pool.h"
#include "sitrep/export/store_url.h"

namespace sitrep::api {
namespace {

void Write(const Response& from, httplib::Response& to) {
  to.status = from.status;
  to.set_content(from.body, from.content_type.c_str());
  for (const auto& [k, v] : from.headers) to.set_header(k.c_str(), v.c_str());
  to.set_header("X-Content-Type-Options", "nosniff");
  to.set_header("X-Frame-Options", "DENY");
  to.set_header("Referrer-Policy", "no-referrer");
  to.set_header("Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
}

Request Convert(const httplib::Request& from) {
  Request r;
  r.method = from.method;
  r.path = from.path;
  r.params = from.params;
  return r;
}

std::string RefusalMessage(int status) {
  switch (status) {
    case 400: return "bad request";
    case 404: return "not found";
    case 413: return "request body too large";
    case 414: return "request URI too long";
    default: return "request refused";
  }
}

std::string QueryString(const httplib::Request& req) {
  const size_t q = req.target.find('?');
  return q == std::string::npos ? "" : req.target.substr(q + 1);
}

}  // namespace

struct HttpServer::Impl {
  ServerOptions options;
  httplib::Server server;
  StorePool stores;
  StaticFiles files;
  int port = 0;
  std::atomic<bool> stop_requested{false}, run_started{false}, run_done{false};

  explicit Impl(const ServerOptions& o)
      : options(o),
        stores([url = o.db_url] { return exporter::OpenStore(url, /*create=*/false); }),
        files(o.web_dir, o.node_modules_dir) {}

  Response Answer(const httplib::Request& req) {
    if (QueryString(req).size() > options.max_query_bytes) {
      return ErrorResponse(414, "query string longer than " +
                                    std::to_string(options.max_query_bytes) + " bytes");
    }
    const Request request = Convert(req);
    if (!request.path.starts_with("/api/") && request.path != "/api") {
      return files.Serve(request.path);
    }
    auto lease = stores.Acquire();
    if (!lease.ok()) return ErrorResponse(503, lease.status().message());
    return Route(**lease, request);
  }

  void Configure() {
    const int threads = options.threads;
    server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    server.set_payload_max_length(options.max_body_bytes);
    // Headers and body go out in separate writes: without TCP_NODELAY, Nagle's
    // algorithm holds the body for the client's delayed ACK (~40 ms a request).
    server.set_tcp_nodelay(true);
    server.set_keep_alive_max_count(1000);
    server.set_keep_alive_timeout(5);
    server.set_read_timeout(10);
    server.set_write_timeout(10);
    // GET and HEAD are answered before httplib's own routing; other methods
    // reach the handlers below after their body is read (within the limit).
    server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      if (req.method != "GET" && req.method != "HEAD") return httplib::Server::HandlerResponse::Unhandled;
      Write(Answer(req), res);
      return httplib::Server::HandlerResponse::Handled;
    });
    auto not_allowed = [](const httplib::Request& req, httplib::Response& res) {
      Response r = ErrorResponse(405, "method " + req.method + " is not allowed; the API is read-only");
      r.headers.emplace_back("Allow", "GET, HEAD");
      Write(r, res);
    };
    server.Post(".*", not_allowed);
    server.Put(".*", not_allowed);
    server.Patch(".*", not_allowed);
    server.Delete(".*", not_allowed);
    server.Options(".*", not_allowed);
    // httplib's own refusals (bad request line, URI or body too long) as JSON.
    server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
      if (res.body.empty()) Write(ErrorResponse(res.status, RefusalMessage(res.status)), res);
    });
    server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
      std::string what = "internal error";
      try {
        if (ep) std::rethrow_exception(ep);
      } catch (const std::exception& e) {
        what += std::string(": ") + e.what();
      } catch (...) {
      }
      Write(ErrorResponse(500, what), res);
    });
  }
};

HttpServer::HttpServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
HttpServer::~HttpServer() { impl_->server.stop(); }

StatusOr<std::unique_ptr<HttpServer>> HttpServer::Bind(const ServerOptions& options) {
  auto impl = std::make_unique<Impl>(options);
  {  // Fail now, not at the first request, when the store cannot be opened.
    auto lease = impl->stores.Acquire();
    if (!lease.ok()) return lease.status();
  }
  impl->Configure();
  if (options.port == 0) {
    impl->port = impl->server.bind_to_any_port(options.host);
  } else if (impl->server.bind_to_port(options.host, options.port)) {
    impl->port = options.port;
  } else {
    impl->port = -1;
  }
  if (impl->port <= 0) {
    return UnavailableError("cannot listen on " + options.host + ":" + std::to_string(options.port) +
                            " (in use, or not an address of this machine)");
  }
  return std::unique_ptr<HttpServer>(new HttpServer(std::move(impl)));
}

int HttpServer::port() const { return impl_->port; }

std::string HttpServer::url() const {
  const std::string& h = impl_->options.host;
  const std::string host = h.find(':') != std::string::npos ? "[" + h + "]" : h;
  return "http://" + host + ":" + std::to_string(impl_->port) + "/";
}

// Run and Stop meet through two flags, each written before the other is read,
// so a Stop() that comes before the listening loop starts is never lost.
Status HttpServer::Run() {
  impl_->run_started = true;
  if (impl_->stop_requested) return OkStatus();
  const bool ok = impl_->server.listen_after_bind();
  impl_->run_done = true;
  if (!ok && !impl_->stop_requested) return UnavailableError("the listening socket failed");
  return OkStatus();
}

void HttpServer::Stop() {
  impl_->stop_requested = true;
  if (!impl_->run_started) return;  // Run() will see the request and return at once
  for (int i = 0; i < 5000 && !impl_->server.is_running() && !impl_->run_done; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  impl_->server.stop();
}

}  // namespace sitrep::api
