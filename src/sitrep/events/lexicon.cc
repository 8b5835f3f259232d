// Lexicon loading and matching. Spaced mode indexes patterns by their first
// word so a sentence costs one hash lookup per word plus the few patterns that
// start with a wildcard; unspaced mode scans substrings (the tables are small).
#include "sitrep/events/lexicon.h"

#include <algorithm>
#include <iterator>
#include <sstream>

#include "sitrep/base/tsv.h"

namespace sitrep::events {
namespace {

bool IsWordByte(unsigned char c) {
  return std::isalnum(c) || c >= 0x80 || c == '\'' || c == '-';
}

bool FormMatches(const std::string& pat, const std::string& word) {
  if (!pat.empty() && pat.back() == '*') {
    return word.compare(0, pat.size() - 1, pat, 0, pat.size() - 1) == 0;
  }
  return pat == word;
}

bool WordMatches(const std::string& pat, const Word& word) {
  const bool indefinite = pat.size() > 1 && pat[0] == '-';
  const std::string& p = indefinite ? pat.substr(1) : pat;
  auto matches = [&](const std::string& f) { return FormMatches(p, f); };
  if (matches(word.lower) || std::any_of(word.forms.begin(), word.forms.end(), matches)) return true;
  return !indefinite && std::any_of(word.definite_forms.begin(), word.definite_forms.end(), matches);
}

constexpr size_t kMaxGap = 4;

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

void Lexicon::Index() {
  if (!spaced_) return;
  for (size_t i = 0; i < entries_.size(); ++i) {
    std::vector<std::string> words;
    std::istringstream in(entries_[i].pattern);
    std::string w;
    while (in >> w) words.push_back(forms_ ? forms_->Fold(w) : w);
    split_.push_back(words);
    if (words.empty()) continue;
    if (words[0].back() == '*') wildcard_first_.push_back(i);
    else by_first_[words[0].size() > 1 && words[0][0] == '-' ? words[0].substr(1) : words[0]].push_back(i);
  }
}

bool Lexicon::MatchAt(const std::vector<std::string>& pattern, const std::vector<Word>& words,
                      size_t start, size_t& end_word) const {
  size_t w = start;
  for (size_t p = 0; p < pattern.size(); ++p) {
    if (pattern[p] == "...") {
      // Skip up to kMaxGap words, then match the rest.
      for (size_t gap = 0; gap <= kMaxGap && w + gap <= words.size(); ++gap) {
        std::vector<std::string> rest(pattern.begin() + p + 1, pattern.end());
        if (rest.empty()) {
          end_word = w;
          return true;
        }
        if (w + gap < words.size() && MatchAt(rest, words, w + gap, end_word)) return true;
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
    if (MatchAt(split_[i], words, start, end_word) && end_word > start) {
      out.push_back({words[start].begin, words[end_word - 1].end, i});
    }
  };
  for (size_t w = 0; w < words.size(); ++w) {
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
    for (size_t i : wildcard_first_) try_entry(i, w);
  }
  std::sort(out.begin(), out.end(), [](const LexiconMatch& a, const LexiconMatch& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  return out;
}

std::vector<LexiconMatch> Lexicon::Find(std::string_view text) const {
  if (spaced_) return FindInWords(SplitWords(text, forms_));
  std::vector<LexiconMatch> out;
  for (size_t i = 0; i < entries_.size(); ++i) {
    const std::string& p = entries_[i].pattern;
    for (size_t pos = text.find(p); pos != std::string_view::npos; pos = text.find(p, pos + 1)) {
      out.push_back({pos, pos + p.size(), i});
    }
  }
  std::sort(out.begin(), out.end(), [](const LexiconMatch& a, const LexiconMatch& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  return out;
}

}  // namespace sitrep::events
