// Pass "glued names": in a language written without spaces (Japanese), a
// place name glued to a word of another script is a part of a longer name,
// not the place. Glued to Latin letters it names a company or a club (JR東日本,
// 栃木SC, FC東京, Aマドリード): the whole becomes one unlinked actor. Glued to a
// katakana word that is no place (東京スカイツリー, 新宿ロフトプラスワン,
// ホテル・コルテシア東京) it names a building, a work or a venue, whose kind the
// words do not tell: the place is dropped. And a place the dictionary found
// inside a longer word — a katakana word running on (アメリカン), a verb or
// an adjective (ハマっ of はまる) — is no place at all.
//
// Design: runs after FacilityPass over found places and countries in
// Japanese script. The glue is read on the tokenizer's words: the words
// holding the place's first and last characters, and the word right before and
// after them with no gap. A Latin neighbour is a run of ASCII letters only (a
// digit makes it a code or a year: G7, 2020) that no linked mention covers (米
// CNN keeps the network and the country); one-character country stems (米, 英)
// before a Latin name are the outlet's country and stay. A katakana
// neighbour is a noun token no found mention covers and no word opening or
// closing place names (names.tsv `place_part`: ニュー, シティ, キャンプ), so
// ガザシティ and ノースダコタ stay places. A middle dot is no glue: places are
// listed with it (ドネツク・ルハンスク). Only documents whose tokenizer gives parts
// of speech are touched.
#include <algorithm>
#include <set>
#include <string>

#include "sitrep/base/utf8.h"
#include "sitrep/entities/ja_compounds_internal.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;
using document::Token;

// The score of an organization found so: as sure as the tokenizer's other
// unlinked names (FusedOrganizationPass's kCompoundScore).
constexpr double kGluedOrganizationScore = 0.5;
constexpr std::string_view kMiddleDot = "・";

std::string_view TokenText(const State& s, const Token& t) { return s.text.substr(t.span.begin, t.span.size()); }

bool AllAsciiLetters(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  });
}

bool AllKatakana(std::string_view w) {
  size_t pos = 0;
  while (pos < w.size()) {
    if (!utf8::IsKatakana(utf8::Next(w, pos))) return false;
  }
  return !w.empty();
}

// Returns the index of the token holding byte `pos`, or tokens.size().
size_t TokenAt(const std::vector<Token>& tokens, size_t pos) {
  auto it = std::partition_point(tokens.begin(), tokens.end(), [&](const Token& t) { return t.span.end <= pos; });
  if (it == tokens.end() || it->span.begin > pos) return tokens.size();
  return it - tokens.begin();
}

// Returns the found span covering any byte of [b, e), or nullptr.
const Found* FoundOver(const State& s, size_t b, size_t e) {
  for (const Found& f : s.found) {
    if (f.begin < e && b < f.end) return &f;
  }
  return nullptr;
}

bool IsPlaceLike(const Found& f, std::string_view text) {
  if (f.begin >= text.size() || static_cast<unsigned char>(text[f.begin]) < 0x80 || f.keep_unlinked) return false;
  const MentionKind kind = f.r ? f.r->kind : f.unlinked_kind;
  return (kind == MentionKind::kPlace || kind == MentionKind::kCountry) && !(f.r && f.r->nationality);
}

// The tokens around a found place: first and last hold its ends; before and
// after are the glued neighbours (tokens.size() when there is none).
struct Around {
  size_t first, last, before, after;
};

Around TokensAround(const State& s, const Found& f) {
  const auto& tokens = s.doc.tokens;
  Around a{TokenAt(tokens, f.begin), TokenAt(tokens, f.end - 1), tokens.size(), tokens.size()};
  if (a.first == tokens.size() || a.last == tokens.size()) return a;
  if (a.first > 0 && tokens[a.first - 1].span.end == tokens[a.first].span.begin) a.before = a.first - 1;
  if (a.last + 1 < tokens.size() && tokens[a.last + 1].span.begin == tokens[a.last].span.end) a.after = a.last + 1;
  return a;
}

// True for a word class no name is part of: a verb, an adjective, an adverb
// or an auxiliary (ハマっ of はまる).
bool NoNameClass(const Token& t) {
  return t.pos == "動詞" || t.pos == "形容詞" || t.pos == "副詞" || t.pos == "助動詞";
}

