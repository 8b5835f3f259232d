// The `sitrep` Python module (pybind11): the whole pipeline for Python
// programs and for distributed engines that call it from their workers
// (examples/dask/). A Pipeline is loaded once per process and shared by every
// sitrep.Pipeline() object; its work runs without the GIL, so Python threads
// run documents in parallel. Stores opened by Pipeline.ingest are kept per
// process and per URL (one connection each, used under a lock).
//
// A document is a dict as a JSON Lines input line: "id" and "text", optional
// "title", "url", "published" (YYYY-MM-DD), "lang"; it is read exactly as
// `sitrep extract` reads that line (validation, language identification).
// Events are dicts of the JSON Lines record (DESIGN §3). Errors: a bad
// document raises ValueError naming the reason; a store failure RuntimeError.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>

#include "sitrep/document/json.h"
#include "sitrep/export/store_url.h"
#include "sitrep/ingest/reader.h"
#include "sitrep/pipeline/pipeline.h"

namespace py = pybind11;

namespace sitrep::python {
namespace {

// Returns the process's pipeline, loading it on first use (thread-safe).
const pipeline::Pipeline& SharedPipeline() {
  static std::once_flag once;
  static std::unique_ptr<pipeline::Pipeline> pipe;
  static std::string error;
  std::call_once(once, [] {
    auto p = pipeline::Pipeline::Create();
    if (p.ok()) pipe = std::move(p).value();
    else error = p.status().ToString();
  });
  if (!pipe) throw std::runtime_error("sitrep: cannot load the pipeline: " + error);
  return *pipe;
}

py::object ToPython(const nlohmann::ordered_json& j) {
  switch (j.type()) {
    case nlohmann::ordered_json::value_t::null: return py::none();
    case nlohmann::ordered_json::value_t::boolean: return py::bool_(j.get<bool>());
    case nlohmann::ordered_json::value_t::number_integer: return py::int_(j.get<int64_t>());
    case nlohmann::ordered_json::value_t::number_unsigned: return py::int_(j.get<uint64_t>());
    case nlohmann::ordered_json::value_t::number_float: return py::float_(j.get<double>());
    case nlohmann::ordered_json::value_t::string: return py::str(j.get<std::string>());
    case nlohmann::ordered_json::value_t::array: {
      py::list out;
      for (const auto& v : j) out.append(ToPython(v));
      return out;
    }
    case nlohmann::ordered_json::value_t::object: {
      py::dict out;
      for (const auto& [k, v] : j.items()) out[py::str(k)] = ToPython(v);
      return out;
    }
    default: return py::none();
  }
}

// Returns the Document for `doc` (a dict), read as one JSON Lines line.
// REQUIRES: the GIL (it serializes the dict with Python's json module).
document::Document ReadDocument(const py::dict& doc) {
  const std::string line =
      py::module_::import("json").attr("dumps")(doc, py::arg("ensure_ascii") = false).cast<std::string>();
  std::istringstream in(line + "\n");
  std::optional<document::Document> out;
  std::string error;
  ingest::ReadOptions options;
  options.readable_languages = SharedPipeline().packs().ReadableCodes();
  ingest::ReadStream(
      in, "<python>", options, [&](document::Document&& d) { out = std::move(d); },
      [&](const ingest::InputError& e) { error = e.reason; });
  if (!out) throw py::value_error("sitrep: bad document: " + (error.empty() ? "empty" : error));
  return std::move(*out);
}

// Runs the pipeline on `doc` without the GIL.
void Annotate(document::Document& doc) {
  const pipeline::Pipeline& pipe = SharedPipeline();
  Status s;
  {
    py::gil_scoped_release release;
    s = pipe.Run(doc);
  }
  if (!s.ok()) throw py::value_error("sitrep: " + doc.id() + ": " + s.message());
}

// Per-process stores by URL, each used by one thread at a time.
struct OpenedStore {
  std::mutex mu;
  std::unique_ptr<store::Store> store;
};

OpenedStore& StoreFor(const std::string& url) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<OpenedStore>> stores;
  std::lock_guard<std::mutex> lock(mu);
  auto& slot = stores[url];
  if (!slot) {
    auto opened = exporter::OpenStore(url, /*create=*/true);
    if (!opened.ok()) throw std::runtime_error("sitrep: " + opened.status().message());
    slot = std::make_unique<OpenedStore>();
    slot->store = std::move(opened).value();
  }
  return *slot;
}

class Pipeline {
 public:
  Pipeline() { SharedPipeline(); }

