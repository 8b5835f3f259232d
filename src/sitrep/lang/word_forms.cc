// Folding and clitic alternatives, code point by code point.
#include "sitrep/lang/word_forms.h"

#include <algorithm>

#include "sitrep/base/utf8.h"

namespace sitrep::lang {
namespace {

char32_t FirstCodePoint(std::string_view s) {
  size_t pos = 0;
  return s.empty() ? 0 : utf8::Next(s, pos);
}

}  // namespace

WordForms::WordForms(const WordClasses& classes) {
  for (const auto& f : classes.Of("fold")) folds_[FirstCodePoint(f.word)] = f.value;
  for (const auto& s : classes.Of("strip")) folds_[FirstCodePoint(s.word)] = "";
  for (const auto& p : classes.Of("clitic_prefix")) prefixes_.push_back({Fold(p.word), Fold(p.value)});
  for (const auto& p : classes.Of("clitic_article"))
    prefixes_.push_back({Fold(p.word), Fold(p.value), true});
}

std::string WordForms::Fold(std::string_view word) const {
  if (folds_.empty()) return std::string(word);
  std::string out;
  out.reserve(word.size());
  for (size_t pos = 0; pos < word.size();) {
    const size_t start = pos;
    const char32_t cp = utf8::Next(word, pos);
    auto it = folds_.find(cp);
    if (it == folds_.end()) out.append(word.substr(start, pos - start));
    else out += it->second;
  }
  return out;
}

std::vector<std::string> WordForms::Alternatives(std::string_view folded) const {
  std::vector<std::string> out = Alternatives(folded, false);
  for (std::string& f : Alternatives(folded, true)) {
    if (std::find(out.begin(), out.end(), f) == out.end()) out.push_back(std::move(f));
  }
  return out;
}

std::vector<std::string> WordForms::Alternatives(std::string_view folded, bool definite) const {
  std::vector<std::string> out;
  for (const auto& [prefix, replacement, article] : prefixes_) {
    if (article != definite) continue;
    if (folded.size() <= prefix.size() || folded.substr(0, prefix.size()) != prefix) continue;
    const std::string_view stem = folded.substr(prefix.size());
    if (utf8::Length(stem) < kMinStemLetters) continue;
    std::string form = replacement + std::string(stem);
    if (form != folded && std::find(out.begin(), out.end(), form) == out.end()) out.push_back(form);
  }
  return out;
}

}  // namespace sitrep::lang
