// Table-driven tests of the head_first date grammar in the two packs that use
// it, Indonesian and Arabic, on sentences written for this test about several
// wars. Anchors: 2024-12-03 (a Tuesday), 2024-12-18 (a Wednesday), 2025-01-02
// (just after a year turns); "" = no publication date.
#include "sitrep/time/timex_cases_internal.h"

namespace sitrep::time {
namespace {

constexpr const char* kTue = "2024-12-03";
constexpr const char* kWed = "2024-12-18";
constexpr const char* kNewYear = "2025-01-02";

const TimexCase kIndonesian[] = {
    // The day of the last date named, not the report's.
    {kTue, "Milisi menyerang Goma pada 29 November 2024. Keesokan harinya tentara masuk kota itu.",
     "Keesokan harinya", "DATE", "2024-11-30"},
    {kTue, "Drone menghantam Kursk pada 1 Desember 2024, dan pada hari yang sama Rusia menembaki Sumy.",
     "hari yang sama", "DATE", "2024-12-01"},
    {kTue, "Pasukan Rusia menyerang Kharkiv pada Senin malam.", "Senin malam", "TIME", "2024-12-02TNI"},
    {kTue, "Serangan udara itu terjadi kemarin, kata pejabat Gaza.", "kemarin", "DATE", "2024-12-02"},
    {kTue, "Hari ini pemberontak memasuki Hama.", "Hari ini", "DATE", "2024-12-03"},
    {kTue, "Pemberontak merebut Aleppo pada Sabtu (30/11/2024).", "Sabtu (30/11/2024)", "DATE", "2024-11-30"},
    {kTue, "Tentara Sudan menyerang El Fasher pada hari Minggu.", "hari Minggu", "DATE", "2024-12-01"},
    {kTue, "Pertempuran di Goma pecah pada 29 November 2024.", "29 November 2024", "DATE", "2024-11-29"},
    {kTue, "Gencatan senjata berlaku sejak 27 November.", "27 November", "DATE", "2024-11-27"},
    {kTue, "Bom meledak di Mogadishu pada 2 Desember 2024 dan dua hari kemudian polisi menangkap tersangka.",
     "dua hari kemudian", "DATE", "2024-12-04"},
    {kTue, "Tiga hari lalu, milisi menyerang desa itu.", "Tiga hari lalu", "DATE", "2024-11-30"},
    {kTue, "Junta Myanmar mengebom desa itu minggu lalu.", "minggu lalu", "DATE", "2024-W48"},
    // "N unit" alone is a span of time: "minggu" after a number is no Sunday.
    {kTue, "Tentara Arakan merebut markas itu setelah bertempur selama tiga minggu.", "tiga minggu", "DURATION", "P3W"},
    {kTue, "Pemberontak mengepung Sittwe pada 2 Desember 2024; sehari kemudian mereka menyerbu kota itu.",
     "sehari kemudian", "DATE", "2024-12-03"},
    {kTue, "Pengungsi tiba di Rafah pekan ini.", "pekan ini", "DATE", "2024-W49"},
    {kTue, "Bentrokan serupa terjadi pada Oktober 2023.", "Oktober 2023", "DATE", "2023-10"},
    {kTue, "Houthi menyerang kapal itu tahun lalu.", "tahun lalu", "DATE", "2023"},
    {kTue, "Konflik di Darfur meletus pada tahun 2003.", "tahun 2003", "DATE", "2003"},
    {kTue, "Pada 1 Desember 2024, drone menyerang Kursk.", "1 Desember 2024", "DATE", "2024-12-01"},
    {kNewYear, "Serangan itu terjadi pada 30 Desember.", "30 Desember", "DATE", "2024-12-30"},
    {kTue, "Polisi menahan dua orang di Jakarta pagi tadi.", "pagi tadi", "TIME", "2024-12-03TMO"},
    {kTue, "Pasar kembali dibuka dan warga berbelanja.", "", "", ""},
    {"", "Pemberontak merebut kota itu pada 29 November 2024.", "29 November 2024", "DATE", "2024-11-29"},
    // Hijri dates, converted to the Gregorian day.
    {kTue, "Bom meledak di sebuah masjid di Maiduguri pada 1 Syawal 1445 H.", "1 Syawal 1445 H", "DATE",
     "2024-04-10"},
    {kTue, "Pemberontak memasuki Hama pada 3 Jumadil Akhir 1446 H.", "3 Jumadil Akhir 1446 H", "DATE",
     "2024-12-05"},
    // A bare year after a preposition; the preposition is no part of it.
    {kTue, "Kelompok bersenjata membunuh lima warga di Nduga pada 2019.", "2019", "DATE", "2019"},
    {kTue, "Militer Myanmar menguasai kota itu sejak 2021.", "2021", "DATE", "2021"},
    {kTue, "Sebanyak 2500 pengungsi tiba di Rafah.", "", "", ""},
    // Days of one month, the month told once.
    {kTue, "Pertempuran berlangsung dari 1 hingga 3 Desember 2024 di Sagaing.", "1 hingga 3 Desember 2024",
     "DATE", "2024-12-01/2024-12-03"},
    {kTue, "Tentara menyerbu Sittwe 25 sampai 28 November.", "25 sampai 28 November", "DATE",
     "2024-11-25/2024-11-28"},
};

const TimexCase kArabic[] = {
    {kTue, "حاصرت قوات الدعم السريع الفاشر لمدة ثلاثة أسابيع.", "ثلاثة أسابيع", "DURATION", "P3W"},
    // The day of the last date named, not the report's.
    {kTue, "قصفت القوات الروسية خاركيف في 29 نوفمبر 2024، وفي اليوم التالي سقطت قذائف على سومي.",
     "اليوم التالي", "DATE", "2024-11-30"},
    {kTue, "سيطرت قوات الدعم السريع على الفاشر في 1 ديسمبر 2024، وفي اليوم نفسه قصف الجيش نيالا.",
     "اليوم نفسه", "DATE", "2024-12-01"},
    {kWed, "قصفت الطائرات البلدة صباح الثلاثاء.", "صباح الثلاثاء", "TIME", "2024-12-17TMO"},
    {kWed, "وقالت الشرطة إن الانفجار وقع أمس في السوق.", "أمس", "DATE", "2024-12-17"},
    {kWed, "سيطر المسلحون على المدينة يوم الأحد.", "يوم الأحد", "DATE", "2024-12-15"},
    {kWed, "دخلت الفصائل حماة في 5 كانون الأول 2024.", "5 كانون الأول 2024", "DATE", "2024-12-05"},
    {kWed, "اندلعت الاشتباكات في الخرطوم في ١٢ ديسمبر ٢٠٢٤.", "١٢ ديسمبر ٢٠٢٤", "DATE", "2024-12-12"},
    {kWed, "بدأ الهجوم على الفاشر في ۱۰ ديسمبر ۲۰۲۴.", "۱۰ ديسمبر ۲۰۲۴", "DATE", "2024-12-10"},
    {kWed, "انسحب الجيش من البلدة منذ ثلاثة أيام.", "منذ ثلاثة أيام", "DATE", "2024-12-15"},
    {kWed, "شن الحوثيون هجمات على السفن الأسبوع الماضي.", "الأسبوع الماضي", "DATE", "2024-W50"},
    {kWed, "زار الوفد غزة الشهر الماضي.", "الشهر الماضي", "DATE", "2024-11"},
    {kWed, "سقطت الموصل بيد التنظيم عام 2014.", "عام 2014", "DATE", "2014"},
    {kWed, "دخلت القوات مدينة الفلوجة سنة 2004.", "سنة 2004", "DATE", "2004"},
    {kWed, "قتل ثلاثة جنود في هجوم قرب كيدال في 2 تشرين الثاني 2024.", "2 تشرين الثاني 2024", "DATE", "2024-11-02"},
    {kWed, "وقع الانفجار في 3 نوفمبر.", "3 نوفمبر", "DATE", "2024-11-03"},
    {kWed, "انفجرت سيارة مفخخة مساء أمس في مقديشو.", "مساء أمس", "TIME", "2024-12-17TEV"},
    {kNewYear, "أعلنت الهدنة في 30 كانون الأول.", "30 كانون الأول", "DATE", "2024-12-30"},
    {kWed, "نشرت الصحيفة اليومية تقريرا عن اللاجئين.", "", "", ""},
    {kWed, "طالب المتظاهرون بالإفراج عن المعتقلين.", "", "", ""},
    {"", "قصفت المدفعية البلدة في 4 آب 2024.", "4 آب 2024", "DATE", "2024-08-04"},
    // Hijri dates, converted to the Gregorian day (tabular calendar); the era
    // mark may be glued to the year; a day without a year is the nearest.
    {kWed, "قصفت الطائرات مخيما للنازحين قرب خان يونس في 15 جمادى الأولى 1446 هـ.",
     "15 جمادى الأولى 1446 هـ", "DATE", "2024-11-17"},
    {kWed, "سيطرت الفصائل على حماة في 3 جمادى الآخرة 1446هـ.", "3 جمادى الآخرة 1446هـ", "DATE",
     "2024-12-05"},
    {kWed, "اندلعت الاشتباكات في الخرطوم في ١٠ رمضان ١٤٤٥ هـ.", "١٠ رمضان ١٤٤٥ هـ", "DATE", "2024-03-20"},
    {kWed, "قتل خمسة صيادين في غارة على الحديدة يوم 12 جمادى الآخرة.", "12 جمادى الآخرة", "DATE",
     "2024-12-14"},
    {"", "سقطت قذائف على طرابلس في 12 جمادى الآخرة.", "12 جمادى الآخرة", "DATE", "XXXX-XX-XX"},
    // The month's other name in parentheses: the year after it is still the
    // date's ("12 أكتوبر" alone would be this year's).
    {kWed, "قصفت الطائرات مخيم جباليا في 12 أكتوبر (تشرين الأول) 2023.", "12 أكتوبر (تشرين الأول) 2023", "DATE",
     "2023-10-12"},
    {kWed, "سيطرت قوات الدعم السريع على ود مدني في ديسمبر (كانون الأول) 2023.", "ديسمبر (كانون الأول) 2023",
     "DATE", "2023-12"},
    // A bare year after a preposition; the preposition is no part of it.
    {kWed, "قتل شقيقه بالرصاص في 1996 في كراتشي.", "1996", "DATE", "1996"},
    // A decade by its word, never relative to the report.
    {kWed, "عاش اللاجئون في المخيم منذ الثمانينيات.", "الثمانينيات", "DATE", "198"},
    {kWed, "هدمت القوات القرية في أواخر التسعينات.", "التسعينات", "DATE", "199"},
    // A time word inside another word is none: "الخامس" (the fifth) holds
    // the letters of "امس" (yesterday); glued to a clitic it is one.
    {kWed, "وصل الفوج الخامس من النازحين إلى رفح.", "", "", ""},
    {kWed, "وأمس قصفت المدفعية بلدة في درعا.", "أمس", "DATE", "2024-12-17"},
    // The day as an ordinal word before its month, named or counted from the
    // report's; an ordinal before anything else is no date.
    {kWed, "قتل خمسة جنود في هجوم قرب الموصل في الخامس من الشهر الجاري.", "الخامس من الشهر الجاري", "DATE",
     "2024-12-05"},
    {kWed, "سقطت قذائف على عدن في الحادي والعشرين من الشهر الماضي.", "الحادي والعشرين من الشهر الماضي", "DATE",
     "2024-11-21"},
    {kWed, "اندلعت المعارك في الخرطوم في الخامس عشر من نيسان 2023.", "الخامس عشر من نيسان 2023", "DATE",
     "2023-04-15"},
    {kWed, "انسحبت القوات من البلدة في الثاني من ديسمبر.", "الثاني من ديسمبر", "DATE", "2024-12-02"},
    {kWed, "دخل الرتل الثالث من المساعدات إلى غزة.", "", "", ""},
    // Days of one month, the month told once.
    {kWed, "استمرت المعارك في الفاشر من 1 إلى 3 ديسمبر 2024.", "1 إلى 3 ديسمبر 2024", "DATE",
     "2024-12-01/2024-12-03"},
};

TEST(IndonesianTimexTest, Table) {
  for (const auto& c : kIndonesian) RunCase(c, "id");
}

TEST(ArabicTimexTest, Table) {
  for (const auto& c : kArabic) RunCase(c, "ar");
}

}  // namespace
}  // namespace sitrep::time
