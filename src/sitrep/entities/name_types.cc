// Name types beyond the dictionary: nationalities ("Syrian", "Russian-made"
// are no places; "Israeli artillery" is that state's forces), persons named
// with a first name, an initial or a title and their later bare surnames,
// organizations by their last word ("... Front", "... Council") or as
// unknown acronyms, abbreviations of divisions and countries ("Calif.",
// "NSW", "DRC"), and the Japanese tokenizer's proper-noun tags. Every word
// list is data (names.tsv of each language, see name_tables.h).
#include <algorithm>
#include <map>
#include <cctype>

#include "sitrep/base/utf8.h"
#include "sitrep/entities/linking_steps_internal.h"

namespace sitrep::entities {
namespace {

using document::MentionKind;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// True when an age in commas follows the name and the sentence goes on in
// lowercase ("Duran, 45, takes on ..."): places and organizations have no age.
// Two digits, and a lowercase word after, so that a casualty list ("Idlib, 12,
// Aleppo, 5") never reads so.
bool AgeAfter(std::string_view text, size_t end) {
  size_t i = end;
  auto skip_spaces = [&] { while (i < text.size() && text[i] == ' ') ++i; };
  skip_spaces();
  if (i >= text.size() || text[i] != ',') return false;
  ++i;
  skip_spaces();
  size_t digits = 0;
  while (i < text.size() && IsAsciiDigit(text[i])) ++i, ++digits;
  if (digits != 2 || text[i - 2] == '0') return false;
  skip_spaces();
  if (i >= text.size() || text[i] != ',') return false;
  ++i;
  skip_spaces();
  return i < text.size() && text[i] >= 'a' && text[i] <= 'z';
}

// Returns the folded words of `text` from `pos` on, at most `n`, stopping at punctuation.
std::vector<std::string> WordsAfter(std::string_view text, size_t pos, size_t n) {
  std::vector<std::string> out;
  while (out.size() < n && pos < text.size()) {
    if (text[pos] != ' ' && text[pos] != '-') break;
    ++pos;
    size_t e = pos;
    while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
    if (e == pos) break;
    out.push_back(kb::NameKey(text.substr(pos, e - pos)));
    pos = e;
  }
  return out;
}

}  // namespace

Resolved PersonMention(std::string_view surface) {
  Resolved r;
  r.entity.id = "person:" + kb::NameKey(surface);
  r.entity.name = std::string(surface);
  r.entity.feature = "person";
  r.kind = MentionKind::kPerson;
  r.score = 0.6;
  r.method = "context";
  return r;
}

bool IsNationality(const EntityLinker::Impl& impl, std::string_view surface, const Target& t) {
  const kb::KnowledgeBase& kb = *impl.kb;
  const std::string* canonical = nullptr;
  const std::vector<std::string>* names = nullptr;
  if (t.kind == TargetKind::kCountry) {
    canonical = &kb.countries()[t.index].name;
    names = &kb.countries()[t.index].names;
  } else if (t.kind == TargetKind::kPlace) {
    // Continents and world regions have nationalities ("European"); seas do not ("Pacific").
    const std::string& feature = kb.places()[t.index].feature;
    if (feature != "CONT" && feature != "RGN") return false;
    canonical = &kb.places()[t.index].name;
    names = &kb.places()[t.index].aliases;
  } else {
    return false;
  }
  // An Arabic adjective of the country (غارة إسرائيلية) is its nationality:
  // the kb generated it as one (kb/arabic_adjectives.cc); a script without
  // case has no capital to read.
  if (t.kind == TargetKind::kCountry) {
    const std::string key = kb::NameKey(surface);
    const auto& adjectives = kb.countries()[t.index].arabic_adjectives;
    if (std::any_of(adjectives.begin(), adjectives.end(),
                    [&](const std::string& a) { return kb::NameKey(a) == key; })) {
      return true;
    }
  }
  if (surface.empty() || !IsAsciiUpper(surface[0]) || std::count(surface.begin(), surface.end(), ' ') > 1) return false;
  const std::string key = kb::NameKey(surface);
  if (key == kb::NameKey(*canonical)) return false;
  const auto& tables = impl.names;
  const bool shaped = tables.demonyms.count(key) > 0 ||
                      std::any_of(tables.demonym_suffixes.begin(), tables.demonym_suffixes.end(),
                                  [&](const std::string& suf) { return EndsWith(key, suf); });
  if (!shaped) return false;
  // Of two words the last must be a nationality itself ("South African", "North
  // American"); else the shape is another word's ("Czech Republic": "republic").
  if (const size_t sp = surface.rfind(' '); sp != std::string_view::npos) {
    const std::string_view last = surface.substr(sp + 1);
    const auto* targets = impl.index.Lookup(kb::NameKey(last));
    if (!targets || std::none_of(targets->begin(), targets->end(),
                                 [&](const Target& u) { return IsNationality(impl, last, u); })) {
      return false;
    }
  }
  // A short form of a longer name ("Brunei" of "Brunei Darussalam") is a name, not a nationality.
  return std::none_of(names->begin(), names->end(), [&](const std::string& n) {
    const std::string k = kb::NameKey(n);
    return k.size() > key.size() && k.compare(0, key.size() + 1, key + " ") == 0;
  });
}

std::optional<Resolved> NationalityActor(const State& s, const RawMatch& m) {
  const kb::KnowledgeBase& kb = *s.impl.kb;
  std::string cc;
  for (const Target& t : m.targets) {
    if (t.kind == TargetKind::kCountry) cc = kb.countries()[t.index].code;
  }
  if (cc.empty()) return std::nullopt;
  const auto words = WordsAfter(s.text, m.end, 2);
  std::string role;
  for (size_t n = words.size(); n >= 1 && role.empty(); --n) {
    std::string phrase = words[0];
    for (size_t i = 1; i < n; ++i) phrase += " " + words[i];
    auto it = s.impl.names.nationality_heads.find(phrase);
    if (it != s.impl.names.nationality_heads.end()) role = it->second;
  }
  if (role.empty()) return std::nullopt;
  const kb::Actor* a = kb.GenericActor(role, cc);
  if (!a) return std::nullopt;  // the country itself, marked as a nationality, says as much
  Resolved r;
  r.entity = kb.ActorRef(*a);
  r.kind = MentionKind::kActor;
  r.score = 0.8;
  r.method = "context";
  r.reason = "nationality before '" + role + "'";
  return r;
}

size_t NameAfterTitles(const State& s, const std::vector<std::pair<size_t, size_t>>& words) {
  auto raw = [&](size_t i) { return s.text.substr(words[i].first, words[i].second - words[i].first); };
  auto is_title = [&](const std::string& key) {
    return std::find(s.impl.person_titles.begin(), s.impl.person_titles.end(), key) != s.impl.person_titles.end();
  };
  size_t start = 0;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string key = kb::NameKey(raw(i));
    if (is_title(key) || (i > 0 && is_title(kb::NameKey(raw(i - 1)) + key))) start = i + 1;
  }
  return start;
}

