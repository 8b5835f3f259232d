// Test helper: run the sitrep binary (testing::SitrepBinary()) as a
// child process with its output captured in files, or start it in the
// background to kill it. For the CLI and crash tests of the SQLite store.
#ifndef SITREP_STORE_SQLITE_PROCESS_TESTUTIL_H_
#define SITREP_STORE_SQLITE_PROCESS_TESTUTIL_H_

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "sitrep/testing/fixtures.h"

extern char** environ;

namespace sitrep::store::testing {

struct ProcessResult {
  int exit_code = -1;  // -1 when killed by a signal
  int signal = 0;
  std::string out, err;
};

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Starts `sitrep args...` with stdin from `in_path` (default /dev/null) and
// stdout/stderr into `out_path`/`err_path`. Returns the pid, or -1.
inline pid_t StartSitrep(const std::vector<std::string>& args, const std::string& out_path,
                         const std::string& err_path, const std::string& in_path = "/dev/null") {
  std::vector<std::string> argv_s = {sitrep::testing::SitrepBinary()};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, in_path.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&fa, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = -1;
  const int rc = posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  return rc == 0 ? pid : -1;
}

// Returns the result of waiting for `pid`, with the captured output.
inline ProcessResult Wait(pid_t pid, const std::string& out_path, const std::string& err_path) {
  ProcessResult r;
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
  r.out = Slurp(out_path);
  r.err = Slurp(err_path);
  return r;
}

// Runs sitrep to completion in `dir` (for the capture files), with stdin
// from the file `in_path`.
inline ProcessResult RunSitrep(const std::vector<std::string>& args, const std::string& dir,
                               const std::string& in_path = "/dev/null") {
  const std::string out = dir + "/stdout.txt", err = dir + "/stderr.txt";
  const pid_t pid = StartSitrep(args, out, err, in_path);
  if (pid < 0) return {};
  return Wait(pid, out, err);
}

}  // namespace sitrep::store::testing

#endif  // SITREP_STORE_SQLITE_PROCESS_TESTUTIL_H_
