// English event rules, PETRARCH-style: one sentence in, the expected record out.
// Sentences follow real reporting patterns (wire copy, monitors' bulletins);
// names come from the tiny test dictionary (sitrep/testing/tiny_kb.h).
#include <gtest/gtest.h>

#include "sitrep/events/event_table_testutil.h"

namespace sitrep::events {
namespace {

using testing::CheckRow;
using testing::Extractor;
using testing::Row;

const Row kRows[] = {
    // Explosions/Remote violence.
    {"Warplanes struck a market in Idlib on Tuesday, killing at least 12 civilians.", "Air/drone strike", "", "Idlib"},
    {"Russian forces carried out air strikes on villages near Idlib.", "Air/drone strike", "Military Forces of Russia", "Idlib"},
    {"A drone strike hit a car outside Marib, a local official said.", "Air/drone strike", "", "Marib"},
    {"Helicopter gunships fired on positions in Gao.", "Air/drone strike", "", "Gao"},
    {"Barrel bombs were dropped on Aleppo overnight.", "Air/drone strike", "", "Aleppo"},
    {"Russia launched kamikaze drones at Kharkiv overnight.", "Air/drone strike", "", "Kharkiv"},
    {"Kharkiv was hit by Russian drones on Monday evening.", "Air/drone strike", "", "Kharkiv"},
    {"Overnight, Ukrainian drones attacked a fuel depot near Kharkiv.", "Air/drone strike", "", "Kharkiv"},
    {"Russian forces shelled residential areas of Kharkiv.", "Shelling/artillery/missile attack", "Military Forces of Russia", "Kharkiv"},
    {"Mortar rounds landed in Goma, wounding five people.", "Shelling/artillery/missile attack", "", "Goma"},
    {"A missile struck an apartment block in Kharkiv.", "Shelling/artillery/missile attack", "", "Kharkiv"},
    {"Artillery fire pounded the outskirts of Khartoum.", "Shelling/artillery/missile attack", "", "Khartoum"},
    {"Rockets fired by the Houthis hit Marib.", "Shelling/artillery/missile attack", "Ansar Allah", "Marib"},
    {"A roadside bomb exploded near a patrol in Mosul.", "Remote explosive/landmine/IED", "", "Mosul"},
    {"Two shepherds were killed when a landmine went off near Marib.", "Remote explosive/landmine/IED", "", "Marib"},
    {"A car bomb ripped through a checkpoint in Mosul.", "Remote explosive/landmine/IED", "", "Mosul"},
    {"An improvised explosive device targeted a convoy in Gao.", "Remote explosive/landmine/IED", "", "Gao"},
    {"A suicide bomber blew himself up at a mosque in Lahore.", "Suicide bomb", "", "Lahore"},
    {"A suicide car bomb struck an army base in Gao, killing 8 soldiers.", "Suicide bomb", "", "Gao"},
    {"Attackers threw a grenade into a bar in Nairobi.", "Grenade", "", "Nairobi"},
    {"Activists accused the army of using chlorine gas in Idlib.", "Chemical weapon", "", "Idlib"},
    {"A chemical attack on Idlib left dozens suffocating.", "Chemical weapon", "", "Idlib"},
    // Battles.
    {"The Iraqi army clashed with Islamic State fighters in Mosul.", "Armed clash", "Military Forces of Iraq", "Mosul"},
    // Gunfire with explosions tells a fight, not a planted bomb.
    {"Gunmen attacked an army base near Gao, with explosions and gunfire heard for hours.", "Armed clash", "", "Gao"},
    {"Gunfire and blasts rang out across Mosul as militants stormed a police station.", "Armed clash", "", "Mosul"},
    {"Pro-government militias clashed with rebels near Aleppo.", "Armed clash", "Pro-government militia", "Aleppo"},
    // Coordinated subjects: the first named conjunct is actor1.
    {"M23 and Rwandan troops attacked army positions near Goma.", "Armed clash", "M23", "Goma"},
    {"Islamic State and allied gunmen attacked a police post near Mosul.", "Armed clash", "Islamic State", "Mosul"},
    {"The Sudanese army and allied militias shelled the outskirts of Khartoum.",
     "Shelling/artillery/missile attack", "Military Forces of Sudan", "Khartoum"},
    // ...but an object of an earlier verb does not lead the next clause's subject.
    {"The RSF fought the Sudanese army and militias shelled Khartoum.", "Shelling/artillery/missile attack",
     "Militia", "Khartoum"},
    {"Heavy fighting broke out between the Sudanese army and the RSF in Khartoum.", "Armed clash", "", "Khartoum"},
    {"Gunmen ambushed a police patrol near Gao.", "Armed clash", "", "Gao"},
    {"Ukrainian forces repelled an assault on Kharkiv.", "Armed clash", "Military Forces of Ukraine", "Kharkiv"},
    {"M23 fighters exchanged fire with troops outside Goma.", "Armed clash", "M23", "Goma"},
    {"The RSF captured Khartoum airport after days of fighting.", "Non-state actor overtakes territory", "Rapid Support Forces", "Khartoum"},
    {"M23 rebels seized control of Goma on Monday.", "Non-state actor overtakes territory", "M23", "Goma"},
    {"Islamic State took over Mosul in June.", "Non-state actor overtakes territory", "Islamic State", "Mosul"},
    {"Goma fell to M23 fighters.", "Non-state actor overtakes territory", "", "Goma"},
    // Storming a post and killing its defenders is a fight, not ground taken;
    // a town seized stays a take.
    {"Militants stormed a police station in Mosul, killing four officers.", "Armed clash", "", "Mosul"},
    // A place that names a group ("the Gao gang") is not where it happened.
    {"Fighters of the Gao gang attacked a market in Mosul on Monday.", "Attack", "", "Mosul"},
    // Where the speakers are is not where it happened.
    {"Officials in Khartoum said a drone struck a market in Gao.", "Air/drone strike", "", "Gao"},
    // Storming a building that holds no ground is an assault on it.
    {"Gunmen stormed a hotel in Nairobi, killing six guests.", "Attack", "", "Nairobi"},
    {"Militants stormed the offices of a newspaper in Gao on Monday.", "Attack", "", "Gao"},
    {"Islamic State fighters overran an army base near Mosul and killed 11 soldiers.", "Armed clash",
     "Islamic State", "Mosul"},
    {"M23 fighters seized the town of Goma after killing two soldiers.", "Non-state actor overtakes territory",
     "M23", "Goma"},
    {"Gunmen shot dead two employees of a demining charity in Lahore.", "Attack", "", "Lahore"},
    // An associate ("backed by X", "allied with X") stood with the actor; it did not act.
    {"Militias backed by the RSF killed five villagers near Khartoum.", "Attack", "Militia", "Khartoum"},
    {"Gunmen allied with the Houthis shelled Marib.", "Shelling/artillery/missile attack",
     "Unidentified armed group", "Marib"},
    // The target of an assault is what follows it in its clause, not a source after a comma.
    {"Gunmen opened fire on houses in a village near Gao late on Monday, police said.", "Attack", "", "Gao"},
    {"Gunmen opened fire on a bus near Gao, wounding two nurses.", "Attack", "", "Gao"},
    {"Russian forces dropped glide bombs on Kharkiv overnight.", "Air/drone strike", "Military Forces of Russia",
     "Kharkiv"},
    // A speaker whose own post "was hit" reports the strike; it did not make it.
    {"The Houthis said their positions near Marib were hit by artillery fire.",
     "Shelling/artillery/missile attack", "Unidentified armed group", "Marib"},
    {"The Iraqi army recaptured Mosul from Islamic State.", "Government regains territory", "Military Forces of Iraq", "Mosul"},
    {"Ukrainian forces retook villages near Kharkiv.", "Government regains territory", "Military Forces of Ukraine", "Kharkiv"},
    {"The Sudanese army regained control of Khartoum.", "Government regains territory", "Military Forces of Sudan", "Khartoum"},
    {"Mosul was liberated by the Iraqi army.", "Government regains territory", "Military Forces of Iraq", "Mosul"},
    {"Aleppo was captured by Islamic State.", "Non-state actor overtakes territory", "Islamic State", "Aleppo"},
    // Violence against civilians.
    {"Gunmen killed five villagers near Gao.", "Attack", "", "Gao"},
    {"The RSF killed dozens of civilians in Khartoum.", "Attack", "Rapid Support Forces", "Khartoum"},
    {"Militants massacred residents of a village near Mosul.", "Attack", "", "Mosul"},
    {"Armed men abducted 20 students in Gao.", "Abduction/forced disappearance", "", "Gao"},
    {"Two aid workers were kidnapped in Goma.", "Abduction/forced disappearance", "", "Goma"},
    {"Women were raped by fighters in Khartoum, witnesses said.", "Sexual violence", "", "Khartoum"},
    {"An activist was shot dead in Lahore.", "Attack", "", "Lahore"},
    // Protests and riots.
    {"Thousands of protesters marched peacefully in Nairobi.", "Peaceful protest", "", "Nairobi"},
    {"Students held a sit-in outside the parliament in Lahore.", "Peaceful protest", "", "Lahore"},
    {"Police fired tear gas to disperse protesters in Nairobi.", "Protest with intervention", "", "Nairobi"},
    {"Police arrested dozens of demonstrators in Khartoum.", "Protest with intervention", "", "Khartoum"},
    {"Security forces opened fire on protesters in Khartoum, killing three.", "Excessive force against protesters", "", "Khartoum"},
    {"Protesters set fire to tyres and pelted police with stones in Lahore.", "Violent demonstration", "", "Lahore"},
    {"Rioters looted shops in Nairobi.", "Violent demonstration", "", "Nairobi"},
    {"A mob lynched a man accused of theft in Lahore.", "Mob violence", "", "Lahore"},
    // A mob that attacks, even armed men, riots: no clash.
    {"A mob attacked a police station in Lahore.", "Mob violence", "Rioters", "Lahore"},
    // Strategic developments.
    {"Police arrested three suspects in Lahore.", "Arrests", "", "Lahore"},
    // Police of a country the report does not name are the generic police
    // (ACLED's "Police Forces of X" needs X).
    {"Officers detained two journalists in Lahore.", "Arrests", "Police", "Lahore"},
    // An organization moving its own staff out is no conflict event; forces
    // leaving ground are.
    {"An aid agency evacuated its foreign staff from Goma on Tuesday.", ""},
    {"The embassy withdrew its diplomats from Khartoum.", ""},
    {"Government troops withdrew from Gao on Tuesday.", "Non-violent transfer of territory", "", "Gao"},
    // Entering a town's centre holds it, beside the fighting told with it; a
    // building called a centre is no ground.
    {"Rebels entered the centre of Gao on Sunday and fighting with soldiers continued.", "Non-state actor overtakes territory", "", "Gao"},
    {"Gunmen entered a health centre in Goma and killed two nurses.", "Attack", "", "Goma"},
    {"The Houthis and the government agreed to a ceasefire in Marib.", "Agreement", "", "Marib"},
    {"The two sides signed a prisoner exchange deal in Khartoum.", "Agreement", "", "Khartoum"},
    {"Troops defused a bomb planted near a school in Mosul.", "Disrupted weapons use", "", "Mosul"},
    {"Police seized a weapons cache in Lahore.", "Disrupted weapons use", "", "Lahore"},
    {"Air defences shot down a drone over Kharkiv.", "Disrupted weapons use", "", "Kharkiv"},
    {"The RSF set up a new base in Khartoum.", "Headquarters or base established", "Rapid Support Forces", "Khartoum"},
    // On a road from A to B, the event is near A; B is only the way.
    {"A roadside bomb hit an army convoy on the road from Gao to Mosul on Monday.",
     "Remote explosive/landmine/IED", "", "Gao"},
    {"Gunmen shot dead three traders on the highway from Nairobi to Mosul.", "Attack", "", "Nairobi"},
    // Fire exchanged is a clash, whatever the guns.
    {"Soldiers and rebels exchanged heavy machine-gun fire near Goma on Monday.", "Armed clash", "", "Goma"},
    {"Iraqi troops traded fire with Islamic State fighters outside Mosul.", "Armed clash", "", "Mosul"},
    // An assault made with drones is a drone strike.
    {"Militants attacked an army post near Gao with explosive drones.", "Air/drone strike", "", "Gao"},
    {"Gunmen attacked villagers in Mosul with drones on Sunday.", "Air/drone strike", "", "Mosul"},
    // Praise for an attack reports no new one.
    {"The Islamic State praised the attack on a church in Mosul.", ""},
    {"Fighters looted the central market in Khartoum.", "Looting/property destruction", "", "Khartoum"},
    {"Militants torched houses in a village near Goma.", "Looting/property destruction", "", "Goma"},
    {"A statue was toppled in the main square of Aleppo.", "Looting/property destruction", "", "Aleppo"},
    {"The Iraqi army withdrew from Mosul without a fight.", "Non-violent transfer of territory", "Military Forces of Iraq", "Mosul"},
    {"Government troops pulled out of Gao.", "Non-violent transfer of territory", "", "Gao"},
    {"Dozens of fighters defected from the RSF in Khartoum.", "Change to group/activity", "", "Khartoum"},
    {"The Sudanese army deployed reinforcements to Khartoum.", "Change to group/activity", "Military Forces of Sudan", ""},
    {"Authorities declared a curfew in Lahore.", "Other", "", "Lahore"},
    {"Thousands of families fled Mosul for camps near Iraq's border.", "Other", "", "Mosul"},
    {"Residents fled from Goma to Nairobi.", "Other", "", "Goma"},
    {"The fighting displaced thousands of residents from Gao.", "Other", "", "Gao"},
    // More patterns from wire copy: passives, appositions, place phrases.
    {"Khartoum airport was stormed by the RSF on Saturday.", "Non-state actor overtakes territory", "Rapid Support Forces", "Khartoum"},
    {"The town of Marib came under heavy shelling by the Houthis.", "Shelling/artillery/missile attack", "", "Marib"},
    {"Islamic State fighters overran an army outpost outside Mosul.", "Non-state actor overtakes territory", "Islamic State", "Mosul"},
    {"Troops backed by tanks pushed the militants out of Gao.", "Government regains territory", "State forces", "Gao"},
    {"A bomb exploded at a bus station in Lahore, wounding 14 people.", "Remote explosive/landmine/IED", "", "Lahore"},
    {"Two rockets struck near the airport in Kharkiv overnight.", "Shelling/artillery/missile attack", "", "Kharkiv"},
    {"Gunmen opened fire on worshippers at a church in Goma.", "Attack", "", "Goma"},
    {"Militants attacked a military convoy near Gao.", "Armed clash", "", "Gao"},
    {"Police used water cannon against demonstrators in Nairobi.", "Protest with intervention", "", "Nairobi"},
    {"Hundreds of people rallied in Lahore to demand higher wages.", "Peaceful protest", "", "Lahore"},
    {"Rebels released 20 soldiers in exchange for 30 prisoners in Goma.", "Agreement", "", "Goma"},
    {"About 300 fighters surrendered to the Iraqi army in Mosul.", "Agreement", "", "Mosul"},
    {"Soldiers discovered a cache of weapons in a house in Mosul.", "Disrupted weapons use", "", "Mosul"},
    {"Security forces detained 12 people in a raid in Lahore.", "Arrests", "", "Lahore"},
    {"The RSF pulled out of positions in Khartoum without a fight.", "Non-violent transfer of territory", "Rapid Support Forces", "Khartoum"},
    // People intercepted are arrested; tank fire is shelling; a mine hit is an
    // explosive; rifles seized are disrupted weapons.
    {"A demonstrator throws a chair at riot police during a march in Lahore.", "Violent demonstration", "", "Lahore"},
    {"Police intercepted three suspected militants near Lahore.", "Arrests", "", "Lahore"},
    {"Tank fire killed four soldiers near Kharkiv.", "Shelling/artillery/missile attack", "", "Kharkiv"},
    {"Two soldiers were killed when their truck hit a mine near Gao.", "Remote explosive/landmine/IED", "", "Gao"},
    {"Twelve rifles and 300 cartridges were seized in a raid in Mosul.", "Disrupted weapons use", "", "Mosul"},
    {"Gunmen stole cattle from a village near Gao.", "Looting/property destruction", "", "Gao"},
    {"A new brigade has been formed in Kharkiv.", "Change to group/activity", "", "Kharkiv"},
    {"Mobs of looters ransacked shops and looted a bank in Nairobi.", "Mob violence", "", "Nairobi"},
    {"The Houthis said they would retake Marib.", ""},
    // Whoever says it did not do it, unless what is said refers back to them.
    {"The Sudanese army said an airstrike hit a market in Khartoum.", "Air/drone strike",
     "Unidentified armed group", "Khartoum"},
    {"The Iraqi army said it shelled a village near Mosul.", "Shelling/artillery/missile attack",
     "Military Forces of Iraq", "Mosul"},
    {"The Iraqi army said its troops shelled a village near Mosul.", "Shelling/artillery/missile attack",
     "Military Forces of Iraq", "Mosul"},
    {"The Houthis said the Iraqi army shelled a village near Mosul.", "Shelling/artillery/missile attack",
     "Military Forces of Iraq", "Mosul"},
    {"The Houthis told Reuters they fired rockets at Marib.", "Shelling/artillery/missile attack",
     "Ansar Allah", "Marib"},
    // Counts, claims and places are exercised below; irrealis mentions are not events.
    {"The Houthis threatened to attack Marib.", ""},
    {"The army could capture Mosul within days.", ""},
    {"If the RSF captured Khartoum, aid would stop.", ""},
    {"Officials warned that militants may attack Gao.", ""},
    // A move announced or expected is not yet an event.
    {"Government troops are poised to attack rebel positions near Gao.", ""},
    {"Militants are about to overrun the army base near Mosul.", ""},
    {"The army is expected to attack rebel positions near Mosul next week.", ""},
    {"The Battle of Mosul ended in 2017.", ""},
    // Words with a conflict sense used in another: months, names, business news.
    {"Trade with Iraq fell in March, figures released in Lahore showed.", ""},
    {"Protestant churches in Nairobi have grown fast.", ""},
    {"The results demonstrate the influence of students in Lahore.", ""},
    {"Six companies entered the market in Nairobi last year.", ""},
    {"The minister signed the statement in Lahore on Tuesday.", ""},
    {"The flight disappeared over the sea near Goma.", ""},
};

class EnglishTableTest : public ::testing::TestWithParam<Row> {};

TEST_P(EnglishTableTest, SentenceGivesExpectedRecord) { CheckRow(GetParam(), "en"); }

INSTANTIATE_TEST_SUITE_P(Rows, EnglishTableTest, ::testing::ValuesIn(kRows));

// "displaced" before the people it names describes the victims or a camp's
// residents: the attack is the record, with no flight (Other) beside it.
TEST(EnglishDisplacementTest, DisplacedPeopleAreNoFlight) {
  const struct {
    const char* text;
    const char* type;
  } kCases[] = {
      {"Gunmen killed four displaced people at a camp near Goma.", "Attack"},
      {"A drone struck a school sheltering displaced families in Khartoum.", "Air/drone strike"},
      {"Militants killed two displaced persons in Gao on Sunday.", "Attack"},
  };
  for (const auto& k : kCases) {
    auto doc = sitrep::testing::MakeDocument(k.text, "en");
    ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
    std::vector<std::string> types;
    for (const auto& e : doc.events) types.push_back(e.sub_event_type);
    EXPECT_EQ(types, std::vector<std::string>{k.type}) << k.text;
  }
}

TEST(EnglishClaimsTest, AttributionAndDenial) {
  auto doc = sitrep::testing::MakeDocument(
      "The RSF captured Khartoum airport, according to Reuters.\n"
      "The Sudanese army denied that it withdrew from Khartoum.\n"
      "Militants reportedly killed 4 villagers near Gao.",
      "en");
  ASSERT_TRUE(Extractor().Annotate(doc).ok());
  ASSERT_GE(doc.events.size(), 3u);
  const auto& taken = testing::EventFrom(doc, "The RSF");
  ASSERT_EQ(taken.claims.size(), 1u);
  EXPECT_EQ(taken.claims[0].source.name, "Reuters");
  const auto& denial = testing::EventFrom(doc, "The Sudanese");
  EXPECT_EQ(denial.sub_event_type, "Non-violent transfer of territory");
  ASSERT_FALSE(denial.claims.empty());
  EXPECT_EQ(denial.claims[0].source.name, "Military Forces of Sudan");
  EXPECT_EQ(denial.claims[0].stance, document::Stance::kDenies);
  EXPECT_LT(denial.confidence, taken.confidence);  // contested
  EXPECT_LT(testing::EventFrom(doc, "Militants").confidence, 0.55);  // hedged
}

// "A second strike", "another blast": a bare strike noun repeats the strike
// told before — its kind and, when it names none, its attacker. With no strike
// before, the noun tells nothing.
TEST(EnglishRepeatedStrikeTest, ASecondStrikeIsAnotherOfTheKindToldBefore) {
  auto doc = sitrep::testing::MakeDocument(
      "Russian forces carried out air strikes on a market in Idlib on Monday.\n"
      "Another strike hit a bakery in Aleppo an hour later.",
      "en");
  ASSERT_TRUE(Extractor().Annotate(doc).ok());
  ASSERT_EQ(doc.events.size(), 2u);
  const auto& second = testing::EventFrom(doc, "Another strike");
  EXPECT_EQ(second.sub_event_type, "Air/drone strike");
  ASSERT_TRUE(second.place.has_value());
  EXPECT_EQ(second.place->name, "Aleppo");
  ASSERT_TRUE(second.actor1.has_value());
  EXPECT_EQ(second.actor1->name, "Military Forces of Russia");
  auto walkout = sitrep::testing::MakeDocument("Bakers in Aleppo began a second strike on Monday.", "en");
  ASSERT_TRUE(Extractor().Annotate(walkout).ok());
  EXPECT_TRUE(walkout.events.empty());
}

// A demonstration told as a protest and as the violence it turned to is one
// record, coded as the riot.
TEST(EnglishMergeTest, ADemonstrationThatTurnedViolentIsOneRiot) {
  auto doc = sitrep::testing::MakeDocument(
      "In Goma, protesters attacked the offices of the governor on Monday before police fired tear gas "
      "to disperse them.",
      "en");
  ASSERT_TRUE(Extractor().Annotate(doc).ok());
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].sub_event_type, "Violent demonstration");
}

