// Design: a line is lowered once (its first kLabelWindow bytes), each label
// of the vocabulary is tried as a prefix, longest first, and what follows the
// label decides whether the line is a label line: nothing, a colon, a tab, an
// equals sign (parameter names and numbered labels only), a digit after a
// space, or a capital or digit glued on. Anything else ("Results of the
// offensive", "Dated 5 May") is prose.
#include "sitrep/battles/infobox_labels.h"

#include <cctype>
#include <vector>

#include "sitrep/base/utf8.h"

namespace sitrep::battles {
namespace {

constexpr size_t kLabelWindow = 64;  // labels are shorter; the rest of the line is not lowered

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)); }
bool IsUpper(char c) { return std::isupper(static_cast<unsigned char>(c)); }

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Returns the offset past the spaces at `at`.
size_t SkipSpaces(std::string_view s, size_t at) {
  while (at < s.size() && s[at] == ' ') ++at;
  return at;
}

// Returns true when a glued value can start with `c`: "Date15 November",
// "LocationAleppo", "Strength~10,000", "Strength\"Several hundred\"".
bool GluedValueStart(std::string_view rest) {
  const char c = rest[0];
  return IsUpper(c) || IsDigit(c) || c == '~' || c == '"' || c == '(' ||
         StartsWith(rest, "\xE2\x80\x9C");  // “
}

// Returns true when a value glued to a label of a script without spaces
// ("年月日1945年2月19日", "場所イラク") can start at `rest`: a digit, an
// ASCII capital or a Han or katakana letter. A hiragana after the label
// continues a sentence ("場所は…").
bool GluedUnspacedValueStart(std::string_view rest) {
  size_t at = 0;
  return GluedValueStart(rest) || (UnspacedAt(rest, 0) && !utf8::IsHiragana(utf8::Next(rest, at)));
}

// Returns true when `rest` starts with a digit, ASCII or Arabic-Indic: the
// only value that can be seen glued to a label of a spaced script without
// letter case ("التاريخ١٥ نوفمبر").
bool DigitStart(std::string_view rest) {
  const auto b = [&](size_t i) { return static_cast<unsigned char>(rest[i]); };
  return IsDigit(rest[0]) || (rest.size() >= 2 && ((b(0) == 0xD9 && b(1) >= 0xA0 && b(1) <= 0xA9) ||
                                                   (b(0) == 0xDB && b(1) >= 0xB0 && b(1) <= 0xB9)));
}

// Reads what follows a label of `n` bytes at the start of `t`; `param` is
// true for a wikitext parameter name ("combatant"), which never stands alone
// or glued. Returns the match with value_begin relative to `t`.
std::optional<LabelMatch> ReadForm(std::string_view t, size_t n, const std::string& field,
                                   bool param) {
  LabelMatch m;
  m.field = field;
  size_t k = n;
  // A side number: "Combatant 2", "strength1", "commander1a".
  size_t d = k < t.size() && t[k] == ' ' ? k + 1 : k;
  // After a label without spaces a digit is the value ("戦力2万") unless it ends the label.
  const bool unspaced = !param && UnspacedBefore(t, n);
  const bool number_ends = d + 1 >= t.size() || t[d + 1] == ' ' || t[d + 1] == ':' ||
                           t[d + 1] == '\t' || t.substr(d + 1, 3) == "\xEF\xBC\x9A";
  if (IsSideField(field) && d < t.size() && t[d] >= '1' && t[d] <= '9' &&
      (d + 1 == t.size() || !IsDigit(t[d + 1])) && (!unspaced || number_ends)) {
    m.side = t[d] - '1';
    k = d + 1;
    if (param && k < t.size() && t[k] >= 'a' && t[k] <= 'z') ++k;
  }
  const std::string_view rest = t.substr(k);
  const size_t s = SkipSpaces(t, k);
  if (s == t.size()) {
    if (param && m.side < 0) return std::nullopt;
    m.value_begin = t.size();
    return m;
  }
  for (std::string_view colon : {":", "\xEF\xBC\x9A"}) {  // ":" and the full-width "："
    if (StartsWith(t.substr(s), colon)) {
      m.value_begin = SkipSpaces(t, s + colon.size());
      return m;
    }
  }
  if (t[s] == '=' && (param || m.side >= 0) && !(IsSideField(field) && m.side < 0)) {
    m.value_begin = SkipSpaces(t, s + 1);
    return m;
  }
  if (rest[0] == '\t') {
    size_t v = k;
    while (v < t.size() && (t[v] == '\t' || t[v] == ' ')) ++v;
    m.value_begin = v;
    return m;
  }
  if (param) return std::nullopt;
  const bool caseless = static_cast<unsigned char>(t[0]) >= 0x80 && !unspaced;
  if (m.side < 0 && ((IsUpper(t[0]) && GluedValueStart(rest)) ||
                     (unspaced && GluedUnspacedValueStart(rest)) ||
                     (caseless && DigitStart(rest)))) {
    m.value_begin = k;
    return m;
  }
  if (unspaced && rest[0] == ' ' && GluedUnspacedValueStart(t.substr(s))) {
    m.value_begin = s;  // "場所 硫黄島"
    return m;
  }
  if (rest[0] == ' ' && DigitStart(t.substr(s)) &&
      (field == "date" || field == "strength" || field == "casualties")) {
    m.value_begin = s;  // "Date 3 March 2015", "Strength 10,000 troops"
    return m;
  }
  return std::nullopt;
}

}  // namespace