namespace {

// Returns the folded word right before `begin` (letters only, one space between), or "".
std::string LowercaseWordBefore(std::string_view text, size_t begin) {
  size_t e = begin;
  while (e > 0 && text[e - 1] == ' ') --e;
  size_t b = e;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  return b < e ? kb::NameKey(text.substr(b, e - b)) : "";
}

// Persons whose first name the given-name list lacks ("Vai Washington", "Tiger
// Woods"): a two-word name whose first word is nothing the dictionary, the
// gazetteer or the common words know, and whose last word stands alone next
// to a speech verb elsewhere in the document ("Woods said", "said Xiao").
// Places do not speak in person; their metonymic uses ("Washington said")
// never come with such a two-word name.
void CollectQuotedSurnames(State& s) {
  const NameTables& tables = s.impl.names;
  if (tables.speech_verbs.empty()) return;
  std::map<std::string, std::string> full_by_last;
  const auto& cands = s.Candidates();
  for (const auto& c : cands) {
    if (c.script != CandScript::kLatin) continue;
    const auto words = LatinWordSpans(s.text, c.begin, c.end);
    if (words.size() != 2) continue;
    auto word = [&](size_t i) { return kb::NameKey(s.text.substr(words[i].first, words[i].second - words[i].first)); };
    const std::string first = word(0), last = word(1), whole = kb::NameKey(s.text.substr(c.begin, c.end - c.begin));
    if (s.person_names.count(whole) || last.size() < 3 || s.impl.common_words.count(first) ||
        tables.common_words.count(first) || tables.determiners.count(first) || tables.not_given_names.count(first) ||
        s.impl.index.Lookup(first) || !GazetteerTargets(s.impl, first).empty() || s.impl.index.Lookup(whole) ||
        !GazetteerTargets(s.impl, whole).empty()) {
      continue;
    }
    full_by_last.emplace(last, whole);
  }
  if (full_by_last.empty()) return;
  for (const auto& c : cands) {
    const std::string key = kb::NameKey(s.text.substr(c.begin, c.end - c.begin));
    auto it = full_by_last.find(key);
    if (it == full_by_last.end()) continue;
    const auto after = WordsAfter(s.text, c.end, 1);
    const bool quoted = (!after.empty() && tables.speech_verbs.count(after[0])) ||
                        tables.speech_verbs.count(LowercaseWordBefore(s.text, c.begin));
    if (!quoted) continue;
    s.person_names.insert(it->second);
    s.person_surnames.insert(key);
  }
}

}  // namespace

