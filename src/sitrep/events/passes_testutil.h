// Test helpers for the pass tables (passes_*_test.cc): the real language
// tables and ontology, loaded once, and a runner that takes one sentence of a
// tiny-kb document through the passes up to a named one.
#ifndef SITREP_EVENTS_PASSES_TESTUTIL_H_
#define SITREP_EVENTS_PASSES_TESTUTIL_H_

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "sitrep/base/paths.h"
#include "sitrep/events/passes_internal.h"
#include "sitrep/testing/tiny_kb.h"

namespace sitrep::events::testing {

struct LoadedTables {
  Ontology ontology;
  std::map<std::string, LanguageTables> langs;
};

inline const LoadedTables& Tables() {
  static const LoadedTables* t = [] {
    auto* out = new LoadedTables;
    auto o = Ontology::Load(DataDir() + "/events/ontology.tsv");
    EXPECT_TRUE(o.ok()) << o.status().ToString();
    if (o.ok()) out->ontology = std::move(*o);
    auto packs = lang::PackSet::Discover(DataDir());
    EXPECT_TRUE(packs.ok()) << packs.status().ToString();
    for (const auto& pack : packs.ok() ? packs->packs() : std::vector<lang::LanguagePack>{}) {
      if (!RoleRulesRegistry().Wanted(pack)) continue;
      auto lt = LoadLanguageTables(pack, DataDir());
      EXPECT_TRUE(lt.ok()) << lt.status().ToString();
      if (lt.ok()) out->langs.emplace(pack.code, std::move(*lt));
    }
    return out;
  }();
  return *t;
}

inline const LanguageTables& TablesFor(const std::string& lang) { return Tables().langs.at(lang); }

// One sentence taken through the passes: the document, its view, its
// triggers and one candidate per trigger (roles, places, dates, counts,
// claims, confidence, default actors and guards applied; early-guarded
// triggers keep only their failed guard). No merge, no context place.
struct PassRun {
  document::Document doc;
  DocumentContext ctx;
  SentenceView view;
  SentenceTriggers triggers;
  std::vector<Candidate> candidates;
};

// Runs sentence 0 of `text` (one sentence per line) through every
// per-trigger pass. Lines before the last are read first (pronouns, context).
inline PassRun RunPasses(const std::string& text, const std::string& lang,
                         const std::string& published = "2024-03-15") {
  PassRun run;
  run.doc = sitrep::testing::MakeDocument(text, lang, published);
  const LanguageTables& t = TablesFor(lang);
  run.ctx = ReadDocumentContext(run.doc, t.captions);
  ReadingState state;
  const int last = static_cast<int>(run.doc.sentences.size()) - 1;
  for (int i = 0; i < last; ++i) ReadSentence(run.doc, i, t, run.ctx, state);
  run.view = ReadSentence(run.doc, last, t, run.ctx, state);
  run.triggers = FindTriggers(run.view.text, t, Tables().ontology);
  for (const auto& hit : run.triggers.hits) {
    Candidate c;
    c.trigger = hit;
    c.sentence = last;
    const std::string guard = EarlyGuard(hit, run.view, run.triggers, t);
    if (!guard.empty()) {
      c.failed_guards.push_back(guard);
    } else if (AssignRoles(c, run.view, run.triggers, t, Tables().ontology)) {
      AssignPlace(c);
      AssignEventDate(c, run.doc, run.view, run.ctx, ToldBefore{}, t);
      AssignCounts(c, run.view, t, run.doc, run.ctx);
      AssignClaims(c, run.view, t);
      ScoreConfidence(c, run.view, t);
      DefaultActors(c);
      ApplyGuards(c, run.ctx, run.doc);
    }
    run.candidates.push_back(std::move(c));
  }
  return run;
}

// Joins the failed guards of `c` with ','.
inline std::string Guards(const Candidate& c) {
  std::string out;
  for (const auto& g : c.failed_guards) out += (out.empty() ? "" : ",") + g;
  return out;
}

}  // namespace sitrep::events::testing

#endif  // SITREP_EVENTS_PASSES_TESTUTIL_H_
