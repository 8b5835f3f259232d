// The text pass of HTML extraction. Design: one iterative walk over the gumbo
// tree (no recursion, so a pathologically deep page cannot overflow the stack)
// feeding a TextBuilder that holds at most one *pending* separator — space,
// tab, newline or blank line — and writes it only when the next visible text
// arrives. Stronger separators absorb weaker ones, so nested blocks, stray
// whitespace nodes and empty elements never pile up blank lines, and the text
// has no leading or trailing whitespace. Text is appended run by run, never
// character by character through temporaries.
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/ingest/html_internal.h"

namespace sitrep::ingest::html_internal {
namespace {

enum class Sep { kNone = 0, kSpace, kTab, kNewline, kParagraph };

enum class Kind { kInline, kDrop, kCell, kLine, kBlock, kBreak, kPre };

// Returns the break an element of this kind puts before and after its text
// (a table cell only separates from what precedes it, with a tab).
Sep SeparatorAround(Kind kind) {
  switch (kind) {
    case Kind::kLine: return Sep::kNewline;
    case Kind::kBlock:
    case Kind::kPre: return Sep::kParagraph;
    default: return Sep::kNone;
  }
}

// Dropped with their content: code, page chrome, embedded media, form controls.
constexpr GumboTag kDropTags[] = {
    GUMBO_TAG_HEAD,   GUMBO_TAG_TITLE,   GUMBO_TAG_SCRIPT,   GUMBO_TAG_STYLE,    GUMBO_TAG_NAV,
    GUMBO_TAG_FOOTER, GUMBO_TAG_ASIDE,   GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE, GUMBO_TAG_IFRAME,
    GUMBO_TAG_SVG,    GUMBO_TAG_MATH,    GUMBO_TAG_CANVAS,   GUMBO_TAG_OBJECT,   GUMBO_TAG_EMBED,
    GUMBO_TAG_SELECT, GUMBO_TAG_BUTTON,  GUMBO_TAG_TEXTAREA, GUMBO_TAG_AUDIO,    GUMBO_TAG_VIDEO,
    GUMBO_TAG_MAP,    GUMBO_TAG_DATALIST};
// Separated from their neighbours by a blank line.
constexpr GumboTag kBlockTags[] = {
    GUMBO_TAG_P,        GUMBO_TAG_H1,      GUMBO_TAG_H2,     GUMBO_TAG_H3,
    GUMBO_TAG_H4,       GUMBO_TAG_H5,      GUMBO_TAG_H6,     GUMBO_TAG_BLOCKQUOTE,
    GUMBO_TAG_TABLE,    GUMBO_TAG_UL,      GUMBO_TAG_OL,     GUMBO_TAG_DL,
    GUMBO_TAG_SECTION,  GUMBO_TAG_ARTICLE, GUMBO_TAG_FIGURE, GUMBO_TAG_HR,
    GUMBO_TAG_ADDRESS,  GUMBO_TAG_MAIN,    GUMBO_TAG_HEADER, GUMBO_TAG_DETAILS,
    GUMBO_TAG_FIELDSET, GUMBO_TAG_HGROUP};
// Separated by a newline.
constexpr GumboTag kLineTags[] = {GUMBO_TAG_DIV,     GUMBO_TAG_LI,      GUMBO_TAG_TR,
                                  GUMBO_TAG_DT,      GUMBO_TAG_DD,      GUMBO_TAG_FIGCAPTION,
                                  GUMBO_TAG_CAPTION, GUMBO_TAG_SUMMARY, GUMBO_TAG_LEGEND,
                                  GUMBO_TAG_FORM,    GUMBO_TAG_BODY,    GUMBO_TAG_OPTION};
constexpr GumboTag kPreTags[] = {GUMBO_TAG_PRE, GUMBO_TAG_LISTING, GUMBO_TAG_XMP,
                                 GUMBO_TAG_PLAINTEXT};

// Returns the kind of every tag, from the lists above.
std::vector<Kind> MakeKindTable() {
  std::vector<Kind> kinds(GUMBO_TAG_LAST + 1, Kind::kInline);
  for (GumboTag t : kDropTags) kinds[t] = Kind::kDrop;
  for (GumboTag t : kBlockTags) kinds[t] = Kind::kBlock;
  for (GumboTag t : kLineTags) kinds[t] = Kind::kLine;
  for (GumboTag t : kPreTags) kinds[t] = Kind::kPre;
  kinds[GUMBO_TAG_TD] = kinds[GUMBO_TAG_TH] = Kind::kCell;
  kinds[GUMBO_TAG_BR] = Kind::kBreak;
  return kinds;
}

Kind KindOf(GumboTag tag) {
  static const std::vector<Kind> kKinds = MakeKindTable();
  return static_cast<size_t>(tag) < kKinds.size() ? kKinds[tag] : Kind::kInline;
}

// Returns the byte length of the HTML whitespace character at `p` (ASCII
// space, tab, LF, CR, FF, or U+00A0 from &nbsp;), or 0.
size_t SpaceLength(std::string_view s, size_t p) {
  const char c = s[p];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') return 1;
  if (c == '\xC2' && p + 1 < s.size() && s[p + 1] == '\xA0') return 2;
  return 0;
}

class TextBuilder {
 public:
  void Separate(Sep s) {
    if (s > pending_) pending_ = s;
  }
  // <br>, or a newline inside <pre>: a second one in a row makes a blank line.
  void LineBreak() { pending_ = pending_ >= Sep::kNewline ? Sep::kParagraph : Sep::kNewline; }

