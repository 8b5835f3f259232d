// ReadPaths and ReadStream: dispatch each input to its format reader, turn the
// result into a Document, and settle its language and publication date.
//
// Reading is one pass over the bytes: a file is read whole into a string
// reserved to its size (fstat), checked and normalized in place (decode.h),
// then moved into the Document; JSONL is streamed line by line. Language
// detection looks at a bounded sample, so a 50 MB document costs one read, one
// validation pass and one newline pass. Every read is bounded: a file larger
// than the document bound is refused from its size, one that cannot tell its
// size (a device, a pipe) when the bound is passed, and binary data when its
// first chunk holds a NUL byte.
//
// Identity: a file's id is its canonical path (realpath), so the same file
// named three ways is one document; an unnamed stream document's id is the
// stream's name and a hash of its text. Each id is remembered (as a 64-bit
// hash) for the whole call, so a file named twice is read once (a notice) and
// a JSONL id used twice is reported rather than silently replacing the first.
#include "sitrep/ingest/reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <istream>
#include <memory>
#include <streambuf>
#include <unordered_map>
#include <vector>

#include "sitrep/base/charset.h"
#include "sitrep/base/date.h"
#include "sitrep/base/hash.h"
#include "sitrep/base/utf8.h"
#include "sitrep/ingest/decode.h"
#include "sitrep/ingest/html_text.h"
#include "sitrep/ingest/jsonl.h"
#include "sitrep/ingest/language_id.h"
#include "sitrep/ingest/line_reader_internal.h"
#include "sitrep/ingest/path_walk_internal.h"

namespace sitrep::ingest {
namespace {

using document::Document;
using document::PublishedSource;

constexpr size_t kChunk = 1 << 16;
constexpr size_t kBinarySniffBytes = 8 * 1024;

std::string TooLarge(size_t max) {
  return "document too large (over " + std::to_string(max >> 20) + " MiB)";
}

// Returns the id of the file at `path`: its canonical absolute path (links,
// "." and ".." resolved), else its lexically normal absolute path.
std::string FileId(const std::string& path) {
  std::unique_ptr<char, decltype(&std::free)> real(realpath(path.c_str(), nullptr), &std::free);
  if (real) return real.get();
  std::error_code ec;
  const std::filesystem::path abs = std::filesystem::absolute(path, ec);
  return ec ? path : abs.lexically_normal().string();
}

// Returns the id of an unnamed document of stream `name`: "<stdin>:" and 16
// hex digits of its text's hash.
std::string StreamId(const std::string& name, std::string_view text) {
  return name + ":" + Hex64(Fnv1a64(text));
}

// Returns the bytes of the file at `path`, or the reason it cannot be read.
// One read pass into a buffer sized from fstat (plus one byte, so reaching end
// of file never grows it); files whose size stat cannot tell grow by doubling.
StatusOr<std::string> ReadWholeFile(const std::string& path, size_t max_bytes) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return UnavailableError(ErrnoReason(errno));
  struct stat st;
  size_t hint = 0;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) hint = static_cast<size_t>(st.st_size);
  std::string bytes;
  size_t len = 0;
  bool sniff = true;
  Status status;
  if (hint > max_bytes) {
    status = InvalidArgumentError(TooLarge(max_bytes));
  } else {
    bytes.resize(std::max(hint + 1, kChunk));
  }
  while (status.ok()) {
    if (len == bytes.size()) {
      if (len > max_bytes) {
        status = InvalidArgumentError(TooLarge(max_bytes));
        break;
      }
      bytes.resize(std::min(2 * len, max_bytes + 1));
    }
    const ssize_t n = read(fd, bytes.data() + len, bytes.size() - len);
    if (n > 0) {
      if (len == 0) {  // UTF-16 and UTF-32 text is full of NUL bytes
        const Bom bom = DetectBom(std::string_view(bytes.data(), static_cast<size_t>(n)));
        sniff = bom.charset.empty() || bom.charset == "UTF-8";
      }
      const size_t sniff_end = std::min(len + static_cast<size_t>(n), kBinarySniffBytes);
      if (sniff && len < sniff_end) {  // binary data (/dev/zero, an image): refused at once
        if (const void* nul = std::memchr(bytes.data() + len, '\0', sniff_end - len)) {
          const size_t at = static_cast<const char*>(nul) - bytes.data();
          status = InvalidArgumentError("binary file (NUL byte at " + std::to_string(at) + ")");
          break;
        }
      }
      len += static_cast<size_t>(n);
    } else if (n == 0) {
      break;
    } else if (errno != EINTR) {
      status = DataLossError(ErrnoReason(errno));
    }
  }
  close(fd);
  if (!status.ok()) return status;
  bytes.resize(len);
  return bytes;
}

