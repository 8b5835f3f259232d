// Read -> pipeline (on --jobs workers) -> print, for the store-less commands.
#include "sitrep/cli/annotate_files.h"

#include <iostream>
#include <algorithm>
#include <mutex>

#include "sitrep/base/date.h"
#include "sitrep/cli/progress.h"
#include "sitrep/base/display.h"
#include "sitrep/ingest/language_id.h"
#include "sitrep/pipeline/parallel_runner.h"

namespace sitrep::cli {

int AnnotateFiles(const AnnotateRequest& request,
                  const std::function<void(const document::Document&)>& on_document) {
  pipeline::PipelineOptions options;
  options.until = request.until;
  options.budget.max_units = request.work_budget;
  auto pipe = pipeline::Pipeline::Create(options);
  if (!pipe.ok()) {
    std::cerr << "sitrep: cannot load the pipeline: " << pipe.status().ToString() << "\n";
    return 2;
  }
  if (!CheckLanguageOption(request, (*pipe)->packs())) return 2;
  // A bar on a terminal stderr, unless the printed results scroll through the
  // same terminal while it runs.
  ProgressBar bar(ingest::TotalInputBytes(request.paths),
                  ProgressBar::IsTerminal(2) &&
                      (request.prints_at_end || !ProgressBar::IsTerminal(1)));
  int failures = 0;
  size_t input_bytes = 0, text_bytes = 0, documents = 0;
  // stderr, the tally and the bar are touched by the reading thread (read
  // errors, progress) and by the runner's in-order sink; one at a time.
  std::mutex mu;
  auto say = [&](const std::string& source, const std::string& reason) {
    bar.Clear();
    std::cerr << ForDisplay(source) << ": " << ForDisplay(reason) << "\n";
  };
  auto report = [&](const std::string& source, const std::string& reason) {
    say(source, reason);
    ++failures;
  };
  auto progress = [&] { bar.Update(std::max(input_bytes, text_bytes), documents); };
  pipeline::ParallelRunner runner(
      **pipe, request.jobs, [&](document::Document&& doc, const Status& status) {
        std::lock_guard<std::mutex> lock(mu);
        if (!status.ok()) return report(doc.source, status.message());
        // The printer may warn on stderr about the document's diagnostics.
        if (!doc.diagnostics.empty() || !pipeline::FallbackNotice(doc).empty()) bar.Clear();
        ReportFallback(doc, std::cerr);
        // One document's internal error is that document's, never the run's.
        try {
          on_document(doc);
        } catch (const std::exception& e) {
          report(doc.source, std::string("internal error: ") + e.what());
        } catch (...) {
          report(doc.source, "internal error");
        }
        ++documents;
        text_bytes += doc.text().size();
        progress();
      });
  ingest::ReadOptions read = request.read;
  read.readable_languages = (*pipe)->packs().ReadableCodes();
  ingest::ReadPaths(
      request.paths, read, [&](document::Document&& doc) { runner.Submit(std::move(doc)); },
      [&](const ingest::InputError& e) {
        std::lock_guard<std::mutex> lock(mu);
        if (e.notice) return say(e.source, e.reason);
        report(e.source, e.reason);
      },
      [&](size_t done) {
        std::lock_guard<std::mutex> lock(mu);
        input_bytes = done;
        progress();
      });
  runner.Finish();
  bar.Clear();
  return failures ? 1 : 0;
}

void AddInputOptions(CLI::App& sub, AnnotateRequest& request) {
  sub.add_option("files", request.paths, "Input files (.txt .md .html .jsonl), directories, or -")
      ->required();
  sub.add_option("--published", request.read.published,
                 "Publication date YYYY-MM-DD (overrides metadata and inference)")
      ->check([](const std::string& v) {
        return Date::Parse(v) ? std::string() : "expected YYYY-MM-DD, got '" + v + "'";
      });
  sub.add_option("--lang", request.read.lang,
                 "Language code of a language pack (data/lang/<code>/); default: detect");
  request.jobs = pipeline::ParallelRunner::DefaultJobs();
  sub.add_option("--jobs,-j", request.jobs,
                 "Documents annotated at once (default: the machine's cores); output stays in "
                 "input order")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  sub.add_option("--work-budget", request.work_budget,
                 "Work units a document may cost past entities; a document over it gets text and "
                 "entities only, with a notice (0: no limit)")
      ->capture_default_str();
}

bool CheckLanguageOption(const AnnotateRequest& request, const lang::PackSet& packs) {
  const std::string& given = request.read.lang;
  if (given.empty()) return true;
  const std::string code = ingest::NormalizeLanguageCode(given);
  if (code.empty()) {
    std::cerr << "sitrep: --lang '" << ForDisplay(given) << "' is not a language code (language packs: "
              << packs.CodeList() << ")\n";
    return false;
  }
  if (!packs.Find(code)) {
    std::cerr << "sitrep: no language pack for '" << code << "' (language packs: "
              << packs.CodeList() << ")\n";
    return false;
  }
  return true;
}

std::string DocumentName(const document::Document& doc) {
  if (doc.source.empty()) return doc.id();
  // A file's id is its canonical path and a stream's a hash: the source says it
  // as the user typed it. A JSONL record's id says which record it was.
  if (doc.id() == doc.source || doc.id().starts_with('/') || doc.id().starts_with("<stdin>")) {
    return doc.source;
  }
  return doc.source + " [" + doc.id() + "]";
}

void ReportFallback(const document::Document& doc, std::ostream& err) {
  const std::string notice = pipeline::FallbackNotice(doc);
  if (notice.empty()) return;
  err << ForDisplay(DocumentName(doc)) << ": " << ForDisplay(notice) << "\n";
}

}  // namespace sitrep::cli
