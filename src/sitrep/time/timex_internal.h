// Internals of the time stage shared by its files: the per-language timex
// lexicon (data/lang/<code>/timex.tsv), the token stream the grammars match
// over, and the Resolver that turns calendar facts into TIMEX3 values against
// an optional anchor (the publication date).
//
// Design: recognition is a two-level scan. Scan() cuts the UTF-8 text into
// numbers (ASCII, full-width, Arabic-Indic and kanji numerals), lexicon words (longest match,
// case-insensitive for Latin letters), other words and single symbols, all
// keyed by byte offsets. A language grammar (grammar_en.cc, grammar_ja.cc) then
// matches patterns over those tokens; it names categories ("month",
// "weekday", "unit"...) and never literal words, so adding words is a data
// change. Resolution needs the anchor; without one, relative expressions keep
// TIMEX3 X placeholders instead of invented dates.
#ifndef SITREP_TIME_TIMEX_INTERNAL_H_
#define SITREP_TIME_TIMEX_INTERNAL_H_

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "sitrep/base/date.h"
#include "sitrep/base/status.h"
#include "sitrep/base/tsv.h"
#include "sitrep/document/annotations.h"
#include "sitrep/lang/plugin_registry.h"

namespace sitrep::time {

// One lexicon line: the word belongs to `category` with a normalized `value`.
struct LexEntry {
  std::string category;
  std::string value;
};

// Immutable after Load; safe to share across threads.
class Lexicon {
 public:
  // Loads "category<TAB>surface<TAB>value" lines ('#' starts a comment).
  static StatusOr<Lexicon> Load(const std::string& path);
  static Lexicon FromString(std::string_view tsv);
  static Lexicon FromRows(std::vector<TsvRow> rows);

  // Returns the entries of the longest surface starting at `pos` in `lower`
  // (the ASCII-lowercased text) and sets `len`; nullptr when none matches.
  // Latin surfaces must end on a word boundary.
  const std::vector<LexEntry>* LongestMatch(std::string_view lower, size_t pos,
                                           size_t& len) const;
  // Returns the value of setting `name` (category "setting"), or `fallback`.
  std::string Setting(std::string_view name, std::string fallback) const;
  // Returns the value of setting `lower_name` (already lower case), or
  // nullptr: Setting without building a string (grammars read settings at
  // every token).
  const std::string* FindSetting(std::string_view lower_name) const;
  bool empty() const { return entries_.empty(); }

 private:
  // Looked up by string_view (no string built per position and length).
  struct ViewHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::vector<LexEntry>, ViewHash, std::equal_to<>> entries_;
  // The "setting" rows (lowered name, value) in file order: a handful, read
  // without hashing by FindSetting.
  std::vector<std::pair<std::string, std::string>> settings_;
  // For each first byte, the distinct lengths of the surfaces starting with
  // it, longest first: LongestMatch tries only lengths that can match there
  // (most positions of a text start no surface at all). A surface at least
  // PrefixBytes long is kept by its first PrefixBytes bytes instead (two
  // ASCII letters, or a whole non-ASCII character: one lead byte is shared by
  // thousands of kanji), so a position tries only the lengths of surfaces
  // that begin like it; lengths_by_first_ keeps the shorter ones.
  static size_t PrefixBytes(unsigned char lead);
  // LongestMatch over one list of lengths.
  const std::vector<LexEntry>* LongestOf(const std::vector<size_t>& lengths,
                                         std::string_view lower, size_t pos, size_t& len) const;
  static uint32_t PrefixKey(std::string_view s, size_t n);
  std::array<std::vector<size_t>, 256> lengths_by_first_;
  std::unordered_map<uint32_t, std::vector<size_t>> lengths_by_prefix_;
};

enum class TokKind { kNum, kWord, kSym };

struct Tok {
  size_t begin = 0, end = 0;
  TokKind kind = TokKind::kSym;
  std::string text;                // lowercased surface (ASCII letters only lowered)
  long num = -1;                   // kNum: the value
  int digits = 0;                  // kNum: number of digit characters (0 for kanji)
  bool grouped = false;            // kNum: had thousands separators ("2,000")
  bool space_before = false;       // whitespace between this and the previous token
  bool newline_before = false;     // a line break between this and the previous token
  const std::vector<LexEntry>* lex = nullptr;

  // Returns the value of this token's entry in `category`, or nullptr.
  const std::string* Get(std::string_view category) const;
  bool Is(std::string_view category) const { return Get(category) != nullptr; }
};

// Returns the tokens of `text`.
std::vector<Tok> Scan(std::string_view text, const Lexicon& lex);

// Returns the value of a kanji numeral ("十二" = 12, "二〇二四" = 2024), or -1.
long ParseKanjiNumber(std::string_view s);

// Turns calendar facts into TIMEX3 values against an optional anchor.
class Resolver {
 public:
  explicit Resolver(std::optional<Date> anchor) : anchor_(anchor) {}
  const std::optional<Date>& anchor() const { return anchor_; }
  // Returns a copy that completes year-less dates by the clause's tense:
  // -1 past (the latest such date up to the anchor), +1 future, 0 unknown.
  Resolver WithTense(int tense) const {
    Resolver r = *this;
    r.tense_ = tense;
    return r;
  }

