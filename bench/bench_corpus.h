// The benchmark corpus: each seed document repeated (blank line between
// copies) to about 5 MB, so per-call overheads vanish and throughputs of
// different stages on the same text can be compared as ratios.
#ifndef SITREP_BENCH_BENCH_CORPUS_H_
#define SITREP_BENCH_BENCH_CORPUS_H_

#include <string>

namespace sitrep::bench {

inline constexpr size_t kCorpusBytes = 5 * 1024 * 1024;

// Returns the Japanese ("ja") or English ("en") seed replicated to kCorpusBytes.
// Aborts with a message if the seed cannot be read.
const std::string& Corpus(const std::string& lang);

}  // namespace sitrep::bench

#endif  // SITREP_BENCH_BENCH_CORPUS_H_