// Returns the rest of `in` appended to `head`, or an error past `max_bytes`.
StatusOr<std::string> ReadRest(std::istream& in, std::string head, size_t max_bytes) {
  for (;;) {
    const size_t old = head.size();
    head.resize(old + kChunk);
    in.read(head.data() + old, kChunk);
    head.resize(old + static_cast<size_t>(in.gcount()));
    if (head.size() > max_bytes) return InvalidArgumentError(TooLarge(max_bytes));
    if (!in) break;
  }
  if (in.bad()) return DataLossError("read error");
  return head;
}

// An input stream buffer over a file descriptor (not owned) with a large
// buffer, for JSONL files and standard input. std::cin is synchronized with
// stdio and reads a character at a time (~25 MB/s); this is 3-5x faster, and
// faster than std::ifstream for getline.
class FdStreamBuf : public std::streambuf {
 public:
  explicit FdStreamBuf(int fd) : fd_(fd), buffer_(4 * kChunk) {}

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    ssize_t n;
    do {
      n = read(fd_, buffer_.data(), buffer_.size());
    } while (n < 0 && errno == EINTR);
    if (n <= 0) return traits_type::eof();
    setg(buffer_.data(), buffer_.data(), buffer_.data() + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  int fd_;
  std::vector<char> buffer_;
};

// Returns the text of a leading "# Title" line of a Markdown document, or "".
std::string MarkdownTitle(std::string_view text) {
  if (!text.starts_with("# ")) return "";
  std::string_view line = text.substr(2, text.find('\n') - 2);  // npos - 2 is still huge
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '#')) {
    line.remove_suffix(1);
  }
  return std::string(line);
}

// State of one ReadPaths/ReadStream call.
class Reader {
 public:
  Reader(const ReadOptions& options, const DocumentSink& on_document, const ErrorSink& on_error,
         const ProgressSink& on_progress)
      : options_(options),
        on_document_(on_document),
        on_error_(on_error),
        on_progress_(on_progress) {}

  void ReadPath(const std::string& path) {
    if (path == "-") {
      FdStreamBuf buf(STDIN_FILENO);
      std::istream in(&buf);
      ReadStream(in, "<stdin>");
      return;
    }

    WalkPath(
        path,
        [this](const std::string& file, InputFormat format) {
          if (!Stopped()) ReadFileAs(file, format);
        },
        [this](const std::string& p, const std::string& reason) { Error(p, reason); });
  }

  // Reads `in` as standard input is read (see reader.h for the sniffing rule).
  void ReadStream(std::istream& in, const std::string& name) {
    BeginStream(name);
    const size_t max = options_.max_document_bytes;
    LineReader lines("", in, max);
    std::string head, line, first;  // first: the first non-blank line, trimmed
    bool too_long = false;
    while (first.empty() && lines.Next(line, too_long)) {
      if (too_long || head.size() + line.size() > max) return Error(name, TooLarge(max));
      std::string_view content(line);
      if (head.empty()) content.remove_prefix(BomLength(content));
      const size_t start = content.find_first_not_of(" \t\r\f\v");
      if (start != std::string_view::npos) first.assign(content.substr(start));
      head += line;
      if (lines.last_terminated()) head += '\n';
    }
    head += lines.TakeBuffered();
    if (LooksLikeJsonl(first)) return ReadJsonlFrom(std::move(head), in, name, 0);
    const InputFormat format = LooksLikeHtml(first) ? InputFormat::kHtml : InputFormat::kText;
    auto bytes = ReadRest(in, std::move(head), max);
    if (!bytes.ok()) return Error(name, bytes.status().message());
    bytes_done_ += bytes->size();
    ReadBytesAs(name, std::move(bytes).value(), format);
    Progress();
  }

 private:
  // True for a line opening a JSON object: '{' then '"' or '}' (so wiki
  // markup such as "{{Infobox …" stays text).
  static bool LooksLikeJsonl(std::string_view line) {
    if (!line.starts_with('{')) return false;
    const size_t next = line.find_first_not_of(" \t", 1);
    return next != std::string_view::npos && (line[next] == '"' || line[next] == '}');
  }

  static bool LooksLikeHtml(std::string_view line) {
    std::string start(line.substr(0, 14));
    for (char& c : start) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return start.starts_with("<!doctype html") || start.starts_with("<html");
  }

