// sitrep_pipeline_bench: the whole pipeline's throughput (read JSON Lines ->
// language id -> text -> time -> entities -> events -> battles, no store),
// side by side with raw MeCab (ja) and raw ICU word breaking (en) on the same
// text, from one run so the ratios share one machine state. `make bench` runs it.
//
// Each measurement runs in a child process of its own (this binary with
// --child), so its peak memory (ru_maxrss) and its start-up are its own. The
// corpora are the seeds repeated: "many" is one document per seed copy (a
// JSONL file read as ingest reads it), "one" the same text as one document.
// Reported: MB/s (10^6 bytes of document text per CPU second of the process,
// start-up excluded, so other load on a shared machine does not skew it) at
// each size, one document vs many, peak memory, start-up (CPU time of
// Pipeline::Create: loading the lexicons and the knowledge base; whether the
// linker read its compiled name index is printed), and jobs=2 vs jobs=1 as a
// wall-clock ratio (which needs two idle cores to mean anything: the load
// average is printed beside it).
//
// Usage: sitrep_pipeline_bench [--sizes 1,10,50] [--langs ja,en] [--jobs-mb 10]
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sitrep/entities/name_index_file.h"
#include "sitrep/ingest/reader.h"
#include "sitrep/kb/knowledge_base.h"
#include "sitrep/pipeline/parallel_runner.h"
#include "sitrep/pipeline/pipeline.h"
#include "sitrep/text/icu_tokenizer.h"
#include "sitrep/text/mecab_tokenizer.h"
#include "sitrep/text/sentence_splitter.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

// Returns the CPU seconds (user + system) this process has used.
double CpuSeconds() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec +
         ru.ru_stime.tv_usec / 1e6;
}

std::string Seed(const std::string& lang) {
  const std::string path = std::string(SITREP_SOURCE_DIR) + "/testdata/seeds/" +
                           (lang == "ja" ? "000_9d9d22efac8a4bb4.txt" : "001_afc3efa74b79438c.txt");
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  if (ss.str().empty()) {
    std::fprintf(stderr, "sitrep_pipeline_bench: cannot read %s\n", path.c_str());
    std::exit(2);
  }
  return ss.str();
}

// Writes the corpus file for (lang, mb, layout) under `dir` once; returns its path.
std::string CorpusFile(const std::string& dir, const std::string& lang, int mb, bool one) {
  const std::string path =
      dir + "/" + lang + "_" + std::to_string(mb) + (one ? "_one.jsonl" : "_many.jsonl");
  if (fs::exists(path)) return path;
  const std::string seed = Seed(lang);
  const size_t target = static_cast<size_t>(mb) * 1000 * 1000;
  std::ofstream out(path, std::ios::binary);
  std::string one_text;
  for (size_t bytes = 0, n = 0; bytes < target; bytes += seed.size() + 2, ++n) {
    if (one) {
      one_text += seed + "\n\n";
      continue;
    }
    out << nlohmann::json{{"id", lang + std::to_string(n)}, {"text", seed}, {"lang", lang}}.dump()
        << "\n";
  }
  if (one) out << nlohmann::json{{"id", lang + "-one"}, {"text", one_text}, {"lang", lang}}.dump();
  return path;
}

// Child: runs the pipeline over `path` with `jobs` workers and prints one
// JSON object: start-up, wall and CPU seconds, text bytes, documents, peak KiB.
int RunChild(const std::string& path, int jobs) {
  const auto start = Clock::now();
  const double cpu_before = CpuSeconds();
  auto pipe = sitrep::pipeline::Pipeline::Create();
  if (!pipe.ok()) {
    std::fprintf(stderr, "cannot load the pipeline: %s\n", pipe.status().ToString().c_str());
    return 2;
  }
  const double startup_wall = Seconds(start);
  const double startup = CpuSeconds() - cpu_before;
  size_t bytes = 0, docs = 0, failures = 0;
  const auto run_start = Clock::now();
  const double cpu_start = CpuSeconds();
  sitrep::pipeline::ParallelRunner runner(
      **pipe, jobs, [&](sitrep::document::Document&& doc, const sitrep::Status& s) {
        bytes += doc.text().size();
        ++docs;
        failures += !s.ok();
      });
  sitrep::ingest::ReadPaths(
      {path}, {}, [&](sitrep::document::Document&& doc) { runner.Submit(std::move(doc)); },
      [&](const sitrep::ingest::InputError&) { ++failures; });
  runner.Finish();
  const double wall = Seconds(run_start);
  const double cpu = CpuSeconds() - cpu_start;
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("%s\n", nlohmann::json{{"startup", startup},
                                     {"startup_wall", startup_wall},
                                     {"wall", wall},
                                     {"cpu", cpu},
                                     {"bytes", bytes},
                                     {"docs", docs},
                                     {"failures", failures},
                                     {"peak_kb", ru.ru_maxrss}}
                          .dump()
                          .c_str());
  return failures ? 1 : 0;
}

