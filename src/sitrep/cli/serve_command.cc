// `sitrep serve [--db URL] [--host 127.0.0.1] [--port 8080] [--web DIR]`: the
// HTTP JSON API and the web page (api/http_server.h). Loopback unless --host
// says otherwise; prints its URL; SIGINT and SIGTERM stop it cleanly (a
// thread waits for them with sigwait, so no work happens in a signal handler).
#include <pthread.h>
#include <signal.h>

#include <iostream>
#include <thread>

#include "sitrep/api/http_server.h"
#include "sitrep/base/paths.h"
#include "sitrep/cli/command.h"
#include "sitrep/cli/store_open.h"

namespace sitrep::cli {
namespace {

int RunServe(const api::ServerOptions& options) {
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  // Blocked here, so in every thread started from now on, and taken by sigwait.
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  auto server = api::HttpServer::Bind(options);
  if (!server.ok()) return ReportOpenError("serve", server.status());
  std::cout << "sitrep serve: " << (*server)->url() << " (store " << options.db_url
            << "; Ctrl-C stops)" << std::endl;
  int got = 0;
  std::thread waiter([&] {
    sigwait(&stop_signals, &got);
    (*server)->Stop();
  });
  const Status run = (*server)->Run();
  if (got == 0) pthread_kill(waiter.native_handle(), SIGTERM);  // wake the waiter
  waiter.join();
  if (!run.ok()) {
    std::cerr << "sitrep serve: " << run.message() << "\n";
    return 1;
  }
  std::cout << "sitrep serve: stopped" << std::endl;
  return 0;
}

CommandRegistrar registrar(
    "serve", "HTTP JSON API and the web page (map, timeline, records and their claims)",
    [](CLI::App& sub) -> std::function<int()> {
      auto options = std::make_shared<api::ServerOptions>();
      AddDbOption(sub, options->db_url);
      options->web_dir = ProjectRoot() + "/web";
      options->node_modules_dir = ProjectRoot() + "/node_modules";
      sub.add_option("--host", options->host, "Address to listen on (loopback unless told)")
          ->capture_default_str();
      sub.add_option("--port", options->port, "Port (0 = any free port)")
          ->capture_default_str()
          ->check(CLI::Range(0, 65535));
      sub.add_option("--web", options->web_dir, "Folder of the web page")->capture_default_str();
      return [options] { return RunServe(*options); };
    },
    90);

}  // namespace
}  // namespace sitrep::cli