  void ReadFileAs(const std::string& path, InputFormat format) {
    BeginInput(path);
    if (utf8::FindInvalid(CurrentFileId())) {  // a link to a name that is not UTF-8
      return Error(path, "its real path is not valid UTF-8; skipped");
    }
    if (format == InputFormat::kJsonl) return ReadJsonlFile(path);
    auto bytes = ReadWholeFile(path, options_.max_document_bytes);
    if (!bytes.ok()) return Error(path, bytes.status().message());
    bytes_done_ += bytes->size();
    ReadBytesAs(path, std::move(bytes).value(), format);
    Progress();
  }

  // Decodes one whole document read from `path` (a file, or a stream when
  // `path` is a stream name: then its id comes from its text).
  void ReadBytesAs(const std::string& path, std::string bytes, InputFormat format) {
    auto text = format == InputFormat::kHtml ? DecodeHtml(std::move(bytes))
                                             : DecodeText(std::move(bytes));
    if (!text.ok()) return Error(path, text.status().message());
    std::string title, published, lang_hint;
    if (format == InputFormat::kHtml) {
      HtmlContent html = ExtractHtml(*text);
      if (IsBlank(html.text)) return Error(path, "empty document (no text in the HTML body)");
      *text = std::move(html.text);
      title = std::move(html.title);
      published = std::move(html.published);
      lang_hint = std::move(html.lang);
    } else if (format == InputFormat::kMarkdown) {
      title = MarkdownTitle(*text);
    }
    const bool stream = !streams_.empty() && streams_.back() == current_input_;
    std::string id = stream ? StreamId(path, *text) : CurrentFileId();
    Document doc(std::move(id), std::move(text).value());
    doc.title = std::move(title);
    if (!published.empty()) {
      doc.published = std::move(published);
      doc.published_source = PublishedSource::kMetadata;
    }
    Emit(std::move(doc), path, 0, /*derived_id=*/true, "", lang_hint);
  }

  void ReadJsonlFile(const std::string& path) {
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Error(path, ErrnoReason(errno));
    struct stat st;
    const size_t size = fstat(fd, &st) == 0 ? static_cast<size_t>(st.st_size) : 0;
    const size_t base = bytes_done_;
    {
      FdStreamBuf buf(fd);
      std::istream in(&buf);
      ReadJsonlFrom("", in, path, size);
    }
    close(fd);
    bytes_done_ = base + size;
    Progress();
  }

  // `size` (0 = unknown) caps the progress reported from inside the stream.
  void ReadJsonlFrom(std::string head, std::istream& in, const std::string& name, size_t size) {
    const size_t base = bytes_done_;
    JsonlSinks sinks;
    sinks.on_record = [&](JsonlRecord&& r, size_t line) { EmitRecord(std::move(r), name, line); };
    sinks.on_error = [&](size_t line, const std::string& reason) {
      Error(name + ":" + std::to_string(line), reason);
    };
    sinks.should_stop = [this] { return Stopped(); };
    sinks.on_bytes = [&](size_t bytes) {
      if (size == 0 || bytes < size) {
        bytes_done_ = base + bytes;
        Progress();
      }
    };
    Status s = ReadJsonl(std::move(head), in, sinks, options_.max_document_bytes);
    if (!s.ok()) Error(name, s.message());
  }

  void EmitRecord(JsonlRecord&& r, const std::string& name, size_t line) {
    const bool derived = r.id.empty();
    std::string id = std::move(r.id);
    if (derived) {
      const bool stream = !streams_.empty() && streams_.back() == current_input_;
      id = stream ? StreamId(name, r.text) : CurrentFileId() + ":" + std::to_string(line);
    }
    Document doc(std::move(id), std::move(r.text));
    doc.title = std::move(r.title);
    doc.url = std::move(r.url);
    if (!r.published.empty()) {
      doc.published = std::move(r.published);
      doc.published_source = PublishedSource::kMetadata;
    }
    Emit(std::move(doc), name, line, derived, r.lang, "");
  }

  // Starts a new input (a file or a stream) for the messages naming it.
  void BeginInput(const std::string& name) {
    current_input_ = static_cast<uint32_t>(inputs_.size());
    inputs_.push_back(name);
    current_file_id_.clear();
  }
  // Returns FileId of the current input, computed once per input.
  const std::string& CurrentFileId() {
    if (current_file_id_.empty()) current_file_id_ = FileId(inputs_[current_input_]);
    return current_file_id_;
  }
  // Marks the current input as a stream: its unnamed documents are named by content.
  void BeginStream(const std::string& name) {
    BeginInput(name);
    streams_.push_back(current_input_);
  }
  std::string Where(uint32_t input, size_t line) const {
    return line == 0 ? inputs_[input] : inputs_[input] + ":" + std::to_string(line);
  }

