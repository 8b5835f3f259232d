// Design: the text is cut into lines (spans kept, leading tabs counted,
// markdown rows turned into tab-separated cells). Label lines are found by
// the vocabulary (infobox_labels.h). Successive label lines at most kMaxGap
// lines apart form a cluster; a cluster ends at an "Infobox" line, at a gap,
// or when a field each box has once (Date, Location, Result, Status,
// Territorial changes) comes again: that is the next box. A repeated side
// field (a second "Belligerents:") is the next side's column instead. A
// cluster with three distinct fields, one of them Date or Belligerents, is a
// box. Lines after a label belong to it until the next label; the last block
// ends at the first prose-like line, three blank lines, or the next box. The
// caption is the line after an "Infobox" line, else the line before "Part of
// the …" shortly above the first label, else a short title-like line just
// above it.
#include "sitrep/battles/flattened_infobox.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <map>
#include <optional>
#include <set>

#include "sitrep/battles/infobox_columns.h"
#include "sitrep/battles/infobox_figures.h"
#include "sitrep/battles/infobox_labels.h"

namespace sitrep::battles {
namespace {

constexpr size_t kMaxGap = 60;          // lines between two labels of one box
constexpr size_t kCaptionWindow = 40;   // lines above the first label searched for the caption
constexpr size_t kMaxCaptionWords = 12;  // a caption is a name, not a sentence

struct TextLine {
  document::Span span;    // the trimmed line in the document
  std::string_view text;  // trimmed; a markdown row as tab-separated cells
  int tabs = 0;           // leading tabs
  bool cleaned = false;   // `text` was made over (not the document's bytes)
  bool skip = false;      // the second half of a label broken over two lines
};

std::vector<TextLine> SplitLines(std::string_view text, std::deque<std::string>& owned) {
  std::vector<TextLine> out;
  for (size_t pos = 0; pos <= text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(pos, nl - pos);
    TextLine line;
    while (static_cast<size_t>(line.tabs) < raw.size() && raw[line.tabs] == '\t') ++line.tabs;
    std::string_view t = Trim(raw);
    const size_t begin = t.empty() ? pos : pos + (t.data() - raw.data());
    line.span = {begin, begin + t.size()};
    line.text = t;
    if (t.find("**") != std::string_view::npos) {  // markdown bold: "**Date:** 7 March"
      std::string plain;
      for (size_t k = 0; k < t.size(); ++k) {
        if (t.compare(k, 2, "**") == 0) {
          ++k;
        } else {
          plain.push_back(t[k]);
        }
      }
      owned.push_back(std::string(Trim(plain)));
      t = owned.back();
      line.text = t;
      line.cleaned = true;
    }
    if (!t.empty() && t[0] == '|') {
      owned.push_back(UnpipeLine(t));
      line.text = owned.back();
      line.cleaned = true;
      while (!line.text.empty() && line.text[0] == '\t') line.text.remove_prefix(1), ++line.tabs;
    }
    out.push_back(line);
    pos = nl + 1;
  }
  return out;
}

// Returns the label broken over lines i and i+1 ("Territorial" / "changes",
// as a <br> in a header cell leaves it), marking line i+1 as used.
std::optional<LabelMatch> SplitLabel(std::vector<TextLine>& lines, size_t i,
                                     const InfoboxLexicon& lex) {
  constexpr size_t kMaxHalf = 24;  // bytes: each half is a word or two
  if (i + 1 >= lines.size() || lines[i + 1].tabs > 0 || lines[i].text.size() > kMaxHalf ||
      lines[i + 1].text.empty() || lines[i + 1].text.size() > kMaxHalf) {
    return std::nullopt;
  }
  const std::string joined = std::string(lines[i].text) + " " + std::string(lines[i + 1].text);
  auto m = MatchLabel(joined, lex);
  if (!m || m->value_begin != joined.size()) return std::nullopt;
  m->value_begin = lines[i].text.size();
  lines[i + 1].skip = true;
  return m;
}

// Returns true for a line of running text: ten words with a full stop, or, in
// a script written without spaces, twenty letters with an ideographic full
// stop ("。").
bool LooksLikeProse(std::string_view line) {
  const size_t words = WordsOf(line).size();
  const bool sentence_break = line.find(". ") != std::string_view::npos;
  if (words >= 10 && (sentence_break || (!line.empty() && line.back() == '.'))) return true;
  if (line.find("\xE3\x80\x82") == std::string_view::npos) return false;
  const size_t letters = std::count_if(line.begin(), line.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // UTF-8 lead bytes
  });
  return letters >= 20;
}

bool OncePerBox(const std::string& field) { return !IsSideField(field); }

struct Cluster {
  size_t first = 0, last = 0;  // label lines
  std::set<std::string> fields;
  std::optional<size_t> marker;  // the "Infobox" line above it
  size_t begin = 0;              // first line of the box (caption, marker or first label)
};

std::vector<Cluster> FindClusters(const std::vector<TextLine>& lines,
                                  const std::vector<std::optional<LabelMatch>>& labels,
                                  const std::vector<bool>& markers) {
  std::vector<Cluster> out;
  std::optional<Cluster> cur;
  std::optional<size_t> marker;
  auto close = [&] {
    if (cur && cur->fields.size() >= 3 &&
        (cur->fields.count("date") || cur->fields.count("belligerents"))) {
      out.push_back(*cur);
    }
    cur.reset();
  };
  for (size_t i = 0; i < lines.size() && out.size() <= kMaxInfoboxes; ++i) {
    if (markers[i]) {
      close();
      marker = i;
      continue;
    }
    if (!labels[i]) continue;
    const std::string& field = labels[i]->field;
    if (cur && (i - cur->last > kMaxGap || (OncePerBox(field) && cur->fields.count(field)))) {
      close();
    }
    if (!cur) {
      cur = Cluster{i, i, {}, std::nullopt, i};
      if (marker && i - *marker <= kCaptionWindow) cur->marker = marker;
      marker.reset();
    }
    cur->fields.insert(field);
    cur->last = i;
  }
  close();
  return out;
}

bool TitleLike(std::string_view t) {
  const size_t words = WordsOf(t).size();
  return words > 0 && words <= kMaxCaptionWords && t.back() != '.' && t.back() != ':' &&
         !std::islower(static_cast<unsigned char>(t[0]));
}

// Sets the caption, "part of" and the first line of the box from the lines
// above its first label (not above `floor`, the end of the box before).
void ReadCaption(const std::vector<TextLine>& lines,
                 const std::vector<std::optional<LabelMatch>>& labels, size_t floor,
                 const InfoboxLexicon& lex, Cluster& c, RawInfobox& box) {
  auto take_name = [&](size_t i) {
    box.name = std::string(lines[i].text);
    box.name_span = lines[i].span;
    c.begin = std::min(c.begin, i);
  };
  if (c.marker) {
    c.begin = *c.marker;
    for (size_t i = *c.marker + 1; i < c.first; ++i) {
      if (lines[i].text.empty() || labels[i]) continue;
      if (auto part_of = PartOfCaption(lines[i].text, lex)) {
        box.part_of = std::string(*part_of);
      } else if (box.name.empty()) {
        take_name(i);
      }
    }
    return;
  }
  const size_t stop = std::max(floor, c.first > kCaptionWindow ? c.first - kCaptionWindow : 0);
  for (size_t i = c.first; i-- > stop;) {
    if (labels[i]) break;
    const auto part_of = PartOfCaption(lines[i].text, lex);
    if (!part_of) continue;
    box.part_of = std::string(*part_of);
    c.begin = i;
    size_t j = i;
    while (j > stop && lines[j - 1].text.empty()) --j;
    if (j > stop && !labels[j - 1]) take_name(j - 1);
    return;
  }
  // A short title-like line just above the first label, standing apart from
  // what precedes it (a blank line or the start of the text above it).
  size_t j = c.first;
  if (j > stop && lines[j - 1].text.empty()) --j;
  if (j == stop || labels[j - 1] || !TitleLike(lines[j - 1].text)) return;
  if (j - 1 == stop || lines[j - 2].text.empty()) take_name(j - 1);
}

Lines* FieldLines(RawInfobox& box, const std::string& field) {
  if (field == "date") return &box.date;
  if (field == "location") return &box.location;
  if (field == "result") return &box.result;
  if (field == "territory") return &box.territory;
  if (field == "status") return &box.status;
  if (field == "belligerents") return &box.unsplit.belligerents;
  if (field == "commanders") return &box.unsplit.commanders;
  if (field == "units") return &box.unsplit.units;
  if (field == "strength") return &box.unsplit.strength;
  if (field == "casualties") return &box.unsplit.casualties;
  return nullptr;
}

// Returns true when the label of `line` is also a casualty phrase and its
// value a figure ("死傷者 75,504人"): under a label of the same field that is a
// figure line of that field, not the field labelled again.
bool IsFigureLine(std::string_view line, const LabelMatch& m, const InfoboxLexicon& lex) {
  if (m.value_begin >= line.size()) return false;
  std::string_view label = line.substr(0, m.value_begin);
  while (!label.empty() && (label.back() == ':' || label.back() == ' ' || label.back() == '\t')) {
    label.remove_suffix(1);
  }
  const std::string phrase = Lower(PlainSpaces(label));
  const bool figure_phrase = std::any_of(lex.figures.begin(), lex.figures.end(),
                                         [&](const auto& f) { return f.first == phrase; });
  return figure_phrase && FindFigure(PlainSpaces(line.substr(m.value_begin)), lex).has_value();
}

// Clears the labels that are figure lines of the field labelled above them.
void KeepFigureLines(const std::vector<TextLine>& lines, const InfoboxLexicon& lex,
                     std::vector<std::optional<LabelMatch>>& labels) {
  const LabelMatch* above = nullptr;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!labels[i]) continue;
    if (above && above->field == labels[i]->field && IsFigureLine(lines[i].text, *labels[i], lex)) {
      labels[i].reset();
      continue;
    }
    above = &*labels[i];
  }
}

