// Design: each line is cut into cells at tabs, each cell into column pieces
// at "vs." and " | " (and at ';' for a value on the label's own line that
// lists names at two levels, "A, B; C, D"), each piece into items at ';'
// (and, for a value on the label's own line, ','), always outside
// parentheses; the Arabic semicolon and comma (؛ ،) part as theirs do. (A
// bullet inside a line, '•' or '·', parts no items: the side splitter reads
// such a line whole, and the seed's glued dump depends on that.) The column of a
// cell is absolute when the block indents with leading tabs (the first cell
// of a line sits at its indent), else relative: it carries on from the line
// before and steps at every tab or "vs.".
#include "sitrep/battles/infobox_columns.h"

#include <algorithm>
#include <cctype>

#include "sitrep/battles/infobox_labels.h"

namespace sitrep::battles {
namespace {

bool IsNameField(std::string_view f) {
  return f == "belligerents" || f == "commanders" || f == "units";
}

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)); }

// ASCII lower case (std::tolower in the "C" locale, without a call per byte).
unsigned char AsciiLower(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 'A' && u <= 'Z' ? static_cast<unsigned char>(u + ('a' - 'A')) : u;
}

// Returns the length of a separator of `seps` at `i` of `s` (ASCII case
// folded), or 0.
size_t SeparatorAt(std::string_view s, size_t i, std::initializer_list<std::string_view> seps) {
  const unsigned char first = AsciiLower(s[i]);
  for (std::string_view sep : seps) {
    if (first != static_cast<unsigned char>(sep[0]) || s.size() - i < sep.size()) continue;
    bool same = true;
    for (size_t k = 1; k < sep.size() && same; ++k) {
      same = AsciiLower(s[i + k]) == static_cast<unsigned char>(sep[k]);
    }
    if (same) return sep.size();
  }
  return 0;
}

// Returns `s` cut at the separators of `seps` outside parentheses.
std::vector<std::string_view> SplitOutside(std::string_view s,
                                           std::initializer_list<std::string_view> seps) {
  std::vector<std::string_view> out;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '(') ++depth;
    if (s[i] == ')' && depth > 0) --depth;
    const size_t n = depth == 0 ? SeparatorAt(s, i, seps) : 0;
    if (n == 0) {
      ++i;
      continue;
    }
    const bool number = s[i] == ',' && i > 0 && IsDigit(s[i - 1]) && i + 1 < s.size() &&
                        IsDigit(s[i + 1]);  // "1,479"
    if (number) {
      ++i;
      continue;
    }
    out.push_back(s.substr(start, i - start));
    start = i + n;
    i = start;
  }
  out.push_back(s.substr(start));
  return out;
}

// Returns true when a value on the label's own line lists names at two
// levels ("Belligerents: Syria, Russia; Free Syrian Army, Al-Nusra Front"):
// the ';' then parts the sides.
bool TwoLevels(const Block& block, const BlockLine& line, std::string_view cell) {
  if (!IsNameField(block.field) || !line.inline_value) return false;
  return SplitOutside(cell, {";", "\xD8\x9B"}).size() > 1 && SplitOutside(cell, {",", "\xD8\x8C"}).size() > 1;
}

bool IsVersus(std::string_view t) {
  const std::string lower = Lower(Trim(t));
  return lower == "vs." || lower == "vs" || lower == "versus" || lower == "v.";
}

class LineMaker {
 public:
  LineMaker(const Block& block, bool& cut) : block_(block), cut_(cut) {}

  // Adds the items of `piece` (a view into `from.text`) at column `col`.
  // `listed`: a value after a label or side marker on its own line, which
  // lists its names with commas ("Belligerents: A, B", "Side 2: A, B").
  void AddItems(const BlockLine& from, std::string_view piece, int col, int& blanks,
                bool listed) {
    std::vector<std::string_view> items{piece};
    if (IsNameField(block_.field) && listed) {
      items = SplitOutside(piece, {";", "\xD8\x9B", ",", "\xD8\x8C"});
    } else if (IsNameField(block_.field)) {
      items = SplitOutside(piece, {";", "\xD8\x9B"});
    } else if (block_.field == "date") {
      items = SplitOutside(piece, {";", "\xD8\x9B"});
    }
    for (std::string_view item : items) Add(from, item, col, blanks);
  }

  Lines Finish() { return std::move(out_); }

 private:
  void Add(const BlockLine& from, std::string_view v, int col, int& blanks) {
    v = Trim(v);
    const size_t bullet = BulletLength(v);
    v = Trim(v.substr(bullet));
    if (v.empty()) return;
    if (out_.size() >= kMaxFieldLines) {
      cut_ = true;
      return;
    }
    if (v.size() > kMaxLineBytes) {
      v = v.substr(0, Utf8Floor(v, kMaxLineBytes));
      cut_ = true;
    }
    InfoLine line;
    line.text = PlainSpaces(v);
    line.bullet = bullet > 0;
    line.span = from.cleaned ? from.span
                             : document::Span{from.span.begin + (v.data() - from.text.data()),
                                              from.span.begin + (v.data() - from.text.data()) +
                                                  v.size()};
    line.blanks_before = blanks;
    line.column = col;
    blanks = 0;
    out_.push_back(std::move(line));
  }

