// Pass "counts": the figures of the trigger's sentence. A killed figure next
// to a period cue ("since the war began", "これまでに") is a cumulative toll:
// it keeps its period [since, publication date] and never becomes the
// event's fatalities. The daily fatalities are the highest daily killed
// figure of the sentence ("killed 31, including 12 children" is 31).
#include <algorithm>

#include "sitrep/events/counts.h"
#include "sitrep/events/passes_internal.h"

namespace sitrep::events {
namespace {

constexpr size_t kCumulativeWindow = 60;  // bytes between a figure and its period cue

// Returns the value of the first timex after byte `from` of the sentence, as
// the start of a cumulative period ("since the war began in April 2023").
// Only the sentence's own timexes are read: a search of the document's for
// every figure of every trigger grew with the square of its length.
std::string PeriodStart(const document::Document& doc, const DocumentContext& ctx,
                        const SentenceView& s, size_t from) {
  for (const uint32_t id : ctx.timexes_by_sentence[s.index]) {
    const document::TimeExpr& t = doc.timexes[id];
    if (t.span.begin >= s.span.begin + from && t.span.end <= s.span.end &&
        t.type == document::TimexType::kDate && t.value.find('X') == std::string::npos)
      return t.value.substr(0, 10);
  }
  return "";
}

}  // namespace

std::vector<document::Count> SentenceCounts(const SentenceView& s, const LanguageTables& t,
                                           const document::Document& doc,
                                           const DocumentContext& ctx) {
  std::vector<document::Count> counts = s.counts;
  const auto& cues = s.matches.Of(t.background, s.text);
  for (auto& count : counts) {
    const size_t at = s.text.find(count.text);
    if (at == std::string_view::npos) continue;
    const auto cue = std::find_if(cues.begin(), cues.end(), [&](const LexiconMatch& m) {
      if (t.background.entries()[m.entry].fields[0] == "except") return false;
      const size_t gap = m.begin >= at + count.text.size() ? m.begin - at - count.text.size()
                         : at >= m.end                     ? at - m.end
                                                           : 0;
      return gap <= kCumulativeWindow;
    });
    if (cue == cues.end()) continue;
    count.cumulative = true;
    count.since = PeriodStart(doc, ctx, s, cue->begin);
    count.until = doc.published.substr(0, std::min<size_t>(doc.published.size(), 10));
  }
  return counts;
}

void AssignCounts(Candidate& c, const std::vector<document::Count>& sentence_counts) {
  c.event.counts = sentence_counts;
  const long daily = DailyFatalities(c.event.counts);
  if (daily >= 0) c.event.fatalities = daily;
}

void AssignCounts(Candidate& c, const SentenceView& s, const LanguageTables& t,
                  const document::Document& doc, const DocumentContext& ctx) {
  AssignCounts(c, SentenceCounts(s, t, doc, ctx));
}

long DailyFatalities(const std::vector<document::Count>& counts) {
  long best = -1;
  for (const auto& c : counts) {
    if (c.what == "killed" && c.value && !c.cumulative) best = std::max(best, *c.value);
  }
  return best;
}

}  // namespace sitrep::events
