// `sitrep ingest PATH…|- [--db URL] [--lang xx] [--published D] [--jobs N]`:
// read the inputs, run the whole pipeline on N workers, and store each
// document atomically (one transaction per document, written by one writer in
// input order, so a crash or kill -9 never leaves half a document, and a
// re-run completes the job: unchanged documents are "already present").
// Progress on stderr when it is a terminal; a summary line at the end; one
// "source: reason" line per failed input (names and reasons escaped for the
// terminal, base/display.h); a document met twice in one run is one line too,
// and counts as already present. Then fusion takes in the added and updated
// documents (sitrep fuse, fusion/store_fusion.h).
//
// When the store itself fails (disk full, database locked past the busy
// timeout, I/O error, corruption), nothing more can be stored: reading stops,
// the documents in flight are dropped, and the failure is said once, with how
// many documents went in; the store keeps every transaction it committed, so
// running the same command again completes the job (and fusion is left to it).
// Exit: 0 all went in, 1 some failed (or the store or fusion failed), 2 usage errors.
#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <mutex>

#include "sitrep/base/display.h"
#include "sitrep/cli/annotate_files.h"
#include "sitrep/cli/command.h"
#include "sitrep/cli/fusion_run.h"
#include "sitrep/cli/progress.h"
#include "sitrep/cli/store_open.h"
#include "sitrep/pipeline/parallel_runner.h"

