// Persons of tokenized text by the words around them (see ja_names_internal.h):
// languages written without spaces (Japanese) mark a person by a suffix
// glued to the name (ダガロ氏, 吉田被告, ヘメティ司令官: names.tsv
// `person_suffix`), and write a foreign full name as katakana words joined by
// a middle dot (ハワード・ベイカー), which the tokenizer's dictionary does not
// know and gives no reading. Earlier steps read such names as nothing, as an
// unlinked place from a part of speech, or as a gazetteer town inside the name
// (ローリー in ウォルター・ローリー). Here they become document-local persons,
// save a dot-joined name ending in a kind of body (names.tsv org_head: グループ)
// or quoted after an organization word, which is that body, and one followed
// by a division or town word (…州, …市), which is that place.
//
// Design: a name before a suffix is the run of up to kMaxNameTokens tokens
// right before the suffix's tokens that are persons' or ordinary proper nouns or
// unknown katakana words. A dot-joined name is one unknown katakana token with
// a middle dot, none of whose parts is a common word (name_guards) and whose
// first part opens no place names (names.tsv `place_part`: ベイト, デイル, ラス,
// サン..., as in ベイト・ラヒア), and not all of whose parts are places found on
// their own (ドネツク・ルハンスク is a list). Either is left alone where a linked mention that is no
// person already covers part of it — a country or a dictionary place or actor
// (ロシア大統領 is Russia's president, not a person named ロシア) — and replaces
// only unlinked mentions, document-local persons and gazetteer towns found
// inside a dot-joined name. A katakana person the tokenizer made of the first
// word of a place it split (ハル of ハルキウ, ヴァイ of ヴァイマル) is that place
// when the whole run of katakana nouns names a country, a curated place or a
// prominent town. One-character names the tokenizer's tags gave
// (勤, 京) with no suffix after them are dropped: such a tag is far more often
// a misreading than a name, and an unlinked one-character place is no use.
#include "sitrep/entities/ja_names_internal.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>

#include "sitrep/base/utf8.h"
#include "sitrep/entities/ja_compounds_internal.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;
using document::Token;

// The longest name read before a person suffix (姓 + 名, or three words of a
// foreign name the tokenizer split): longer runs of nouns are no one name.
constexpr size_t kMaxNameTokens = 3;
// The most number tokens between a name and its suffix (十 + 三 of …十三世).
constexpr size_t kMaxNumberTokens = 2;
constexpr char kMiddleDot[] = "・";

std::string_view TokenText(const State& s, const Token& t) { return s.text.substr(t.span.begin, t.span.size()); }

bool AllKatakana(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    const char32_t cp = utf8::Next(s, pos);
    if (!utf8::IsKatakana(cp) && cp != U'・') return false;
  }
  return !s.empty();
}

// A token that can be (part of) a person's name before a suffix.
bool NameToken(const State& s, const Token& t) {
  if (t.pos != "名詞") return false;
  // A person's or an ordinary proper noun; a place's or an organization's
  // (参議院議員, ロシア大統領) is whose office the title names, not the name.
  if (t.pos_detail.rfind("固有名詞,人名", 0) == 0 || t.pos_detail.rfind("固有名詞,一般", 0) == 0) return true;
  return t.reading.empty() && AllKatakana(TokenText(s, t));
}

// True when a mention found so may give way to a person over its span.
bool Replaceable(const Found& f) {
  if (!f.r) return true;
  if (f.r->kind == MentionKind::kPerson) return f.r->entity.id.rfind("person:", 0) == 0;
  return false;
}

// Returns the indices of the found spans overlapping [b, e).
std::vector<size_t> Overlapping(const State& s, size_t b, size_t e) {
  std::vector<size_t> out;
  for (size_t i = 0; i < s.found.size(); ++i) {
    if (s.found[i].begin < e && b < s.found[i].end) out.push_back(i);
  }
  return out;
}