// "near the town of X" puts the event near X (geo_precision 2), as "near X" does.
TEST(EnglishPlacesTest, NearTheTownOfIsNear) {
  auto doc = sitrep::testing::MakeDocument("Gunmen attacked a checkpoint near the town of Gao on Monday.", "en");
  ASSERT_TRUE(Extractor().Annotate(doc).ok());
  ASSERT_EQ(doc.events.size(), 1u);
  ASSERT_TRUE(doc.events[0].place.has_value());
  EXPECT_EQ(doc.events[0].place->name, "Gao");
  EXPECT_EQ(doc.events[0].place->geo_precision, 2);
}

TEST(EnglishCountsTest, FiguresApproximationsAndVagueWords) {
  auto doc = sitrep::testing::MakeDocument(
      "Air strikes on Idlib killed at least 23 people and wounded about 40.\n"
      "Dozens were killed in clashes in Khartoum.\n"
      "Between 25,000 to 30,000 people fled Goma.",
      "en");
  ASSERT_TRUE(Extractor().Annotate(doc).ok());
  ASSERT_GE(doc.events.size(), 2u);
  EXPECT_EQ(doc.events[0].fatalities, 23);
  ASSERT_EQ(doc.events[0].counts.size(), 2u);
  EXPECT_TRUE(doc.events[0].counts[0].approx);
  EXPECT_EQ(doc.events[0].counts[1].what, "injured");
  EXPECT_EQ(doc.events[0].counts[1].value, 40);
  EXPECT_EQ(doc.events[1].fatalities, 12);  // ACLED codes "dozens" as 12
}

