// Pass "context": an actor read as a person the knowledge base does not know
// (an id "person:…", a name the linker only saw as a name) is never a
// record's actor — ACLED codes organizations, and a stray name is as likely a
// misread word ("the General Staff" -> "Staff"). An affiliation apposition
// in the record's sentence names the organization the person stands for:
// "Abu Karim, a commander of the Islamic State" (the pack's affiliations
// table, row side "after": the organization follows the cue, which follows
// the person) or "イスラム国の司令官アブ・カリム" (side "before": the
// organization, then the cue, then the person). Without one the person is
// dropped: DefaultActors then codes an unattributed violent record's actor1
// as the unidentified armed group. Known persons (LeaderForForces) run first.
#include "sitrep/events/passes_internal.h"

namespace sitrep::events {
namespace {

// The most bytes between a person and an affiliation cue after it (", a
// senior" fits), and between a cue and the organization it names.
constexpr size_t kPersonCueGap = 24;
constexpr size_t kCueOrgGap = 12;

bool UnknownPerson(const std::optional<document::ActorRef>& a) {
  return a && a->id.rfind("person:", 0) == 0;
}

// True when `m` can stand for an organization: a named actor, not a person
// or a generic noun.
bool Organization(const document::Mention& m) {
  return m.kind == document::MentionKind::kActor && m.entity && m.entity->id.rfind("person:", 0) != 0 &&
         m.entity->id.rfind("generic:", 0) != 0;
}

// True when `gap` holds no sentence or clause break but commas.
bool OneClause(std::string_view gap) {
  return gap.find_first_of(".;:") == std::string_view::npos && gap.find("。") == std::string_view::npos;
}

// Returns the organization an affiliation cue of the sentence [sb, se) ties
// to person mention `p`, or nullptr.
const document::Mention* Affiliation(const document::Document& doc, const document::Mention& p, size_t sb,
                                     size_t se, const LanguageTables& t) {
  const std::string_view text = doc.text();
  const std::string_view s = text.substr(sb, se - sb);
  for (const auto& m : t.affiliations.Find(s)) {
    const size_t cb = sb + m.begin, ce = sb + m.end;
    const std::string& side = t.affiliations.entries()[m.entry].fields[0];
    if (side == "after" && cb >= p.span.end && cb - p.span.end <= kPersonCueGap &&
        OneClause(text.substr(p.span.end, cb - p.span.end))) {
      for (const auto& o : doc.mentions)
        if (Organization(o) && o.span.begin >= ce && o.span.begin - ce <= kCueOrgGap && o.span.end <= se) return &o;
    }
    if (side == "before" && ce <= p.span.begin && p.span.begin - ce <= kCueOrgGap) {
      const document::Mention* best = nullptr;
      for (const auto& o : doc.mentions)
        if (Organization(o) && o.span.end <= cb && cb - o.span.end <= kCueOrgGap && o.span.begin >= sb) best = &o;
      if (best) return best;
    }
  }
  return nullptr;
}

void Resolve(std::optional<document::ActorRef>& a, const char* role, Candidate& c, const document::Document& doc,
             const LanguageTables& t) {
  if (!UnknownPerson(a)) return;
  const document::Span span = c.event.evidence.span;
  for (const auto& p : doc.mentions) {
    if (!p.entity || p.entity->id != a->id || p.span.begin < span.begin || p.span.end > span.end) continue;
    if (const document::Mention* org = Affiliation(doc, p, span.begin, span.end, t)) {
      c.trace.push_back(std::string(role) + " " + a->name + " -> " + org->entity->name + " (the body named beside them)");
      a = document::ActorRef{org->entity->id, org->entity->name, org->entity->inter};
      return;
    }
  }
  c.trace.push_back(std::string(role) + " " + a->name + " dropped: a person the knowledge base does not know");
  a.reset();
}

}  // namespace

void AffiliateUnknownPersons(Candidate& c, const document::Document& doc, const LanguageTables& t) {
  Resolve(c.event.actor1, "actor1", c, doc, t);
  Resolve(c.event.actor2, "actor2", c, doc, t);
}

}  // namespace sitrep::events
