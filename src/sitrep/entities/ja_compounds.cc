// Pass "fused organization": in a language written without spaces, an
// organization is often one compound of a modifier and an organization word —
// a place (山梨 + 交通, オハイオ + 州政府, テネシー + 軍, 広島 + 県議会), a surname
// (菊池 + クラブ) or a name the tokenizer does not know (an unknown katakana
// word + 銀行). The earlier steps found the modifier alone and read it as a
// place or a person; here the whole compound becomes one unlinked actor
// mention, the organization the text names, and the modifier is no mention of
// its own: the place an organization is named after is not where something
// happens (the events stage never takes an event's place from it), and the
// compound is one word, so no nested mention either (as NestedPlacePass).
//
// Design: the organization words are the language's names.tsv `org_suffix`
// rows. After the modifier, up to kMaxHeadTokens contiguous noun tokens are
// read, and the compound ends after the last of them whose final tokens spell
// an organization word exactly (so 軍 heads テネシー軍 but not 将軍 or 軍事).
// A country modifies only civil bodies (日本貝類学会, 韓国労働組合, 米議会): with
// its forces or government (org_suffix rows valued `state`: ロシア軍, スーダン
// 政府) it is the state's actor, which the dictionary and the events stage's
// national_forces table resolve. A modifier the dictionary found ending inside
// a token (広島県 of 広島 + 県議会, 大阪府 of 大阪 + 府警) continues with that
// token (FindFusedHead). Persons are turned only when the
// document gave them their name (a dictionary person stays who they are).
// Facilities (…駅, …港, …空港, …基地) are no organization words: they are
// FacilityPass's (ja_facilities.cc), linked to their town.
#include "sitrep/entities/ja_compounds_internal.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <unordered_set>

#include "sitrep/base/utf8.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;
using document::Token;

// The longest run of tokens read after the modifier (州 + 政府, 貝類 + 学会,
// スポーツ + 振興 + 協会, 第 + 1 + 原発): a longer run is a phrase, not one name.
constexpr size_t kMaxHeadTokens = 4;

// A token that can continue a compound: a noun (not a dependent noun or a
// pronoun) or a prefix inside it (第 in 第1原発, 大 in 大聖堂). The tokenizer
// calls an ASCII sign a noun too (the - of 駅-駅): a sign ends the compound.
bool InCompound(const Token& t, std::string_view text) {
  const auto c = static_cast<unsigned char>(text[t.span.begin]);
  if (c < 0x80 && !std::isalnum(c)) return false;
  if (t.pos == "接頭詞") return true;
  return t.pos == "名詞" && t.pos_detail.rfind("非自立", 0) != 0 && t.pos_detail.rfind("代名詞", 0) != 0;
}

constexpr std::string_view kMiddleDot = "・";

std::string_view TokenText(const State& s, const Token& t) { return s.text.substr(t.span.begin, t.span.size()); }

// Returns the index of the first token that begins at or after byte `pos`.
size_t TokenFrom(const std::vector<Token>& tokens, size_t pos) {
  return std::partition_point(tokens.begin(), tokens.end(), [&](const Token& t) { return t.span.begin < pos; }) -
         tokens.begin();
}

// The score of an organization found so: that of the tokenizer's other
// unlinked names (JapaneseNamePass), it is as sure as they are.
constexpr double kCompoundScore = 0.5;

bool IsLatin(std::string_view text, size_t begin) {
  return begin < text.size() && static_cast<unsigned char>(text[begin]) < 0x80;
}

// Returns true when a found span can be the modifier of an organization compound.
bool CanModify(const Found& f, std::string_view text) {
  if (IsLatin(text, f.begin) || f.keep_unlinked) return false;
  const MentionKind kind = f.r ? f.r->kind : f.unlinked_kind;
  if (kind == MentionKind::kPlace || kind == MentionKind::kCountry) return !f.r || !f.r->nationality;
  if (kind == MentionKind::kPerson) return !f.r || f.r->entity.id.rfind("person:", 0) == 0;
  return false;
}

