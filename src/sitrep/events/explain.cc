// `extract --explain`: records with their rationale, then the dropped
// candidates (the events stage's Info diagnostics). See explain.h.
#include "sitrep/events/explain.h"

#include "sitrep/base/display.h"

namespace sitrep::events {
namespace {

std::string ActorName(const std::optional<document::ActorRef>& a) {
  return a ? ForDisplay(a->name) : std::string("-");
}

void WriteRecord(const document::Event& e, std::ostream& out) {
  out << "record " << ForDisplay(e.id) << ": " << e.sub_event_type << " ("
      << e.event_type << ")\n";
  out << "  place " << (e.place ? ForDisplay(e.place->name) + " (geo_precision " +
                                      std::to_string(e.place->geo_precision) + ")"
                                : std::string("-"))
      << "; date " << e.date.value_or("-") << (e.date_end ? ".." + *e.date_end : "")
      << " (time_precision " << e.time_precision << ")\n";
  out << "  actor1 " << ActorName(e.actor1) << "; actor2 " << ActorName(e.actor2);
  if (e.fatalities) out << "; fatalities " << *e.fatalities;
  out << "\n";
  for (const auto& c : e.claims) {
    out << "  claim " << document::StanceName(c.stance) << " by " << ForDisplay(c.source.name)
        << "\n";
  }
  out << "  sentence: " << ForDisplay(e.evidence.sentence) << "\n";
  for (const auto& r : e.restatements) out << "  also reported: " << ForDisplay(r.sentence) << "\n";
  for (const auto& step : e.rationale) out << "  why: " << ForDisplay(step) << "\n";
}

}  // namespace

void WriteExplanation(const document::Document& doc, std::ostream& out) {
  out << "document " << ForDisplay(doc.id()) << ": " << doc.events.size() << " record"
      << (doc.events.size() == 1 ? "" : "s") << "\n";
  for (const auto& e : doc.events) WriteRecord(e, out);
  for (const auto& d : doc.diagnostics) {
    if (d.stage != "events") continue;
    out << (d.severity == document::Severity::kInfo ? "  " : "  warning: ") << ForDisplay(d.message)
        << "\n";
  }
  out << "\n";
}

}  // namespace sitrep::events
