// Design: comments and references are blanked in place (offsets survive), the
// template is cut at its top-level pipes into "name = value" parameters, and
// each value is cut at its top-level line breaks (newlines, <br />) into
// pieces. Each piece is cleaned to plain text separately, so every line keeps
// the span of the wikitext it came from (a {{plainlist}} piece gives several
// lines sharing its span).
#include "sitrep/battles/wikitext_infobox.h"

#include <algorithm>
#include <cctype>

#include "sitrep/battles/wikitext_markup.h"

namespace sitrep::battles {
namespace {

struct Param {
  std::string stem;  // "combatant"
  int side = 0;      // 1-based, 0 when not numbered
  document::Span value;
};

std::optional<Param> ReadParam(std::string_view text, size_t begin, size_t end) {
  const std::string_view part = text.substr(begin, end - begin);
  const size_t eq = part.find('=');
  if (eq == std::string_view::npos) return std::nullopt;
  std::string name = Lower(Trim(part.substr(0, eq)));
  Param p;
  size_t k = 0;
  while (k < name.size() && std::isalpha(static_cast<unsigned char>(name[k]))) ++k;
  p.stem = name.substr(0, k);
  if (k < name.size()) {
    size_t d = k;
    while (d < name.size() && std::isdigit(static_cast<unsigned char>(name[d]))) ++d;
    if (d == k || d + 1 < name.size()) return std::nullopt;  // "image_size", "combatant1ab"
    p.side = std::atoi(name.substr(k, d - k).c_str());
  }
  p.value = {begin + eq + 1, end};
  return p;
}

// Returns the span of `s` inside [b, e) without surrounding space.
document::Span TrimSpan(std::string_view s, size_t b, size_t e) {
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return {b, e};
}

// Returns true when a "<br>" tag starts at `i`; sets `len`.
bool BreakAt(std::string_view s, size_t i, size_t& len) {
  if (s[i] == '\n') {
    len = 1;
    return true;
  }
  if (s[i] != '<' || Lower(s.substr(i, 3)) != "<br") return false;
  const size_t gt = s.find('>', i);
  if (gt == std::string_view::npos) return false;
  len = gt + 1 - i;
  return true;
}

Lines ValueLines(std::string_view blanked, document::Span value, const InfoboxLexicon& lex) {
  Lines out;
  int blanks = 0;
  auto emit = [&](size_t b, size_t e) {
    document::Span span = TrimSpan(blanked, b, e);
    const bool listed = !span.empty() && (blanked[span.begin] == '*' || blanked[span.begin] == '#');
    while (!span.empty() && (blanked[span.begin] == '*' || blanked[span.begin] == '#')) {
      span = TrimSpan(blanked, span.begin + 1, span.end);
    }
    if (span.empty()) {
      ++blanks;
      return;
    }
    const std::string clean = CleanWikitext(blanked.substr(span.begin, span.size()), lex);
    bool any = false;
    for (size_t pos = 0; pos <= clean.size();) {
      size_t nl = clean.find('\n', pos);
      if (nl == std::string::npos) nl = clean.size();
      std::string_view t = Trim(std::string_view(clean).substr(pos, nl - pos));
      pos = nl + 1;
      InfoLine line;
      line.bullet = listed || (!t.empty() && (t[0] == '*' || t[0] == '#'));
      while (!t.empty() && (t[0] == '*' || t[0] == '#' || t[0] == ':')) t = Trim(t.substr(1));
      if (t.empty()) continue;
      line.text = PlainSpaces(t);
      line.span = span;
      line.blanks_before = out.empty() ? 0 : blanks;
      out.push_back(std::move(line));
      blanks = 0;
      any = true;
    }
    if (!any) ++blanks;
  };
  size_t start = value.begin;
  for (size_t i = value.begin; i < value.end;) {
    if (blanked.substr(i, 2) == "{{" || blanked.substr(i, 2) == "[[") {
      const size_t close = MatchingClose(blanked.substr(0, value.end), i);
      if (close != std::string_view::npos) {
        i = close + 2;
        continue;
      }
    }
    size_t len = 0;
    if (BreakAt(blanked, i, len)) {
      emit(start, i);
      start = i + len;
      i += len;
    } else {
      ++i;
    }
  }
  emit(start, value.end);
  return out;
}

std::optional<size_t> FindTemplate(std::string_view blanked, const InfoboxLexicon& lex) {
  for (size_t i = blanked.find("{{"); i != std::string_view::npos; i = blanked.find("{{", i + 2)) {
    const std::string head = Lower(Trim(blanked.substr(i + 2, 40)));
    for (const auto& name : lex.infobox_templates) {
      if (head.rfind(name, 0) == 0 &&
          (head.size() == name.size() ||
           !std::isalpha(static_cast<unsigned char>(head[name.size()])))) {
        return i;
      }
    }
  }
  return std::nullopt;
}

void Assign(RawInfobox& box, const std::string& field, int side, Lines lines,
            std::vector<std::pair<int, std::pair<std::string, Lines>>>& numbered) {
  if (side > 0) {
    numbered.push_back({side, {field, std::move(lines)}});
    return;
  }
  if (field == "name" && !lines.empty()) {
    box.name = lines.front().text;
    box.name_span = lines.front().span;
  } else if (field == "part_of" && !lines.empty()) {
    box.part_of = lines.front().text;
  } else if (field == "date") {
    box.date = std::move(lines);
  } else if (field == "location") {
    box.location = std::move(lines);
  } else if (field == "result") {
    box.result.insert(box.result.end(), lines.begin(), lines.end());
  } else if (field == "territory") {
    box.territory = std::move(lines);
  }
}

Lines* SideField(SideLines& s, const std::string& field) {
  if (field == "belligerents") return &s.belligerents;
  if (field == "commanders") return &s.commanders;
  if (field == "units") return &s.units;
  if (field == "strength") return &s.strength;
  if (field == "casualties") return &s.casualties;
  return nullptr;
}

}  // namespace

std::optional<RawInfobox> FindWikitextInfobox(std::string_view text, const InfoboxLexicon& lex) {
  if (text.find("{{") == std::string_view::npos) return std::nullopt;
  const std::string blanked = BlankCommentsAndRefs(text);
  const auto open = FindTemplate(blanked, lex);
  if (!open) return std::nullopt;
  const size_t close = MatchingClose(blanked, *open);
  if (close == std::string_view::npos) return std::nullopt;
  RawInfobox box;
  box.format = "wikitext";
  box.span = {*open, close + 2};
  const size_t inner = *open + 2;
  std::vector<std::pair<int, std::pair<std::string, Lines>>> numbered;
  const auto parts = SplitTopLevel(std::string_view(blanked).substr(inner, close - inner), '|');
  for (size_t k = 1; k < parts.size(); ++k) {
    const auto p = ReadParam(blanked, inner + parts[k].first, inner + parts[k].second);
    if (!p) continue;
    const auto it = lex.wiki_params.find(p->stem);
    if (it == lex.wiki_params.end()) continue;
    Assign(box, it->second, p->side, ValueLines(blanked, p->value, lex), numbered);
  }
  int sides = 0;
  for (const auto& [side, fl] : numbered) {
    if (fl.first == "belligerents" && !fl.second.empty()) sides = std::max(sides, side);
  }
  box.sides.resize(sides);
  for (auto& [side, fl] : numbered) {
    Lines* dst = side <= sides              ? SideField(box.sides[side - 1], fl.first)
                 : fl.first == "casualties" ? &box.joint_casualties
                                            : nullptr;
    if (dst) dst->insert(dst->end(), fl.second.begin(), fl.second.end());
  }
  return box;
}

}  // namespace sitrep::battles