void CollectPersonNames(State& s) {
  const auto& given = s.impl.given_names;
  const auto& tables = s.impl.names;
  for (const auto& c : s.Candidates()) {
    if (c.script != CandScript::kLatin) continue;
    auto words = LatinWordSpans(s.text, c.begin, c.end);
    // "Interior Minister Amara Dialo": the person is what follows the title.
    const size_t titled = NameAfterTitles(s, words);
    words.erase(words.begin(), words.begin() + titled);
    const size_t begin = words.front().first;
    auto word = [&](size_t i) { return kb::NameKey(s.text.substr(words[i].first, words[i].second - words[i].first)); };
    const std::string last = word(words.size() - 1);
    bool person = titled > 0 || PersonTitleBefore(s.impl, s.text, begin) || AgeAfter(s.text, c.end);
    if (!person && words.size() >= 2 && words.size() <= 4) {
      const std::string first = word(0);
      // A word the document's language guards as ordinary ("Di", Indonesian "in") is no given
      // name there, though another language's people bear it.
      const bool guarded = s.guards && s.guards->Blocks(s.text.substr(words[0].first, words[0].second - words[0].first));
      person = given.count(first) && !tables.not_given_names.count(first) && !guarded;
      for (size_t i = 1; i < words.size() && person; ++i) {
        const std::string w = word(i);
        const std::string raw(s.text.substr(words[i].first, words[i].second - words[i].first));
        // A division word ("Washington Township", "Jefferson State") makes it a place's name.
        if (s.impl.common_words.count(w) || tables.common_words.count(w) || tables.org_suffixes.count(raw) ||
            tables.division_after.count(w)) {
          person = false;
        }
      }
      // An initial before a surname ("J. Smith") reads as a first name.
    }
    if (!person && words.size() == 1 && c.begin >= 3 && s.text[c.begin - 1] == ' ' && s.text[c.begin - 2] == '.' &&
        IsAsciiUpper(s.text[c.begin - 3]) && (c.begin == 3 || !IsAsciiAlnum(s.text[c.begin - 4])) &&
        !s.impl.index.Lookup(last)) {
      person = true;
    }
    if (!person) continue;
    // A place the gazetteer knows by the whole name ("Beverly Hills") is no
    // person, nor is a name ending in a country's ("Star India").
    const std::string whole = kb::NameKey(s.text.substr(begin, c.end - begin));
    if (words.size() >= 2 && (s.impl.index.Lookup(whole) || !GazetteerTargets(s.impl, whole).empty())) continue;
    if (const auto* t = s.impl.index.Lookup(last); t && words.size() >= 2 &&
        std::any_of(t->begin(), t->end(), [](const Target& x) { return x.kind == TargetKind::kCountry; })) {
      continue;
    }
    s.person_names.insert(whole);
    if (last.size() >= 3) s.person_surnames.insert(last);
  }
  CollectQuotedSurnames(s);
}

