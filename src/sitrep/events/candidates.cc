// Participant collection: mentions inside the sentence plus generic actor nouns
// not covered by a mention (a person named inside a longer actor noun, "pro-X
// militia", yields to it), each tagged with its role by the language rules.
#include "sitrep/events/candidates.h"

#include <algorithm>

namespace sitrep::events {
namespace {

bool Contains(const std::string& hay, std::string_view needle) {
  return hay.find(needle) != std::string::npos;
}

// True when `gap` joins a named actor to the noun after it: nothing, a space
// or a link word ("の"), after a bracketed alias and the brackets that close
// the name ("「イスラム国西アフリカ州（ISWAP）」の戦闘員", "(ISWAP) fighters").
bool JoinsHead(std::string_view gap, const LanguageRules& rules) {
  constexpr size_t kAliasBytes = 40;
  while (!gap.empty() && gap[0] == ' ') gap.remove_prefix(1);
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"（", "）"}}) {
    if (gap.substr(0, open.size()) != open) continue;
    const size_t c = gap.find(close);
    if (c != std::string_view::npos && c < kAliasBytes) gap.remove_prefix(c + close.size());
  }
  for (bool cut = true; cut;) {
    cut = false;
    for (std::string_view close : {")", "\"", "）", "」", "』", "”"}) {
      if (gap.substr(0, close.size()) == close) {
        gap.remove_prefix(close.size());
        cut = true;
      }
    }
  }
  return gap.empty() || gap == " " || rules.words().Has("link", gap);
}

}  // namespace

bool IsSourceKind(const document::EntityRef& e) {
  return Contains(e.feature, "media") || Contains(e.feature, "monitor") ||
         Contains(e.feature, "news") || Contains(e.feature, "outlet");
}

bool IsSubNational(const document::EntityRef& e) {
  if (e.id.rfind("country:", 0) == 0) return false;
  return e.feature != "PCLI" && e.feature != "country" && e.feature != "CONT" &&
         e.feature != "PCL";
}

bool IsPopulatedPlace(const document::EntityRef& e) { return e.feature.rfind("PPL", 0) == 0; }

int GeoPrecisionOf(const document::EntityRef& e) {
  const std::string& f = e.feature;
  if (f.rfind("PPL", 0) == 0 || f == "MILB" || f == "AIRB" || f == "AIRP" || f == "base" ||
      f == "town" || f == "city" || f == "suburb" || f == "village" || f == "crossing")
    return 1;
  // A point the gazetteer knows as a facility — a port, a harbour, an
  // airfield, a bridge, a dam, a camp, a military installation, a prison —
  // is as precise as a town ("a radar site near Ras Isa", a port).
  if (f == "PRT" || f == "HBR" || f == "AIRF" || f == "AIRH" || f == "BDG" || f == "DAM" ||
      f == "CMP" || f == "INSM" || f == "PRN")
    return 1;
  if (f == "ADM2" || f == "ADM3" || f == "district" || f == "MT" || f == "PASS") return 2;
  if (f.empty()) return 1;
  return 3;
}

namespace {

// Returns, per sentence of `doc`, the indices of the `items` whose span lies inside it.
template <typename T>
std::vector<std::vector<uint32_t>> BySentence(const document::Document& doc,
                                              const std::vector<T>& items) {
  std::vector<std::vector<uint32_t>> out(doc.sentences.size());
  for (size_t i = 0; i < items.size(); ++i) {
    const document::Span& m = items[i].span;
    const int s = doc.SentenceAt(m.begin);
    if (s >= 0 && m.end <= doc.sentences[s].span.end) out[s].push_back(static_cast<uint32_t>(i));
  }
  return out;
}

}  // namespace

std::vector<std::vector<uint32_t>> MentionsBySentence(const document::Document& doc) {
  return BySentence(doc, doc.mentions);
}

std::vector<std::vector<uint32_t>> TimexesBySentence(const document::Document& doc) {
  return BySentence(doc, doc.timexes);
}

