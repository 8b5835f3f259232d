// Pass "defined acronym": a name followed by its acronym in parentheses
// ("Sudanese Congress Party (SCoP)", "Democratic Republic of Congo (DRC)")
// defines that acronym for the document, so the acronym and its later
// occurrences ("SCoP leaders") are the same mention kind and entity as the
// name (linked or not). The acronym's capital letters must be the initials of
// the name's capitalised words, in order, so a news agency after a dateline
// ("KHARTOUM (AFP)") or a remark in parentheses defines nothing. Acronyms
// inside a longer mention are left alone; an occurrence the earlier steps left
// unlinked takes the name's entity.
#include <cctype>
#include <string>
#include <vector>

#include "sitrep/entities/linking_steps_internal.h"

namespace sitrep::entities {
namespace {

constexpr size_t kMinAcronym = 2, kMaxAcronym = 8;

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsWordByte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

// Returns the capitals that open the name's capitalised words ("SCP" for "Sudanese Congress Party").
std::string Initials(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    if ((i == 0 || name[i - 1] == ' ' || name[i - 1] == '-') && IsAsciiUpper(name[i])) out += name[i];
  }
  return out;
}

// Returns the acronym in parentheses right after byte `end` ("(SCoP)"), with its
// begin offset, or an empty view.
std::pair<std::string_view, size_t> AcronymAfter(std::string_view text, size_t end) {
  if (text.substr(end, 2) != " (") return {{}, 0};
  const size_t begin = end + 2, close = text.find(')', begin);
  if (close == std::string_view::npos || close - begin < kMinAcronym || close - begin > kMaxAcronym) return {{}, 0};
  const std::string_view a = text.substr(begin, close - begin);
  if (!IsAsciiUpper(a[0])) return {{}, 0};
  for (const char c : a) {
    if (!std::isalnum(static_cast<unsigned char>(c))) return {{}, 0};
  }
  return {a, begin};
}

// Returns the capitals of `acronym` ("SCP" for "SCoP").
std::string Capitals(std::string_view acronym) {
  std::string out;
  for (const char c : acronym) {
    if (IsAsciiUpper(c)) out += c;
  }
  return out;
}

}  // namespace

void DefinedAcronymPass(State& s) {
  struct Definition {
    std::string acronym;
    Found name;
  };
  std::vector<Definition> defs;
  for (const Found& f : s.found) {
    const auto [acronym, at] = AcronymAfter(s.text, f.end);
    if (acronym.empty()) continue;
    const std::string caps = Capitals(acronym);
    if (caps.size() < kMinAcronym || caps != Initials(s.text.substr(f.begin, f.end - f.begin))) continue;
    defs.push_back({std::string(acronym), f});
  }
  for (const Definition& d : defs) {
    for (size_t pos = s.text.find(d.acronym); pos != std::string_view::npos; pos = s.text.find(d.acronym, pos + 1)) {
      const size_t end = pos + d.acronym.size();
      if ((pos > 0 && IsWordByte(s.text[pos - 1])) || (end < s.text.size() && IsWordByte(s.text[end]))) continue;
      if (!s.Covered(pos, end)) {
        s.Add(pos, end, d.name.r, d.name.score, d.name.unlinked_kind);
        continue;
      }
      for (Found& f : s.found) {  // the same span, left unlinked by an earlier step
        if (f.begin == pos && f.end == end && !f.r && d.name.r) f.r = d.name.r;
      }
    }
  }
}

}  // namespace sitrep::entities
