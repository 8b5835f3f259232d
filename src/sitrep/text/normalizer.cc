// NFKC with an offset map, and matching keys. NormalizeNfkc asks ICU for the
// edits it made (Normalizer2::normalizeUTF8 with icu::Edits): unchanged runs
// map byte for byte, each changed piece maps to its first source byte. The
// fine-grained edit iterator keeps pieces as small as normalization allows
// (one full-width letter, one half-width kana plus its voicing mark).
#include "sitrep/text/normalizer.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "sitrep/base/status.h"
#include "sitrep/base/utf8.h"

namespace sitrep::text {
namespace {

const icu::Normalizer2* Nfkc() {
  UErrorCode status = U_ZERO_ERROR;
  return icu::Normalizer2::getNFKCInstance(status);
}

// Returns true for the marks MatchingKey drops.
bool IsFoldedMark(UChar32 c) {
  if (c == 0x3099 || c == 0x309A) return false;  // kana voicing marks are letters' parts
  if (c == 0x0640) return true;                  // Arabic tatweel (kashida)
  return u_charType(c) == U_NON_SPACING_MARK;
}

}  // namespace

document::Span Normalized::ToOriginal(size_t begin, size_t end) const {
  const size_t orig_begin = norm_to_orig[begin];
  if (end == begin) return {orig_begin, orig_begin};
  // Walk forward to the first byte produced by a later piece.
  const size_t last_piece = norm_to_orig[end - 1];
  size_t k = end;
  while (norm_to_orig[k] == last_piece) ++k;  // the sentinel exceeds every piece start
  return {orig_begin, norm_to_orig[k]};
}

Normalized NormalizeNfkc(std::string_view s) {
  Normalized out;
  const icu::Normalizer2* nfkc = Nfkc();
  icu::Edits edits;
  UErrorCode status = U_ZERO_ERROR;
  if (nfkc != nullptr) {
    icu::StringByteSink<std::string> sink(&out.text, static_cast<int32_t>(s.size()));
    nfkc->normalizeUTF8(0, icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), sink, &edits,
                        status);
  }
  if (nfkc == nullptr || U_FAILURE(status)) {  // no ICU data: identity
    out.text.assign(s);
    out.norm_to_orig.resize(s.size() + 1);
    for (size_t i = 0; i <= s.size(); ++i) out.norm_to_orig[i] = i;
    return out;
  }
  out.norm_to_orig.reserve(out.text.size() + 1);
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status)) {
    const auto src = static_cast<size_t>(it.sourceIndex());
    const auto new_len = static_cast<size_t>(it.newLength());
    for (size_t i = 0; i < new_len; ++i) out.norm_to_orig.push_back(it.hasChange() ? src : src + i);
  }
  out.norm_to_orig.push_back(s.size());
  SITREP_CHECK(out.norm_to_orig.size() == out.text.size() + 1);
  return out;
}

std::string MatchingKey(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(s);
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u = nfd->normalize(casefold->normalize(u, status), status);
  icu::UnicodeString kept;
  bool pending_space = false;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    const UChar32 c = u.char32At(i);
    if (u_isUWhiteSpace(c)) {
      pending_space = !kept.isEmpty();
      continue;
    }
    if (IsFoldedMark(c)) continue;
    if (pending_space) kept.append(static_cast<UChar>(' '));
    pending_space = false;
    kept.append(c);
  }
  kept = nfc->normalize(kept, status);
  if (U_FAILURE(status)) return std::string(s);
  std::string out;
  kept.toUTF8String(out);
  return out;
}

}  // namespace sitrep::text
