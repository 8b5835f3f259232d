// Every state's military, police and government, generated at load time from
// the country table instead of by hand. data/kb/state_actors.tsv holds the
// templates (ACLED's canonical names, "Military Forces of {of}", and the common
// phrasings in English, Japanese, Arabic and Indonesian: "{adj} army", "{ja}軍",
// "الجيش {ar_m}", "Tentara {id}"); data/kb/country_forms.tsv holds what the
// country table lacks for them (the name after "of", attributive forms, Japanese
// stems such as 米 and 露, irregular Arabic adjectives, territories that have no
// forces of their own).
//
// Design: the slots of a template are filled from the country's names by
// script (Japanese and Arabic names are recognised by their letters), from its
// English demonyms, and from Arabic adjectives derived by the nisba rule
// (السودان -> سوداني / سودانية) unless the data gives them. A curated actor with
// the generated id (sd-military) keeps its name and facts and gains the
// generated aliases. A phrase generated for two countries ("Congolese army"
// from two Congos) or already naming another actor is dropped: an ambiguous
// alias must not link everywhere, and a wrong one is worse than none.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "sitrep/base/utf8.h"
#include "sitrep/kb/data_files_internal.h"
#include "sitrep/kb/knowledge_base.h"
#include "sitrep/kb/name_key.h"
#include "sitrep/kb/state_actors_internal.h"

