// The linker is shared by the pipeline's worker threads: its fuzzy-search memo
// is filled by all of them at once. Several threads linking the same stream of
// reports (each with a name new to the memo, so threads race to compute and
// store the same key) must give exactly what one thread gives.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "sitrep/entities/entity_linker.h"
#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

// Reports naming places in several wars, each with a made-up capitalised name
// (the fuzzy search's work), so that every document asks the memo new keys.
std::vector<std::string> Reports() {
  const std::vector<std::string> reports = {
      "Militias clashed with police in Goma overnight, Bulletin said.",
      "Shelling was reported near Kharkiw on Monday, residents told Kaliman.",
      "Troops entered Khartum after heavy fighting, Dispatch reported.",
      "A drone hit a depot outside Mandaly, Observer wrote.",
      "Protesters marched in Sittwe against the curfew, Chronicle said."};
  std::vector<std::string> out;
  for (size_t i = 0; i < 200; ++i) {
    // A made-up capitalised name per document: a key no thread has asked yet.
    const std::string name = std::string("Mar") + char('a' + i % 26) + char('a' + i / 26 % 26) + "an";
    out.push_back(reports[i % reports.size()] + " " + name + " said.");
  }
  return out;
}

std::string Links(const document::Document& doc) {
  std::string out;
  for (const auto& m : doc.mentions) out += m.text + "=" + (m.entity ? m.entity->id : "") + ";";
  return out;
}

TEST(EntityLinkerThreadsTest, ThreadsSharingTheMemoLinkAsOneThreadDoes) {
  const std::vector<std::string> reports = Reports();
  std::vector<std::string> want;
  {
    auto one = EntityLinker::Create();
    ASSERT_TRUE(one.ok()) << one.status().ToString();
    for (const auto& r : reports) want.push_back(Links(testing::Link(r, "en", **one)));
  }
  for (int round = 0; round < 3; ++round) {
    auto shared = EntityLinker::Create();  // a fresh, empty memo each round
    ASSERT_TRUE(shared.ok()) << shared.status().ToString();
    constexpr int kThreads = 4;
    std::vector<std::vector<std::string>> got(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&, t] {
        for (const auto& r : reports) got[t].push_back(Links(testing::Link(r, "en", **shared)));
      });
    }
    for (auto& th : threads) th.join();
    for (int t = 0; t < kThreads; ++t) EXPECT_EQ(got[t], want) << "round " << round << " thread " << t;
  }
}

}  // namespace
}  // namespace sitrep::entities
