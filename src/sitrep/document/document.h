// Document: the IR every stage reads and extends, like a spaCy Doc or a UIMA
// CAS. It owns the verbatim UTF-8 text and the annotation layers, each keyed by
// byte spans into that text.
//
// Invariant (checked by CheckSpans and property-tested):
//   for every annotation a with a surface, text().substr(a.span.begin,
//   a.span.size()) == a.surface, and a.span lies within text().
// Not thread-safe for writers; stages are const and add their own layer.
#ifndef SITREP_DOCUMENT_DOCUMENT_H_
#define SITREP_DOCUMENT_DOCUMENT_H_

#include <string>
#include <string_view>
#include <vector>

#include "sitrep/base/status.h"
#include "sitrep/document/annotations.h"
#include "sitrep/document/battle.h"
#include "sitrep/document/event.h"

namespace sitrep::document {

// How the publication date was learned.
enum class PublishedSource { kUnknown, kMetadata, kCommandLine, kInferred };
std::string_view PublishedSourceName(PublishedSource s);

class Document {
 public:
  Document() = default;
  Document(std::string id, std::string text) : id_(std::move(id)), text_(std::move(text)) {}

  const std::string& id() const { return id_; }
  const std::string& text() const { return text_; }
  std::string_view Surface(const Span& s) const {
    return std::string_view(text_).substr(s.begin, s.size());
  }

  // Metadata.
  std::string source;  // path or URL it was read from
  std::string title;
  std::string url;
  std::string published;  // YYYY-MM-DD or ""
  PublishedSource published_source = PublishedSource::kUnknown;
  std::string lang;       // ISO 639-1 ("en", "ja", "ar") or "" when unknown
  bool lang_overridden = false;

  // Layers, in the order the stages add them.
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;  // in text order; each lies inside one sentence
  std::vector<Mention> mentions;  // never overlapping one another
  // Places and countries named inside a mention of `mentions` ("Lagos" in
  // "Lagos Chamber of Commerce", "Syrian" in "Syrian army"): where an actor is
  // based or whom it belongs to. They overlap `mentions`, never one another;
  // the stages that choose an event's place and actors read `mentions` only.
  std::vector<Mention> nested_mentions;
  std::vector<TimeExpr> timexes;
  std::vector<Event> events;
  std::vector<BattleRecord> battles;
  std::vector<Diagnostic> diagnostics;

  // Returns the index of the sentence containing byte `offset`, or -1.
  int SentenceAt(size_t offset) const;
  void AddDiagnostic(std::string stage, Severity sev, std::string message,
                     std::optional<Span> span = std::nullopt);
  // Returns OK when every span lies within text() on UTF-8 boundaries and every
  // surface string equals the text it spans; else names the first violation.
  Status CheckSpans() const;

 private:
  std::string id_;
  std::string text_;
};

}  // namespace sitrep::document

#endif  // SITREP_DOCUMENT_DOCUMENT_H_
