// Pass "guards": which guard rules a candidate out, in both languages.
#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

#include "sitrep/events/event_table_testutil.h"
#include "sitrep/events/passes_testutil.h"

namespace sitrep::events {
namespace {

struct GuardRow {
  const char* lang;
  const char* text;
  const char* guards;  // failed guards of each candidate, candidates joined by '|'
};

void PrintTo(const GuardRow& r, std::ostream* os) { *os << r.text; }

const GuardRow kRows[] = {
    {"en", "The army could capture Mosul within days.", "irrealis"},
    {"en", "The Houthis threatened to attack Marib.", "irrealis"},
    {"en", "An air strike on Idlib killed five people.", "|killing-in-strike"},
    {"en", "Rebels seized Goma after the army withdrew.", "|withdrawal-in-take"},
    // A withdrawal beside a take only threatened is an event of its own.
    {"en", "The army withdrew from Gao after the rebels threatened to capture the town.", "|irrealis"},
    {"id", "Tentara Kongo mundur dari Goma setelah pemberontak mengancam akan merebut kota itu.", "|irrealis"},
    {"ar", "انسحب الجيش من الخرطوم بعد أن هدد المتمردون بالسيطرة على المدينة.", "|irrealis"},
    {"en", "Rebels seized towns in Syria.", "country-level-take"},
    {"en", "The African Union condemned the attack on Kidal.", "reference"},
    {"en", "Since the war began, 300 civilians have been killed in Mekelle.", "background"},
    {"en", "A gas explosion killed four workers in Lahore.", "accident|accident"},
    {"en", "Protesters marched in Nairobi against the gas explosion.", "||accident"},
    {"en", "Insurgents intended to take control of Pemba.", "irrealis"},
    {"en", "Residents fear the RSF plans a new offensive on Khartoum.", "irrealis"},
    {"en", "The Houthis did not claim any attack on Marib.", "negated"},
    {"en", "Since the war began, 900 people have fled Goma.", "background"},
    {"en", "Gunmen ambushed a police patrol near Gao.", ""},
    {"en", "Fighting broke out overnight.", "no-place"},
    {"en", "The militia keeps 40 shells in a depot in Goma.", "weapon-unused"},
    {"en", "Shells fell on a market in Goma.", ""},
    // Weapons the attackers held are equipment; the clause's verb is the event.
    {"en", "Gunmen armed with rifles and grenades attacked a checkpoint near Gao.", "weapon-carried|"},
    {"en", "Fighters carrying rocket-propelled grenades overran a post near Mosul.", "weapon-carried|"},
    {"en", "Attackers threw grenades at a police post in Nairobi.", ""},
    // Promises are no event; a cumulative toll of the war is background.
    {"en", "The government has promised to retake Marib.", "irrealis"},
    {"en", "More than 6,000 people have been killed in the conflict around Gao.", "background"},
    {"ar", "سلم مقاتلون مئة قذيفة هاون إلى الجيش في الموصل.", "weapon-unused|weapon-unused"},
    {"ar", "سقطت قذيفة هاون على سوق في الموصل.", "|"},
    {"ar", "شهدت الموصل هذا العام أكثر من عشرين هجوما انتحاريا.", "weapon-unused"},
    {"id", "Milisi menyerahkan seratus mortir kepada tentara di Goma.", "weapon-unused"},
    {"id", "Mortir jatuh di sebuah pasar di Goma.", ""},
    {"ar", "قال شهود إن المتظاهرين الذين احتشدوا في الموصل كانوا طلابا.", "reference"},
    // A cue governs a few words on, counted in words: Arabic words with their
    // clitics are long, and 40 bytes reached only three of them.
    {"ar", "أدان مجلس الأمن الدولي مساء الثلاثاء قصف مخيم للنازحين في الفاشر.", "reference"},
    {"ar", "حذرت منظمات إغاثة يمنية في عدن من غارات جوية جديدة على الحديدة.", "irrealis"},
    // Blame and suspicion name an attack told before.
    {"ar", "قال مسؤول ليبي إن جماعة مسلحة تقف وراء تفجير السيارة في بنغازي.", "reference"},
    {"ar", "اعتقلت الشرطة العراقية رجلين يشتبه بتورطهما في تفجير سيارة مفخخة في الموصل.", "|reference|reference"},
    // A supposition is no report.
    {"ar", "استبعد ضابط سوري أن يكون القصف على حمص من الجيش.", "irrealis"},
    {"ar", "اعتقلت الشرطة ثلاثة رجال أثناء محاولتهم إطلاق صواريخ قرب الموصل.", "|irrealis"},
    // A killing beside a strike only attempted is an event of its own.
    {"ar", "قال الجيش العراقي إن مسلحين قتلوا أثناء محاولتهم إطلاق صواريخ قرب الموصل.", "|irrealis"},
    // Intentions and appeals report no event: "will", "called on … to".
    {"en", "The Sudanese army says it will retake Khartoum.", "irrealis"},
    {"en", "The UN called on both sides to stop the fighting in Marib.", "irrealis"},
    {"id", "Warga menuntut gencatan senjata di Khartoum.", "irrealis"},
    {"en", "Aid groups urged an end to the shelling of Kharkiv.", "irrealis"},
    // The grievance of a protest, the object of an accusation: told elsewhere.
    {"en", "Hundreds marched in Lahore protesting the arrest of a lawyer.", "||reference"},
    {"en", "The army accused the RSF of backing the attack on Gao.", "reference"},
    // A place recalled as the scene of an earlier event; forces ready for one.
    {"en", "Aid reached Mosul, the scene of a chemical attack in 2017.", "reference"},
    {"en", "Air defences in Kharkiv are ready to counter an air strike.", "irrealis"},
    {"ja", "反政府勢力はアレッポを占領するだろう。", "irrealis"},
    {"ja", "スーダン軍は近くハルツームを奪還すると述べた。", "irrealis"},
    {"ja", "国連はマーリブでの戦闘の即時停止を求めた。", "irrealis"},
    {"ja", "ハルツームで弁護士の拘束に抗議するデモがあった。", "reference||"},
    {"ja", "イラク軍はモスルを奪還した。", ""},
    {"ja", "国連はハルツームでの攻撃を非難した。", "reference"},
    {"ja", "地震でカトマンズの村人10人が死亡した。", "accident"},
    {"ar", "قتل شخصان في انفجار أسطوانة غاز في مطعم بالموصل.", "killing-in-strike|accident"},
    // A question asks whether something happened; it tells nothing, past a
    // closing quote too. The same words as a statement fail no early guard
    // (only no-place: the test dictionary has no Gaza, no Intan Jaya).
    {"ar", "من قصف سوق الخضار في مأرب صباح أمس؟", "question"},
    {"ar", "وتساءل أحد السكان: «لماذا قصفت الطائرات مخيم النازحين في غزة؟»", "question"},
    {"ar", "قصفت الطائرات مخيم النازحين في غزة صباح أمس.", "no-place"},
    {"id", "Siapa yang menembaki pos polisi di Intan Jaya pada Senin?", "question"},
    {"id", "Kelompok bersenjata menembaki pos polisi di Intan Jaya pada Senin.", "no-place"},
};

class GuardPassTest : public ::testing::TestWithParam<GuardRow> {};

TEST_P(GuardPassTest, NamesTheFailedGuards) {
  const GuardRow& r = GetParam();
  const auto run = testing::RunPasses(r.text, r.lang);
  std::string got;
  for (size_t i = 0; i < run.candidates.size(); ++i)
    got += (i ? "|" : "") + testing::Guards(run.candidates[i]);
  EXPECT_EQ(got, r.guards);
}

INSTANTIATE_TEST_SUITE_P(Rows, GuardPassTest, ::testing::ValuesIn(kRows));

// Runs the early guard on each trigger of `text` whose sentence holds the
// timex `timex` (its value `value`): a cue inside a timex is not read, and
// a background cue is the start of a dated period only on its own side.
std::string EarlyGuards(const std::string& text, const std::string& lang, const std::string& timex,
                       const std::string& value) {
  auto doc = sitrep::testing::MakeDocument(text, lang);
  const size_t at = doc.text().find(timex);
  EXPECT_NE(at, std::string::npos);
  doc.timexes.push_back({{at, at + timex.size()}, timex, document::TimexType::kDate, value, "", 0});
  const LanguageTables& t = testing::TablesFor(lang);
  const DocumentContext ctx = ReadDocumentContext(doc, t.captions);
  ReadingState state;
  const SentenceView view = ReadSentence(doc, 0, t, ctx, state);
  const SentenceTriggers triggers = FindTriggers(view.text, t, testing::Tables().ontology);
  std::string out;
  for (const auto& hit : triggers.hits)
    out += (out.empty() ? "" : "|") + EarlyGuard(hit, view, triggers, t);
  return out;
}

TEST(GuardPassTest, CuesInsideATimexAreNotRead) {
  EXPECT_EQ(EarlyGuards("On May 20 rebels shelled Goma.", "en", "May 20", "2024-05-20"), "");
}

TEST(GuardPassTest, StartOfADatedPeriodIsAnEventOnTheCuesSide) {
  // "since" before the trigger: the take starts the period and is dated.
  EXPECT_EQ(EarlyGuards("Rebels have held the city since they killed 40 soldiers in Goma in March.",
                        "en", "March", "2024-03"),
            "");
  // "since" after the trigger frames the toll: background, dated or not.
  EXPECT_EQ(EarlyGuards("More than 900 people have been killed since the war began in March.", "en",
                        "March", "2024-03"),
            "background");
  EXPECT_EQ(EarlyGuards("武装勢力が3月にゴマで兵士40人を殺害して以来、緊張が続いている。", "ja", "3月",
                        "2024-03"),
            "");
}

TEST(GuardPassTest, AStartOfPeriodMonthsBeforeTheReportIsBackground) {
  for (const auto& [lang, text, timex] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"en", "The army has kept fighting rebels near Goma since October 2023.", "October 2023"},
           {"ja", "国軍は2023年10月以降、ゴマ近郊で反政府勢力との戦闘を続けている。", "2023年10月"}}) {
    auto doc = sitrep::testing::MakeDocument(text, lang, "2025-05-20");
    const size_t at = doc.text().find(timex);
    ASSERT_NE(at, std::string::npos);
    doc.timexes.push_back({{at, at + timex.size()}, timex, document::TimexType::kDate, "2023-10", "", 0});
    ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
    EXPECT_TRUE(doc.events.empty()) << text;
    bool said = false;
    for (const auto& d : doc.diagnostics) said |= d.message.find("background") != std::string::npos;
    EXPECT_TRUE(said) << text;
  }
}

