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
    if (d - k > 1 || name[k] == '0') return std::nullopt;     // infoboxes number sides 1-9
    p.side = name[k] - '0';
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

// Returns true when a "<br>" tag starts at `i`; sets `len`. A "<br" whose
// '>' is more than kMaxTag bytes away is not a tag (and costs no long scan).
bool BreakAt(std::string_view s, size_t i, size_t& len) {
  constexpr size_t kMaxTag = 64;
  if (s[i] == '\n') {
    len = 1;
    return true;
  }
  if (s[i] != '<' || Lower(s.substr(i, 3)) != "<br") return false;
  const size_t gt = s.substr(0, i + kMaxTag).find('>', i);
  if (gt == std::string_view::npos) return false;
  len = gt + 1 - i;
  return true;
}

// What ValueLines left out.
struct Cuts {
  bool lines = false;  // lines past kMaxFieldLines
  bool bytes = false;  // bytes of a line past kMaxLineBytes
};

// Returns the lines of a parameter's value, within the limits of raw_infobox.h.
Lines ValueLines(const WikitextCleaner& cleaner, std::string_view blanked, document::Span value,
                 Cuts& cut) {
  Lines out;
  int blanks = 0;
  auto emit = [&](size_t b, size_t e) {
    if (out.size() >= kMaxFieldLines) {
      cut.lines = true;
      return;
    }
    document::Span span = TrimSpan(blanked, b, e);
    const bool listed = !span.empty() && (blanked[span.begin] == '*' || blanked[span.begin] == '#');
    while (!span.empty() && (blanked[span.begin] == '*' || blanked[span.begin] == '#')) {
      span = TrimSpan(blanked, span.begin + 1, span.end);
    }
    if (span.empty()) {
      ++blanks;
      return;
    }
    if (span.size() > kMaxLineBytes) {
      span.end = span.begin + Utf8Floor(blanked.substr(span.begin), kMaxLineBytes);
      cut.bytes = true;
    }
    const std::string clean = cleaner.Clean(span.begin, span.end);
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
      if (out.size() >= kMaxFieldLines) {
        cut.lines = true;
        break;
      }
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
      const size_t close = cleaner.brackets().CloseOf(i);
      if (close != std::string_view::npos && close + 2 <= value.end) {
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

// Returns the position of the first infobox template at or after `from`.
std::optional<size_t> FindTemplate(std::string_view blanked, size_t from,
                                   const InfoboxLexicon& lex) {
  for (size_t i = blanked.find("{{", from); i != std::string_view::npos;
       i = blanked.find("{{", i + 2)) {
    const std::string head = Lower(Trim(blanked.substr(i + 2, 128)));  // Arabic letters are 2 bytes
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
  } else if (field == "status") {
    box.status = std::move(lines);
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

// Returns the infobox whose template opens at `open` and closes at `close`.
RawInfobox ReadTemplate(const WikitextCleaner& cleaner, std::string_view blanked, size_t open,
                        size_t close, const InfoboxLexicon& lex) {
  RawInfobox box;
  box.format = "wikitext";
  box.span = {open, close + 2};
  std::vector<std::pair<int, std::pair<std::string, Lines>>> numbered;
  for (const auto& [b, e] : cleaner.SplitTopLevel(open + 2, close, '|')) {
    if (b == open + 2) continue;  // the template's name
    const auto p = ReadParam(blanked, b, e);
    if (!p) continue;
    const auto it = lex.wiki_params.find(p->stem);
    if (it == lex.wiki_params.end()) continue;
    Cuts cut;
    Lines lines = ValueLines(cleaner, blanked, p->value, cut);
    if (cut.lines) {
      box.problems.push_back(
          {it->second, "more than " + std::to_string(kMaxFieldLines) + " lines; the rest is ignored",
           p->value});
    }
    if (cut.bytes) {
      box.problems.push_back(
          {it->second, "a line longer than " + std::to_string(kMaxLineBytes) + " bytes is cut",
           p->value});
    }
    Assign(box, it->second, p->side, std::move(lines), numbered);
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

}  // namespace

std::vector<RawInfobox> FindWikitextInfoboxes(std::string_view text, const InfoboxLexicon& lex) {
  std::vector<RawInfobox> out;
  if (text.find("{{") == std::string_view::npos) return out;
  const std::string blanked = BlankCommentsAndRefs(text);
  const WikitextCleaner cleaner(blanked, lex);
  for (size_t from = 0; out.size() <= kMaxInfoboxes;) {
    const auto open = FindTemplate(blanked, from, lex);
    if (!open) break;
    const size_t close = cleaner.brackets().CloseOf(*open);
    if (close == std::string_view::npos) {
      from = *open + 2;
      continue;
    }
    out.push_back(ReadTemplate(cleaner, blanked, *open, close, lex));
    from = close + 2;
  }
  return out;
}

}  // namespace sitrep::battles
