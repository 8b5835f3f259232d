// libFuzzer target: the two infobox readers of the battles stage on their own
// — the MediaWiki markup cleaner (comments, <ref>s, templates, links, nesting
// bounded by kMaxMarkupDepth) with FindWikitextInfoboxes, and
// FindFlattenedInfoboxes for infoboxes flattened to text — with the lexicon of
// the pack the first byte picks (fuzz_stages.h). Blanking keeps offsets,
// top-level pieces stay in order inside the text, and every line a reader
// returns is valid UTF-8 with a span inside the text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "fuzz/fuzz_stages.h"
#include "sitrep/battles/flattened_infobox.h"
#include "sitrep/battles/wikitext_infobox.h"
#include "sitrep/battles/wikitext_markup.h"

namespace {

using sitrep::battles::Lines;
using sitrep::battles::RawInfobox;

void RequireLines(const Lines& lines, size_t n) {
  for (const auto& line : lines) {
    sitrep::fuzz::RequireUtf8(line.text, "infobox line");
    if (line.span.begin > line.span.end || line.span.end > n) sitrep::fuzz::Fail("line span");
  }
}

void RequireBox(const RawInfobox& box, size_t n) {
  if (box.span.end > n || box.span.begin > box.span.end) sitrep::fuzz::Fail("infobox span");
  sitrep::fuzz::RequireUtf8(box.name, "infobox name");
  sitrep::fuzz::RequireUtf8(box.part_of, "infobox part_of");
  for (const Lines* l :
       {&box.date, &box.location, &box.result, &box.territory, &box.status, &box.joint_casualties})
    RequireLines(*l, n);
  auto sides = box.sides;
  sides.push_back(box.unsplit);
  for (const auto& s : sides)
    for (const Lines* l : {&s.belligerents, &s.commanders, &s.units, &s.strength, &s.casualties})
      RequireLines(*l, n);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  sitrep::fuzz::InfoboxLexiconOf("en");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto doc = sitrep::fuzz::DocumentOf(data, size);
  if (!doc) return 0;
  const auto* lex = sitrep::fuzz::InfoboxLexiconOf(doc->lang);
  if (!lex) lex = sitrep::fuzz::InfoboxLexiconOf("en");
  const std::string_view text = doc->text();
  const std::string blanked = sitrep::battles::BlankCommentsAndRefs(text);
  if (blanked.size() != text.size()) sitrep::fuzz::Fail("blanking moved offsets");
  size_t last = 0;
  for (const auto& [b, e] : sitrep::battles::SplitTopLevel(text, '|')) {
    if (b < last || e < b || e > text.size()) sitrep::fuzz::Fail("top-level piece");
    last = e;
  }
  sitrep::fuzz::RequireUtf8(sitrep::battles::CleanWikitext(text, *lex), "clean wikitext");
  for (const auto& box : sitrep::battles::FindWikitextInfoboxes(text, *lex))
    RequireBox(box, text.size());
  for (const auto& box : sitrep::battles::FindFlattenedInfoboxes(text, "", *lex))
    RequireBox(box, text.size());
  return 0;
}