  static std::string Day(const Date& d) { return d.ToString(); }
  // "YYYY-MM" / "YYYY" / "XXXX-MM-DD" style pieces.
  static std::string Month(int year, int month);
  static std::string Year(int year);
  // Returns the anchor moved by `days`, or "XXXX-XX-XX".
  std::string RelDay(long days) const;
  std::optional<Date> RelDate(long days) const;
  // Returns the ISO week `weeks` away from the anchor's, or "XXXX-WXX".
  std::string RelWeek(long weeks) const;
  std::string RelMonth(int months) const;
  std::string RelYear(int years) const;
  // Resolves a weekday (1 = Monday) relative to the anchor: dir 0 = nearest past
  // or the anchor itself, -1 = strictly before, +1 = strictly after, 2 = nearest
  // future or the anchor itself, 3 = the anchor's ISO week.
  std::optional<Date> Weekday(int weekday, int dir) const;
  // Completes a day without a year: the year that puts it nearest the anchor.
  std::string MonthDay(int month, int day) const;
  std::optional<Date> MonthDayDate(int month, int day) const;
  // Completes a month without a year the same way ("XXXX-MM" without anchor).
  std::string MonthOnly(int month) const;
  // "last May" (shift -1), "this May" (0), "next May" (+1).
  std::string ShiftedMonth(int month, int shift) const;

 private:
  std::optional<Date> anchor_;
  int tense_ = 0;
};

// One recognized expression: its byte span, type and value.
struct Match {
  size_t next = 0;  // index of the first token after the match
  size_t begin = 0, end = 0;
  document::TimexType type = document::TimexType::kDate;
  std::string value;
  bool explicit_full_date = false;  // names year, month and day in the text
  bool deictic = false;             // needs the anchor (today, last week, Friday...)
  // Dates only the report of what happened (内務省が19日、明らかにした): a later
  // 同じ日 / "the same day" is the day of the deed named before, not this one.
  bool dates_report = false;
};

// A grammar scans tokens from `i` and returns the best match starting there.
// `lex` supplies settings such as the numeric date order ("mdy" or "dmy").
using GrammarFn = std::optional<Match> (*)(const std::vector<Tok>& toks, size_t i,
                                          std::string_view text, const Resolver& r,
                                          const Lexicon& lex);
std::optional<Match> MatchEnglish(const std::vector<Tok>& toks, size_t i, std::string_view text,
                                  const Resolver& r, const Lexicon& lex);
std::optional<Match> MatchJapanese(const std::vector<Tok>& toks, size_t i, std::string_view text,
                                   const Resolver& r, const Lexicon& lex);
// Speed: most tokens of a text start no time expression, and trying every
// rule at each costs a tenth of the pipeline. A grammar first asks whether
// its rules could read token `t` as a first token at all: every rule begins
// with a number, a lexicon word or (English) one of the few literal words or
// symbols the rules name, so a token that is none of these is skipped; so is
// an English word whose only categories are cues read beside an expression
// (monthcue, yearcue, pastcue, timezone...: EnglishCanStart lists them).
// MatchEnglishRules / MatchJapaneseRules are the grammars without that
// check; grammar_prefilter_test checks that they find nothing at a token the
// check skips.
bool EnglishCanStart(const Tok& t);
bool JapaneseCanStart(const Tok& t);
std::optional<Match> MatchEnglishRules(const std::vector<Tok>& toks, size_t i,
                                       std::string_view text, const Resolver& r,
                                       const Lexicon& lex);
std::optional<Match> MatchJapaneseRules(const std::vector<Tok>& toks, size_t i,
                                        std::string_view text, const Resolver& r,
                                        const Lexicon& lex);
// Modifiers after their head, days before months (grammar_head_first.cc).
std::optional<Match> MatchHeadFirst(const std::vector<Tok>& toks, size_t i, std::string_view text,
                                    const Resolver& r, const Lexicon& lex);

// Returns the registry of the grammar plug-ins a pack's "time_grammar" names
// (grammar_registry.cc).
const lang::PluginRegistry<GrammarFn>& GrammarRegistry();

// Returns the placeholder value of a date relative to the last date the text
// named ("that day" = ReferenceValue("D", 0), "the following year" = ("Y", 1));
// RecognizeAll replaces it, falling back to the anchor when no date precedes.
std::string ReferenceValue(const std::string& unit, int offset);

// Returns the placeholder of a fiscal period relative to the quarter the
// report is about (the latest quarter the text named), as business news
// compares results: "a year earlier" after "third-quarter profit" is the third
// quarter a year before. `year_spec` is a signed year offset from that quarter
// ("-1") or an absolute year ("=1988"); `quarter` 1-4 overrides the quarter
// number (0 keeps it). RecognizeAll uses `fallback` when no quarter precedes.
std::string QuarterRef(const std::string& year_spec, int quarter, const std::string& fallback);

// Runs `grammar` over the whole token stream, leftmost-longest, no overlaps,
// and resolves reference placeholders against the latest preceding date.
std::vector<Match> RecognizeAll(const std::vector<Tok>& toks, std::string_view text,
                                GrammarFn grammar, const Resolver& r, const Lexicon& lex);

}  // namespace sitrep::time

#endif  // SITREP_TIME_TIMEX_INTERNAL_H_
