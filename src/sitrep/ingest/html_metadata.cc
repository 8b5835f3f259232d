// HTML entry point and the metadata pass: parse with gumbo, read the title,
// <html lang> and publication-date candidates (meta tags, microdata, JSON-LD),
// then hand the tree to the text pass (html_text.cc).
#include <memory>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "sitrep/base/utf8.h"
#include "sitrep/ingest/html_internal.h"
#include "sitrep/ingest/html_text.h"
#include "sitrep/ingest/published_date.h"

namespace sitrep::ingest {
namespace html_internal {
namespace {

// <meta name|property> keys that carry a publication date, by rank. HTML and
// publishing conventions, not language specifics.
constexpr std::string_view kArticleDateKeys[] = {"article:published_time", "datepublished",
                                                 "og:published_time"};
constexpr std::string_view kGenericDateKeys[] = {
    "date",          "pubdate",          "publishdate",
    "publish-date",  "publish_date",     "publication_date",
    "dc.date",       "dc.date.issued",   "dc.date.created",
    "dcterms.date",  "dcterms.issued",   "dcterms.created",
    "sailthru.date", "parsely-pub-date", "citation_publication_date",
    "citation_date"};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

template <size_t N>
bool OneOf(std::string_view key, const std::string_view (&keys)[N]) {
  for (std::string_view k : keys) {
    if (k == key) return true;
  }
  return false;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Offers every string "datePublished" in a JSON-LD value (objects, @graph arrays).
void OfferJsonLdDates(const nlohmann::json& j, DateChooser& dates, int depth) {
  if (depth > 8) return;
  if (j.is_array()) {
    for (const auto& item : j) OfferJsonLdDates(item, dates, depth + 1);
  } else if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (it.key() == "datePublished" && it->is_string()) {
        dates.Offer(DateRank::kJsonLd, it->get_ref<const std::string&>());
      } else if (it->is_structured()) {
        OfferJsonLdDates(*it, dates, depth + 1);
      }
    }
  }
}

void ScanMeta(const GumboNode* node, std::string& og_title, DateChooser& dates) {
  std::string_view key = Attribute(node, "property");
  if (key.empty()) key = Attribute(node, "name");
  if (key.empty()) key = Attribute(node, "itemprop");
  const std::string k = Lower(key);
  const std::string_view content = Attribute(node, "content");
  if (k == "og:title" && og_title.empty()) og_title = std::string(content);
  if (OneOf(k, kArticleDateKeys)) dates.Offer(DateRank::kArticleMeta, content);
  if (OneOf(k, kGenericDateKeys)) dates.Offer(DateRank::kGenericMeta, content);
}

void ScanElement(const GumboNode* node, std::string& title, std::string& og_title,
                 std::string& lang, DateChooser& dates) {
  const GumboElement& el = node->v.element;
  if (el.tag == GUMBO_TAG_HTML && lang.empty()) {
    lang = std::string(Attribute(node, "lang"));
  } else if (el.tag == GUMBO_TAG_TITLE && title.empty() &&
             el.tag_namespace == GUMBO_NAMESPACE_HTML) {
    title = CollapsedText(node);
  } else if (el.tag == GUMBO_TAG_META) {
    ScanMeta(node, og_title, dates);
  } else if (el.tag == GUMBO_TAG_SCRIPT &&
             Lower(Attribute(node, "type")) == "application/ld+json") {
    const GumboVector& kids = el.children;
    if (kids.length > 0 && static_cast<const GumboNode*>(kids.data[0])->type == GUMBO_NODE_TEXT) {
      const char* raw = static_cast<const GumboNode*>(kids.data[0])->v.text.text;
      const auto j = nlohmann::json::parse(raw, nullptr, /*allow_exceptions=*/false);
      if (!j.is_discarded()) OfferJsonLdDates(j, dates, 0);
    }
  }
  if (el.tag != GUMBO_TAG_META && Lower(Attribute(node, "itemprop")) == "datepublished") {
    std::string v(Attribute(node, "datetime"));
    if (v.empty()) v = Attribute(node, "content");
    if (v.empty()) v = CollapsedText(node);
    dates.Offer(DateRank::kArticleMeta, v);
  }
  if (el.tag == GUMBO_TAG_TIME && gumbo_get_attribute(&el.attributes, "pubdate") != nullptr) {
    dates.Offer(DateRank::kTimePubdate, Attribute(node, "datetime"));
  }
}

}  // namespace

void DateChooser::Offer(DateRank rank, std::string_view value) {
  if (rank >= rank_) return;
  if (auto date = ParsePublishedDate(value)) {
    best_ = *std::move(date);
    rank_ = rank;
  }
}

std::string_view Attribute(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

std::string CollapsedText(const GumboNode* node) {
  std::string out;
  bool space = false;
  std::vector<const GumboNode*> stack = {node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_ELEMENT) {
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = kids.length; i > 0; --i) {
        stack.push_back(static_cast<const GumboNode*>(kids.data[i - 1]));
      }
      continue;
    }
    if (n->type != GUMBO_NODE_TEXT && n->type != GUMBO_NODE_WHITESPACE &&
        n->type != GUMBO_NODE_CDATA) {
      continue;
    }
    for (const char* p = n->v.text.text; *p; ++p) {
      if (IsSpace(*p)) {
        space = !out.empty();
        continue;
      }
      if (space) out += ' ';
      space = false;
      out += *p;
    }
  }
  return out;
}

void ScanMetadata(const GumboNode* root, std::string& title, std::string& lang,
                  DateChooser& dates) {
  std::string og_title;
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    ScanElement(n, title, og_title, lang, dates);
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(kids.data[i - 1]));
    }
  }
  if (title.empty()) title = std::move(og_title);
}

}  // namespace html_internal

namespace {

// gumbo decodes a numeric character reference with more digits than its code
// point holds ("&#xEEEE…EED799;") into bytes that are not UTF-8. Such bytes
// become U+FFFD, as a browser shows them, so what leaves the reader is valid
// UTF-8 whatever the page held.
void ReplaceInvalidUtf8(std::string& s) {
  if (!utf8::FindInvalid(s)) return;
  std::string out;
  out.reserve(s.size());
  for (size_t pos = 0; pos < s.size();) utf8::Append(utf8::Next(s, pos), out);  // bad byte: U+FFFD
  s = std::move(out);
}

}  // namespace

HtmlContent ExtractHtml(std::string_view page) {
  const std::string html = html_internal::CapNesting(page);  // gumbo is quadratic in depth
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are not reported; don't collect them
  const auto destroy = [&options](GumboOutput* out) { gumbo_destroy_output(&options, out); };
  std::unique_ptr<GumboOutput, decltype(destroy)> output(
      gumbo_parse_with_options(&options, html.data(), html.size()), destroy);
  HtmlContent content;
  html_internal::DateChooser dates;
  html_internal::ScanMetadata(output->root, content.title, content.lang, dates);
  content.text = html_internal::BodyText(output->root, dates);
  content.published = dates.best();
  for (std::string* field : {&content.title, &content.text, &content.lang}) {
    ReplaceInvalidUtf8(*field);
  }
  return content;
}

}  // namespace sitrep::ingest