// A sentence that dates its event more than a year before the report recalls
// it (an assassination years ago, told as the background of today's news):
// the report's own news, dated days before, stays; so does the old event
// when it is dated weeks before instead.
TEST(GuardPassTest, AnEventDatedYearsBeforeTheReportIsBackground) {
  struct Case {
    const char* lang;
    const char* text;
    const char* old_timex;
    const char* new_timex;
  };
  for (const auto& c : std::vector<Case>{
           {"en", "Islamic State fighters seized Mosul in June 2014.\nRussian forces shelled Kharkiv on Monday.",
            "June 2014", "Monday"},
           {"ar", "سيطرت قوات الدعم السريع على الخرطوم في أبريل 2022.\nوقصف الجيش السوداني الخرطوم يوم الاثنين.",
            "أبريل 2022", "يوم الاثنين"},
           {"ja", "ロシア軍は2022年5月にハルキウを砲撃した。\nロシア軍は19日にハルキウを砲撃した。", "2022年5月", "19日"}}) {
    for (const std::string value : {"2022-05", "2025-04"}) {
      auto doc = sitrep::testing::MakeDocument(c.text, c.lang, "2025-05-20");
      for (const auto& [timex, v] : std::vector<std::pair<std::string, std::string>>{
               {c.old_timex, value}, {c.new_timex, "2025-05-19"}}) {
        const size_t at = doc.text().find(timex);
        ASSERT_NE(at, std::string::npos) << timex;
        int sentence = 0;
        for (size_t i = 0; i < doc.sentences.size(); ++i)
          if (doc.sentences[i].span.begin <= at) sentence = static_cast<int>(i);
        doc.timexes.push_back({{at, at + timex.size()}, timex, document::TimexType::kDate, v, "", sentence});
      }
      ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
      bool said = false;
      for (const auto& d : doc.diagnostics) said |= d.message.find("background") != std::string::npos;
      EXPECT_EQ(said, value == "2022-05") << c.text << " dated " << value;
      bool old_kept = false, new_kept = false;
      for (const auto& e : doc.events) (e.date && e.date->starts_with("2025-05") ? new_kept : old_kept) = true;
      std::string got;
      for (const auto& e : doc.events) got += e.sub_event_type + "@" + e.date.value_or("-") + " ";
      EXPECT_TRUE(new_kept) << c.text << " got " << got;
      EXPECT_EQ(old_kept, value != "2022-05") << c.text << " dated " << value;
    }
  }
}

