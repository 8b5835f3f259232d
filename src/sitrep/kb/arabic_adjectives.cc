// Arabic country adjectives (the nisba: إسرائيلي، الروسية، سوريون) as names of
// their country. An Arabic report names an attacker by its nationality after
// the noun ("غارة إسرائيلية", "طائرات روسية"), and without a country mention
// there the events stage cannot read the forces (data/lang/ar/national_forces.tsv).
// English demonyms come from a column of countries.tsv; the Arabic forms are
// generated from the same adjectives the state-actor templates use ({ar_m},
// {ar_f}: the nisba rule or country_forms.tsv), with the endings below, so no
// inflected form is listed by hand. A form two countries would share (كونغولي)
// or that is another country's name is given to none: a wrong country is worse
// than no country.
#include <algorithm>
#include <unordered_map>

#include "sitrep/kb/name_key.h"
#include "sitrep/kb/state_actors_internal.h"

namespace sitrep::kb {
namespace {

constexpr std::string_view kArticle = "ال";
constexpr std::string_view kNisba = "ي";  // the adjective's last letter
// Plural endings that replace the nisba's ي on a one-word adjective: nominative
// and oblique (الإسرائيليون، الروسيين).
constexpr std::string_view kPluralEndings[] = {"يون", "يين"};

std::string Indefinite(std::string_view words) {
  std::string out;
  size_t start = 0;
  while (start <= words.size()) {
    size_t sp = words.find(' ', start);
    if (sp == std::string_view::npos) sp = words.size();
    std::string_view w = words.substr(start, sp - start);
    if (w.rfind(kArticle, 0) == 0) w.remove_prefix(kArticle.size());
    if (!out.empty()) out += ' ';
    out += w;
    start = sp + 1;
  }
  return out;
}

void AddForm(std::vector<std::string>& out, std::string form) {
  if (!form.empty() && std::find(out.begin(), out.end(), form) == out.end()) out.push_back(std::move(form));
}

bool EndsWithNisba(std::string_view w) {
  return w.size() > kNisba.size() && w.compare(w.size() - kNisba.size(), kNisba.size(), kNisba) == 0;
}

}  // namespace

std::vector<std::string> ArabicAdjectiveForms(const SlotForms& forms) {
  std::vector<std::string> out;
  auto is_name = [&](std::string_view w) {
    return std::any_of(forms.ar.begin(), forms.ar.end(), [&](const std::string& n) { return Indefinite(n) == w; });
  };
  for (const auto& definite : forms.ar_m) {
    const std::string m = Indefinite(definite);
    if (is_name(m)) continue;  // مالي: the country's name; مالية is "financial"
    AddForm(out, m);
    AddForm(out, definite);
    if (m.find(' ') != std::string::npos || !EndsWithNisba(m)) continue;
    const std::string stem = m.substr(0, m.size() - kNisba.size());
    for (std::string_view ending : kPluralEndings) {
      AddForm(out, stem + std::string(ending));
      AddForm(out, std::string(kArticle) + stem + std::string(ending));
    }
  }
  for (const auto& definite : forms.ar_f) {
    const std::string f = Indefinite(definite);
    AddForm(out, f);
    AddForm(out, definite);
  }
  return out;
}

void AddArabicAdjectives(std::vector<Country>& countries, const std::vector<std::pair<size_t, SlotForms>>& slots) {
  std::unordered_map<std::string, int> owner;  // key -> country index, -1 if several
  for (size_t ci = 0; ci < countries.size(); ++ci) {
    for (const auto& n : countries[ci].names) {
      auto [it, fresh] = owner.emplace(NameKey(n), static_cast<int>(ci));
      if (!fresh && it->second != static_cast<int>(ci)) it->second = -1;
    }
  }
  std::vector<std::pair<size_t, std::vector<std::string>>> generated;
  std::unordered_map<std::string, int> adjective_owner;
  for (const auto& [ci, f] : slots) {
    generated.emplace_back(ci, ArabicAdjectiveForms(f));
    for (const auto& form : generated.back().second) {
      auto [it, fresh] = adjective_owner.emplace(NameKey(form), static_cast<int>(ci));
      if (!fresh && it->second != static_cast<int>(ci)) it->second = -1;
    }
  }
  for (auto& [ci, forms] : generated) {
    Country& c = countries[ci];
    for (auto& form : forms) {
      const std::string key = NameKey(form);
      if (adjective_owner[key] != static_cast<int>(ci)) continue;
      const auto named = owner.find(key);
      if (named != owner.end()) continue;  // a name already, of this country or another
      c.names.push_back(form);
      c.arabic_adjectives.push_back(std::move(form));
    }
  }
}

}  // namespace sitrep::kb