  const Block& block_;
  bool& cut_;
  Lines out_;
};

// Returns the index of the last line of `block` indented by tabs, or -1.
int LastIndented(const Block& block) {
  int last = -1;
  for (size_t k = 0; k < block.lines.size(); ++k) {
    if (block.lines[k].tabs > 0) last = static_cast<int>(k);
  }
  return last;
}

// Returns the index of the first of the casualty lines after the last line
// holding a tab that all name what the sides share ("civilians", "in total"),
// or the number of lines when there are none.
size_t SharedTail(const Block& block, const InfoboxLexicon& lex) {
  size_t last_tab = block.lines.size();
  for (size_t k = 0; k < block.lines.size(); ++k) {
    if (block.lines[k].text.find('\t') != std::string_view::npos) last_tab = k;
  }
  if (block.field != "casualties" || last_tab == block.lines.size()) return block.lines.size();
  size_t first = block.lines.size();
  for (size_t k = block.lines.size(); k-- > last_tab + 1;) {
    if (!HasAnyWord(Lower(block.lines[k].text), lex.joint_cues)) break;
    first = k;
  }
  return first;
}

// Returns the 0-based side an item of `text` opens with ("* Side 2: Islamic
// State", "Pihak 1: …") and moves `text` past that marker; -1 (and `text` as
// it was) when there is none.
int SideMarker(std::string_view& text, const InfoboxLexicon& lex) {
  const size_t bullet = BulletLength(text);
  const std::string_view t = text.substr(bullet);
  const std::string head = Lower(t.substr(0, 64));
  for (const auto& word : lex.side_words) {
    if (head.compare(0, word.size(), word) != 0) continue;
    size_t k = word.size();
    if (k < t.size() && t[k] == ' ') ++k;
    if (k >= t.size() || t[k] < '1' || t[k] > '9') continue;
    const int side = t[k] - '1';
    ++k;
    if (k < t.size() && t[k] == ' ') ++k;
    if (k >= t.size() || (t[k] != ':' && t.substr(k, 3) != "\xEF\xBC\x9A")) continue;
    k += t[k] == ':' ? 1 : 3;
    text = Trim(t.substr(k));
    return side;
  }
  return -1;
}

}  // namespace

int RowCells(const Block& block) {
  size_t most = 0;
  for (const BlockLine& l : block.lines) most = std::max(most, SplitOutside(l.text, {"\t"}).size());
  return static_cast<int>(most);
}

Lines BlockLines(const Block& block, const InfoboxLexicon& lex, bool& cut) {
  LineMaker maker(block, cut);
  const bool side_field = IsSideField(block.field);
  const int last_indented = LastIndented(block);
  const bool absolute = side_field && last_indented >= 0;
  const size_t shared_tail = absolute ? block.lines.size() : SharedTail(block, lex);
  const bool shared = block.side == InfoLine::kAllSides;  // the row all sides share
  bool known = absolute || block.side >= 0 || shared;
  const int base = std::max(block.side, 0);
  int current = base;
  const int row_cells = std::max(block.row_cells, RowCells(block));
  for (size_t k = 0; k < block.lines.size(); ++k) {
    const BlockLine& bl = block.lines[k];
    int blanks = bl.blanks_before;
    if (side_field && IsVersus(bl.text)) {
      ++current;
      known = true;
      continue;
    }
    const bool full_width = (absolute && block.field == "casualties" && bl.tabs == 0 &&
                             static_cast<int>(k) > last_indented) ||
                            k >= shared_tail;
    std::string_view text = bl.text;
    const int marked = side_field && !absolute ? SideMarker(text, lex) : -1;
    if (marked >= 0) known = true;
    const auto cells = SplitOutside(text, {"\t"});
    const bool next_row =
        cells.size() > 1 && current + static_cast<int>(cells.size()) > base + row_cells;
    int col = absolute ? base + bl.tabs : marked >= 0 ? marked : next_row ? base : current;
    for (size_t c = 0; c < cells.size(); ++c) {
      if (c > 0) ++col, known = known || side_field;
      const auto pieces = !side_field          ? std::vector<std::string_view>{cells[c]}
                          : TwoLevels(block, bl, cells[c])
                              ? SplitOutside(cells[c], {" vs. ", " vs ", " versus ", " | ", ";", "\xD8\x9B"})
                              : SplitOutside(cells[c], {" vs. ", " vs ", " versus ", " | "});
      for (size_t p = 0; p < pieces.size(); ++p) {
        if (p > 0) ++col, known = true;
        maker.AddItems(bl, pieces[p], full_width || shared ? InfoLine::kAllSides : col, blanks,
                       bl.inline_value || marked >= 0);
      }
    }
    if (!absolute) current = col;
  }
  Lines out = maker.Finish();
  for (auto& l : out) {
    if (!side_field || !known) l.column = -1;
  }
  return out;
}

}  // namespace sitrep::battles
