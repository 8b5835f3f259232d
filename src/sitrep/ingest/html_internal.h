// Internal to ingest/: the two passes of HTML extraction over one gumbo tree
// (metadata from the whole page, text from the body), shared by html_text.cc
// and html_metadata.cc, and the nesting cap applied before parsing
// (html_nesting.cc).
#ifndef SITREP_INGEST_HTML_INTERNAL_H_
#define SITREP_INGEST_HTML_INTERNAL_H_

#include <gumbo.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace sitrep::ingest::html_internal {

// Publication-date candidates ranked by how explicitly they say "published".
enum class DateRank { kArticleMeta = 0, kJsonLd, kGenericMeta, kTimePubdate, kFirstTime, kNone };

// Keeps the best-ranked valid date offered.
class DateChooser {
 public:
  // Offers `value`; ignored unless it parses as a date and ranks better.
  void Offer(DateRank rank, std::string_view value);
  const std::string& best() const { return best_; }
  DateRank rank() const { return rank_; }

 private:
  std::string best_;
  DateRank rank_ = DateRank::kNone;
};

// Returns the value of attribute `name` of `node`, or "" (also for non-elements).
std::string_view Attribute(const GumboNode* node, const char* name);

// Returns the concatenated text under `node`, whitespace collapsed and trimmed.
std::string CollapsedText(const GumboNode* node);

// Fills title, lang and metadata date candidates from the whole tree.
void ScanMetadata(const GumboNode* root, std::string& title, std::string& lang, DateChooser& dates);

// Returns true for a <table> whose class marks it as an infobox ("infobox",
// "infobox vevent", …).
bool IsInfoboxTable(const GumboNode* node);

// Returns the text of an infobox table in the layout html_infobox.cc
// describes (labels, values, one tab of indent per side column).
// REQUIRES: IsInfoboxTable(table).
std::string InfoboxText(const GumboNode* table);

// Open elements past which a start tag is dropped before parsing (Blink's
// bound on the depth of the tree it builds).
inline constexpr size_t kMaxOpenElements = 512;

// Returns `html` with every start tag that would open an element past
// `max_open` (on an approximate stack of open elements, see html_nesting.cc)
// replaced by a space; `html` itself when no tag is dropped.
std::string CapNesting(std::string_view html, size_t max_open = kMaxOpenElements);

// Returns the body text of the tree (ExtractHtml's rules) and offers each kept
// <time datetime> to `dates`.
std::string BodyText(const GumboNode* root, DateChooser& dates);

}  // namespace sitrep::ingest::html_internal

#endif  // SITREP_INGEST_HTML_INTERNAL_H_
