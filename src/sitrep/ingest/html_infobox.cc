// The infobox part of the HTML reader: a <table class="infobox …"> (the
// encyclopedia's summary box and its mirrors' copies) is written into the
// document text in a layout that keeps what the table shows, so that the
// battles stage can read it (battles/flattened_infobox.h) and the events
// stage still sees plain lines:
//   caption                      its <caption> or first header row
//   Part of the Syrian civil war a full-width data row, as it is
//   Label<TAB>value              a header cell and one data line
//   Label                        a header cell and several data lines,
//   value line …                 one line each (<br>, list items as "• …")
//   Belligerents                 a full-width header row
//   side 1 line …                a row of several data cells: cell k's lines
//   <TAB>side 2 line …           indented by k tabs (an empty cell: k tabs)
// Pictures (and their captions and map legends) are dropped with their row;
// flag icons, citation marks, hidden sort keys, scripts and styles with
// their element. Rows of a table nested in a full-width cell (older infobox
// markup) count as rows of the infobox. Every walk is iterative, so a deeply
// nested page cannot overflow the stack.
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/ingest/html_internal.h"

namespace sitrep::ingest::html_internal {
namespace {

constexpr int kMaxIconWidth = 50;  // pixels: wider images are pictures, not flags

bool IsElement(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT; }
GumboTag TagOf(const GumboNode* n) { return n->v.element.tag; }

const GumboVector& Kids(const GumboNode* n) { return n->v.element.children; }
const GumboNode* Kid(const GumboNode* n, unsigned i) {
  return static_cast<const GumboNode*>(Kids(n).data[i]);
}

// Returns true when the class attribute of `n` has a token starting with `prefix`.
bool HasClass(const GumboNode* n, std::string_view prefix) {
  const std::string_view cls = Attribute(n, "class");
  for (size_t pos = 0; pos < cls.size();) {
    size_t end = cls.find(' ', pos);
    if (end == std::string_view::npos) end = cls.size();
    if (cls.substr(pos, end - pos).substr(0, prefix.size()) == prefix) return true;
    pos = end + 1;
  }
  return false;
}

bool HiddenStyle(const GumboNode* n) {
  std::string style;
  for (char c : Attribute(n, "style")) {
    if (c != ' ') style.push_back(c);
  }
  return style.find("display:none") != std::string::npos;
}

// Elements whose content is not what the infobox says.
bool Dropped(const GumboNode* n) {
  switch (TagOf(n)) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IMG:
      return true;
    default:
      break;
  }
  if (TagOf(n) == GUMBO_TAG_SUP && (HasClass(n, "reference") || HasClass(n, "noprint"))) {
    return true;
  }
  return HiddenStyle(n) || HasClass(n, "noprint") || HasClass(n, "mw-editsection") ||
         HasClass(n, "sortkey") || gumbo_get_attribute(&n->v.element.attributes, "hidden");
}

// Elements that start and end a line inside a cell.
bool Breaks(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_LI:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_BLOCKQUOTE:
      return true;
    default:
      return false;
  }
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The lines a cell shows.
class CellLines {
 public:
  std::vector<std::string> Of(const GumboNode* cell) {
    struct Frame {
      const GumboNode* node;
      unsigned next;
      bool plain;  // inside a plain (bulletless) list
    };
    std::vector<Frame> stack{{cell, 0, false}};
    while (!stack.empty()) {
      Frame& f = stack.back();
      if (f.next == Kids(f.node).length) {
        if (Breaks(TagOf(f.node))) Break();
        stack.pop_back();
        continue;
      }
      const GumboNode* kid = Kid(f.node, f.next++);
      if (kid->type == GUMBO_NODE_TEXT || kid->type == GUMBO_NODE_WHITESPACE ||
          kid->type == GUMBO_NODE_CDATA) {
        Text(kid->v.text.text);
        continue;
      }
      if (!IsElement(kid) || Dropped(kid)) continue;
      const GumboTag t = TagOf(kid);
      if (t == GUMBO_TAG_BR) {
        Break();
        continue;
      }
      if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) space_ = !cur_.empty();
      if (Breaks(t)) Break();
      const bool plain = f.plain || HasClass(kid, "plainlist") || HasClass(kid, "hlist") ||
                         HasClass(kid, "nowraplinks") || HasClass(kid, "unbulleted");
      if (t == GUMBO_TAG_LI && !plain) cur_ = "\xE2\x80\xA2 ";  // "• "
      stack.push_back({kid, 0, plain});
    }
    Break();
    return std::move(lines_);
  }

 private:
  void Text(const char* p) {
    for (; *p; ++p) {
      const bool nbsp = p[0] == '\xC2' && p[1] == '\xA0';  // &nbsp; between a flag and a name
      if (IsSpace(*p) || nbsp) {
        space_ = !cur_.empty();
        p += nbsp;
        continue;
      }
      if (space_ && !cur_.empty() && cur_.back() != ' ') cur_ += ' ';
      space_ = false;
      cur_ += *p;
    }
  }
  void Break() {
    while (!cur_.empty() && cur_.back() == ' ') cur_.pop_back();
    const bool bullet_only = cur_ == "\xE2\x80\xA2";
    if (!cur_.empty() && !bullet_only) lines_.push_back(std::move(cur_));
    cur_.clear();
    space_ = false;
  }

  std::vector<std::string> lines_;
  std::string cur_;
  bool space_ = false;
};

