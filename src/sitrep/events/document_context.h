// DocumentContext: what the whole document tells the events stage about each
// sentence before any event is read — which sentence is the headline, which
// are photo captions (never events: they repeat the story), the dateline that
// opens the text (where and when the reporter files from: never an event's
// place or date) and the countries the document is about. Built once per
// document; read-only afterwards.
// Internal to events/.
#ifndef SITREP_EVENTS_DOCUMENT_CONTEXT_H_
#define SITREP_EVENTS_DOCUMENT_CONTEXT_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "sitrep/document/document.h"
#include "sitrep/events/lexicon.h"

namespace sitrep::events {

struct DocumentContext {
  int headline = -1;                   // sentence index of the headline, or -1
  std::vector<bool> caption;           // per sentence: a photo caption
  document::Span dateline;             // the opening dateline; empty when none
  std::string dateline_country;        // its country (ISO 3166-1), "" when none
  std::map<std::string, int> country_support;  // country -> mentions naming it or in it
  // The document tells the past (an encyclopedia article, a retrospective):
  // all or most of its dates lie more than a year before its publication, so
  // an old date is its subject, not a recalled background (TellsThePast).
  bool historical = false;
  // Per sentence, the indices of the mentions and of the timexes inside it
  // (MentionsBySentence, candidates.h): a sentence's passes read its own, not
  // every one of the document's.
  std::vector<std::vector<uint32_t>> mentions_by_sentence;
  std::vector<std::vector<uint32_t>> timexes_by_sentence;

  bool InDateline(size_t offset) const {
    return dateline.end > dateline.begin && offset >= dateline.begin && offset < dateline.end;
  }
  // Returns how many mentions of the document name or lie in `country`.
  int Support(const std::string& country) const {
    auto it = country_support.find(country);
    return it == country_support.end() ? 0 : it->second;
  }
};

// Returns the context of `doc`. `captions`: the language's caption cues.
DocumentContext ReadDocumentContext(const document::Document& doc, const Lexicon& captions);

// Returns true when `doc`'s dates all end more than kStaleEventDays before
// its publication, or at least kHistoricalMinDates of them do and they are
// most of its dates. False without a publication date or without dates.
bool TellsThePast(const document::Document& doc);

// Returns the byte span of a dateline opening the text at `line_start`
// ("GOMA, Democratic Republic of Congo, Jan 28 (Sitrep Wire) - ",
// "【キーウ＝共同】"), or an empty span.
document::Span DatelineAt(std::string_view text, size_t line_start);

}  // namespace sitrep::events

#endif  // SITREP_EVENTS_DOCUMENT_CONTEXT_H_
