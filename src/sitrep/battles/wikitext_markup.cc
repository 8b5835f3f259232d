// A small recursive-descent cleaner for the wikitext found in infobox values.
// It is not a MediaWiki renderer: unknown templates are dropped, which loses
// nothing an infobox value needs in practice (notes, citations, icons).
#include "sitrep/battles/wikitext_markup.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace sitrep::battles {
namespace {

bool StartsWithAt(std::string_view s, size_t i, std::string_view p) {
  return s.substr(i, p.size()) == p;
}

bool StartsWithNoCase(std::string_view s, size_t i, std::string_view p) {
  return s.size() >= i + p.size() && Lower(s.substr(i, p.size())) == p;
}

// Returns true when `part` is a named template argument ("df=y").
bool IsNamedArg(std::string_view part) {
  const size_t eq = part.find('=');
  if (eq == std::string_view::npos) return false;
  const size_t nest = std::min(part.find("{{"), part.find("[["));
  return eq < nest;
}

std::string ExpandTemplate(std::string_view inner, const InfoboxLexicon& lex);

std::string ExpandLink(std::string_view inner, const InfoboxLexicon& lex) {
  const std::string lower = Lower(Trim(inner));
  for (std::string_view ns : {"file:", "image:", "category:"}) {
    if (lower.rfind(ns, 0) == 0) return "";
  }
  const auto parts = SplitTopLevel(inner, '|');
  const auto [b, e] = parts.back();
  return CleanWikitext(inner.substr(b, e - b), lex);
}

// Returns the text an HTML tag at `s[i] == '<'` stands for; sets `next`.
std::string Tag(std::string_view s, size_t i, size_t& next) {
  const size_t close = s.find('>', i);
  if (close == std::string_view::npos) {
    next = i + 1;
    return "<";
  }
  next = close + 1;
  std::string name;
  for (size_t k = i + 1;
       k < close && (std::isalpha(static_cast<unsigned char>(s[k])) || s[k] == '/'); ++k) {
    if (s[k] != '/')
      name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(s[k]))));
  }
  if (name == "br") return "\n";
  if (name == "hr") return "\n\n";
  if (name == "li") return "\n*";
  if (name.empty()) {  // "< 5" and the like: not a tag
    next = i + 1;
    return "<";
  }
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

std::string FormatDateArgs(const std::vector<std::string>& args) {
  std::vector<int> v;
  for (const auto& a : args) {
    const std::string_view t = Trim(a);
    if (t.empty() || !std::isdigit(static_cast<unsigned char>(t[0]))) break;
    v.push_back(std::atoi(std::string(t).c_str()));
  }
  char buf[16] = "";
  if (v.size() >= 3)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", v[0], v[1], v[2]);
  else if (v.size() == 2)
    std::snprintf(buf, sizeof buf, "%04d-%02d", v[0], v[1]);
  else if (v.size() == 1)
    std::snprintf(buf, sizeof buf, "%04d", v[0]);
  return buf;
}

std::string ExpandTemplate(std::string_view inner, const InfoboxLexicon& lex) {
  const auto parts = SplitTopLevel(inner, '|');
  std::string name = Lower(Trim(inner.substr(parts[0].first, parts[0].second - parts[0].first)));
  for (char& c : name) c = c == '_' ? ' ' : c;
  if (name.rfind("template:", 0) == 0) name = std::string(Trim(name.substr(9)));
  std::vector<std::string> args;
  for (size_t k = 1; k < parts.size(); ++k) {
    const std::string_view a = inner.substr(parts[k].first, parts[k].second - parts[k].first);
    if (!IsNamedArg(a)) args.emplace_back(a);
  }
  const auto it = lex.templates.find(name);
  const std::string action = it == lex.templates.end() ? "drop" : it->second;
  if (action == "text") return args.empty() ? "" : CleanWikitext(args[0], lex);
  if (action == "second") return args.size() < 2 ? "" : CleanWikitext(args[1], lex);
  if (action.rfind("text:", 0) == 0) return action.substr(5);
  if (action.rfind("mark:", 0) == 0) return " (" + action.substr(5) + ")";
  if (action == "date") return FormatDateArgs(args);
  if (action == "list") {
    std::string out;
    for (const auto& a : args) {
      std::string item(Trim(CleanWikitext(a, lex)));
      if (item.empty()) continue;
      out += "\n";
      if (item[0] != '*' && args.size() > 1) out += "* ";
      out += item;
    }
    return out + "\n";
  }
  return "";
}

}  // namespace

