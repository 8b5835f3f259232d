// Spans that may be names the dictionary does not know, and the cue words
// around them. Script rules only; the words themselves (particles, titles,
// feature cues, common words) come from data/kb/*.tsv.
#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "sitrep/base/utf8.h"
#include "sitrep/entities/linker_internal.h"

namespace sitrep::entities {
namespace {

bool IsArabicLetter(char32_t cp) { return (cp >= 0x0621 && cp <= 0x064A) || (cp >= 0x0671 && cp <= 0x06D3); }
// Capital Latin letters: ASCII, Latin-1, Latin Extended-A (Ž, Ł, Ş, İ, Č: Žilina, Łódź,
// Şanlıurfa, İzmir, Čačak), the comma-below letters of Romanian (Ș, Ț) and Latin
// Extended Additional (Vietnamese: Đ is in Extended-A, Ấ, Ờ here). In the Extended
// blocks a capital and its small letter alternate, with the runs' own parity.
bool IsUpper(char32_t cp) {
  if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE)) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x137) return cp % 2 == 0;  // Ā ... Ķ (İ U+0130 capital, ı U+0131 small)
  if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;  // Ĺ ... Ň
  if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;  // Ŋ ... Ŷ
  if (cp >= 0x178 && cp <= 0x17E) return cp == 0x178 || cp % 2 == 1;  // Ÿ, Ź ... Ž
  if (cp == 0x218 || cp == 0x21A) return true;  // Ș Ț
  if (cp >= 0x1E00 && cp <= 0x1E95) return cp % 2 == 0;
  if (cp >= 0x1EA0 && cp <= 0x1EFF) return cp % 2 == 0;
  return cp == 0x1E9E;  // ẞ
}

struct Word {
  size_t begin, end;
  bool capitalised;
  std::string folded;
};

bool WordCharAt(std::string_view text, size_t pos) {
  return pos < text.size() && IsWordChar(utf8::Next(text, pos));
}

// Returns the number of ASCII lowercase letters from `pos` on.
size_t LowercaseRunLength(std::string_view text, size_t pos) {
  size_t n = 0;
  while (pos + n < text.size() && text[pos + n] >= 'a' && text[pos + n] <= 'z') ++n;
  return n;
}

// Latin words, hyphens and apostrophes inside a word kept ("An-Nabek", "al-Sham").
std::vector<Word> LatinWords(std::string_view text) {
  std::vector<Word> words;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t start = pos;
    char32_t cp = utf8::Next(text, pos);
    if (!IsWordChar(cp)) continue;
    bool cap = IsUpper(cp);
    size_t end = pos;
    while (end < text.size()) {
      size_t p = end;
      char32_t c = utf8::Next(text, p);
      if (IsWordChar(c)) {
        end = p;
        continue;
      }
      if ((c == '-' || c == '\'' || c == 0x2019) && p < text.size()) {
        size_t q = p;
        char32_t d = utf8::Next(text, q);
        // A possessive ("Hawaii's") and a lowercase compound tail ("London-based",
        // "Russian-made") are not part of the name.
        if (c != '-' && (d == 's' || d == 'S') && !WordCharAt(text, q)) break;
        if (c == '-' && d >= 'a' && d <= 'z' && LowercaseRunLength(text, p) > 3) break;
        if (IsWordChar(d)) {
          if (IsUpper(d)) cap = true;  // "al-Assad"
          end = q;
          continue;
        }
      }
      break;
    }
    words.push_back({start, end, cap, kb::NameKey(text.substr(start, end - start))});
    pos = end;
  }
  return words;
}

bool OnlySpacesBetween(std::string_view text, size_t a, size_t b) {
  if (b < a || b - a > 2) return false;
  for (size_t i = a; i < b; ++i) {
    if (text[i] != ' ') return false;
  }
  return true;
}

// Returns true when the dictionary or the gazetteer knows `key` as a name.
bool KnownWhole(const EntityLinker::Impl& impl, const std::string& key) {
  if (impl.index.Lookup(key)) return true;
  const kb::Gazetteer* g = impl.kb->gazetteer();
  return g && !g->Find(key).empty();
}

// The fewest people of a town whose name, though an ordinary word, may still
// open a sentence as that town ("Reading", "Mobile", "Nice"): the lone-word
// bound of the gazetteer step.
constexpr uint32_t kProminentOrdinaryName = 100000;

// Returns true when `begin` opens a sentence: only spaces, quotes or an
// opening bracket between it and the text's start, a line break or a
// sentence's final stop.
bool SentenceInitial(std::string_view text, size_t begin) {
  size_t i = begin;
  while (i > 0) {
    const unsigned char c = text[i - 1];
    if (c == ' ' || c == '"' || c == '\'' || c == '(' || c == '\t') {
      --i;
    } else if (i >= 3 && (text.substr(i - 3, 3) == "\u201c" || text.substr(i - 3, 3) == "\u2018")) {
      i -= 3;
    } else {
      break;
    }
  }
  return i == 0 || std::string_view("\n.!?").find(text[i - 1]) != std::string_view::npos;
}