// Runs this binary as a child on `path`; returns its JSON report (empty on failure).
nlohmann::json Measure(const std::string& self, const std::string& path, int jobs) {
  const std::string cmd = "'" + self + "' --child '" + path + "' " + std::to_string(jobs);
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return {};
  std::string out;
  char buf[4096];
  while (size_t n = fread(buf, 1, sizeof buf, p)) out.append(buf, n);
  if (pclose(p) != 0 || out.empty()) return {};
  return nlohmann::json::parse(out, nullptr, false);
}

// Returns the MB/s of the raw tokenizer for `lang` (MeCab for ja, ICU word
// breaking otherwise) over the seed repeated to about 1 MB, sentences split
// beforehand (not timed), repeated for at least a second.
double RawTokenizerMbPerS(const std::string& lang) {
  std::string text;
  const std::string seed = Seed(lang);
  while (text.size() < 1000 * 1000) text += seed + "\n\n";
  auto splitter = sitrep::text::SentenceSplitter::Create().value();
  const auto sentences = splitter->Split(text, lang).value();
  std::unique_ptr<sitrep::text::Tokenizer> tokenizer;
  if (lang == "ja") {
    auto mecab = sitrep::text::MecabTokenizer::Create();
    if (!mecab.ok()) return 0;
    tokenizer = std::move(mecab).value();
  } else {
    tokenizer = std::make_unique<sitrep::text::IcuTokenizer>();
  }
  size_t bytes = 0;
  const double start = CpuSeconds();
  while (CpuSeconds() - start < 1.0) {
    std::vector<sitrep::document::Token> tokens;
    if (!tokenizer->Tokenize(text, sentences, lang, tokens).ok()) return 0;
    bytes += text.size();
  }
  return bytes / 1e6 / (CpuSeconds() - start);
}

