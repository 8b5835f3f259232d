// Document context: headline, captions, dateline and country support (see
// document_context.h). Language-neutral: the
// caption cues come from the pack; datelines are recognised by their shape
// (a capitalised place and a dash, or a 【…】 source bracket).
#include "sitrep/events/document_context.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "sitrep/base/date.h"
#include "sitrep/events/candidates.h"
#include "sitrep/events/weights_internal.h"

namespace sitrep::events {
namespace {

using document::Document;

constexpr size_t kHeadlineMaxBytes = 300;   // a headline is a line, not a paragraph
constexpr size_t kHeadlineMinLetters = 12;  // ... and more than a date or a byline
constexpr int kHeadlineSearch = 3;          // it is among the first sentences
constexpr size_t kDatelineDashWindow = 140; // the dateline's dash lies within this

bool EndsWithTerminator(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '"')) s.remove_suffix(1);
  if (s.empty()) return false;
  if (s.back() == '.' || s.back() == '!' || s.back() == '?') return true;
  for (std::string_view t : {"。", "！", "？", "」"}) {
    if (s.size() >= t.size() && s.substr(s.size() - t.size()) == t) return true;
  }
  return false;
}

// Letters (and CJK characters) in `s`: a date line or a byline has few.
size_t LetterBytes(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += std::isalpha(c) || c >= 0x80;
  return n;
}

bool AlonePerParagraph(const Document& doc, int i) {
  const int p = doc.sentences[i].paragraph;
  const bool before = i > 0 && doc.sentences[i - 1].paragraph == p;
  const bool after = i + 1 < static_cast<int>(doc.sentences.size()) &&
                     doc.sentences[i + 1].paragraph == p;
  return !before && !after;
}

int FindHeadline(const Document& doc) {
  const int n = static_cast<int>(doc.sentences.size());
  if (n < 2) return -1;
  for (int i = 0; i < std::min(n - 1, kHeadlineSearch); ++i) {
    const std::string_view s = doc.Surface(doc.sentences[i].span);
    if (!AlonePerParagraph(doc, i) || s.size() > kHeadlineMaxBytes) return -1;
    if (LetterBytes(s) < kHeadlineMinLetters) continue;  // a date line, a byline
    return EndsWithTerminator(s) ? -1 : i;
  }
  return -1;
}

bool IsCaption(std::string_view s, const Lexicon& captions) {
  while (!s.empty() && (s[0] == '(' || s[0] == '[' || s[0] == ' ')) s.remove_prefix(1);
  for (const auto& m : captions.Find(s.substr(0, std::min<size_t>(s.size(), 40)))) {
    if (m.begin != 0) continue;
    std::string_view rest = s.substr(m.end);
    while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
    if (rest.empty()) return true;
    for (std::string_view p : {":", "：", "|", ")", "]", "/", "-", "–"}) {
      if (rest.substr(0, p.size()) == p) return true;
    }
  }
  return false;
}

// True when `head` (a line up to its dash) is a few capitalized words, a
// comma, then a date or an agency: "Maiduguri, 14.03.2025", "Port Sudan, May
// 2 (AFP)" — not a sentence that happens to hold a dash ("Gunmen, who…").
bool TitleCasePlaceThenDate(std::string_view head) {
  constexpr size_t kPlaceWords = 3;
  const size_t comma = head.find(',');
  if (comma == std::string_view::npos) return false;
  size_t words = 0;
  bool start = true;
  for (size_t i = 0; i < comma; ++i) {
    const unsigned char c = static_cast<unsigned char>(head[i]);
    if (c == ' ') {
      start = true;
      continue;
    }
    if (!std::isalpha(c) && c != '-' && c != '\'') return false;
    if (start && (!std::isupper(c) || ++words > kPlaceWords)) return false;
    start = false;
  }
  constexpr size_t kDateBytes = 40;  // "14.03.2025", "May 2, 2025 (Sitrep Wire)"
  std::string_view rest = head.substr(comma + 1);
  while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
  if (rest.empty() || rest.size() > kDateBytes) return false;
  const unsigned char first = static_cast<unsigned char>(rest[0]);
  return (std::isdigit(first) || std::isupper(first)) &&
         rest.find_first_of("0123456789") != std::string_view::npos;
}

bool IsUpperWordByte(char c) {
  return std::isupper(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '\'';
}

}  // namespace

