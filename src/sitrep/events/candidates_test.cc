// MentionsBySentence indexes a document's mentions by the sentence holding
// them in one pass: each sentence gets exactly the mentions inside it, in
// order, so participants cost a sentence its own mentions (issue 15: ~100k
// short lines used to collect participants over every mention per line).
// CollectParticipants lets a longer actor noun win over a person named in it,
// and reads a facility (linked to its town) as a place.
#include "sitrep/events/candidates.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sitrep/events/passes_testutil.h"

namespace sitrep::events {
namespace {

document::Document WithMentions(const std::string& text, const std::vector<std::string>& names) {
  document::Document doc("t", text);
  size_t start = 0;
  for (size_t nl; (nl = text.find('\n', start)) != std::string::npos || start < text.size();) {
    const size_t end = nl == std::string::npos ? text.size() : nl;
    if (end > start) doc.sentences.push_back({{start, end}, 0});
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  for (const std::string& name : names) {
    for (size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
      document::Mention m;
      m.span = {at, at + name.size()};
      m.text = name;
      doc.mentions.push_back(m);
    }
  }
  return doc;
}

// The mentions inside sentence `s`, by the definition (containment).
std::vector<uint32_t> Inside(const document::Document& doc, size_t s) {
  std::vector<uint32_t> out;
  const document::Span& span = doc.sentences[s].span;
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const document::Span& m = doc.mentions[i].span;
    if (m.begin >= span.begin && m.end <= span.end) out.push_back(static_cast<uint32_t>(i));
  }
  return out;
}

TEST(MentionsBySentenceTest, EachSentenceGetsTheMentionsInsideIt) {
  const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
      {"Shelling hit Kharkiv.\nTroops left Kherson and Mykolaiv.\n", {"Kherson", "Kharkiv", "Mykolaiv"}},
      {"ゴマで戦闘。\nブニアとベニで衝突。", {"ベニ", "ゴマ", "ブニア"}},
      {"قصف في حلب\nاشتباكات في إدلب وحماة", {"حماة", "حلب", "إدلب"}},
      {"no mentions here\n\nnor here", {}},
  };
  for (const auto& [text, names] : cases) {
    const document::Document doc = WithMentions(text, names);
    const auto index = MentionsBySentence(doc);
    ASSERT_EQ(index.size(), doc.sentences.size()) << text;
    size_t total = 0;
    for (size_t s = 0; s < index.size(); ++s) {
      EXPECT_EQ(index[s], Inside(doc, s)) << text << " sentence " << s;
      total += index[s].size();
    }
    EXPECT_EQ(total, doc.mentions.size()) << text;
  }
}

// A mention across a sentence boundary belongs to neither sentence.
TEST(MentionsBySentenceTest, AMentionAcrossSentencesIsInNone) {
  document::Document doc = WithMentions("Fighting in Goma\nand Bunia", {"Goma\nand"});
  const auto index = MentionsBySentence(doc);
  ASSERT_EQ(index.size(), 2u);
  EXPECT_TRUE(index[0].empty());
  EXPECT_TRUE(index[1].empty());
}

// "pro-Assad militias", "親アサド民兵": the person mention inside the actor noun
// says whose side the militia is on; the militia is the participant.
TEST(CollectParticipantsTest, ALongerActorNounWinsOverAPersonInsideIt) {
  const struct {
    const char* lang;
    std::string text, person, noun;
  } cases[] = {
      {"en", "Pro-Assad militias shelled a village in Daraa province.", "Assad", "Pro-Assad militias"},
      {"ja", "親アサド民兵がダルアー県の村を砲撃した。", "アサド", "親アサド民兵"},
  };
  for (const auto& c : cases) {
    document::Document doc = WithMentions(c.text, {c.person});
    doc.sentences = {{{0, c.text.size()}, 0}};
    doc.mentions[0].kind = document::MentionKind::kPerson;
    doc.mentions[0].entity = document::EntityRef{"actor:bashar-al-assad", "Bashar al-Assad"};
    const LanguageTables& t = testing::TablesFor(c.lang);
    const auto parts = CollectParticipants(doc, 0, {0}, *t.rules, t.actor_nouns);
    ASSERT_EQ(parts.size(), 1u) << c.text;
    EXPECT_EQ(parts[0].entity.name, "Pro-government militia") << c.text;
    EXPECT_EQ(c.text.substr(parts[0].begin, parts[0].end - parts[0].begin), c.noun);
  }
  // A person beside an actor noun, not inside it, stays a participant.
  const std::string text = "Assad said militias shelled a village in Daraa province.";
  document::Document doc = WithMentions(text, {"Assad"});
  doc.sentences = {{{0, text.size()}, 0}};
  doc.mentions[0].kind = document::MentionKind::kPerson;
  doc.mentions[0].entity = document::EntityRef{"actor:bashar-al-assad", "Bashar al-Assad"};
  const LanguageTables& t = testing::TablesFor("en");
  const auto parts = CollectParticipants(doc, 0, {0}, *t.rules, t.actor_nouns);
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].kind, document::MentionKind::kPerson);
  EXPECT_EQ(parts[1].entity.name, "Militia");
}

// "クラマトルスク駅", "アルビル国際空港": a facility mention is linked to its town,
// and what happens there happens at that town: the participant is a place.
TEST(CollectParticipantsTest, AFacilityIsTheEventsPlace) {
  const struct {
    std::string text, facility, town, country;
  } cases[] = {
      {"ミサイルがクラマトルスク駅に着弾した。", "クラマトルスク駅", "Kramatorsk", "UA"},
      {"無人機がアルビル国際空港の近くに墜落した。", "アルビル国際空港", "Erbil", "IQ"},
  };
  for (const auto& c : cases) {
    document::Document doc = WithMentions(c.text, {c.facility});
    doc.sentences = {{{0, c.text.size()}, 0}};
    doc.mentions[0].kind = document::MentionKind::kFacility;
    doc.mentions[0].entity = document::EntityRef{"geonames:1", c.town, 48.7, 37.6, c.country};
    const LanguageTables& t = testing::TablesFor("ja");
    const auto parts = CollectParticipants(doc, 0, {0}, *t.rules, t.actor_nouns);
    ASSERT_EQ(parts.size(), 1u) << c.text;
    EXPECT_EQ(parts[0].kind, document::MentionKind::kPlace) << c.text;
    EXPECT_EQ(parts[0].entity.name, c.town);
  }
}

}  // namespace
}  // namespace sitrep::events