std::vector<Participant> CollectParticipants(const document::Document& doc, int index,
                                             const std::vector<uint32_t>& in_sentence,
                                             const LanguageRules& rules,
                                             const Lexicon& actor_nouns) {
  const auto& span = doc.sentences[index].span;
  const std::string_view sentence = doc.Surface(span);
  std::vector<Participant> out;
  for (const uint32_t id : in_sentence) {
    const document::Mention& m = doc.mentions[id];
    if (m.dateline || !m.entity || m.span.begin < span.begin || m.span.end > span.end) continue;
    Participant p;
    p.begin = m.span.begin - span.begin;
    p.end = m.span.end - span.begin;
    // A facility (an airport, a station) is linked to its town: where the event happens.
    p.kind = m.kind == document::MentionKind::kFacility ? document::MentionKind::kPlace : m.kind;
    // A demonym ("Russians") is its country read as a nationality, as before it had a kind of its own.
    if (m.kind == document::MentionKind::kDemonym) p.kind = document::MentionKind::kCountry;
    p.entity = *m.entity;
    p.role = rules.RoleOf(sentence, p.begin, p.end);
    p.source_only = IsSourceKind(p.entity);
    p.civilian = p.entity.inter == 7;
    p.nationality = m.nationality;
    p.generic = m.method == "context";
    p.guessed = m.method == "fuzzy" || m.method == "translit";
    // "HSTの反政府勢力は": a generic reference headed by a named actor is that actor.
    if (p.generic && !out.empty()) {
      Participant& head = out.back();
      const std::string_view gap =
          head.end <= p.begin ? sentence.substr(head.end, p.begin - head.end) : "x";
      if (head.kind == document::MentionKind::kActor && !head.generic && JoinsHead(gap, rules)) {
        head.end = p.end;
        head.role = rules.RoleOf(sentence, head.begin, head.end);
        continue;
      }
    }
    out.push_back(std::move(p));
  }
  for (const auto& match : actor_nouns.Find(sentence)) {
    // "M23 fighters", "Islamic State militants", "HTSの戦闘員": the noun belongs
    // to the named actor before it.
    auto head = std::find_if(out.begin(), out.end(), [&](const Participant& p) {
      if (p.kind != document::MentionKind::kActor || p.end > match.begin) return false;
      return JoinsHead(sentence.substr(p.end, match.begin - p.end), rules);
    });
    if (head != out.end()) {
      head->end = match.end;
      head->role = rules.RoleOf(sentence, head->begin, head->end);
      continue;
    }
    // "親アサド民兵", "pro-Assad militia": a person named inside a longer actor
    // noun only says whose side the group is on; the longer span is the actor.
    // "Soldiers fought back", sentence-initial: a word of the actor-noun table
    // that the linker only guessed into a named actor is that generic noun.
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](const Participant& p) {
                               const bool inside = match.begin <= p.begin && p.end <= match.end;
                               return inside && ((p.kind == document::MentionKind::kPerson &&
                                                  match.end - match.begin > p.end - p.begin) ||
                                                 (p.kind == document::MentionKind::kActor && p.guessed));
                             }),
              out.end());
    const bool covered = std::any_of(out.begin(), out.end(), [&](const Participant& p) {
      return p.begin < match.end && match.begin < p.end;
    });
    if (covered) continue;
    const auto& row = actor_nouns.entries()[match.entry];
    Participant p;
    p.begin = match.begin;
    p.end = match.end;
    p.kind = document::MentionKind::kActor;
    p.entity.inter = std::atoi(row.fields[0].c_str());
    p.entity.name = row.fields[1];
    p.entity.id = "generic:" + row.fields[1];
    p.role = rules.RoleOf(sentence, p.begin, p.end);
    p.generic = true;
    p.civilian = p.entity.inter == 7;
    out.push_back(std::move(p));
  }
  std::sort(out.begin(), out.end(),
            [](const Participant& a, const Participant& b) { return a.begin < b.begin; });
  // Drop generic nouns nested in an earlier generic match ("armed group" in "armed groups").
  out.erase(std::unique(out.begin(), out.end(),
                        [](const Participant& a, const Participant& b) {
                          return a.generic && b.generic && b.begin < a.end;
                        }),
            out.end());
  return out;
}

}  // namespace sitrep::events
