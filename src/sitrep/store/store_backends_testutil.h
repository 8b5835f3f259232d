// The Store back ends every typed contract suite runs against (DESIGN §6:
// one suite, every implementation). A new back end adds its Backend here and
// to Backends; store_contract_test.cc and store_fusion_contract_test.cc then
// cover it. Backend::Make(dir) opens an empty store that may keep files in dir.
// PostgreSQL's binary (store/postgres/) defines SITREP_STORE_CONTRACT_POSTGRES
// and runs the suites against the server it starts.
#ifndef SITREP_STORE_STORE_BACKENDS_TESTUTIL_H_
#define SITREP_STORE_STORE_BACKENDS_TESTUTIL_H_

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "sitrep/store/memory/memory_store.h"
#include "sitrep/store/sqlite/sqlite_store.h"
#include "sitrep/store/store.h"
#ifdef SITREP_STORE_CONTRACT_POSTGRES
#include "sitrep/store/postgres/pg_server_testutil.h"
#endif

namespace sitrep::store {

struct MemoryBackend {
  static std::unique_ptr<Store> Make(const std::string&) { return MemoryStore::Create(); }
};

struct SqliteBackend {
  static std::unique_ptr<Store> Make(const std::string& dir) {
    auto s = SqliteStore::Open(dir + "/contract.db");
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(s).value() : nullptr;
  }
};

#ifdef SITREP_STORE_CONTRACT_POSTGRES
// Built into store/postgres/'s test binary, against a real server it starts.
struct PostgresBackend {
  static std::unique_ptr<Store> Make(const std::string&) { return pg_testing::FreshStore(); }
};
using Backends = ::testing::Types<PostgresBackend>;
#else
using Backends = ::testing::Types<MemoryBackend, SqliteBackend>;
#endif

// A fresh store of `Backend` in its own temporary directory per test.
template <typename Backend>
class StoreTestBase : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = ::testing::TempDir() + "/store_contract_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    store_ = Backend::Make(dir_);
    ASSERT_NE(store_, nullptr);
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::string dir_;
  std::unique_ptr<Store> store_;
};

}  // namespace sitrep::store

#endif  // SITREP_STORE_STORE_BACKENDS_TESTUTIL_H_
