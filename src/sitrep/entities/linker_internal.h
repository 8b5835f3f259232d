// Internals of the entities stage shared by its .cc files: the linker's
// immutable resources (Impl), the per-document linking state, and the steps of
// EntityLinker::Annotate, one file per job:
//   candidates.cc  spans of unknown names (katakana runs, capitalised Latin
//                  sequences, Arabic tokens) and cue words
//   resolve.cc     document context (dominant country), ranking of places,
//                  the fuzzy place search
//   entity_linker.cc  orchestration, abbreviations, persons, datelines
//   actor_variants.cc English spelling variants of actor names (al-/ad-, ou/u)
#ifndef SITREP_ENTITIES_LINKER_INTERNAL_H_
#define SITREP_ENTITIES_LINKER_INTERNAL_H_

#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "sitrep/entities/entity_linker.h"
#include "sitrep/entities/fuzzy.h"
#include "sitrep/entities/name_guards.h"
#include "sitrep/entities/name_index.h"
#include "sitrep/entities/name_tables.h"

namespace sitrep::entities {

// Phonetic forms of one place for fuzzy matching.
struct PlaceForms {
  Target target;
  std::vector<std::string> forms;  // PhoneticForm of Latin names and of romanized kana names
  std::vector<std::string> skeletons;  // Skeleton of each form, precomputed for the fuzzy scan
};

struct EntityLinker::Impl {
  LinkerOptions options;
  std::shared_ptr<const kb::KnowledgeBase> kb;
  NameIndex index;
  Romanizer romanizer;
  // Phonetic forms of every curated place and kana actor alias, read only by
  // the fuzzy search: computed on its first use (romanizing the non-Latin
  // aliases compiles ICU's transliterator, a third of start-up), not at load.
  const std::vector<PlaceForms>& CuratedForms() const;
  mutable std::once_flag curated_once;
  mutable std::vector<PlaceForms> curated_forms;
  std::unordered_map<std::string, std::string> feature_cues;  // folded cue -> feature prefix
  std::vector<std::string> person_titles;      // folded title words ("gen", "大統領")
  std::unordered_set<std::string> lowercase_titles;  // titles that are role words in lowercase ("spokesman")
  std::vector<std::string> kunya;              // "abu", "umm"
  std::unordered_set<std::string> common_words;  // folded English words never a name alone
  std::vector<std::string> name_particles;      // "al", "el", "bin"... inside Latin names
  std::unordered_set<std::string> translit_countries;  // where English spellings of names vary
  std::unordered_set<std::string> given_names;  // folded English given names (data/kb/given_names.txt)
  std::string given_names_path;                 // where they were read
  std::unordered_set<std::string> ordinary_words;  // folded common English words (data/kb/ordinary_words.txt)
  std::string ordinary_words_path;                 // where they were read
  std::unordered_set<std::string> articles;     // "al", "ad", "ash"...: one Arabic article, spelt as said
  NameGuards guards;                            // ordinary words per language pack, never names
  // Folded word -> "file:line type" of each vocabulary row naming it (cues,
  // names.tsv), for EntityLinker::WordRules.
  std::multimap<std::string, std::string> word_sources;
  NameTables names;  // name guards and name-type cues of every language (data/lang/*/names.tsv)

  // Variant keys of the actors' Latin names (actor_variants.cc).
  struct ActorKeyEntry {
    std::string key, skeleton;
    uint32_t actor;
  };
  std::unordered_map<std::string, int64_t> actor_by_key;  // key -> actor index, -1 if two actors share it
  std::unordered_map<char, std::vector<ActorKeyEntry>> actor_keys_by_head;  // by first skeleton letter

  // Phonetic forms of a country's gazetteer places (first 4000 by population),
  // computed on first use and kept; guarded by forms_mu. by_head lists, for
  // each byte, the places whose form or skeleton starts with it (ascending),
  // so a search visits only names that pass its first-letter filter.
  struct PhoneticName {
    std::string form, skeleton;
    uint32_t form_mask, skeleton_mask;  // LetterMask of each
  };
  struct CountryNames {
    std::vector<PhoneticName> names;
    std::array<std::vector<uint32_t>, 256> by_form_head, by_skeleton_head;
  };
  const CountryNames& CountryForms(const std::string& cc) const;
  mutable std::mutex forms_mu;
  mutable std::unordered_map<std::string, std::unique_ptr<CountryNames>> country_forms;