namespace sitrep::kb {
namespace {

struct ActorTemplate {
  std::string role;  // "military", "police", "government": the id is "<cc>-<role>"
  ActorKind kind = ActorKind::kStateForces;
  int inter = 1;
  std::string affiliation_role;  // role of the actor it belongs to ("" = none)
  std::string name;              // canonical name template
};

struct AliasTemplate {
  std::string role, text;
};

struct Templates {
  std::vector<ActorTemplate> actors;
  std::vector<AliasTemplate> aliases;
  std::vector<std::pair<std::string, std::string>> generic_roles;  // (generic role, actor role)
};

constexpr std::string_view kSlots[] = {"{of}", "{name}", "{adj}", "{ja}", "{ar}", "{ar_m}", "{ar_f}", "{id}"};

StatusOr<Templates> ReadTemplates(const std::string& path) {
  Templates t;
  Status s = ForEachRow(path, 3, [&](const std::vector<std::string>& f) -> Status {
    if (f[0] == "actor" && f.size() >= 6) {
      auto kind = ParseActorKind(f[2]);
      if (!kind) return InvalidArgumentError("unknown actor kind '" + f[2] + "'");
      t.actors.push_back({f[1], *kind, std::atoi(f[3].c_str()), f[4], f[5]});
    } else if (f[0] == "alias" && f.size() >= 3) {
      t.aliases.push_back({f[1], f[2]});
    } else if (f[0] == "generic") {
      t.generic_roles.emplace_back(f[1], f[2]);
    } else {
      return InvalidArgumentError("expected 'actor ROLE KIND INTER AFFILIATION NAME', 'alias ROLE TEXT' or 'generic ROLE ACTOR_ROLE'");
    }
    return OkStatus();
  });
  if (!s.ok()) return s;
  return t;
}

StatusOr<std::unordered_map<std::string, CountryForms>> ReadForms(const std::string& path) {
  std::unordered_map<std::string, CountryForms> forms;
  Status s = ForEachRow(path, 2, [&](const std::vector<std::string>& f) -> Status {
    CountryForms& c = forms[f[0]];
    std::vector<std::string> v = f.size() > 2 ? Aliases(f[2]) : std::vector<std::string>{};
    if (v.size() == 1 && v[0] == "-") v.clear();  // "none"
    const std::string& what = f[1];
    if (what == "territory") c.territory = true;
    else if (what == "of") c.of = v;
    else if (what == "attr") c.attr = v;
    else if (what == "ja") c.ja = v;
    else if (what == "ar_name") c.ar_name = v;
    else if (what == "ar_m") c.ar_m = v;
    else if (what == "ar_f") c.ar_f = v, c.ar_f_given = true;
    else if (what == "id") c.id = v;
    else return InvalidArgumentError("unknown form '" + what + "'");
    return OkStatus();
  });
  if (!s.ok()) return s;
  return forms;
}

enum class Script { kLatin, kJapanese, kArabic, kOther };

Script ScriptOf(std::string_view s) {
  bool latin = false;
  for (size_t i = 0; i < s.size();) {
    const char32_t cp = utf8::Next(s, i);
    if (utf8::IsKatakana(cp) || utf8::IsKanji(cp) || utf8::IsHiragana(cp)) return Script::kJapanese;
    if (utf8::IsArabic(cp)) return Script::kArabic;
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')) latin = true;
  }
  return latin ? Script::kLatin : Script::kOther;
}

void AddUnique(std::vector<std::string>& v, const std::string& s) {
  if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

// Returns the values of `slot` for a country.
const std::vector<std::string>& SlotValues(const SlotForms& f, std::string_view slot) {
  if (slot == "{of}") return f.of;
  if (slot == "{name}") return f.name;
  if (slot == "{adj}") return f.adj;
  if (slot == "{ja}") return f.ja;
  if (slot == "{ar}") return f.ar;
  if (slot == "{ar_m}") return f.ar_m;
  if (slot == "{ar_f}") return f.ar_f;
  return f.id;
}

}  // namespace

std::vector<std::string> ArabicNisba(std::string_view name) {
  if (name.find(' ') != std::string_view::npos || name.empty()) return {};  // multi-word: data only
  std::string base(name);
  if (base.rfind("ال", 0) == 0) base = base.substr(std::string("ال").size());
  auto ends = [&](std::string_view suffix) {
    return base.size() > suffix.size() && base.compare(base.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends("ية")) base.resize(base.size() - std::string("ة").size());      // السعودية -> سعودي
  else if (ends("يا")) base.resize(base.size() - std::string("ا").size());  // سوريا -> سوري
  else if (ends("ا")) base.replace(base.size() - std::string("ا").size(), std::string::npos, "ي");  // فرنسا
  else if (ends("ة")) base.replace(base.size() - std::string("ة").size(), std::string::npos, "ي");
  else if (!ends("ي")) base += "ي";                                          // السودان -> سوداني
  if (utf8::Length(base) < 3) return {};
  return {base};
}

std::string ArabicFeminine(std::string_view masculine) {
  std::string out;
  size_t start = 0;
  while (start <= masculine.size()) {
    size_t sp = masculine.find(' ', start);
    if (sp == std::string_view::npos) sp = masculine.size();
    if (!out.empty()) out += ' ';
    out += std::string(masculine.substr(start, sp - start)) + "ة";
    start = sp + 1;
  }
  return out;
}

std::string ArabicDefinite(std::string_view words) {
  std::string out;
  size_t start = 0;
  while (start <= words.size()) {
    size_t sp = words.find(' ', start);
    if (sp == std::string_view::npos) sp = words.size();
    const std::string_view w = words.substr(start, sp - start);
    if (!out.empty()) out += ' ';
    out += (w.rfind("ال", 0) == 0 ? "" : "ال") + std::string(w);
    start = sp + 1;
  }
  return out;
}

SlotForms FormsOf(const Country& c, const CountryForms& extra, const std::vector<std::string>& indonesian) {
  SlotForms f;
  f.of = extra.of.empty() ? std::vector<std::string>{c.name} : extra.of;
  f.name = {c.name};
  f.adj = c.demonyms;
  for (const auto& a : extra.attr) AddUnique(f.adj, a);
  for (const auto& n : c.names) {
    const Script s = ScriptOf(n);
    if (s == Script::kJapanese) AddUnique(f.ja, n);
    if (s == Script::kArabic) AddUnique(f.ar, n);
  }
  for (const auto& n : extra.ja) AddUnique(f.ja, n);
  for (const auto& n : extra.ar_name) AddUnique(f.ar, n);
  // Adjectives follow a definite noun (الجيش السوداني), so they carry the article.
  std::vector<std::string> indefinite = extra.ar_m;
  if (indefinite.empty()) {
    for (const auto& n : f.ar) {
      for (const auto& m : ArabicNisba(n)) AddUnique(indefinite, m);
    }
  }
  for (const auto& m : indefinite) AddUnique(f.ar_m, ArabicDefinite(m));
  if (extra.ar_f_given) {
    for (const auto& m : extra.ar_f) AddUnique(f.ar_f, ArabicDefinite(m));
  } else {
    for (const auto& m : indefinite) AddUnique(f.ar_f, ArabicDefinite(ArabicFeminine(m)));
  }
  for (const auto& n : indonesian) AddUnique(f.id, n);
  for (const auto& n : extra.id) AddUnique(f.id, n);
  return f;
}

std::vector<std::string> ExpandTemplate(std::string_view text, const SlotForms& forms) {
  for (std::string_view slot : kSlots) {
    const size_t at = text.find(slot);
    if (at == std::string_view::npos) continue;
    std::vector<std::string> out;
    for (const auto& v : SlotValues(forms, slot)) {
      out.push_back(std::string(text.substr(0, at)) + v + std::string(text.substr(at + slot.size())));
    }
    return out;
  }
  return {std::string(text)};
}

std::string StateActorId(std::string_view country, std::string_view role) {
  std::string id(country);
  for (char& ch : id) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return id + "-" + std::string(role);
}

Status KnowledgeBase::GenerateStateActors(const std::string& templates_path, const std::string& forms_path) {
  auto templates = ReadTemplates(templates_path);
  if (!templates.ok()) return templates.status();
  auto forms = ReadForms(forms_path);
  if (!forms.ok()) return forms.status();
  // The generated actors and their phrases (with their keys), before the ambiguity filter.
  struct Generated {
    Actor actor;
    std::vector<std::pair<std::string, std::string>> phrases;  // (phrase, NameKey)
  };
  std::vector<Generated> generated;
  std::unordered_map<std::string, int> country_of_key;  // key -> country index, -1 if several
  std::vector<std::pair<size_t, SlotForms>> all_slots;  // for the Arabic adjectives
  for (size_t ci = 0; ci < countries_.size(); ++ci) {
    const Country& c = countries_[ci];
    const CountryForms& extra = (*forms)[c.code];
    if (extra.territory || c.name.empty()) continue;
    auto id_names = i18n_names_.find("id/" + c.code);
    const SlotForms slots = FormsOf(c, extra, id_names == i18n_names_.end() ? std::vector<std::string>{} : id_names->second);
    all_slots.emplace_back(ci, slots);
    for (const ActorTemplate& t : templates->actors) {
      const auto names = ExpandTemplate(t.name, slots);
      if (names.empty()) continue;
      Generated g;
      g.actor.id = StateActorId(c.code, t.role);
      g.actor.name = names[0];
      g.actor.kind = t.kind;
      g.actor.inter = t.inter;
      g.actor.country = c.code;
      if (!t.affiliation_role.empty()) g.actor.affiliation = StateActorId(c.code, t.affiliation_role);
      std::unordered_set<std::string> seen;
      auto add = [&](std::string phrase) {
        std::string key = NameKey(phrase);
        if (key.size() < 4 || !seen.insert(key).second) return;
        auto [it, fresh] = country_of_key.emplace(key, static_cast<int>(ci));
        if (!fresh && it->second != static_cast<int>(ci)) it->second = -1;
        g.phrases.emplace_back(std::move(phrase), std::move(key));
      };
      for (const auto& n : names) add(n);
      for (const AliasTemplate& a : templates->aliases) {
        if (a.role != t.role) continue;
        for (auto& p : ExpandTemplate(a.text, slots)) add(std::move(p));
      }
      generated.push_back(std::move(g));
    }
  }
  // Keys the curated dictionary already gives to some actor.
  std::unordered_map<std::string, std::string> curated_owner;
  for (const Actor& a : actors_) {
    curated_owner.emplace(NameKey(a.name), a.id);
    for (const auto& al : a.aliases) curated_owner.emplace(NameKey(al), a.id);
  }
  actors_.reserve(actors_.size() + generated.size());
  for (Generated& g : generated) {
    auto existing = actor_by_id_.find(g.actor.id);
    Actor* target = nullptr;
    if (existing != actor_by_id_.end()) {
      target = &actors_[existing->second];
      if (target->affiliation.empty()) target->affiliation = g.actor.affiliation;
    } else {
      actor_by_id_[g.actor.id] = actors_.size();
      actors_.push_back(std::move(g.actor));
      target = &actors_.back();
    }
    for (auto& [phrase, key] : g.phrases) {
      if (country_of_key[key] < 0) continue;  // two countries would share it
      auto owner = curated_owner.find(key);
      if (owner != curated_owner.end()) continue;  // named already, by this actor or another
      target->aliases.push_back(std::move(phrase));
    }
  }
  AddArabicAdjectives(countries_, all_slots);
  for (const auto& [role, actor_role] : templates->generic_roles) {
    for (const Country& c : countries_) {
      const std::string id = StateActorId(c.code, actor_role);
      if (actor_by_id_.count(id)) generic_actor_.emplace(role + "/" + c.code, id);
    }
  }
  return OkStatus();
}

const Actor* KnowledgeBase::StateActor(std::string_view country, std::string_view role) const {
  return LookupActor(StateActorId(country, role));
}

int AcledInter(const document::EntityRef& actor, std::string_view event_country) {
  const bool state = actor.feature == ActorKindName(ActorKind::kStateForces) ||
                     actor.feature == ActorKindName(ActorKind::kGovernment);
  if (actor.inter == 1 && state && !actor.country.empty() && !event_country.empty() &&
      actor.country != event_country) {
    return 8;
  }
  return actor.inter;
}

}  // namespace sitrep::kb
