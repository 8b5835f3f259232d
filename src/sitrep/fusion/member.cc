// Member facts: type family and the span of days.
#include "sitrep/fusion/member.h"

#include <algorithm>

#include "sitrep/base/date.h"

namespace sitrep::fusion {
namespace {

// Types whose sub-types are different kinds of thing (an arrest, a looting, an
// agreement): only the same sub-type can be one event. For the other types a
// differing sub-type is a contradiction between reports of one event.
bool SubTypeDefinesEvent(const std::string& event_type) {
  return event_type == "Strategic developments";
}

std::optional<long> Day(const std::optional<std::string>& date) {
  if (!date) return std::nullopt;
  auto d = Date::Parse(*date);
  if (!d) return std::nullopt;
  return d->DaysSinceEpoch();
}

}  // namespace

bool IsTerritorialSubType(const std::string& sub) {
  return sub == "Government regains territory" || sub == "Non-state actor overtakes territory" ||
         sub == "Non-violent transfer of territory";
}

void Prepare(Member& m) {
  const document::Event& e = m.event;
  m.territorial = IsTerritorialSubType(e.sub_event_type);
  // Transfers of territory merge across Battles and Strategic developments
  // (a take reported as fighting by one outlet and as a handover or a
  // withdrawal by another): they belong with the battles.
  if (m.territorial || e.event_type == "Battles") {
    m.family = "Battles";
  } else if (SubTypeDefinesEvent(e.event_type)) {
    m.family = e.event_type + "/" + e.sub_event_type;
  } else {
    m.family = e.event_type;
  }
  const auto day = Day(e.date);
  m.dated = false;
  if (day) {
    m.day = *day;
    const auto end = Day(e.date_end);
    long first = *day, last = end && *end >= *day ? *end : *day;
    if (!end || *end < *day) {
      if (e.time_precision == 2) first -= kWeekFallbackBefore;
      if (e.time_precision >= 3) first -= kVagueFallbackBefore;
    }
    m.point_day = e.time_precision == 1 && first == last;
    m.dated = last - first <= kMaxSpanDays;
    m.first_day = first - kDaySlack;
    m.last_day = last + kDaySlack;
  }
}

bool SameKind(const Member& a, const Member& b) { return a.family == b.family; }

bool Denied(const document::Event& e) {
  return e.negated || std::any_of(e.claims.begin(), e.claims.end(), [](const auto& c) {
           return c.stance == document::Stance::kDenies;
         });
}

std::string CanonicalKey(const Member& m) {
  // Undated reports ("~" sorts after digits) come after dated ones.
  const std::string published = m.source.published.empty() ? "~" : m.source.published;
  return published + '\x1f' + m.source.doc + '\x1f' + m.source.event;
}

std::string OutletOf(const std::string& url, const std::string& source) {
  for (const std::string* s : {&url, &source}) {
    const size_t scheme = s->find("://");
    if (scheme == std::string::npos) continue;
    const size_t begin = scheme + 3;
    const size_t end = s->find_first_of("/:?#", begin);
    std::string host = s->substr(begin, end == std::string::npos ? std::string::npos : end - begin);
    std::transform(host.begin(), host.end(), host.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (host.rfind("www.", 0) == 0) host.erase(0, 4);
    if (!host.empty()) return host;
  }
  return "";
}

}  // namespace sitrep::fusion