// A snippet's one old date is what it recalls, not its subject: a sentence of
// a 2025 report that dates a killing in 2019 is background, though it is the
// only date the snippet names (a report of that one sentence tells the past).
TEST(GuardPassTest, ASnippetsOneOldDateIsBackground) {
  for (const auto& [lang, text, timex] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"ar", "وقتل مسلحون خمسة مدنيين في غوما عام 2019.", "عام 2019"},
           {"id", "Kelompok bersenjata membunuh lima warga di Goma pada 2019.", "2019"},
           {"en", "Gunmen killed five villagers in Goma in 2019.", "2019"}}) {
    auto doc = sitrep::testing::MakeDocument(text, lang, "2025-05-20");
    const size_t at = doc.text().find(timex);
    ASSERT_NE(at, std::string::npos) << timex;
    doc.timexes.push_back({{at, at + timex.size()}, timex, document::TimexType::kDate, "2019", "", 0});
    EXPECT_TRUE(TellsThePast(doc));
    ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
    EXPECT_TRUE(doc.events.empty()) << text << " gave " << doc.events[0].sub_event_type;
  }
}

// A document most of whose dates are years old tells the past (an article on
// a 2014 battle): its old dates are its subject, and its events stay.
TEST(GuardPassTest, ADocumentTellingThePastKeepsItsOldEvents) {
  const std::string text =
      "The army shelled Mosul in May 2014.\nIslamic State fighters seized Mosul in June 2014.\n"
      "The Iraqi army retook Mosul in July 2017.\nA memorial to the dead opened in Mosul on Monday.";
  auto doc = sitrep::testing::MakeDocument(text, "en", "2025-05-20");
  int sentence = 0;
  for (const auto& [timex, value] : std::vector<std::pair<std::string, std::string>>{
           {"May 2014", "2014-05"}, {"June 2014", "2014-06"}, {"July 2017", "2017-07"}, {"Monday", "2025-05-19"}}) {
    const size_t at = doc.text().find(timex);
    ASSERT_NE(at, std::string::npos);
    doc.timexes.push_back({{at, at + timex.size()}, timex, document::TimexType::kDate, value, "", sentence++});
  }
  EXPECT_TRUE(TellsThePast(doc));
  ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
  EXPECT_GE(doc.events.size(), 2u);
}

