// LineReader: a buffer refilled by whatever the stream's next read brings; a
// line is assembled from the pieces between line feeds, and abandoned (its
// bytes skipped) once it passes the bound.
#include <algorithm>
#include <cstring>

#include "sitrep/ingest/line_reader_internal.h"

namespace sitrep::ingest {
namespace {

constexpr size_t kChunk = 1 << 16;

}  // namespace

LineReader::LineReader(std::string head, std::istream& in, size_t max_bytes)
    : in_(in), max_bytes_(max_bytes), buffer_(std::move(head)) {}

bool LineReader::Fill() {
  buffer_.resize(kChunk);
  pos_ = 0;
  if (in_.rdbuf() == nullptr || in_.rdbuf()->sgetc() == std::char_traits<char>::eof()) {
    buffer_.clear();
    in_.setstate(std::ios::eofbit);
    return false;
  }
  const std::streamsize n = in_.readsome(buffer_.data(), static_cast<std::streamsize>(kChunk));
  buffer_.resize(n > 0 ? static_cast<size_t>(n) : 0);
  return !buffer_.empty();
}

bool LineReader::Next(std::string& line, bool& too_long) {
  line.clear();
  too_long = false;
  bool any = false;
  for (;;) {
    if (pos_ >= buffer_.size() && !Fill()) {
      last_terminated_ = false;
      return any;
    }
    any = true;
    const char* start = buffer_.data() + pos_;
    const size_t avail = buffer_.size() - pos_;
    const void* nl = std::memchr(start, '\n', avail);
    const size_t piece = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start) : avail;
    if (!too_long && line.size() + piece > max_bytes_) {
      too_long = true;
      line.clear();
      line.shrink_to_fit();
    }
    if (!too_long) line.append(start, piece);
    pos_ += piece;
    offset_ += piece;
    if (nl) {
      ++pos_;
      ++offset_;
      last_terminated_ = true;
      return true;
    }
  }
}

std::string LineReader::TakeBuffered() {
  std::string rest = buffer_.substr(std::min(pos_, buffer_.size()));
  buffer_.clear();
  pos_ = 0;
  return rest;
}

}  // namespace sitrep::ingest
