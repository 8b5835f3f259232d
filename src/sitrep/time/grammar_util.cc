// Helpers shared by the English and Japanese grammars (see grammar_util.h).
#include "sitrep/time/grammar_util.h"

#include <cstdio>

namespace sitrep::time {
namespace {

bool IsTimeUnit(const std::string& unit) { return unit == "H" || unit == "MIN" || unit == "S"; }

std::string UnitLetter(const std::string& unit) { return unit == "MIN" ? "M" : unit; }

std::string CountText(long count) { return count < 0 ? "X" : std::to_string(count); }

}  // namespace

int UnitRank(const std::string& unit) {
  static const char* kOrder[] = {"S", "MIN", "H", "D", "W", "M", "Q", "Y", "DE", "CE"};
  for (int i = 0; i < 10; ++i) {
    if (unit == kOrder[i]) return i;
  }
  return -1;
}

std::string DurationValue(long count, const std::string& unit) {
  std::string v = "P";
  AppendDuration(v, count, unit);
  return v;
}

void AppendDuration(std::string& value, long count, const std::string& unit) {
  if (unit == "DE" && count >= 0) {  // TIMEX3 writes decades in years: P20Y
    value += std::to_string(10 * count) + "Y";
    return;
  }
  if (IsTimeUnit(unit) && value.find('T') == std::string::npos) value += "T";
  value += CountText(count) + UnitLetter(unit);
}

void AppendHalf(std::string& value, const std::string& unit) {
  if (unit == "Y") AppendDuration(value, 6, "M");
  else if (unit == "D") AppendDuration(value, 12, "H");
  else if (unit == "H") AppendDuration(value, 30, "MIN");
  else if (unit == "MIN") AppendDuration(value, 30, "S");
}

std::string RelativeByUnit(const Resolver& r, long count, const std::string& unit, int sign) {
  if (count < 0) return sign < 0 ? "PAST_REF" : "FUTURE_REF";
  const long n = sign * count;
  if (unit == "D") return r.RelDay(n);
  if (unit == "W") return r.RelDay(7 * n);
  if (unit == "M") return r.RelMonth(static_cast<int>(n));
  if (unit == "Q") return r.RelMonth(static_cast<int>(3 * n));
  if (unit == "Y") return r.RelYear(static_cast<int>(n));
  if (unit == "DE") {
    if (!r.anchor()) return "XXX";
    return DecadeValue(r.anchor()->year + 10 * n);
  }
  if (IsTimeUnit(unit)) return r.RelDay(0);  // hours ago: the same day at day granularity
  return sign < 0 ? "PAST_REF" : "FUTURE_REF";
}

std::string WithPartOfDay(const std::string& day, const std::string& code) {
  return day + "T" + code;
}

std::string SeasonValue(int year, const std::string& code) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-%s", year, code.c_str());
  return buf;
}

std::string DecadeValue(long year) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%03ld", year / 10);
  return buf;
}

}  // namespace sitrep::time
