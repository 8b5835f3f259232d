// Ingest throughput: ingest::ReadPaths over a temporary .txt file holding the
// benchmark corpus (read, UTF-8 check, language identification), alone and
// followed by the text stage.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "bench_corpus.h"
#include "sitrep/ingest/reader.h"
#include "sitrep/text/text_annotator.h"

namespace sitrep::bench {
namespace {

// A corpus written to a temporary file, removed at exit.
class TempCorpus {
 public:
  explicit TempCorpus(const std::string& lang) {
    path_ = (std::filesystem::temp_directory_path() /
             ("sitrep_bench_" + std::to_string(::getpid()) + "_" + lang + ".txt"))
                .string();
    std::ofstream(path_, std::ios::binary) << Corpus(lang);
  }
  ~TempCorpus() { std::remove(path_.c_str()); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

const std::string& CorpusFile(const std::string& lang) {
  static const TempCorpus ja("ja"), en("en");
  return lang == "ja" ? ja.path() : en.path();
}

void Ingest(benchmark::State& state, const std::string& lang, bool annotate) {
  static const auto* annotator = text::TextAnnotator::Create().value().release();
  const std::string& path = CorpusFile(lang);
  size_t bytes = 0, failures = 0;
  for (auto _ : state) {
    ingest::ReadPaths(
        {path}, ingest::ReadOptions{},
        [&](document::Document&& doc) {
          bytes += doc.text().size();
          if (annotate && !annotator->Annotate(doc).ok()) ++failures;
          benchmark::DoNotOptimize(doc.tokens.data());
        },
        [&](const ingest::InputError&) { ++failures; });
  }
  if (failures > 0 || bytes == 0) state.SkipWithError("ingest failed");
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

constexpr auto kMs = benchmark::kMillisecond;
BENCHMARK_CAPTURE(Ingest, ja, std::string("ja"), false)->Name("Ingest/ja")->Unit(kMs);
BENCHMARK_CAPTURE(Ingest, en, std::string("en"), false)->Name("Ingest/en")->Unit(kMs);
BENCHMARK_CAPTURE(Ingest, ja, std::string("ja"), true)->Name("IngestAndText/ja")->Unit(kMs);
BENCHMARK_CAPTURE(Ingest, en, std::string("en"), true)->Name("IngestAndText/en")->Unit(kMs);

}  // namespace
}  // namespace sitrep::bench
