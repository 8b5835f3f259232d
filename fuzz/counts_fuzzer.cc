// libFuzzer target: count parsing — the events stage's FindCounts (digits in
// every script, separators, ranges, approximations, vague quantities, number
// and multiplier words) and the battles stage's figure readers (FindFigure,
// ParseStrength, ParseCasualty), with the tables of the pack the first byte
// picks (fuzz_stages.h). Whatever digits, no figure is negative, a range never
// runs backwards, and nothing overflows (UBSan).
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "fuzz/fuzz_check.h"
#include "fuzz/fuzz_stages.h"
#include "sitrep/base/paths.h"
#include "sitrep/battles/infobox_figures.h"
#include "sitrep/events/counts.h"
#include "sitrep/events/language_rules.h"
#include "sitrep/events/resources_internal.h"

namespace {

using sitrep::events::LanguageTables;

// The events stage's tables per pack (only packs with role rules have them).
const LanguageTables* TablesOf(std::string_view lang) {
  static const auto tables = [] {
    std::map<std::string, LanguageTables, std::less<>> by_code;
    for (const auto& pack : sitrep::fuzz::Packs().packs()) {
      if (pack.Plugin("role_rules").empty()) continue;
      auto t = sitrep::events::LoadLanguageTables(pack, sitrep::DataDir());
      if (!t.ok()) sitrep::fuzz::Fail("event tables", t.status().ToString());
      by_code.emplace(pack.code, std::move(t).value());
    }
    return by_code;
  }();
  const auto it = tables.find(lang);
  return it != tables.end() ? &it->second : nullptr;
}

void RequireNonNegative(const std::optional<long>& v, const char* what) {
  if (v && *v < 0) sitrep::fuzz::Fail(what, "is negative");
}

void EventCounts(std::string_view text, const LanguageTables& t) {
  const auto counts = sitrep::events::FindCounts(
      text, {&t.counts, &t.vague, t.rules->syntax().words(), &t.rules->words(), &t.number_words});
  for (const auto& c : counts) {
    RequireNonNegative(c.value, "count");
    RequireNonNegative(c.low, "count low");
    if (c.low && c.high && *c.low > *c.high) sitrep::fuzz::Fail("count range runs backwards");
  }
  RequireNonNegative(sitrep::events::Fatalities(counts), "fatalities");
}

void InfoboxFigures(std::string_view text, const sitrep::battles::InfoboxLexicon& lex) {
  (void)sitrep::battles::HasOverlongNumber(text, lex);
  if (const auto f = sitrep::battles::FindFigure(text, lex)) {
    if (f->value < 0 || (f->high && *f->high < 0)) sitrep::fuzz::Fail("figure is negative");
    if (f->begin > f->end || f->end > text.size()) sitrep::fuzz::Fail("figure span");
  }
  const auto strength = sitrep::battles::ParseStrength(text, lex);
  RequireNonNegative(strength.value, "strength");
  RequireNonNegative(strength.low, "strength low");
  RequireNonNegative(strength.high, "strength high");
  for (const auto& [key, value] : sitrep::battles::ParseCasualty(text, "", lex).figures)
    if (value < 0) sitrep::fuzz::Fail("casualty figure is negative", key);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  TablesOf("en");
  sitrep::fuzz::InfoboxLexiconOf("en");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto doc = sitrep::fuzz::DocumentOf(data, size);
  if (!doc) return 0;
  if (const LanguageTables* t = TablesOf(doc->lang)) EventCounts(doc->text(), *t);
  if (const auto* lex = sitrep::fuzz::InfoboxLexiconOf(doc->lang))
    InfoboxFigures(doc->text(), *lex);
  return 0;
}
