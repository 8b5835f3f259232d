// The nesting cap of HTML extraction, applied to the page before gumbo parses
// it. Design: gumbo checks "an element in scope" by walking its stack of open
// elements, so a page of 100,000 unclosed elements costs the square of that
// (18 s per MB). Browsers bound the depth instead (Blink builds no tree deeper
// than 512 elements); so do we, on the bytes: one left-to-right pass over the
// tags keeps an approximate stack of open elements — void and self-closed
// elements never open, an end tag closes down to its element, a block start
// tag closes an open <p>, an element whose end tag HTML implies (p, li, td,
// option, …) closes an open one of its name, neither past a scope boundary
// (table, td, button, …) —
// and a start tag that would open an element past kMaxOpenElements is replaced
// by a space, its text staying where it was. Comments, doctypes and the text
// of raw-text elements (script, style, textarea, title, …) are skipped whole,
// so a '<' inside them is no tag. A page that never nests that deep comes
// back unchanged, byte for byte.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/ingest/html_internal.h"

namespace sitrep::ingest::html_internal {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool In(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool IsVoid(std::string_view n) {
  return In(n, {"area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link",
                "meta", "param", "source", "track", "wbr", "basefont", "bgsound", "frame"});
}

bool IsRawText(std::string_view n) {
  return In(n, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"});
}

bool HasImpliedEnd(std::string_view n) {
  return In(n, {"p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "rb", "rt", "rp",
                "thead", "tbody", "tfoot", "colgroup", "caption"});
}

// Returns the position just past the '>' ending the tag opened at `p`, quoted
// attribute values skipped; text.size() when it is never closed.
size_t TagEnd(std::string_view text, size_t p) {
  char quote = 0;
  for (; p < text.size(); ++p) {
    const char c = text[p];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return p + 1;
    }
  }
  return text.size();
}

// Returns the lower-case ASCII tag name starting at `p`.
std::string TagName(std::string_view text, size_t p) {
  std::string name;
  while (p < text.size() && (IsAsciiAlpha(text[p]) || (text[p] >= '0' && text[p] <= '9'))) {
    name += static_cast<char>(text[p] | 0x20);
    ++p;
  }
  return name;
}

// Returns the position of the end tag "</name" closing raw text from `p`
// (ASCII case-insensitive), or text.size().
size_t RawTextEnd(std::string_view text, size_t p, std::string_view name) {
  for (size_t at = text.find("</", p); at != std::string_view::npos; at = text.find("</", at + 2)) {
    if (TagName(text, at + 2) == name) return at;
  }
  return text.size();
}

// Start tags that close an open <p> first (HTML's "close a p element").
bool ClosesP(std::string_view n) {
  return In(n, {"address", "article", "aside", "blockquote", "center", "details", "dialog", "dir",
                "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
                "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol",
                "p", "pre", "section", "summary", "table", "ul", "li", "dd", "dt", "listing",
                "xmp"});
}

// Elements an implied close does not reach past (HTML's scope markers).
bool IsScopeBoundary(std::string_view n) {
  return In(n, {"html", "table", "td", "th", "caption", "marquee", "object", "applet", "template",
                "button"});
}

// Pops the open elements down to and including the nearest `name`, if any.
void CloseDownTo(std::vector<std::string>& open, std::string_view name) {
  for (size_t i = open.size(); i-- > 0;) {
    if (open[i] == name) {
      open.resize(i);
      return;
    }
  }
}

// As CloseDownTo, for a close HTML implies: not past a scope boundary (an
// open <p> outside the table a cell starts in stays open).
void CloseInScope(std::vector<std::string>& open, std::string_view name) {
  for (size_t i = open.size(); i-- > 0;) {
    if (open[i] == name) {
      open.resize(i);
      return;
    }
    if (IsScopeBoundary(open[i])) return;
  }
}

}  // namespace

std::string CapNesting(std::string_view html, size_t max_open) {
  std::vector<std::string> open;
  std::string out;
  size_t copied = 0;  // html[0, copied) is in `out` (only once a tag was dropped)
  bool dropped = false;
  for (size_t p = html.find('<'); p != std::string_view::npos && p < html.size();
       p = html.find('<', p)) {
    if (html.compare(p, 4, "<!--") == 0) {
      const size_t e = html.find("-->", p + 4);
      p = e == std::string_view::npos ? html.size() : e + 3;
    } else if (p + 1 < html.size() && (html[p + 1] == '!' || html[p + 1] == '?')) {
      p = TagEnd(html, p + 2);
    } else if (p + 2 < html.size() && html[p + 1] == '/' && IsAsciiAlpha(html[p + 2])) {
      CloseDownTo(open, TagName(html, p + 2));
      p = TagEnd(html, p + 2);
    } else if (p + 1 < html.size() && IsAsciiAlpha(html[p + 1])) {
      const std::string name = TagName(html, p + 1);
      const size_t end = TagEnd(html, p + 1);
      const bool self_closed = end >= 2 && html[end - 1] == '>' && html[end - 2] == '/';
      if (name == "plaintext") break;  // the rest of the page is text
      if (IsRawText(name)) {
        p = RawTextEnd(html, end, name);
        continue;
      }
      if (ClosesP(name)) CloseInScope(open, "p");
      if (HasImpliedEnd(name)) CloseInScope(open, name);
      if (!IsVoid(name) && !self_closed) {
        if (open.size() >= max_open) {  // past the cap: the tag goes, its text stays
          out.append(html, copied, p - copied);
          out += ' ';
          copied = end;
          dropped = true;
        } else {
          open.push_back(name);
        }
      }
      p = end;
    } else {
      ++p;
    }
  }
  if (!dropped) return std::string(html);
  out.append(html, copied, std::string_view::npos);
  return out;
}

}  // namespace sitrep::ingest::html_internal