bool AllKatakana(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    const char32_t cp = utf8::Next(s, pos);
    if (!utf8::IsKatakana(cp)) return false;
  }
  return !s.empty();
}

// A noun written in katakana.
bool KatakanaWord(const State& s, const Token& t) { return t.pos == "名詞" && AllKatakana(TokenText(s, t)); }

// A katakana word the tokenizer's dictionary does not know, or knows as a name.
bool UnknownKatakanaName(const State& s, const Token& t) {
  if (t.pos != "名詞" || !AllKatakana(s.text.substr(t.span.begin, t.span.size()))) return false;
  return t.reading.empty() || t.pos_detail.rfind("固有名詞", 0) == 0;
}

// Returns true when the found modifier `f` makes one organization with `head`.
// A country's forces and government right after it (ロシア軍, スーダン政府) are
// its state's actors, which the dictionary and the events stage name; its
// civil bodies (日本貝類学会, 韓国労働組合, ウクライナ議会) and its units named
// with more words (ロシア第58軍) are organizations. Some words make one only
// after a place (日本代表, the national team; 山田代表 is a person's office).
bool FusesWith(const State& s, const Found& f, const FusedHead& head) {
  const std::string word(head.word);
  const MentionKind kind = f.r ? f.r->kind : f.unlinked_kind;
  const bool place = kind == MentionKind::kPlace || kind == MentionKind::kCountry;
  if (!place && s.impl.names.place_org_suffixes.count(word)) return false;
  const bool adjacent = head.word.data() == s.text.data() + f.end;
  return !(kind == MentionKind::kCountry && adjacent && s.impl.names.state_org_suffixes.count(word));
}

// Returns the first token of the katakana word that token i ends: known
// katakana nouns glued right before an unknown name, with no gap, no middle
// dot and no found mention on them, are the opening of that name, not words of
// their own (ポリ of ポリサリオ, read as "poly" + サリオ).
size_t GluedKatakanaStart(const State& s, size_t i) {
  const auto& tokens = s.doc.tokens;
  while (i > 0 && tokens[i - 1].span.end == tokens[i].span.begin && KatakanaWord(s, tokens[i - 1]) &&
         TokenText(s, tokens[i - 1]).find("・") == std::string_view::npos &&
         !s.Covered(tokens[i - 1].span.begin, tokens[i - 1].span.end)) {
    --i;
  }
  return i;
}

// Returns where the organization a found modifier opens begins: a name of
// the document's own (a person it made, an unlinked word) with known katakana
// glued before it begins where they do (ポリ + サリオ + 戦線); a linked place or
// country begins where it was found.
size_t OrganizationBegin(const State& s, const Found& f) {
  if (f.r && f.r->entity.id.rfind("person:", 0) != 0) return f.begin;
  const size_t t = TokenFrom(s.doc.tokens, f.begin);
  if (t >= s.doc.tokens.size() || s.doc.tokens[t].span.begin != f.begin) return f.begin;
  return s.doc.tokens[GluedKatakanaStart(s, t)].span.begin;
}

// Widens the found modifiers into their organization compounds.
void WidenModifiers(State& s) {
  std::set<size_t> swallowed;  // begins of found spans inside a widened compound
  std::set<size_t> modifier_begins;
  for (const Found& f : s.found) {
    if (CanModify(f, s.text)) modifier_begins.insert(f.begin);
  }
  for (Found& f : s.found) {
    if (swallowed.count(f.begin) || !CanModify(f, s.text)) continue;
    const FusedHead head = FindFusedHead(s, f.end, s.impl.names.org_suffixes);
    const size_t end = head.end;
    if (end == 0) continue;
    if (!FusesWith(s, f, head)) continue;
    // Another name inside the compound opens the organization (ハルキウ州 +
    // イジュム市議会): this one says where that organization is, and stays.
    auto inner = modifier_begins.upper_bound(f.begin);
    if (inner != modifier_begins.end() && *inner < end) continue;
    for (auto it = s.spans.upper_bound(f.begin); it != s.spans.end() && it->first < end;) {
      swallowed.insert(it->first);
      it = s.spans.erase(it);
    }
    s.spans.erase(f.begin);
    f.begin = OrganizationBegin(s, f);
    f.end = end;
    f.r.reset();
    f.score = kCompoundScore;
    f.unlinked_kind = MentionKind::kActor;
    s.spans[f.begin] = end;
  }
  std::erase_if(s.found, [&](const Found& f) { return swallowed.count(f.begin) > 0; });
}