size_t MatchingClose(std::string_view s, size_t open) {
  const char o = s[open];
  const char c = o == '{' ? '}' : ']';
  int depth = 0;
  for (size_t i = open; i + 1 < s.size(); ++i) {
    if (s[i] == o && s[i + 1] == o) {
      ++depth;
      ++i;
    } else if (s[i] == c && s[i + 1] == c) {
      if (--depth == 0) return i;
      ++i;
    }
  }
  return std::string_view::npos;
}

std::vector<std::pair<size_t, size_t>> SplitTopLevel(std::string_view s, char sep) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((StartsWithAt(s, i, "{{") || StartsWithAt(s, i, "[[")) && i + 1 < s.size()) {
      const size_t close = MatchingClose(s, i);
      if (close != std::string_view::npos) {
        i = close + 1;
        continue;
      }
    }
    if (s[i] == sep) {
      out.emplace_back(start, i);
      start = i + 1;
    }
  }
  out.emplace_back(start, s.size());
  return out;
}

namespace {

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
  for (size_t i = 0; i < out.size(); ++i) {
    if (StartsWithAt(out, i, "<!--")) {
      const size_t end = out.find("-->", i + 4);
      const size_t stop = end == std::string::npos ? out.size() : end + 3;
      blank(i, stop);
      i = stop - 1;
    } else if (StartsWithNoCase(out, i, "<ref") && i + 4 < out.size() &&
               (out[i + 4] == ' ' || out[i + 4] == '>' || out[i + 4] == '/')) {
      const size_t gt = out.find('>', i);
      if (gt == std::string::npos) break;
      size_t stop = gt + 1;
      if (out[gt - 1] != '/') {
        size_t close = gt;
        while (close < out.size() && !StartsWithNoCase(out, close, "</ref>")) ++close;
        stop = close < out.size() ? close + 6 : gt + 1;
      }
      blank(i, stop);
      i = stop - 1;
    }
  }
  return out;
}

// Returns `s` without comments and references (offsets do not survive).
std::string CutCommentsAndRefs(std::string_view s) {
  std::string out = MarkCommentsAndRefs(s);
  out.erase(std::remove(out.begin(), out.end(), '\x01'), out.end());
  return out;
}

}  // namespace

std::string BlankCommentsAndRefs(std::string_view s) {
  std::string out = MarkCommentsAndRefs(s);
  std::replace(out.begin(), out.end(), '\x01', ' ');
  return out;
}

std::string CleanWikitext(std::string_view wikitext, const InfoboxLexicon& lex) {
  const std::string cut = CutCommentsAndRefs(wikitext);
  const std::string_view s = cut;
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t next = i + 1;
    if (StartsWithAt(s, i, "{{") || StartsWithAt(s, i, "[[")) {
      const size_t close = MatchingClose(s, i);
      if (close == std::string_view::npos) {
        i += 2;
        continue;
      }
      const std::string_view inner = s.substr(i + 2, close - i - 2);
      out += s[i] == '{' ? ExpandTemplate(inner, lex) : ExpandLink(inner, lex);
      next = close + 2;
    } else if (s[i] == '[' && StartsWithNoCase(s, i + 1, "http")) {
      const size_t close = s.find(']', i);
      const size_t space = s.find(' ', i);
      if (close != std::string_view::npos && space < close)
        out += s.substr(space + 1, close - space - 1);
      next = close == std::string_view::npos ? s.size() : close + 1;
    } else if (StartsWithAt(s, i, "''")) {
      next = i + (StartsWithAt(s, i, "'''") ? 3 : 2);
    } else if (s[i] == '<') {
      out += Tag(s, i, next);
    } else if (s[i] == '&') {
      out += Entity(s, i, next);
    } else {
      out.push_back(s[i]);
    }
    i = next;
  }
  return out;
}

}  // namespace sitrep::battles
