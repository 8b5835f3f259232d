// sitrep_web_seed SEED.json DB: writes the browser test's store. SEED.json is
// a list of documents {id, lang, title, url, published, text, events: [event
// records as DESIGN §3]}; each event's evidence span is found by searching its
// sentence in the text (byte offsets), so the seed stays readable. Used by
// web/test/browser_test.mjs; independent of what extraction finds today.
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "sitrep/document/json.h"
#include "sitrep/store/sqlite/sqlite_store.h"

namespace {

int Fail(const std::string& message) {
  std::cerr << "sitrep_web_seed: " << message << "\n";
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace sitrep;
  if (argc != 3) return Fail("usage: sitrep_web_seed SEED.json DB");
  std::ifstream in(argv[1]);
  const auto seed = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!seed.is_array()) return Fail(std::string(argv[1]) + ": not a JSON array of documents");
  auto store = store::SqliteStore::Open(argv[2]);
  if (!store.ok()) return Fail(store.status().ToString());
  int events = 0;
  for (const auto& d : seed) {
    document::Document doc(d.at("id").get<std::string>(), d.at("text").get<std::string>());
    doc.lang = d.value("lang", "");
    doc.title = d.value("title", "");
    doc.url = d.value("url", "");
    doc.published = d.value("published", "");
    for (const auto& ej : d.value("events", nlohmann::json::array())) {
      auto e = document::EventFromJson(ej);
      if (!e.ok()) return Fail(doc.id() + ": " + e.status().message());
      const size_t at = doc.text().find(e->evidence.sentence);
      if (at == std::string::npos) return Fail(doc.id() + ": evidence sentence not in the text");
      e->evidence.span = {at, at + e->evidence.sentence.size()};
      e->id = doc.id() + "#e" + std::to_string(doc.events.size() + 1);
      e->lang = doc.lang;
      doc.events.push_back(std::move(e).value());
      ++events;
    }
    auto put = (*store)->PutDocument(doc);
    if (!put.ok()) return Fail(doc.id() + ": " + put.status().ToString());
  }
  std::cout << "sitrep_web_seed: " << seed.size() << " documents, " << events << " events\n";
  return 0;
}