// Adds the organizations named by unknown katakana words before an organization word.
void KatakanaOrganizations(State& s) {
  const auto& tokens = s.doc.tokens;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!UnknownKatakanaName(s, tokens[i])) continue;
    size_t j = i + 1;  // a run of them is one name (・ is no katakana word here, so it stops the run)
    while (j < tokens.size() && tokens[j].span.begin == tokens[j - 1].span.end && UnknownKatakanaName(s, tokens[j])) ++j;
    const size_t b = tokens[GluedKatakanaStart(s, i)].span.begin, e = tokens[j - 1].span.end;
    i = j - 1;
    const size_t end = FusedHeadEnd(s, e, s.impl.names.org_suffixes);
    if (end == 0 || s.Covered(b, end)) continue;
    s.Add(b, end, std::nullopt, kCompoundScore, MentionKind::kActor);
  }
}

// The longest run of ordinary nouns read before an organization's kind word
// (全国 + 霊感 + 商法 + 対策 + 弁護士 + 連絡会): a longer run is a phrase.
constexpr size_t kMaxOrdinaryModifiers = 6;
// The fewest ordinary nouns that name one body with a kind word: one alone is
// a kind of body (労働組合, 対策委員会), not a body's name.
constexpr size_t kMinOrdinaryModifiers = 2;

// A token of the name of a body written in ordinary nouns (科学 + 技術 + 省,
// 証券 + 取引 + 等 + 監視 + 委員会): a common or verbal noun, a noun stem, a
// suffix inside the compound (障害 + 者) or a proper noun that is no place or
// person (室町 + 幕府). No prefix (同 of 同委員会 points back to a body named
// before), number, pronoun or dependent noun.
bool OrdinaryNameNoun(const Token& t) {
  if (t.pos != "名詞") return false;
  const std::string_view d = t.pos_detail;
  return d.rfind("一般", 0) == 0 || d.rfind("サ変接続", 0) == 0 || d.rfind("形容動詞語幹", 0) == 0 ||
         d.rfind("接尾,一般", 0) == 0 || d.rfind("固有名詞,一般", 0) == 0;
}

// Where an organization's kind word (names.tsv `org_head`) ending with token j
// begins: `token` is the first token of it, tokens.size() if none; `inner`
// when that token also holds a word of the name before the kind word (the
// tokenizer's organization 交通省 of 国土 + 交通省 ends with 省).
struct KindWord {
  size_t token;
  bool inner = false;
};

KindWord KindWordAt(const State& s, size_t j) {
  const auto& tokens = s.doc.tokens;
  const auto& heads = s.impl.names.org_heads;
  for (size_t k = j + 1; k-- > 0 && j - k < 2;) {
    if (k < j && tokens[k].span.end != tokens[k + 1].span.begin) break;
    const size_t b = tokens[k].span.begin;
    if (heads.count(std::string(s.text.substr(b, tokens[j].span.end - b)))) return {k};
  }
  const std::string_view word = s.text.substr(tokens[j].span.begin, tokens[j].span.size());
  if (tokens[j].pos_detail.rfind("固有名詞,組織", 0) == 0) {
    for (const std::string& h : heads) {
      if (word.size() > h.size() && word.substr(word.size() - h.size()) == h) return {j, true};
    }
  }
  return {tokens.size()};
}

