// Design: the text is cut into lines (with spans). A line is a label line when
// it is exactly a label, "Label: value", or a label glued to a value that
// starts with a capital or a digit ("Date15 November"). The infobox is the
// largest cluster of label lines (successive ones at most kMaxGap lines apart)
// with at least three distinct fields, one of them Belligerents or Date. Lines
// after a label belong to its field until the next label; the last block ends
// at the first prose-like line (a long line with sentence punctuation). The
// caption is the line before "Part of the …" shortly above the first label.
#include "sitrep/battles/flattened_infobox.h"

#include <cctype>
#include <set>
#include <vector>

namespace sitrep::battles {
namespace {

constexpr size_t kMaxGap = 60;
constexpr size_t kCaptionWindow = 40;

struct TextLine {
  document::Span span;  // trimmed
  std::string_view text;
};

std::vector<TextLine> SplitLines(std::string_view text) {
  std::vector<TextLine> out;
  for (size_t pos = 0; pos <= text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(pos, nl - pos);
    std::string_view t = Trim(raw);
    const size_t begin = t.empty() ? pos : pos + (t.data() - raw.data());
    out.push_back({{begin, begin + t.size()}, t});
    pos = nl + 1;
  }
  return out;
}

struct LabelMatch {
  std::string field;
  size_t value_offset = 0;  // within the line
};

std::optional<LabelMatch> MatchLabel(std::string_view line, const InfoboxLexicon& lex) {
  if (line.empty() || !std::isupper(static_cast<unsigned char>(line[0]))) return std::nullopt;
  for (const auto& [label, field] : lex.labels) {
    if (line.size() < label.size() || Lower(line.substr(0, label.size())) != Lower(label)) continue;
    if (line.size() == label.size()) return LabelMatch{field, line.size()};
    const unsigned char next = line[label.size()];
    if (next == ':') return LabelMatch{field, label.size() + 1};
    if (std::isupper(next) || std::isdigit(next)) return LabelMatch{field, label.size()};
  }
  return std::nullopt;
}

bool LooksLikeProse(std::string_view line) {
  const size_t words = WordsOf(line).size();
  const bool sentence_break = line.find(". ") != std::string_view::npos;
  return words >= 10 && (sentence_break || (!line.empty() && line.back() == '.'));
}

// Returns the [first, last] indices of label lines forming the infobox.
std::optional<std::pair<size_t, size_t>> FindCluster(
    const std::vector<std::optional<LabelMatch>>& labels) {
  std::optional<std::pair<size_t, size_t>> best;
  size_t best_fields = 0;
  for (size_t i = 0; i < labels.size();) {
    if (!labels[i]) {
      ++i;
      continue;
    }
    std::set<std::string> fields;
    size_t last = i;
    for (size_t j = i; j < labels.size() && j - last <= kMaxGap; ++j) {
      if (!labels[j]) continue;
      if (!fields.insert(labels[j]->field).second) break;  // a second infobox starts
      last = j;
    }
    const bool anchored = fields.count("belligerents") || fields.count("date");
    if (anchored && fields.size() >= 3 && fields.size() > best_fields) {
      best = {i, last};
      best_fields = fields.size();
    }
    i = last + 1;
  }
  return best;
}

bool StartsWithBullet(std::string_view& t) {
  for (std::string_view b : {"\xE2\x80\xA2", "\xC2\xB7", "*"}) {  // • · *
    if (t.substr(0, b.size()) == b) {
      t = Trim(t.substr(b.size()));
      return true;
    }
  }
  return false;
}

InfoLine MakeLine(const TextLine& l, size_t skip, int blanks) {
  std::string_view t = Trim(l.text.substr(skip));
  InfoLine out;
  out.blanks_before = blanks;
  out.bullet = StartsWithBullet(t);
  const size_t begin = l.span.begin + (t.data() - l.text.data());
  out.span = {begin, begin + t.size()};
  out.text = PlainSpaces(t);
  return out;
}

Lines* FieldLines(RawInfobox& box, const std::string& field) {
  if (field == "date") return &box.date;
  if (field == "location") return &box.location;
  if (field == "result") return &box.result;
  if (field == "territory") return &box.territory;
  if (field == "belligerents") return &box.unsplit.belligerents;
  if (field == "commanders") return &box.unsplit.commanders;
  if (field == "units") return &box.unsplit.units;
  if (field == "strength") return &box.unsplit.strength;
  if (field == "casualties") return &box.unsplit.casualties;
  return nullptr;
}

// Returns the text after a "Part of the" prefix of `t`, or nullopt.
std::optional<std::string_view> PartOf(std::string_view t, const InfoboxLexicon& lex) {
  for (const auto& prefix : lex.part_of) {
    if (t.size() > prefix.size() && Lower(t.substr(0, prefix.size())) == Lower(prefix) &&
        t[prefix.size()] == ' ') {
      return Trim(t.substr(prefix.size()));
    }
  }
  return std::nullopt;
}

// Sets the caption, "part of" and the start of the box from the lines above `first`.
void ReadCaption(const std::vector<TextLine>& lines, size_t first, std::string_view title,
                 const InfoboxLexicon& lex, RawInfobox& box) {
  box.span.begin = lines[first].span.begin;
  const size_t stop = first > kCaptionWindow ? first - kCaptionWindow : 0;
  for (size_t i = first; i-- > stop;) {
    const auto part_of = PartOf(lines[i].text, lex);
    if (!part_of) continue;
    box.part_of = std::string(*part_of);
    size_t j = i;
    while (j > stop && lines[j - 1].text.empty()) --j;
    if (j > stop) {
      box.name = std::string(lines[j - 1].text);
      box.name_span = lines[j - 1].span;
      box.span.begin = box.name_span.begin;
    }
    break;
  }
  const std::string_view t = Trim(title);
  if (!t.empty() && (box.name.empty() || t.substr(0, box.name.size()) == box.name)) {
    box.name = std::string(t);
  }
}

}  // namespace

std::optional<RawInfobox> FindFlattenedInfobox(std::string_view text, std::string_view title,
                                               const InfoboxLexicon& lex) {
  const std::vector<TextLine> lines = SplitLines(text);
  std::vector<std::optional<LabelMatch>> labels;
  labels.reserve(lines.size());
  for (const auto& l : lines) labels.push_back(MatchLabel(l.text, lex));
  const auto cluster = FindCluster(labels);
  if (!cluster) return std::nullopt;

  RawInfobox box;
  box.format = "flattened";
  ReadCaption(lines, cluster->first, title, lex, box);
  Lines* current = nullptr;
  int blanks = 0;
  for (size_t i = cluster->first; i < lines.size(); ++i) {
    const TextLine& l = lines[i];
    if (l.text.empty()) {
      ++blanks;
      continue;
    }
    if (i > cluster->second && (LooksLikeProse(l.text) || blanks >= 3 || labels[i])) break;
    if (labels[i] && i <= cluster->second) {
      current = FieldLines(box, labels[i]->field);
      blanks = 0;
      if (current && labels[i]->value_offset < l.text.size()) {
        current->push_back(MakeLine(l, labels[i]->value_offset, 0));
      }
    } else if (current) {
      current->push_back(MakeLine(l, 0, current->empty() ? 0 : blanks));
      blanks = 0;
    }
    box.span.end = l.span.end;
  }
  return box;
}

}  // namespace sitrep::battles
