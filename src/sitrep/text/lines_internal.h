// Lines and paragraphs of a text, and small UTF-8 scanning helpers, for the
// sentence splitter (text/ only). A line ends at LF, CR LF, a lone CR, U+0085,
// U+2028 or U+2029; the paragraph rule is documented in sentence_splitter.h.
#ifndef SITREP_TEXT_LINES_INTERNAL_H_
#define SITREP_TEXT_LINES_INTERNAL_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace sitrep::text::internal {

struct Line {
  size_t begin = 0;
  size_t end = 0;      // excludes the line terminator
  int paragraph = -1;  // -1 for blank (white-space-only) lines
};

// Returns the lines of `text` in order, with paragraph numbers.
std::vector<Line> SplitLines(std::string_view text);

// Returns the code point before byte `pos` (0 at the start) and moves `pos` to its start.
char32_t Prev(std::string_view s, size_t& pos);
// Returns the code point at `pos` without moving, or 0 at the end.
char32_t At(std::string_view s, size_t pos);
// Returns true for white space, including U+FEFF and U+200B.
bool IsSpace(char32_t c);
// Returns true for the line terminators listed above.
bool IsLineBreak(char32_t c);
// Returns [begin, end) shrunk past white space at both ends.
void TrimSpaces(std::string_view s, size_t& begin, size_t& end);

}  // namespace sitrep::text::internal

#endif  // SITREP_TEXT_LINES_INTERNAL_H_