// Adds the organizations written as ordinary nouns before a kind word
// (科学技術省, 視覚障害者文化振興協会, 室町幕府): the kind word names a body
// and the nouns before it its name. Only a span no other mention covers, save
// an unlinked organization the tokenizer found inside it (交通省 of 国土交通省),
// which the whole replaces.
void OrdinaryNounOrganizations(State& s) {
  const auto& tokens = s.doc.tokens;
  for (size_t j = 0; j < tokens.size(); ++j) {
    const KindWord kind = KindWordAt(s, j);
    const size_t k = kind.token;
    if (k == tokens.size() || k == 0) continue;
    // Forces (機械化旅団) are the state's; only their number names a unit (NumberedUnits).
    if (s.impl.names.state_org_suffixes.count(std::string(s.text.substr(tokens[k].span.begin, tokens[j].span.end - tokens[k].span.begin)))) {
      continue;
    }
    size_t first = k, modifiers = kind.inner ? 1 : 0;
    bool proper = false, dotted = false;
    while (first > 0 && modifiers < kMaxOrdinaryModifiers && tokens[first - 1].span.end == tokens[first].span.begin) {
      const Token& t = tokens[first - 1];
      // A middle dot between katakana words joins one name (インターナショナル・マネジメント・グループ).
      if (TokenText(s, t) == kMiddleDot && first >= 2 && KatakanaWord(s, tokens[first - 2]) &&
          KatakanaWord(s, tokens[first])) {
        dotted = true;
        first -= 2;  // the katakana word before the dot is in the name whatever it is (サヘル・…)
        ++modifiers;
        continue;
      }
      if (!OrdinaryNameNoun(t)) break;
      --first;
      ++modifiers;
      proper = proper || t.pos_detail.rfind("固有名詞", 0) == 0;
    }
    while (first < k && tokens[first].pos_detail.rfind("接尾", 0) == 0) {  // a suffix opens no name
      ++first;
      --modifiers;
    }
    // A kind word in katakana (グループ, リーグ) names one body only after a name
    // joined by middle dots: 反政府武装グループ is a kind of armed group.
    const bool katakana_head = KatakanaWord(s, tokens[k]);
    if (katakana_head && !dotted) continue;
    if (modifiers < kMinOrdinaryModifiers && !((proper || dotted) && modifiers > 0)) continue;
    if (kind.inner && k == first) continue;  // the tokenizer's organization alone stays as it was
    const size_t b = tokens[first].span.begin, e = tokens[j].span.end;
    std::vector<size_t> inside;
    bool blocked = false;
    for (size_t i = 0; i < s.found.size() && !blocked; ++i) {
      const Found& f = s.found[i];
      if (f.end <= b || f.begin >= e) continue;
      const bool unlinked_actor = !f.r && f.unlinked_kind == MentionKind::kActor && !f.keep_unlinked;
      // A place in a dot-joined name is a word of it (サヘル of サヘル・ユナイテッド・リーグ).
      if ((unlinked_actor || (dotted && CanModify(f, s.text))) && f.begin >= b && f.end <= e) inside.push_back(i);
      else blocked = true;
    }
    if (blocked) continue;
    for (auto it = inside.rbegin(); it != inside.rend(); ++it) {
      s.spans.erase(s.found[*it].begin);
      s.found.erase(s.found.begin() + static_cast<std::ptrdiff_t>(*it));
    }
    s.Add(b, e, std::nullopt, kCompoundScore, MentionKind::kActor);
  }
}

// The most tokens between a unit's number and its unit word (第93 + 機械 + 化 +
// 旅団, 第66 + 軽 + 歩兵 + 師団) and the most ordinary nouns before its 第 (歩兵第1旅団).
constexpr size_t kMaxUnitWords = 3;

// Returns the end of the unit word (a names.tsv org_head that is also an
// org_suffix valued `state`: 軍, 旅団, 師団; not 戦線, as 第2戦線 is a second
// front) closing the unit whose number ends before token i, or 0.
size_t UnitWordEnd(const State& s, size_t i) {
  const auto& tokens = s.doc.tokens;
  const auto& units = s.impl.names.state_org_suffixes;
  for (size_t j = i; j < tokens.size() && j < i + kMaxUnitWords; ++j) {
    const Token& t = tokens[j];
    if (t.span.begin != tokens[j - 1].span.end || !(t.pos == "接頭詞" || OrdinaryNameNoun(t) || t.pos_detail.rfind("接尾", 0) == 0)) {
      break;
    }
    const std::string w(TokenText(s, t));
    if (units.count(w) && s.impl.names.org_heads.count(w)) return t.span.end;
  }
  return 0;
}

