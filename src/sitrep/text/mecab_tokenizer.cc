// MeCab tokenizer. Offsets: the lattice parses the sentence's bytes in place
// (no MECAB_PARTIAL/NBEST), so each node's surface pointer points into the
// verbatim text and `surface - sentence_start` is its byte offset; the white
// space MeCab skips between nodes (node->rlength - node->length) needs no
// bookkeeping. Very long sentences (a paragraph without punctuation) are fed
// to MeCab in chunks of at most kMaxChunk bytes cut after white space or a
// comma where possible, to bound the lattice's memory.
#include "sitrep/text/mecab_tokenizer.h"

#include <mecab.h>
#include <unicode/uchar.h>

#include <array>

#include "sitrep/base/utf8.h"
#include "sitrep/text/lines_internal.h"

namespace sitrep::text {
namespace {

constexpr size_t kMaxChunk = 32 * 1024;

// The fields of an IPAdic feature string "品詞,細1,細2,細3,活用型,活用形,原形,読み,発音"
// that a token keeps: up to the reading (index 7). Views into the string, on
// the stack: a token costs no vector.
constexpr size_t kKeptFields = 8;
struct Fields {
  std::array<std::string_view, kKeptFields> field;
  size_t count = 0;  // fields read, at most kKeptFields
};

Fields SplitFeature(std::string_view feature) {
  Fields f;
  size_t start = 0;
  while (f.count < kKeptFields) {
    const size_t comma = feature.find(',', start);
    f.field[f.count++] = feature.substr(start, comma - start);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return f;
}

void FillFeatures(std::string_view feature, document::Token& t) {
  const Fields f = SplitFeature(feature);
  t.pos = std::string(f.field[0]);
  for (size_t i = 1; i <= 3 && i < f.count; ++i) {
    if (f.field[i] == "*") continue;
    if (!t.pos_detail.empty()) t.pos_detail += ',';
    t.pos_detail += f.field[i];
  }
  if (f.count > 6 && f.field[6] != "*") t.lemma = std::string(f.field[6]);
  if (f.count > 7 && f.field[7] != "*") t.reading = std::string(f.field[7]);
}

// Returns the end of the next chunk of `s` starting at `begin`.
size_t ChunkEnd(std::string_view s, size_t begin) {
  if (s.size() - begin <= kMaxChunk) return s.size();
  size_t end = begin + kMaxChunk;
  while (end > begin && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  for (size_t p = end; p > begin + kMaxChunk / 2;) {
    const size_t char_end = p;
    const char32_t c = internal::Prev(s, p);
    if (internal::IsSpace(c) || c == ',' || c == 0x3001 || c == 0xFF0C) return char_end;
  }
  return end;
}

// Returns true when no grapheme-cluster boundary lies between `prev` and `cp`:
// MeCab splits a combining accent, an emoji modifier or a ZWJ sequence off its
// base character, and such pieces are glued back onto the previous token.
bool ContinuesCluster(char32_t prev, char32_t cp) {
  const auto gcb = [](char32_t c) {
    return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_GRAPHEME_CLUSTER_BREAK);
  };
  const int g = gcb(cp);
  return g == U_GCB_EXTEND || g == U_GCB_ZWJ || g == U_GCB_SPACING_MARK || gcb(prev) == U_GCB_ZWJ;
}

// Appends `t` to `out`, or extends the last token when it starts at or after
// `floor` (the sentence start) and `t` continues its grapheme cluster.
void Append(std::string_view text, size_t floor, document::Token t,
            std::vector<document::Token>& out) {
  if (!out.empty() && out.back().span.begin >= floor && out.back().span.end == t.span.begin) {
    size_t end = out.back().span.end;
    const char32_t prev = internal::Prev(text, end);
    if (ContinuesCluster(prev, internal::At(text, t.span.begin))) {
      out.back().span.end = t.span.end;
      return;
    }
  }
  out.push_back(std::move(t));
}

// Returns true when every code point of `s` is white space (what TrimSpaces
// would trim to nothing), reading from the front only: a token's first code
// point is nearly always the answer, with no scan back from its end.
bool IsAllSpace(std::string_view s) {
  for (size_t p = 0; p < s.size();) {
    if (!internal::IsSpace(utf8::Next(s, p))) return false;
  }
  return true;
}

}  // namespace

struct MecabTokenizer::Impl {
  std::unique_ptr<MeCab::Model> model;
  std::unique_ptr<MeCab::Tagger> tagger;
};

MecabTokenizer::MecabTokenizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
MecabTokenizer::~MecabTokenizer() = default;

StatusOr<std::unique_ptr<MecabTokenizer>> MecabTokenizer::Create(const std::string& dicdir) {
  const std::string dir = dicdir.empty() ? kDefaultMecabDicdir : dicdir;
  auto impl = std::make_unique<Impl>();
  const std::string arg = "-d " + dir;
  impl->model.reset(MeCab::createModel(arg.c_str()));
  if (impl->model == nullptr) {
    return UnavailableError("MeCab cannot load the dictionary in " + dir + ": " +
                            MeCab::getLastError());
  }
  impl->tagger.reset(impl->model->createTagger());
  if (impl->tagger == nullptr) return UnavailableError("MeCab cannot create a tagger");
  return std::unique_ptr<MecabTokenizer>(new MecabTokenizer(std::move(impl)));
}

Status MecabTokenizer::Tokenize(std::string_view text,
                                const std::vector<document::Sentence>& sentences,
                                std::string_view /*lang*/,
                                std::vector<document::Token>& out) const {
  std::unique_ptr<MeCab::Lattice> lattice(impl_->model->createLattice());
  if (lattice == nullptr) return InternalError("MeCab cannot create a lattice");
  for (const document::Sentence& s : sentences) {
    const std::string_view sentence = text.substr(s.span.begin, s.span.size());
    for (size_t begin = 0; begin < sentence.size();) {
      const size_t end = ChunkEnd(sentence, begin);
      const char* start = sentence.data() + begin;
      lattice->set_sentence(start, end - begin);
      if (!impl_->tagger->parse(lattice.get())) {
        return InternalError(std::string("MeCab failed: ") + lattice->what());
      }
      for (const MeCab::Node* n = lattice->bos_node(); n != nullptr; n = n->next) {
        if (n->stat == MECAB_BOS_NODE || n->stat == MECAB_EOS_NODE || n->length == 0) continue;
        if (n->surface < start || n->surface + n->length > start + (end - begin)) {
          return InternalError("MeCab returned a surface outside its input");
        }
        const std::string_view surface(n->surface, n->length);
        if (IsAllSpace(surface)) continue;
        document::Token t;
        t.span.begin = s.span.begin + begin + static_cast<size_t>(n->surface - start);
        t.span.end = t.span.begin + n->length;
        FillFeatures(n->feature, t);
        Append(text, s.span.begin, std::move(t), out);
      }
      begin = end;
    }
  }
  return OkStatus();
}

}  // namespace sitrep::text
