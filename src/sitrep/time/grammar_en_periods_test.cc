// Table-driven tests of the English reporting periods, named periods and vague
// references (grammar_en_fiscal.cc, grammar_en_named.cc), written from common
// business-wire and conflict-report phrasings. Comparisons such as "a year
// earlier" follow the quarter the report is about (TimeML practice for
// business news). Anchors: 2022-10-12 (a Wednesday in the fourth quarter),
// 2024-12-07 (Saturday), 2023-01-02 (Monday), 2024-03-01 (Friday).
#include "sitrep/time/timex_cases_internal.h"

namespace sitrep::time {
namespace {

constexpr const char* kWed = "2022-10-12";
constexpr const char* kSat = "2024-12-07";
constexpr const char* kNewYear = "2023-01-02";
constexpr const char* kLeap = "2024-03-01";

const TimexCase kCases[] = {
    // Periods compared with the reported quarter.
    {kWed, "Third-quarter profit rose 12% from a year earlier.", "a year earlier", "DATE",
     "2021-Q3"},
    {kWed, "Revenue in the third quarter fell to $2 billion from $2.4 billion a year ago.",
     "a year ago", "DATE", "2021-Q3"},
    {kWed, "Second-quarter sales slipped from the year-earlier quarter.",
     "the year-earlier quarter", "DATE", "2021-Q2"},
    {kWed, "The bank lost money in the second quarter; in the year-ago period it earned $5 million.",
     "the year-ago period", "DATE", "2021-Q2"},
    {kWed, "Fourth-quarter earnings beat forecasts, but the 2021 period had a one-time gain.",
     "the 2021 period", "DATE", "2021-Q4"},
    {kWed, "Net income was $3 million in the corresponding period last year.",
     "the corresponding period last year", "DATE", "2021-Q3"},
    {kWed, "First-quarter output rose; the comparable year-ago quarter was weak.",
     "the comparable year-ago quarter", "DATE", "2021-Q1"},
    {kWed, "The airline's year-earlier third quarter included a tax credit.",
     "year-earlier third quarter", "DATE", "2021-Q3"},
    {kWed, "Results for the 2020 third quarter were restated.", "the 2020 third quarter", "DATE",
     "2020-Q3"},
    {kWed, "Third-quarter profit beat the year-ago quarter, and sales rose from a year earlier.",
     "a year earlier", "DATE", "2021-Q3"},  // a compared period is no new reference
    // The reported quarter itself.
    {kWed, "Profit in the latest quarter doubled.", "the latest quarter", "DATE", "2022-Q3"},
    {kWed, "Second-quarter output rose and the latest period saw higher prices.",
     "the latest period", "DATE", "2022-Q2"},
    {kWed, "Second-quarter margins narrowed, and this quarter's costs rose.", "this quarter",
     "DATE", "2022-Q2"},
    {kWed, "Exports in this year's second quarter slowed.", "this year's second quarter", "DATE",
     "2022-Q2"},
    {kWed, "The recovery may start in next year's first quarter.", "next year's first quarter",
     "DATE", "2023-Q1"},
    {kWed, "The company expects losses in the current quarter.", "the current quarter", "DATE",
     "2022-Q4"},
    {kWed, "Growth slowed in the third quarter of 2019.", "the third quarter of 2019", "DATE",
     "2019-Q3"},
    // Without a quarter in the text, a year ago is a year.
    {kWed, "The border crossing was closed a year ago.", "a year ago", "DATE", "2021"},
    {kWed, "Year-earlier figures were revised.", "Year-earlier", "DATE", "2021"},
    {kSat, "Fighting was heavier a year earlier.", "a year earlier", "DATE", "2023"},
    // The current year without a number.
    {kWed, "The ministry expects a deficit for the full year.", "the full year", "DATE", "2022"},
    {kWed, "The deal should close by year-end.", "year-end", "DATE", "2022"},
    {kSat, "The mission will end by year's end.", "year's end", "DATE", "2024"},
    {kWed, "Net income for the year ended June 30 rose 8%.", "the year", "DURATION", "P1Y"},
    {kWed, "Sales in the current fiscal year will slow.", "the current fiscal year", "DATE",
     "2022"},
    {kWed, "Prices fell for the year, the agency said.", "the year", "DATE", "2022"},
    {kWed, "Inflation should ease by the end of the year.", "the end of the year", "DATE", "2022"},
    {kSat, "Talks are expected in mid-January.", "mid-January", "DATE", "2025-01"},
    // Vague present and future.
    {kSat, "The current crisis began in March.", "current", "DATE", "PRESENT_REF"},
    {kSat, "Aid agencies expect more displacement in coming weeks.", "coming weeks", "DATE",
     "FUTURE_REF"},
    {kSat, "Talks may resume in the near future.", "the near future", "DATE", "FUTURE_REF"},
    {kSat, "Prices are high these days.", "these days", "DATE", "PRESENT_REF"},
    // Seasons without a year.
    {kSat, "The offensive stalled over the summer.", "the summer", "DATE", "2024-SU"},
    {kWed, "The rains will return in the spring.", "the spring", "DATE", "2023-SP"},
    {kLeap, "Planting will begin in the spring.", "the spring", "DATE", "2024-SP"},
    {kSat, "Prices will rise in the summer.", "the summer", "DATE", "2025-SU"},
    {kWed, "The ministry closed the plant this past spring.", "this past spring", "DATE",
     "2022-SP"},
    {kNewYear, "The harvest failed in the winter of 2019.", "the winter of 2019", "DATE",
     "2019-WI"},
    {kSat, "Clashes flared in the early autumn.", "the early autumn", "DATE", "2024-FA"},
    // Holidays.
    {kSat, "The ceasefire collapsed on Thanksgiving Day.", "Thanksgiving Day", "DATE",
     "2024-11-28"},
    {kSat, "Markets will close on Christmas Day.", "Christmas Day", "DATE", "2024-12-25"},
    {kNewYear, "The attack came on Christmas Eve.", "Christmas Eve", "DATE", "2022-12-24"},
    {kSat, "Voters went to the polls on Election Day.", "Election Day", "DATE", "2024-11-05"},
    {kLeap, "Pilgrims will gather for Easter.", "Easter", "DATE", "2024-03-31"},
    {kSat, "Rebels have held the town since last Christmas.", "last Christmas", "DATE",
     "2023-12-25"},
    {kSat, "The strike began on Christmas 2013.", "Christmas 2013", "DATE", "2013-12-25"},
    {kSat, "Shops reopened on Good Friday.", "Good Friday", "DATE", "2024-03-29"},
    {kSat, "Parades are banned on Memorial Day.", "Memorial Day", "DATE", "2024-05-27"},
    {"", "Crowds gathered on New Year's Eve.", "New Year's Eve", "DATE", "XXXX-XX-XX"},
    // Halves of a year and decade words.
    {kSat, "Unemployment soared in the second half of 2020.", "the second half of 2020", "DATE",
     "2020-H2"},
    {kSat, "Output recovered in the first half of 2021.", "the first half of 2021", "DATE",
     "2021-H1"},
    {kSat, "The region was devastated in the nineties.", "the nineties", "DATE", "199"},
    // Fiscal years and quarters.
    {kWed, "In fiscal 2021, the company earned $17 million.", "fiscal 2021", "DATE", "2021"},
    {kWed, "Sales rose in the fiscal first quarter.", "the fiscal first quarter", "DATE",
     "2022-Q1"},
    // Extents: "the" before a counted span, approximations inside it.
    {kWed, "In the nine months, net income fell 5%.", "the nine months", "DURATION", "P9M"},
    {kWed, "Revenue for the latest six months rose.", "the latest six months", "DURATION",
     "P6M"},
    {kSat, "The siege has lasted nearly two years.", "nearly two years", "DURATION", "P2Y"},
    {kSat, "Talks went on for more than four hours.", "more than four hours", "DURATION",
     "PT4H"},
    {kSat, "The camp opened almost two years ago.", "almost two years ago", "DATE", "2022"},
    {kSat, "Detainees can be held for up to 180 days.", "up to 180 days", "DURATION", "P180D"},
    {kSat, "About 2000 soldiers were deployed.", "", "", ""},
    // Sets.
    {kSat, "Marchers parade each July.", "each July", "SET", "XXXX-07"},
    {kSat, "Floods return every spring.", "every spring", "SET", "XXXX-SP"},
    {kSat, "The agency publishes hourly updates.", "hourly", "SET", "PT1H"},
    // Not time expressions.
    {kSat, "Iraq imports about three-quarters of its food.", "", "", ""},
    {kSat, "The commander, 52 years old, was arrested.", "", "", ""},
    {kSat, "A quarter of the population has fled.", "", "", ""},
    {kSat, "The index closed at 2082.1 points.", "", "", ""},
};

TEST(EnglishTimexTest, ReportingAndNamedPeriods) {
  for (const auto& c : kCases) RunCase(c, "en");
}

}  // namespace
}  // namespace sitrep::time
