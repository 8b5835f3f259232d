// Syntax: how a language orders and marks the parts of a clause, as its pack's
// manifest describes it (data/lang/<code>/manifest.tsv). The events stage reads
// roles through this description instead of asking "is this Japanese?":
//
//   word_order     SVO | VSO | SOV; several may be listed, the usual one first
//                  ("VSO SVO" for Arabic news, which uses both)
//   role_marking   prepositions (a word before the noun: "by X", "من قبل X"),
//                  postpositions (a particle after it: "Xが", "Xを"),
//                  case (an inflection of the noun itself)
//   passive        auxiliary (a form of "be" before the verb), affix (a verb
//                  prefix or suffix: di-, される), pattern (vowel pattern or a
//                  light verb: تمّ + masdar), none
//   genitive       before (the possessor precedes its head: "X's", "Xの") or
//                  after ("the capture of X", "قصف الطيران")
//   modifier       before (a nationality or noun modifier precedes its noun:
//                  "Russian forces") or after ("pasukan Rusia", "القوات الروسية")
//   goal_marks_object  yes when the goal marker also marks the one acted on
//                  (Japanese に: "民間人に発砲した")
//   matching       words (tables are word sequences) or substrings (tables are
//                  plain strings, for scripts written without spaces)
//
// A plain value type; immutable once parsed.
#ifndef SITREP_LANG_SYNTAX_H_
#define SITREP_LANG_SYNTAX_H_

#include <string>
#include <string_view>
#include <vector>

#include "sitrep/base/status.h"

namespace sitrep::lang {

enum class WordOrder { kSVO, kVSO, kSOV };
enum class RoleMarking { kPrepositions, kPostpositions, kCase };
enum class Passive { kNone, kAuxiliary, kAffix, kPattern };
enum class Genitive { kBefore, kAfter };
enum class Matching { kWords, kSubstrings };

struct Syntax {
  std::vector<WordOrder> orders = {WordOrder::kSVO};  // the usual order first; never empty
  RoleMarking marking = RoleMarking::kPrepositions;
  Passive passive = Passive::kAuxiliary;
  Genitive genitive = Genitive::kAfter;
  Genitive modifier = Genitive::kBefore;  // where a modifier stands (before/after its noun)
  bool goal_marks_object = false;
  Matching matching = Matching::kWords;

  WordOrder order() const { return orders.front(); }
  // True when `o` is one of the language's orders.
  bool Allows(WordOrder o) const;
  // True when the subject carries a marker of its own (a particle or a case
  // ending), so an unmarked noun before the verb is not the subject.
  bool subject_marked() const { return marking != RoleMarking::kPrepositions; }
  // True when a marker after a coordination ("XとYが") covers every member.
  bool marker_follows_noun() const { return marking == RoleMarking::kPostpositions; }
  // True when the verb ends the clause (SOV): a reporting verb closes what it
  // reports, and relative clauses precede the noun they describe
  // ("神経ガスを使用したアサド"), so a subject may follow its verb.
  bool verb_final() const { return order() == WordOrder::kSOV; }
  // True when tables match as word sequences (space-separated scripts).
  bool words() const { return matching == Matching::kWords; }
};

// Sets the field named `key` of `syntax` from `values` (the manifest cells
// after the key). Returns InvalidArgument naming the key and the bad value;
// NotFound when `key` is not a syntax key.
Status SetSyntaxField(Syntax& syntax, std::string_view key, const std::vector<std::string>& values);

// Returns the manifest spelling of a word order ("SVO").
std::string_view WordOrderName(WordOrder o);

}  // namespace sitrep::lang

#endif  // SITREP_LANG_SYNTAX_H_
