// PLACEHOLDER until the ingest stage lands: plain files only.
#include "sitrep/ingest/reader.h"

#include "sitrep/base/file.h"

namespace sitrep::ingest {
void ReadPaths(const std::vector<std::string>& paths, const ReadOptions& options,
               const DocumentSink& on_document, const ErrorSink& on_error,
               const ProgressSink&) {
  for (const auto& p : paths) {
    auto c = ReadFile(p);
    if (!c.ok()) { on_error({p, c.status().message()}); continue; }
    document::Document d(p, *c);
    d.source = p;
    d.lang = options.lang;
    d.published = options.published;
    on_document(std::move(d));
  }
}
size_t TotalInputBytes(const std::vector<std::string>&) { return 0; }
}  // namespace sitrep::ingest
