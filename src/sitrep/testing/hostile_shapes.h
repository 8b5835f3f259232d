// Hostile and unlucky input shapes (issue 15), generated at any size: the
// documents that once made a stage quadratic or exhausted memory. The
// robustness tests run each shape at a size where the old code took minutes,
// and `sitrep_scaling_bench` times each at 10 KB, 100 KB and 1 MB to show the
// time per MB stays flat. Nothing here is copied from a corpus: the words are
// generic, the places are written for these generators.
#ifndef SITREP_TESTING_HOSTILE_SHAPES_H_
#define SITREP_TESTING_HOSTILE_SHAPES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::testing {

// How a shape's bytes are read: as a text file, an HTML page, or one JSON
// Lines record whose "text" holds the content.
enum class ShapeFormat { kText, kHtml, kJsonl };

struct HostileShape {
  const char* name;         // "html_unclosed", …
  const char* lang;         // the language the document is read as
  ShapeFormat format;
  const char* description;  // what it does to the old code
  // Returns about `bytes` bytes of the shape (never fewer than one unit).
  std::string (*make)(size_t bytes);
};

// Returns every shape, in a fixed order.
const std::vector<HostileShape>& HostileShapes();

// Returns the shape named `name`; aborts when there is none (a test typo).
const HostileShape& HostileShapeNamed(std::string_view name);

// Returns `unit` repeated until the result holds at least `bytes` bytes.
std::string RepeatToSize(std::string_view unit, size_t bytes);

}  // namespace sitrep::testing

#endif  // SITREP_TESTING_HOSTILE_SHAPES_H_
