// Fatality figures and their range. Independence is by source: one claimant
// (a monitor, a ministry) quoted by five outlets is one source; a figure
// without a claimant is its outlet's own.
#include "sitrep/fusion/fatalities.h"

#include <algorithm>
#include <map>
#include <set>

namespace sitrep::fusion {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return s;
}

// The claim a member's toll rests on: its first asserting claim, if any.
const document::Claim* MainClaim(const document::Event& e) {
  for (const auto& c : e.claims) {
    if (c.stance == document::Stance::kAsserts && !c.source.name.empty()) return &c;
  }
  return nullptr;
}

// Returns true when the claimant — by id when the claim carries one, else by
// name — is one of `parties` or on its side.
bool IsPartisan(const std::string& claimant_name, const document::ActorRef* claimant,
                const std::vector<std::optional<document::ActorRef>>& parties,
                const ActorRelations& actors) {
  for (const auto& p : parties) {
    if (!p) continue;
    if (claimant && !claimant->id.empty() && actors.SameSide(*claimant, p)) return true;
    if (!claimant_name.empty() && Lower(claimant_name) == Lower(p->name)) return true;
  }
  return false;
}

document::FatalityFigure Figure(const Member& m, const document::Count* count, long value,
                                const std::vector<std::optional<document::ActorRef>>& parties,
                                const ActorRelations& actors) {
  const document::Event& e = m.event;
  document::FatalityFigure f;
  f.value = value;
  f.approx = count && count->approx;
  f.cumulative = count && count->cumulative;
  f.denied = Denied(e);
  f.doc = m.source.doc;
  f.event = m.source.event;
  const document::Claim* claim = MainClaim(e);
  const std::string claimed_by = count ? count->claimed_by : "";
  // The count's own claimant, else the claim the event rests on.
  const document::ActorRef* claimant =
      claim && (claimed_by.empty() || Lower(claimed_by) == Lower(claim->source.name))
          ? &claim->source
          : nullptr;
  f.source = !claimed_by.empty() ? claimed_by
             : claimant          ? claimant->name
             : !m.source.outlet.empty() ? m.source.outlet
                                        : m.source.doc;
  f.partisan = (claimant || !claimed_by.empty()) &&
               IsPartisan(claimed_by.empty() ? claimant->name : claimed_by, claimant, parties, actors);
  return f;
}

}  // namespace

std::vector<document::FatalityFigure> CollectFigures(
    const std::vector<const Member*>& members,
    const std::vector<std::optional<document::ActorRef>>& parties, const ActorRelations& actors) {
  std::vector<document::FatalityFigure> out;
  for (const Member* m : members) {
    const document::Event& e = m->event;
    const document::Count* toll = nullptr;  // the count the toll was read from
    bool toll_is_cumulative = false;
    for (const auto& c : e.counts) {
      if (c.what != "killed" || !c.value) continue;
      if (c.cumulative) out.push_back(Figure(*m, &c, *c.value, parties, actors));
      if (!e.fatalities || *c.value != *e.fatalities) continue;
      if (!c.cumulative && !toll) toll = &c;
      if (c.cumulative) toll_is_cumulative = true;
    }
    // A toll that is only a running total was listed above, as cumulative.
    if (e.fatalities && (toll || !toll_is_cumulative)) {
      out.push_back(Figure(*m, toll, *e.fatalities, parties, actors));
    }
  }
  return out;
}

std::optional<document::FatalityRange> RangeOf(const std::vector<document::FatalityFigure>& figures) {
  auto select = [&](bool partisan) {
    std::vector<const document::FatalityFigure*> out;
    for (const auto& f : figures) {
      if (!f.cumulative && !f.denied && f.partisan == partisan) out.push_back(&f);
    }
    return out;
  };
  std::vector<const document::FatalityFigure*> usable = select(false);
  const bool partisan = usable.empty();
  if (partisan) usable = select(true);
  if (usable.empty()) return std::nullopt;
  document::FatalityRange r;
  r.partisan = partisan;
  r.low = r.high = usable[0]->value;
  // Each source's figure: its highest (tolls rise as the dead are counted).
  std::map<std::string, long> by_source;
  for (const auto* f : usable) {
    r.low = std::min(r.low, f->value);
    r.high = std::max(r.high, f->value);
    auto [it, fresh] = by_source.emplace(f->source, f->value);
    if (!fresh) it->second = std::max(it->second, f->value);
  }
  std::map<long, int> sources_per_value;
  for (const auto& [source, value] : by_source) ++sources_per_value[value];
  int most = 0, ties = 0;
  long best = 0;
  for (const auto& [value, n] : sources_per_value) {
    if (n > most) {
      most = n;
      best = value;
      ties = 1;
    } else if (n == most) {
      ++ties;
    }
  }
  if (most >= 2 && ties == 1) {
    r.best = best;
  } else {
    std::vector<long> values;
    for (const auto& [source, value] : by_source) values.push_back(value);
    std::sort(values.begin(), values.end());
    r.best = values[(values.size() - 1) / 2];  // the lower median: conservative, like ACLED
  }
  return r;
}

}  // namespace sitrep::fusion
