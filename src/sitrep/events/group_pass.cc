// Pass "context" (group_pass.cc): generic rebels in a report that names one
// rebel group are that group. "M23 rebels entered Goma… The rebels earlier
// captured Sake": a wire report names the group once and calls it "the
// rebels" after; ACLED codes the named group. Only the generic rebels noun
// (actor_nouns rows of inter 2 other than the unidentified armed group) and only when the document's mentions name
// exactly one rebel group (inter 2): with two, which one is meant is a guess,
// and a guess is worse than the generic actor. Gunmen, jihadists and militants
// ("Unidentified armed group") stay as they are: an unattributed attack is
// not lent to whoever the report names.
#include "sitrep/events/passes_internal.h"

namespace sitrep::events {
namespace {

constexpr int kRebelsInter = 2;
// The generic actor of an attacker nobody names ("unknown gunmen",
// "suspected jihadists", "武装集団"): never lent to a named group.
constexpr const char* kUnidentified = "generic:Unidentified armed group";

bool Generic(const std::string& id) {
  return id.rfind("generic:", 0) == 0 || id.rfind("source:", 0) == 0 || id.rfind("person:", 0) == 0;
}

// The one rebel group the document's mentions name, or nullptr when they
// name none or several.
const document::EntityRef* OnlyRebelGroup(const document::Document& doc) {
  const document::EntityRef* only = nullptr;
  for (const auto& m : doc.mentions) {
    if (m.kind != document::MentionKind::kActor || !m.entity || m.entity->inter != kRebelsInter ||
        Generic(m.entity->id))
      continue;
    if (only && only->id != m.entity->id) return nullptr;
    only = &*m.entity;
  }
  return only;
}

}  // namespace

void NameGenericRebels(Candidate& c, const document::Document& doc) {
  auto& a = c.event.actor1;
  if (!a || a->inter != kRebelsInter || a->id.rfind("generic:", 0) != 0 || a->id == kUnidentified) return;
  const document::EntityRef* group = OnlyRebelGroup(doc);
  if (!group) return;
  c.trace.push_back("actor1 " + a->name + " -> " + group->name + " (the one rebel group the report names)");
  a = document::ActorRef{group->id, group->name, group->inter};
}

}  // namespace sitrep::events