bool IsSideField(std::string_view field) {
  return field == "belligerents" || field == "commanders" || field == "units" ||
         field == "strength" || field == "casualties";
}

size_t BulletLength(std::string_view line) {
  if (line.empty()) return 0;
  const char c = line[0];
  if (c != '*' && c != '-' && c != '\xE2' && c != '\xC2') return 0;
  for (std::string_view b : {"\xE2\x80\xA2", "\xC2\xB7", "\xE2\x80\xA3", "\xE2\x97\xA6",
                             "\xE2\x96\xAA", "*"}) {  // • · ‣ ◦ ▪ *
    if (StartsWith(line, b)) return SkipSpaces(line, b.size());
  }
  for (std::string_view b : {"- ", "\xE2\x80\x93 "}) {  // "- ", "– "
    if (StartsWith(line, b)) return SkipSpaces(line, b.size());
  }
  return 0;
}

std::optional<LabelMatch> MatchLabel(std::string_view line, const InfoboxLexicon& lex) {
  const size_t bullet = BulletLength(line);
  const std::string_view t = line.substr(bullet);
  if (t.empty() || IsDigit(t[0]) || t[0] == ' ' || t[0] == '(') return std::nullopt;
  const std::string head = Lower(t.substr(0, kLabelWindow));
  std::optional<LabelMatch> m;
  for (const auto& [label, field] : lex.labels) {  // lowercase, longest first
    if (head[0] == label[0] && StartsWith(head, label) &&
        (m = ReadForm(t, label.size(), field, false))) {
      break;
    }
  }
  if (!m) {
    for (const auto& [stem, field] : lex.wiki_params) {
      if (head[0] == stem[0] && StartsWith(head, stem) && (m = ReadForm(t, stem.size(), field, true))) {
        break;
      }
    }
  }
  if (m) m->value_begin += bullet;
  return m;
}

bool IsInfoboxMarker(std::string_view line, const InfoboxLexicon& lex) {
  const std::string lower = Lower(Trim(line.substr(0, kLabelWindow)));
  if (lower == "infobox" || lower == "infobox:") return true;
  for (const auto& name : lex.infobox_templates) {
    if (lower == name) return true;
  }
  return false;
}

std::optional<std::string_view> PartOfCaption(std::string_view t, const InfoboxLexicon& lex) {
  for (const auto& prefix : lex.part_of) {
    if (t.size() > prefix.size() && Lower(t.substr(0, prefix.size())) == Lower(prefix) &&
        t[prefix.size()] == ' ') {
      return Trim(t.substr(prefix.size()));
    }
  }
  return std::nullopt;
}

std::string UnpipeLine(std::string_view line) {
  std::string_view t = Trim(line);
  if (t.empty() || t[0] != '|') return std::string(line);
  t.remove_prefix(1);
  if (t.find('|') == std::string_view::npos) return std::string(Trim(t));  // "| date = x"
  if (!t.empty() && t.back() == '|') t.remove_suffix(1);
  std::vector<std::string_view> cells;
  bool rule = true;
  for (size_t pos = 0; pos <= t.size();) {
    size_t bar = t.find('|', pos);
    if (bar == std::string_view::npos) bar = t.size();
    const std::string_view cell = Trim(t.substr(pos, bar - pos));
    rule = rule && cell.find_first_not_of(":- ") == std::string_view::npos;
    cells.push_back(cell);
    pos = bar + 1;
  }
  if (rule) return "";
  std::string out;
  for (size_t k = 0; k < cells.size(); ++k) {
    if (k) out += '\t';
    out += cells[k];
  }
  return out;
}

}  // namespace sitrep::battles
