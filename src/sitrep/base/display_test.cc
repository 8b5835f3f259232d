// ForDisplay: table-driven over what input can smuggle to a terminal (escape
// sequences, C1 controls, bidi overrides, bytes that are not UTF-8) and what
// must pass untouched (text in several scripts).
#include "sitrep/base/display.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

using namespace std::string_literals;

TEST(ForDisplayTest, EscapesWhatSteersATerminal) {
  struct Case {
    std::string in, one_line, keep;
  };
  const Case cases[] = {
      {"plain", "plain", "plain"},
      {"Хмельницкий ダマスカス حلب", "Хмельницкий ダマスカス حلب", "Хмельницкий ダマスカス حلب"},
      {"red \x1b[31malert\x1b[0m", "red \\x1B[31malert\\x1B[0m", "red \\x1B[31malert\\x1B[0m"},
      {"title\x1b]0;pwned\x07", "title\\x1B]0;pwned\\x07", "title\\x1B]0;pwned\\x07"},
      {"csi \xC2\x9B" "2J", "csi \\u009B2J", "csi \\u009B2J"},
      {"gpj\xE2\x80\xAE.exe", "gpj\\u202E.exe", "gpj\\u202E.exe"},
      {"isolate \xE2\x81\xA6x", "isolate \\u2066x", "isolate \\u2066x"},
      {"line\nnext\ttab\rcr", "line\\x0Anext\\x09tab\\x0Dcr", "line\nnext\ttab\\x0Dcr"},
      {"nul\0here"s, "nul\\x00here", "nul\\x00here"},
      {"del\x7f", "del\\x7F", "del\\x7F"},
      {"latin1 caf\xE9.txt", "latin1 caf\\xE9.txt", "latin1 caf\\xE9.txt"},
      {"cut \xE3\x83", "cut \\xE3\\x83", "cut \\xE3\\x83"},
      {"overlong \xC0\xAF", "overlong \\xC0\\xAF", "overlong \\xC0\\xAF"},
      {"surrogate \xED\xA0\x80", "surrogate \\xED\\xA0\\x80", "surrogate \\xED\\xA0\\x80"},
      {"stray \x80 byte", "stray \\x80 byte", "stray \\x80 byte"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ForDisplay(c.in), c.one_line) << c.in;
    EXPECT_EQ(ForDisplay(c.in, DisplayLines::kKeep), c.keep) << c.in;
    EXPECT_EQ(IsDisplaySafe(c.in), c.in == c.one_line) << c.in;
  }
}

TEST(ForDisplayTest, OutputIsAlwaysValidPrintableUtf8) {
  std::string all;
  for (int b = 0; b < 256; ++b) all += static_cast<char>(b);
  const std::string shown = ForDisplay(all + all);
  EXPECT_TRUE(IsDisplaySafe(shown));
  for (unsigned char c : shown) EXPECT_TRUE(c >= 0x20 && c < 0x7F) << int(c);
}

}  // namespace
}  // namespace sitrep