bool IsKnownPerson(const State& s, std::string_view surface) {
  const std::string key = kb::NameKey(surface);
  return s.person_names.count(key) || s.person_surnames.count(key);
}

namespace {

// The place that qualifies the titles of a titled person: "California" in
// "California Governor Jerry Brown", "Kharkiv" in "Kharkiv Mayor Ihor
// Terekhov" — the words before the first title word, looked up whole in the
// gazetteer. Only a name that stands alone well may take them (a curated
// place, or a division or 100k town whose own name it is): no village named
// like a word, no city that merely carries the state's name ("Oklahoma").
void PlaceBeforeTitles(State& s, const std::vector<std::pair<size_t, size_t>>& words, size_t titled) {
  auto is_title = [&](size_t i) {
    const std::string key = kb::NameKey(s.text.substr(words[i].first, words[i].second - words[i].first));
    return std::find(s.impl.person_titles.begin(), s.impl.person_titles.end(), key) != s.impl.person_titles.end();
  };
  size_t first = 0;
  while (first < titled && !is_title(first)) ++first;
  // A two-word title ("Prime Minister") starts one word earlier than the word that completes it.
  if (first > 0 && first < titled) {
    const std::string pair = kb::NameKey(s.text.substr(words[first - 1].first, words[first - 1].second - words[first - 1].first)) +
                             kb::NameKey(s.text.substr(words[first].first, words[first].second - words[first].first));
    if (std::find(s.impl.person_titles.begin(), s.impl.person_titles.end(), pair) != s.impl.person_titles.end()) --first;
  }
  if (first == 0 || first >= titled) return;
  size_t b = words[0].first;
  const size_t e = words[first - 1].second;
  // A common capitalised word just before opens the name ("New" of "New York Attorney General").
  if (const auto before = WordBefore(s.text, b);
      before.second && s.impl.common_words.count(kb::NameKey(s.text.substr(before.first, before.second - before.first))) &&
      !s.Covered(before.first, before.second)) {
    b = before.first;
  }
  if (s.Covered(b, e)) return;
  const std::string key = kb::NameKey(s.text.substr(b, e - b));
  if (s.impl.common_words.count(key) || s.lowercase_words.count(key)) return;
  auto targets = GazetteerTargets(s.impl, key);
  std::erase_if(targets, [&](const Target& t) { return !ProminentOwnName(s, t, key); });
  if (targets.empty()) return;
  if (auto r = ResolveTargets(s.impl, targets, s.ctx, "")) s.Add(b, e, std::move(r));
}

}  // namespace

bool PersonByNameStep(State& s, const NameCandidate& c) {
  if (c.script != CandScript::kLatin) return false;
  const auto words = LatinWordSpans(s.text, c.begin, c.end);
  const size_t titled = NameAfterTitles(s, words);
  const size_t begin = words[titled].first;
  const std::string_view surface = s.text.substr(begin, c.end - begin);
  if (!IsKnownPerson(s, surface) || s.Covered(begin, c.end)) return false;
  s.Add(begin, c.end, PersonMention(surface));
  if (titled > 0) PlaceBeforeTitles(s, words, titled);
  return true;
}

void OrganizationPass(State& s) {
  for (const auto& c : s.Candidates()) {
    if (!s.Covered(c.begin, c.end)) OrganizationStep(s, c);
  }
}

