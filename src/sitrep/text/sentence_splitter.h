// Sentence segmentation: ICU's sentence BreakIterator (UAX #29, with the
// document's locale), corrected by a few general rules, plus paragraph numbers.
//
// Rules, in order (each is a property of scripts or of data, not of a text):
//  1. Lines. A sentence never crosses a line break: every non-empty line is at
//     least one sentence, so infobox-like lines without final punctuation
//     ("Belligerents", "Date15 November – 15 December 2013") are sentences, and
//     no sentence spans a blank line.
//  2. Brackets. ICU's break after 。！？ (or . ! ?) is dropped when it falls
//     inside a bracket pair opened and closed on the same line: 「…。…」,
//     『…』, （…）, (…). Pairs come from Unicode's Bidi_Paired_Bracket data.
//     The closing bracket stays with its sentence (ICU's Close class).
//  3. Quotation continues. A break right after a closing bracket or closing
//     quote is dropped when hiragana follows: 「…した。」と述べた。 is one sentence.
//  4. Abbreviations. A break after "word." is dropped when the language's
//     abbreviation list (data/lang/<code>/abbreviations.txt) says so ("Gen.",
//     "No. 3"), after a single capital initial followed by a capital ("John F.
//     Kennedy"), after a dotted acronym ("U.S.", "U.N."), and when no space
//     separates an ASCII . ! ? from the next ASCII letter or digit (URLs).
//  5. Spans exclude surrounding white space; white-space-only pieces are dropped.
//  6. Length. A sentence longer than kMaxSentenceBytes (a run-on text with no
//     punctuation, a table flattened to one line) is cut into pieces of at
//     most that many bytes, each at the last white space or comma (, 、 ， ،)
//     in its second half, else at a code-point boundary: every later stage
//     then works on bounded sentences, whatever the input.
//
// Paragraphs: paragraph numbers start at 0 and grow by one at each non-empty
// line, except that a soft-wrapped line continues its paragraph. A line is
// soft-wrapped when the line just before it is non-empty and ends in a letter,
// digit, comma or hyphen, and the line itself starts with a lower-case letter.
// Blank lines therefore always start a new paragraph.
//
// Immutable after Create; Split is const and thread-safe.
#ifndef SITREP_TEXT_SENTENCE_SPLITTER_H_
#define SITREP_TEXT_SENTENCE_SPLITTER_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/base/status.h"
#include "sitrep/document/annotations.h"
#include "sitrep/lang/pack_set.h"
#include "sitrep/text/abbreviations.h"

namespace sitrep::text {

namespace internal {
class BreakPrototypes;
}  // namespace internal

class SentenceSplitter {
 public:
  // Loads the "abbreviations" table of every pack in `packs` that has one.
  static StatusOr<std::unique_ptr<SentenceSplitter>> Create(const lang::PackSet& packs);
  // As above, with the packs under `data_dir` ("" = the sitrep data directory).
  static StatusOr<std::unique_ptr<SentenceSplitter>> Create(const std::string& data_dir = "");
  // As Create, with the abbreviation lists given directly (language -> list).
  static std::unique_ptr<SentenceSplitter> CreateWith(std::map<std::string, Abbreviations> lists);
  ~SentenceSplitter();

  // Returns the sentences of `text` in order, with paragraph numbers. `lang`
  // picks the ICU locale and the abbreviation list ("": the list of the pack
  // the text's script suggests).
  // `cut`, when given, gets how many sentences rule 6 cut.
  StatusOr<std::vector<document::Sentence>> Split(std::string_view text, std::string_view lang,
                                                  size_t* cut = nullptr) const;

  // Far above any sentence a reporter writes (~300 bytes in English, ~450 in
  // Japanese), low enough that a stage's per-sentence work stays small.
  static constexpr size_t kMaxSentenceBytes = 2048;

 private:
  SentenceSplitter();
  const Abbreviations* ListFor(std::string_view lang, std::string_view text) const;

  lang::PackSet packs_;
  std::map<std::string, Abbreviations, std::less<>> abbreviations_;
  std::unique_ptr<internal::BreakPrototypes> prototypes_;
};

}  // namespace sitrep::text

#endif  // SITREP_TEXT_SENTENCE_SPLITTER_H_