  // Returns true the first time `id` is seen in this call; else reports the
  // repeat (a notice for a document read twice, an error for a JSONL id used
  // twice) and returns false.
  bool FirstTime(const std::string& id, size_t line, bool derived_id) {
    const auto [it, inserted] =
        seen_.emplace(Fnv1a64(id), FirstSeen{current_input_, static_cast<uint32_t>(line)});
    if (inserted) return true;
    const std::string here = Where(current_input_, line);
    const std::string there = Where(it->second.input, it->second.line);
    if (derived_id) {
      Notice(here, "same document as " + there + "; read once");
    } else {
      Error(here, "id '" + id + "' is already used by " + there + "; this record was not read");
    }
    return false;
  }

  // Settles language and date (options first), then hands the document on.
  void Emit(Document doc, const std::string& source, size_t line, bool derived_id,
            const std::string& declared_lang, const std::string& lang_hint) {
    if (Stopped() || !FirstTime(doc.id(), line, derived_id)) return;
    doc.source = source;
    if (!options_.published.empty()) {
      doc.published = options_.published;
      doc.published_source = PublishedSource::kCommandLine;
    }
    if (!options_.lang.empty()) {
      const std::string code = NormalizeLanguageCode(options_.lang);
      doc.lang = code.empty() ? options_.lang : code;
      doc.lang_overridden = true;
    } else if (!declared_lang.empty()) {
      doc.lang = declared_lang;
      doc.lang_overridden = true;
    } else {
      doc.lang = DetectLanguage(doc.text(), lang_hint, options_.readable_languages);
    }
    on_document_(std::move(doc));
  }

  bool Stopped() const { return options_.stop != nullptr && options_.stop->load(); }

  void Notice(const std::string& source, const std::string& reason) {
    if (on_error_) on_error_({source, reason, /*notice=*/true});
  }
  void Error(const std::string& source, const std::string& reason) {
    if (on_error_) on_error_({source, reason});
  }
  void Progress() {
    if (on_progress_) on_progress_(bytes_done_);
  }

  const ReadOptions& options_;
  const DocumentSink& on_document_;
  const ErrorSink& on_error_;
  const ProgressSink& on_progress_;
  size_t bytes_done_ = 0;
  // Where each id was first seen, by the hash of the id.
  struct FirstSeen {
    uint32_t input;
    uint32_t line;
  };
  std::unordered_map<uint64_t, FirstSeen> seen_;
  std::vector<std::string> inputs_;  // every input read, in order
  std::vector<uint32_t> streams_;    // the inputs that are streams
  uint32_t current_input_ = 0;
  std::string current_file_id_;  // "" until CurrentFileId() is asked
};

bool CheckOptions(const ReadOptions& options, const ErrorSink& on_error) {
  if (options.published.empty() || Date::Parse(options.published)) return true;
  if (on_error) {
    on_error({"--published", "invalid date '" + options.published + "' (expected YYYY-MM-DD)"});
  }
  return false;
}

}  // namespace

void ReadPaths(const std::vector<std::string>& paths, const ReadOptions& options,
               const DocumentSink& on_document, const ErrorSink& on_error,
               const ProgressSink& on_progress) {
  if (!CheckOptions(options, on_error)) return;
  Reader reader(options, on_document, on_error, on_progress);
  for (const std::string& path : paths) {
    if (options.stop != nullptr && options.stop->load()) break;
    reader.ReadPath(path);
  }
}

void ReadStream(std::istream& in, const std::string& name, const ReadOptions& options,
                const DocumentSink& on_document, const ErrorSink& on_error,
                const ProgressSink& on_progress) {
  if (!CheckOptions(options, on_error)) return;
  Reader reader(options, on_document, on_error, on_progress);
  reader.ReadStream(in, name);
}

std::string DocumentIdForPath(const std::string& path) { return FileId(path); }

size_t TotalInputBytes(const std::vector<std::string>& paths) {
  size_t total = 0;
  for (const std::string& path : paths) {
    if (path == "-") continue;
    WalkPath(
        path,
        [&total](const std::string& file, InputFormat) {
          struct stat st;
          if (stat(file.c_str(), &st) == 0) total += static_cast<size_t>(st.st_size);
        },
        [](const std::string&, const std::string&) {});
  }
  return total;
}

}  // namespace sitrep::ingest
