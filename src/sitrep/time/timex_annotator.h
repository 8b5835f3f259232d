// TimexAnnotator: the time stage. Recognizes temporal expressions, infers the
// publication date when neither metadata nor the command line gave one, and
// normalizes every expression to a TIMEX3 value against it.
//
// Loaded resources (one lexicon per language, data/lang/<code>/timex.tsv) are
// immutable after Create; Annotate is const and may run concurrently on
// different documents.
#ifndef SITREP_TIME_TIMEX_ANNOTATOR_H_
#define SITREP_TIME_TIMEX_ANNOTATOR_H_

#include <memory>
#include <string>
#include <vector>

#include "sitrep/base/status.h"
#include "sitrep/document/document.h"

namespace sitrep::time {

struct TimexOptions {
  std::string data_dir;  // "" = DataDir()
};

class TimexAnnotator {
 public:
  static StatusOr<std::unique_ptr<TimexAnnotator>> Create(TimexOptions options = {});
  ~TimexAnnotator();
  // Adds doc.timexes; sets doc.published (kInferred) when it was empty and the
  // text allows. The language is doc.lang, or guessed from the script when
  // empty. Sentences are optional: TimeExpr::sentence is -1 without them.
  Status Annotate(document::Document& doc) const;

 private:
  struct Language;
  TimexAnnotator();
  const Language* LanguageFor(const document::Document& doc) const;
  std::vector<std::unique_ptr<Language>> languages_;
};

}  // namespace sitrep::time

#endif  // SITREP_TIME_TIMEX_ANNOTATOR_H_