bool OrganizationStep(State& s, const NameCandidate& c) {
  if (c.script != CandScript::kLatin) return false;
  const auto& tables = s.impl.names;
  auto words = LatinWordSpans(s.text, c.begin, c.end);
  // A dictionary actor at the end ("Green Battalion Islamic Front") is the
  // dictionary's; what precedes it may still be an organization. NameKey folds
  // code point by code point, so a suffix's key length is the whole key's less
  // its prefix's: suffixes longer than any key are skipped unfolded, and a run
  // of thousands of capitalised words costs its length, not its square.
  const size_t max_key = s.impl.index.max_key_bytes();
  size_t suffix_key = kb::NameKey(s.text.substr(words[0].first, c.end - words[0].first)).size();
  for (size_t i = 1; i < words.size(); ++i) {
    const size_t from = words[i - 1].first;
    suffix_key -= kb::NameKey(s.text.substr(from, words[i].first - from)).size();
    if (suffix_key > max_key) continue;
    if (s.impl.index.Lookup(kb::NameKey(s.text.substr(words[i].first, c.end - words[i].first)))) {
      words.resize(i);
      break;
    }
  }
  const std::string_view last = s.text.substr(words.back().first, words.back().second - words.back().first);
  size_t end = words.back().second;
  bool org = words.size() >= 2 && tables.org_suffixes.count(std::string(last));
  // "<head> of <Name>" ("Bank of England", "University of Nairobi").
  if (end == c.end && tables.org_heads.count(std::string(last)) && s.text.substr(c.end, 4) == " of " &&
      c.end + 4 < s.text.size() && IsAsciiUpper(s.text[c.end + 4])) {
    size_t e = c.end + 4;
    while (e < s.text.size()) {
      size_t w = e;
      while (w < s.text.size() && (IsAsciiAlnum(s.text[w]) || s.text[w] == '-')) ++w;
      end = w;
      if (w + 1 < s.text.size() && s.text[w] == ' ' && IsAsciiUpper(s.text[w + 1])) e = w + 1;
      else break;
    }
    org = true;
  }
  // A common word just before opens the name ("New York Police Department"); an article does not.
  size_t begin = c.begin;
  const auto before = WordBefore(s.text, c.begin);
  const std::string opener = before.second ? kb::NameKey(s.text.substr(before.first, before.second - before.first)) : "";
  if (before.second && !s.Covered(before.first, before.second) && s.impl.common_words.count(opener) &&
      !tables.determiners.count(opener)) {
    begin = before.first;
  }
  if (!org || s.Covered(begin, end)) return false;
  if (s.impl.index.Lookup(kb::NameKey(s.text.substr(begin, end - begin)))) return false;  // the dictionary's own name
  // A whole name the gazetteer knows ("Orange Free State") stays a place.
  if (!GazetteerTargets(s.impl, kb::NameKey(s.text.substr(c.begin, end - c.begin))).empty()) return false;
  s.Add(begin, end, std::nullopt, 0.5, MentionKind::kActor);
  return true;
}

// Returns true when the line around `pos` has no lowercase letters (a
// headline in capitals); each line is scanned once per document.
bool InCapitalsLine(State& s, size_t pos) {
  const std::string_view text = s.text;
  if (s.line_starts.empty()) {
    s.line_starts.push_back(0);
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') s.line_starts.push_back(i + 1);
    }
  }
  const size_t b = *std::prev(std::upper_bound(s.line_starts.begin(), s.line_starts.end(), pos));
  auto [it, fresh] = s.capitals_lines.emplace(b, true);
  if (fresh) {
    for (size_t i = b; i < text.size() && text[i] != '\n'; ++i) {
      if (text[i] >= 'a' && text[i] <= 'z') {
        it->second = false;
        break;
      }
    }
  }
  return it->second;
}

bool AcronymStep(State& s, const NameCandidate& c) {
  if (c.script != CandScript::kLatin || c.words != 1) return false;
  const std::string_view surface = s.text.substr(c.begin, c.end - c.begin);
  if (surface.size() < 2 || surface.size() > 6) return false;
  if (!std::all_of(surface.begin(), surface.end(), [](char ch) { return IsAsciiUpper(ch) || ch == '&'; })) return false;
  if (InCapitalsLine(s, c.begin)) return false;
  s.Add(c.begin, c.end, std::nullopt, 0.5, MentionKind::kActor);
  return true;
}

