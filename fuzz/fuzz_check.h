// Checks shared by the libFuzzer targets (fuzz/): a broken invariant is a
// finding, so it ends the run with a message libFuzzer shows beside the input
// (std::abort, which the sanitizers report with a stack). Header-only, so the
// reader targets need no stage library.
#ifndef SITREP_FUZZ_FUZZ_CHECK_H_
#define SITREP_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "sitrep/base/utf8.h"

namespace sitrep::fuzz {

// Prints `what` (and `detail`) and aborts: the input broke an invariant.
[[noreturn]] inline void Fail(std::string_view what, std::string_view detail = "") {
  std::fprintf(stderr, "fuzz invariant broken: %.*s %.*s\n", static_cast<int>(what.size()),
               what.data(), static_cast<int>(detail.size()), detail.data());
  std::abort();
}

// Fails unless `s` is valid UTF-8 (every string a stage hands on must be).
inline void RequireUtf8(std::string_view s, std::string_view what) {
  if (utf8::FindInvalid(s)) Fail(what, "is not valid UTF-8");
}

// Fails unless `date` is "" or shaped YYYY-MM-DD.
inline void RequireDateOrEmpty(std::string_view date, std::string_view what) {
  if (date.empty()) return;
  bool ok = date.size() == 10 && date[4] == '-' && date[7] == '-';
  for (size_t i = 0; ok && i < date.size(); ++i)
    if (i != 4 && i != 7) ok = date[i] >= '0' && date[i] <= '9';
  if (!ok) Fail(what, date);
}

}  // namespace sitrep::fuzz

#endif  // SITREP_FUZZ_FUZZ_CHECK_H_