// A text whose every date is years old is no news of its publication day
// (a paragraph of a history), whatever its length.
TEST(GuardPassTest, ATextWhoseEveryDateIsOldTellsThePast) {
  auto doc = sitrep::testing::MakeDocument("Islamic State fighters seized Mosul in June 2014.", "en", "2025-05-20");
  const size_t at = doc.text().find("June 2014");
  doc.timexes.push_back({{at, at + 9}, "June 2014", document::TimexType::kDate, "2014-06", "", 0});
  EXPECT_TRUE(TellsThePast(doc));
  doc.timexes.push_back({{0, 0}, "", document::TimexType::kDate, "2025-05-19", "", 0});
  EXPECT_FALSE(TellsThePast(doc));
}

// Runs the whole stage on `text` published on 2024-03-15; returns the number
// of records and whether a diagnostic names `guard`.
std::pair<size_t, bool> Extract(const std::string& text, const std::string& lang,
                                const std::string& guard) {
  auto doc = sitrep::testing::MakeDocument(text, lang, "2024-03-15");
  EXPECT_TRUE(testing::Extractor().Annotate(doc).ok());
  bool said = false;
  for (const auto& d : doc.diagnostics) said |= d.message.find(guard) != std::string::npos;
  return {doc.events.size(), said};
}

struct ToldRow {
  const char* lang;
  const char* text;
  size_t records;  // 0: told elsewhere
};

void PrintTo(const ToldRow& r, std::ostream* os) { *os << r.text; }

// A definite event noun ("this attack", "التفجير", "serangan itu",
// "この攻撃") names an event the reader knows: alone, with no count or date,
// it tells none. A count or a date, or an earlier report of the document,
// makes it an event.
const ToldRow kToldRows[] = {
    {"en", "This attack shocked residents of Goma.", 0},
    {"en", "This attack killed four people in Goma.", 1},
    {"en", "Rebels shelled Goma on Monday. This attack shocked residents.", 1},
    {"ja", "この攻撃はゴマの住民に衝撃を与えた。", 0},
    {"ja", "この攻撃でゴマの住民3人が死亡した。", 1},
    {"ar", "وقع التفجير الانتحاري قرب سوق في الموصل.", 0},
    {"ar", "أسفر التفجير الانتحاري عن مقتل ثلاثة أشخاص في الموصل.", 1},
    {"ar", "فجر انتحاري نفسه داخل مسجد في الموصل. وأثار التفجير الانتحاري الذعر بين السكان.", 1},
    {"id", "Serangan itu mengejutkan warga Goma.", 0},
    {"id", "Serangan itu menewaskan tiga orang di Goma.", 1},
};

