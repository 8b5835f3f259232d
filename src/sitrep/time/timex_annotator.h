// TimexAnnotator: the time stage. Recognizes temporal expressions, infers the
// publication date when neither metadata nor the command line gave one, and
// normalizes every expression to a TIMEX3 value against it.
#ifndef SITREP_TIME_TIMEX_ANNOTATOR_H_
#define SITREP_TIME_TIMEX_ANNOTATOR_H_

#include <memory>

#include "sitrep/base/status.h"
#include "sitrep/document/document.h"

namespace sitrep::time {

struct TimexOptions {
  std::string data_dir;  // "" = DataDir()
};

class TimexAnnotator {
 public:
  static StatusOr<std::unique_ptr<TimexAnnotator>> Create(TimexOptions options = {});
  // Adds doc.timexes; sets doc.published (kInferred) when it was empty and the
  // text allows. REQUIRES: the text stage has run.
  Status Annotate(document::Document& doc) const;

 private:
  TimexAnnotator() = default;
};

}  // namespace sitrep::time

#endif  // SITREP_TIME_TIMEX_ANNOTATOR_H_
