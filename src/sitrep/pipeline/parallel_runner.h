// ParallelRunner: runs a Pipeline over a stream of documents on a pool of
// worker threads, handing the annotated documents back in input order — the
// engine under `sitrep ingest/extract --jobs N` (DESIGN §2).
//
// Design. The stages are immutable and their Annotate methods const (MeCab
// lattices, ICU break iterators and transliterators are per call or per
// thread; the linker's caches lock), so N workers share one Pipeline. The
// caller Submits documents in order; each gets a sequence slot in a window of
// at most `window` documents in flight (queued, running, or done but waiting
// for an earlier one), so memory is bounded by the window, not the corpus:
// Submit blocks while the window is full. Whichever thread completes the
// oldest slot delivers it, and every completed slot after it, to the sink —
// one delivery at a time, in submission order — so the sink (a printer, the
// store's single writer) never runs concurrently with itself and output is
// byte-identical to jobs = 1. With jobs = 1 nothing is threaded: Submit runs
// the pipeline and the sink inline.
//
// Thread safety: Submit and Finish are called from one producer thread. The
// sink is called from the producer or a worker, never two at once.
#ifndef SITREP_PIPELINE_PARALLEL_RUNNER_H_
#define SITREP_PIPELINE_PARALLEL_RUNNER_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "sitrep/base/status.h"
#include "sitrep/document/document.h"
#include "sitrep/pipeline/pipeline.h"

namespace sitrep::pipeline {

class ParallelRunner {
 public:
  // Receives each document after the pipeline, with Run's status.
  using Sink = std::function<void(document::Document&& doc, const Status& status)>;

  // REQUIRES: jobs >= 1; `pipeline` outlives the runner. `window` 0 means
  // 4 * jobs documents in flight.
  ParallelRunner(const Pipeline& pipeline, int jobs, Sink sink, size_t window = 0);
  // Finishes (delivers everything submitted) and joins the workers.
  ~ParallelRunner();
  ParallelRunner(const ParallelRunner&) = delete;
  ParallelRunner& operator=(const ParallelRunner&) = delete;

  // Queues `doc`; blocks while the window is full. Documents completed in
  // order meanwhile are delivered (possibly on this thread).
  void Submit(document::Document doc);
  // Blocks until every submitted document has been delivered. Rethrows an
  // exception the sink threw on a worker.
  void Finish();

  // Returns the machine's hardware threads (at least 1): the --jobs default.
  static int DefaultJobs();

 private:
  struct Slot {
    document::Document doc;
    Status status;
    bool done = false;
  };

  void WorkerLoop();
  // REQUIRES: lock held on mu_. Delivers completed slots from the front while
  // no other thread is delivering; releases the lock around each sink call.
  void DeliverReady(std::unique_lock<std::mutex>& lock);

  const Pipeline& pipeline_;
  const int jobs_;
  const size_t window_;
  Sink sink_;

  std::mutex mu_;
  std::condition_variable work_cv_;   // a slot to start, or stopping
  std::condition_variable space_cv_;  // a slot delivered
  std::deque<Slot> slots_;            // in submission order; front = oldest undelivered
  size_t started_ = 0;                // slots_ index of the next slot to start
  bool delivering_ = false;
  bool stopping_ = false;
  std::exception_ptr sink_error_;
  std::vector<std::thread> workers_;
};

}  // namespace sitrep::pipeline

#endif  // SITREP_PIPELINE_PARALLEL_RUNNER_H_
