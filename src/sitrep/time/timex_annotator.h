// TimexAnnotator: the time stage. Recognizes temporal expressions, infers the
// publication date when neither metadata nor the command line gave one, and
// normalizes every expression to a TIMEX3 value against it.
//
// Each language pack that names a "time_grammar" plug-in (registered in
// grammar_registry.cc) gets that grammar and its "timex" table. Loaded
// resources are immutable after Create; Annotate is const and may run
// concurrently on different documents.
#ifndef SITREP_TIME_TIMEX_ANNOTATOR_H_
#define SITREP_TIME_TIMEX_ANNOTATOR_H_

#include <memory>
#include <string>
#include <vector>

#include "sitrep/base/status.h"
#include "sitrep/document/document.h"
#include "sitrep/lang/pack_set.h"

namespace sitrep::time {

struct TimexOptions {
  std::string data_dir;  // "" = DataDir()
};

class TimexAnnotator {
 public:
  static StatusOr<std::unique_ptr<TimexAnnotator>> Create(const lang::PackSet& packs,
                                                          TimexOptions options = {});
  // As above, with the packs found under the data directory (tools, tests).
  static StatusOr<std::unique_ptr<TimexAnnotator>> Create(TimexOptions options = {});
  ~TimexAnnotator();
  // Adds doc.timexes; sets doc.published (kInferred) when it was empty and the
  // text allows. The language is doc.lang's pack, or when doc.lang is empty
  // the pack its script suggests. Sentences are optional: TimeExpr::sentence
  // is -1 without them.
  Status Annotate(document::Document& doc) const;

 private:
  struct Language;
  TimexAnnotator();
  const Language* LanguageFor(const document::Document& doc) const;
  lang::PackSet packs_;
  std::vector<std::unique_ptr<Language>> languages_;
};

}  // namespace sitrep::time

#endif  // SITREP_TIME_TIMEX_ANNOTATOR_H_
