// `sitrep battles FILE… [--format json|table]`: run the pipeline up to the
// battles stage and print the battle records of all inputs — one JSON array
// (json) or a readable summary per record (table). Documents without an
// infobox contribute nothing (and say nothing); a field of an infobox that
// could not be read is a warning on stderr naming the document and the field.
// `sitrep battles --db FILE` lists the records stored by `sitrep ingest` instead.
#include <iostream>

#include "sitrep/cli/annotate_files.h"
#include "sitrep/cli/command.h"
#include "sitrep/cli/store_open.h"
#include "sitrep/document/json.h"

namespace sitrep::cli {
namespace {

std::string Join(const std::vector<std::string>& v, const std::string& sep = ", ") {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

std::string Figures(const document::Casualty& c) {
  std::string out;
  for (const auto& [k, v] : c.figures)
    out += (out.empty() ? "" : ", ") + std::to_string(v) + " " + k;
  if (out.empty()) out = c.text;
  if (!c.phase.empty()) out = c.phase + ": " + out;
  if (!c.note.empty()) out += " (" + c.note + ")";
  if (!c.claimed_by.empty()) out += " [claimed by " + c.claimed_by + "]";
  return out;
}

std::string StrengthText(const document::Strength& s) {
  std::string out;
  if (s.value)
    out = (s.approx ? "~" : "") + std::to_string(*s.value);
  else if (s.low)
    out = std::to_string(*s.low) + "–" + std::to_string(s.high.value_or(*s.low));
  else
    out = s.text;
  if (s.value || s.low) out += " " + s.who;
  if (!s.claimed_by.empty()) out += " [claimed by " + s.claimed_by + "]";
  return out;
}

void PrintTable(const document::BattleRecord& b, std::ostream& os) {
  os << b.name << "  (" << b.doc << ")\n";
  if (!b.part_of.empty()) os << "  part of:   " << b.part_of << "\n";
  os << "  dates:     " << b.start << " – " << (b.end.empty() ? "ongoing" : b.end) << "\n";
  for (const auto& p : b.phases) {
    os << "    " << (p.name.empty() ? "phase" : p.name) << ": " << p.start << " – " << p.end
       << "\n";
  }
  os << "  location:  " << b.location << "\n";
  os << "  result:    " << b.result << "\n";
  for (const auto& t : b.territorial_changes) os << "  territory: " << t << "\n";
  for (size_t i = 0; i < b.sides.size(); ++i) {
    const auto& s = b.sides[i];
    os << "  side " << i + 1 << ": " << Join(s.belligerents) << "\n";
    std::vector<std::string> commanders;
    for (const auto& c : s.commanders) {
      const auto it = s.commander_notes.find(c);
      commanders.push_back(it == s.commander_notes.end() ? c : c + " (" + it->second + ")");
    }
    if (!commanders.empty()) os << "    commanders: " << Join(commanders) << "\n";
    if (!s.units.empty()) os << "    units:      " << Join(s.units) << "\n";
    for (const auto& st : s.strength) os << "    strength:   " << StrengthText(st) << "\n";
    for (const auto& c : s.casualties) os << "    casualties: " << Figures(c) << "\n";
  }
  for (const auto& c : b.joint_casualties) os << "  casualties (all sides): " << Figures(c) << "\n";
  os << "\n";
}

CommandRegistrar registrar(
    "battles", "Parse military-conflict infoboxes into battle records (no store)",
    [](CLI::App& sub) -> std::function<int()> {
      auto request = std::make_shared<AnnotateRequest>();
      auto format = std::make_shared<std::string>();
      AddInputOptions(sub, *request);
      AddFormatOption(sub, *format, {"json", "table"});
      request->until = pipeline::Until::kBattles;
      auto db = std::make_shared<std::string>();
      sub.get_option("files")->required(false);
      sub.add_option("--db", *db, "List the battle records stored in this database instead");
      return [request, format, db] {
        nlohmann::ordered_json all = nlohmann::ordered_json::array();
        auto emit = [&](const document::BattleRecord& b) {
          if (*format == "json") all.push_back(document::BattleToJson(b));
          else PrintTable(b, std::cout);
        };
        int rc = 0;
        if (!db->empty()) {
          auto store = OpenStore(*db, /*create=*/false);
          if (!store.ok()) return ReportOpenError("battles", store.status());
          auto battles = (*store)->GetBattles();
          if (!battles.ok()) {
            std::cerr << "sitrep battles: " << battles.status().ToString() << "\n";
            return 1;
          }
          for (const auto& b : *battles) emit(b);
        } else if (request->paths.empty()) {
          std::cerr << "sitrep battles: give FILE… or --db FILE\n";
          return 2;
        } else {
          rc = AnnotateFiles(*request, [&](const document::Document& doc) {
            for (const auto& d : doc.diagnostics) {  // a field of an infobox not understood
              if (d.stage == "battles") std::cerr << "warning: " << doc.id() << ": " << d.message << "\n";
            }
            for (const auto& b : doc.battles) emit(b);
          });
        }
        if (*format == "json") std::cout << all.dump(1) << "\n";
        return rc;
      };
    },
    40);

}  // namespace
}  // namespace sitrep::cli
