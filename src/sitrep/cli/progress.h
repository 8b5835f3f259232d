// A one-line progress bar for long commands (ingest), drawn on stderr only
// when stderr is a terminal, so logs and pipes stay clean. Redraws at most
// ten times a second.
#ifndef SITREP_CLI_PROGRESS_H_
#define SITREP_CLI_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <cstdio>

namespace sitrep::cli {

class ProgressBar {
 public:
  // `total_bytes` 0 means unknown (standard input): no percentage is shown.
  // `enabled` false makes every call a no-op.
  ProgressBar(size_t total_bytes, bool enabled, std::FILE* out = stderr);
  ~ProgressBar() { Clear(); }

  // Returns true when `fd` is a terminal.
  static bool IsTerminal(int fd);

  void Update(size_t bytes_done, size_t documents);
  // Erases the bar so another line can be printed; the next Update redraws it.
  void Clear();

 private:
  void Draw();

  size_t total_;
  bool enabled_;
  std::FILE* out_;
  size_t bytes_ = 0, documents_ = 0;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace sitrep::cli

#endif  // SITREP_CLI_PROGRESS_H_
