// Progress bar drawing: "\r[#####.....]  42%  12.3 MB  4.5 MB/s  1234 docs".
#include "sitrep/cli/progress.h"

#include <unistd.h>

#include <algorithm>
#include <string>

namespace sitrep::cli {

ProgressBar::ProgressBar(size_t total_bytes, bool enabled, std::FILE* out)
    : total_(total_bytes), enabled_(enabled), out_(out),
      start_(std::chrono::steady_clock::now()) {}

bool ProgressBar::IsTerminal(int fd) { return isatty(fd) == 1; }

void ProgressBar::Update(size_t bytes_done, size_t documents) {
  if (!enabled_) return;
  bytes_ = bytes_done;
  documents_ = documents;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  Draw();
}

void ProgressBar::Draw() {
  constexpr int kWidth = 30;
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double mb = static_cast<double>(bytes_) / 1e6;
  std::string bar;
  if (total_ > 0) {
    const double frac = std::min(1.0, static_cast<double>(bytes_) / static_cast<double>(total_));
    const int filled = static_cast<int>(frac * kWidth);
    bar = "[" + std::string(filled, '#') + std::string(kWidth - filled, '.') + "] " +
          std::to_string(static_cast<int>(frac * 100)) + "%  ";
  }
  std::fprintf(out_, "\r%s%.1f MB  %.1f MB/s  %zu docs\x1b[K", bar.c_str(), mb,
               secs > 0 ? mb / secs : 0.0, documents_);
  std::fflush(out_);
  drawn_ = true;
}

void ProgressBar::Clear() {
  if (!enabled_ || !drawn_) return;
  std::fputs("\r\x1b[K", out_);
  std::fflush(out_);
  drawn_ = false;
}

}  // namespace sitrep::cli
