// Every hostile input shape (testing/hostile_shapes.h), generated here, goes
// through the reader and the whole pipeline: each document is read, every
// stage runs without an error, every span obeys the document invariant, and
// the work the later stages are given (work_budget.h, a count, not a clock)
// grows no faster than the input from 16 KB to 64 KB. Speed itself is measured
// by `sitrep_scaling_bench` (make bench), never by a timed test.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "sitrep/ingest/reader.h"
#include "sitrep/pipeline/pipeline.h"
#include "sitrep/testing/hostile_shapes.h"

namespace sitrep::pipeline {
namespace {

using sitrep::testing::HostileShape;
using sitrep::testing::ShapeFormat;

const Pipeline& ThePipeline() {
  static auto pipe = Pipeline::Create();
  EXPECT_TRUE(pipe.ok()) << pipe.status().ToString();
  return **pipe;
}

// Returns the work units of the documents read from `shape` at `size`; checks
// each as it goes.
uint64_t RunShape(const HostileShape& shape, size_t size) {
  std::string bytes = shape.make(size);
  if (shape.format == ShapeFormat::kJsonl) {
    bytes = nlohmann::json({{"id", shape.name}, {"text", bytes}}).dump() + "\n";
  }
  std::istringstream in(bytes);
  ingest::ReadOptions read;
  read.lang = shape.lang;
  read.published = "2024-03-20";
  uint64_t units = 0;
  int documents = 0;
  ingest::ReadStream(
      in, std::string(shape.name) + (shape.format == ShapeFormat::kHtml ? ".html" : ".txt"), read,
      [&](document::Document&& doc) {
        ++documents;
        EXPECT_TRUE(ThePipeline().Run(doc).ok()) << shape.name;
        EXPECT_EQ(doc.CheckSpans().ToString(), "OK") << shape.name;
        for (const auto& d : doc.diagnostics) {
          EXPECT_NE(d.severity, document::Severity::kError) << shape.name << ": " << d.stage << ": " << d.message;
        }
        units += WorkUnits(doc);
      },
      [&](const ingest::InputError& e) { ADD_FAILURE() << shape.name << ": " << e.reason; });
  EXPECT_EQ(documents, 1) << shape.name;
  return units;
}

class HostileShapesTest : public ::testing::TestWithParam<size_t> {};

TEST_P(HostileShapesTest, IsReadWholeAndItsWorkGrowsWithItsSize) {
  const HostileShape& shape = sitrep::testing::HostileShapes()[GetParam()];
  const uint64_t small = RunShape(shape, 16'000);
  const uint64_t large = RunShape(shape, 64'000);
  // Four times the input: at most four times the work, with room for the
  // shapes' rounding to whole units.
  EXPECT_LE(large, 5 * small + 100) << shape.name << ": " << small << " -> " << large;
}

INSTANTIATE_TEST_SUITE_P(Shapes, HostileShapesTest,
                         ::testing::Range<size_t>(0, sitrep::testing::HostileShapes().size()),
                         [](const ::testing::TestParamInfo<size_t>& info) {
                           return std::string(sitrep::testing::HostileShapes()[info.param].name);
                         });

}  // namespace
}  // namespace sitrep::pipeline
