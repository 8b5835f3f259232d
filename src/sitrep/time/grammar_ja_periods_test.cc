// Table-driven tests of Japanese reporting periods and holidays (grammar_ja.cc
// TryPeriod), written from common business and news phrasings: 第3四半期,
// 上半期, 前年同期 (the reported quarter a year before), 年末, 元日.
// Anchors: 2022-10-12 (fourth quarter), 2024-12-07, 2023-01-02, 2024-03-01.
#include "sitrep/time/timex_cases_internal.h"

namespace sitrep::time {
namespace {

constexpr const char* kWed = "2022-10-12";
constexpr const char* kSat = "2024-12-07";
constexpr const char* kNewYear = "2023-01-02";
constexpr const char* kLeap = "2024-03-01";

const TimexCase kCases[] = {
    {kWed, "同社の第3四半期の純利益は増えた。", "第3四半期", "DATE", "2022-Q3"},
    {kWed, "第４四半期の見通しを下方修正した。", "第４四半期", "DATE", "2022-Q4"},
    {kLeap, "第二四半期の輸出は鈍化した。", "第二四半期", "DATE", "2023-Q2"},
    {kSat, "2021年第1四半期の決算を訂正した。", "2021年第1四半期", "DATE", "2021-Q1"},
    {kWed, "第3四半期の売上高は前年同期比で8%減った。", "前年同期", "DATE", "2021-Q3"},
    {kWed, "前年同期に比べて赤字が縮小した。", "前年同期", "DATE", "2021"},
    {kWed, "今四半期は減益となる見込みだ。", "今四半期", "DATE", "2022-Q4"},
    {kWed, "前四半期から回復した。", "前四半期", "DATE", "2022-Q3"},
    {kWed, "上半期の販売台数は過去最高だった。", "上半期", "DATE", "2022-H1"},
    {kLeap, "下半期に需要が回復した。", "下半期", "DATE", "2023-H2"},
    {kSat, "2020年上半期の失業率は上昇した。", "2020年上半期", "DATE", "2020-H1"},
    {kWed, "部隊は年末までに撤退する。", "年末", "DATE", "2022"},
    {kNewYear, "昨年末に停戦が合意された。", "昨年末", "DATE", "2022"},
    {kLeap, "元日に大きな地震が発生した。", "元日", "DATE", "2024-01-01"},
    {kSat, "クリスマスに休戦を呼びかけた。", "クリスマス", "DATE", "2024-12-25"},
    {kNewYear, "大晦日の夜に花火が上がった。", "大晦日", "DATE", "2022-12-31"},
    {"", "元日に地震が発生した。", "元日", "DATE", "XXXX-XX-XX"},
};

TEST(JapaneseTimexTest, ReportingPeriodsAndHolidays) {
  for (const auto& c : kCases) RunCase(c, "ja");
}

}  // namespace
}  // namespace sitrep::time