class ToldElsewhereTest : public ::testing::TestWithParam<ToldRow> {};

TEST_P(ToldElsewhereTest, ADefiniteEventNounAloneTellsNoEvent) {
  const ToldRow& r = GetParam();
  const auto [records, said] = Extract(r.text, r.lang, "told-elsewhere");
  EXPECT_EQ(records, r.records);
  EXPECT_EQ(said, r.records == 0);
}

INSTANTIATE_TEST_SUITE_P(Rows, ToldElsewhereTest, ::testing::ValuesIn(kToldRows));

TEST(GuardPassTest, ASnippetYieldsNoNegatedRecord) {
  // A snippet whose candidates all fail still yields its best one when what
  // it lacks is a place or a date, never when the report says it did not
  // happen.
  for (const auto& [lang, text] : std::vector<std::pair<std::string, std::string>>{
           {"en", "The Houthis did not claim any attack on Marib."},
           {"en", "The militia did not attack villages near Goma."},
           {"ja", "武装勢力はゴマ近郊の村を攻撃しなかった。"},
           {"ar", "لم تقصف القوات الروسية أحياء في خاركيف."},
           {"id", "Milisi tidak menyerang desa di dekat Goma."},
       }) {
    auto doc = sitrep::testing::MakeDocument(text, lang, "2024-03-15");
    ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
    EXPECT_TRUE(doc.events.empty()) << text;
  }
  // The English candidate reaches the record guards (Arabic negation rules
  // it out before): the fallback is what must refuse it.
  const auto run = testing::RunPasses("The militia did not attack villages near Goma.", "en");
  ASSERT_EQ(run.candidates.size(), 1u);
  EXPECT_EQ(testing::Guards(run.candidates[0]), "negated");
  auto doc = sitrep::testing::MakeDocument("Fighting broke out overnight.", "en", "2024-03-15");
  ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
  EXPECT_EQ(doc.events.size(), 1u) << "an unplaced snippet still yields its event";
}

TEST(GuardPassTest, NoDateWithoutAnyDate) {
  const auto run = testing::RunPasses("Gunmen ambushed a police patrol near Gao.", "en", "");
  ASSERT_EQ(run.candidates.size(), 1u);
  EXPECT_EQ(testing::Guards(run.candidates[0]), "no-date");
}

// A date the sentence names that nothing resolves (a day of a month the report
// never names, no publication date): a report's records are kept, undated at
// the vaguest precision, and the document says so in a warning.
TEST(GuardPassTest, UnresolvedDateKeepsTheRecordUndated) {
  auto doc = sitrep::testing::MakeDocument(
      "武装勢力は1日、ゴマ近郊の村を襲撃し、住民5人を殺害した。\n"
      "住民は恐怖を語った。\n地元当局は調査を始めた。\n国連は懸念を表明した。\n"
      "これとは別に、モスルでは3日、兵士2人が死亡した。",
      "ja", "");
  // The time stage's reading of the bare days (no month, no anchor).
  for (const auto& [timex, value, sentence] :
       {std::tuple<std::string, std::string, int>{"1日", "XXXX-XX-01", 0}, {"3日", "XXXX-XX-03", 4}}) {
    const size_t at = doc.text().find(timex);
    doc.timexes.push_back({{at, at + timex.size()}, timex, document::TimexType::kDate, value, "", sentence});
  }
  ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
  ASSERT_EQ(doc.events.size(), 2u);
  for (const auto& e : doc.events) {
    EXPECT_FALSE(e.date.has_value()) << e.evidence.sentence;
    EXPECT_EQ(e.time_precision, 3);
  }
  const bool warned = std::any_of(doc.diagnostics.begin(), doc.diagnostics.end(), [](const auto& d) {
    return d.severity == document::Severity::kWarning && d.message.find("undated") != std::string::npos;
  });
  EXPECT_TRUE(warned);
}

}  // namespace
}  // namespace sitrep::events