// Returns the blocks of the box whose label lines are c.first..c.last, read
// up to line `limit` (the next box).
std::vector<Block> ReadBlocks(const std::vector<TextLine>& lines,
                              const std::vector<std::optional<LabelMatch>>& labels,
                              const Cluster& c, size_t limit, size_t& end_line) {
  std::vector<Block> blocks;
  std::map<std::string, int> seen;  // side field -> times labelled so far
  std::set<std::string> numbered;   // side fields labelled with a side number so far
  int blanks = 0;
  end_line = c.first;
  for (size_t i = c.first; i < limit; ++i) {
    const TextLine& l = lines[i];
    if (l.skip) continue;
    if (l.text.empty()) {
      if (l.tabs == 0) ++blanks;
      continue;
    }
    if (i > c.last && (LooksLikeProse(l.text) || blanks >= 3 || labels[i] ||
                       (!blocks.empty() && blocks.back().lines.size() > kMaxFieldLines))) {
      break;  // the last block ends at prose, a gap, a label, or past any real field
    }
    end_line = i;
    if (labels[i] && i <= c.last) {
      LabelMatch m = *labels[i];
      const bool shared_label = m.field == "shared_casualties";  // "Civilian casualties"
      if (shared_label) m.field = "casualties";
      Block b;
      b.field = m.field;
      const int nth = shared_label ? 0 : seen[m.field]++;
      if (m.side >= 0) numbered.insert(m.field);
      b.side = m.side >= 0 ? m.side : IsSideField(m.field) && nth > 0 ? nth : -1;
      const int sides = seen.count("belligerents") ? seen["belligerents"] : 0;
      if (m.side < 0 && m.field == "casualties" &&
          (shared_label || numbered.count(m.field) || (sides >= 2 && nth >= sides))) {
        // "Casualties:" after "Casualties 1:", "Casualties 2:", or labelled
        // once more than there are sides: the row all sides share.
        b.side = InfoLine::kAllSides;
      }
      if (nth == 1 && m.side < 0) {
        for (auto& earlier : blocks) {  // the first one was side 1 after all
          if (earlier.field == m.field && earlier.side < 0) earlier.side = 0;
        }
      }
      if (m.value_begin < l.text.size()) {
        const std::string_view v = l.text.substr(m.value_begin);
        const size_t at = l.cleaned ? l.span.begin : l.span.begin + m.value_begin;
        b.lines.push_back({v, l.cleaned ? l.span : document::Span{at, at + v.size()}, 0, 0,
                           l.cleaned, true});
      }
      blocks.push_back(std::move(b));
      blanks = 0;
    } else if (!blocks.empty()) {
      const int before = blocks.back().lines.empty() ? 0 : blanks;
      blocks.back().lines.push_back({l.text, l.span, l.tabs, before, l.cleaned, false});
      blanks = 0;
    }
  }
  return blocks;
}