  py::list Extract(const py::dict& doc) const {
    document::Document d = ReadDocument(doc);
    Annotate(d);
    py::list events;
    for (const auto& e : d.events) events.append(ToPython(document::EventToJson(e)));
    return events;
  }

  std::string Ingest(const py::dict& doc, const std::string& db) const {
    document::Document d = ReadDocument(doc);
    OpenedStore& opened = StoreFor(db);
    StatusOr<bool> present = false;
    {
      py::gil_scoped_release release;
      std::lock_guard<std::mutex> lock(opened.mu);
      present = opened.store->HasContent(d.id(), d.text());
    }
    if (!present.ok()) throw std::runtime_error("sitrep: " + present.status().message());
    if (*present) return std::string(store::PutOutcomeName(store::PutOutcome::kAlreadyPresent));
    Annotate(d);  // without the store's lock: other threads' documents go on
    py::gil_scoped_release release;
    std::lock_guard<std::mutex> lock(opened.mu);
    auto outcome = opened.store->PutDocument(d);
    if (!outcome.ok()) throw std::runtime_error("sitrep: " + outcome.status().message());
    return std::string(store::PutOutcomeName(*outcome));
  }
};

}  // namespace
}  // namespace sitrep::python

PYBIND11_MODULE(sitrep, m) {
  using sitrep::python::Pipeline;
  m.doc() =
      "sitrep: conflict reporting in many languages -> ACLED-style event records.\n\n"
      "    import sitrep\n"
      "    p = sitrep.Pipeline()\n"
      "    p.extract({'id': 'a1', 'text': 'Rebels shelled Aleppo on Monday.',\n"
      "               'published': '2024-03-04'})   # -> list of event dicts\n"
      "    p.ingest(doc, 'postgresql://user@host/db')  # -> 'added'\n";
  py::class_<Pipeline>(m, "Pipeline",
                       "The whole sitrep pipeline (text, time, entities, events, battles). Loaded "
                       "once per process: every Pipeline() shares it.")
      .def(py::init<>(),
           "Loads the pipeline (language data and the knowledge base) on the first call in "
           "this process; later calls reuse it. Raises RuntimeError if it cannot be loaded.")
      .def("extract", &Pipeline::Extract, py::arg("document"),
           "extract(document) -> list[dict]\n\n"
           "Runs the pipeline on `document`, a dict with 'id' and 'text' and optional "
           "'title', 'url', 'published' (YYYY-MM-DD) and 'lang', read as `sitrep extract` "
           "reads a JSON Lines line. Returns its events as dicts of sitrep's JSON Lines "
           "record (event_type, actor1, place, date, claims, evidence, ...). Raises "
           "ValueError for a bad document (the reason in the message).")
      .def("ingest", &Pipeline::Ingest, py::arg("document"), py::arg("db"),
           "ingest(document, db) -> str\n\n"
           "Runs the pipeline on `document` (as for extract) and stores it with its "
           "events in the store `db` (a SQLite path or a postgresql:// URL) in one "
           "transaction, exactly as `sitrep ingest` does. Idempotent: a document stored "
           "before with the same text is not annotated again. Returns 'added', 'already "
           "present' or 'updated'. The store is opened once per process and URL. Raises "
           "ValueError for a bad document, RuntimeError when the store fails.");
  m.attr("__version__") = SITREP_VERSION;
}
