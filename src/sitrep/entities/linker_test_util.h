// Shared fixture for the entities tests: one linker (loaded once per test
// binary, with the compiled gazetteer when the build produced it) and a helper
// that runs the text stage and the linker over a string.
#ifndef SITREP_ENTITIES_LINKER_TEST_UTIL_H_
#define SITREP_ENTITIES_LINKER_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "sitrep/entities/entity_linker.h"
#include "sitrep/text/text_annotator.h"

namespace sitrep::entities::testing {

inline const EntityLinker& SharedLinker() {
  static const EntityLinker* linker = [] {
    auto l = EntityLinker::Create();
    if (!l.ok()) {
      ADD_FAILURE() << l.status().ToString();
      std::abort();
    }
    return std::move(l).value().release();
  }();
  return *linker;
}

inline document::Document Link(const std::string& text, const std::string& lang,
                               const EntityLinker& linker = SharedLinker()) {
  static const text::TextAnnotator* annotator = [] {
    auto a = text::TextAnnotator::Create();
    return a.ok() ? std::move(a).value().release() : nullptr;
  }();
  document::Document doc("test", text);
  doc.lang = lang;
  if (annotator) {
    EXPECT_TRUE(annotator->Annotate(doc).ok());
  }
  EXPECT_TRUE(linker.Annotate(doc).ok());
  return doc;
}

// Returns the mention spanning exactly `surface` (first occurrence), else one
// containing it or inside it (an Arabic clitic outside the name: بـ + الرقة), else nullptr.
inline const document::Mention* MentionOf(const document::Document& doc, const std::string& surface) {
  const size_t at = doc.text().find(surface);
  const document::Mention* containing = nullptr;
  for (const auto& m : doc.mentions) {
    if (m.text == surface) return &m;
    if (at == std::string::npos) continue;
    const bool contains = m.span.begin <= at && m.span.end >= at + surface.size();
    const bool inside = m.span.begin >= at && m.span.end <= at + surface.size();
    if (contains || inside) containing = &m;
  }
  return containing;
}

}  // namespace sitrep::entities::testing

#endif  // SITREP_ENTITIES_LINKER_TEST_UTIL_H_
