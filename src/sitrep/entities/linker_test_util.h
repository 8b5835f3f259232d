// Shared fixture for the entities tests: one linker (loaded once per test
// binary, with the compiled gazetteer when the build produced it), a helper
// that runs the text stage and the linker over a string, and one that checks a
// place expectation.
#ifndef SITREP_ENTITIES_LINKER_TEST_UTIL_H_
#define SITREP_ENTITIES_LINKER_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <memory>
#include <optional>
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

// One expectation on a place: `surface` in `text` is a place or country mention
// linked in `country`; with `country` "" it must not be read as a place or country.
struct PlaceCase {
  std::string text, surface, country;
};

// Links `c.text` with the shared linker and checks `c`; returns a copy of the
// mention when one was expected and found linked (for further checks).
inline std::optional<document::Mention> ExpectPlace(const PlaceCase& c, const std::string& lang = "en") {
  const document::Document doc = Link(c.text, lang);
  const document::Mention* m = MentionOf(doc, c.surface);
  const bool place = m && (m->kind == document::MentionKind::kPlace || m->kind == document::MentionKind::kCountry);
  if (c.country.empty()) {
    EXPECT_FALSE(place) << c.surface << " taken as a place in: " << c.text;
    return std::nullopt;
  }
  EXPECT_NE(m, nullptr) << "no mention of " << c.surface << " in: " << c.text;
  if (!m) return std::nullopt;
  EXPECT_TRUE(m->entity) << c.surface << " unlinked in: " << c.text;
  if (!m->entity) return std::nullopt;
  EXPECT_EQ(m->entity->country, c.country) << c.text << " -> " << m->entity->name;
  return *m;
}

}  // namespace sitrep::entities::testing

#endif  // SITREP_ENTITIES_LINKER_TEST_UTIL_H_