// Returns true when a capitalised word alone at a sentence's start is more
// likely the ordinary word it spells ("Strong winds", "Hurricane damage") than
// a name: an ordinary English word (data/kb/ordinary_words.txt) that is no
// given name, no country, curated place or actor of the dictionary, and no
// first-level division or town of kProminentOrdinaryName people of that own name.
bool OrdinaryWordAlone(const EntityLinker::Impl& impl, const std::string& key) {
  if (!impl.ordinary_words.count(key) || impl.given_names.count(key)) return false;
  const kb::Gazetteer* g = impl.kb->gazetteer();
  auto prominent = [&](uint32_t i) {
    const kb::PlaceView v = g->Place(i);
    return kb::NameKey(v.name) == key && (v.feature == "ADM1" || v.population >= kProminentOrdinaryName);
  };
  if (const auto* targets = impl.index.Lookup(key)) {
    for (const Target& t : *targets) {
      if (t.kind != TargetKind::kGazPlace || prominent(t.index)) return false;
    }
  }
  if (g) {
    for (uint32_t i : g->Find(key)) {
      if (prominent(i)) return false;
    }
  }
  return true;
}

// Returns true when an ordinary word opening a sentence reads as a name all the
// same: written in capitals (an acronym: "ICON", "SEEK"), an organization word
// of the pack ("Department of ...", "Police"), or capitalised inside a
// sentence elsewhere in the text (`capitalised_inside`).
bool NameWordHere(const EntityLinker::Impl& impl, std::string_view text, const Word& w,
                  const std::unordered_set<std::string>& capitalised_inside) {
  const std::string surface(text.substr(w.begin, w.end - w.begin));
  if (std::none_of(surface.begin(), surface.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return true;
  if (impl.names.org_heads.count(surface) || impl.names.org_suffixes.count(surface)) return true;
  return capitalised_inside.count(w.folded) > 0;
}

}  // namespace

std::vector<NameCandidate> FindNameCandidates(const EntityLinker::Impl& impl, std::string_view text) {
  std::vector<NameCandidate> out;
  // Katakana runs (a middle dot may join parts of one name) and Arabic tokens.
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const char32_t cp = utf8::Next(text, pos);
    if (IsKanaChar(cp) && cp != 0x30FC) {
      size_t end = pos, p = pos;
      while (p < text.size()) {
        size_t q = p;
        const char32_t c = utf8::Next(text, q);
        if (!IsKanaChar(c) && c != 0x30FB && c != 0xFF1D) break;
        p = q;
        if (IsKanaChar(c)) end = p;
      }
      if (utf8::Length(text.substr(start, end - start)) >= 2) out.push_back({start, end, CandScript::kKana});
      pos = end;
    } else if (IsArabicLetter(cp)) {
      size_t end = pos;
      while (end < text.size()) {
        size_t q = end;
        if (!IsArabicLetter(utf8::Next(text, q)) && text.substr(end, 2) != "\u0640") break;
        end = q;
      }
      out.push_back({start, end, CandScript::kArabic});
      pos = end;
    }
  }
  // Capitalised Latin sequences, particles allowed inside ("Deir ez Zor", "Abu Kamal").
  const auto words = LatinWords(text);
  // Ordinary words this text also capitalises inside a sentence: its names ("Gordon Brown" ... "Brown said").
  std::unordered_set<std::string> capitalised_inside;
  for (const Word& w : words) {
    if (w.capitalised && impl.ordinary_words.count(w.folded) && !SentenceInitial(text, w.begin)) {
      capitalised_inside.insert(w.folded);
    }
  }
  auto is_particle = [&](const std::string& w) {
    return std::find(impl.name_particles.begin(), impl.name_particles.end(), w) != impl.name_particles.end();
  };
  for (size_t i = 0; i < words.size();) {
    // A sequence starts at a capitalised word that is not a common one ("The SFD").
    if (!words[i].capitalised || impl.common_words.count(words[i].folded)) {
      ++i;
      continue;
    }
    size_t j = i + 1, last = i;
    while (j < words.size() && OnlySpacesBetween(text, words[j - 1].end, words[j].begin)) {
      if (words[j].capitalised) last = j;
      else if (!is_particle(words[j].folded)) break;
      ++j;
    }
    // One ordinary word opening a sentence is that word ("Victory was declared").
    if (last == i && SentenceInitial(text, words[i].begin) && OrdinaryWordAlone(impl, words[i].folded) &&
        !NameWordHere(impl, text, words[i], capitalised_inside)) {
      i = last + 1;
      continue;
    }
    // "Kabupaten Bekasi", "Kota Gao": the name is what follows the division word, unless
    // the whole run is a name ("Kota Kinabalu").
    size_t first = i;
    if (last > i && words[i + 1].capitalised && impl.names.division_prefixes.count(std::string(text.substr(words[i].begin, words[i].end - words[i].begin))) &&
        !KnownWhole(impl, kb::NameKey(text.substr(words[i].begin, words[last].end - words[i].begin)))) {
      first = i + 1;
    }
    out.push_back({words[first].begin, words[last].end, CandScript::kLatin, static_cast<int>(last - first + 1)});
    i = last + 1;
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
  return out;
}

std::string FeatureCueAfter(const EntityLinker::Impl& impl, std::string_view text, size_t end) {
  while (end < text.size() && (text[end] == ' ' || text[end] == '-')) ++end;
  const std::string ahead = kb::NameKey(text.substr(end, 24));
  std::string best;
  size_t best_len = 0;
  for (const auto& [cue, feature] : impl.feature_cues) {
    if (cue.size() > best_len && ahead.compare(0, cue.size(), cue) == 0) {
      best = feature;
      best_len = cue.size();
    }
  }
  return best;
}

bool PersonTitleBefore(const EntityLinker::Impl& impl, std::string_view text, size_t begin) {
  size_t from = begin > 24 ? begin - 24 : 0;
  while (from < begin && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
  std::string_view before = text.substr(from, begin - from);
  const size_t cut = before.find_last_of("\n,;:()");
  if (cut != std::string_view::npos) before = before.substr(cut + 1);
  std::vector<std::string_view> words;
  size_t p = 0;
  while (p < before.size()) {
    const size_t sp = before.find(' ', p);
    const size_t e = sp == std::string_view::npos ? before.size() : sp;
    if (e > p) words.push_back(before.substr(p, e - p));
    p = e + 1;
  }
  // A title written in capitals in the tables ("Major", "Justice") must be
  // capitalised in the text; one ending a sentence ("... of Justice.") is none.
  auto is_title = [&](std::string_view raw, const std::string& key) {
    if (std::find(impl.person_titles.begin(), impl.person_titles.end(), key) == impl.person_titles.end()) return false;
    const bool upper = !raw.empty() && raw[0] >= 'A' && raw[0] <= 'Z';
    const bool ascii = !raw.empty() && static_cast<unsigned char>(raw[0]) < 0x80;
    return !ascii || upper || impl.lowercase_titles.count(key) > 0;
  };
  if (words.empty()) return false;
  const std::string_view last = words.back();
  if (last.size() > 5 && last.back() == '.') return false;
  if (is_title(last, kb::NameKey(last))) return true;
  if (words.size() < 2) return false;
  const std::string_view prev = words[words.size() - 2];
  return is_title(prev, kb::NameKey(prev) + kb::NameKey(last));
}

// Returns the capitalised Latin word right before `begin` (one space between), or {0, 0}.
std::pair<size_t, size_t> WordBefore(std::string_view text, size_t begin) {
  if (begin < 2 || text[begin - 1] != ' ') return {0, 0};
  size_t b = begin - 1;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  if (b == begin - 1 || !std::isupper(static_cast<unsigned char>(text[b]))) return {0, 0};
  return {b, begin - 1};
}

// Returns the capitalised Latin word right after `end` (one space between), or {0, 0}.
std::pair<size_t, size_t> WordAfter(std::string_view text, size_t end) {
  if (end + 1 >= text.size() || text[end] != ' ' || !std::isupper(static_cast<unsigned char>(text[end + 1]))) return {0, 0};
  size_t e = end + 1;
  while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
  return {end + 1, e};
}

bool IsCommonNounToken(const document::Document& doc, size_t begin, size_t end) {
  bool any = false;
  // Tokens are in text order and do not overlap, so their ends ascend too.
  const auto first = std::partition_point(doc.tokens.begin(), doc.tokens.end(),
                                          [&](const document::Token& t) { return t.span.end <= begin; });
  for (auto it = first; it != doc.tokens.end(); ++it) {
    const auto& t = *it;
    if (t.span.begin >= end) break;
    any = true;
    // A dictionary word (MeCab knows its reading) that is a common noun; unknown
    // katakana words come out as 名詞,一般 too, but without a reading.
    const bool common = t.pos == "名詞" && !t.reading.empty() &&
                        (t.pos_detail.rfind("一般", 0) == 0 || t.pos_detail.rfind("サ変接続", 0) == 0);
    if (!common) return false;
  }
  return any;
}

}  // namespace sitrep::entities
