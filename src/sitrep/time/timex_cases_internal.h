// Test support for the time stage's table-driven tests: one case is a
// sentence, the publication date (or none), and the timex expected in it.
// RunCase annotates the sentence with the real lexicons under data/ and
// checks that exactly one timex has the expected surface, type and value.
#ifndef SITREP_TIME_TIMEX_CASES_INTERNAL_H_
#define SITREP_TIME_TIMEX_CASES_INTERNAL_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "sitrep/base/paths.h"
#include "sitrep/document/document.h"
#include "sitrep/time/timex_annotator.h"

namespace sitrep::time {

struct TimexCase {
  const char* published;  // "" = none given
  const char* text;
  const char* surface;    // "" = no timex at all expected
  const char* type;       // DATE TIME DURATION SET
  const char* value;
};

inline const TimexAnnotator& SharedAnnotator() {
  static const std::unique_ptr<TimexAnnotator> annotator = [] {
    auto a = TimexAnnotator::Create({sitrep::DataDir()});
    if (!a.ok()) ADD_FAILURE() << a.status().ToString();
    return a.ok() ? std::move(*a) : nullptr;
  }();
  return *annotator;
}

inline document::Document AnnotateText(const std::string& text, const std::string& lang,
                                       const std::string& published) {
  document::Document doc("case", text);
  doc.lang = lang;
  doc.published = published;
  if (!published.empty()) doc.published_source = document::PublishedSource::kCommandLine;
  EXPECT_TRUE(SharedAnnotator().Annotate(doc).ok());
  return doc;
}

inline void RunCase(const TimexCase& c, const std::string& lang) {
  SCOPED_TRACE(std::string("text: ") + c.text + "  published: " + c.published);
  const document::Document doc = AnnotateText(c.text, lang, c.published);
  ASSERT_TRUE(doc.CheckSpans().ok()) << doc.CheckSpans().ToString();
  std::string all;
  for (const auto& t : doc.timexes) {
    all += "[" + t.text + " " + std::string(document::TimexTypeName(t.type)) + " " + t.value + "] ";
  }
  if (std::string(c.surface).empty()) {
    EXPECT_TRUE(doc.timexes.empty()) << "unexpected timexes: " << all;
    return;
  }
  const document::TimeExpr* found = nullptr;
  for (const auto& t : doc.timexes) {
    if (t.text == c.surface) found = &t;
  }
  ASSERT_NE(found, nullptr) << "no timex '" << c.surface << "'; got: " << all;
  EXPECT_EQ(document::TimexTypeName(found->type), c.type) << all;
  EXPECT_EQ(found->value, c.value) << all;
  EXPECT_EQ(found->anchor, doc.published);
}

}  // namespace sitrep::time

#endif  // SITREP_TIME_TIMEX_CASES_INTERNAL_H_
