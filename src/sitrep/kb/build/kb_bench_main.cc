// sitrep_kb_bench: the knowledge base's costs. Gazetteer load time and the
// memory it maps; knowledge-base and linker construction; dictionary matching
// throughput of the Aho–Corasick automaton against a naive search of every
// name in the same folded text; and the whole entities stage in MB/s.
// Corpus: the seed documents in testdata/seeds, repeated to ~1 MB.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "sitrep/base/file.h"
#include "sitrep/entities/entity_linker.h"
#include "sitrep/entities/name_index.h"
#include "sitrep/kb/gazetteer.h"
#include "sitrep/kb/knowledge_base.h"
#include "sitrep/kb/name_key.h"

namespace {

using namespace sitrep;

const std::string& Corpus() {
  static const std::string corpus = [] {
    std::string one;
    for (const auto& e : std::filesystem::directory_iterator(std::string(SITREP_SOURCE_DIR) + "/testdata/seeds")) {
      auto t = ReadFile(e.path().string());
      if (t.ok()) one += *t + "\n";
    }
    std::string all;
    while (!one.empty() && all.size() < (1u << 20)) all += one;
    return all;
  }();
  return corpus;
}

const kb::KnowledgeBase& Kb() {
  static const auto* kb = kb::KnowledgeBase::Load().value().release();
  return *kb;
}

long RssKb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6);
  }
  return 0;
}

void BM_GazetteerOpen(benchmark::State& state) {
  const std::string path = kb::DefaultGazetteerPath();
  if (path.empty()) return state.SkipWithError("no compiled gazetteer");
  size_t bytes = 0, places = 0;
  for (auto _ : state) {
    auto g = kb::Gazetteer::Open(path);
    bytes = (*g)->bytes();
    places = (*g)->size();
    benchmark::DoNotOptimize((*g)->Find("homs"));
  }
  state.counters["places"] = places;
  state.counters["file_MB"] = bytes / 1e6;
}
BENCHMARK(BM_GazetteerOpen)->Unit(benchmark::kMillisecond);

void BM_GazetteerLookup(benchmark::State& state) {
  auto g = kb::Gazetteer::Open(kb::DefaultGazetteerPath());
  if (!g.ok()) return state.SkipWithError("no compiled gazetteer");
  const std::string keys[] = {"homs", "damascus", "paris", "ホムス", "springfield", "nowhereville"};
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize((*g)->Find(keys[i++ % 6]));
}
BENCHMARK(BM_GazetteerLookup);

void BM_KnowledgeBaseLoad(benchmark::State& state) {
  const long before = RssKb();
  for (auto _ : state) benchmark::DoNotOptimize(kb::KnowledgeBase::Load().value());
  state.counters["rss_delta_MB"] = (RssKb() - before) / 1024.0;
}
BENCHMARK(BM_KnowledgeBaseLoad)->Unit(benchmark::kMillisecond);

void BM_LinkerCreate(benchmark::State& state) {
  entities::LinkerOptions o;
  o.kb = std::shared_ptr<const kb::KnowledgeBase>(&Kb(), [](const kb::KnowledgeBase*) {});
  for (auto _ : state) benchmark::DoNotOptimize(entities::EntityLinker::Create(o).value());
}
BENCHMARK(BM_LinkerCreate)->Unit(benchmark::kMillisecond);

void BM_AutomatonMatch(benchmark::State& state) {
  static const entities::NameIndex index = entities::NameIndex::Build(Kb());
  const std::string& text = Corpus();
  const kb::FoldedText f = kb::FoldWithOffsets(text);
  size_t hits = 0;
  for (auto _ : state) {
    hits = 0;
    index.automaton().Search(f.key, [&](size_t, size_t, int32_t) { ++hits; });
  }
  state.SetBytesProcessed(state.iterations() * f.key.size());
  state.counters["patterns"] = index.automaton().num_patterns();
  state.counters["hits"] = hits;
}
BENCHMARK(BM_AutomatonMatch)->Unit(benchmark::kMillisecond);

void BM_NaivePerNameSearch(benchmark::State& state) {
  std::vector<std::string> keys;
  for (const auto& p : Kb().places()) {
    keys.push_back(kb::NameKey(p.name));
    for (const auto& a : p.aliases) keys.push_back(kb::NameKey(a));
  }
  for (const auto& a : Kb().actors()) {
    keys.push_back(kb::NameKey(a.name));
    for (const auto& n : a.aliases) keys.push_back(kb::NameKey(n));
  }
  for (const auto& c : Kb().countries()) {
    for (const auto& n : c.names) keys.push_back(kb::NameKey(n));
  }
  std::erase_if(keys, [](const std::string& k) { return k.size() < 2; });
  const kb::FoldedText f = kb::FoldWithOffsets(Corpus().substr(0, 64 * 1024));  // 64 KB: it is slow
  size_t hits = 0;
  for (auto _ : state) {
    hits = 0;
    for (const auto& k : keys) {
      for (size_t p = f.key.find(k); p != std::string::npos; p = f.key.find(k, p + 1)) ++hits;
    }
  }
  state.SetBytesProcessed(state.iterations() * f.key.size());
  state.counters["patterns"] = keys.size();
  state.counters["hits"] = hits;
}
BENCHMARK(BM_NaivePerNameSearch)->Unit(benchmark::kMillisecond);

void BM_LinkDocuments(benchmark::State& state) {
  entities::LinkerOptions o;
  o.kb = std::shared_ptr<const kb::KnowledgeBase>(&Kb(), [](const kb::KnowledgeBase*) {});
  auto linker = entities::EntityLinker::Create(o).value();
  const std::string text = Corpus().substr(0, 256 * 1024);
  for (auto _ : state) {
    document::Document doc("bench", text);
    doc.lang = "ja";
    benchmark::DoNotOptimize(linker->Annotate(doc));
  }
  state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_LinkDocuments)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
