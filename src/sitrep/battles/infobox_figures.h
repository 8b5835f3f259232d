// Readers for the items of an infobox side: strength lines ("~10,000 Syrian
// Army troops", "25,000–30,000 rebels (per SOHR)"), casualty lines ("180 killed
// (47 Hezbollah fighters; Army claim)"), commanders with their marks ("Abu Malek
// al-Tallah (WIA)", "Badi Ali †") and unit names ("Liwa'a Zulfiqar (Iraqi
// militia)"). Pure functions of one line and the lexicon.
#ifndef SITREP_BATTLES_INFOBOX_FIGURES_H_
#define SITREP_BATTLES_INFOBOX_FIGURES_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/battles/infobox_lexicon.h"
#include "sitrep/document/battle.h"

namespace sitrep::battles {

// A figure as written: one number or a range, maybe approximate.
struct Figure {
  long value = 0;
  std::optional<long> high;   // set for "25,000–30,000"
  bool approx = false;        // "~", "about", "over", "500+"
  size_t begin = 0, end = 0;  // byte range in the text it was read from
};

// Figures have at most this many digits (a trillion is beyond any count).
inline constexpr size_t kMaxFigureDigits = 12;

// Returns true when `text` holds a number past any figure: more than
// kMaxFigureDigits digits, or that many once its multiplier word is applied
// ("99999999999999万").
bool HasOverlongNumber(std::string_view text, const InfoboxLexicon& lex);

// Returns the first figure in `text` (approximation words before it included);
// numbers past any figure are skipped, and so is a range with such an end
// ("5–" and thirty digits is no figure 5).
std::optional<Figure> FindFigure(std::string_view text, const InfoboxLexicon& lex);

// Returns the claimant named by `part` ("Army claim", "per SOHR", "according to
// the UN"), or "" when `part` names none.
std::string ClaimantOf(std::string_view part, const InfoboxLexicon& lex);

// Returns the strength entry of one line.
document::Strength ParseStrength(std::string_view line, const InfoboxLexicon& lex);

// Returns the casualty entry of one line, in phase `phase` ("" when none).
// A line without figures ("Unknown", "Low hundreds of losses") keeps its text.
document::Casualty ParseCasualty(std::string_view line, const std::string& phase,
                                 const InfoboxLexicon& lex);

// A heading inside a casualties or strength list: "First phase:" sets the
// phase of the lines below it, "Per SOHR:" their claimant.
struct ListHeading {
  std::string phase;
  std::string claimant;
};
// Returns the heading `line` is, or nullopt when it is an ordinary item.
std::optional<ListHeading> ParseListHeading(std::string_view line, const InfoboxLexicon& lex);

struct Commander {
  std::string name;
  std::string note;  // "WIA", "KIA", ... ("" when none)
  std::string role;  // "Qalamoun commander"
};
// Returns the commander named by `line` (rank and marks stripped), or nullopt
// when the line only describes the one before it ("(Qalamoun commander)"),
// in which case that description is returned in `role_out`.
std::optional<Commander> ParseCommander(std::string_view line, const InfoboxLexicon& lex,
                                        std::string* role_out);

// Returns `name` without parenthesized descriptions, bracketed citation marks
// and trailing punctuation ("Liwa'a Zulfiqar (Iraqi militia)" -> "Liwa'a Zulfiqar").
std::string CleanName(std::string_view name);

// Splits `text` into its parenthesized parts and the rest: "180 killed (47
// Hezbollah fighters; Army claim)" -> rest "180 killed", parts {"47 Hezbollah
// fighters", "Army claim"} (split at ';'). Unclosed parentheses run to the end.
void SplitParentheses(std::string_view text, std::string* rest, std::vector<std::string>* parts);

}  // namespace sitrep::battles

#endif  // SITREP_BATTLES_INFOBOX_FIGURES_H_
