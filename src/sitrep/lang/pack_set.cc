// Pack discovery and the script guess.
#include "sitrep/lang/pack_set.h"

#include <algorithm>
#include <filesystem>

#include "sitrep/base/script.h"

namespace sitrep::lang {
namespace {

namespace fs = std::filesystem;

// The guess reads at most this much of a document (the script mix of a long
// text is settled long before).
constexpr size_t kGuessBytes = 20000;

// Letters of syllabic and ideographic scripts weigh this many alphabet letters.
constexpr double kDenseScriptWeight = 3.0;

double ScriptWeight(std::string_view script) {
  return script == "Han" || script == "Hiragana" || script == "Katakana" || script == "Hangul"
             ? kDenseScriptWeight
             : 1.0;
}

}  // namespace

StatusOr<PackSet> PackSet::Discover(const std::string& data_dir) {
  const fs::path root = fs::path(data_dir) / "lang";
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return NotFoundError(root.string() + ": no language packs");
  std::vector<LanguagePack> packs;
  for (const auto& entry : fs::directory_iterator(root, ec)) {
    if (!entry.is_directory() || !fs::exists(entry.path() / "manifest.tsv")) continue;
    SITREP_ASSIGN_OR_RETURN(LanguagePack pack, LoadLanguagePack(entry.path().string()));
    packs.push_back(std::move(pack));
  }
  if (ec) return UnavailableError(root.string() + ": " + ec.message());
  return FromPacks(std::move(packs));
}

PackSet PackSet::FromPacks(std::vector<LanguagePack> packs) {
  PackSet set;
  set.packs_ = std::move(packs);
  std::sort(set.packs_.begin(), set.packs_.end(),
            [](const LanguagePack& a, const LanguagePack& b) { return a.code < b.code; });
  return set;
}

const LanguagePack* PackSet::Find(std::string_view code) const {
  for (const auto& p : packs_) {
    if (p.code == code) return &p;
  }
  return nullptr;
}

const LanguagePack* PackSet::ForDocument(std::string_view lang, std::string_view text) const {
  if (lang.empty()) return GuessByScript(text);
  if (const LanguagePack* p = Find(lang)) return p;
  // A detector's code for a close language the pack reads ("ms" for "id").
  for (const auto& p : packs_) {
    if (std::find(p.detected_as.begin(), p.detected_as.end(), lang) != p.detected_as.end()) return &p;
  }
  return nullptr;
}

const LanguagePack* PackSet::GuessByScript(std::string_view text) const {
  const auto letters = CountLetterScripts(text, kGuessBytes);
  const LanguagePack* best = nullptr;
  double best_score = -1;
  for (const auto& p : packs_) {
    double score = 0;
    for (const auto& s : p.scripts) {
      if (auto it = letters.find(s); it != letters.end()) score += ScriptWeight(s) * it->second;
    }
    if (score > best_score || (score == best_score && p.prior > best->prior)) {
      best = &p;
      best_score = score;
    }
  }
  return best;
}

std::vector<std::string> PackSet::ReadableCodes() const {
  std::vector<std::string> out;
  for (const auto& p : packs_) {
    out.push_back(p.code);
    out.insert(out.end(), p.detected_as.begin(), p.detected_as.end());
  }
  return out;
}

std::string PackSet::CodeList() const {
  std::string out;
  for (const auto& p : packs_) out += (out.empty() ? "" : ", ") + p.code;
  return out;
}

}  // namespace sitrep::lang
