// Tests for the nesting cap applied before gumbo (html_nesting.cc): pages that
// never nest past the cap are returned byte for byte, however many elements
// they hold; past it, start tags go and their text stays, and what looks like
// a tag inside a comment, a quoted attribute or raw text is no tag.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "sitrep/base/paths.h"
#include "sitrep/ingest/html_internal.h"
#include "sitrep/ingest/html_text.h"

namespace sitrep::ingest::html_internal {
namespace {

std::string Repeat(std::string_view unit, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += unit;
  return out;
}

size_t Count(std::string_view s, std::string_view what) {
  size_t n = 0;
  for (size_t p = s.find(what); p != std::string_view::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

TEST(CapNestingTest, ShallowPagesAreUnchanged) {
  const std::string pages[] = {
      "<!doctype html><html><head><title>a <b> title</title><meta charset=utf-8></head><body>"
      "<!-- <div><div><div> --><p>Shelling near Kherson.<br><img src=x alt='<div>'>"
      "<script>var s = '<div><div><div><div>';</script><div class=\"a>b\"><span/>x</div></body>",
      // Thousands of siblings whose end tags HTML implies, and closed pairs.
      "<ul>" + Repeat("<li>item", 3000) + "</ul>" + Repeat("<p>para", 3000) +
          Repeat("<b>bold</b> <i>it</i>", 3000),
      Repeat("<table><tr><td>a<td>b<tr><td>c</table>", 500),
  };
  for (const std::string& page : pages) EXPECT_EQ(CapNesting(page, 4), page) << page.substr(0, 60);
}

TEST(CapNestingTest, TheProjectsOwnPagesAreUnchanged) {
  int pages = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(ProjectRoot() + "/testdata")) {
    if (e.path().extension() != ".html") continue;
    std::ifstream in(e.path(), std::ios::binary);
    const std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(CapNesting(page, 16), page) << e.path();
    ++pages;
  }
  EXPECT_GE(pages, 5);
}

// A block start tag closes an open <p> (so <p>…<div>…<p>… does not nest), but
// not past a scope boundary; formatting elements stay open.
TEST(CapNestingTest, BlocksCloseAnOpenParagraph) {
  const std::string flat = Repeat("<p>para <div>div <span>s</span></div>", 50);
  EXPECT_EQ(CapNesting(flat, 3), flat);
  // div, span, b, i stay open each round: the fifth start tag is past a cap of 4.
  EXPECT_EQ(CapNesting("<div><span><b><i><p>x<div>y", 4), "<div><span><b><i> x y");
  // A table closes the <p> too; a <button> stands between a <div> and the <p>.
  EXPECT_EQ(CapNesting("<p><table><tr><td><div>x</div></td></tr></table>", 3),
            "<p><table><tr><td> x</div></td></tr></table>");
  EXPECT_EQ(CapNesting("<p>a<button><div>x", 2), "<p>a<button> x");
}

TEST(CapNestingTest, StartTagsPastTheCapGoAndTheirTextStays) {
  EXPECT_EQ(CapNesting("<div><div><div><div>x</div></div></div></div>", 3),
            "<div><div><div> x</div></div></div></div>");
  EXPECT_EQ(CapNesting("<div><span><b><i>deep <br> text", 2), "<div><span>  deep <br> text");
  // Raw text and comments open nothing, whatever they hold.
  EXPECT_EQ(CapNesting("<div><textarea><div><div></textarea><!-- <div> --><b>x", 2),
            "<div><textarea><div><div></textarea><!-- <div> --><b>x");
}

TEST(CapNestingTest, ManyUnclosedElementsKeepEveryWord) {
  std::string page = "<html><body>";
  for (int i = 0; i < 5000; ++i) page += (i % 2 ? "<span>w" : "<div>w") + std::to_string(i) + " ";
  const std::string capped = CapNesting(page);
  EXPECT_EQ(Count(capped, "<div>") + Count(capped, "<span>"), kMaxOpenElements - 2);
  const std::string text = ExtractHtml(page).text;
  // Every word, in order, each still a word of its own.
  size_t at = 0;
  for (int i = 0; i < 5000; ++i) {
    const std::string word = "w" + std::to_string(i);
    at = text.find(word, at);
    ASSERT_NE(at, std::string::npos) << i;
    at += word.size();
    ASSERT_TRUE(at == text.size() || text[at] == ' ' || text[at] == '\n') << i;
  }
}

}  // namespace
}  // namespace sitrep::ingest::html_internal
