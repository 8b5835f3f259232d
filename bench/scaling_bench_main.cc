// sitrep_scaling_bench: time per MB of every hostile input shape
// (testing/hostile_shapes.h) at 10 KB, 100 KB and 1 MB documents, so a stage
// that grows faster than the input shows as a rising column (issue 15). Each
// (shape, size) runs in a child process of its own, read as `sitrep ingest -`
// reads standard input and annotated by the whole pipeline, with a time limit:
// a run past it is reported as such, never waited for. Reported per run: CPU
// seconds per MB (user + system of the child after start-up, so other load on
// a shared machine does not skew it), peak resident memory, and the ratio of
// the largest size's s/MB to the smallest's (flat is ~1; `make bench` prints
// it as 1000000B/10000B). With --stages, the CPU time of each stage is
// printed beside the total, to find which one grew.
//
// Usage: sitrep_scaling_bench [--sizes 10000,100000,1000000] [--shapes a,b]
//                             [--limit SECONDS] [--stages]
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sitrep/base/paths.h"
#include "sitrep/ingest/reader.h"
#include "sitrep/pipeline/pipeline.h"
#include "sitrep/testing/hostile_shapes.h"

namespace {

using sitrep::testing::HostileShape;
using sitrep::testing::ShapeFormat;

struct Options {
  std::vector<size_t> sizes = {10'000, 100'000, 1'000'000};
  std::vector<std::string> shapes;  // empty: all
  int limit_seconds = 60;
  bool stages = false;
};

struct RunResult {
  bool finished = false;
  double cpu_seconds = 0;      // annotating, start-up excluded
  double peak_mb = 0;          // the child's maximum resident set
  size_t text_bytes = 0;       // of the documents the reader produced
  std::string stage_times;     // "text 0.01 time 0.20 …" with --stages
  std::string diagnostics;     // the documents' Diagnostic stages, for the record
};

double ProcessCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

std::vector<std::string> SplitList(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  for (std::string item; std::getline(in, item, ',');) {
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

// Returns the bytes a user would feed sitrep for `shape` at `size`.
std::string InputBytes(const HostileShape& shape, size_t size) {
  std::string content = shape.make(size);
  if (shape.format != ShapeFormat::kJsonl) return content;
  return nlohmann::json({{"id", shape.name}, {"text", content}}).dump() + "\n";
}

// Returns the CPU seconds of reading `bytes` and running a pipeline built up to
// `until` on every document read; adds the text bytes and the Diagnostics seen
// to `out`.
double TimeOnce(const HostileShape& shape, const std::string& bytes,
                sitrep::pipeline::Until until, nlohmann::json& out) {
  sitrep::pipeline::PipelineOptions options;
  options.until = until;
  auto pipe = sitrep::pipeline::Pipeline::Create(options);
  if (!pipe.ok()) {
    std::fprintf(stderr, "cannot build the pipeline: %s\n", pipe.status().ToString().c_str());
    std::_Exit(2);
  }
  const double start = ProcessCpuSeconds();
  std::istringstream in(bytes);
  sitrep::ingest::ReadOptions read;
  read.lang = shape.lang;
  size_t text_bytes = 0;
  std::string diagnostics;
  sitrep::ingest::ReadStream(
      in, shape.name, read,
      [&](sitrep::document::Document&& doc) {
        text_bytes += doc.text().size();
        (void)(*pipe)->Run(doc);
        for (const auto& d : doc.diagnostics) diagnostics += d.stage + ": " + d.message + "; ";
      },
      [&](const sitrep::ingest::InputError& e) { diagnostics += "read: " + e.reason + "; "; });
  const double seconds = ProcessCpuSeconds() - start;
  out["text_bytes"] = text_bytes;
  out["diagnostics"] = diagnostics;
  return seconds;
}

// The child: times the whole pipeline (and, with `stages`, each prefix of it);
// writes one JSON line of results to `fd`.
[[noreturn]] void Child(const HostileShape& shape, size_t size, bool stages, int fd) {
  using sitrep::pipeline::Until;
  const std::string bytes = InputBytes(shape, size);
  nlohmann::json out;
  out["cpu"] = TimeOnce(shape, bytes, Until::kAll, out);
  if (stages) {
    nlohmann::json ignored;
    const double text = TimeOnce(shape, bytes, Until::kText, ignored);
    const double time = TimeOnce(shape, bytes, Until::kTime, ignored) - text;
    const double entities = TimeOnce(shape, bytes, Until::kEntities, ignored) - text;
    const double events = TimeOnce(shape, bytes, Until::kEvents, ignored) - text - time - entities;
    const double battles = out["cpu"].get<double>() - text - time - entities - events;
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "read+text %.2f  time %.2f  entities %.2f  events %.2f  battles %.2f (s/MB)",
                  text / (size / 1e6), time / (size / 1e6), entities / (size / 1e6),
                  events / (size / 1e6), battles / (size / 1e6));
    out["stages"] = buf;
  }
  const std::string line = out.dump() + "\n";
  if (write(fd, line.data(), line.size()) < 0) std::_Exit(3);
  std::_Exit(0);
}

RunResult Run(const HostileShape& shape, size_t size, const Options& options) {
  int fds[2];
  if (pipe(fds) != 0) std::exit(2);
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    // Start-up included; with --stages the document is annotated five times.
    alarm(static_cast<unsigned>(options.limit_seconds * (options.stages ? 6 : 1) + 30));
    Child(shape, size, options.stages, fds[1]);
  }
  close(fds[1]);
  RunResult r;
  std::string reply;
  char buf[4096];
  for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;) reply.append(buf, n);
  close(fds[0]);
  int status = 0;
  rusage ru{};
  wait4(pid, &status, 0, &ru);
  r.peak_mb = ru.ru_maxrss / 1024.0;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || reply.empty()) return r;
  const auto j = nlohmann::json::parse(reply, nullptr, false);
  if (j.is_discarded()) return r;
  r.cpu_seconds = j.value("cpu", 0.0);
  r.text_bytes = j.value("text_bytes", size_t{0});
  r.diagnostics = j.value("diagnostics", "");
  r.stage_times = j.value("stages", "");
  r.finished = r.cpu_seconds <= options.limit_seconds;
  return r;
}

