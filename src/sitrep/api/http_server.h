// HttpServer: `sitrep serve`'s socket side. Binds a loopback address unless
// told otherwise, answers /api/ through Route (handlers.h) with one leased
// Store connection per request (store_pool.h), and everything else through
// StaticFiles. Limits: request bodies (no endpoint takes one) and query
// strings are capped, keep-alive connections time out. Every answer carries
// headers that stop a browser from sniffing types or running injected script
// (Content-Security-Policy: scripts only from this server). Only this file's
// .cc includes cpp-httplib.
//
// Thread safety: Run() blocks in the calling thread; Stop() may be called
// from any thread, once Run() has started or before.
#ifndef SITREP_API_HTTP_SERVER_H_
#define SITREP_API_HTTP_SERVER_H_

#include <cstddef>
#include <memory>
#include <string>

#include "sitrep/base/status.h"

namespace sitrep::api {

struct ServerOptions {
  std::string db_url;          // for the store-URL factory (export/store_url.h)
  std::string host = "127.0.0.1";
  int port = 8080;             // 0: any free port (tests)
  std::string web_dir;         // the page
  std::string node_modules_dir;
  size_t max_body_bytes = 64 * 1024;
  size_t max_query_bytes = 4096;
  int threads = 64;            // worker threads (keep-alive connections each hold one)
};

class HttpServer {
 public:
  // Returns a server bound to host:port (the store must already exist), or an
  // error naming the address or the database.
  static StatusOr<std::unique_ptr<HttpServer>> Bind(const ServerOptions& options);
  ~HttpServer();

  int port() const;
  // Returns "http://HOST:PORT/".
  std::string url() const;
  // Serves until Stop(). Returns an error when the listening loop fails.
  Status Run();
  void Stop();

 private:
  struct Impl;
  explicit HttpServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace sitrep::api

#endif  // SITREP_API_HTTP_SERVER_H_
