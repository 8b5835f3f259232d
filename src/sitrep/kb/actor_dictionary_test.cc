// The actor dictionary for the wars analysts follow: for each region, names
// and acronyms in English, Japanese, Arabic and Indonesian name the right
// actor with ACLED's inter code; ambiguous words name nothing; every alias is
// the alias of one actor per country.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "sitrep/kb/kb_test_util_internal.h"

namespace sitrep::kb {
namespace {

using testing::ActorsNamed;
using testing::RealKb;

struct Case {
  const char* phrase;
  const char* id;
  int inter;
};

const Case kCases[] = {
    // Sudan and South Sudan
    {"Rapid Support Forces", "sd-rsf", 2},           {"RSF", "sd-rsf", 2},
    {"即応支援部隊", "sd-rsf", 2},                    {"قوات الدعم السريع", "sd-rsf", 2},
    {"SAF", "sd-military", 1},                        {"Sudanese Armed Forces", "sd-military", 1},
    {"Al-Baraa Bin Malik Brigade", "sd-baraa-bin-malik", 3},
    {"كتيبة البراء بن مالك", "sd-baraa-bin-malik", 3}, {"SPLM-N", "splm-n", 2},
    {"SSPDF", "ss-military", 1},                      {"SPLA-IO", "ss-splm-io", 2},
    {"White Army", "ss-white-army", 4},               {"南スーダン政府", "ss-government", 1},
    // Myanmar
    {"Tatmadaw", "mm-military", 1},                   {"ミャンマー国軍", "mm-military", 1},
    {"People's Defence Force", "mm-pdf", 2},          {"Arakan Army", "mm-aa", 2},
    {"アラカン軍", "mm-aa", 2},                        {"جيش أراكان", "mm-aa", 2},
    {"Tentara Arakan", "mm-aa", 2},                   {"KIA", "mm-kia", 2},
    {"TNLA", "mm-tnla", 2},                           {"ARSA", "mm-arsa", 2},
    {"National Unity Government", "mm-nug", 2},       {"国民統一政府", "mm-nug", 2},
    // Ukraine and Russia
    {"Armed Forces of Ukraine", "ua-military", 1},    {"ウクライナ軍", "ua-military", 1},
    {"SBU", "ua-sbu", 1},                             {"Rosgvardia", "ru-rosgvardia", 1},
    {"Wagner Group", "wagner", 8},                    {"朝鮮人民軍", "kp-military", 1},
    {"Pasukan Ukraina", "ua-military", 1},
    // Israel, Gaza, West Bank, Lebanon, Iran
    {"IDF", "il-military", 1},                        {"Israeli settlers", "il-settlers", 3},
    {"المستوطنون", "il-settlers", 3},                  {"Palestinian Authority", "ps-government", 1},
    {"Al-Aqsa Martyrs' Brigades", "al-aqsa-martyrs-brigades", 3},
    {"Hezbollah", "hezbollah", 3},                    {"ヒズボラ", "hezbollah", 3},
    {"Radwan Force", "radwan-force", 3},              {"Basij", "basij", 3},
    {"Gaza Health Ministry", "gaza-health-ministry", 0},
    // Yemen and the Red Sea
    {"Ansar Allah", "ye-houthis", 2},                 {"Giants Brigades", "ye-giants-brigades", 3},
    {"ألوية العمالقة", "ye-giants-brigades", 3},        {"Security Belt Forces", "ye-security-belt", 3},
    {"Operation Prosperity Guardian", "operation-prosperity-guardian", 8},
    // DR Congo and the Great Lakes
    {"FARDC", "cd-military", 1},                      {"M23", "m23", 2},
    {"حركة 23 مارس", "m23", 2},                         {"3月23日運動", "m23", 2},
    {"Allied Democratic Forces", "adf", 2},           {"CODECO", "codeco", 4},
    {"Wazalendo", "wazalendo", 3},                    {"FDLR", "fdlr", 2},
    {"UPDF", "ug-military", 1},                       {"MONUSCO", "monusco", 8},
    // The Sahel
    {"JNIM", "jnim", 2},                              {"جماعة نصرة الإسلام والمسلمين", "jnim", 2},
    {"FAMa", "ml-military", 1},                       {"VDP", "bf-vdp", 3},
    {"Islamic State Sahel Province", "is-sahel", 2},  {"Azawad Liberation Front", "fla", 2},
    {"Dan Na Ambassagou", "dan-na-ambassagou", 4},    {"CNSP", "ne-government", 1},
    // Nigeria and the Lake Chad basin
    {"ISWAP", "iswap", 2},                            {"ボコ・ハラム", "boko-haram", 2},
    {"بوكو حرام", "boko-haram", 2},                     {"Civilian Joint Task Force", "ng-cjtf", 3},
    {"Lakurawa", "lakurawa", 2},                      {"IPOB", "ipob", 3},
    {"MNJTF", "mnjtf", 8},                            {"Ambazonian separatists", "ambazonia", 2},
    // Somalia and Ethiopia
    {"Al-Shabaab", "al-shabaab", 2},                  {"アル・シャバーブ", "al-shabaab", 2},
    {"حركة الشباب المجاهدين", "al-shabaab", 2},         {"Al-Syabab", "al-shabaab", 2},
    {"ATMIS", "atmis", 8},                            {"Danab", "so-military", 1},
    {"TPLF", "tplf", 2},                              {"ティグレ人民解放戦線", "tplf", 2},
    {"Fano", "fano", 4},                              {"Oromo Liberation Army", "ola", 2},
    {"ENDF", "et-military", 1},
    // Haiti, Colombia, Mexico
    {"Viv Ansanm", "viv-ansanm", 3},                  {"Haitian National Police", "ht-police", 1},
    {"ELN", "eln", 2},                                {"Clan del Golfo", "clan-del-golfo", 3},
    {"FARC dissidents", "farc-emc", 2},               {"CJNG", "cjng", 3},
    {"Sinaloa Cartel", "sinaloa-cartel", 3},          {"Guardia Nacional", "mx-national-guard", 1},
    // Pakistan, Afghanistan, Iraq
    {"TTP", "ttp", 2},                                {"パキスタン・タリバン運動", "ttp", 2},
    {"حركة طالبان باكستان", "ttp", 2},                  {"Balochistan Liberation Army", "bla", 2},
    {"ISKP", "iskp", 2},                              {"Taliban government", "af-government", 1},
    {"Popular Mobilization Forces", "pmf", 3},        {"Counter Terrorism Service", "iq-cts", 1},
    // Indonesia, and Indonesian names of actors abroad
    {"TNI", "id-military", 1},                        {"Tentara Nasional Indonesia", "id-military", 1},
    {"Kopassus", "id-military", 1},                   {"Polri", "id-police", 1},
    {"Densus 88", "id-police", 1},                    {"Brimob", "id-police", 1},
    {"KKB Papua", "tpnpb", 2},                        {"Pasukan Dukungan Cepat", "sd-rsf", 2},
    {"Observatorium Suriah untuk Hak Asasi Manusia", "sohr", 0},
    {"NIIS", "isis", 2},
    {"Pasukan Pertahanan Israel", "il-military", 1},  {"Brigade Al-Qassam", "hamas", 2},
    {"Jihad Islam Palestina", "pij", 2},              {"Garda Revolusi Iran", "irgc", 1},
    {"Pasukan Demokratik Suriah", "sdf", 2},          {"Tentara Kemerdekaan Kachin", "mm-kia", 2},
    {"Republik Rakyat Donetsk", "ua-separatists", 2}, {"جمهورية دونيتسك الشعبية", "ua-separatists", 2},
    {"أندوف", "undof", 8},
    // International bodies
    {"NATO", "nato", 8},                              {"الاتحاد الأفريقي", "african-union", 8},
    {"ECOWAS", "ecowas", 8},                          {"国連安全保障理事会", "un-security-council", 8},
};

TEST(ActorDictionaryTest, NamesInFourLanguagesNameTheirActor) {
  for (const Case& c : kCases) {
    const auto ids = ActorsNamed(RealKb(), c.phrase);
    ASSERT_EQ(ids.size(), 1u) << c.phrase;
    EXPECT_EQ(ids[0], c.id) << c.phrase;
    EXPECT_EQ(RealKb().LookupActor(ids[0])->inter, c.inter) << c.phrase;
  }
}

TEST(ActorDictionaryTest, AmbiguousWordsNameNoActor) {
  // Common words and short forms that mean other things: no alias may claim them.
  for (const char* phrase : {"PDF", "Joint Forces", "Let", "Amal", "الشباب", "فتح", "Border Guard Force",
                             "junta forces", "国軍", "parallel government", "Kinshasa", "AFC", "ISS",
                             "KKB"}) {
    EXPECT_TRUE(ActorsNamed(RealKb(), phrase).empty()) << phrase;
  }
}

TEST(ActorDictionaryTest, AnAliasNamesOneActorPerCountry) {
  std::map<std::string, std::set<std::string>> owners;  // "CC/key" -> actor ids
  for (const Actor& a : RealKb().actors()) {
    std::set<std::string> keys = {NameKey(a.name)};
    for (const auto& al : a.aliases) keys.insert(NameKey(al));
    for (const auto& k : keys) owners[a.country + "/" + k].insert(a.id);
  }
  for (const auto& [key, ids] : owners) {
    EXPECT_EQ(ids.size(), 1u) << key << " names " << *ids.begin() << " and " << *ids.rbegin();
  }
}

TEST(ActorDictionaryTest, CanonicalNamesFollowAcledsScheme) {
  // State actors take ACLED's "Military Forces of X" form without its regime period, which stays an alias.
  const Actor* sudan = RealKb().LookupActor("sd-military");
  EXPECT_EQ(sudan->name, "Military Forces of Sudan");
  EXPECT_EQ(ActorsNamed(RealKb(), "Military Forces of Sudan (2019-)"), std::vector<std::string>{"sd-military"});
  EXPECT_EQ(RealKb().LookupActor("mm-military")->name, "Military Forces of Myanmar");
  EXPECT_EQ(RealKb().LookupActor("cd-military")->name, "Military Forces of the Democratic Republic of Congo");
}

}  // namespace
}  // namespace sitrep::kb
