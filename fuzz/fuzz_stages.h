// The stages the component fuzz targets drive (fuzz/*_fuzzer.cc), each built
// once on first use from the language packs of the data directory, so a target
// loads only what it exercises (the knowledge base only for the linker and the
// events). Also: how a fuzz input becomes a Document, and the invariants every
// annotated Document must keep whatever its text.
#ifndef SITREP_FUZZ_FUZZ_STAGES_H_
#define SITREP_FUZZ_FUZZ_STAGES_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "sitrep/battles/battle_parser.h"
#include "sitrep/battles/infobox_lexicon.h"
#include "sitrep/document/document.h"
#include "sitrep/entities/entity_linker.h"
#include "sitrep/events/event_extractor.h"
#include "sitrep/lang/pack_set.h"
#include "sitrep/text/text_annotator.h"
#include "sitrep/time/timex_annotator.h"

namespace sitrep::fuzz {

// Each returns the stage, built on the first call (a load failure aborts: the
// data directory is broken, not the input).
const lang::PackSet& Packs();
const text::TextAnnotator& Text();
const time::TimexAnnotator& Time();
const entities::EntityLinker& Linker();
const events::EventExtractor& Events();
const battles::BattleParser& Battles();

// Returns the infobox lexicon of pack `lang` as the battles stage loads it
// (with the pack's multiplier words), or nullptr when the pack has none.
const battles::InfoboxLexicon* InfoboxLexiconOf(std::string_view lang);

// Returns the language code a selector byte picks: 'e' en, 'j' ja, 'a' ar,
// 'i' id (either case); any other byte picks by its value, "" (detect by
// script) among them.
const char* LanguageOf(uint8_t selector);

// Returns the document of a fuzz input: the first byte picks the language
// (LanguageOf) and, when it is lower case or not a letter, a publication date
// (2024-03-05; upper case: none, so the date is inferred); the rest is the
// text. Returns nullopt for what ingest would refuse before any stage sees it:
// no text, invalid UTF-8 or a NUL byte.
std::optional<document::Document> DocumentOf(const uint8_t* data, size_t size);

// Fails (fuzz_check.h) unless every span of `doc` lies inside its text on
// UTF-8 boundaries with its surface, mentions do not overlap, tokens are in
// order, every count and figure is non-negative with low <= high, and every
// record the stages added serializes to JSON (valid UTF-8) and an event reads
// back from its JSON.
void RequireSound(const document::Document& doc);

}  // namespace sitrep::fuzz

#endif  // SITREP_FUZZ_FUZZ_STAGES_H_
