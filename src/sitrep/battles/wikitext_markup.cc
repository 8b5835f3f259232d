// A depth-bounded recursive-descent cleaner for the wikitext found in infobox
// values. It is not a MediaWiki renderer: unknown templates are dropped, which
// loses nothing an infobox value needs in practice (notes, citations, icons).
// Each level of nesting scans only its own range, and the bracket pairs come
// from one Brackets index, so a text of n bytes costs O(n · kMaxMarkupDepth).
#include "sitrep/battles/wikitext_markup.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>

namespace sitrep::battles {
namespace {

bool StartsWithAt(std::string_view s, size_t i, std::string_view p) {
  return s.substr(i, p.size()) == p;
}

// Returns true when "{{" or "[[" starts at `i` (and ends before `end`).
bool OpenerAt(std::string_view s, size_t i, size_t end) {
  return i + 1 < end && (s[i] == '{' || s[i] == '[') && s[i + 1] == s[i];
}

bool StartsWithNoCase(std::string_view s, size_t i, std::string_view p) {
  if (s.size() < i + p.size()) return false;
  for (size_t k = 0; k < p.size(); ++k) {
    if (std::tolower(static_cast<unsigned char>(s[i + k])) != p[k]) return false;
  }
  return true;
}

// The next occurrence of a byte at or after a position that only grows, so
// that a run of openers without closers ("<<<<", "[http[http") is scanned once.
class NextByte {
 public:
  NextByte(std::string_view s, char c) : s_(s), c_(c) {}
  size_t From(size_t pos) {
    if (valid_ && (at_ == std::string_view::npos || at_ >= pos)) return at_;
    valid_ = true;
    return at_ = s_.find(c_, pos);
  }

 private:
  std::string_view s_;
  char c_;
  size_t at_ = std::string_view::npos;
  bool valid_ = false;
};

// Returns true when `part` is a named template argument ("df=y").
bool IsNamedArg(std::string_view part) {
  const size_t eq = part.find('=');
  if (eq == std::string_view::npos) return false;
  const std::string_view head = part.substr(0, eq);
  return head.find("{{") == std::string_view::npos && head.find("[[") == std::string_view::npos;
}

// Returns the text an HTML tag at `s[i] == '<'` whose '>' is at `close`
// (npos when none) stands for; sets `next`.
std::string Tag(std::string_view s, size_t i, size_t close, size_t& next) {
  if (close == std::string_view::npos) {
    next = i + 1;
    return "<";
  }
  std::string name;
  for (size_t k = i + 1;
       k < close && (std::isalpha(static_cast<unsigned char>(s[k])) || s[k] == '/'); ++k) {
    if (s[k] != '/')
      name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(s[k]))));
  }
  if (name.empty()) {  // "< 5" and the like: not a tag
    next = i + 1;
    return "<";
  }
  next = close + 1;
  if (name == "br") return "\n";
  if (name == "hr") return "\n\n";
  if (name == "li") return "\n*";
  return "";
}

std::string Entity(std::string_view s, size_t i, size_t& next) {
  static const std::pair<std::string_view, std::string_view> kEntities[] = {
      {"&nbsp;", " "},
      {"&ndash;", "\xE2\x80\x93"},
      {"&mdash;", "\xE2\x80\x94"},
      {"&amp;", "&"},
      {"&minus;", "\xE2\x88\x92"},
      {"&thinsp;", " "},
      {"&quot;", "\""},
      {"&lt;", "<"},
      {"&gt;", ">"}};
  for (const auto& [name, text] : kEntities) {
    if (StartsWithNoCase(s, i, name)) {
      next = i + name.size();
      return std::string(text);
    }
  }
  next = i + 1;
  return "&";
}

// Returns the leading number of `t` when it has 1-4 digits, else -1 (so
// "99999999999" cannot overflow anything).
int SmallNumber(std::string_view t) {
  size_t n = 0;
  while (n < t.size() && std::isdigit(static_cast<unsigned char>(t[n]))) ++n;
  if (n == 0 || n > 4) return -1;
  return std::stoi(std::string(t.substr(0, n)));
}

// {{start date|2013|11|15}} -> "2013-11-15" (only plausible year, month, day).
std::string FormatDateArgs(const std::vector<std::string>& args) {
  std::vector<int> v;
  for (const auto& a : args) {
    const int x = SmallNumber(Trim(a));
    if (x < 0 || v.size() == 3) break;
    v.push_back(x);
  }
  if (v.empty() || v[0] < 1 || (v.size() > 1 && (v[1] < 1 || v[1] > 12)) ||
      (v.size() > 2 && (v[2] < 1 || v[2] > 31))) {
    return "";
  }
  char buf[32] = "";
  if (v.size() == 3)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", v[0], v[1], v[2]);
  else if (v.size() == 2)
    std::snprintf(buf, sizeof buf, "%04d-%02d", v[0], v[1]);
  else
    std::snprintf(buf, sizeof buf, "%04d", v[0]);
  return buf;
}

}  // namespace

