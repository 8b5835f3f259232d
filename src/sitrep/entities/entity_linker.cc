// The entities stage's orchestration (see entity_linker.h for the steps) and
// the loading of its resources.
#include "sitrep/entities/entity_linker.h"

#include "sitrep/entities/fuzzy.h"

#include <algorithm>
#include <sstream>

#include "sitrep/base/file.h"
#include "sitrep/base/tsv.h"
#include "sitrep/base/paths.h"
#include "sitrep/base/utf8.h"
#include "sitrep/entities/linker_internal.h"
#include "sitrep/entities/linking_steps_internal.h"
#include "sitrep/entities/name_index_file.h"
#include "sitrep/text/transliterator.h"

namespace sitrep::entities {
namespace {

Status LoadCues(const std::string& path, EntityLinker::Impl& impl) {
  return ForEachTsvRow(path, {}, [&](const TsvRow& row) -> Status {
    const std::string& type = row.fields[0];
    const std::string word = row.fields.size() > 1 ? row.fields[1] : "";
    const std::string feature = row.fields.size() > 2 ? row.fields[2] : "";
    const std::string key = kb::NameKey(word);
    if (key.empty()) return OkStatus();
    impl.word_sources.emplace(key, path + ":" + std::to_string(row.line) + " " + type);
    if (type == "feature") impl.feature_cues[key] = feature;
    else if (type == "title") {
      impl.person_titles.push_back(key);
      if (word[0] >= 'a' && word[0] <= 'z') impl.lowercase_titles.insert(key);
    }
    else if (type == "kunya") impl.kunya.push_back(key);
    else if (type == "particle") impl.name_particles.push_back(key);
    else if (type == "article") impl.articles.insert(key);
    else if (type == "common") impl.common_words.insert(key);
    else if (type == "translit_country") impl.translit_countries.insert(word);
    else return InvalidArgumentError("unknown cue type '" + type + "'");
    return OkStatus();
  });
}

bool IsKanaString(std::string_view s) {
  size_t pos = 0;
  bool any = false;
  while (pos < s.size()) {
    const char32_t cp = utf8::Next(s, pos);
    if (utf8::IsKatakana(cp)) any = true;
    else if (cp >= 0x80 && !kb::IsFoldSeparator(cp)) return false;
  }
  return any;
}

bool IsArabicString(std::string_view s) {
  size_t pos = 0;
  bool any = false;
  while (pos < s.size()) {
    const char32_t cp = utf8::Next(s, pos);
    if (utf8::IsArabic(cp)) any = true;
    else if (cp >= 0x80 && !kb::IsFoldSeparator(cp)) return false;
  }
  return any;
}

bool IsLatinString(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0xE0) return false;  // beyond Latin Extended in UTF-8 lead bytes (U+0800+)
  }
  return true;
}

}  // namespace

std::string PhoneticOf(const EntityLinker::Impl& impl, std::string_view name) {
  if (IsLatinString(name)) return PhoneticForm(name);
  if (!IsKanaString(name) && !IsArabicString(name)) return "";
  // The text stage's ICU romanization; the kana table covers a missing ICU transform.
  std::string latin = text::ToLatin(name);
  if (!IsLatinString(latin) && IsKanaString(name)) latin = impl.romanizer.Romanize(name);
  return IsLatinString(latin) ? PhoneticForm(latin) : "";
}

const std::vector<PlaceForms>& EntityLinker::Impl::CuratedForms() const {
  std::call_once(curated_once, [this] {
    const auto& places = kb->places();
    for (uint32_t i = 0; i < places.size(); ++i) {
      PlaceForms pf{{TargetKind::kPlace, i}, {}};
      pf.forms.push_back(PhoneticOf(*this, places[i].name));
      for (const auto& a : places[i].aliases) {
        std::string f = PhoneticOf(*this, a);
        if (!f.empty()) pf.forms.push_back(std::move(f));
      }
      curated_forms.push_back(std::move(pf));
    }
    const auto& actors = kb->actors();
    for (uint32_t i = 0; i < actors.size(); ++i) {
      PlaceForms pf{{TargetKind::kActor, i}, {}};
      for (const auto& a : actors[i].aliases) {
        if (utf8::Length(a) < 4 || !IsKanaString(a)) continue;  // kana aliases only: Latin names are exact
        pf.forms.push_back(PhoneticOf(*this, a));
      }
      if (!pf.forms.empty()) curated_forms.push_back(std::move(pf));
    }
    for (auto& pf : curated_forms)
      for (const auto& f : pf.forms) pf.skeletons.push_back(Skeleton(f));
  });
  return curated_forms;
}

EntityLinker::~EntityLinker() = default;

const kb::KnowledgeBase& EntityLinker::kb() const { return *impl_->kb; }

