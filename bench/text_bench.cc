// Text-stage throughput: sentence splitting, ICU word breaking, MeCab, the whole
// TextAnnotator, NFKC normalization and transliteration, in bytes per second
// of verbatim text.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "bench_corpus.h"
#include "sitrep/text/icu_tokenizer.h"
#include "sitrep/text/mecab_tokenizer.h"
#include "sitrep/text/normalizer.h"
#include "sitrep/text/sentence_splitter.h"
#include "sitrep/text/text_annotator.h"
#include "sitrep/text/transliterator.h"

namespace sitrep::bench {

const std::string& Corpus(const std::string& lang) {
  static const std::string ja_path =
      std::string(SITREP_SOURCE_DIR) + "/testdata/seeds/000_9d9d22efac8a4bb4.txt";
  static const std::string en_path =
      std::string(SITREP_SOURCE_DIR) + "/testdata/seeds/001_afc3efa74b79438c.txt";
  auto build = [](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string seed = ss.str();
    if (seed.empty()) {
      std::fprintf(stderr, "sitrep_bench: cannot read %s\n", path.c_str());
      std::exit(2);
    }
    std::string out;
    out.reserve(kCorpusBytes + seed.size() + 2);
    while (out.size() < kCorpusBytes) out += seed + "\n\n";
    return out;
  };
  static const std::string ja = build(ja_path), en = build(en_path);
  return lang == "ja" ? ja : en;
}

namespace {

const text::SentenceSplitter& Splitter() {
  static const auto* s = text::SentenceSplitter::Create().value().release();
  return *s;
}

std::vector<document::Sentence> Sentences(const std::string& lang) {
  return Splitter().Split(Corpus(lang), lang).value();
}

void SentenceSplit(benchmark::State& state, const std::string& lang) {
  const std::string& text = Corpus(lang);
  for (auto _ : state) benchmark::DoNotOptimize(Splitter().Split(text, lang));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void Tokenize(benchmark::State& state, const text::Tokenizer& tokenizer, const std::string& lang) {
  const std::string& text = Corpus(lang);
  const auto sentences = Sentences(lang);
  for (auto _ : state) {
    std::vector<document::Token> tokens;
    if (!tokenizer.Tokenize(text, sentences, lang, tokens).ok()) state.SkipWithError("tokenize");
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void IcuWords(benchmark::State& state, const std::string& lang) {
  static const text::IcuTokenizer icu;
  Tokenize(state, icu, lang);
}

void MecabWords(benchmark::State& state) {
  auto mecab = text::MecabTokenizer::Create();
  if (!mecab.ok()) return state.SkipWithError(mecab.status().ToString().c_str());
  Tokenize(state, **mecab, "ja");
}

void Annotate(benchmark::State& state, const std::string& lang) {
  static const auto* annotator = text::TextAnnotator::Create().value().release();
  const std::string& text = Corpus(lang);
  for (auto _ : state) {
    state.PauseTiming();
    document::Document doc("bench", text);
    doc.lang = lang;
    state.ResumeTiming();
    if (!annotator->Annotate(doc).ok()) state.SkipWithError("annotate");
    benchmark::DoNotOptimize(doc.tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void Nfkc(benchmark::State& state, const std::string& lang) {
  const std::string& text = Corpus(lang);
  for (auto _ : state) benchmark::DoNotOptimize(text::NormalizeNfkc(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void ToLatin(benchmark::State& state) {
  const std::vector<std::string> names = {"ダマスカス", "ホムス",   "バッシャール・アル・アサド",
                                          "حمص",        "ラタキア", "デイル・アル・ゾル"};
  size_t bytes = 0;
  for (auto _ : state) {
    for (const auto& n : names) {
      benchmark::DoNotOptimize(text::ToLatin(n));
      bytes += n.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

constexpr auto kMs = benchmark::kMillisecond;
BENCHMARK_CAPTURE(SentenceSplit, ja, std::string("ja"))->Unit(kMs);
BENCHMARK_CAPTURE(SentenceSplit, en, std::string("en"))->Unit(kMs);
BENCHMARK_CAPTURE(IcuWords, ja, std::string("ja"))->Unit(kMs);
BENCHMARK_CAPTURE(IcuWords, en, std::string("en"))->Unit(kMs);
BENCHMARK(MecabWords)->Name("MecabWords/ja")->Unit(kMs);
BENCHMARK_CAPTURE(Annotate, ja, std::string("ja"))->Name("TextAnnotator/ja")->Unit(kMs);
BENCHMARK_CAPTURE(Annotate, en, std::string("en"))->Name("TextAnnotator/en")->Unit(kMs);
BENCHMARK_CAPTURE(Nfkc, ja, std::string("ja"))->Unit(kMs);
BENCHMARK_CAPTURE(Nfkc, en, std::string("en"))->Unit(kMs);
BENCHMARK(ToLatin)->ThreadRange(1, 2);

}  // namespace
}  // namespace sitrep::bench
