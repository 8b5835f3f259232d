// Pass "compound modifier": a place name that opens a compound headed by
// another noun is no place. Japanese writes languages, wars, parliaments,
// clans, treaties and markets as one compound headed by their last noun
// (…語, …戦, …議会, …藩, …条約, …市場), and the dictionary finds the place name at
// its front. Such a name is dropped when the text right after it is one of the
// language's compound heads (names.tsv `compound_head`) ending where a
// tokenizer word ends (so 戦 is a head in 沖縄戦 but not the start of 戦闘); any
// other continuation keeps the place (東京都生まれ, 横浜市近辺, トルコ大使): a wrong
// drop is as costly as a wrong place, so only listed heads count. A
// `nationality_suffix` (…人, …系) marks the name a nationality instead.
// Second guard, "katakana common word": a place found as one katakana word
// that the tokenizer's dictionary knows as a common noun (バス, ハンマー) is that
// noun, unless it names a country or the rest of the document supports its
// country (the tokenizer also calls a Syrian town ハマ a common noun in a story
// about Syria). Only documents whose tokenizer gives parts of speech are touched.
#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "sitrep/entities/linking_steps_internal.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;
using document::Token;

enum class ModifierReading { kPlace, kNationality, kCompound };

// Returns true when a token of the document ends exactly at byte `pos`.
bool TokenEndsAt(const std::vector<Token>& tokens, size_t pos) {
  auto it = std::partition_point(tokens.begin(), tokens.end(), [&](const Token& t) { return t.span.end < pos; });
  return it != tokens.end() && it->span.end == pos;
}

// Returns true when `rest` (the text at byte `at`) opens with one of `words`
// that ends where a token ends.
bool OpensWithWord(const std::vector<Token>& tokens, std::string_view rest, size_t at,
                   const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
    return rest.substr(0, w.size()) == w && TokenEndsAt(tokens, at + w.size());
  });
}

// Returns how the place name ending at byte `end` reads among the tokens.
ModifierReading Classify(const State& s, size_t end) {
  const auto& tokens = s.doc.tokens;
  if (tokens.empty() || tokens.front().pos.empty() || end >= s.text.size()) return ModifierReading::kPlace;
  const std::string_view rest = s.text.substr(end);
  if (OpensWithWord(tokens, rest, end, s.impl.names.compound_heads)) return ModifierReading::kCompound;
  if (OpensWithWord(tokens, rest, end, s.impl.names.nationality_suffixes)) return ModifierReading::kNationality;
  return ModifierReading::kPlace;
}

bool IsLatin(std::string_view text, size_t begin) {
  return begin < text.size() && static_cast<unsigned char>(text[begin]) < 0x80;
}

// Returns true when every character of `s` is katakana (U+30A0-U+30FF, 3 bytes each).
bool AllKatakana(std::string_view s) {
  if (s.empty() || s.size() % 3 != 0) return false;
  for (size_t i = 0; i < s.size(); i += 3) {
    const auto b0 = static_cast<unsigned char>(s[i]), b1 = static_cast<unsigned char>(s[i + 1]);
    if (b0 != 0xE3 || (b1 != 0x82 && b1 != 0x83)) return false;
    if (b1 == 0x82 && static_cast<unsigned char>(s[i + 2]) < 0xA0) return false;
  }
  return true;
}

// Returns true when [begin, end) is exactly one katakana token that the
// tokenizer's dictionary knows (it has a reading) as a common noun.
bool KatakanaCommonNoun(const State& s, size_t begin, size_t end) {
  const auto& tokens = s.doc.tokens;
  auto it = std::partition_point(tokens.begin(), tokens.end(), [&](const Token& t) { return t.span.begin < begin; });
  if (it == tokens.end() || it->span.begin != begin || it->span.end != end || it->reading.empty()) return false;
  if (it->pos != "名詞" || !AllKatakana(s.text.substr(begin, end - begin))) return false;
  return it->pos_detail.rfind("一般", 0) == 0 || it->pos_detail.rfind("形容動詞語幹", 0) == 0;
}

}  // namespace

void CompoundModifierPass(State& s) {
  const NameTables& names = s.impl.names;
  if (names.compound_heads.empty() && names.nationality_suffixes.empty()) return;
  // Decided before any is erased, so the support of a country does not depend on the order.
  // A country is supported for a word when another word of the document links there.
  std::map<std::string, std::set<std::string_view>> words_of_country;
  for (const Found& f : s.found) {
    if (f.r && !f.r->entity.country.empty() && words_of_country[f.r->entity.country].size() < 2) {
      words_of_country[f.r->entity.country].insert(s.text.substr(f.begin, f.end - f.begin));
    }
  }
  std::set<size_t> common_nouns;
  for (const Found& f : s.found) {
    if (!f.r || f.r->kind != MentionKind::kPlace || IsLatin(s.text, f.begin) || !KatakanaCommonNoun(s, f.begin, f.end)) {
      continue;
    }
    const auto& words = words_of_country[f.r->entity.country];
    const bool supported = words.size() > 1 || (words.size() == 1 && !words.count(s.text.substr(f.begin, f.end - f.begin)));
    if (!supported) common_nouns.insert(f.begin);
  }
  std::erase_if(s.found, [&](Found& f) {
    const bool place = f.r ? (f.r->kind == MentionKind::kPlace || f.r->kind == MentionKind::kCountry)
                           : f.unlinked_kind == MentionKind::kPlace;
    if (!place || IsLatin(s.text, f.begin)) return false;
    if (common_nouns.count(f.begin) || (!f.r && KatakanaCommonNoun(s, f.begin, f.end))) return true;
    switch (Classify(s, f.end)) {
      case ModifierReading::kPlace:
        return false;
      case ModifierReading::kNationality:
        if (!f.r) return true;
        f.r->nationality = true;
        f.r->reason = "nationality";
        return false;
      case ModifierReading::kCompound:
        return true;
    }
    return false;
  });
}

}  // namespace sitrep::entities
