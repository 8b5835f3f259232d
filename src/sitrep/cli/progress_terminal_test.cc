// Long work shows progress on a terminal, and only there: the real binary run
// with its stderr on a pseudo-terminal draws the progress bar (ingest, and the
// store-less commands when their output goes to a file or comes at the end);
// with stdout on the same terminal as the events, or stderr on a file, no bar.
#include <fcntl.h>
#include <pty.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "sitrep/cli/pipe_child_testutil.h"
#include "sitrep/testing/fixtures.h"

namespace sitrep::cli {
namespace {

// Reports written for this test, about several wars and places.
constexpr const char* kReports[] = {
    "Rebels shelled Aleppo on Monday, killing three civilians.",
    "Government troops recaptured the town of Ras Kamboni from al-Shabaab fighters.",
    "ミャンマー国軍はマンダレーで抗議デモの参加者を拘束した。",
};

struct TerminalRun {
  std::string terminal;  // what the child wrote on the pseudo-terminal
  std::string out;       // stdout, when it went to a file
  int exit_code = -1;
};

// Runs `sitrep args...` with stderr (and stdout too when `out_path` is empty)
// on a pseudo-terminal, and collects what the terminal showed.
TerminalRun RunOnTerminal(const std::vector<std::string>& args, const std::string& out_path) {
  TerminalRun run;
  int master = -1, slave = -1;
  if (openpty(&master, &slave, nullptr, nullptr, nullptr) != 0) return run;
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  if (out_path.empty()) posix_spawn_file_actions_adddup2(&fa, slave, 1);
  else posix_spawn_file_actions_addopen(&fa, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&fa, slave, 2);
  posix_spawn_file_actions_addclose(&fa, master);
  const pid_t pid = testing::SpawnSitrep(args, fa);
  posix_spawn_file_actions_destroy(&fa);
  close(slave);
  if (pid < 0) {
    close(master);
    return run;
  }
  char buf[4096];
  for (;;) {  // until the child's side closes (EIO on Linux)
    const ssize_t n = read(master, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    run.terminal.append(buf, static_cast<size_t>(n));
  }
  close(master);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  run.exit_code = testing::ExitCodeOf(status);
  if (!out_path.empty()) {
    std::ifstream in(out_path);
    std::stringstream s;
    s << in.rdbuf();
    run.out = s.str();
  }
  return run;
}

class ProgressTerminalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = ::testing::TempDir() + "/progress_terminal_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    std::ofstream docs(Input());
    for (int i = 0; i < 30; ++i) {
      docs << nlohmann::json{{"id", "p" + std::to_string(i)},
                             {"text", kReports[i % std::size(kReports)]},
                             {"published", "2024-05-10"}}
                  .dump()
           << "\n";
    }
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string Input() const { return dir_ + "/docs.jsonl"; }

  std::string dir_;
};

// The bar's text: "... 0.0 MB  1.2 MB/s  30 docs".
const std::regex kBar(R"(MB/s +[0-9]+ docs)");

TEST_F(ProgressTerminalTest, CommandsDrawTheBarOnATerminalOnlyWhenItDoesNotMixWithTheirOutput) {
  struct Case {
    std::vector<std::string> args;
    bool stdout_to_file;
    bool bar;
  };
  const std::string db = dir_ + "/store.sqlite";
  const Case cases[] = {
      {{"ingest", Input(), "--db", db}, false, true},
      {{"extract", Input(), "--format", "jsonl"}, true, true},
      {{"extract", Input(), "--format", "table"}, false, true},  // the table comes at the end
      {{"entities", Input(), "--format", "jsonl"}, true, true},
      {{"extract", Input(), "--format", "jsonl"}, false, false},  // events on the terminal
      {{"timex", Input()}, false, false},                         // rows as they come
  };
  for (const Case& c : cases) {
    const std::string name = c.args[0] + (c.stdout_to_file ? " > file" : "") + " " +
                             (c.args.size() > 2 ? c.args.back() : "");
    SCOPED_TRACE(name);
    const TerminalRun run = RunOnTerminal(c.args, c.stdout_to_file ? dir_ + "/out.txt" : "");
    EXPECT_EQ(run.exit_code, 0) << run.terminal;
    EXPECT_EQ(std::regex_search(run.terminal, kBar), c.bar) << run.terminal;
    if (c.stdout_to_file) {
      EXPECT_FALSE(run.out.empty());
      EXPECT_FALSE(std::regex_search(run.out, kBar)) << "the bar stays off stdout";
    }
  }
}

}  // namespace
}  // namespace sitrep::cli