Brackets::Brackets(std::string_view s) {
  // Openers are appended in text order, so pairs_ is sorted without sorting;
  // each stack holds indices into pairs_ of the openers still open.
  auto is_opener = [&](size_t i) { return (s[i] == '{' || s[i] == '[') && s[i + 1] == s[i]; };
  size_t openers = 0;
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (is_opener(i)) ++openers, ++i;
  }
  pairs_.reserve(openers);
  std::vector<size_t> braces, squares;
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    const char c = s[i];
    if (c != s[i + 1] || (c != '{' && c != '}' && c != '[' && c != ']')) continue;
    std::vector<size_t>& stack = (c == '{' || c == '}') ? braces : squares;
    if (c == '{' || c == '[') {
      stack.push_back(pairs_.size());
      pairs_.emplace_back(i, std::string_view::npos);
    } else if (!stack.empty()) {
      pairs_[stack.back()].second = i;
      stack.pop_back();
    }
    ++i;
  }
}

size_t Brackets::CloseOf(size_t open) const {
  // Callers scan left to right: the opener after the last one asked for is
  // the usual answer, and costs no search.
  size_t k = last_ + 1;
  const bool after_last = last_ == static_cast<size_t>(-1) || pairs_[last_].first < open;
  if (after_last && (k >= pairs_.size() || pairs_[k].first > open)) {
    return std::string_view::npos;  // between two openers: none here
  }
  if (k >= pairs_.size() || pairs_[k].first != open) {
    const auto it = std::lower_bound(
        pairs_.begin(), pairs_.end(), open,
        [](const std::pair<size_t, size_t>& p, size_t at) { return p.first < at; });
    if (it == pairs_.end() || it->first != open) return std::string_view::npos;
    k = static_cast<size_t>(it - pairs_.begin());
  }
  last_ = k;
  return pairs_[k].second;
}

WikitextCleaner::WikitextCleaner(std::string_view text, const InfoboxLexicon& lex)
    : text_(text), lex_(lex), brackets_(text) {}

Ranges WikitextCleaner::SplitTopLevel(size_t begin, size_t end, char sep) const {
  Ranges out;
  size_t start = begin;
  for (size_t i = begin; i < end; ++i) {
    if (OpenerAt(text_, i, end)) {
      const size_t close = brackets_.CloseOf(i);
      if (close != std::string_view::npos && close + 2 <= end) {
        i = close + 1;
        continue;
      }
    }
    if (text_[i] == sep) {
      out.emplace_back(start, i);
      start = i + 1;
    }
  }
  out.emplace_back(start, end);
  return out;
}

std::string WikitextCleaner::ExpandLink(size_t begin, size_t end, int depth) const {
  const std::string head = Lower(Trim(text_.substr(begin, std::min<size_t>(end - begin, 16))));
  for (std::string_view ns : {"file:", "image:", "category:"}) {
    if (head.rfind(ns, 0) == 0) return "";
  }
  const auto [b, e] = SplitTopLevel(begin, end, '|').back();
  return Clean(b, e, depth + 1);
}

std::string WikitextCleaner::ExpandTemplate(size_t begin, size_t end, int depth) const {
  const auto parts = SplitTopLevel(begin, end, '|');
  const std::string_view head = text_.substr(parts[0].first, parts[0].second - parts[0].first);
  std::string name = Lower(Trim(head.substr(0, 80)));
  for (char& c : name) c = c == '_' ? ' ' : c;
  if (name.rfind("template:", 0) == 0) name = std::string(Trim(name.substr(9)));
  const auto it = lex_.templates.find(name);
  const std::string action = it == lex_.templates.end() ? "drop" : it->second;
  if (action == "drop") return "";
  if (action.rfind("text:", 0) == 0) return action.substr(5);
  if (action.rfind("mark:", 0) == 0) return " (" + action.substr(5) + ")";
  Ranges args;
  std::optional<std::pair<size_t, size_t>> display_name;  // "name=" of {{flag|Nazi Germany|name=Germany}}
  for (size_t k = 1; k < parts.size(); ++k) {
    const auto [b, e] = parts[k];
    const std::string_view arg = text_.substr(b, e - b);
    if (!IsNamedArg(arg)) {
      args.emplace_back(b, e);
    } else if (Lower(Trim(arg.substr(0, arg.find('=')))) == "name") {
      display_name = std::pair(b + arg.find('=') + 1, e);
    }
  }
  auto clean = [&](size_t k) { return Clean(args[k].first, args[k].second, depth + 1); };
  if (action == "text" && display_name) return Clean(display_name->first, display_name->second, depth + 1);
  if (action == "text") return args.empty() ? "" : clean(0);
  if (action == "second") return args.size() < 2 ? "" : clean(1);
  if (action == "date") {
    std::vector<std::string> raw;
    for (const auto& [b, e] : args) raw.emplace_back(text_.substr(b, std::min<size_t>(e - b, 8)));
    return FormatDateArgs(raw);
  }
  if (action == "list") {
    std::string out;
    for (size_t k = 0; k < args.size(); ++k) {
      std::string item(Trim(clean(k)));
      if (item.empty()) continue;
      out += "\n";
      if (item[0] != '*' && args.size() > 1) out += "* ";
      out += item;
    }
    return out + "\n";
  }
  return "";
}