// Makes [b, e) the person `r` (an unlinked mention of kind `unlinked` when
// none), replacing the found spans in `replace`.
void AddName(State& s, size_t b, size_t e, const std::vector<size_t>& replace, std::optional<Resolved> r,
             MentionKind unlinked = MentionKind::kActor) {
  std::set<size_t> gone(replace.begin(), replace.end());
  for (size_t i : replace) s.spans.erase(s.found[i].begin);
  size_t i = 0;
  std::erase_if(s.found, [&](const Found&) { return gone.count(i++) > 0; });
  if (r) s.Add(b, e, std::move(r));
  else s.Add(b, e, std::nullopt, 0.5, unlinked);
}

// Makes [b, e) a document-local person, replacing the found spans in `replace`.
void AddPerson(State& s, size_t b, size_t e, const std::vector<size_t>& replace) {
  AddName(s, b, e, replace, PersonMention(s.text.substr(b, e - b)));
}

// Returns the index of the first token of a suffix of `suffixes` spelt by
// one or two whole tokens ending with token j, the longer first (国防 + 大臣
// before 大臣), or tokens.size() if none.
size_t SuffixStart(const State& s, size_t j, const std::vector<std::string>& suffixes) {
  const auto& tokens = s.doc.tokens;
  for (size_t k = j > 0 ? j - 1 : 0; k <= j; ++k) {
    if (k < j && tokens[k].span.end != tokens[j].span.begin) continue;
    const size_t b = tokens[k].span.begin;
    const std::string_view tail = s.text.substr(b, tokens[j].span.end - b);
    if (std::find(suffixes.begin(), suffixes.end(), tail) != suffixes.end()) return k;
  }
  return tokens.size();
}

// Names right before a person suffix (ダガロ氏, 吉田被告).
void PersonsBySuffix(State& s) {
  const auto& tokens = s.doc.tokens;
  const auto& suffixes = s.impl.names.person_suffixes;
  for (size_t j = 1; j < tokens.size(); ++j) {
    const size_t k = SuffixStart(s, j, suffixes);
    if (k == tokens.size() || k == 0) continue;
    size_t name_end = k;  // a ruler's number between the name and the suffix (ヘンリー + 8 + 世)
    while (name_end > 1 && k - name_end < kMaxNumberTokens && tokens[name_end - 1].pos_detail.rfind("数", 0) == 0 &&
           tokens[name_end - 1].span.end == tokens[name_end].span.begin) {
      --name_end;
    }
    size_t first = name_end;
    while (first > 0 && name_end - first < kMaxNameTokens && tokens[first - 1].span.end == tokens[first].span.begin &&
           NameToken(s, tokens[first - 1])) {
      --first;
    }
    if (first == name_end) continue;
    const size_t b = tokens[first].span.begin, e = tokens[name_end - 1].span.end;
    const auto over = Overlapping(s, b, e);
    const bool free = std::all_of(over.begin(), over.end(), [&](size_t i) {
      return Replaceable(s.found[i]) && s.found[i].begin >= b && s.found[i].end <= e;
    });
    if (free) AddPerson(s, b, e, over);
  }
}

// True when a part of a dot-joined name cannot be in a person's name: a common
// word anywhere, or an opening of place names first.
bool PlacePart(const State& s, std::string_view part, bool first) {
  if (part.empty() || (s.guards && s.guards->Blocks(part))) return true;
  return first && s.impl.names.place_parts.count(std::string(part)) > 0;
}

// True when every dot-joined part of token `t` is a place or a country found
// on its own (ドネツク・ルハンスク, イスラエル・ハマス): a list, not a person.
bool ListOfPlaces(const State& s, const Token& t) {
  const std::string_view text = TokenText(s, t);
  for (size_t p = 0; p <= text.size();) {
    size_t q = text.find(kMiddleDot, p);
    if (q == std::string_view::npos) q = text.size();
    const size_t b = t.span.begin + p, e = t.span.begin + q;
    const bool found = std::any_of(s.found.begin(), s.found.end(), [&](const Found& f) {
      return f.begin == b && f.end == e && f.r &&
             (f.r->kind == MentionKind::kPlace || f.r->kind == MentionKind::kCountry);
    });
    if (!found) return false;
    p = q + sizeof(kMiddleDot) - 1;
  }
  return true;
}

