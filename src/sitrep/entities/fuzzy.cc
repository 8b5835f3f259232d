// Romanization, phonetic forms and edit distances (see fuzzy.h).
#include "sitrep/entities/fuzzy.h"

#include <algorithm>
#include <bit>
#include <limits>
#include <sstream>
#include <vector>

#include "sitrep/base/file.h"
#include "sitrep/base/tsv.h"
#include "sitrep/base/utf8.h"
#include "sitrep/kb/name_key.h"

namespace sitrep::entities {

StatusOr<Romanizer> Romanizer::Load(const std::string& path) {
  SITREP_ASSIGN_OR_RETURN(std::vector<TsvRow> rows, ReadTsv(path, {.min_fields = 2}));
  Romanizer r;
  for (TsvRow& row : rows) {
    const std::string& kana = row.fields[0];
    if (kana.empty()) continue;
    r.max_len_ = std::max(r.max_len_, kana.size());
    r.table_[kana] = std::move(row.fields[1]);
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

namespace {

// Hyyrö's formulation of Myers' algorithm: the vertical deltas of one DP
// column live in two words (+1 in pv, -1 in mv); each byte of `b` advances
// the column with a dozen word operations, and the score follows the last row.
// `peq[c]` has bit i set where the pattern's byte i is c; 0 < m <= 64.
// Returns the exact Levenshtein distance between the pattern and `b`.
int MyersDistance(const std::array<uint64_t, 256>& peq, size_t m, std::string_view b) {
  const uint64_t high = uint64_t{1} << (m - 1);
  uint64_t pv = m == 64 ? ~uint64_t{0} : (high << 1) - 1, mv = 0;
  int score = static_cast<int>(m);
  for (unsigned char c : b) {
    const uint64_t eq = peq[c];
    const uint64_t xv = eq | mv;
    const uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
    uint64_t ph = mv | ~(xh | pv);
    uint64_t mh = pv & xh;
    if (ph & high) ++score;
    else if (mh & high) --score;
    ph = (ph << 1) | 1;  // the first row grows by one per column
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  return score;
}

// The table version: stops when every cell of a row is past the limit.
int LevenshteinTable(std::string_view a, std::string_view b, int limit) {
  thread_local std::vector<int> row;
  row.assign(b.size() + 1, 0);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    int diag = row[0];
    row[0] = static_cast<int>(i);
    int row_min = row[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      const int up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
      row_min = std::min(row_min, row[j]);
    }
    if (row_min > limit) return limit + 1;
  }
  return row[b.size()];
}

}  // namespace

// A string of up to 64 bytes (the names and keys compared here) is the
// pattern of the bit-parallel distance, O(|a| + |b|) with no table: its
// per-byte bit vectors are set in a thread's zeroed array and cleared after.
// The distance is exact, so a value past `limit` comes back as limit + 1.
int LevenshteinBounded(std::string_view a, std::string_view b, int limit) {
  if (a.size() > b.size()) std::swap(a, b);  // the distance is symmetric
  if (a.empty()) return static_cast<int>(b.size()) > limit ? limit + 1 : static_cast<int>(b.size());
  if (a.size() > 64) return LevenshteinTable(a, b, limit);
  thread_local std::array<uint64_t, 256> peq{};
  for (size_t i = 0; i < a.size(); ++i) peq[static_cast<unsigned char>(a[i])] |= uint64_t{1} << i;
  const int d = MyersDistance(peq, a.size(), b);
  for (const char c : a) peq[static_cast<unsigned char>(c)] = 0;
  return d > limit ? limit + 1 : d;
}

int Levenshtein(std::string_view a, std::string_view b) {
  return LevenshteinBounded(a, b, std::numeric_limits<int>::max() - 1);
}

double LevenshteinSimilarity(std::string_view a, std::string_view b) {
  const size_t n = std::max(a.size(), b.size());
  if (n == 0) return 1.0;
  return 1.0 - static_cast<double>(Levenshtein(a, b)) / static_cast<double>(n);
}

uint32_t LetterMask(std::string_view s) {
  uint32_t m = 0;
  for (char c : s) m |= (c >= 'a' && c <= 'z') ? uint32_t{1} << (c - 'a') : uint32_t{1} << 26;
  return m;
}

PhoneticQuery::Pattern::Pattern(std::string s) : text(std::move(s)), mask(LetterMask(text)) {
  if (text.size() > 64) return;  // Distance() falls back to the table
  for (size_t i = 0; i < text.size(); ++i) peq[static_cast<unsigned char>(text[i])] |= uint64_t{1} << i;
}

int PhoneticQuery::Pattern::Distance(std::string_view b) const {
  const size_t m = text.size();
  if (m == 0) return static_cast<int>(b.size());
  if (m > 64) return Levenshtein(text, b);
  return MyersDistance(peq, m, b);
}

PhoneticQuery::PhoneticQuery(std::string form) : form_(form), skeleton_(Skeleton(form)) {}

bool PhoneticQuery::MayReach(size_t b_size, uint32_t b_mask, size_t sb_size, uint32_t sb_mask,
                             double floor) const {
  auto upper = [](const Pattern& p, size_t size, uint32_t mask) {
    const size_t n = std::max(p.text.size(), size);
    if (n == 0) return 1.0;
    const int missing = std::max(std::popcount(p.mask & ~mask), std::popcount(mask & ~p.mask));
    return 1.0 - static_cast<double>(missing) / static_cast<double>(n);
  };
  return 0.5 * upper(form_, b_size, b_mask) + 0.5 * upper(skeleton_, sb_size, sb_mask) >= floor - 1e-9;
}

double PhoneticQuery::Similarity(std::string_view b, std::string_view sb, double floor) const {
  const std::string_view a = form_.text, sa = skeleton_.text;
  if ((sa.size() < 2 || sb.size() < 2) && sa != sb) return 0.0;
  if (sa.empty() || sb.empty()) return 0.0;
  auto bound = [](size_t x, size_t y) {
    const size_t n = std::max(x, y);
    return 1.0 - static_cast<double>(std::max(x, y) - std::min(x, y)) / static_cast<double>(n);
  };
  if (0.5 * bound(a.size(), b.size()) + 0.5 * bound(sa.size(), sb.size()) < floor) return 0.0;
  const double skeleton_sim =
      1.0 - static_cast<double>(skeleton_.Distance(sb)) / static_cast<double>(std::max(sa.size(), sb.size()));
  const double n = static_cast<double>(std::max(a.size(), b.size()));
  const double need = 2.0 * floor - skeleton_sim;
  const int limit = need <= 0 ? static_cast<int>(n) : static_cast<int>((1.0 - need) * n + 1e-9);
  if (limit < 0) return 0.0;
  const int d = form_.Distance(b);
  if (d > limit) return 0.0;
  return 0.5 * (1.0 - d / n) + 0.5 * skeleton_sim;
}

double PhoneticSimilarity(std::string_view a, std::string_view b) {
  return PhoneticSimilarity(a, Skeleton(a), b, Skeleton(b));
}

double PhoneticSimilarity(std::string_view a, std::string_view sa, std::string_view b,
                          std::string_view sb, double floor) {
  if ((sa.size() < 2 || sb.size() < 2) && sa != sb) return 0.0;
  if (sa.empty() || sb.empty()) return 0.0;
  // Length differences bound both edit distances from below, so a pair that
  // cannot reach `floor` is rejected before any distance is computed.
  auto bound = [](size_t x, size_t y) {
    const size_t n = std::max(x, y);
    return 1.0 - static_cast<double>(std::max(x, y) - std::min(x, y)) / static_cast<double>(n);
  };
  if (0.5 * bound(a.size(), b.size()) + 0.5 * bound(sa.size(), sb.size()) < floor) return 0.0;
  const double skeleton_sim = LevenshteinSimilarity(sa, sb);
  // The full forms must reach 2*floor - skeleton_sim: at most this many edits.
  const double n = static_cast<double>(std::max(a.size(), b.size()));
  const double need = 2.0 * floor - skeleton_sim;
  const int limit = need <= 0 ? static_cast<int>(n) : static_cast<int>((1.0 - need) * n + 1e-9);
  if (limit < 0) return 0.0;
  const int d = LevenshteinBounded(a, b, limit);
  if (d > limit) return 0.0;
  return 0.5 * (1.0 - d / n) + 0.5 * skeleton_sim;
}

}  // namespace sitrep::entities
