// ACLED CSV rows from stored events.
//
// Column names and order: ACLED's data since its 20 March 2023 column change
// ("Guide to 2023 ACLED Column Changes", acleddata.com; the same order is
// documented for acledR's `acled_old_dummy` data set, dtacled.github.io/acledR):
// event_id_cnty … timestamp, 31 columns. event_date is written as ISO
// YYYY-MM-DD, the form ACLED's API returns. iso (numeric ISO 3166-1) and the
// English country name come from the npm package i18n-iso-countries when it is
// installed (node_modules/, `make setup`); without it they stay empty. Country
// names prefer the short forms of data/kb/countries.tsv, as ACLED writes them.
#include "sitrep/export/acled_csv.h"

#include <fmt/format.h>

#include <fstream>
#include <map>

#include <nlohmann/json.hpp>

#include "sitrep/base/paths.h"
#include "sitrep/base/tsv.h"

namespace sitrep::exporter {
namespace {

struct CountryInfo {
  std::string numeric;  // "760"
  std::string name;     // "Syria"
};

bool AllDigits(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

// Returns alpha-2 -> {numeric, English name}; empty when the npm data is missing.
std::map<std::string, CountryInfo> LoadCountries() {
  std::map<std::string, CountryInfo> table;
  const std::string dir = ProjectRoot() + "/node_modules/i18n-iso-countries/";
  std::ifstream codes_in(dir + "codes.json"), names_in(dir + "langs/en.json");
  const auto codes = nlohmann::json::parse(codes_in, nullptr, /*allow_exceptions=*/false);
  const auto names = nlohmann::json::parse(names_in, nullptr, /*allow_exceptions=*/false);
  if (codes.is_discarded() || !codes.is_array()) return table;
  const bool have_names = names.is_object() && names.contains("countries") &&
                          names["countries"].is_object();
  for (const auto& row : codes) {
    if (!row.is_array() || row.size() < 3 || !row[0].is_string() || !row[2].is_string()) continue;
    const std::string a2 = row[0].get<std::string>(), numeric = row[2].get<std::string>();
    if (!AllDigits(numeric)) continue;
    CountryInfo info{std::to_string(std::stoi(numeric)), ""};  // "004" -> "4", as ACLED writes it
    if (have_names && names["countries"].contains(a2)) {
      const auto& n = names["countries"][a2];  // a name, or a list whose first is the usual one
      if (n.is_string()) info.name = n.get<std::string>();
      if (n.is_array() && !n.empty() && n[0].is_string()) info.name = n[0].get<std::string>();
    }
    table[a2] = std::move(info);
  }
  // The kb's short English names ("Syria", "Russia", "United States") are the
  // ones ACLED uses; they override the npm package's official names.
  auto rows = ReadTsv(DataDir() + "/kb/countries.tsv", {.min_fields = 2});
  for (const TsvRow& row : rows.ok() ? *rows : std::vector<TsvRow>{}) {
    auto it = table.find(row.fields[0]);
    if (it != table.end()) it->second.name = row.fields[1];
  }
  return table;
}

const std::map<std::string, CountryInfo>& Countries() {
  static const std::map<std::string, CountryInfo> table = LoadCountries();
  return table;
}

std::string JoinActors(const std::vector<document::ActorRef>& actors) {
  std::string out;
  for (const auto& a : actors) out += (out.empty() ? "" : "; ") + a.name;
  return out;
}

std::string Coordinate(const std::optional<double>& v) {
  return v ? fmt::format("{:.4f}", *v) : "";
}

std::vector<std::string> Row(const store::StoredEvent& stored, size_t index) {
  const document::Event& e = stored.event;
  const int inter1 = e.actor1 ? e.actor1->inter : 0;
  const int inter2 = e.actor2 ? e.actor2->inter : 0;
  const bool civilians = e.event_type == "Violence against civilians" || inter2 == 7;
  std::string sources, tags;
  for (const auto& c : e.claims) {
    if (!c.source.name.empty() && sources.find(c.source.name) == std::string::npos) {
      sources += (sources.empty() ? "" : "; ") + c.source.name;
    }
    if (c.stance == document::Stance::kDenies) {
      tags += (tags.empty() ? "" : "; ") + ("denied by " + c.source.name);
    }
  }
  if (e.negated) tags += (tags.empty() ? "" : "; ") + std::string("negated");
  const std::string country_code = e.place ? e.place->country : "";
  const auto it = Countries().find(country_code);
  const CountryInfo country = it != Countries().end() ? it->second : CountryInfo{};
  const std::string id = e.id.empty() ? fmt::format("{}#{}", e.doc, index) : e.id;
  const std::string date = e.date.value_or("");
  return {id,
          date,
          date.size() >= 4 ? date.substr(0, 4) : "",
          std::to_string(e.time_precision),
          DisorderType(e.event_type, e.sub_event_type),
          e.event_type,
          e.sub_event_type,
          e.actor1 ? e.actor1->name : "",
          JoinActors(e.assoc_actor1),
          std::to_string(inter1),
          e.actor2 ? e.actor2->name : "",
          JoinActors(e.assoc_actor2),
          std::to_string(inter2),
          std::to_string(InteractionCode(inter1, inter2)),
          civilians ? "Civilian targeting" : "",
          country.numeric,
          "",  // region: ACLED's own regions; not derivable from the place alone
          country.name.empty() ? country_code : country.name,
          e.place ? e.place->admin1 : "",
          "",
          "",
          e.place ? e.place->name : "",
          e.place ? Coordinate(e.place->lat) : "",
          e.place ? Coordinate(e.place->lon) : "",
          e.place ? std::to_string(e.place->geo_precision) : "",
          sources,
          "",  // source_scale
          e.evidence.sentence,
          std::to_string(e.fatalities.value_or(0)),
          tags,
          std::to_string(stored.stored_at)};
}

}  // namespace

const std::vector<std::string>& AcledColumns() {
  static const std::vector<std::string> kColumns = {
      "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
      "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
      "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
      "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
      "source_scale", "notes", "fatalities", "tags", "timestamp"};
  return kColumns;
}

std::string CsvField(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

namespace {

// Returns true for a plain decimal number ("-12", "+3.5", "-0.25e3").
bool IsNumber(std::string_view s) {
  size_t i = (s.starts_with('-') || s.starts_with('+')) ? 1 : 0;
  bool digits = false, dot = false;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') digits = true;
    else if (c == '.' && !dot) dot = true;
    else return false;
  }
  return digits;
}

}  // namespace

std::string SpreadsheetSafe(std::string_view cell) {
  std::string out;
  out.reserve(cell.size() + 1);
  for (size_t i = 0; i < cell.size(); ++i) {
    const auto c = static_cast<unsigned char>(cell[i]);
    if (c < 0x20 || c == 0x7F) {
      out += ' ';
    } else if (c == 0xC2 && i + 1 < cell.size() &&
               static_cast<unsigned char>(cell[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(cell[i + 1]) <= 0x9F) {
      out += ' ';  // a C1 control, U+0080..U+009F
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  if (!out.empty() && (out[0] == '=' || out[0] == '+' || out[0] == '-' || out[0] == '@') &&
      !IsNumber(out)) {
    out.insert(out.begin(), '\'');
  }
  return out;
}

std::string DisorderType(std::string_view event_type, std::string_view sub_event_type) {
  // ACLED codebook: political violence = Battles, Explosions/Remote violence,
  // Violence against civilians and Riots; demonstrations = Protests and Riots;
  // the riot and protest sub-types that are both carry both labels.
  if (sub_event_type == "Excessive force against protesters" || sub_event_type == "Mob violence") {
    return "Political violence; Demonstrations";
  }
  if (event_type == "Protests" || event_type == "Riots") return "Demonstrations";
  if (event_type == "Strategic developments") return "Strategic developments";
  if (event_type.empty()) return "";
  return "Political violence";
}

int InteractionCode(int inter1, int inter2) {
  if (inter1 == 0 || inter2 == 0) return std::max(inter1, inter2) * 10;
  return std::min(inter1, inter2) * 10 + std::max(inter1, inter2);
}

void WriteAcledCsv(const std::vector<store::StoredEvent>& events, std::ostream& out) {
  auto write_row = [&out](const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) {
      out << (i ? "," : "") << CsvField(SpreadsheetSafe(fields[i]));
    }
    out << "\r\n";
  };
  write_row(AcledColumns());
  for (size_t i = 0; i < events.size(); ++i) write_row(Row(events[i], i));
}

}  // namespace sitrep::exporter