std::string WikitextCleaner::Clean(size_t begin, size_t end, int depth) const {
  std::string out;
  if (depth > kMaxMarkupDepth) return out;
  const std::string_view s = text_.substr(0, end);  // no scan runs past the range
  NextByte gt(s, '>'), square(s, ']'), space(s, ' ');
  for (size_t i = begin; i < end;) {
    size_t next = i + 1;
    if (OpenerAt(s, i, end)) {
      const size_t close = brackets_.CloseOf(i);
      if (close == std::string_view::npos || close + 2 > end) {
        i += 2;
        continue;
      }
      out += s[i] == '{' ? ExpandTemplate(i + 2, close, depth) : ExpandLink(i + 2, close, depth);
      next = close + 2;
    } else if (s[i] == '[' && StartsWithNoCase(s, i + 1, "http")) {
      const size_t close = square.From(i);
      const size_t sp = space.From(i);
      if (close != std::string_view::npos && sp < close) out += s.substr(sp + 1, close - sp - 1);
      next = close != std::string_view::npos ? close + 1 : end;
    } else if (s[i] == '\'' && StartsWithAt(s, i, "''")) {
      next = i + (StartsWithAt(s, i, "'''") ? 3 : 2);
    } else if (s[i] == '<') {
      const size_t close = gt.From(i);
      out += Tag(s, i, close, next);
    } else if (s[i] == '&') {
      out += Entity(s, i, next);
    } else {
      out.push_back(s[i]);
    }
    i = std::min(next, end);
  }
  return out;
}

Ranges SplitTopLevel(std::string_view s, char sep) {
  static const InfoboxLexicon kNoWords;
  return WikitextCleaner(s, kNoWords).SplitTopLevel(0, s.size(), sep);
}

namespace {

// The next case-insensitive occurrence of `pattern` (lowercase) at or after a
// position that only grows; each byte of the text is looked at about once.
class NextPattern {
 public:
  NextPattern(std::string_view s, std::string_view pattern) : s_(s), p_(pattern) {}
  size_t From(size_t pos) {
    if (scanned_ && (at_ == std::string_view::npos || at_ >= pos)) return at_;
    scanned_ = true;
    for (size_t k = pos; k + p_.size() <= s_.size(); ++k) {
      if (StartsWithNoCase(s_, k, p_)) return at_ = k;
    }
    return at_ = std::string_view::npos;
  }

 private:
  std::string_view s_, p_;
  size_t at_ = std::string_view::npos;
  bool scanned_ = false;
};

// Returns `s` with every byte of a comment or reference (newlines aside)
// replaced by '\x01'; '\x01' bytes of the input become spaces first.
std::string MarkCommentsAndRefs(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\x01') c = ' ';
  }
  auto blank = [&out](size_t b, size_t e) {
    for (size_t k = b; k < e && k < out.size(); ++k) {
      if (out[k] != '\n') out[k] = '\x01';
    }
  };
  NextPattern comment_end(s, "-->"), ref_end(s, "</ref>");
  NextByte gt(s, '>');
  for (size_t i = 0; i < out.size(); ++i) {
    if (s[i] != '<') continue;
    if (StartsWithAt(s, i, "<!--")) {
      const size_t end = comment_end.From(i + 4);
      const size_t stop = end == std::string::npos ? out.size() : end + 3;
      blank(i, stop);
      i = stop - 1;
    } else if (StartsWithNoCase(s, i, "<ref") && i + 4 < s.size() &&
               (s[i + 4] == ' ' || s[i + 4] == '>' || s[i + 4] == '/')) {
      const size_t close_tag = gt.From(i);
      if (close_tag == std::string::npos) break;
      size_t stop = close_tag + 1;
      if (s[close_tag - 1] != '/') {
        const size_t close = ref_end.From(close_tag);
        if (close != std::string::npos) stop = close + 6;
      }
      blank(i, stop);
      i = stop - 1;
    }
  }
  return out;
}

}  // namespace

std::string BlankCommentsAndRefs(std::string_view s) {
  std::string out = MarkCommentsAndRefs(s);
  std::replace(out.begin(), out.end(), '\x01', ' ');
  return out;
}

std::string CleanWikitext(std::string_view wikitext, const InfoboxLexicon& lex) {
  std::string cut = MarkCommentsAndRefs(wikitext);
  cut.erase(std::remove(cut.begin(), cut.end(), '\x01'), cut.end());
  return WikitextCleaner(cut, lex).Clean(0, cut.size());
}

}  // namespace sitrep::battles
