// English spelling variants of actor names. Arabic names reach English in many
// spellings: the article written al-, el-, ad-, ash- (assimilated to the next
// letter) or dropped into a space; ou for u, ee for i; a final h for ta
// marbuta (Nusrah/Nusra); doubled or single letters; apostrophes for hamza and
// ayn (Hay'et, Da'esh). The actors' Latin aliases are reduced to one variant
// key each; a name the dictionary does not know links to an actor when it has
// the same key, or the same consonant skeleton and a close key. The article
// spellings come from data/kb/cues.tsv.
#include <algorithm>

#include "sitrep/base/utf8.h"
#include "sitrep/entities/linker_internal.h"

namespace sitrep::entities {
namespace {

// Returns true for a short all-capital alias ("HTS", "SDF"): abbreviations are matched exactly.
bool IsAbbreviation(std::string_view s) {
  int upper = 0, lower = 0;
  for (unsigned char c : s) {
    if (c >= 'A' && c <= 'Z') ++upper;
    if (c >= 'a' && c <= 'z') ++lower;
  }
  return lower == 0 || (upper >= 2 && upper * 2 >= upper + lower && s.size() <= 6);
}

bool IsLatin(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0xE0) return false;
  }
  return true;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::string Respell(std::string w) {
  std::string out;
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i], n = i + 1 < w.size() ? w[i + 1] : 0;
    if ((c == 'o' && n == 'u') || (c == 'o' && n == 'o') || (c == 'u' && n == 'u')) {
      out += 'u';
      ++i;
    } else if (c == 'e' && n == 'e') {
      out += 'i';
      ++i;
    } else {
      out += c;
    }
  }
  if (out.size() > 3 && out.back() == 'h' && IsVowel(out[out.size() - 2]))
    out.pop_back();  // Nusrah
  return out;
}

}  // namespace

std::string ActorVariantKey(const EntityLinker::Impl& impl, std::string_view latin) {
  // Words split at spaces and hyphens; apostrophes and other marks vanish in NameKey.
  struct Piece {
    std::string word;
    bool hyphen_after = false;
  };
  std::vector<Piece> pieces;
  size_t start = 0;
  for (size_t i = 0; i <= latin.size(); ++i) {
    if (i < latin.size() && latin[i] != ' ' && latin[i] != '-') continue;
    std::string w = kb::NameKey(latin.substr(start, i - start));
    if (!w.empty()) pieces.push_back({std::move(w), i < latin.size() && latin[i] == '-'});
    start = i + 1;
  }
  std::string joined;
  for (size_t i = 0; i < pieces.size(); ++i) {
    const Piece& p = pieces[i];
    const bool article = i + 1 < pieces.size() && impl.articles.count(p.word) &&
                         (p.hyphen_after || p.word == "al" || p.word == "el");
    joined += article ? "al" : Respell(p.word);
  }
  return PhoneticForm(joined);
}

void BuildActorVariants(EntityLinker::Impl& impl) {
  const auto& actors = impl.kb->actors();
  for (uint32_t i = 0; i < actors.size(); ++i) {
    std::vector<std::string> names = actors[i].aliases;
    names.push_back(actors[i].name);
    for (const auto& a : names) {
      if (!IsLatin(a) || IsAbbreviation(a)) continue;
      std::string key = ActorVariantKey(impl, a);
      if (key.size() < 5) continue;
      auto [it, inserted] = impl.actor_by_key.emplace(key, i);
      if (!inserted) {
        if (it->second != static_cast<int64_t>(i)) it->second = -1;  // two actors: ambiguous
        continue;
      }
      std::string skeleton = Skeleton(key);
      if (skeleton.empty()) continue;
      impl.actor_keys_by_head[skeleton[0]].push_back({std::move(key), std::move(skeleton), i});
    }
  }
}

std::optional<Resolved> MatchActorVariant(const EntityLinker::Impl& impl,
                                          std::string_view surface) {
  if (!IsLatin(surface) || IsAbbreviation(surface)) return std::nullopt;
  const std::string key = ActorVariantKey(impl, surface);
  const std::string skeleton = Skeleton(key);
  if (key.size() < 6 || skeleton.size() < 4) return std::nullopt;
  auto make = [&](uint32_t actor, double score, const std::string& why) {
    const kb::Actor& a = impl.kb->actors()[actor];
    Resolved r;
    r.entity = impl.kb->ActorRef(a);
    r.kind = a.kind == kb::ActorKind::kPerson ? document::MentionKind::kPerson
                                              : document::MentionKind::kActor;
    r.score = score;
    r.method = "fuzzy";
    r.reason = why;
    return r;
  };
  if (auto it = impl.actor_by_key.find(key); it != impl.actor_by_key.end()) {
    if (it->second < 0) return std::nullopt;
    return make(static_cast<uint32_t>(it->second), 0.9, "spelling variant, key '" + key + "'");
  }
  auto bucket = impl.actor_keys_by_head.find(skeleton[0]);
  if (bucket == impl.actor_keys_by_head.end()) return std::nullopt;
  // Same skeleton and a close key; or, for long names, one consonant apart and a very close key.
  const EntityLinker::Impl::ActorKeyEntry* best = nullptr;
  double best_sim = 0;
  bool tie = false;
  for (const auto& e : bucket->second) {
    const size_t d = e.skeleton.size() > skeleton.size() ? e.skeleton.size() - skeleton.size()
                                                         : skeleton.size() - e.skeleton.size();
    if (d > 1) continue;
    // A short skeleton is accepted only when it is the same (`same` below
    // needs it; `near` needs 8 letters): no distance to compute otherwise.
    if (skeleton.size() < 8 && e.skeleton != skeleton) continue;
    // Only a distance that can reach similarity 0.8 is worth computing in
    // full: past the bound the pair is rejected without filling the table.
    const size_t n = std::max(key.size(), e.key.size());
    const int limit = static_cast<int>(n / 5) + 1;
    const int distance = LevenshteinBounded(key, e.key, limit);
    if (distance > limit) continue;
    const double sim = 1.0 - static_cast<double>(distance) / static_cast<double>(n);
    const bool same = e.skeleton == skeleton && sim >= 0.8;
    const bool near = skeleton.size() >= 8 && sim >= 0.9 && Levenshtein(e.skeleton, skeleton) <= 1;
    if (!same && !near) continue;
    if (best && sim == best_sim && best->actor != e.actor) tie = true;
    if (!best || sim > best_sim) {
      best = &e;
      best_sim = sim;
      tie = false;
    }
  }
  if (!best || tie) return std::nullopt;
  return make(best->actor, 0.8,
              "spelling variant of '" + best->key + "', similarity " +
                  std::to_string(best_sim).substr(0, 4));
}

}  // namespace sitrep::entities
