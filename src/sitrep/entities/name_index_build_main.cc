// sitrep_name_index_build: compiles the linker's name index (name_index_file.h)
// at build time, beside the compiled gazetteer, from the knowledge base the
// linker loads by default (data/kb, the country names, the gazetteer given).
// Usage: sitrep_name_index_build --gazetteer build/kb/gazetteer.bin --out build/kb/name_index.bin
// Beside it, latin_forms.tsv: ToLatin's answers for the knowledge base's
// non-ASCII place names and aliases and actor aliases (text::UseLatinForms),
// so the linker's first document need not compile ICU's rules.
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "sitrep/entities/name_index_file.h"
#include "sitrep/kb/knowledge_base.h"
#include "sitrep/text/transliterator.h"

int main(int argc, char** argv) {
  std::string gazetteer, out;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--gazetteer") == 0) gazetteer = argv[i + 1];
    else if (std::strcmp(argv[i], "--out") == 0) out = argv[i + 1];
  }
  if (out.empty() || argc % 2 == 0) {
    std::fprintf(stderr, "usage: sitrep_name_index_build [--gazetteer PATH] --out PATH\n");
    return 2;
  }
  sitrep::kb::KbOptions options;
  options.gazetteer_path = gazetteer;
  auto kb = sitrep::kb::KnowledgeBase::Load(options);
  if (!kb.ok()) {
    std::fprintf(stderr, "sitrep_name_index_build: %s\n", kb.status().ToString().c_str());
    return 1;
  }
  using sitrep::entities::NameIndexFile;
  const auto index = sitrep::entities::NameIndex::Build(**kb, sitrep::entities::kNameIndexMinPopulation);
  const uint64_t fingerprint = NameIndexFile::Fingerprint(**kb, sitrep::entities::kNameIndexMinPopulation);
  if (auto s = NameIndexFile::Write(index, fingerprint, out); !s.ok()) {
    std::fprintf(stderr, "sitrep_name_index_build: %s\n", s.ToString().c_str());
    return 1;
  }
  std::vector<std::string> names;
  for (const auto& p : (*kb)->places()) {
    names.push_back(p.name);
    names.insert(names.end(), p.aliases.begin(), p.aliases.end());
  }
  for (const auto& a : (*kb)->actors()) names.insert(names.end(), a.aliases.begin(), a.aliases.end());
  const std::string forms = (std::filesystem::path(out).parent_path() / "latin_forms.tsv").string();
  if (!sitrep::text::WriteLatinForms(names, forms)) {
    std::fprintf(stderr, "sitrep_name_index_build: cannot write %s\n", forms.c_str());
    return 1;
  }
  std::printf("name index: %zu names, %zu states -> %s\n", index.automaton().num_patterns(),
              index.automaton().num_states(), out.c_str());
  return 0;
}
