// Attribution: for each cue, pick the source the cue's position names. Generic
// source nouns join the participants as candidates; a source noun right after
// an actor mention ("シリア軍筋", "army sources") speaks for that actor.
#include "sitrep/events/claims.h"

#include <algorithm>
#include <optional>

namespace sitrep::events {
namespace {

// The longest gap between a speaker and its cue that holds only a particle
// (が, は, も: three bytes in UTF-8; "側が" six).
constexpr size_t kSpeakerParticleBytes = 6;

struct Source {
  size_t begin, end;
  Role role;
  document::ActorRef ref;
  bool yields = false;  // a generic or person reading a longer source noun may replace
  bool country = false;  // a country mention: before a source noun it only qualifies it
};

std::vector<Source> SourceCandidates(std::string_view sentence,
                                     const std::vector<Participant>& participants,
                                     const ClaimLexicons& lex, const LanguageRules& rules) {
  std::vector<Source> out;
  for (size_t i = 0; i < participants.size(); ++i) {
    const Participant& p = participants[i];
    if (p.kind == document::MentionKind::kPlace || p.civilian) continue;
    // A country right before a named body modifies it ("the Kenya Red Cross").
    const Participant* next = i + 1 < participants.size() ? &participants[i + 1] : nullptr;
    if (p.kind == document::MentionKind::kCountry && next && next->kind == document::MentionKind::kActor &&
        !next->generic && next->begin >= p.end && next->begin - p.end <= 1)
      continue;
    out.push_back({p.begin, p.end, p.role, {p.entity.id, p.entity.name, p.entity.inter},
                   p.generic || p.kind == document::MentionKind::kPerson,
                   p.kind == document::MentionKind::kCountry});
  }
  for (const auto& m : lex.sources->Find(sentence)) {
    const std::string& name = lex.sources->entries()[m.entry].fields[0];
    // A source noun inside a longer civilian noun names victims, not speakers:
    // "warga sipil" (civilians) holds "warga" (residents).
    const bool victims = std::any_of(participants.begin(), participants.end(), [&](const Participant& p) {
      return p.civilian && p.begin <= m.begin && m.end <= p.end && p.end - p.begin > m.end - m.begin;
    });
    if (victims) continue;
    // A source noun that holds a generic actor or a stray person reading is
    // the body that speaks ("the regional military administration" is no
    // "military"; "the General Staff" no person "Staff").
    std::erase_if(out, [&](const Source& s) {
      return s.yields && m.begin <= s.begin && s.end <= m.end && s.end - s.begin < m.end - m.begin;
    });
    // "<actor> sources": extend the adjacent actor's candidate instead. A
    // country there only says whose body speaks ("the Turkish defence
    // ministry", "モロッコ国営通信"): the source is the body, not the country.
    auto adjacent = std::find_if(out.begin(), out.end(), [&](const Source& s) {
      return (s.end <= m.begin && m.begin - s.end <= 1) ||
             (m.begin > s.begin && m.begin < s.end && m.end > s.end);  // "シリア軍|筋"
    });
    if (adjacent != out.end()) {
      adjacent->end = m.end;
      adjacent->role = rules.RoleOf(sentence, m.begin, m.end);
      if (adjacent->country) {
        // The body is named, its state kept as the id: what the Turkish
        // defence ministry claims is Turkey's side speaking (fusion reads a
        // party's figures about its enemy by the claimant's id).
        adjacent->ref = {adjacent->ref.id, name, adjacent->ref.inter};
        adjacent->country = false;
      }
      continue;
    }
    const bool inside = std::any_of(out.begin(), out.end(), [&](const Source& s) {
      return s.begin <= m.begin && m.end <= s.end;
    });
    if (inside) continue;
    out.push_back({m.begin, m.end, rules.RoleOf(sentence, m.begin, m.end),
                   {"source:" + name, name, 0}, false});
  }
  std::sort(out.begin(), out.end(), [](const Source& a, const Source& b) { return a.begin < b.begin; });
  return out;
}

// The source a cue at [begin, end) names, or nullptr.
const Source* PickSource(const std::vector<Source>& sources, const std::string& where,
                         size_t begin, size_t end, std::string_view sentence,
                         bool unmarked_subjects) {
  const Source* best = nullptr;
  if (where == "after") {
    for (const auto& s : sources)
      if (s.begin >= end) return &s;
    return nullptr;
  }
  if (where == "before") {
    for (const auto& s : sources)
      if (s.end <= begin) best = &s;
    return best;
  }
  // subject: the agent before the cue (nearest for English, the topic for
  // Japanese); English also allows "said X" after the cue. In a language
  // that marks its subjects, an agent right before the cue, a particle
  // between them, is the speaker whatever the clause before told
  // ("…部隊が活動家を拘束したと人権団体が明らかにした": the rights group).
  if (!unmarked_subjects) {
    for (const auto& s : sources) {
      if (s.end > begin) break;
      const std::string_view gap = sentence.substr(s.end, begin - s.end);
      if (s.role == Role::kAgent && gap.size() <= kSpeakerParticleBytes &&
          gap.find_first_of(",.;") == std::string_view::npos && gap.find("、") == std::string_view::npos)
        best = &s;
    }
    if (best) return best;
  }
  for (const auto& s : sources) {
    if (s.end > begin) break;
    const bool agent = s.role == Role::kAgent || (unmarked_subjects && s.role == Role::kNone);
    if (!agent) continue;
    if (!unmarked_subjects && best) continue;  // Japanese: the first topic/subject
    best = &s;
  }
  // No agent: in a language that marks its subjects, the last source before
  // the cue speaks — the body whose officer is the unmarked subject
  // ("WHOのテドロス事務局長が明らかにした": WHO).
  if (!best && !unmarked_subjects) {
    for (const auto& s : sources)
      if (s.end <= begin) best = &s;
    return best;
  }
  // "said X": right after the cue, with no comma between ("No group has
  // claimed the attack, but Boko Haram…" names no speaker).
  if (!best && unmarked_subjects) {
    for (const auto& s : sources) {
      if (s.begin < end || s.begin - end >= 24) continue;
      if (sentence.substr(end, s.begin - end).find_first_of(",;") != std::string_view::npos) continue;
      return &s;
    }
  }
  return best;
}

// The words of a speaker the sources table does not know, read between a
// clause break and a cue ("…, the Houthi-run Al-Masirah TV said": before;
// "according to the region's human rights ombudsman.": after). Leading words
// of the pack's class "speaker_determiner" ("the", "two") and an owner, by a
// possessive or a word of class "owner_suffix" ("the region's", "Houthi-run"),
// are dropped. Returns an empty view when the phrase
// is empty, longer than kMaxSpeakerWords, holds a digit or a word of class
// "not_speaker" or "speaker_pronoun" ("he", "and", "who", "were"): no
// unnamed speaker then.
constexpr size_t kMaxSpeakerWords = 5;

std::string_view SpeakerPhrase(std::string_view phrase, const lang::WordClasses& classes) {
  auto words = SplitWords(phrase);
  size_t first = 0;
  while (first < words.size() && classes.Has("speaker_determiner", words[first].lower)) ++first;
  for (size_t i = first; i + 1 < words.size(); ++i) {
    const std::string& w = words[i].lower;
    const bool owner = std::any_of(classes.Of("owner_suffix").begin(), classes.Of("owner_suffix").end(),
                                   [&](const lang::ClassWord& c) { return w.ends_with(c.word); });
    if (owner || w.ends_with("'s") || w.ends_with("\xE2\x80\x99s")) first = i + 1;
  }
  if (first >= words.size() || words.size() - first > kMaxSpeakerWords) return {};
  for (size_t i = first; i < words.size(); ++i) {
    const std::string& w = words[i].lower;
    if (classes.Has("not_speaker", w) || classes.Has("speaker_pronoun", w) ||
        classes.Has("speaker_determiner", w) || w.find_first_of("0123456789") != std::string::npos)
      return {};
  }
  return phrase.substr(words[first].begin, words.back().end - words[first].begin);
}

// Returns the source a cue of an unmarked-subject language names when no
// known source stands in the clause beside it: "US jets struck Hodeidah, the
// Houthi-run Al-Masirah TV said" is Al-Masirah TV's report, not the United
// States'. Only for "subject" cues (the clause before) and "after" cues (the
// clause after), and only in a pack that lists speaker determiners.
std::optional<Source> UnnamedSpeaker(std::string_view sentence, const std::vector<Source>& sources,
                                     const std::string& where, size_t begin, size_t end,
                                     const LanguageRules& rules) {
  const lang::WordClasses& classes = rules.words();
  if (classes.Of("speaker_determiner").empty()) return std::nullopt;
  size_t from = 0, to = 0;
  if (where == "subject") {
    const size_t brk = sentence.substr(0, begin).find_last_of(",;:");
    from = brk == std::string_view::npos ? 0 : brk + 1;
    to = begin;
  } else if (where == "after") {
    from = end;
    const size_t brk = sentence.find_first_of(",;:", end);
    to = brk == std::string_view::npos ? sentence.size() : brk;
  } else {
    return std::nullopt;
  }
  const bool known = std::any_of(sources.begin(), sources.end(), [&](const Source& s) {
    return s.begin < to && s.end > from;
  });
  if (known) return std::nullopt;
  const std::string_view phrase = SpeakerPhrase(sentence.substr(from, to - from), classes);
  if (phrase.empty()) return std::nullopt;
  const size_t b = static_cast<size_t>(phrase.data() - sentence.data());
  const std::string name(phrase);
  return Source{b, b + phrase.size(), Role::kAgent, {"source:" + name, name, 0}, false};
}

}  // namespace

std::vector<document::Claim> ClaimsAt(const SentenceClaims& claims, size_t offset) {
  std::vector<document::Claim> out;
  for (size_t i = 0; i < claims.claims.size(); ++i) {
    const auto& [b, e] = claims.scopes[i];
    if (offset >= b && offset < e) out.push_back(claims.claims[i]);
  }
  return out;
}

SentenceClaims FindClaims(std::string_view sentence, const std::vector<Participant>& participants,
                          const ClaimLexicons& lex, const LanguageRules& rules) {
  SentenceClaims out;
  size_t scope_start = 0;  // end of the previous clause-final cue (unspaced languages)
  const auto sources = SourceCandidates(sentence, participants, lex, rules);
  std::vector<size_t> cue_ends;
  const auto cues = lex.cues->Find(sentence);
  // "No group has claimed responsibility", "犯行声明は出ていない": a row marked
  // "none" says nobody claimed; the cues it overlaps claim nothing.
  std::vector<std::pair<size_t, size_t>> unclaimed;
  for (const auto& m : cues)
    if (lex.cues->entries()[m.entry].fields[0] == "none") unclaimed.push_back({m.begin, m.end});
  for (const auto& m : cues) {
    const auto& row = lex.cues->entries()[m.entry];
    const std::string& where = row.fields[0];
    const bool denied_deed = std::any_of(unclaimed.begin(), unclaimed.end(), [&](const auto& u) {
      return u.first < m.end && m.begin < u.second;
    });
    if (where == "none" || denied_deed) continue;
    if (where == "hedge") {
      out.hedged = true;
      continue;
    }
    if (where == "own-before" || where == "own-after") continue;  // SpeakersOwn (claim pass)
    cue_ends.push_back(m.end);
    if (where == "subject") out.subject_cues.push_back({m.begin, m.end});
    const auto stance =
        row.fields.size() > 1 && row.fields[1] == "denies" ? document::Stance::kDenies
                                                           : document::Stance::kAsserts;
    if (stance == document::Stance::kDenies) out.denied = true;
    const bool unmarked = !rules.syntax().subject_marked();
    const Source* src = PickSource(sources, where, m.begin, m.end, sentence, unmarked);
    std::optional<Source> unnamed;
    if (unmarked) unnamed = UnnamedSpeaker(sentence, sources, where, m.begin, m.end, rules);
    if (unnamed) src = &*unnamed;
    // "国営テレビとシリア軍筋は…と報じた": coordinated sources all speak.
    std::vector<const Source*> speakers;
    if (src) speakers.push_back(src);
    for (const auto& other : sources) {
      if (!src || unnamed || &other <= speakers.back() || other.begin >= m.begin) continue;
      const Source* prev = speakers.back();
      if (other.begin < prev->end || other.begin - prev->end > 12) break;
      const std::string_view gap = sentence.substr(prev->end, other.begin - prev->end);
      if (!rules.words().JoinsWith("conjunction", gap)) break;
      speakers.push_back(&other);
    }
    std::pair<size_t, size_t> scope{0, sentence.size()};
    if (rules.syntax().verb_final() && where == "subject") {
      scope = {scope_start, m.begin};
      scope_start = m.end;
    }
    for (const Source* sp : speakers) {
      const bool dup = std::any_of(out.claims.begin(), out.claims.end(), [&](const auto& c) {
        return c.source.id == sp->ref.id && c.stance == stance;
      });
      if (!dup) {
        out.claims.push_back({sp->ref, stance, row.pattern});
        out.scopes.push_back(scope);
      }
    }
  }
  // "told Reuters" / "ロイターに対し": the outlet told is a secondary source,
  // marked as the target or standing right after the cue.
  auto after_cue = [&](const Participant& p) {
    return std::any_of(cue_ends.begin(), cue_ends.end(),
                       [&](size_t e) { return p.begin >= e && p.begin - e <= 2; });
  };
  for (const auto& p : participants) {
    if (p.source_only && (p.role == Role::kTarget || after_cue(p)) && !out.claims.empty()) {
      const bool dup = std::any_of(out.claims.begin(), out.claims.end(),
                                   [&](const auto& c) { return c.source.id == p.entity.id; });
      if (!dup) {
        out.claims.push_back({{p.entity.id, p.entity.name, p.entity.inter},
                              document::Stance::kAsserts, "told"});
        out.scopes.push_back(out.scopes.front());
      }
    }
  }
  return out;
}

}  // namespace sitrep::events
