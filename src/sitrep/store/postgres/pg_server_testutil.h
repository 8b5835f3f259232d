// Test helper: one real PostgreSQL server per test binary, started by
// pg_test_server.sh in a temporary folder before the first test and stopped
// (folder removed) after the last, and a fresh database per test. When the
// server binaries are missing, every test that needs one FAILS with the
// script's message saying how to install them; nothing is skipped silently.
#ifndef SITREP_STORE_POSTGRES_PG_SERVER_TESTUTIL_H_
#define SITREP_STORE_POSTGRES_PG_SERVER_TESTUTIL_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <memory>
#include <pqxx/pqxx>
#include <string>

#include "sitrep/base/paths.h"
#include "sitrep/store/postgres/postgres_store.h"

namespace sitrep::store::pg_testing {

class Server {
 public:
  // Returns the process's server, starting it on first use.
  static Server& Get() {
    static Server server;
    return server;
  }
  ~Server() { Stop(); }

  // "" when the server could not be started; error() says why.
  const std::string& base_url() const { return base_url_; }
  const std::string& error() const { return error_; }

  // Returns the URL of a new, empty database (CREATE DATABASE on the server).
  std::string FreshDatabase() {
    const std::string name = "t" + std::to_string(getpid()) + "_" + std::to_string(++databases_);
    pqxx::connection admin(base_url_);
    pqxx::nontransaction tx(admin);
    tx.exec("CREATE DATABASE " + name);
    return UrlOf(name);
  }
  std::string UrlOf(const std::string& db) const {
    return "postgresql://sitrep@/" + db + "?host=" + dir_;
  }

  static std::string Script() {
    return sitrep::ProjectRoot() + "/src/sitrep/store/postgres/pg_test_server.sh";
  }

 private:
  Server() {
    std::string tmpl = ::testing::TempDir() + "/sitrep_pg_XXXXXX";
    if (mkdtemp(tmpl.data()) == nullptr) {
      error_ = "mkdtemp failed";
      return;
    }
    dir_ = tmpl;
    const std::string cmd = "'" + Script() + "' start '" + dir_ + "' 2>" + dir_ + ".err";
    std::string out;
    if (FILE* p = popen(cmd.c_str(), "r")) {
      std::array<char, 512> buf;
      while (fgets(buf.data(), buf.size(), p)) out += buf.data();
      if (pclose(p) == 0 && !out.empty()) {
        base_url_ = out.substr(0, out.find('\n'));
      }
    }
    if (base_url_.empty()) {
      FILE* f = std::fopen((dir_ + ".err").c_str(), "r");
      std::array<char, 512> buf;
      while (f && fgets(buf.data(), buf.size(), f)) error_ += buf.data();
      if (f) std::fclose(f);
      if (error_.empty()) error_ = "pg_test_server.sh start failed";
    }
    std::remove((dir_ + ".err").c_str());
  }
  void Stop() {
    if (dir_.empty()) return;
    const std::string cmd = "'" + Script() + "' stop '" + dir_ + "' 2>/dev/null";
    if (std::system(cmd.c_str()) != 0) std::fprintf(stderr, "could not stop %s\n", dir_.c_str());
    dir_.clear();
  }

  std::string dir_, base_url_, error_;
  int databases_ = 0;
};

// Returns an open store on a fresh database, or nullptr after failing the test.
inline std::unique_ptr<Store> FreshStore() {
  Server& server = Server::Get();
  if (server.base_url().empty()) {
    ADD_FAILURE() << "no PostgreSQL server for the tests: " << server.error();
    return nullptr;
  }
  auto store = PostgresStore::Open(server.FreshDatabase());
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return store.ok() ? std::move(store).value() : nullptr;
}

}  // namespace sitrep::store::pg_testing

#endif  // SITREP_STORE_POSTGRES_PG_SERVER_TESTUTIL_H_