TEST(EnglishDatesTest, PublicationDateFallbackHasWeekPrecision) {
  auto doc = sitrep::testing::MakeDocument("Gunmen ambushed a police patrol near Gao.", "en",
                                           "2024-03-15");
  ASSERT_TRUE(Extractor().Annotate(doc).ok());
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].date, "2024-03-15");
  EXPECT_EQ(doc.events[0].time_precision, 2);
}

TEST(EnglishDatesTest, TimexGovernsTheSentence) {
  auto doc = sitrep::testing::MakeDocument("Gunmen ambushed a police patrol near Gao last week.",
                                           "en", "2024-03-15");
  document::TimeExpr t;
  t.text = "last week";
  t.span = {doc.text().find("last week"), doc.text().find("last week") + 9};
  t.value = "2024-W10";
  t.sentence = 0;
  doc.timexes.push_back(t);
  ASSERT_TRUE(Extractor().Annotate(doc).ok());
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].date, "2024-03-04");
  EXPECT_EQ(doc.events[0].date_end, "2024-03-10");
  EXPECT_EQ(doc.events[0].time_precision, 2);
}

}  // namespace
}  // namespace sitrep::events

namespace sitrep::events {
namespace {

// assoc_actor1: the other named conjuncts of a coordinated subject acted with
// actor1; in a clash with no other side named they are that side.
TEST(AssociatedActorsTest, CoordinatedSubjects) {
  const struct {
    const char* lang;
    const char* text;
    const char* actor1;
    const char* actor2;  // "" = none
    const char* assoc;   // "" = none
  } kCases[] = {
      {"en", "The Sudanese army and Russian forces shelled Khartoum on Monday.", "Military Forces of Sudan", "",
       "Military Forces of Russia"},
      {"en", "The Sudanese army and the RSF clashed in Khartoum on Monday.", "Military Forces of Sudan",
       "Rapid Support Forces", ""},
      {"en", "The Sudanese army shelled Khartoum on Monday.", "Military Forces of Sudan", "", ""},
      {"en", "The Sudanese army and the RSF clashed in Khartoum on Monday, killing six fighters.",
       "Military Forces of Sudan", "Rapid Support Forces", ""},
      {"ja", "スーダン軍とロシア軍は月曜日、ハルツームを砲撃した。", "Military Forces of Sudan", "",
       "Military Forces of Russia"},
      {"ja", "スーダン軍と即応支援部隊が月曜日、ハルツームで衝突した。", "Military Forces of Sudan",
       "Rapid Support Forces", ""},
  };
  for (const auto& k : kCases) {
    auto doc = sitrep::testing::MakeDocument(k.text, k.lang);
    ASSERT_TRUE(testing::Extractor().Annotate(doc).ok());
    ASSERT_EQ(doc.events.size(), 1u) << k.text;
    const document::Event& e = doc.events[0];
    ASSERT_TRUE(e.actor1.has_value()) << k.text;
    EXPECT_EQ(e.actor1->name, k.actor1) << k.text;
    EXPECT_EQ(e.actor2 ? e.actor2->name : "", k.actor2) << k.text;
    std::string assoc;
    for (const auto& a : e.assoc_actor1) assoc += (assoc.empty() ? "" : ";") + a.name;
    EXPECT_EQ(assoc, k.assoc) << k.text;
  }
}

// A headline summarises the lead: when the lead's place is unknown to the
// gazetteer, the headline still joins the lead's clash, not a later killing
// elsewhere in the same country (that one stays an Attack of its own).
TEST(EnglishMergeTest, HeadlineJoinsItsPlacelessLead) {
  auto doc = sitrep::testing::MakeDocument(
      "Clashes kill 40 in northern Iraq\n\n"
      "Fighting between the Iraqi army and Islamic State in the Hamrin hills killed 40 fighters on Monday.\n"
      "In Mosul, gunmen shot dead two shepherds on Tuesday.",
      "en");
  ASSERT_TRUE(Extractor().Annotate(doc).ok());
  int clashes = 0, attacks = 0;
  for (const auto& e : doc.events) {
    if (e.sub_event_type == "Armed clash") ++clashes;
    if (e.sub_event_type == "Attack" && e.place && e.place->name == "Mosul") ++attacks;
  }
  EXPECT_EQ(clashes, 1);
  EXPECT_EQ(attacks, 1);
}

// "Rebels shot dead two teachers. Troops later clashed with the rebels": the
// attacker of civilians is the clash's target — two records, even though
// both name the rebels only generically.
TEST(EnglishMergeTest, AnAttackerOfCiviliansTurnedTargetIsAnotherEvent) {
  auto doc = sitrep::testing::MakeDocument(
      "Rebels shot dead two teachers in Goma on Monday.\n"
      "Troops later clashed with the rebels on the outskirts of Goma, killing one fighter.",
      "en");
  ASSERT_TRUE(Extractor().Annotate(doc).ok());
  int clashes = 0, attacks = 0;
  for (const auto& e : doc.events) {
    clashes += e.sub_event_type == "Armed clash";
    attacks += e.sub_event_type == "Attack";
  }
  EXPECT_EQ(clashes, 1);
  EXPECT_EQ(attacks, 1);
}

// Weapon words that name what a crowd throws or what a force disperses it with
// are no strike or deployment; arrests at a sit-in are an intervention in it:
// the sentence gives exactly these records.
TEST(EnglishRulesTest, CrowdWordsTellNoOtherEvent) {
  const struct {
    const char* text;
    const char* types;  // the records' sub-event types, in order, joined by " | "
  } kCases[] = {
      {"Protesters threw stones and other projectiles at police in Nairobi.", "Violent demonstration"},
      {"Police deployed tear gas against hundreds of protesters in Nairobi.", "Protest with intervention"},
      {"Police arrested 40 people as opposition supporters staged sit-ins in Nairobi.", "Protest with intervention"},
  };
  for (const auto& k : kCases) {
    auto doc = sitrep::testing::MakeDocument(k.text, "en");
    ASSERT_TRUE(Extractor().Annotate(doc).ok());
    std::string got;
    for (const auto& e : doc.events) got += (got.empty() ? "" : " | ") + e.sub_event_type;
    EXPECT_EQ(got, k.types) << k.text;
  }
}

// A country as the subject of a verb of state violence stands for its forces
// ("Russia shelled", "Israel struck"): national_forces.tsv lists the verbs as
// weapon words. A country that only speaks stays no actor.
TEST(EnglishRulesTest, ACountryThatShellsIsItsMilitary) {
  const struct {
    const char* text;
    const char* actor1;
  } kCases[] = {
      {"Syria shelled rebel positions near Idlib overnight, killing two civilians.", "Military Forces of Syria"},
      {"Iraq bombed Islamic State hideouts near Mosul on Sunday.", "Military Forces of Iraq"},
      {"Iraq struck a convoy near Mosul with drones, killing six fighters.", "Military Forces of Iraq"},
      {"Gunmen shelled a market in Mosul on Monday, Iraq said.", "Unidentified armed group"},
      // The agent of a passive of state violence is the country's forces too.
      {"Rebel positions near Idlib were shelled by Syria overnight.", "Military Forces of Syria"},
      {"A convoy was struck by Iraq near Mosul on Sunday, killing six fighters.", "Military Forces of Iraq"},
      {"Two villages near Mosul were bombed by Iraq on Sunday.", "Military Forces of Iraq"},
  };
  for (const auto& k : kCases) {
    auto doc = sitrep::testing::MakeDocument(k.text, "en");
    for (auto& m : doc.mentions) {
      if (m.entity && m.entity->name == "Iraq") m.entity->country = "IQ";
      if (m.entity && m.entity->name == "Syria") m.entity->country = "SY";
    }
    ASSERT_TRUE(Extractor().Annotate(doc).ok());
    std::string got;
    for (const auto& e : doc.events) got += (got.empty() ? "" : " | ") + (e.actor1 ? e.actor1->name : "-");
    EXPECT_EQ(got, k.actor1) << k.text;
  }
}

// A country that launches a weapon named a few words on ("launched dozens of
// drones", "carried out air strikes") is its forces; a subordinate clause between
// the verb and the weapon is someone else's deed.
TEST(EnglishRulesTest, ACountryThatLaunchesAWeaponIsItsMilitary) {
  const struct {
    const char* text;
    const char* actor1;
  } kCases[] = {
      {"Iraq launched dozens of drones at Mosul on Sunday, killing six fighters.", "Military Forces of Iraq"},
      {"Syria carried out air strikes near Idlib on Monday.", "Military Forces of Syria"},
      {"Syria conducted a wave of air strikes on rebel positions near Aleppo.", "Military Forces of Syria"},
      {"Iraq launched an inquiry after drones hit Mosul on Sunday.", "Unidentified armed group"},
  };
  for (const auto& k : kCases) {
    auto doc = sitrep::testing::MakeDocument(k.text, "en");
    for (auto& m : doc.mentions) {
      if (m.entity && m.entity->name == "Iraq") m.entity->country = "IQ";
      if (m.entity && m.entity->name == "Syria") m.entity->country = "SY";
    }
    ASSERT_TRUE(Extractor().Annotate(doc).ok());
    std::string got;
    for (const auto& e : doc.events) got += (got.empty() ? "" : " | ") + (e.actor1 ? e.actor1->name : "-");
    EXPECT_EQ(got, k.actor1) << k.text;
  }
}

// Repelling an assault: the author of the assault is actor1, the side that
// repelled it actor2; without an assault's author the subject stays actor1.
TEST(EnglishRulesTest, TheAuthorOfARepelledAssaultIsActor1) {
  const struct {
    const char* text;
    const char* actors;
  } kCases[] = {
      {"The Iraqi army repelled three Syrian assaults near Mosul on Monday.",
       "Military Forces of Syria / Military Forces of Iraq"},
      {"The Iraqi army repulsed a Syrian attack near Mosul overnight.", "Military Forces of Syria / Military Forces of Iraq"},
      {"The Iraqi army repelled an assault near Mosul on Monday.", "Military Forces of Iraq / -"},
  };
  for (const auto& k : kCases) {
    auto doc = sitrep::testing::MakeDocument(k.text, "en");
    // The mention the entities stage gives the nationality "Syrian".
    const std::string text = k.text;
    if (const size_t at = text.find("Syrian"); at != std::string::npos) {
      document::Mention m;
      m.span = {at, at + 6};
      m.text = "Syrian";
      m.kind = document::MentionKind::kCountry;
      m.entity = document::EntityRef{};
      m.entity->id = "test:Syria";
      m.entity->name = "Syria";
      m.entity->country = "SY";
      m.entity->feature = "PCLI";
      m.method = "exact";
      m.nationality = true;
      m.sentence = 0;
      doc.mentions.push_back(m);
      std::sort(doc.mentions.begin(), doc.mentions.end(),
                [](const auto& x, const auto& y) { return x.span.begin < y.span.begin; });
    }
    ASSERT_TRUE(Extractor().Annotate(doc).ok());
    std::string got;
    for (const auto& e : doc.events)
      got += (got.empty() ? "" : " | ") + (e.actor1 ? e.actor1->name : "-") + " / " + (e.actor2 ? e.actor2->name : "-");
    EXPECT_EQ(got, k.actors) << k.text;
  }
}

// A named group before the assault noun is its author as a country is.
TEST(EnglishRulesTest, TheGroupBehindARepelledAssaultIsActor1) {
  const struct {
    const char* text;
    const char* actors;
  } kCases[] = {
      {"Iraqi troops repulsed an Islamic State attack near Mosul on Tuesday.",
       "Islamic State / State forces"},
      {"Soldiers repelled an M23 assault outside Goma overnight.", "M23 / State forces"},
      {"Troops fought off an M23 assault near Goma on Sunday.", "M23 / State forces"},
      {"Soldiers beat back an Islamic State raid on Mosul.", "Islamic State / State forces"},
      // The group as subject keeps the subject's reading.
      {"Islamic State fighters attacked an army post near Mosul on Tuesday.", "Islamic State / State forces"},
  };
  for (const auto& k : kCases) {
    auto doc = sitrep::testing::MakeDocument(k.text, "en");
    ASSERT_TRUE(Extractor().Annotate(doc).ok());
    std::string got;
    for (const auto& e : doc.events)
      got += (got.empty() ? "" : " | ") + (e.actor1 ? e.actor1->name : "-") + " / " + (e.actor2 ? e.actor2->name : "-");
    EXPECT_EQ(got, k.actors) << k.text;
  }
}

}  // namespace
}  // namespace sitrep::events
