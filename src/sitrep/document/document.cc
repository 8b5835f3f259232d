// Document helpers: sentence lookup, diagnostics and the span invariant check.
#include "sitrep/document/document.h"

#include <algorithm>

namespace sitrep::document {
namespace {

bool IsBoundary(const std::string& text, size_t off) {
  if (off >= text.size()) return off == text.size();
  return (static_cast<unsigned char>(text[off]) & 0xC0) != 0x80;
}

Status CheckOne(const std::string& text, const Span& s, std::string_view surface,
                std::string_view what, size_t index) {
  if (s.begin > s.end || s.end > text.size() || !IsBoundary(text, s.begin) ||
      !IsBoundary(text, s.end)) {
    return InternalError(std::string(what) + " " + std::to_string(index) + " has a bad span [" +
                         std::to_string(s.begin) + "," + std::to_string(s.end) + ")");
  }
  if (!surface.empty() && std::string_view(text).substr(s.begin, s.size()) != surface) {
    return InternalError(std::string(what) + " " + std::to_string(index) +
                         " surface differs from the text it spans");
  }
  return OkStatus();
}

}  // namespace

std::string_view PublishedSourceName(PublishedSource s) {
  switch (s) {
    case PublishedSource::kUnknown: return "unknown";
    case PublishedSource::kMetadata: return "metadata";
    case PublishedSource::kCommandLine: return "command-line";
    case PublishedSource::kInferred: return "inferred";
  }
  return "unknown";
}

int Document::SentenceAt(size_t offset) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](size_t off, const Sentence& s) { return off < s.span.begin; });
  if (it == sentences.begin()) return -1;
  --it;
  if (offset >= it->span.end) return -1;
  return static_cast<int>(it - sentences.begin());
}

void Document::AddDiagnostic(std::string stage, Severity sev, std::string message,
                             std::optional<Span> span) {
  diagnostics.push_back({std::move(stage), sev, std::move(message), span});
}

Status Document::CheckSpans() const {
  for (size_t i = 0; i < sentences.size(); ++i)
    SITREP_RETURN_IF_ERROR(CheckOne(text_, sentences[i].span, {}, "sentence", i));
  for (size_t i = 0; i < tokens.size(); ++i)
    SITREP_RETURN_IF_ERROR(CheckOne(text_, tokens[i].span, {}, "token", i));
  for (size_t i = 0; i < mentions.size(); ++i)
    SITREP_RETURN_IF_ERROR(CheckOne(text_, mentions[i].span, mentions[i].text, "mention", i));
  for (size_t i = 0; i < nested_mentions.size(); ++i)
    SITREP_RETURN_IF_ERROR(CheckOne(text_, nested_mentions[i].span, nested_mentions[i].text, "nested mention", i));
  for (size_t i = 0; i < timexes.size(); ++i)
    SITREP_RETURN_IF_ERROR(CheckOne(text_, timexes[i].span, timexes[i].text, "timex", i));
  for (size_t i = 0; i < events.size(); ++i)
    SITREP_RETURN_IF_ERROR(
        CheckOne(text_, events[i].evidence.span, events[i].evidence.sentence, "event", i));
  return OkStatus();
}

std::string_view MentionKindName(MentionKind k) {
  switch (k) {
    case MentionKind::kPlace: return "place";
    case MentionKind::kCountry: return "country";
    case MentionKind::kActor: return "actor";
    case MentionKind::kPerson: return "person";
    case MentionKind::kFacility: return "facility";
    case MentionKind::kDemonym: return "demonym";
  }
  return "place";
}

std::string_view TimexTypeName(TimexType t) {
  switch (t) {
    case TimexType::kDate: return "DATE";
    case TimexType::kTime: return "TIME";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
  }
  return "DATE";
}

std::string_view StanceName(Stance s) { return s == Stance::kDenies ? "denies" : "asserts"; }

}  // namespace sitrep::document