Options ParseArgs(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool has_value = i + 1 < argc;
    if (a == "--sizes" && has_value) {
      o.sizes.clear();
      for (const auto& s : SplitList(argv[++i])) o.sizes.push_back(std::stoul(s));
    } else if (a == "--shapes" && has_value) {
      o.shapes = SplitList(argv[++i]);
    } else if (a == "--limit" && has_value) {
      o.limit_seconds = std::stoi(argv[++i]);
    } else if (a == "--stages") {
      o.stages = true;
    } else {
      std::fprintf(stderr,
                   "usage: sitrep_scaling_bench [--sizes N,N] [--shapes a,b] [--limit S] "
                   "[--stages]\n");
      std::exit(2);
    }
  }
  return o;
}

bool Wanted(const Options& o, const HostileShape& s) {
  if (o.shapes.empty()) return true;
  for (const auto& name : o.shapes) {
    if (name == s.name) return true;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = ParseArgs(argc, argv);
  std::printf("Hostile shapes: CPU seconds per MB of input and peak memory, by document size "
              "(limit %d s per run)\n",
              options.limit_seconds);
  std::printf("%-20s", "shape");
  for (size_t size : options.sizes) std::printf(" %9zuB s/MB   peak", size);
  std::printf("  %zuB/%zuB\n", options.sizes.back(), options.sizes.front());
  for (const HostileShape& shape : sitrep::testing::HostileShapes()) {
    if (!Wanted(options, shape)) continue;
    std::printf("%-20s", shape.name);
    std::fflush(stdout);
    double first = 0, last = 0;
    std::string notes, stage_lines;
    for (size_t size : options.sizes) {
      const RunResult r = Run(shape, size, options);
      if (!r.finished) {
        std::printf("   > %4d s %8s", options.limit_seconds, "");
        last = -1;
        std::fflush(stdout);
        break;
      }
      const double per_mb = r.cpu_seconds / (size / 1e6);
      if (first == 0) first = per_mb;
      last = per_mb;
      std::printf(" %10.2f %5.0fMB", per_mb, r.peak_mb);
      std::fflush(stdout);
      notes = r.diagnostics;
      if (!r.stage_times.empty()) stage_lines += "    " + std::to_string(size) + " B: " + r.stage_times + "\n";
    }
    if (last > 0 && first > 0) std::printf("  %5.2fx", last / first);
    std::printf("\n");
    std::printf("%s", stage_lines.c_str());
    if (!notes.empty()) std::printf("    (%s)\n", notes.substr(0, 300).c_str());
  }
  return 0;
}
