// TimexAnnotator: the time stage. Picks the language's grammar and lexicon,
// scans the text, settles the anchor (metadata or --published wins; otherwise
// an un-anchored pass feeds the publication-date inference of
// publication_date.h), then recognizes and normalizes every expression
// against it.
#include "sitrep/time/timex_annotator.h"

#include "sitrep/base/paths.h"
#include "sitrep/time/publication_date.h"
#include "sitrep/time/timex_internal.h"

namespace sitrep::time {

struct TimexAnnotator::Language {
  std::string code;
  GrammarFn grammar = nullptr;
  Lexicon lexicon;
};

TimexAnnotator::TimexAnnotator() = default;
TimexAnnotator::~TimexAnnotator() = default;

StatusOr<std::unique_ptr<TimexAnnotator>> TimexAnnotator::Create(TimexOptions options) {
  const std::string dir = options.data_dir.empty() ? DataDir() : options.data_dir;
  SITREP_ASSIGN_OR_RETURN(lang::PackSet packs, lang::PackSet::Discover(dir));
  return Create(packs, std::move(options));
}

StatusOr<std::unique_ptr<TimexAnnotator>> TimexAnnotator::Create(const lang::PackSet& packs,
                                                                 TimexOptions options) {
  std::unique_ptr<TimexAnnotator> a(new TimexAnnotator());
  a->packs_ = packs;
  for (const lang::LanguagePack& pack : packs.packs()) {
    if (!GrammarRegistry().Wanted(pack)) continue;
    SITREP_ASSIGN_OR_RETURN(GrammarFn grammar, GrammarRegistry().Create(pack));
    const auto table = pack.Table("timex");
    if (!table) return InvalidArgumentError(pack.ManifestPath() + ": time_grammar needs a timex table");
    SITREP_ASSIGN_OR_RETURN(Lexicon lex, Lexicon::Load(*table));
    a->languages_.push_back(std::make_unique<Language>(Language{pack.code, grammar, std::move(lex)}));
  }
  return a;
}

const TimexAnnotator::Language* TimexAnnotator::LanguageFor(const document::Document& doc) const {
  const lang::LanguagePack* pack = packs_.ForDocument(doc.lang, doc.text());
  if (!pack) return nullptr;
  for (const auto& l : languages_) {
    if (l->code == pack->code) return l.get();
  }
  return nullptr;
}

Status TimexAnnotator::Annotate(document::Document& doc) const {
  const Language* lang = LanguageFor(doc);
  if (!lang) {
    doc.AddDiagnostic("time", document::Severity::kInfo,
                      "no timex grammar for language '" + doc.lang + "'");
    return OkStatus();
  }
  const std::vector<Tok> toks = Scan(doc.text(), lang->lexicon);
  std::optional<Date> anchor;
  if (!doc.published.empty()) {
    anchor = Date::Parse(std::string_view(doc.published).substr(0, 10));
    if (!anchor) {
      doc.AddDiagnostic("time", document::Severity::kWarning,
                        "unparseable publication date '" + doc.published + "'");
    }
  } else {
    const Resolver none(std::nullopt);
    const auto inferred = InferPublicationDate(
        doc.text(), RecognizeAll(toks, doc.text(), lang->grammar, none, lang->lexicon),
        lang->lexicon);
    if (inferred) {
      anchor = inferred->date;
      doc.published = anchor->ToString();
      doc.published_source = document::PublishedSource::kInferred;
      doc.AddDiagnostic("time", document::Severity::kInfo,
                        "publication date inferred from the text (" + inferred->basis +
                            "): " + doc.published);
    } else {
      doc.AddDiagnostic("time", document::Severity::kWarning,
                        "no publication date: nothing in the text dates it, so relative "
                        "dates stay unresolved");
    }
  }
  const Resolver resolver(anchor);
  const std::string anchor_text = anchor ? anchor->ToString() : "";
  for (auto& m : RecognizeAll(toks, doc.text(), lang->grammar, resolver, lang->lexicon)) {
    document::TimeExpr t;
    t.span = {m.begin, m.end};
    t.text = std::string(doc.Surface(t.span));
    t.type = m.type;
    t.value = std::move(m.value);
    t.anchor = anchor_text;
    t.sentence = doc.SentenceAt(m.begin);
    doc.timexes.push_back(std::move(t));
  }
  return OkStatus();
}

}  // namespace sitrep::time
