// Test helper: the sitrep binary as a child process with pipes on stdin and
// stdout, as Spark's RDD.pipe or `parallel --pipe` runs it, stderr captured in
// a file. For the streaming-mode tests of `sitrep extract -`.
#ifndef SITREP_CLI_PIPE_CHILD_TESTUTIL_H_
#define SITREP_CLI_PIPE_CHILD_TESTUTIL_H_

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "sitrep/testing/fixtures.h"

extern char** environ;

namespace sitrep::cli::testing {

// Starts `sitrep args...` with the file actions `fa`; returns its pid, or -1.
inline pid_t SpawnSitrep(const std::vector<std::string>& args, const posix_spawn_file_actions_t& fa) {
  std::vector<std::string> argv_s = {sitrep::testing::SitrepBinary()};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = -1;
  return posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ) == 0 ? pid : -1;
}

// Returns a waitpid status as an exit code, or 128 + the signal that ended it.
inline int ExitCodeOf(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status); }

class PipeChild {
 public:
  // Starts `sitrep args...`; stderr goes to `err_path`. pid() < 0 on failure.
  PipeChild(const std::vector<std::string>& args, const std::string& err_path) {
    int in[2], out[2];
    if (pipe2(in, O_CLOEXEC) != 0 || pipe2(out, O_CLOEXEC) != 0) return;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, in[0], 0);
    posix_spawn_file_actions_adddup2(&fa, out[1], 1);
    posix_spawn_file_actions_addopen(&fa, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    pid_ = SpawnSitrep(args, fa);
    posix_spawn_file_actions_destroy(&fa);
    close(in[0]);
    close(out[1]);
    to_child_ = in[1];
    from_child_ = out[0];
  }
  ~PipeChild() {
    CloseInput();
    CloseOutput();
    if (pid_ > 0 && !reaped_) Wait();
  }

  pid_t pid() const { return pid_; }
  // Returns false when the child's stdin is closed (EPIPE; SIGPIPE must be ignored).
  bool Write(const std::string& bytes) {
    for (size_t done = 0; done < bytes.size();) {
      const ssize_t n = write(to_child_, bytes.data() + done, bytes.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return false;
      done += static_cast<size_t>(n);
    }
    return true;
  }
  void CloseInput() {
    if (to_child_ >= 0) close(to_child_);
    to_child_ = -1;
  }
  void CloseOutput() {
    if (from_child_ >= 0) close(from_child_);
    from_child_ = -1;
  }
  // Returns what the child wrote within `timeout_ms` (at least one read), ""
  // at end of output or on timeout.
  std::string ReadSome(int timeout_ms) {
    pollfd p{from_child_, POLLIN, 0};
    if (poll(&p, 1, timeout_ms) <= 0) return "";
    char buf[1 << 16];
    const ssize_t n = read(from_child_, buf, sizeof buf);
    return n > 0 ? std::string(buf, static_cast<size_t>(n)) : "";
  }
  // Returns everything until the child closes its stdout.
  std::string ReadAll() {
    std::string all, chunk;
    while (!(chunk = ReadSome(60000)).empty()) all += chunk;
    return all;
  }
  // Waits for the child; returns its exit code, or 128 + signal.
  int Wait() {
    int status = 0;
    rusage usage{};
    while (wait4(pid_, &status, 0, &usage) < 0 && errno == EINTR) {}
    reaped_ = true;
    peak_rss_kb_ = usage.ru_maxrss;
    return ExitCodeOf(status);
  }
  // Peak resident memory of the child in KiB, after Wait().
  long peak_rss_kb() const { return peak_rss_kb_; }

 private:
  pid_t pid_ = -1;
  int to_child_ = -1, from_child_ = -1;
  bool reaped_ = false;
  long peak_rss_kb_ = 0;
};

}  // namespace sitrep::cli::testing

#endif  // SITREP_CLI_PIPE_CHILD_TESTUTIL_H_
