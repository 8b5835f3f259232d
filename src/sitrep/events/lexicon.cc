// Lexicon loading and matching. Spaced mode indexes patterns by their first
// word so a sentence costs one hash lookup per word plus the few patterns that
// start with a wildcard; unspaced mode scans substrings (the tables are small).
#include "sitrep/events/lexicon.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <iterator>
#include <sstream>

#include "sitrep/base/tsv.h"

namespace sitrep::events {
namespace {

bool IsWordByte(unsigned char c) {
  return std::isalnum(c) || c >= 0x80 || c == '\'' || c == '-';
}

bool FormMatches(std::string_view pat, std::string_view word) {
  if (!pat.empty() && pat.back() == '*') {
    return word.substr(0, pat.size() - 1) == pat.substr(0, pat.size() - 1);
  }
  return pat == word;
}

bool WordMatches(std::string_view pat, const Word& word) {
  const bool indefinite = pat.size() > 1 && pat[0] == '-';
  const std::string_view p = indefinite ? pat.substr(1) : pat;
  auto matches = [&](const std::string& f) { return FormMatches(p, f); };
  if (matches(word.lower) || std::any_of(word.forms.begin(), word.forms.end(), matches)) return true;
  return !indefinite && std::any_of(word.definite_forms.begin(), word.definite_forms.end(), matches);
}

constexpr size_t kMaxGap = 4;

// How many split texts each thread remembers, and the longest it keeps: the
// passes look one sentence up in a dozen tables (sentences are cut at 2 KB).
constexpr size_t kRememberedTexts = 4;
constexpr size_t kMaxRememberedBytes = 8192;

// Returns SplitWords(text, forms), remembering the last few texts split on
// this thread: splitting (lowercasing, folding, clitic forms) was most of a
// spaced look-up's cost, paid again by every table the same sentence met.
// The reference holds until the thread's next call.
const std::vector<Word>& SplitWordsRemembered(std::string_view text, const lang::WordForms* forms) {
  struct Remembered {
    bool used = false;
    const lang::WordForms* forms = nullptr;
    std::string text;
    std::vector<Word> words;
  };
  thread_local std::array<Remembered, kRememberedTexts> memo;
  thread_local size_t next = 0;
  thread_local std::vector<Word> uncached;
  if (text.size() > kMaxRememberedBytes) {
    uncached = SplitWords(text, forms);
    return uncached;
  }
  for (const Remembered& r : memo) {
    if (r.used && r.forms == forms && r.text == text) return r.words;
  }
  Remembered& r = memo[next];
  next = (next + 1) % kRememberedTexts;
  r.used = true;
  r.forms = forms;
  r.text.assign(text);
  r.words = SplitWords(text, forms);
  return r.words;
}

}  // namespace

std::vector<Word> SplitWords(std::string_view text, const lang::WordForms* forms) {
  const bool fold = forms != nullptr && forms->active();
  std::vector<Word> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !IsWordByte(static_cast<unsigned char>(text[i]))) ++i;
    const size_t start = i;
    while (i < text.size() && IsWordByte(static_cast<unsigned char>(text[i]))) ++i;
    size_t end = i;
    while (end > start && (text[end - 1] == '-' || text[end - 1] == '\'')) --end;
    if (end > start) {
      Word w{std::string(text.substr(start, end - start)), start, end};
      for (auto& c : w.lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (fold) {
        w.lower = forms->Fold(w.lower);
        w.forms = forms->Alternatives(w.lower, false);
        for (std::string& f : forms->Alternatives(w.lower, true)) {
          if (std::find(w.forms.begin(), w.forms.end(), f) == w.forms.end())
            w.definite_forms.push_back(std::move(f));
        }
      }
      words.push_back(std::move(w));
    }
  }
  return words;
}