std::vector<std::string> SplitList(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  for (std::string item; std::getline(ss, item, ',');) {
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

// Returns MB per CPU second, or per wall-clock second with `wall`.
double MbPerS(const nlohmann::json& r, bool wall = false) {
  const char* key = wall ? "wall" : "cpu";
  if (!r.is_object() || r.value(key, 0.0) <= 0) return 0;
  return r.value("bytes", 0.0) / 1e6 / r.value(key, 0.0);
}

std::string LoadAverage() {
  std::ifstream in("/proc/loadavg");
  std::string one;
  in >> one;
  return one.empty() ? "?" : one;
}

// Returns whether start-up reads the compiled name index or builds it (and why).
std::string NameIndexState() {
  const std::string path = sitrep::entities::DefaultNameIndexPath();
  auto kb = sitrep::kb::KnowledgeBase::Load();
  if (path.empty() || !kb.ok()) return "built at start-up (no compiled gazetteer)";
  auto read = sitrep::entities::NameIndexFile::Read(path, **kb);
  return read.ok() ? "compiled, " + path : "built at start-up: " + read.status().ToString();
}

void Row(const std::string& lang, const std::string& what, const nlohmann::json& r) {
  if (!r.is_object()) {
    std::printf("%-4s %-22s  (failed)\n", lang.c_str(), what.c_str());
    return;
  }
  std::printf("%-4s %-22s %7zu %8.2f %8.1f %8.1f %8.3f %9.0f %8.0f\n", lang.c_str(),
              what.c_str(), r.value("docs", size_t{0}), r.value("bytes", 0.0) / 1e6,
              r.value("wall", 0.0), r.value("cpu", 0.0), MbPerS(r),
              r.value("peak_kb", 0.0) / 1024, r.value("startup", 0.0) * 1000);
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && std::string(argv[1]) == "--child") return RunChild(argv[2], std::atoi(argv[3]));
  std::map<std::string, std::string> flags = {{"--sizes", "1,10,50"}, {"--langs", "ja,en"},
                                              {"--jobs-mb", "10"}};
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!flags.count(argv[i])) {
      std::fprintf(stderr, "usage: %s [--sizes 1,10,50] [--langs ja,en] [--jobs-mb 10]\n", argv[0]);
      return 2;
    }
    flags[argv[i]] = argv[i + 1];
  }
  const std::string self = fs::canonical("/proc/self/exe").string();
  const std::string dir = (fs::temp_directory_path() /
                           ("sitrep_pipeline_bench_" + std::to_string(getpid()))).string();
  fs::create_directories(dir);
  const int jobs_mb = std::atoi(flags["--jobs-mb"].c_str());
  std::printf("The whole pipeline (no store), MB of document text per CPU second, one run "
              "(load average %s).\n", LoadAverage().c_str());
  std::printf("%-4s %-22s %7s %8s %8s %8s %8s %9s %8s\n", "lang", "run", "docs", "MB", "wall s",
              "cpu s", "MB/s", "peak MB", "start ms");
  std::map<std::string, std::map<std::string, double>> summary;
  for (const std::string& lang : SplitList(flags["--langs"])) {
    auto& s = summary[lang];
    for (const std::string& size : SplitList(flags["--sizes"])) {
      const int mb = std::atoi(size.c_str());
      const auto r = Measure(self, CorpusFile(dir, lang, mb, false), 1);
      Row(lang, size + " MB, many docs", r);
      s["many_" + size] = MbPerS(r);
      if (r.is_object()) s["startup_ms"] = r.value("startup", 0.0) * 1000;
    }
    const auto one = Measure(self, CorpusFile(dir, lang, 1, true), 1);
    Row(lang, "1 MB, one document", one);
    s["one_1"] = MbPerS(one);
    if (!s.count("many_1")) s["many_1"] = MbPerS(Measure(self, CorpusFile(dir, lang, 1, false), 1));
    const std::string jpath = CorpusFile(dir, lang, jobs_mb, false);
    const auto j1 = Measure(self, jpath, 1), j2 = Measure(self, jpath, 2);
    Row(lang, std::to_string(jobs_mb) + " MB, jobs=1", j1);
    Row(lang, std::to_string(jobs_mb) + " MB, jobs=2", j2);
    s["jobs1"] = MbPerS(j1, /*wall=*/true);
    s["jobs2"] = MbPerS(j2, /*wall=*/true);
    s["raw"] = RawTokenizerMbPerS(lang);
  }
  auto ratio = [](double a, double b) { return a > 0 && b > 0 ? a / b : 0.0; };
  std::printf("\n%-4s %12s %10s %12s %14s %12s %11s\n", "lang", "raw MB/s", "pipe MB/s",
              "pipe/raw", "many/one(1MB)", "jobs2/jobs1", "start ms");
  for (auto& [lang, s] : summary) {
    const double pipe = s.count("many_1") ? s["many_1"] : 0;
    std::printf("%-4s %12.1f %10.3f %12.4f %14.2f %12.2f %11.0f   (raw = %s)\n", lang.c_str(),
                s["raw"], pipe, ratio(pipe, s["raw"]), ratio(pipe, s["one_1"]),
                ratio(s["jobs2"], s["jobs1"]), s["startup_ms"],
                lang == "ja" ? "MeCab" : "ICU word breaking");
  }
  std::printf("(MB/s per CPU second; jobs2/jobs1 in wall-clock time; start ms: CPU time of "
              "Pipeline::Create; load average now %s)\n", LoadAverage().c_str());
  std::printf("(linker name index: %s)\n", NameIndexState().c_str());
  std::printf("(goals, issue 13: pipe/raw >= 0.5 ja, >= 0.10 en; many/one <= 1.2; jobs2/jobs1 >= "
              "1.7; start-up < 100 ms)\n");
  fs::remove_all(dir);
  return 0;
}