// True when `text` ends with an organization word (names.tsv org_suffix or org_head).
bool EndsWithOrganizationWord(const State& s, std::string_view text) {
  for (const auto* words : {&s.impl.names.org_suffixes, &s.impl.names.org_heads}) {
    for (const std::string& w : *words) {
      if (text.size() >= w.size() && text.substr(text.size() - w.size()) == w) return true;
    }
  }
  return false;
}

// What the dot-joined katakana name [b, e) names: a body when its last word is
// a kind of body (…・グループ) or it is quoted right after an organization word
// (ギャング連合「ビブ・アンサンブル」), a place when a division or town word
// follows it (ハイバル・パフトゥンフワ州: cues.tsv feature ADM, PPL), else a person.
MentionKind DotJoinedKind(const State& s, std::string_view text, size_t b, size_t e) {
  const size_t last = text.rfind(kMiddleDot) + sizeof(kMiddleDot) - 1;
  if (s.impl.names.org_heads.count(std::string(text.substr(last)))) return MentionKind::kActor;
  constexpr std::string_view kOpenQuote = "「";
  if (b >= kOpenQuote.size() && s.text.substr(b - kOpenQuote.size(), kOpenQuote.size()) == kOpenQuote &&
      EndsWithOrganizationWord(s, s.text.substr(0, b - kOpenQuote.size()))) {
    return MentionKind::kActor;
  }
  const std::string cue = FeatureCueAfter(s.impl, s.text, e);
  if (cue.rfind("ADM", 0) == 0 || cue == "PPL") return MentionKind::kPlace;
  return MentionKind::kPerson;
}

// Foreign full names written as unknown katakana words joined by a middle dot.
void DotJoinedNames(State& s) {
  for (const Token& t : s.doc.tokens) {
    const std::string_view text = TokenText(s, t);
    if (t.pos != "名詞" || !t.reading.empty() || text.find(kMiddleDot) == std::string_view::npos ||
        !AllKatakana(text)) {
      continue;
    }
    const size_t b = t.span.begin, e = t.span.end;
    const MentionKind kind = DotJoinedKind(s, text, b, e);
    if (kind != MentionKind::kPerson) {
      // Its places and names are words of it (サヘル of サヘル・ユナイテッド・リーグ); an actor is not.
      const auto over = Overlapping(s, b, e);
      const bool free = std::all_of(over.begin(), over.end(), [&](size_t i) {
        const Found& f = s.found[i];
        return f.begin >= b && f.end <= e && (Replaceable(f) || f.r->kind == MentionKind::kPlace ||
                                              f.r->kind == MentionKind::kCountry);
      });
      if (free) AddName(s, b, e, over, std::nullopt, kind);
      continue;
    }
    bool place = false;
    for (size_t p = 0; p <= text.size() && !place;) {
      size_t q = text.find(kMiddleDot, p);
      if (q == std::string_view::npos) q = text.size();
      place = PlacePart(s, text.substr(p, q - p), p == 0);
      p = q + sizeof(kMiddleDot) - 1;
    }
    if (place || ListOfPlaces(s, t)) continue;
    const auto over = Overlapping(s, b, e);
    // A gazetteer town inside the name gives way (ローリー in ウォルター・ローリー);
    // a name the dictionary knows, a country, or a place spanning it all does not.
    const bool free = std::all_of(over.begin(), over.end(), [&](size_t i) {
      const Found& f = s.found[i];
      if (f.begin < b || f.end > e || (f.begin == b && f.end == e && f.r)) return false;
      if (Replaceable(f)) return true;
      return f.r->kind == MentionKind::kPlace && f.r->entity.id.rfind("geonames:", 0) == 0 && !f.r->nationality;
    });
    if (free) AddPerson(s, b, e, over);
  }
}

// True when a person title (names.tsv `person_title`, folded) ends at byte `end`,
// spelt by whole tokens (国王, 王子, 兄): 大統領 in 副大統領 counts, 王 in 王国 does not.
bool TitleEndsAt(const State& s, size_t token) {
  const auto& tokens = s.doc.tokens;
  const auto& titles = s.impl.names.person_titles;
  for (size_t k = token + 1; k-- > 0 && token - k < 2;) {
    const size_t b = tokens[k].span.begin;
    const std::string key = kb::NameKey(s.text.substr(b, tokens[token].span.end - b));
    if (std::find(titles.begin(), titles.end(), key) != titles.end()) return true;
    if (k == 0) break;
  }
  return false;
}

