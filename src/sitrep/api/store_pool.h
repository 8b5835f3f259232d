// StorePool: Store connections for the server's worker threads. A Store is
// not thread-safe (store/store.h), so each request leases one connection for
// its duration; connections are opened on demand by the store-URL factory and
// reused, at most one per concurrently running request. Thread-safe.
#ifndef SITREP_API_STORE_POOL_H_
#define SITREP_API_STORE_POOL_H_

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "sitrep/base/status.h"
#include "sitrep/store/store.h"

namespace sitrep::api {

class StorePool {
 public:
  using Opener = std::function<StatusOr<std::unique_ptr<store::Store>>()>;
  explicit StorePool(Opener open) : open_(std::move(open)) {}

  // A leased connection; returns it to the pool when destroyed.
  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<store::Store> s) : pool_(pool), store_(std::move(s)) {}
    Lease(Lease&&) = default;
    ~Lease() {
      if (store_) pool_->Return(std::move(store_));
    }
    store::Store& operator*() const { return *store_; }

   private:
    StorePool* pool_;
    std::unique_ptr<store::Store> store_;
  };

  // Returns an idle connection, or a newly opened one.
  StatusOr<Lease> Acquire() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!idle_.empty()) {
        std::unique_ptr<store::Store> s = std::move(idle_.back());
        idle_.pop_back();
        return Lease(this, std::move(s));
      }
    }
    SITREP_ASSIGN_OR_RETURN(std::unique_ptr<store::Store> s, open_());
    return Lease(this, std::move(s));
  }

 private:
  void Return(std::unique_ptr<store::Store> s) {
    std::lock_guard<std::mutex> lock(mu_);
    idle_.push_back(std::move(s));
  }

  Opener open_;
  std::mutex mu_;
  std::vector<std::unique_ptr<store::Store>> idle_;
};

}  // namespace sitrep::api

#endif  // SITREP_API_STORE_POOL_H_
