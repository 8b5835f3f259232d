// Pass "dates": a thin adapter over the time stage's DateForEvent, which picks
// the governing timex of the sentence and applies ACLED's precision rules. A
// date in the dateline ("KYIV, April 15 (Agency) -") is the report's, never
// the event's, and is passed over. "Two days earlier" is an amount, not a
// date (TimeML): it counts from the event told before, whose day is the
// anchor, not from the last date the text named ("…stormed the post on
// Sunday, the presidency said on Tuesday. … Two days later, troops clashed…"
// is Tuesday).
#include <cctype>
#include <cstdlib>

#include "sitrep/base/date.h"
#include "sitrep/events/passes_internal.h"
#include "sitrep/time/event_date.h"

namespace sitrep::events {
namespace {

// Returns the days the amount "PnD" / "PnW" stands for (0 for hours and
// minutes, "PTnH" / "PTnM": the same day), or -1.
long DaysOf(std::string_view v) {
  if (v.size() < 3 || v[0] != 'P') return -1;
  if (v[1] == 'T') return v.substr(2, v.size() - 3).find_first_not_of("0123456789X") == std::string_view::npos
                             ? 0 : -1;
  const char unit = v.back();
  const std::string_view n = v.substr(1, v.size() - 2);
  if (n.empty() || n.find_first_not_of("0123456789") != std::string_view::npos) return -1;
  const long amount = std::atol(std::string(n).c_str());
  return unit == 'D' ? amount : unit == 'W' ? 7 * amount : -1;
}

// True when the sentence opens with a phrase of the pack's class
// "same_day_opening" ("Hours earlier,", "Minutes later,", "Later that day,"):
// it tells an event of the day of the one told before.
// Or anywhere, a phrase of class "same_day_phrase" ("on the same night").
bool SameDayOpening(const SentenceView& s, const LanguageTables& t) {
  const auto words = SplitWords(s.text, &t.rules->forms());
  auto phrase_at = [&](const std::string& phrase, size_t at) {
    const auto want = SplitWords(phrase);
    if (want.empty() || at + want.size() > words.size()) return false;
    for (size_t i = 0; i < want.size(); ++i)
      if (words[at + i].lower != want[i].lower) return false;
    return true;
  };
  for (const auto& p : t.rules->words().Of("same_day_opening"))
    if (phrase_at(p.word, 0)) return true;
  for (const auto& p : t.rules->words().Of("same_day_phrase"))
    for (size_t at = 0; at < words.size(); ++at)
      if (phrase_at(p.word, at)) return true;
  return false;
}

// Returns the shift in days of a sentence dated only by an amount of time
// told from another event: a DURATION timex of days or weeks with a word of
// class "shift_after" right after it ("Two days earlier": -2; the word's
// value is the sign), or nullopt.
std::optional<long> ShiftFromEventBefore(const document::Document& doc, const SentenceView& s,
                                         const DocumentContext& ctx, const LanguageTables& t) {
  const auto& shifts = t.rules->words().Of("shift_after");
  if (shifts.empty()) return std::nullopt;
  for (const uint32_t id : ctx.timexes_by_sentence[s.index]) {
    const document::TimeExpr& x = doc.timexes[id];
    if (x.type != document::TimexType::kDuration || !s.span.Contains(x.span)) continue;
    const long days = DaysOf(x.value);
    if (days < 0) continue;
    const auto next = SplitWords(s.text.substr(x.span.end - s.span.begin, 24), &t.rules->forms());
    if (next.empty()) continue;
    for (const auto& w : shifts) {
      if (w.word == next.front().lower) return days * std::atol(w.value.c_str());
    }
  }
  return SameDayOpening(s, t) ? std::optional<long>(0) : std::nullopt;
}

}  // namespace

void AssignEventDate(Candidate& c, const document::Document& doc, const SentenceView& s,
                     const DocumentContext& ctx, const ToldBefore& before,
                     const LanguageTables& tables) {
  const time::EventDate d =
      time::DateForEvent(doc, s.index, s.span.begin + c.trigger.begin, ctx.dateline);
  c.event.date = d.date;
  c.event.date_end = d.date_end;
  c.event.time_precision = d.time_precision;
  c.has_timex = d.timex != nullptr;
  if (!d.timex && before.date) {
    const auto anchor = Date::Parse(*before.date);
    const auto shift = anchor ? ShiftFromEventBefore(doc, s, ctx, tables) : std::nullopt;
    if (shift) {
      c.event.date = anchor->AddDays(*shift).ToString();
      c.event.date_end.reset();
      c.event.time_precision = 1;
      c.has_timex = true;
      c.trace.push_back("date " + *c.event.date + ": " + std::to_string(*shift) +
                        " days from the event told before (" + *before.date + ")");
      return;
    }
  }
  if (d.timex) c.trace.push_back("date from '" + d.timex->text + "'");
  else if (d.date) c.trace.push_back("date: the publication date (time_precision 2)");
  else c.trace.push_back("date: nothing dates it (time_precision 3)");
  if (d.date) return;
  // The sentence tells a date no anchor resolves ("ジボで1日": the 1st of a
  // month the text never names): the event is dated by its text, undated.
  for (const uint32_t id : ctx.timexes_by_sentence[s.index]) {
    const document::TimeExpr& t = doc.timexes[id];
    // A day the text names ("XXXX-XX-01", "XXXX-12-01"); a bare weekday or
    // part of day dates nothing.
    const std::string_view v = t.value;
    const bool day = v.size() == 10 && v.substr(0, 5) == "XXXX-" && std::isdigit(static_cast<unsigned char>(v[8])) &&
                     std::isdigit(static_cast<unsigned char>(v[9]));
    if (!day) continue;
    if (t.type != document::TimexType::kDate && t.type != document::TimexType::kTime) continue;
    c.unresolved_date = true;
    c.trace.push_back("its date '" + t.text + "' names no month or year the document gives");
    return;
  }
  // A document nothing dates: a sentence that names no day of its own goes on
  // telling the day of the event before it, which the text names but nothing
  // resolves (…ジボで1日、… 隣国マリでは、…射殺した。).
  if (before.unresolved && doc.published.empty()) {
    c.unresolved_date = true;
    c.trace.push_back("undated, as the event told before it");
  }
}

}  // namespace sitrep::events
