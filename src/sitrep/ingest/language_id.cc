// CLD2 behind a small function: sample the text, detect, keep the answer only
// when CLD2 calls it reliable, prefer a readable runner-up to an unreadable
// first answer, and map CLD2's codes to ISO 639-1.
#include "sitrep/ingest/language_id.h"

#include <algorithm>

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

namespace sitrep::ingest {
namespace {

// Returns the largest position <= `pos` on a UTF-8 character boundary.
size_t Boundary(std::string_view text, size_t pos) {
  while (pos > 0 && pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) {
    --pos;
  }
  return pos;
}

// Returns `text`, or for a long text its first and middle windows of half of
// `max` bytes each, joined by a newline.
std::string_view Sample(std::string_view text, size_t max, std::string& buffer) {
  if (text.size() <= max) return text;
  const size_t half = max / 2;
  const size_t mid = Boundary(text, text.size() / 2);
  buffer.reserve(max + 1);
  buffer.assign(text.substr(0, Boundary(text, half)));
  buffer += '\n';
  buffer.append(text.substr(mid, Boundary(text, mid + half) - mid));
  return buffer;
}

// CLD2 still uses ISO 639 codes withdrawn in 1989; map them to today's.
std::string_view ModernCode(std::string_view code) {
  if (code == "iw") return "he";
  if (code == "in") return "id";
  if (code == "ji") return "yi";
  if (code == "jw") return "jv";
  return code;
}

bool IsReadable(const std::string& code, const std::vector<std::string>& readable) {
  return std::find(readable.begin(), readable.end(), code) != readable.end();
}

}  // namespace

std::string NormalizeLanguageCode(std::string_view code) {
  std::string out;
  for (char c : code) {
    if (c == '-' || c == '_') break;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') return "";
    out += c;
  }
  if (out.size() < 2 || out.size() > 3) return "";
  return std::string(ModernCode(out));
}

std::string DetectLanguage(std::string_view text, std::string_view hint,
                           const std::vector<std::string>& readable) {
  std::string buffer;
  const std::string_view sample = Sample(text, kLanguageSampleBytes, buffer);
  if (sample.empty()) return "";
  const std::string hint_code = NormalizeLanguageCode(hint);
  CLD2::CLDHints hints = {hint_code.empty() ? nullptr : hint_code.c_str(), nullptr,
                          CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language language3[3];
  int percent3[3];
  double normalized_score3[3];
  int text_bytes = 0;
  bool is_reliable = false;
  const CLD2::Language lang = CLD2::ExtDetectLanguageSummary(
      sample.data(), static_cast<int>(sample.size()), /*is_plain_text=*/true, &hints,
      /*flags=*/0, language3, percent3, normalized_score3, /*resultchunkvector=*/nullptr,
      &text_bytes, &is_reliable);
  if (!is_reliable || lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE) {
    return "";
  }
  const std::string code = NormalizeLanguageCode(CLD2::LanguageCode(lang));
  if (code == "xx" || code == "un") return "";  // CLD2's script-only pseudo-languages
  if (readable.empty() || IsReadable(code, readable)) return code;
  for (int i = 0; i < 3; ++i) {
    if (language3[i] == lang || percent3[i] < kReadableSharePercent) continue;
    const std::string runner_up = NormalizeLanguageCode(CLD2::LanguageCode(language3[i]));
    if (IsReadable(runner_up, readable)) return runner_up;
  }
  return code;
}

}  // namespace sitrep::ingest
