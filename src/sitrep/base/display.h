// Text for a terminal: what the CLI prints of texts, ids, titles and file
// names that came from input. Input is never trusted to be printable: a file
// name may hold bytes that are not UTF-8, a text may hold an escape sequence
// that recolours, retitles or clears the user's terminal, or a bidi override
// that shows "gpj.exe" as "exe.jpg". Each such byte or code point is written
// as a visible escape instead, so what is printed is inert and still tells the
// user exactly what was there.
#ifndef SITREP_BASE_DISPLAY_H_
#define SITREP_BASE_DISPLAY_H_

#include <string>
#include <string_view>

namespace sitrep {

enum class DisplayLines {
  kOneLine,  // a table cell or a name: LF, CR and TAB are escaped too
  kKeep,     // a text body: LF and TAB are kept, every other control escaped
};

// Returns `s` with every byte of an invalid UTF-8 sequence written "\xFF",
// every C0 control and DEL written "\x1B" (except LF and TAB under kKeep), and
// every C1 control, bidi embedding/override/isolate and line/paragraph
// separator written "\u202E". Valid, printable text comes back unchanged.
std::string ForDisplay(std::string_view s, DisplayLines lines = DisplayLines::kOneLine);

// Returns true when ForDisplay(s, lines) would return `s` unchanged.
bool IsDisplaySafe(std::string_view s, DisplayLines lines = DisplayLines::kOneLine);

}  // namespace sitrep

#endif  // SITREP_BASE_DISPLAY_H_
