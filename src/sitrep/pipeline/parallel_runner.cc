// ParallelRunner: a window of slots in submission order, workers that take
// the next unstarted slot, and in-order delivery by whichever thread finds the
// oldest slot done (see the header's design paragraph).
#include "sitrep/pipeline/parallel_runner.h"

#include <algorithm>

namespace sitrep::pipeline {
namespace {

// Runs the pipeline; an exception escaping a stage becomes the document's
// status so one bad document never takes the process down.
Status RunGuarded(const Pipeline& pipeline, document::Document& doc) {
  try {
    return pipeline.Run(doc);
  } catch (const std::exception& e) {
    return InternalError(std::string("pipeline threw: ") + e.what());
  } catch (...) {
    return InternalError("pipeline threw a non-standard exception");
  }
}

}  // namespace

ParallelRunner::ParallelRunner(const Pipeline& pipeline, int jobs, Sink sink, size_t window)
    : pipeline_(pipeline),
      jobs_(std::max(jobs, 1)),
      window_(window > 0 ? window : 4 * static_cast<size_t>(std::max(jobs, 1))),
      sink_(std::move(sink)) {
  if (jobs_ == 1) return;
  workers_.reserve(jobs_);
  for (int i = 0; i < jobs_; ++i) workers_.emplace_back([this] { WorkerLoop(); });
}

ParallelRunner::~ParallelRunner() {
  try {
    Finish();
  } catch (...) {
    // The destructor cannot report a sink failure; Finish() callers see it.
  }
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  work_cv_.notify_all();
  for (std::thread& t : workers_) t.join();
}

int ParallelRunner::DefaultJobs() {
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

void ParallelRunner::Submit(document::Document doc) {
  if (jobs_ == 1) {
    const Status status = RunGuarded(pipeline_, doc);
    sink_(std::move(doc), status);
    return;
  }
  std::unique_lock<std::mutex> lock(mu_);
  space_cv_.wait(lock, [this] { return slots_.size() < window_ || sink_error_; });
  if (sink_error_) std::rethrow_exception(sink_error_);
  slots_.push_back(Slot{std::move(doc), OkStatus(), false});
  work_cv_.notify_one();
}

void ParallelRunner::Finish() {
  if (jobs_ == 1) return;
  std::unique_lock<std::mutex> lock(mu_);
  space_cv_.wait(lock, [this] { return slots_.empty() || sink_error_; });
  if (sink_error_) std::rethrow_exception(sink_error_);
}

void ParallelRunner::WorkerLoop() {
  std::unique_lock<std::mutex> lock(mu_);
  while (true) {
    work_cv_.wait(lock, [this] { return stopping_ || started_ < slots_.size(); });
    if (stopping_) return;
    Slot& slot = slots_[started_++];  // deque: the reference survives push_back/pop_front
    lock.unlock();
    slot.status = RunGuarded(pipeline_, slot.doc);
    lock.lock();
    slot.done = true;
    DeliverReady(lock);
  }
}

void ParallelRunner::DeliverReady(std::unique_lock<std::mutex>& lock) {
  if (delivering_) return;  // the delivering thread will see this slot done
  delivering_ = true;
  while (!slots_.empty() && slots_.front().done && !sink_error_) {
    // The slot stays in the window until the sink returns, so at most
    // `window_` documents exist between Submit and the end of delivery.
    document::Document doc = std::move(slots_.front().doc);
    const Status status = slots_.front().status;
    lock.unlock();
    try {
      sink_(std::move(doc), status);
    } catch (...) {
      lock.lock();
      sink_error_ = std::current_exception();
      break;
    }
    lock.lock();
    slots_.pop_front();
    --started_;
    space_cv_.notify_all();
  }
  delivering_ = false;
  space_cv_.notify_all();
}

}  // namespace sitrep::pipeline
