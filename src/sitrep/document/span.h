// Span: a half-open byte range [begin, end) into a Document's verbatim text.
// Every layer of the IR (sentences, tokens, mentions, timexes, event evidence)
// is keyed by spans, so offsets always point back into what the user gave us.
#ifndef SITREP_DOCUMENT_SPAN_H_
#define SITREP_DOCUMENT_SPAN_H_

#include <cstddef>

namespace sitrep::document {

struct Span {
  size_t begin = 0;
  size_t end = 0;

  size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool Overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace sitrep::document

#endif  // SITREP_DOCUMENT_SPAN_H_
