// Tests for HTML extraction: dropped elements, paragraph breaks, entities,
// title, and publication dates from metadata.
#include "sitrep/ingest/html_text.h"

#include <gtest/gtest.h>

#include "sitrep/testing/fixtures.h"

namespace sitrep::ingest {
namespace {

TEST(HtmlTextTest, ArticleMatchesExpectedText) {
  const HtmlContent c = ExtractHtml(sitrep::testing::ReadTestData("ingest/article.html"));
  EXPECT_EQ(c.title, "Clashes near the river & the old bridge");
  EXPECT_EQ(c.text, sitrep::testing::ReadTestData("ingest/article.expected.txt"));
  EXPECT_EQ(c.published, "2024-12-06");  // article:published_time beats name=date
  EXPECT_EQ(c.lang, "en");
  EXPECT_EQ(c.text.find("MUST_NOT_APPEAR"), std::string::npos);
}

struct TextCase {
  const char* name;
  const char* html;
  const char* text;
};

TEST(HtmlTextTest, BodyTextTable) {
  const TextCase cases[] = {
      {"paragraphs", "<p>One.</p><p>Two.</p>", "One.\n\nTwo."},
      {"divs are lines", "<div>One</div><div>Two</div>", "One\nTwo"},
      {"nested blocks don't stack", "<div><div><p>One</p></div></div><div><p>Two</p></div>",
       "One\n\nTwo"},
      {"br", "a<br>b<br><br>c", "a\nb\n\nc"},
      {"whitespace collapses", "  a \n\t b  ", "a b"},
      {"inline keeps words apart", "<b>bold</b> <i>italic</i>", "bold italic"},
      {"inline joins", "un<b>break</b>able", "unbreakable"},
      {"headings", "<h1>Title</h1>Body", "Title\n\nBody"},
      {"list", "<ul><li>a</li><li>b</li></ul>", "a\nb"},
      {"cells", "<table><tr><td>k</td><td>v</td></tr><tr><td>k2</td><td>v2</td></tr></table>",
       "k\tv\nk2\tv2"},
      {"entities", "&lt;a&gt; &amp; &quot;q&quot; &#x30B7;&#12522;&auml;", "<a> & \"q\" シリä"},
      {"nbsp is a space", "a&nbsp;&nbsp;b", "a b"},
      {"pre keeps lines", "<pre>x  = 1\ny = 2</pre>after", "x  = 1\ny = 2\n\nafter"},
      // Preformatted white space inside the text stays; at either end it goes.
      {"pre at the edges trimmed", "<pre>  x = 1  \n</pre><p>mid</p><pre>\n  y = 2 \n\n</pre>",
       "x = 1  \n\nmid\n\n  y = 2"},
      {"script style dropped", "a<script>bad()</script><style>p{}</style>b", "ab"},
      {"chrome dropped", "<nav>n</nav><aside>s</aside><p>keep</p><footer>f</footer>", "keep"},
      {"noscript template dropped", "<p>x</p><noscript><p>n</p></noscript><template>t</template>",
       "x"},
      {"site header dropped", "<header>banner</header><p>x</p>", "x"},
      {"article header kept", "<article><header><h1>Head</h1></header><p>x</p></article>",
       "Head\n\nx"},
      {"hidden dropped", "<p hidden>secret</p><p>shown</p>", "shown"},
      {"japanese", "<p>シリアの反政府勢力。</p><p>大統領官邸。</p>",
       "シリアの反政府勢力。\n\n大統領官邸。"},
      {"unclosed tags", "<p>one<p>two<div>three", "one\n\ntwo\n\nthree"},
      {"empty", "<html><body> </body></html>", ""},
      // A numeric reference past any code point is U+FFFD, never bytes that
      // are not UTF-8 (gumbo overflows on one with too many digits).
      {"overlong reference", "<p>a &#xEEEEEEEEEEEEEEEEEEEEEEEEED799; b &#99999999999999; c</p>",
       "a \uFFFD b \uFFFD c"},
  };
  for (const TextCase& c : cases) {
    EXPECT_EQ(ExtractHtml(c.html).text, c.text) << c.name;
  }
}

struct DateCase {
  const char* name;
  const char* html;
  const char* published;
};

TEST(HtmlTextTest, PublishedDateTable) {
  const DateCase cases[] = {
      {"article meta", R"(<meta property="article:published_time" content="2024-12-07T01:00:00Z">)",
       "2024-12-07"},
      {"name date", R"(<meta name="date" content="2023-05-01">)", "2023-05-01"},
      {"name case-insensitive", R"(<meta name="DC.Date.Issued" content="2022-01-31">)",
       "2022-01-31"},
      {"itemprop", R"(<span itemprop="datePublished" content="2021-07-04">July 4</span>)",
       "2021-07-04"},
      {"json-ld",
       R"(<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2020-02-02T10:00:00+01:00"}]}</script>)",
       "2020-02-02"},
      {"time datetime", R"(<p>Posted <time datetime="2019-09-09T08:00">Monday</time></p>)",
       "2019-09-09"},
      {"meta beats time",
       R"(<meta name="date" content="2023-05-01"><time datetime="2019-09-09">x</time>)",
       "2023-05-01"},
      {"article meta beats json-ld",
       R"(<script type="application/ld+json">{"datePublished":"2020-02-02"}</script><meta property="article:published_time" content="2024-12-07">)",
       "2024-12-07"},
      {"invalid skipped",
       R"(<meta property="article:published_time" content="soon"><meta name="date" content="2023-05-01">)",
       "2023-05-01"},
      {"time in footer ignored", R"(<footer><time datetime="2019-09-09">x</time></footer>)", ""},
      {"none", "<p>no date</p>", ""},
  };
  for (const DateCase& c : cases) {
    EXPECT_EQ(ExtractHtml(c.html).published, c.published) << c.name;
  }
}

TEST(HtmlTextTest, TitleFallsBackToOpenGraph) {
  EXPECT_EQ(ExtractHtml(R"(<meta property="og:title" content="OG title"><p>x</p>)").title,
            "OG title");
  EXPECT_EQ(ExtractHtml("<title>  Real \n title </title><p>x</p>").title, "Real title");
}

TEST(HtmlTextTest, DeeplyNestedDoesNotOverflow) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<span>";
  html += "deep";
  EXPECT_EQ(ExtractHtml(html).text, "deep");
}

}  // namespace
}  // namespace sitrep::ingest