std::vector<const GumboNode*> Cells(const GumboNode* row) {
  std::vector<const GumboNode*> out;
  for (unsigned i = 0; i < Kids(row).length; ++i) {
    const GumboNode* k = Kid(row, i);
    if (IsElement(k) && (TagOf(k) == GUMBO_TAG_TD || TagOf(k) == GUMBO_TAG_TH)) out.push_back(k);
  }
  return out;
}

// Returns the first element with tag `tag` under `node` (not `node`), or nullptr.
const GumboNode* FindUnder(const GumboNode* node, GumboTag tag) {
  std::vector<const GumboNode*> stack;
  for (unsigned i = Kids(node).length; i > 0; --i) stack.push_back(Kid(node, i - 1));
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (!IsElement(n)) continue;
    if (TagOf(n) == tag) return n;
    for (unsigned i = Kids(n).length; i > 0; --i) stack.push_back(Kid(n, i - 1));
  }
  return nullptr;
}

// Returns true when the row shows a picture (an image wider than an icon, or
// one without a width).
bool HasPicture(const GumboNode* row) {
  std::vector<const GumboNode*> stack{row};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (!IsElement(n)) continue;
    if (TagOf(n) == GUMBO_TAG_IMG) {
      const std::string width(Attribute(n, "width"));
      if (width.empty() || std::atoi(width.c_str()) > kMaxIconWidth) return true;
    }
    if (HasClass(n, "infobox-image")) return true;
    for (unsigned i = 0; i < Kids(n).length; ++i) stack.push_back(Kid(n, i));
  }
  return false;
}

// Returns the rows of `table` in order, the rows of a table nested in a
// row's only cell standing in for that row; sets `caption`.
std::vector<const GumboNode*> Rows(const GumboNode* table, const GumboNode** caption) {
  constexpr int kMaxNesting = 3;  // tables in tables deeper than this are cell text
  std::vector<const GumboNode*> rows;
  struct Frame {
    const GumboNode* node;
    unsigned next;
    int tables;  // enclosing tables read as rows
  };
  std::vector<Frame> stack{{table, 0, 0}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    if (f.next == Kids(f.node).length) {
      stack.pop_back();
      continue;
    }
    const GumboNode* kid = Kid(f.node, f.next++);
    if (!IsElement(kid) || Dropped(kid)) continue;
    if (TagOf(kid) == GUMBO_TAG_CAPTION) {
      if (!*caption) *caption = kid;
    } else if (TagOf(kid) == GUMBO_TAG_TR) {
      const auto cells = Cells(kid);
      const GumboNode* nested = cells.size() == 1 && f.tables < kMaxNesting
                                    ? FindUnder(cells[0], GUMBO_TAG_TABLE)
                                    : nullptr;
      if (nested && FindUnder(nested, GUMBO_TAG_TR)) {
        stack.push_back({nested, 0, f.tables + 1});
      } else {
        rows.push_back(kid);
      }
    } else {
      stack.push_back({kid, 0, f.tables});
    }
  }
  return rows;
}

std::string Joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += (out.empty() ? "" : " ") + l;
  return out;
}

class InfoboxWriter {
 public:
  std::string Write(const GumboNode* table) {
    const GumboNode* caption = nullptr;
    const auto rows = Rows(table, &caption);
    if (caption) Line(0, Joined(CellLines().Of(caption)));
    for (const GumboNode* row : rows) WriteRow(row);
    while (!out_.empty() && out_.back() == '\n') out_.pop_back();
    return std::move(out_);
  }

 private:
  void Line(int tabs, std::string_view text) {
    out_.append(static_cast<size_t>(tabs), '\t');
    out_.append(text);
    out_ += '\n';
  }

  void WriteRow(const GumboNode* row) {
    const auto cells = Cells(row);
    if (cells.empty()) return;
    const bool label = TagOf(cells[0]) == GUMBO_TAG_TH;
    bool any_data = false;
    for (size_t k = 1; k < cells.size(); ++k) any_data |= TagOf(cells[k]) == GUMBO_TAG_TD;
    if (!label && HasPicture(row)) return;
    if (cells.size() == 1) {
      for (const auto& l : CellLines().Of(cells[0])) Line(0, l);
      return;
    }
    size_t first_data = 0;
    if (label && any_data) {
      const std::string name = Joined(CellLines().Of(cells[0]));
      auto value = CellLines().Of(cells[1]);
      if (cells.size() == 2 && value.size() == 1) {
        Line(0, name + "\t" + value[0]);
        return;
      }
      Line(0, name);
      if (cells.size() == 2) {
        for (const auto& l : value) Line(0, l);
        return;
      }
      first_data = 1;
    } else if (label) {  // header cells only
      std::vector<std::string> heads;
      for (const GumboNode* c : cells) heads.push_back(Joined(CellLines().Of(c)));
      Line(0, Joined(heads));
      return;
    }
    for (size_t k = first_data; k < cells.size(); ++k) {
      const int column = static_cast<int>(k - first_data);
      const auto lines = CellLines().Of(cells[k]);
      if (lines.empty() && column > 0) Line(column, "");
      for (const auto& l : lines) Line(column, l);
    }
  }

  std::string out_;
};

}  // namespace

bool IsInfoboxTable(const GumboNode* node) {
  return IsElement(node) && TagOf(node) == GUMBO_TAG_TABLE && HasClass(node, "infobox");
}

std::string InfoboxText(const GumboNode* table) { return InfoboxWriter().Write(table); }

}  // namespace sitrep::ingest::html_internal
