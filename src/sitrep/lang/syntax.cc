// Parsing of the manifest's word-order and role-marking keys.
#include "sitrep/lang/syntax.h"

#include <algorithm>
#include <array>
#include <utility>

namespace sitrep::lang {
namespace {

template <typename Enum, size_t N>
Status ParseOne(std::string_view key, std::string_view value,
                const std::array<std::pair<std::string_view, Enum>, N>& names, Enum& out) {
  for (const auto& [name, e] : names) {
    if (name == value) {
      out = e;
      return OkStatus();
    }
  }
  std::string known;
  for (const auto& [name, e] : names) known += (known.empty() ? "" : ", ") + std::string(name);
  return InvalidArgumentError(std::string(key) + ": unknown value '" + std::string(value) +
                              "' (expected one of " + known + ")");
}

constexpr std::array<std::pair<std::string_view, WordOrder>, 3> kOrders = {
    {{"SVO", WordOrder::kSVO}, {"VSO", WordOrder::kVSO}, {"SOV", WordOrder::kSOV}}};
constexpr std::array<std::pair<std::string_view, RoleMarking>, 3> kMarkings = {
    {{"prepositions", RoleMarking::kPrepositions},
     {"postpositions", RoleMarking::kPostpositions},
     {"case", RoleMarking::kCase}}};
constexpr std::array<std::pair<std::string_view, Passive>, 4> kPassives = {
    {{"none", Passive::kNone},
     {"auxiliary", Passive::kAuxiliary},
     {"affix", Passive::kAffix},
     {"pattern", Passive::kPattern}}};
constexpr std::array<std::pair<std::string_view, Genitive>, 2> kGenitives = {
    {{"before", Genitive::kBefore}, {"after", Genitive::kAfter}}};
constexpr std::array<std::pair<std::string_view, Matching>, 2> kMatchings = {
    {{"words", Matching::kWords}, {"substrings", Matching::kSubstrings}}};
constexpr std::array<std::pair<std::string_view, bool>, 2> kYesNo = {{{"yes", true}, {"no", false}}};

}  // namespace

bool Syntax::Allows(WordOrder o) const {
  return std::find(orders.begin(), orders.end(), o) != orders.end();
}

std::string_view WordOrderName(WordOrder o) {
  for (const auto& [name, e] : kOrders)
    if (e == o) return name;
  return "";
}

Status SetSyntaxField(Syntax& s, std::string_view key, const std::vector<std::string>& values) {
  const bool known = key == "word_order" || key == "role_marking" || key == "passive" ||
                     key == "genitive" || key == "modifier" || key == "goal_marks_object" ||
                     key == "matching";
  if (!known) return NotFoundError(std::string(key) + ": not a syntax key");
  if (values.empty() || values[0].empty()) {
    return InvalidArgumentError(std::string(key) + ": missing value");
  }
  if (key == "word_order") {
    std::vector<WordOrder> orders;
    for (const std::string& v : values) {
      WordOrder o;
      SITREP_RETURN_IF_ERROR(ParseOne(key, v, kOrders, o));
      orders.push_back(o);
    }
    s.orders = std::move(orders);
    return OkStatus();
  }
  if (values.size() > 1) return InvalidArgumentError(std::string(key) + ": one value expected");
  const std::string& v = values[0];
  if (key == "role_marking") return ParseOne(key, v, kMarkings, s.marking);
  if (key == "passive") return ParseOne(key, v, kPassives, s.passive);
  if (key == "genitive") return ParseOne(key, v, kGenitives, s.genitive);
  if (key == "modifier") return ParseOne(key, v, kGenitives, s.modifier);
  if (key == "matching") return ParseOne(key, v, kMatchings, s.matching);
  return ParseOne(key, v, kYesNo, s.goal_marks_object);
}

}  // namespace sitrep::lang