  // Names phonetically close (>= 0.5) to a set of query forms, in scan order:
  // the curated places and kana actor aliases (country ""), or one country's
  // gazetteer places. A pure function of its key, so it is remembered across
  // documents and threads (similar_mu; the memo is dropped whole when it
  // grows past kSimilarMemoSize keys).
  struct SimilarName {
    Target target;
    double sim;
  };
  using SimilarNames = std::shared_ptr<const std::vector<SimilarName>>;
  SimilarNames Similar(const std::vector<PhoneticQuery>& queries, const std::string& cc) const;
  static constexpr size_t kSimilarMemoSize = 200000;
  mutable std::shared_mutex similar_mu;
  mutable std::unordered_map<std::string, SimilarNames> similar_memo;
};

enum class CandScript { kKana, kLatin, kArabic };

// A span of text that may be a name the dictionary did not know.
struct NameCandidate {
  size_t begin, end;
  CandScript script;
  int words = 1;  // Latin: number of capitalised words
};

// Per-document linking state. Its memos are mutable, so even a const
// DocContext must never be shared between threads (one per document, or a
// local).
struct DocContext {
  std::map<std::string, double, std::less<>> country_weight;  // ISO alpha-2 -> evidence
  std::vector<std::pair<double, double>> linked_points;  // lat/lon of linked places
  // Target (kind << 32 | index) -> (linked_points checked, one within 150 km); see PlacePrior.
  mutable std::unordered_map<uint64_t, std::pair<size_t, bool>> near_memo;
  // Returns the country with the most evidence ("" if none).
  const std::string& Dominant() const;
  void AddCountry(const std::string& cc, double w) {
    if (cc.empty()) return;
    country_weight[cc] += w;
    dominant_valid_ = false;
  }

 private:
  mutable std::string dominant_;
  mutable bool dominant_valid_ = false;
};

struct Resolved {
  document::EntityRef entity;
  document::MentionKind kind = document::MentionKind::kPlace;
  double score = 0;
  double rank = 0;  // fuzzy: similarity plus weighted prior, what candidates are ordered by
  std::string method;
  std::string reason;
  bool nationality = false;  // a nationality of `entity` (Mention::nationality)
  std::string generic_role;  // a generic term's role ("government_forces"), resolved by context
};

// candidates.cc
std::vector<NameCandidate> FindNameCandidates(const EntityLinker::Impl& impl, std::string_view text);
// Returns the feature prefix suggested by a cue right after `end` ("空軍基地" -> "AIRB"), or "".
std::string FeatureCueAfter(const EntityLinker::Impl& impl, std::string_view text, size_t end);
// Returns true when the words before `begin` end in a person title ("Gen.", "President").
bool PersonTitleBefore(const EntityLinker::Impl& impl, std::string_view text, size_t begin);
// Return the capitalised ASCII word right before `begin` / after `end` with one
// space between, or {0, 0}.
std::pair<size_t, size_t> WordBefore(std::string_view text, size_t begin);
std::pair<size_t, size_t> WordAfter(std::string_view text, size_t end);
// Returns true when the span [begin, end) of `doc` is covered by a common-noun token of the text stage.
bool IsCommonNounToken(const document::Document& doc, size_t begin, size_t end);

// actor_variants.cc
// Returns the variant key of a Latin name: words split at spaces and hyphens,
// any Arabic article spelling ("ash-", "el-", "ad-") as "al", ou/oo -> u,
// ee -> i, a vowel's final h dropped, then PhoneticForm ("Jabhat al-Nusrah" and
// "Jabhat an-Nusra" share one key).
std::string ActorVariantKey(const EntityLinker::Impl& impl, std::string_view latin);
// Indexes the Latin, non-abbreviation aliases of every actor.
void BuildActorVariants(EntityLinker::Impl& impl);
// Returns the actor a Latin name not in the dictionary spells differently:
// the same key, or the same consonant skeleton and a close key (conservative).
std::optional<Resolved> MatchActorVariant(const EntityLinker::Impl& impl, std::string_view surface);

// resolve.cc
// Returns the score of a place target as the referent of a name in this document.
double PlacePrior(const EntityLinker::Impl& impl, const Target& t, const DocContext& ctx,
                  std::string_view feature_cue);
// Returns the best resolution of exact/alias targets, or nullopt.
std::optional<Resolved> ResolveTargets(const EntityLinker::Impl& impl,
                                       const std::vector<Target>& targets, const DocContext& ctx,
                                       std::string_view feature_cue);
// Returns fuzzy place candidates for the phonetic forms of a name (the first is
// the name's own; later ones are weaker variants, penalized), best first.
std::vector<Resolved> FuzzyPlaces(const EntityLinker::Impl& impl, const std::vector<std::string>& forms,
                                  const DocContext& ctx, std::string_view feature_cue, size_t limit);
document::EntityRef TargetRef(const EntityLinker::Impl& impl, const Target& t);
// Returns the haversine distance in km.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace sitrep::entities

#endif  // SITREP_ENTITIES_LINKER_INTERNAL_H_
