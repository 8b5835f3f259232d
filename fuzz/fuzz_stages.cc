// The shared stages and Document checks of the component fuzz targets (see
// fuzz_stages.h). Stages are built lazily and never freed (the process ends
// with the fuzzer), held through function-local statics.
#include "fuzz/fuzz_stages.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <string>

#include "fuzz/fuzz_check.h"
#include "sitrep/base/paths.h"
#include "sitrep/base/utf8.h"
#include "sitrep/document/json.h"
#include "sitrep/lang/word_classes.h"

namespace sitrep::fuzz {
namespace {

// Returns the value of `s`, aborting with its status when it failed.
template <typename T>
T Loaded(StatusOr<T> s, std::string_view what) {
  if (!s.ok()) Fail(what, s.status().ToString());
  return std::move(s).value();
}

void RequireCount(const std::optional<long>& v, std::string_view what) {
  if (v && *v < 0) Fail(what, "is negative");
}

void RequireEvent(const document::Event& e) {
  RequireCount(e.fatalities, "event fatalities");
  for (const document::Count& c : e.counts) {
    RequireCount(c.value, "count value");
    RequireCount(c.low, "count low");
    RequireCount(c.high, "count high");
    if (c.low && c.high && *c.low > *c.high) Fail("count range", c.text);
  }
  const nlohmann::ordered_json j = document::EventToJson(e);
  RequireUtf8(j.dump(), "event JSON");
  if (!document::EventFromJson(nlohmann::json::parse(j.dump())).ok())
    Fail("event does not read back from its JSON", j.dump());
}

void RequireBattle(const document::BattleRecord& b) {
  for (const document::BattleSide& side : b.sides) {
    for (const document::Strength& s : side.strength) {
      RequireCount(s.value, "strength value");
      RequireCount(s.low, "strength low");
      RequireCount(s.high, "strength high");
    }
    for (const document::Casualty& c : side.casualties)
      for (const auto& [key, value] : c.figures)
        if (value < 0) Fail("casualty figure is negative", key);
  }
  (void)document::BattleToJson(b).dump();
}

}  // namespace

const lang::PackSet& Packs() {
  static const lang::PackSet packs = Loaded(lang::PackSet::Discover(DataDir()), "packs");
  return packs;
}

const text::TextAnnotator& Text() {
  static const auto stage = Loaded(text::TextAnnotator::Create(Packs()), "text stage");
  return *stage;
}

const time::TimexAnnotator& Time() {
  static const auto stage = Loaded(time::TimexAnnotator::Create(Packs()), "time stage");
  return *stage;
}

const entities::EntityLinker& Linker() {
  static const auto stage = Loaded(entities::EntityLinker::Create(Packs()), "entities stage");
  return *stage;
}

const events::EventExtractor& Events() {
  static const auto stage = Loaded(events::EventExtractor::Create(Packs()), "events stage");
  return *stage;
}

const battles::BattleParser& Battles() {
  static const auto stage = Loaded(battles::BattleParser::Create(Packs()), "battles stage");
  return *stage;
}

const battles::InfoboxLexicon* InfoboxLexiconOf(std::string_view lang) {
  static const auto lexicons = [] {
    std::map<std::string, battles::InfoboxLexicon, std::less<>> by_code;
    for (const lang::LanguagePack& pack : Packs().packs()) {
      const auto table = pack.Table("infobox");
      if (!table) continue;
      battles::InfoboxLexicon lex = Loaded(battles::InfoboxLexicon::Load(*table), "infobox");
      const auto classes = Loaded(lang::WordClasses::ForPack(pack), "word classes");
      for (const lang::ClassWord& w : classes.Of("multiplier"))
        lex.multipliers.emplace_back(w.word, std::atol(w.value.c_str()));
      std::stable_sort(
          lex.multipliers.begin(), lex.multipliers.end(),
          [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
      by_code.emplace(pack.code, std::move(lex));
    }
    return by_code;
  }();
  const auto it = lexicons.find(lang);
  return it != lexicons.end() ? &it->second : nullptr;
}

const char* LanguageOf(uint8_t selector) {
  switch (selector | 0x20) {
    case 'e':
      return "en";
    case 'j':
      return "ja";
    case 'a':
      return "ar";
    case 'i':
      return "id";
  }
  static const char* const kByValue[] = {"en", "ja", "ar", "id", ""};
  return kByValue[selector % 5];
}

std::optional<document::Document> DocumentOf(const uint8_t* data, size_t size) {
  if (size < 2) return std::nullopt;
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (utf8::FindInvalid(text) || text.find('\0') != std::string::npos) return std::nullopt;
  document::Document doc("fuzz", std::move(text));
  doc.lang = LanguageOf(data[0]);
  const bool upper = data[0] >= 'A' && data[0] <= 'Z';
  if (!upper) {
    doc.published = "2024-03-05";
    doc.published_source = document::PublishedSource::kCommandLine;
  }
  return doc;
}

void RequireSound(const document::Document& doc) {
  if (const Status s = doc.CheckSpans(); !s.ok()) Fail("spans", s.ToString());
  for (size_t i = 1; i < doc.tokens.size(); ++i)
    if (doc.tokens[i].span.begin < doc.tokens[i - 1].span.end) Fail("tokens out of order");
  for (size_t i = 1; i < doc.mentions.size(); ++i)
    if (doc.mentions[i].span.Overlaps(doc.mentions[i - 1].span)) Fail("mentions overlap");
  for (const document::Mention& m : doc.mentions) (void)document::MentionToJson(doc, m).dump();
  for (const document::TimeExpr& t : doc.timexes) (void)document::TimexToJson(doc, t).dump();
  for (const document::Event& e : doc.events) RequireEvent(e);
  for (const document::BattleRecord& b : doc.battles) RequireBattle(b);
}

}  // namespace sitrep::fuzz