  void AddText(std::string_view text, bool preformatted) {
    if (preformatted) return AddPreformatted(text);
    size_t p = 0;
    while (p < text.size()) {
      if (const size_t n = SpaceLength(text, p)) {
        Separate(Sep::kSpace);
        p += n;
        continue;
      }
      size_t end = p + 1;
      while (end < text.size() && SpaceLength(text, end) == 0) ++end;
      Append(text.substr(p, end - p));
      p = end;
    }
  }

  // Returns the text. Preformatted runs are appended verbatim, so a <pre> (or
  // an infobox) at either end of the page may bring white space there: it is
  // trimmed, keeping "no leading or trailing whitespace" (html_text.h).
  std::string Finish() {
    const auto space = [](char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    };
    size_t end = out_.size();
    while (end > 0 && space(out_[end - 1])) --end;
    size_t begin = 0;
    while (begin < end && space(out_[begin])) ++begin;
    out_.erase(end);
    out_.erase(0, begin);
    return std::move(out_);
  }

 private:
  void AddPreformatted(std::string_view text) {
    size_t p = 0;
    while (p <= text.size()) {
      size_t nl = text.find('\n', p);
      if (nl == std::string_view::npos) nl = text.size();
      if (nl > p) Append(text.substr(p, nl - p));
      if (nl < text.size()) LineBreak();
      p = nl + 1;
    }
  }

  void Append(std::string_view run) {
    if (!out_.empty()) {
      switch (pending_) {
        case Sep::kNone:
          break;
        case Sep::kSpace:
          out_ += ' ';
          break;
        case Sep::kTab:
          out_ += '\t';
          break;
        case Sep::kNewline:
          out_ += '\n';
          break;
        case Sep::kParagraph:
          out_ += "\n\n";
          break;
      }
    }
    pending_ = Sep::kNone;
    out_.append(run);
  }

  std::string out_;
  Sep pending_ = Sep::kNone;
};

// Walks the tree and feeds the builder.
class BodyWalker {
 public:
  explicit BodyWalker(DateChooser& dates) : dates_(dates) {}

  std::string Walk(const GumboNode* root) {
    struct Frame {
      const GumboNode* node;
      unsigned next;
    };
    std::vector<Frame> stack;
    if (Open(root)) stack.push_back({root, 0});
    while (!stack.empty()) {
      Frame& f = stack.back();
      const GumboVector& kids = f.node->v.element.children;
      if (f.next == kids.length) {
        Close(f.node);
        stack.pop_back();
        continue;
      }
      const auto* child = static_cast<const GumboNode*>(kids.data[f.next++]);
      if (child->type == GUMBO_NODE_ELEMENT) {
        if (Open(child)) stack.push_back({child, 0});
      } else if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
                 child->type == GUMBO_NODE_CDATA) {
        out_.AddText(child->v.text.text, pre_depth_ > 0);
      }
    }
    return out_.Finish();
  }

 private:
  // Returns true when the element's children should be visited.
  bool Open(const GumboNode* node) {
    const GumboTag tag = node->v.element.tag;
    const Kind kind = KindOf(tag);
    if (kind == Kind::kDrop || Hidden(node)) return false;
    if (tag == GUMBO_TAG_TABLE && IsInfoboxTable(node)) {  // its own layout, see html_infobox.cc
      out_.Separate(Sep::kParagraph);
      out_.AddText(InfoboxText(node), /*preformatted=*/true);
      out_.Separate(Sep::kParagraph);
      return false;
    }
    if (tag == GUMBO_TAG_HEADER && content_depth_ == 0) return false;  // site banner
    if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) ++content_depth_;
    if (tag == GUMBO_TAG_TIME) dates_.Offer(DateRank::kFirstTime, Attribute(node, "datetime"));
    if (kind == Kind::kBreak) {
      out_.LineBreak();
      return false;
    }
    out_.Separate(kind == Kind::kCell ? Sep::kTab : SeparatorAround(kind));
    if (kind == Kind::kPre) ++pre_depth_;
    return true;
  }

  void Close(const GumboNode* node) {
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) --content_depth_;
    const Kind kind = KindOf(tag);
    out_.Separate(SeparatorAround(kind));
    if (kind == Kind::kPre) --pre_depth_;
  }

  static bool Hidden(const GumboNode* node) {
    return gumbo_get_attribute(&node->v.element.attributes, "hidden") != nullptr;
  }

  DateChooser& dates_;
  TextBuilder out_;
  int pre_depth_ = 0;
  int content_depth_ = 0;
};

}  // namespace

std::string BodyText(const GumboNode* root, DateChooser& dates) {
  // REQUIRES: root is GumboOutput::root, the <html> element.
  return BodyWalker(dates).Walk(root);
}

}  // namespace sitrep::ingest::html_internal