// Unknown katakana names right after a person title (国王アブドラ, 兄エドモン).
void PersonsAfterTitles(State& s) {
  const auto& tokens = s.doc.tokens;
  for (size_t i = 1; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const std::string_view text = TokenText(s, t);
    if (t.pos != "名詞" || !t.reading.empty() || !AllKatakana(text) || tokens[i - 1].span.end != t.span.begin) continue;
    if ((s.guards && s.guards->Blocks(text)) || !TitleEndsAt(s, i - 1)) continue;
    const auto over = Overlapping(s, t.span.begin, t.span.end);
    // A town the name only sounds like (フアン as Fiñana, カルラス as Cáceres in
    // a story about Spain) gives way to the title too.
    const bool free = std::all_of(over.begin(), over.end(), [&](size_t k) {
      const Found& f = s.found[k];
      const bool sounds_like = f.r && f.r->kind == MentionKind::kPlace && f.r->method == "translit";
      return (Replaceable(f) || sounds_like) && f.begin >= t.span.begin && f.end <= t.span.end;
    });
    if (free) AddPerson(s, t.span.begin, t.span.end, over);
  }
}

// True when a person suffix follows byte `end`.
bool SuffixAfter(const State& s, size_t end) {
  const std::string_view rest = s.text.substr(end);
  const auto& suffixes = s.impl.names.person_suffixes;
  return std::any_of(suffixes.begin(), suffixes.end(), [&](const std::string& w) { return rest.rfind(w, 0) == 0; });
}

// Returns the end of the suffix-like token right after byte `end` (隆 + 法 in
// 隆法氏: the tokenizer splits a given name so), or `end`.
size_t NameEndAfter(const State& s, size_t end) {
  const auto& tokens = s.doc.tokens;
  auto it = std::partition_point(tokens.begin(), tokens.end(), [&](const Token& t) { return t.span.begin < end; });
  if (it == tokens.end() || it->span.begin != end || it->pos != "名詞" || it->pos_detail.rfind("接尾", 0) != 0) return end;
  return it->span.end;
}

// Drops one-character unlinked places and document-local persons with no suffix after them.
void DropLoneCharacters(State& s) {
  std::erase_if(s.found, [&](const Found& f) {
    if (utf8::Length(s.text.substr(f.begin, f.end - f.begin)) != 1 || f.keep_unlinked) return false;
    const bool unlinked_place = !f.r && f.unlinked_kind == MentionKind::kPlace;
    const bool local_person = f.r && f.r->kind == MentionKind::kPerson && f.r->entity.id.rfind("person:", 0) == 0;
    if (!(unlinked_place || local_person) || SuffixAfter(s, f.end) || SuffixAfter(s, NameEndAfter(s, f.end))) {
      return false;
    }
    if (static_cast<unsigned char>(s.text[f.begin]) < 0x80) return false;
    s.spans.erase(f.begin);
    return true;
  });
}

// The most tokens a place split by the tokenizer is read back from (ハル + キウ,
// ヴァイ + マル): a longer run of katakana words is a phrase or a full name.
constexpr size_t kMaxSplitTokens = 3;

bool KatakanaNoun(const State& s, const Token& t) {
  const std::string_view w = TokenText(s, t);
  return t.pos == "名詞" && AllKatakana(w) && w.find(kMiddleDot) == std::string_view::npos;
}

