// PLACEHOLDER until the text stage lands.
#include "sitrep/text/text_annotator.h"
namespace sitrep::text {
StatusOr<std::unique_ptr<TextAnnotator>> TextAnnotator::Create(TextOptions) {
  return std::unique_ptr<TextAnnotator>(new TextAnnotator());
}
Status TextAnnotator::Annotate(document::Document&) const { return OkStatus(); }
}  // namespace sitrep::text
