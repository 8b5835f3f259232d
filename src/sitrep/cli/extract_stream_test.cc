// Streaming mode, through the real binary on pipes: `sitrep extract -
// --format jsonl` over 10,000 JSON Lines documents (bad lines among them are
// one stderr line each and the stream goes on), events flushed per document
// while the input is still open, memory flat as the stream grows, and a
// reader that goes away ends the process cleanly.
#include <csignal>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "sitrep/cli/pipe_child_testutil.h"

namespace sitrep::cli {
namespace {

using testing::PipeChild;

// Short reports written for this test, about several wars and places.
constexpr const char* kReports[] = {
    "Rebels shelled Aleppo on Monday, killing three civilians.",
    "Russian forces captured the village of Robotyne after heavy fighting.",
    "An air strike hit a market in Sanaa, local officials said.",
    "Protesters gathered in Khartoum to demand an end to the war.",
    "ミャンマー国軍はマンダレーで抗議デモの参加者を拘束した。",
    "The ministry said the weather was mild and the harvest was good.",
};

// Returns JSON Lines: document i is "n<i>" with report i % 6; every line whose
// number is in `bad` (1-based) is broken JSON instead.
std::string Stream(int count, const std::vector<int>& bad = {}) {
  std::string out;
  for (int i = 0; i < count; ++i) {
    if (std::find(bad.begin(), bad.end(), i + 1) != bad.end()) {
      out += "{\"id\": \"broken\", \"text\": \"unterminated\n";
      continue;
    }
    nlohmann::json line = {{"id", "n" + std::to_string(i)},
                           {"text", kReports[i % std::size(kReports)]},
                           {"published", "2024-03-0" + std::to_string(1 + i % 9)}};
    out += line.dump() + "\n";
  }
  return out;
}

class ExtractStreamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::signal(SIGPIPE, SIG_IGN);  // a closed child stdin is a write error here
    std::string tmpl = ::testing::TempDir() + "/extract_stream_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string ErrPath() const { return dir_ + "/stderr.txt"; }
  std::string Err() const {
    std::ifstream in(ErrPath());
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }

  // Pipes `input` through `sitrep extract - ...` (writing and reading at once);
  // returns stdout and sets the exit code and peak memory.
  std::string PipeThrough(const std::string& input, const std::vector<std::string>& extra,
                          int& exit_code, long* peak_rss_kb = nullptr) {
    std::vector<std::string> args = {"extract", "-", "--format", "jsonl"};
    args.insert(args.end(), extra.begin(), extra.end());
    PipeChild child(args, ErrPath());
    EXPECT_GT(child.pid(), 0);
    std::thread writer([&] {
      child.Write(input);
      child.CloseInput();
    });
    std::string out = child.ReadAll();
    writer.join();
    exit_code = child.Wait();
    if (peak_rss_kb) *peak_rss_kb = child.peak_rss_kb();
    return out;
  }

  std::string dir_;
};

TEST_F(ExtractStreamTest, TenThousandDocumentsInOrderBadLinesReportedOnce) {
  const std::vector<int> bad = {2, 5000, 9999};
  int rc = -1;
  long peak_big = 0, peak_small = 0;
  const std::string out = PipeThrough(Stream(10000, bad), {"--jobs", "2"}, rc, &peak_big);
  EXPECT_EQ(rc, 1) << "some lines failed";
  // One stderr line per bad line, naming it.
  std::istringstream err(Err());
  std::vector<std::string> err_lines;
  for (std::string l; std::getline(err, l);) err_lines.push_back(l);
  ASSERT_EQ(err_lines.size(), bad.size()) << Err();
  for (size_t i = 0; i < bad.size(); ++i) {
    EXPECT_EQ(err_lines[i].rfind("<stdin>:" + std::to_string(bad[i]) + ": ", 0), 0u)
        << err_lines[i];
  }
  // Events come out in input order, from documents on both sides of each bad line.
  std::istringstream lines(out);
  int last = -1, events = 0;
  std::set<int> docs_with_events;
  for (std::string l; std::getline(lines, l); ++events) {
    const auto e = nlohmann::json::parse(l);
    const int n = std::stoi(e.at("doc").get<std::string>().substr(1));
    EXPECT_GE(n, last);
    last = n;
    docs_with_events.insert(n);
  }
  EXPECT_GT(docs_with_events.size(), 5000u);
  EXPECT_GT(last, 9990);
  EXPECT_TRUE(docs_with_events.count(2) || docs_with_events.count(3) || docs_with_events.count(4));
  // Constant memory: a stream ten times longer needs about the same peak.
  PipeThrough(Stream(1000), {"--jobs", "2"}, rc, &peak_small);
  EXPECT_EQ(rc, 0) << Err();
  EXPECT_LT(peak_big, peak_small * 5 / 4) << "peak KiB: 10,000 docs " << peak_big
                                          << ", 1,000 docs " << peak_small;
}

TEST_F(ExtractStreamTest, EventsAreFlushedWhileTheInputIsStillOpen) {
  for (const char* jobs : {"1", "2"}) {
    PipeChild child({"extract", "-", "--format", "jsonl", "--jobs", jobs}, ErrPath());
    ASSERT_GT(child.pid(), 0);
    ASSERT_TRUE(child.Write(Stream(1)));  // one document, input left open
    std::string got;
    for (int i = 0; i < 100 && got.find('\n') == std::string::npos; ++i) got += child.ReadSome(100);
    ASSERT_NE(got.find('\n'), std::string::npos) << "no event before the input closed, jobs "
                                                  << jobs;
    EXPECT_EQ(nlohmann::json::parse(got.substr(0, got.find('\n'))).at("doc"), "n0");
    child.CloseInput();
    child.ReadAll();
    EXPECT_EQ(child.Wait(), 0) << Err();
  }
}

TEST_F(ExtractStreamTest, ReaderGoingAwayEndsItCleanly) {
  PipeChild child({"extract", "-", "--format", "jsonl", "--jobs", "2"}, ErrPath());
  ASSERT_GT(child.pid(), 0);
  std::thread writer([&] {
    // An unbounded stream: keep writing until the child stops reading.
    for (int round = 0; round < 200 && child.Write(Stream(500)); ++round) {}
  });
  std::string got;
  for (int i = 0; i < 100 && got.find('\n') == std::string::npos; ++i) got += child.ReadSome(100);
  ASSERT_NE(got.find('\n'), std::string::npos);
  child.CloseOutput();  // the reading side goes away mid-stream
  const int rc = child.Wait();
  child.CloseInput();
  writer.join();
  EXPECT_EQ(rc, 0) << "exit code or 128+signal";
  EXPECT_EQ(Err(), "") << "no error spam on a broken pipe";
}

}  // namespace
}  // namespace sitrep::cli