StatusOr<std::unique_ptr<EntityLinker>> EntityLinker::Create(const lang::PackSet& packs,
                                                             LinkerOptions options) {
  SITREP_ASSIGN_OR_RETURN(auto linker, Create(std::move(options)));
  SITREP_ASSIGN_OR_RETURN(linker->impl_->guards, NameGuards::ForPacks(packs));
  return linker;
}

StatusOr<std::unique_ptr<EntityLinker>> EntityLinker::Create(LinkerOptions options) {
  std::unique_ptr<EntityLinker> linker(new EntityLinker());
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  const std::string dir = options.kb_dir.empty() ? DataDir() + "/kb" : options.kb_dir;
  if (options.kb) {
    impl->kb = options.kb;
  } else {
    kb::KbOptions ko;
    ko.data_dir = options.kb_dir;
    ko.gazetteer_path = options.gazetteer_path;
    SITREP_ASSIGN_OR_RETURN(auto loaded, kb::KnowledgeBase::Load(ko));
    impl->kb = std::move(loaded);
  }
  SITREP_ASSIGN_OR_RETURN(impl->romanizer, Romanizer::Load(dir + "/kana_latin.tsv"));
  SITREP_RETURN_IF_ERROR(LoadCues(dir + "/cues.tsv", *impl));
  SITREP_ASSIGN_OR_RETURN(const std::string names, ReadFile(dir + "/given_names.txt"));
  std::istringstream name_lines(names);
  for (std::string line; std::getline(name_lines, line);) {
    if (!line.empty() && line[0] != '#') impl->given_names.insert(kb::NameKey(line));
  }
  impl->given_names_path = dir + "/given_names.txt";
  impl->ordinary_words_path = dir + "/ordinary_words.txt";
  SITREP_ASSIGN_OR_RETURN(const std::string ordinary, ReadFile(impl->ordinary_words_path));
  std::istringstream ordinary_lines(ordinary);
  for (std::string line; std::getline(ordinary_lines, line);) {
    if (!line.empty() && line[0] != '#') impl->ordinary_words.insert(kb::NameKey(line));
  }
  SITREP_ASSIGN_OR_RETURN(impl->names, NameTables::Load(DataDir() + "/lang"));
  impl->word_sources.merge(impl->names.sources);
  for (const auto& t : impl->names.person_titles) {
    if (std::find(impl->person_titles.begin(), impl->person_titles.end(), t) == impl->person_titles.end()) {
      impl->person_titles.push_back(t);
    }
  }
  impl->lowercase_titles.insert(impl->names.lowercase_titles.begin(), impl->names.lowercase_titles.end());
  impl->index = NameIndexFile::LoadOrBuild(*impl->kb, DefaultNameIndexPath(options.gazetteer_path));
  // ToLatin's answers for the kb's names, computed at build time (CuratedForms then compiles no ICU rules).
  text::UseLatinForms(DefaultLatinFormsPath(options.gazetteer_path));
  BuildActorVariants(*impl);
  linker->impl_ = std::move(impl);
  return linker;
}

Status EntityLinker::Annotate(document::Document& doc) const {
  for (const auto& w : impl_->kb->warnings()) doc.AddDiagnostic("entities", document::Severity::kWarning, w);
  LinkDocument(*impl_, doc);
  return OkStatus();
}

std::vector<LookupCandidate> EntityLinker::Lookup(std::string_view name, std::string_view country) const {
  std::vector<LookupCandidate> out;
  DocContext ctx;
  ctx.AddCountry(std::string(country), 1.0);
  const std::string key = kb::NameKey(name);
  if (const auto* targets = impl_->index.Lookup(key)) {
    for (const Target& t : *targets) {
      if (t.kind == TargetKind::kGeneric) {
        auto r = ResolveTargets(*impl_, {t}, ctx, "");
        if (r) out.push_back({r->entity, r->score, r->method, r->reason});
        continue;
      }
      const bool place = t.kind == TargetKind::kPlace || t.kind == TargetKind::kGazPlace;
      out.push_back({TargetRef(*impl_, t), place ? PlacePrior(*impl_, t, ctx, "") : 1.0,
                     t.canonical ? "exact" : "alias", "dictionary name"});
    }
  }
  if (const kb::Gazetteer* g = impl_->kb->gazetteer()) {
    for (uint32_t i : g->Find(key)) {
      const Target t{TargetKind::kGazPlace, i};
      out.push_back({TargetRef(*impl_, t), PlacePrior(*impl_, t, ctx, ""), "exact",
                     "gazetteer name, population " + std::to_string(g->Place(i).population)});
    }
  }
  const std::string q = PhoneticOf(*impl_, name);
  if (!q.empty()) {
    std::vector<std::string> forms{q};
    if (q.size() > 3 && q.back() == 'n') forms.push_back(q.substr(0, q.size() - 1));
    for (auto& r : FuzzyPlaces(*impl_, forms, ctx, "", 8)) {
      out.push_back({r.entity, r.score, r.method, r.reason + " (form '" + q + "')"});
    }
  }
  return out;
}

}  // namespace sitrep::entities
