// HTML → document text, through the gumbo HTML5 parser (the only files that
// include <gumbo.h> are html_*.cc). Keeps the <title>, the body text with
// paragraph breaks, and the publication date and language declared in the
// page's metadata; drops scripts, styles and page chrome.
#ifndef SITREP_INGEST_HTML_TEXT_H_
#define SITREP_INGEST_HTML_TEXT_H_

#include <string>
#include <string_view>

namespace sitrep::ingest {

struct HtmlContent {
  std::string title;      // <title>, else og:title; whitespace collapsed
  std::string text;       // body text, see ExtractHtml
  std::string published;  // YYYY-MM-DD from metadata, or ""
  std::string lang;       // <html lang> as written, or "" (a hint, not a verdict)
};

// Returns the content of an HTML page.
//
// Text: entities decoded; runs of whitespace collapse to one space (kept as is
// inside <pre>/<textarea>); block elements (p, h1-h6, blockquote, ul, ol, table,
// section, article, …) are separated by a blank line, line-level ones (div, li,
// tr, dt, dd, br, …) by a newline, table cells by a tab. Dropped with their
// content: script, style, nav, footer, aside, noscript, template, iframe, svg,
// form controls, elements with the `hidden` attribute, and <header> unless it
// lies inside <article> or <main> (where it holds the headline, not the site
// banner). An infobox table (class "infobox…") is written as labelled lines,
// a side's cells indented by one tab per column (html_infobox.cc), for the
// battles stage. No leading or trailing whitespace.
//
// Published, first found wins: <meta property="article:published_time">,
// itemprop="datePublished", JSON-LD "datePublished", <meta name="date"> and
// its common variants (pubdate, dc.date, …), <time pubdate>, then the first
// <time datetime> in the kept body text.
// REQUIRES: `html` is valid UTF-8.
HtmlContent ExtractHtml(std::string_view html);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_HTML_TEXT_H_