std::vector<Word> LastWords(std::string_view text, size_t n) {
  std::vector<Word> words;
  size_t i = text.size();
  while (i > 0 && words.size() < n) {
    while (i > 0 && !IsWordByte(static_cast<unsigned char>(text[i - 1]))) --i;
    size_t end = i;
    while (i > 0 && IsWordByte(static_cast<unsigned char>(text[i - 1]))) --i;
    const size_t start = i;
    while (end > start && (text[end - 1] == '-' || text[end - 1] == '\'')) --end;
    if (end > start) {
      Word w{std::string(text.substr(start, end - start)), start, end};
      for (auto& c : w.lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      words.push_back(std::move(w));
    }
  }
  return words;
}

StatusOr<Lexicon> Lexicon::Load(const std::string& path, bool spaced, size_t min_fields,
                                const lang::WordForms* forms) {
  SITREP_ASSIGN_OR_RETURN(std::vector<TsvRow> rows, ReadTsv(path, {.min_fields = 1 + min_fields}));
  std::vector<LexiconEntry> entries;
  for (TsvRow& row : rows) {
    if (row.fields[0].empty()) return TsvError(path, row.line, "empty pattern");
    LexiconEntry e{std::move(row.fields[0]),
                   std::vector<std::string>(std::make_move_iterator(row.fields.begin() + 1),
                                            std::make_move_iterator(row.fields.end()))};
    entries.push_back(std::move(e));
  }
  return FromEntries(std::move(entries), spaced, forms);
}

Lexicon Lexicon::FromEntries(std::vector<LexiconEntry> entries, bool spaced,
                             const lang::WordForms* forms) {
  Lexicon lex;
  lex.entries_ = std::move(entries);
  lex.spaced_ = spaced;
  lex.forms_ = forms != nullptr && forms->active() ? forms : nullptr;
  lex.Index();
  return lex;
}

uint32_t Lexicon::Head3(std::string_view s, size_t pos) {
  return static_cast<uint32_t>(static_cast<unsigned char>(s[pos])) << 16 |
         static_cast<uint32_t>(static_cast<unsigned char>(s[pos + 1])) << 8 |
         static_cast<unsigned char>(s[pos + 2]);
}

void Lexicon::Index() {
  if (!spaced_) {
    for (size_t i = 0; i < entries_.size(); ++i) {
      const std::string& p = entries_[i].pattern;
      if (p.empty()) any_empty_ = true;
      else heads_.set(static_cast<unsigned char>(p[0]));
      if (p.size() >= 3) by_head3_[Head3(p, 0)].push_back(i);
      else short_patterns_.push_back(i);
    }
    return;
  }
  for (size_t i = 0; i < entries_.size(); ++i) {
    std::vector<std::string> words;
    std::istringstream in(entries_[i].pattern);
    std::string w;
    while (in >> w) words.push_back(forms_ ? forms_->Fold(w) : w);
    split_.push_back(words);
    if (words.empty()) continue;
    if (words[0].back() == '*') {
      wildcard_first_.push_back(i);
      // The prefix's first byte ("-w*" is w without an article), or -1 when
      // the prefix is empty ("*" matches any word).
      const std::string_view prefix = std::string_view(words[0]).substr(
          words[0].size() > 1 && words[0][0] == '-' ? 1 : 0);
      wildcard_head_.push_back(prefix.size() > 1 ? static_cast<unsigned char>(prefix[0]) : -1);
    }
    else by_first_[words[0].size() > 1 && words[0][0] == '-' ? words[0].substr(1) : words[0]].push_back(i);
  }
}

bool Lexicon::MatchAt(const std::vector<std::string>& pattern, size_t from,
                      const std::vector<Word>& words, size_t start, size_t& end_word) const {
  size_t w = start;
  for (size_t p = from; p < pattern.size(); ++p) {
    if (pattern[p] == "...") {
      // Skip up to kMaxGap words, then match the rest (pattern[p + 1..]).
      for (size_t gap = 0; gap <= kMaxGap && w + gap <= words.size(); ++gap) {
        if (p + 1 == pattern.size()) {
          end_word = w;
          return true;
        }
        if (w + gap < words.size() && MatchAt(pattern, p + 1, words, w + gap, end_word)) return true;
      }
      return false;
    }
    if (w >= words.size() || !WordMatches(pattern[p], words[w])) return false;
    ++w;
  }
  end_word = w;
  return true;
}

std::vector<LexiconMatch> Lexicon::FindInWords(const std::vector<Word>& words) const {
  std::vector<LexiconMatch> out;
  auto try_entry = [&](size_t i, size_t start) {
    size_t end_word = 0;
    if (MatchAt(split_[i], 0, words, start, end_word) && end_word > start) {
      out.push_back({words[start].begin, words[end_word - 1].end, i});
    }
  };
  for (size_t w = 0; w < words.size(); ++w) {
    // The first bytes of the word's forms: a wildcard pattern whose prefix
    // starts with another byte cannot match here (a filter only; the
    // patterns are still tried in table order).
    std::bitset<256> heads;
    heads.set(static_cast<unsigned char>(words[w].lower.empty() ? 0 : words[w].lower[0]));
    for (const auto* forms : {&words[w].forms, &words[w].definite_forms}) {
      for (const std::string& form : *forms) heads.set(static_cast<unsigned char>(form.empty() ? 0 : form[0]));
    }
    if (auto it = by_first_.find(words[w].lower); it != by_first_.end()) {
      for (size_t i : it->second) try_entry(i, w);
    }
    for (const auto* forms : {&words[w].forms, &words[w].definite_forms}) {
      for (const std::string& form : *forms) {
        if (auto it = by_first_.find(form); it != by_first_.end()) {
          for (size_t i : it->second) try_entry(i, w);
        }
      }
    }
    for (size_t k = 0; k < wildcard_first_.size(); ++k) {
      const int head = wildcard_head_[k];
      if (head < 0 || heads.test(static_cast<size_t>(head))) try_entry(wildcard_first_[k], w);
    }
  }
  std::sort(out.begin(), out.end(), [](const LexiconMatch& a, const LexiconMatch& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  return out;
}

std::vector<LexiconMatch> Lexicon::Find(std::string_view text) const {
  if (spaced_) return FindInWords(SplitWordsRemembered(text, forms_));
  // Every occurrence of every pattern (overlapping ones too): one pass over
  // the text's bytes, trying at each position only the patterns that start
  // with its first three bytes (one kana or kanji) and the few shorter ones.
  // Gathered in position order, then put in (entry, position) order — the
  // order a find() per pattern gave — before the sort below, whose ties
  // (equal spans of two entries) then come out as before.
  std::vector<LexiconMatch> out;
  auto try_at = [&](size_t i, size_t pos) {
    const std::string& p = entries_[i].pattern;
    if (text.compare(pos, p.size(), p) == 0 && pos + p.size() <= text.size()) out.push_back({pos, pos + p.size(), i});
  };
  for (size_t pos = 0; pos < text.size(); ++pos) {
    // No pattern starts with this byte (a UTF-8 continuation byte, mostly).
    if (!any_empty_ && !heads_.test(static_cast<unsigned char>(text[pos]))) continue;
    if (pos + 3 <= text.size()) {
      if (auto it = by_head3_.find(Head3(text, pos)); it != by_head3_.end()) {
        for (size_t i : it->second) try_at(i, pos);
      }
    }
    for (size_t i : short_patterns_) try_at(i, pos);
  }
  for (size_t i : short_patterns_) {  // an empty pattern also occurs at the end, as find() said
    if (entries_[i].pattern.empty()) out.push_back({text.size(), text.size(), i});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const LexiconMatch& a, const LexiconMatch& b) { return a.entry < b.entry; });
  std::sort(out.begin(), out.end(), [](const LexiconMatch& a, const LexiconMatch& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  return out;
}

}  // namespace sitrep::events