namespace sitrep::cli {
namespace {

struct IngestTally {
  size_t added = 0, present = 0, updated = 0, failed = 0;
  size_t documents() const { return added + present + updated; }
};

std::string Summary(const IngestTally& t, size_t bytes, double secs) {
  const double mb = static_cast<double>(bytes) / 1e6;
  return fmt::format("added {}, already present {}, updated {}, failed {} — {:.2f} MB in {:.2f} s "
                     "({:.1f} MB/s)",
                     t.added, t.present, t.updated, t.failed, mb, secs,
                     secs > 0 ? mb / secs : 0.0);
}

// Returns true when `s` says the store itself cannot go on (as opposed to
// one document it could not take).
bool IsStoreFailure(const Status& s) {
  return s.code() == StatusCode::kUnavailable || s.code() == StatusCode::kDataLoss;
}

int RunIngest(const AnnotateRequest& request, const std::string& db) {
  auto opened = OpenStore(db, /*create=*/true);
  if (!opened.ok()) return ReportOpenError("ingest", opened.status());
  store::Store& store = **opened;
  pipeline::PipelineOptions options;
  options.until = request.until;
  options.budget.max_units = request.work_budget;
  auto pipe = pipeline::Pipeline::Create(options);
  if (!pipe.ok()) {
    std::cerr << "sitrep ingest: cannot load the pipeline: " << pipe.status().ToString() << "\n";
    return 2;
  }
  if (!CheckLanguageOption(request, (*pipe)->packs())) return 2;
  const auto start = std::chrono::steady_clock::now();
  ProgressBar bar(ingest::TotalInputBytes(request.paths), ProgressBar::IsTerminal(2));
  IngestTally tally;
  size_t input_bytes = 0, text_bytes = 0;
  // The store, the tally and the bar are touched by the reading thread (the
  // content check) and by the runner's in-order sink (the one writer); the
  // mutex keeps them one at a time.
  std::mutex mu;
  auto fail = [&](const std::string& source, const std::string& reason) {
    bar.Clear();
    std::cerr << ForDisplay(source) << ": " << ForDisplay(reason) << "\n";
    ++tally.failed;
  };
  // The store's own failure: said once; reading stops (read.stop) and what is
  // still in flight is dropped.
  std::atomic<bool> stopped{false};
  std::string store_failure;
  auto store_failed = [&](const Status& status) {
    if (stopped.exchange(true)) return;
    store_failure = status.message();
  };
  auto progress = [&] { bar.Update(std::max(input_bytes, text_bytes), tally.documents()); };
  auto store_document = [&](document::Document&& doc, const Status& status) {
    if (stopped) return;
    if (!status.ok()) return fail(DocumentName(doc), status.message());
    if (!pipeline::FallbackNotice(doc).empty()) {
      bar.Clear();
      ReportFallback(doc, std::cerr);
    }
    auto outcome = store.PutDocument(doc);
    if (!outcome.ok()) {
      if (IsStoreFailure(outcome.status())) return store_failed(outcome.status());
      return fail(DocumentName(doc), outcome.status().message());
    }
    switch (*outcome) {
      case store::PutOutcome::kAdded: ++tally.added; break;
      case store::PutOutcome::kAlreadyPresent: ++tally.present; break;
      case store::PutOutcome::kUpdated: ++tally.updated; break;
    }
    progress();
  };
  pipeline::ParallelRunner runner(
      **pipe, request.jobs, [&](document::Document&& doc, const Status& status) {
        std::lock_guard<std::mutex> lock(mu);
        const std::string name = DocumentName(doc);
        // One document's internal error is that document's, never the run's.
        try {
          store_document(std::move(doc), status);
        } catch (const std::exception& e) {
          fail(name, std::string("internal error: ") + e.what());
        } catch (...) {
          fail(name, "internal error");
        }
      });
  auto on_document = [&](document::Document&& doc) {
    {
      std::lock_guard<std::mutex> lock(mu);
      if (stopped) return;
      text_bytes += doc.text().size();
      // Unchanged content is not re-annotated: a re-run after a crash only pays
      // for what is missing.
      auto present = store.HasContent(doc.id(), doc.text());
      if (!present.ok()) {
        if (IsStoreFailure(present.status())) return store_failed(present.status());
        return fail(DocumentName(doc), present.status().message());
      }
      if (*present) {
        ++tally.present;
        return progress();
      }
    }
    runner.Submit(std::move(doc));
  };
  ingest::ReadOptions read = request.read;
  read.stop = &stopped;
  read.readable_languages = (*pipe)->packs().ReadableCodes();
  ingest::ReadPaths(
      request.paths, read, on_document,
      [&](const ingest::InputError& e) {
        std::lock_guard<std::mutex> lock(mu);
        if (!e.notice) return fail(e.source, e.reason);
        bar.Clear();
        std::cerr << ForDisplay(e.source) << ": " << ForDisplay(e.reason) << "\n";
        ++tally.present;
      },
      [&](size_t done) {
        std::lock_guard<std::mutex> lock(mu);
        input_bytes = done;
        progress();
      });
  runner.Finish();
  bar.Clear();
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (stopped) {
    std::cerr << "sitrep ingest: " << ForDisplay(db) << ": " << ForDisplay(store_failure)
              << "\nsitrep ingest: stopped; " << tally.documents()
              << " document(s) are in the store, which is intact: run the same command again "
                 "to store the rest\n";
  }
  std::cerr << Summary(tally, std::max(input_bytes, text_bytes), secs) << "\n";
  if (stopped) return 1;
  // Fusion takes in what was added or updated (nothing, when nothing was).
  if (Status s = RunFusion(store, /*rebuild=*/false, "ingest"); !s.ok()) {
    std::cerr << "sitrep ingest: fusion: " << ForDisplay(s.message()) << "\n";
    return 1;
  }
  return tally.failed ? 1 : 0;
}

CommandRegistrar registrar(
    "ingest", "Read files, run the pipeline, and add the documents to the store",
    [](CLI::App& sub) -> std::function<int()> {
      auto request = std::make_shared<AnnotateRequest>();
      auto db = std::make_shared<std::string>();
      AddInputOptions(sub, *request);
      AddDbOption(sub, *db);
      return [request, db] { return RunIngest(*request, *db); };
    },
    10);

}  // namespace
}  // namespace sitrep::cli