// True when the place lies inside a longer word: its token continues it in
// katakana (アメリカ of アメリカン), or is no noun (ハマ of the verb ハマっ).
bool InsideAnotherWord(const State& s, const Found& f, const Around& a) {
  const auto& tokens = s.doc.tokens;
  const Token& first = tokens[a.first];
  const Token& last = tokens[a.last];
  if (NoNameClass(first) || NoNameClass(last)) return true;
  const std::string_view head = s.text.substr(first.span.begin, f.begin - first.span.begin);
  const std::string_view tail = s.text.substr(f.end, last.span.end - f.end);
  // A middle dot separates the place from the rest of its token (ドネツク・ルハンスク).
  const bool dot_before = head.size() >= kMiddleDot.size() && head.substr(head.size() - kMiddleDot.size()) == kMiddleDot;
  const bool dot_after = tail.rfind(kMiddleDot, 0) == 0;
  return (!head.empty() && !dot_before && AllKatakana(head)) || (!tail.empty() && !dot_after && AllKatakana(tail));
}

// True when token i is a Latin word no linked mention covers.
bool FreeLatinWord(const State& s, size_t i) {
  if (i >= s.doc.tokens.size()) return false;
  const Token& t = s.doc.tokens[i];
  if (!AllAsciiLetters(TokenText(s, t))) return false;
  const Found* over = FoundOver(s, t.span.begin, t.span.end);
  return !over || !over->r;
}

// True when token i is a katakana noun that no found mention covers and that
// is no word of place names.
bool FreeKatakanaWord(const State& s, size_t i) {
  if (i >= s.doc.tokens.size()) return false;
  const Token& t = s.doc.tokens[i];
  const std::string_view w = TokenText(s, t);
  if (t.pos != "名詞" || !AllKatakana(w) || FoundOver(s, t.span.begin, t.span.end)) return false;
  return !s.impl.names.place_parts.count(std::string(w));
}

// True for a one-character country stem (米, 英, 露): before a Latin name it
// is the outlet's or the firm's country (米CNN, 英BP), which stays.
bool CountryStem(const State& s, const Found& f) {
  return f.r && f.r->kind == MentionKind::kCountry && utf8::Length(s.text.substr(f.begin, f.end - f.begin)) == 1;
}

}  // namespace

void GluedNamePass(State& s) {
  if (!TaggedWithPartsOfSpeech(s.doc)) return;
  const auto& tokens = s.doc.tokens;
  struct Organization {
    size_t begin, end;
  };
  std::vector<Organization> organizations;
  std::set<size_t> dropped;  // begins of found places that are no places
  for (const Found& f : s.found) {
    if (!IsPlaceLike(f, s.text)) continue;
    const Around a = TokensAround(s, f);
    if (a.first == tokens.size() || a.last == tokens.size()) continue;
    if (InsideAnotherWord(s, f, a)) {
      dropped.insert(f.begin);
      continue;
    }
    const bool latin_before = FreeLatinWord(s, a.before), latin_after = FreeLatinWord(s, a.after);
    if ((latin_before || latin_after) && !CountryStem(s, f)) {
      organizations.push_back({tokens[latin_before ? a.before : a.first].span.begin,
                               tokens[latin_after ? a.after : a.last].span.end});
      dropped.insert(f.begin);
    } else if (FreeKatakanaWord(s, a.before) || FreeKatakanaWord(s, a.after)) {
      dropped.insert(f.begin);
    }
  }
  if (dropped.empty()) return;
  std::erase_if(s.found, [&](const Found& f) { return dropped.count(f.begin) > 0; });
  for (size_t b : dropped) s.spans.erase(b);
  for (const Organization& o : organizations) {
    // A Latin word found as an unlinked actor (JR, the tokenizer's organization) joins the name.
    std::erase_if(s.found, [&](const Found& f) {
      if (f.begin >= o.end || o.begin >= f.end) return false;
      s.spans.erase(f.begin);
      return true;
    });
    if (!s.Covered(o.begin, o.end)) s.Add(o.begin, o.end, std::nullopt, kGluedOrganizationScore, MentionKind::kActor);
  }
}

}  // namespace sitrep::entities
