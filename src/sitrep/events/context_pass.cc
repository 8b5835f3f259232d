// Pass "context": what the document lends a record its own sentences left
// open — for violence no report attributes, the actor ACLED codes for an
// unknown attacker (never whoever holds the town).
#include "sitrep/events/passes_internal.h"

namespace sitrep::events {

void DefaultActors(Candidate& c) {
  document::Event& e = c.event;
  if (e.actor1) return;
  std::string name;
  int inter = 0;
  if (e.event_type == "Battles" || e.event_type == "Explosions/Remote violence" ||
      e.event_type == "Violence against civilians") {
    name = "Unidentified armed group", inter = 3;
  } else if (e.event_type == "Protests") {
    name = "Protesters", inter = 6;
  } else if (e.event_type == "Riots") {
    name = "Rioters", inter = 5;
  } else {
    return;
  }
  e.actor1 = document::ActorRef{"generic:" + name, name, inter};
  c.trace.push_back("actor1 " + name + ": no report names one");
}

}  // namespace sitrep::events
