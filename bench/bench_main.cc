// sitrep_bench's main: runs every benchmark (Google Benchmark flags apply, e.g.
// --benchmark_filter), then prints the throughputs in MB/s side by side with
// their ratios, all from this one run, so the numbers share one machine state.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdio>
#include <map>
#include <string>

namespace {

// Console output as usual, and a note of each benchmark's bytes per second.
class CollectingReporter : public benchmark::ConsoleReporter {
 public:
  CollectingReporter() : ConsoleReporter(isatty(STDOUT_FILENO) ? OO_Defaults : OO_Tabular) {}
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
      auto it = run.counters.find("bytes_per_second");
      if (run.error_occurred || it == run.counters.end()) continue;
      mb_per_s_[run.benchmark_name()] = it->second.value / 1e6;
    }
  }
  // Returns the MB/s of the first benchmark whose name starts with `prefix`, or 0.
  double MbPerS(const std::string& prefix) const {
    for (const auto& [name, v] : mb_per_s_) {
      if (name.rfind(prefix, 0) == 0) return v;
    }
    return 0;
  }

 private:
  std::map<std::string, double> mb_per_s_;
};

void PrintSummary(const CollectingReporter& r) {
  std::printf(
      "\nThroughput in MB of verbatim text (10^6 bytes) per CPU second, and ratios, same run:\n");
  std::printf("%-4s %10s %10s %10s %10s %10s %12s %12s\n", "lang", "ingest", "ingest+txt", "text",
              "ICU words", "MeCab", "ingest/ICU", "ingest/MeCab");
  for (const std::string lang : {"ja", "en"}) {
    const double ingest = r.MbPerS("Ingest/" + lang), full = r.MbPerS("IngestAndText/" + lang);
    const double text = r.MbPerS("TextAnnotator/" + lang), icu = r.MbPerS("IcuWords/" + lang);
    const double mecab = lang == "ja" ? r.MbPerS("MecabWords/ja") : 0;
    auto ratio = [](double a, double b) { return b > 0 && a > 0 ? a / b : 0.0; };
    std::printf("%-4s %10.1f %10.1f %10.1f %10.1f %10.1f %12.2f %12.2f\n", lang.c_str(), ingest,
                full, text, icu, mecab, ratio(ingest, icu), ratio(ingest, mecab));
  }
  std::printf("(0 = not measured in this run)\n");
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  CollectingReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  PrintSummary(reporter);
  return 0;
}
