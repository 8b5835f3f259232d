// The fuzzy step's winner check (ClearFuzzyWinner, linking_steps.cc): the
// first of the rank-ordered sound-alikes links only when it sounds closer than
// the runner-up or ranks clearly above it. Two places that sound and rank
// alike are a tie, and a tie links nothing (a wrong answer is worse than none).
#include <gtest/gtest.h>

#include <vector>

#include "sitrep/entities/linking_steps_internal.h"

namespace sitrep::entities {
namespace {

Resolved Candidate(const char* id, double score, double rank, const char* name = "", const char* country = "") {
  Resolved r;
  r.entity.id = id;
  r.entity.name = *name ? name : id;  // unnamed candidates are distinct places
  r.entity.country = country;
  r.score = score;
  r.rank = rank;
  return r;
}

TEST(ClearFuzzyWinnerTest, ALoneCandidateWins) {
  EXPECT_TRUE(ClearFuzzyWinner({Candidate("geo:kunduz", 0.81, 0.95)}));
}

TEST(ClearFuzzyWinnerTest, ATieOfSoundAndRankLinksNothing) {
  // Three towns that sound the same and weigh the same: none is the answer.
  EXPECT_FALSE(ClearFuzzyWinner({Candidate("geo:a", 0.83, 0.92), Candidate("geo:b", 0.83, 0.92)}));
  EXPECT_FALSE(ClearFuzzyWinner({Candidate("geo:a", 0.83, 0.93), Candidate("geo:b", 0.83, 0.91)}));
}

TEST(ClearFuzzyWinnerTest, ACloserSoundWins) {
  EXPECT_TRUE(ClearFuzzyWinner({Candidate("geo:a", 0.88, 0.93), Candidate("geo:b", 0.80, 0.92)}));
}

TEST(ClearFuzzyWinnerTest, AClearRankLeadWinsOverASoundAlike) {
  // Same sound, but the first lies in the document's country and is a seat.
  EXPECT_TRUE(ClearFuzzyWinner({Candidate("geo:a", 0.83, 1.05), Candidate("geo:b", 0.83, 0.92)}));
  // A runner-up that sounds closer but ranks far lower does not spoil the lead.
  EXPECT_TRUE(ClearFuzzyWinner({Candidate("geo:a", 0.80, 1.05), Candidate("geo:b", 0.84, 0.90)}));
}

TEST(ClearFuzzyWinnerTest, ACloserSoundRankedBelowIsNoWinner) {
  // The leader by rank sounds farther than the runner-up and leads by little.
  EXPECT_FALSE(ClearFuzzyWinner({Candidate("geo:a", 0.80, 0.95), Candidate("geo:b", 0.84, 0.93)}));
}

TEST(ClearFuzzyWinnerTest, ATownAndItsProvinceOfOneNameAreNoRivals) {
  // Kandahar the city and Kandahar the province: the rank already chose.
  EXPECT_TRUE(ClearFuzzyWinner({Candidate("geo:city", 0.9, 1.20, "Kandahar", "AF"),
                                Candidate("geo:province", 0.9, 1.17, "Kandahar", "AF")}));
  // The same name in another country is a rival.
  EXPECT_FALSE(ClearFuzzyWinner({Candidate("geo:a", 0.9, 1.20, "Santa Rosa", "PH"),
                                 Candidate("geo:b", 0.9, 1.17, "Santa Rosa", "HN")}));
  // A rival after the province still counts.
  EXPECT_FALSE(ClearFuzzyWinner({Candidate("geo:city", 0.9, 1.20, "Kandahar", "AF"),
                                 Candidate("geo:province", 0.9, 1.19, "Kandahar", "AF"),
                                 Candidate("geo:other", 0.9, 1.18, "Kanda", "AF")}));
}

}  // namespace
}  // namespace sitrep::entities