// Fills `box` from its blocks.
void FillBox(std::vector<Block> blocks, const InfoboxLexicon& lex, RawInfobox& box) {
  int row_cells = 0;
  for (const Block& b : blocks) {
    if (IsSideField(b.field)) row_cells = std::max(row_cells, RowCells(b));
  }
  for (Block& b : blocks) {
    b.row_cells = row_cells;
    bool cut = false;
    Lines ls = BlockLines(b, lex, cut);
    if (cut) {
      box.problems.push_back({b.field,
                              "longer than " + std::to_string(kMaxFieldLines) + " lines of " +
                                  std::to_string(kMaxLineBytes) + " bytes; the rest is ignored",
                              ls.empty() ? box.span : ls.back().span});
    }
    if (b.field == "name" || b.field == "part_of") {
      if (ls.empty()) continue;
      (b.field == "name" ? box.name : box.part_of) = ls.front().text;
      if (b.field == "name") box.name_span = ls.front().span;
      continue;
    }
    Lines* dst = FieldLines(box, b.field);
    if (!dst) continue;
    for (auto& l : ls) {
      if (dst->size() >= kMaxFieldLines) break;
      dst->push_back(std::move(l));
    }
  }
}

}  // namespace

std::vector<RawInfobox> FindFlattenedInfoboxes(std::string_view text, std::string_view title,
                                               const InfoboxLexicon& lex) {
  std::deque<std::string> owned;
  std::vector<TextLine> lines = SplitLines(text, owned);
  std::vector<std::optional<LabelMatch>> labels(lines.size());
  std::vector<bool> markers(lines.size(), false);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].tabs > 0 || lines[i].text.empty() || lines[i].skip) continue;
    markers[i] = IsInfoboxMarker(lines[i].text, lex);
    if (!markers[i]) labels[i] = MatchLabel(lines[i].text, lex);
    if (!labels[i] && !markers[i]) labels[i] = SplitLabel(lines, i, lex);
  }
  KeepFigureLines(lines, lex, labels);
  std::vector<Cluster> clusters = FindClusters(lines, labels, markers);
  std::vector<RawInfobox> out(clusters.size());
  for (size_t k = 0; k < clusters.size(); ++k) {
    const size_t floor = k == 0 ? 0 : clusters[k - 1].last + 1;
    out[k].format = "flattened";
    ReadCaption(lines, labels, floor, lex, clusters[k], out[k]);
  }
  for (size_t k = 0; k < clusters.size(); ++k) {
    const Cluster& c = clusters[k];
    RawInfobox& box = out[k];
    const size_t limit = k + 1 < clusters.size() ? clusters[k + 1].begin : lines.size();
    size_t end_line = c.first;
    FillBox(ReadBlocks(lines, labels, c, limit, end_line), lex, box);
    box.span = {lines[c.begin].span.begin, lines[end_line].span.end};
  }
  const std::string_view t = Trim(title);
  if (!out.empty() && !t.empty()) {
    const std::string& name = out[0].name;
    const bool extends = !name.empty() && t.size() > name.size() &&
                         t.substr(0, name.size()) == name &&
                         Trim(t.substr(name.size())).substr(0, 1) == "(";
    if (name.empty() || extends) out[0].name = std::string(t);
  }
  return out;
}

}  // namespace sitrep::battles