document::Span DatelineAt(std::string_view text, size_t pos) {
  if (text.substr(pos, 3) == "【") {
    const size_t close = text.find("】", pos);
    if (close != std::string_view::npos && close - pos < 60) return {pos, close + 3};
    return {};
  }
  // The first word is in capitals ("GOMA", "PORT-AU-PRINCE", "EL FASHER"),
  // or the place is in title case and a date or an agency stands between its
  // comma and the dash ("Maiduguri, 14.03.2025 -", "Port Sudan, May 2 (AFP) -").
  size_t p = pos;
  while (p < text.size() && IsUpperWordByte(text[p])) ++p;
  if (p - pos < 1 || !std::isupper(static_cast<unsigned char>(text[pos]))) return {};
  const bool capitals = p - pos >= 2 && !(p < text.size() && std::isalpha(static_cast<unsigned char>(text[p])));
  const std::string_view window = text.substr(pos, kDatelineDashWindow);
  size_t best = std::string_view::npos, len = 0;
  for (std::string_view dash : {" - ", " – ", " — ", " -- ", "—"}) {
    const size_t d = window.find(dash);
    if (d != std::string_view::npos && d < best) best = d, len = dash.size();
  }
  if (best == std::string_view::npos) return {};
  if (!capitals && !TitleCasePlaceThenDate(window.substr(0, best))) return {};  // "Gunmen"

  size_t end = pos + best + len;
  while (end < text.size() && text[end] == ' ') ++end;
  return {pos, end};
}

namespace {

// Returns the last day of the period a TIMEX3 date value names ("2014" ->
// 2014-12-31, "2014-06" -> 2014-06-30, "2014-06-12"), or nullopt.
std::optional<Date> PeriodEnd(std::string_view value) {
  const auto digits = [&](size_t at, size_t n) {
    if (value.size() < at + n) return -1;
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(value[i]))) return -1;
      v = v * 10 + (value[i] - '0');
    }
    return v;
  };
  const int year = digits(0, 4);
  if (year < 0) return std::nullopt;
  const int month = value.size() > 4 && value[4] == '-' ? digits(5, 2) : -1;
  if (month < 1 || month > 12) return Date{year, 12, 31};
  const auto day = Date::Parse(value.substr(0, 10));
  return day ? *day : Date{year, month, Date::DaysInMonth(year, month)};
}

}  // namespace

bool TellsThePast(const Document& doc) {
  const auto published = Date::Parse(std::string_view(doc.published).substr(0, 10));
  if (!published) return false;
  int dated = 0, old = 0;
  for (const auto& t : doc.timexes) {
    if (t.type != document::TimexType::kDate) continue;
    const auto end = PeriodEnd(t.value);
    if (!end) continue;
    ++dated;
    old += published->DaysSinceEpoch() - end->DaysSinceEpoch() > kStaleEventDays;
  }
  // Every date old: nothing in the text is the news of its publication day.
  if (dated > 0 && old == dated) return true;
  return dated >= kHistoricalMinDates && 2 * old > dated;
}

DocumentContext ReadDocumentContext(const Document& doc, const Lexicon& captions) {
  DocumentContext ctx;
  const int n = static_cast<int>(doc.sentences.size());
  ctx.caption.assign(n, false);
  ctx.mentions_by_sentence = MentionsBySentence(doc);
  ctx.timexes_by_sentence = TimexesBySentence(doc);
  ctx.headline = FindHeadline(doc);
  ctx.historical = TellsThePast(doc);
  for (int i = 0; i < n; ++i) ctx.caption[i] = IsCaption(doc.Surface(doc.sentences[i].span), captions);
  for (int i = 0; i < std::min(n, kHeadlineSearch + 1) && ctx.dateline.empty(); ++i) {
    if (i == ctx.headline) continue;
    ctx.dateline = DatelineAt(doc.text(), doc.sentences[i].span.begin);
  }
  for (const auto& m : doc.mentions) {
    if (!m.entity) continue;
    const bool in_dateline = m.dateline || ctx.InDateline(m.span.begin);
    if (in_dateline) {
      if (ctx.dateline_country.empty()) ctx.dateline_country = m.entity->country;
      continue;
    }
    if (!m.entity->country.empty()) ++ctx.country_support[m.entity->country];
  }
  return ctx;
}

}  // namespace sitrep::events
