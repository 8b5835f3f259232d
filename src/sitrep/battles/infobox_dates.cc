// Design: the text is cut into tokens (numbers, words, range dashes). Tokens
// before the first range dash describe the start, tokens after it the end;
// each side keeps the day, month and year it names (a 1–2 digit number is a
// day, a 3–4 digit one a year, a month name a month). Parts a side leaves out
// are borrowed from the other side, and a start that would then fall after its
// end moves back a year ("15 December – 10 January 2014").
#include "sitrep/battles/infobox_dates.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <vector>

namespace sitrep::battles {
namespace {

struct Point {
  int year = 0, month = 0, day = 0;
  bool ongoing = false;
  bool Empty() const { return !year && !month && !day && !ongoing; }
};

struct Token {
  enum Kind { kNumber, kWord, kDash } kind;
  std::string text;
};

bool IsDash(std::string_view s, size_t i, size_t& len) {
  static const char* kDashes[] = {"\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x88\x92"};  // – — −
  for (const char* d : kDashes) {
    const std::string_view dv(d);
    if (s.substr(i, dv.size()) == dv) {
      len = dv.size();
      return true;
    }
  }
  len = 1;
  return s[i] == '-';
}

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  for (size_t i = 0; i < s.size();) {
    size_t len = 0;
    const unsigned char c = s[i];
    if (IsDash(s, i, len)) {
      out.push_back({Token::kDash, "-"});
      i += len;
    } else if (std::isdigit(c)) {
      size_t j = i;
      while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
      out.push_back({Token::kNumber, std::string(s.substr(i, j - i))});
      i = j;
    } else if (std::isalpha(c)) {
      size_t j = i;
      while (j < s.size() && (std::isalpha(static_cast<unsigned char>(s[j])) || s[j] == '.')) ++j;
      std::string w = Lower(s.substr(i, j - i));
      while (!w.empty() && w.back() == '.') w.pop_back();
      if (w == "to" || w == "until" || w == "till")
        out.push_back({Token::kDash, "-"});
      else
        out.push_back({Token::kWord, w});
      i = j;
    } else {
      ++i;
    }
  }
  return out;
}

// Returns false when a token cannot belong to a date (so the text is no date).
bool Absorb(const Token& t, Point& p, const InfoboxLexicon& lex) {
  if (t.kind == Token::kNumber) {
    const int v = std::atoi(t.text.c_str());
    if (t.text.size() >= 3 && t.text.size() <= 4 && !p.year)
      p.year = v;
    else if (t.text.size() <= 2 && v >= 1 && v <= 31 && !p.day)
      p.day = v;
    else
      return false;
    return true;
  }
  if (auto it = lex.months.find(t.text); it != lex.months.end()) {
    p.month = it->second;
    return true;
  }
  for (const auto& w : lex.ongoing) {
    if (t.text == w) p.ongoing = true;
  }
  return true;  // "c", "early", "mid", ",": ignored
}

std::string Format(const Point& p) {
  char buf[16];
  if (p.month && p.day)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", p.year, p.month, p.day);
  else if (p.month)
    std::snprintf(buf, sizeof buf, "%04d-%02d", p.year, p.month);
  else
    std::snprintf(buf, sizeof buf, "%04d", p.year);
  return buf;
}

int Precision(const Point& p) { return p.day && p.month ? 1 : p.month ? 2 : 3; }

long Key(const Point& p) { return p.year * 10000L + p.month * 100 + p.day; }

// Fills the parts `a` leaves out ("15 November" of "15 November – 15 December
// 2013", "2" of "2–5 May 2015") from `b`.
void Borrow(Point& a, const Point& b) {
  if (!a.year) a.year = b.year;
  if (!a.month && a.day) a.month = b.month;
}

// Returns the ISO dates ("2014-03-17") written in `s`, in order.
std::vector<std::string> IsoDates(std::string_view s) {
  std::vector<std::string> out;
  auto digits = [&](size_t at, size_t n) {
    for (size_t k = 0; k < n; ++k) {
      if (at + k >= s.size() || !std::isdigit(static_cast<unsigned char>(s[at + k]))) return false;
    }
    return true;
  };
  for (size_t i = 0; i + 10 <= s.size(); ++i) {
    if ((i == 0 || !std::isdigit(static_cast<unsigned char>(s[i - 1]))) && digits(i, 4) &&
        s[i + 4] == '-' && digits(i + 5, 2) && s[i + 7] == '-' && digits(i + 8, 2) &&
        !digits(i + 10, 1)) {
      out.emplace_back(s.substr(i, 10));
      i += 9;
    }
  }
  return out;
}

}  // namespace

std::optional<DateRange> ParseDateRange(std::string_view text, const InfoboxLexicon& lex) {
  DateRange r;
  if (auto iso = IsoDates(text); !iso.empty()) {
    r.start = iso.front();
    r.end = iso.back();
    return r;
  }
  Point left, right;
  Point* cur = &left;
  int unknown_words = 0;
  for (const Token& t : Tokenize(text)) {
    if (t.kind == Token::kDash) {
      cur = &right;
      continue;
    }
    if (!Absorb(t, *cur, lex)) return std::nullopt;
    if (t.kind == Token::kWord && !lex.months.count(t.text) && !cur->ongoing) ++unknown_words;
  }
  if (left.Empty() || unknown_words > 3) return std::nullopt;
  Borrow(left, right);
  if (!right.Empty()) Borrow(right, left);
  if (!left.year) return std::nullopt;
  r.start = Format(left);
  if (right.ongoing) {
    r.ongoing = true;
    r.precision = Precision(left);
    return r;
  }
  if (!right.year) {
    r.end = r.start;
    r.precision = Precision(left);
    return r;
  }
  if (Key(left) > Key(right) && left.year == right.year) {
    --left.year;  // "15 December – 10 January 2014"
    r.start = Format(left);
  }
  r.end = Format(right);
  r.precision = std::max(Precision(left), Precision(right));
  return r;
}

}  // namespace sitrep::battles