void PlaceAbbreviationPass(State& s) {
  const kb::KnowledgeBase& kb = *s.impl.kb;
  for (const auto& a : s.impl.names.place_abbreviations) {
    // Two capitals ("BC", "WA") are many things: only where the document is about that country.
    const bool needs_context = a.surface.find('.') == std::string::npos && a.surface.size() <= 2;
    if (needs_context && !a.country.empty() && !s.ctx.country_weight.count(a.country)) continue;
    for (size_t p = s.text.find(a.surface); p != std::string_view::npos; p = s.text.find(a.surface, p + 1)) {
      const size_t e = p + a.surface.size();
      if (p > 0 && (IsAsciiAlnum(s.text[p - 1]) || s.text[p - 1] == '.')) continue;
      if (e < s.text.size() && IsAsciiAlnum(s.text[e])) continue;
      if (s.Covered(p, e)) continue;
      std::vector<Target> targets;
      if (a.full.empty()) {
        if (const kb::Country* c = kb.LookupCountry(a.country)) {
          targets.push_back({TargetKind::kCountry, static_cast<uint32_t>(c - kb.countries().data())});
        }
      } else if (a.country.empty()) {
        if (const auto* t = s.impl.index.Lookup(kb::NameKey(a.full))) targets = *t;
      } else {
        targets = GazetteerTargets(s.impl, kb::NameKey(a.full));
        std::erase_if(targets, [&](const Target& t) { return TargetRef(s.impl, t).country != a.country; });
      }
      auto r = targets.empty() ? std::nullopt : ResolveTargets(s.impl, targets, s.ctx, "ADM");
      if (!r) continue;
      r->method = "alias";
      r->reason = "abbreviation of " + (a.full.empty() ? a.country : a.full);
      s.Add(p, e, std::move(r));
    }
  }
}

namespace {

// Returns the kind a token's part of speech names ("person", "place", "actor"), or "".
std::string TokenKind(const State& s, const document::Token& t) {
  if (t.pos != "名詞") return "";
  for (const auto& [prefix, kind] : s.impl.names.name_pos) {
    if (t.pos_detail.rfind(prefix, 0) == 0) return kind;
  }
  return "";
}

}  // namespace

bool TaggedAsPerson(const State& s, size_t begin, size_t end) {
  const auto& tokens = s.doc.tokens;
  auto it = std::partition_point(tokens.begin(), tokens.end(),
                                 [&](const document::Token& t) { return t.span.end <= begin; });
  for (; it != tokens.end() && it->span.begin < end; ++it) {
    if (TokenKind(s, *it) == "person") return true;
  }
  return false;
}

void JapaneseNamePass(State& s) {
  const auto& tokens = s.doc.tokens;
  auto kind_of = [&](const document::Token& t) { return TokenKind(s, t); };
  for (size_t i = 0; i < tokens.size();) {
    const std::string kind = kind_of(tokens[i]);
    if (kind.empty()) {
      ++i;
      continue;
    }
    size_t j = i + 1;  // a surname and given name, or a compound name, are one mention
    while (j < tokens.size() && tokens[j].span.begin == tokens[j - 1].span.end && kind_of(tokens[j]) == kind) ++j;
    const size_t b = tokens[i].span.begin, e = tokens[j - 1].span.end;
    i = j;
    if (s.Covered(b, e)) continue;
    const std::string_view surface = s.text.substr(b, e - b);
    if (kind == "person") {
      s.Add(b, e, PersonMention(surface));
    } else if (kind == "actor") {
      s.Add(b, e, std::nullopt, 0.5, MentionKind::kActor);
    } else {
      auto targets = GazetteerTargets(s.impl, kb::NameKey(surface));
      auto r = targets.empty() ? std::nullopt : ResolveTargets(s.impl, targets, s.ctx, FeatureCueAfter(s.impl, s.text, e));
      if (r) s.Add(b, e, std::move(r));
      else s.Add(b, e, std::nullopt, 0.5, MentionKind::kPlace);  // a place name the gazetteer lacks: unlinked
    }
  }
}

}  // namespace sitrep::entities
