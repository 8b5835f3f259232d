// Design: the value is unglued, annotated by the time stage as a scratch
// document (no publication date: infobox dates are absolute), and the DATE
// timexes with calendar values are read in order: the first gives the start,
// the last the end. An ongoing word after the first date opens the end.
#include "sitrep/battles/infobox_time.h"

#include <cctype>

#include "sitrep/document/document.h"

namespace sitrep::battles {
namespace {

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)); }
bool IsAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)); }

bool IsMonth(std::string_view word, const InfoboxLexicon& lex) {
  while (!word.empty() && word.back() == '.') word.remove_suffix(1);
  return !word.empty() && lex.months.count(Lower(word)) > 0;
}

// Returns true when the word before `at` (past spaces, commas and a day
// number, as in "March 3, 2015") is a month name.
bool MonthBefore(std::string_view s, size_t at, const InfoboxLexicon& lex) {
  size_t k = at;
  auto skip = [&](auto pred) {
    while (k > 0 && pred(s[k - 1])) --k;
  };
  skip([](char c) { return c == ' ' || c == ','; });
  const size_t digits_end = k;
  skip(IsDigit);
  if (digits_end - k > 2) return false;
  if (digits_end != k) skip([](char c) { return c == ' '; });
  const size_t word_end = k;
  skip([](char c) { return IsAlpha(c) || c == '.'; });
  return IsMonth(s.substr(k, word_end - k), lex);
}

// Returns true when a month name starts at `at` (past spaces).
bool MonthAfter(std::string_view s, size_t at, const InfoboxLexicon& lex) {
  while (at < s.size() && s[at] == ' ') ++at;
  size_t end = at;
  while (end < s.size() && (IsAlpha(s[end]) || s[end] == '.')) ++end;
  return IsMonth(s.substr(at, end - at), lex);
}

int Number(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

bool IsYear(std::string_view digits) {
  const int y = Number(digits);
  return y >= 1000 && y <= 2099;
}

// Returns the calendar prefix of a TIMEX3 value part ("2013-11-15",
// "2013-11", "2013"; a time after 'T' is dropped), or "" for anything else
// (weeks, seasons, X values, references).
std::string CalendarDate(std::string_view v) {
  v = v.substr(0, v.find('T'));
  auto digits = [&](size_t at, size_t n) {
    for (size_t k = at; k < at + n; ++k) {
      if (k >= v.size() || !IsDigit(v[k])) return false;
    }
    return true;
  };
  if (v.size() == 4 && digits(0, 4)) return std::string(v);
  if (v.size() == 7 && digits(0, 4) && v[4] == '-' && digits(5, 2)) return std::string(v);
  if (v.size() == 10 && digits(0, 4) && v[4] == '-' && digits(5, 2) && v[7] == '-' &&
      digits(8, 2)) {
    return std::string(v);
  }
  return "";
}

int Precision(const std::string& d) { return d.size() == 10 ? 1 : d.size() == 7 ? 2 : 3; }

}  // namespace

std::string UnglueDates(std::string_view s, const InfoboxLexicon& lex) {
  static constexpr std::string_view kDash = " \xE2\x80\x93 ";  // " – "
  std::string out;
  out.reserve(s.size() + 8);
  for (size_t i = 0; i < s.size();) {
    if (!IsDigit(s[i]) || (i > 0 && IsDigit(s[i - 1]))) {
      out.push_back(s[i++]);
      continue;
    }
    size_t j = i;
    while (j < s.size() && IsDigit(s[j])) ++j;
    const std::string_view run = s.substr(i, j - i);
    const bool dated = run.size() >= 4 && IsYear(run.substr(0, 4)) && MonthBefore(s, i, lex);
    size_t cut = 0;
    if (run.size() == 8 && IsYear(run.substr(0, 4)) && IsYear(run.substr(4)) &&
        Number(run.substr(4)) >= Number(run.substr(0, 4))) {
      cut = 4;  // "20132014"
    } else if (dated && (run.size() == 5 || run.size() == 6) && Number(run.substr(4)) >= 1 &&
               Number(run.substr(4)) <= 31 && MonthAfter(s, j, lex)) {
      cut = 4;  // "20157 June"
    } else if (dated && run.size() == 4 && j < s.size() && IsAlpha(s[j]) && MonthAfter(s, j, lex)) {
      cut = 4;  // "2015June"
    }
    if (cut) {
      out.append(run.substr(0, cut));
      out.append(kDash);
      out.append(run.substr(cut));
    } else {
      out.append(run);
    }
    i = j;
  }
  return out;
}

StatusOr<std::unique_ptr<DateReader>> DateReader::Create(const lang::PackSet& packs) {
  SITREP_ASSIGN_OR_RETURN(auto timex, time::TimexAnnotator::Create(packs));
  return std::unique_ptr<DateReader>(new DateReader(std::move(timex)));
}

std::optional<DateRange> DateReader::Read(std::string_view text, const std::string& lang,
                                          const InfoboxLexicon& lex) const {
  document::Document scratch("infobox-date", UnglueDates(text, lex));
  scratch.lang = lang;
  if (!timex_->Annotate(scratch).ok()) return std::nullopt;
  if (scratch.timexes.empty() && !lang.empty() && lang != "en") {
    scratch.lang.clear();  // no grammar for the page's language: guess from the script
    if (!timex_->Annotate(scratch).ok()) return std::nullopt;
  }
  DateRange r;
  size_t first_end = 0;
  for (const auto& t : scratch.timexes) {
    if (t.type != document::TimexType::kDate) continue;
    const size_t slash = t.value.find('/');
    const std::string a = CalendarDate(std::string_view(t.value).substr(0, slash));
    const std::string b =
        slash == std::string::npos ? a : CalendarDate(std::string_view(t.value).substr(slash + 1));
    if (a.empty() || b.empty()) continue;
    if (r.start.empty()) {
      r.start = a;
      first_end = t.span.end;
    }
    r.end = b;
  }
  if (r.start.empty()) return std::nullopt;
  const std::string after = Lower(scratch.text().substr(first_end));
  if (HasAnyWord(after, lex.ongoing)) {
    r.ongoing = true;
    r.end.clear();
  }
  r.precision = std::max(Precision(r.start), r.end.empty() ? 1 : Precision(r.end));
  return r;
}

}  // namespace sitrep::battles