// Returns the place the katakana word [b, e) names on its own: a country, a
// curated place, or a gazetteer place whose own name it is and that is a
// division or a large town (ProminentOwnName); none for a guarded word.
std::optional<Resolved> PlaceOfWord(const State& s, size_t b, size_t e) {
  const std::string_view word = s.text.substr(b, e - b);
  if (s.guards && s.guards->Blocks(word)) return std::nullopt;
  const std::string key = kb::NameKey(word);
  std::vector<Target> targets;
  if (const auto* dict = s.impl.index.Lookup(key)) {
    for (const Target& t : *dict) {
      if (t.kind == TargetKind::kActor || t.kind == TargetKind::kGeneric) return std::nullopt;
      targets.push_back(t);
    }
  }
  for (const Target& t : GazetteerTargets(s.impl, key)) targets.push_back(t);
  std::erase_if(targets, [&](const Target& t) { return t.kind != TargetKind::kCountry && !ProminentOwnName(s, t, key); });
  if (targets.empty()) return std::nullopt;
  auto r = ResolveTargets(s.impl, targets, s.ctx, FeatureCueAfter(s.impl, s.text, e));
  if (!r || (r->kind != MentionKind::kPlace && r->kind != MentionKind::kCountry)) return std::nullopt;
  r->reason = "a place the tokenizer split as a name";
  return r;
}

// True when the mentions `over` found in the run [b, e) around the person
// `person` are that person and other pieces of the run: unlinked words or
// document-local persons wholly inside it (マサマリ read as the given name マサ
// and an unlinked マリ). A linked mention inside (a country, a dictionary place)
// makes the run a phrase of several words.
bool OnlyPiecesOfTheRun(const State& s, const std::vector<size_t>& over, size_t person, size_t b, size_t e) {
  return std::all_of(over.begin(), over.end(), [&](size_t j) {
    const Found& g = s.found[j];
    return j == person || (Replaceable(g) && g.begin >= b && g.end <= e);
  });
}

// Places the tokenizer split into a name and another word (ハルキウ as the given
// name ハル + キウ, ヴァイマル as the surname ヴァイ + マル): a document-local
// person of katakana that is only part of one contiguous run of katakana
// nouns which as a whole names a place is that place.
void PlacesSplitAsNames(State& s) {
  const auto& tokens = s.doc.tokens;
  std::set<size_t> gone;  // pieces of runs read back whole (the unlinked マリ of マサ + マリ)
  for (size_t i = 0; i < s.found.size(); ++i) {
    Found& f = s.found[i];
    if (gone.count(i)) continue;
    if (!f.r || f.r->kind != MentionKind::kPerson || f.r->entity.id.rfind("person:", 0) != 0) continue;
    if (!AllKatakana(s.text.substr(f.begin, f.end - f.begin))) continue;
    auto first = std::partition_point(tokens.begin(), tokens.end(), [&](const Token& t) { return t.span.begin < f.begin; });
    if (first == tokens.end() || first->span.begin != f.begin) continue;
    size_t lo = first - tokens.begin(), hi = lo;  // the run [lo, hi] of katakana nouns around the person
    while (hi + 1 < tokens.size() && tokens[hi + 1].span.begin == tokens[hi].span.end && KatakanaNoun(s, tokens[hi + 1])) ++hi;
    while (lo > 0 && tokens[lo - 1].span.end == tokens[lo].span.begin && KatakanaNoun(s, tokens[lo - 1])) --lo;
    if (hi - lo + 1 > kMaxSplitTokens || (tokens[lo].span.begin == f.begin && tokens[hi].span.end == f.end)) continue;
    const size_t b = tokens[lo].span.begin, e = tokens[hi].span.end;
    const auto over = Overlapping(s, b, e);
    if (!OnlyPiecesOfTheRun(s, over, i, b, e)) continue;  // a linked mention inside: not one word
    auto r = PlaceOfWord(s, b, e);
    if (!r) continue;
    for (size_t j : over) {
      if (j != i) gone.insert(j), s.spans.erase(s.found[j].begin);
    }
    s.spans.erase(f.begin);
    f.begin = b;
    f.end = e;
    f.r = std::move(r);
    s.spans[b] = e;
  }
  size_t k = 0;
  std::erase_if(s.found, [&](const Found&) { return gone.count(k++) > 0; });
}

}  // namespace

void TokenizedPersonPass(State& s) {
  if (!TaggedWithPartsOfSpeech(s.doc)) return;
  if (!s.impl.names.person_suffixes.empty()) PersonsBySuffix(s);
  DotJoinedNames(s);
  PersonsAfterTitles(s);
  PlacesSplitAsNames(s);
  DropLoneCharacters(s);
}

}  // namespace sitrep::entities
