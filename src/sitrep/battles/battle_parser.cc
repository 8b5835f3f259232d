// The battles stage: find the infobox (wikitext first, then flattened text),
// split the sides when the layout was lost, build the record, link what the
// entities stage linked, and derive control events.
#include "sitrep/battles/battle_parser.h"

#include <algorithm>
#include <filesystem>
#include <memory>

#include "sitrep/base/paths.h"
#include "sitrep/battles/control_events.h"
#include "sitrep/battles/flattened_infobox.h"
#include "sitrep/battles/infobox_figures.h"
#include "sitrep/battles/infobox_record.h"
#include "sitrep/battles/side_splitter.h"
#include "sitrep/battles/wikitext_infobox.h"
#include "sitrep/lang/word_classes.h"

namespace sitrep::battles {
namespace {

using document::MentionKind;

std::string_view FirstLine(std::string_view text) {
  text = Trim(text);
  return Trim(text.substr(0, text.find('\n')));
}

// Returns the entity ids (and affiliations) of actors linked inside a span.
// The side splitter asks once per (line, side), so the linked actor mentions
// are indexed by start offset once.
ActorIdsAt ActorIds(const document::Document& doc) {
  auto index = std::make_shared<std::vector<const document::Mention*>>();
  for (const auto& m : doc.mentions) {
    if (m.entity && (m.kind == MentionKind::kActor || m.kind == MentionKind::kCountry)) {
      index->push_back(&m);
    }
  }
  std::sort(index->begin(), index->end(),
            [](const auto* a, const auto* b) { return a->span.begin < b->span.begin; });
  return [index](document::Span span) {
    std::vector<std::string> ids;
    auto it = std::lower_bound(index->begin(), index->end(), span.begin,
                               [](const auto* m, size_t at) { return m->span.begin < at; });
    for (; it != index->end() && (*it)->span.begin < span.end; ++it) {
      if (!span.Contains((*it)->span)) continue;
      ids.push_back((*it)->entity->id);
      if (!(*it)->entity->affiliation.empty()) ids.push_back((*it)->entity->affiliation);
    }
    return ids;
  };
}

// Returns true when `mention` names the same thing as `name` (either contains the other).
bool Names(const document::Mention& m, const std::string& name) {
  const std::string a = Lower(m.text), b = Lower(name);
  const std::string c = m.entity ? Lower(m.entity->name) : "";
  return a.find(b) != std::string::npos || b.find(a) != std::string::npos ||
         (!c.empty() && (c.find(b) != std::string::npos || b.find(c) != std::string::npos));
}

void LinkBelligerents(const document::Document& doc, const std::vector<SideLines>& lines,
                      document::BattleRecord& r) {
  for (size_t s = 0; s < r.sides.size() && s < lines.size(); ++s) {
    auto& side = r.sides[s];
    for (const auto& l : lines[s].belligerents) {
      const std::string name = CleanName(l.text);
      const auto it = std::find(side.belligerents.begin(), side.belligerents.end(), name);
      if (it == side.belligerents.end()) continue;
      const bool shared = std::count_if(lines[s].belligerents.begin(), lines[s].belligerents.end(),
                                        [&](const InfoLine& o) { return o.span == l.span; }) > 1;
      for (const auto* m :
           LinkedMentions(doc, l.span, {MentionKind::kActor, MentionKind::kCountry})) {
        if (!shared || Names(*m, name)) {
          side.belligerent_ids[it - side.belligerents.begin()] = m->entity->id;
          break;
        }
      }
    }
  }
}

// Splits flattened belligerent lines that hold several linked names glued
// together ("Green Battalion Islamic Front": two flags on one row) into one
// line per name, when the mentions cover all the line's letters.
void SplitGluedNames(const document::Document& doc, std::vector<SideLines>& sides) {
  for (auto& side : sides) {
    Lines out;
    for (const auto& l : side.belligerents) {
      auto ms = LinkedMentions(doc, l.span, {MentionKind::kActor, MentionKind::kCountry});
      size_t covered = 0, letters = 0;
      for (const auto* m : ms) covered += WordsOf(m->text).size();
      letters = WordsOf(doc.Surface(l.span)).size();
      if (ms.size() < 2 || covered != letters || l.span.size() != l.text.size()) {
        out.push_back(l);
        continue;
      }
      for (size_t k = 0; k < ms.size(); ++k) {
        InfoLine part = l;
        part.text = ms[k]->text;
        part.span = ms[k]->span;
        part.blanks_before = k == 0 ? l.blanks_before : 0;
        out.push_back(std::move(part));
      }
    }
    side.belligerents = std::move(out);
  }
}

// Fills record.places from linked place mentions in the location and
// territory lines, else from the location text itself.
void ReadPlaces(const document::Document& doc, const RawInfobox& box, const Lines& territory,
                document::BattleRecord& r) {
  auto add = [&r](const std::string& name) {
    if (!name.empty() && std::find(r.places.begin(), r.places.end(), name) == r.places.end()) {
      r.places.push_back(name);
    }
  };
  for (const Lines* lines : {&box.location, &territory}) {
    for (const auto& l : *lines) {
      for (const auto* m : LinkedMentions(doc, l.span, {MentionKind::kPlace})) add(m->entity->name);
    }
  }
  if (!r.places.empty()) return;
  std::string rest;
  std::vector<std::string> parts;
  SplitParentheses(r.location, &rest, &parts);
  parts.insert(parts.begin(), rest);
  for (const auto& p : parts) {
    size_t start = 0;
    for (size_t i = 0; i <= p.size(); ++i) {
      const bool cut = i == p.size() || p[i] == ',' || p.compare(i, 5, " and ") == 0;
      if (!cut) continue;
      add(CleanName(p.substr(start, i - start)));
      start = i + (i < p.size() && p[i] == ',' ? 1 : 5);
      if (i < p.size() && p[i] != ',') i += 4;
    }
  }
}

// Adds the record of `box` (and its control events) to `doc`, unless the
// labels were there but no infobox content.
void AddRecord(document::Document& doc, const RawInfobox& box, const RecordContext& ctx) {
  const InfoboxLexicon& lex = ctx.lex;
  std::vector<FieldProblem> problems = box.problems;
  document::BattleRecord record = BuildRecord(box, ctx, problems);
  if (record.sides.empty() && record.start.empty()) return;  // labels, no infobox
  record.doc = doc.id();
  LinkBelligerents(doc, box.sides, record);
  const Lines territory = TerritoryLines(box, lex);
  ReadPlaces(doc, box, territory, record);
  for (auto& e : ControlEvents(doc, record, territory, box.sides, ctx)) {
    doc.events.push_back(std::move(e));
  }
  if (record.start.empty()) {
    problems.push_back({"date", box.date.empty() ? "missing" : "not understood",
                        box.date.empty() ? box.span : box.date.front().span});
  }
  for (const auto& p : problems) {
    doc.AddDiagnostic("battles", document::Severity::kWarning,
                      "infobox field '" + p.field + "' of '" + record.name + "': " + p.message,
                      p.span);
  }
  doc.battles.push_back(std::move(record));
}

}  // namespace

StatusOr<std::unique_ptr<BattleParser>> BattleParser::Create() {
  SITREP_ASSIGN_OR_RETURN(lang::PackSet packs, lang::PackSet::Discover(DataDir()));
  return Create(packs);
}

StatusOr<std::unique_ptr<BattleParser>> BattleParser::Create(const lang::PackSet& packs) {
  std::unique_ptr<BattleParser> p(new BattleParser());
  SITREP_ASSIGN_OR_RETURN(p->dates_, DateReader::Create(packs));
  p->packs_ = packs;
  for (const lang::LanguagePack& pack : packs.packs()) {
    const auto table = pack.Table("infobox");
    if (!table) continue;
    SITREP_ASSIGN_OR_RETURN(InfoboxLexicon lex, InfoboxLexicon::Load(*table));
    SITREP_ASSIGN_OR_RETURN(const lang::WordClasses classes, lang::WordClasses::ForPack(pack));
    for (const lang::ClassWord& w : classes.Of("multiplier")) {
      lex.multipliers.emplace_back(w.word, std::atol(w.value.c_str()));
    }
    std::stable_sort(lex.multipliers.begin(), lex.multipliers.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    p->lexicons_[pack.code] = std::move(lex);
  }
  return p;
}

const InfoboxLexicon* BattleParser::LexiconFor(const document::Document& doc) const {
  const lang::LanguagePack* pack = packs_.ForDocument(doc.lang, doc.text());
  if (!pack) return nullptr;
  const auto it = lexicons_.find(pack->code);
  return it != lexicons_.end() ? &it->second : nullptr;
}

Status BattleParser::Annotate(document::Document& doc) const {
  const InfoboxLexicon* found = LexiconFor(doc);
  if (!found) return OkStatus();
  const InfoboxLexicon& lex = *found;
  std::vector<RawInfobox> boxes = FindWikitextInfoboxes(doc.text(), lex);
  if (boxes.empty()) {
    const std::string_view title = doc.title.empty() ? FirstLine(doc.text()) : doc.title;
    boxes = FindFlattenedInfoboxes(doc.text(), title, lex);
    if (boxes.empty()) return OkStatus();
    const ActorIdsAt actor_ids = ActorIds(doc);
    for (RawInfobox& box : boxes) {
      Lines joint;
      box.sides = SplitSides(box.unsplit, CountSides(box.unsplit, lex), lex, actor_ids, &joint);
      box.joint_casualties = std::move(joint);
      SplitGluedNames(doc, box.sides);
    }
  }
  if (boxes.size() > kMaxInfoboxes) {
    boxes.resize(kMaxInfoboxes);
    doc.AddDiagnostic("battles", document::Severity::kWarning,
                      "more than " + std::to_string(kMaxInfoboxes) +
                          " infoboxes; the rest is ignored",
                      boxes.back().span);
  }
  const RecordContext ctx{lex, *dates_, doc.lang};
  for (const RawInfobox& box : boxes) AddRecord(doc, box, ctx);
  return OkStatus();
}

}  // namespace sitrep::battles
