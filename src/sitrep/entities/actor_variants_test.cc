// Tests of the actor spelling-variant keys and matching (actor_variants.cc):
// variants that must share a key, names that must not, and linking in context.
#include <gtest/gtest.h>

#include "sitrep/entities/linker_internal.h"
#include "sitrep/entities/linker_test_util.h"

namespace sitrep::entities {
namespace {

void AddArticles(EntityLinker::Impl& impl) {
  for (const char* a : {"al", "el", "ad", "ash", "an", "as", "ar"}) impl.articles.insert(a);
}

TEST(ActorVariantKeyTest, SpellingVariantsShareAKey) {
  EntityLinker::Impl impl;
  AddArticles(impl);
  const std::pair<const char*, const char*> same[] = {
      {"Jabhat al-Nusrah", "Jabhat an-Nusra"},
      {"Ahrar ash-Sham", "Ahrar al Sham"},
      {"Izz el-Deen al-Qassam", "Izz ad-Din al-Qassam"},
      {"Da'esh", "Daesh"},
      {"Hay'et Tahrir", "Hayet Tahrir"},
      {"Abu Mohammed al-Joulani", "Abu Mohammed al-Julani"},
  };
  for (const auto& [a, b] : same)
    EXPECT_EQ(ActorVariantKey(impl, a), ActorVariantKey(impl, b)) << a << " / " << b;
  const std::pair<const char*, const char*> differ[] = {
      {"Jabhat al-Nusra", "Jabhat Fateh al-Sham"},
      {"Ansar al-Sharia", "Ansar al-Sunna"},
      {"as Syria", "al Syria"},  // "as" is an article only before a hyphen
  };
  for (const auto& [a, b] : differ)
    EXPECT_NE(ActorVariantKey(impl, a), ActorVariantKey(impl, b)) << a << " / " << b;
}

TEST(ActorVariantTest, LinksVariantsAndLeavesOtherNames) {
  const struct {
    const char* text;
    const char* surface;
    const char* expect;  // actor id, or "" = not linked to an actor
  } cases[] = {
      {"Fighters of Jebhat an-Nusrah shelled the town near Idlib, Syria.", "Jebhat an-Nusrah",
       "actor:nusra"},
      {"Hizbullah and the Lebanese army deployed south of Beirut.", "Hizbullah", "actor:hezbollah"},
      {"Asa'ib Ahl al-Haqq denied the attack in Baghdad, Iraq.", "Asa'ib Ahl al-Haqq",
       "actor:asaib-ahl-al-haq"},
      {"Jaish al-Mahdi fighters clashed with police in Basra, Iraq.", "Jaish al-Mahdi", ""},
      {"Ansar al-Sunna claimed the bombing in Mosul, Iraq.", "Ansar al-Sunna", ""},
      // A city's police is no respelling of a country's ("Polish police", "CAR police").
      {"Paris Police detained two men after the march.", "Paris Police", ""},
      {"Cairo Police said the suspects were released.", "Cairo Police", ""},
  };
  for (const auto& c : cases) {
    const document::Document doc = testing::Link(c.text, "en");
    const document::Mention* m = testing::MentionOf(doc, c.surface);
    const std::string got =
        m && m->entity && m->kind != document::MentionKind::kPlace ? m->entity->id : "";
    EXPECT_EQ(got, c.expect) << c.text;
  }
}

}  // namespace
}  // namespace sitrep::entities
