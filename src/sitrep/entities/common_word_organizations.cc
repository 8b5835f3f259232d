// Pass "common-word organization": an organization named by capitalised
// common words before an organization suffix ("the Health Ministry", "the
// Supreme Court", "Electoral Commission") is no name candidate (candidates stop
// at common words), so it is found here: a capitalised suffix word of the
// language's names table (org_suffix) preceded by capitalised words, none of
// them a determiner, becomes an unlinked actor unless a mention already covers
// it, or the dictionary or the gazetteer knows the whole name.
#include <cctype>
#include <string>

#include "sitrep/entities/linking_steps_internal.h"

namespace sitrep::entities {
namespace {

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace

void CommonWordOrganizationPass(State& s) {
  const auto& tables = s.impl.names;
  if (tables.org_suffixes.empty()) return;
  const std::string_view text = s.text;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsUpperAscii(text[i]) || (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1])))) continue;
    size_t e = i;
    while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
    if (e < text.size() && std::isalnum(static_cast<unsigned char>(text[e]))) continue;
    if (!tables.org_suffixes.count(std::string(text.substr(i, e - i)))) {
      i = e;
      continue;
    }
    // Capitalised words before the suffix, stopping at a determiner or a covered span.
    size_t begin = i;
    int words = 0;
    for (auto w = WordBefore(text, begin); w.second > w.first && w.second + 1 == begin && IsUpperAscii(text[w.first]);
         w = WordBefore(text, begin)) {
      const std::string folded = kb::NameKey(text.substr(w.first, w.second - w.first));
      if (tables.determiners.count(folded) || !s.impl.common_words.count(folded) || s.Covered(w.first, w.second)) break;
      begin = w.first;
      ++words;
    }
    const bool goes_on = e + 1 < text.size() && text[e] == ' ' &&
                         (IsUpperAscii(text[e + 1]) || text.substr(e + 1, 3) == "of ");
    if (words == 0 || goes_on || s.Covered(begin, e)) {
      i = e;
      continue;
    }
    const std::string key = kb::NameKey(text.substr(begin, e - begin));
    if (!s.impl.index.Lookup(key) && GazetteerTargets(s.impl, key).empty()) {
      s.Add(begin, e, std::nullopt, 0.5, document::MentionKind::kActor);
    }
    i = e;
  }
}

}  // namespace sitrep::entities
