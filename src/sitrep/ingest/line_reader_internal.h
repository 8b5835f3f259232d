// Internal to ingest/: lines of a stream with a bound on their length, so a
// line without end ("/dev/zero", a 2 GB minified dump) costs at most the
// bound in memory instead of growing until the process is killed. Takes what
// each read brings (a pipe is never waited on for a full buffer), so streamed
// input flows line by line.
#ifndef SITREP_INGEST_LINE_READER_INTERNAL_H_
#define SITREP_INGEST_LINE_READER_INTERNAL_H_

#include <cstddef>
#include <istream>
#include <string>

namespace sitrep::ingest {

class LineReader {
 public:
  // Reads `head` (bytes already taken from `in`) and then `in`. Lines longer
  // than `max_bytes` (without their LF) are skipped.
  LineReader(std::string head, std::istream& in, size_t max_bytes);

  // Reads the next line, without its LF, into `line`. Returns false at the end
  // of the input. A line over the bound comes back empty with `too_long` set
  // (its bytes were read and dropped, never held).
  bool Next(std::string& line, bool& too_long);

  // Returns true when the last line Next returned ended with a LF.
  bool last_terminated() const { return last_terminated_; }
  // Returns the bytes read from the stream but not yet returned as lines, and
  // forgets them (for a caller that goes on reading the stream itself).
  std::string TakeBuffered();

  // Returns the bytes consumed so far (line feeds included).
  size_t offset() const { return offset_; }
  // Returns true when the stream failed with a read error.
  bool bad() const { return in_.bad(); }

 private:
  // Refills buffer_ with what the stream has (blocking until something or
  // end of input). Returns false at end of input.
  bool Fill();

  std::istream& in_;
  const size_t max_bytes_;
  std::string buffer_;
  size_t pos_ = 0;
  size_t offset_ = 0;
  bool last_terminated_ = false;
};

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_LINE_READER_INTERNAL_H_
