// Romanization, phonetic forms and edit distances (see fuzzy.h).
#include "sitrep/entities/fuzzy.h"

#include <algorithm>
#include <sstream>
#include <vector>

#include "sitrep/base/file.h"
#include "sitrep/base/utf8.h"
#include "sitrep/kb/name_key.h"

namespace sitrep::entities {

StatusOr<Romanizer> Romanizer::Load(const std::string& path) {
  auto contents = ReadFile(path);
  if (!contents.ok()) return contents.status();
  Romanizer r;
  std::istringstream in(*contents);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0) continue;
    std::string kana = line.substr(0, tab);
    r.max_len_ = std::max(r.max_len_, kana.size());
    r.table_[kana] = line.substr(tab + 1);
  }
  if (r.table_.empty()) return DataLossError(path + ": empty romanization table");
  return r;
}

std::string Romanizer::Romanize(std::string_view text) const {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    bool hit = false;
    for (size_t len = std::min(max_len_, text.size() - pos); len > 0; --len) {
      auto it = table_.find(std::string(text.substr(pos, len)));
      if (it != table_.end()) {
        out += it->second;
        pos += len;
        hit = true;
        break;
      }
    }
    if (hit) continue;
    const char32_t cp = utf8::Next(text, pos);
    if (cp < 0x80) {
      std::string folded = kb::NameKey(std::string(1, static_cast<char>(cp)));
      out += folded;
    }
  }
  return out;
}

std::string PhoneticForm(std::string_view latin) {
  const std::string s = kb::NameKey(latin);
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c < 'a' || c > 'z') continue;
    const char n = i + 1 < s.size() ? s[i + 1] : 0;
    if (n == 'h' && (c == 'k' || c == 'g' || c == 's' || c == 't' || c == 'd' || c == 'p' || c == 'c' || c == 'z')) {
      c = c == 'p' ? 'f' : c == 'c' ? 's' : c == 'z' ? 'z' : c;  // kh->k, sh->s, th->t, ph->f, ch->s
      ++i;
    } else if (c == 'l') {
      c = 'r';
    } else if (c == 'v') {
      c = 'b';
    } else if (c == 'c' || c == 'q') {
      c = 'k';
    } else if (c == 'x') {
      out += 'k';
      c = 's';
    }
    if (!out.empty() && out.back() == c) continue;
    out.push_back(c);
  }
  return out;
}

std::string Skeleton(std::string_view phonetic) {
  std::string out;
  for (char c : phonetic) {
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w') continue;
    if (!out.empty() && out.back() == c) continue;
    out.push_back(c);
  }
  return out;
}

int Levenshtein(std::string_view a, std::string_view b) {
  std::vector<int> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    int diag = row[0];
    row[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      const int up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

double LevenshteinSimilarity(std::string_view a, std::string_view b) {
  const size_t n = std::max(a.size(), b.size());
  if (n == 0) return 1.0;
  return 1.0 - static_cast<double>(Levenshtein(a, b)) / static_cast<double>(n);
}

double PhoneticSimilarity(std::string_view a, std::string_view b) {
  const std::string sa = Skeleton(a), sb = Skeleton(b);
  if ((sa.size() < 2 || sb.size() < 2) && sa != sb) return 0.0;
  if (sa.empty() || sb.empty()) return 0.0;
  return 0.5 * LevenshteinSimilarity(a, b) + 0.5 * LevenshteinSimilarity(sa, sb);
}

}  // namespace sitrep::entities
