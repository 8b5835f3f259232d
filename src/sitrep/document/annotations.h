// The annotation layers each stage adds to a Document: sentences and tokens
// (text/), mentions linked to entities (entities/), time expressions (time/)
// and diagnostics (any stage). Events and battle records live in event.h and
// battle.h. All spans index Document::text().
#ifndef SITREP_DOCUMENT_ANNOTATIONS_H_
#define SITREP_DOCUMENT_ANNOTATIONS_H_

#include <optional>
#include <string>
#include <vector>

#include "sitrep/document/span.h"

namespace sitrep::document {

struct Sentence {
  Span span;
  int paragraph = 0;  // index of the paragraph (blank-line or newline separated block)
};

struct Token {
  Span span;
  std::string pos;         // coarse part of speech: MeCab's 品詞 for ja, ICU rule class otherwise
  std::string pos_detail;  // MeCab's 品詞細分類1-3 joined by ',' (e.g. "固有名詞,地域,一般")
  std::string lemma;       // base form when the tokenizer knows it, else empty
  std::string reading;     // katakana reading for ja, else empty
};

// kFacility: a named facility (a station, an airport, a base, a bridge, a
// hospital: クラマトルスク駅); its entity, when linked, is the place it is named
// after and lies in, since gazetteers list towns, not stations. The events
// stage reads a facility as the place of what happens there.
// kDemonym: a people named by their nationality ("Russians", "the Iraqis", a
// "Briton"); its entity, when linked, is their country, which the events stage
// reads as an actor's nationality, never as where something happens.
enum class MentionKind { kPlace, kCountry, kActor, kPerson, kFacility, kDemonym };

// What a mention links to: a gazetteer place or an actor-dictionary entry.
struct EntityRef {
  std::string id;    // "geonames:170017", "actor:hts", "country:SY"
  std::string name;  // canonical English name
  std::optional<double> lat, lon;
  std::string country;       // ISO 3166-1 alpha-2
  std::string admin1;        // first-level division name, places only
  std::string feature;       // GeoNames feature code (PPLC, ADM1, MT...) or actor kind
  int inter = 0;             // ACLED inter code, actors only (0 = not an actor)
  std::string affiliation;   // actor id this actor belongs to (e.g. army -> state)
};

struct Mention {
  Span span;
  std::string text;  // == doc.text().substr(span)
  MentionKind kind = MentionKind::kPlace;
  std::optional<EntityRef> entity;  // nullopt: detected but left unlinked
  double score = 0.0;
  std::string method;  // exact | alias | translit | fuzzy | context
  bool dateline = false;
  // A nationality ("Syrian", "European"): entity is its country, but the word
  // describes an actor or a thing, never where something happens.
  bool nationality = false;
  // In Document::nested_mentions: inside another mention's span ("Lagos" in
  // "Lagos Chamber of Commerce").
  bool nested = false;
  int sentence = -1;  // index into Document::sentences()
};

enum class TimexType { kDate, kTime, kDuration, kSet };

struct TimeExpr {
  Span span;
  std::string text;
  TimexType type = TimexType::kDate;
  std::string value;  // TIMEX3 value: 2024-12-06, 2024-W48, 2013, P1W, 2024-12-06TNI, a/b range
  std::string anchor; // publication date the value was resolved against ("" if none)
  int sentence = -1;
};

enum class Severity { kInfo, kWarning, kError };

// One problem with one item; the stage records it and work goes on.
struct Diagnostic {
  std::string stage;  // "ingest", "time", ...
  Severity severity = Severity::kWarning;
  std::string message;
  std::optional<Span> span;
};

std::string_view MentionKindName(MentionKind k);
std::string_view TimexTypeName(TimexType t);

}  // namespace sitrep::document

#endif  // SITREP_DOCUMENT_ANNOTATIONS_H_