// Adds the military units named by their number (第58軍, 第93機械化旅団,
// 歩兵第1旅団). A unit right after its state's forces (ロシア軍第58軍) is part
// of that actor's mention: the unit fights for the state the dictionary names.
void NumberedUnits(State& s) {
  const auto& tokens = s.doc.tokens;
  for (size_t i = 0; i + 2 < tokens.size(); ++i) {
    if (tokens[i].pos != "接頭詞" || TokenText(s, tokens[i]) != "第") continue;
    size_t n = i + 1;
    while (n < tokens.size() && tokens[n].span.begin == tokens[n - 1].span.end && tokens[n].pos_detail.rfind("数", 0) == 0) ++n;
    if (n == i + 1 || n >= tokens.size()) continue;
    const size_t e = UnitWordEnd(s, n);
    if (e == 0) continue;
    size_t first = i;  // ordinary nouns before 第 name the unit's arm (歩兵, 守備混成)
    while (first > 0 && i - first < kMaxUnitWords && tokens[first - 1].span.end == tokens[first].span.begin &&
           OrdinaryNameNoun(tokens[first - 1]) && !s.Covered(tokens[first - 1].span.begin, tokens[first - 1].span.end)) {
      --first;
    }
    const size_t b = tokens[first].span.begin;
    if (s.Covered(b, e)) continue;
    auto forces = std::find_if(s.found.begin(), s.found.end(), [&](const Found& f) {
      return f.end == b && f.r && f.r->kind == MentionKind::kActor;
    });
    if (forces != s.found.end()) {
      forces->end = e;
      s.spans[forces->begin] = e;
    } else {
      s.Add(b, e, std::nullopt, kCompoundScore, MentionKind::kActor);
    }
  }
}

}  // namespace

FusedHead FindFusedHead(const State& s, size_t end, const std::unordered_set<std::string>& heads) {
  const auto& tokens = s.doc.tokens;
  size_t j = TokenFrom(tokens, end);
  // Where a head may begin: each token of the run, and, when the modifier ends
  // inside a token (広島県 + 議会 of 県議会, 大阪府 + 警 of 府警), both that
  // token's start and the modifier's end.
  std::vector<size_t> starts;
  if (j > 0 && tokens[j - 1].span.begin < end && tokens[j - 1].span.end > end) starts = {end, tokens[--j].span.begin};
  FusedHead best;
  size_t prev_end = starts.empty() ? end : tokens[j].span.begin;
  for (const size_t first = j; j < tokens.size() && j < first + kMaxHeadTokens; ++j) {
    const Token& t = tokens[j];
    if (t.span.begin != prev_end || !InCompound(t, s.text)) break;
    prev_end = t.span.end;
    if (j > first || starts.empty()) starts.push_back(t.span.begin);
    for (const size_t b : starts) {
      if (heads.count(std::string(s.text.substr(b, t.span.end - b)))) {
        best = {t.span.end, s.text.substr(b, t.span.end - b)};
        break;
      }
    }
  }
  return best;
}

size_t FusedHeadEnd(const State& s, size_t end, const std::unordered_set<std::string>& heads) {
  return FindFusedHead(s, end, heads).end;
}

void FusedOrganizationPass(State& s) {
  if (s.impl.names.org_suffixes.empty() || !TaggedWithPartsOfSpeech(s.doc)) return;
  WidenModifiers(s);
  KatakanaOrganizations(s);
  if (!s.impl.names.org_heads.empty()) OrdinaryNounOrganizations(s);
  NumberedUnits(s);
}

}  // namespace sitrep::entities
