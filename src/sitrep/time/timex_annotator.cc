// PLACEHOLDER until the time stage lands.
#include "sitrep/time/timex_annotator.h"
namespace sitrep::time {
StatusOr<std::unique_ptr<TimexAnnotator>> TimexAnnotator::Create(TimexOptions) {
  return std::unique_ptr<TimexAnnotator>(new TimexAnnotator());
}
Status TimexAnnotator::Annotate(document::Document&) const { return OkStatus(); }
}  // namespace sitrep::time
