// LineReader: the lines of a text held in memory, numbered for messages, without copying.
//
// Every reader of a line-oriented file (dictionaries, gold sets, the gazetteer, model sources) walks its
// bytes the same way; this is that walk, so that what a line is and how it is numbered is decided once:
//
//   for (LineReader lines(text); lines.Next();) {
//     if (lines.line().empty()) continue;
//     ... return Status::InvalidArgument(path + ":" + std::to_string(lines.number()) + ": ...");
//   }
//
// A line is the bytes up to a '\n', without that '\n' and without one '\r' before it (files written on
// Windows). The last line counts even without a final '\n'; a text that ends with '\n' has no empty line
// after it, and an empty text has no lines. The views point into the text, which must outlive the reader.
#ifndef DYAD_COMMON_LINES_H_
#define DYAD_COMMON_LINES_H_

#include <cstddef>
#include <cstring>
#include <string_view>

namespace dyad {

class LineReader {
 public:
  explicit LineReader(std::string_view text) : text_(text) {}

  // Moves to the next line; false once the text is used up.
  bool Next() {
    if (next_ >= text_.size()) return false;
    offset_ = next_;
    const void* newline = std::memchr(text_.data() + offset_, '\n', text_.size() - offset_);
    const size_t end = newline == nullptr
                           ? text_.size()
                           : static_cast<size_t>(static_cast<const char*>(newline) - text_.data());
    line_ = text_.substr(offset_, end - offset_);
    if (!line_.empty() && line_.back() == '\r') line_.remove_suffix(1);
    next_ = end + 1;
    ++number_;
    return true;
  }

  // The line Next() moved to.
  std::string_view line() const { return line_; }
  // Its number, from 1.
  size_t number() const { return number_; }
  // The byte offset of its first byte in the text.
  size_t offset() const { return offset_; }

 private:
  std::string_view text_;
  std::string_view line_;
  size_t next_ = 0;
  size_t offset_ = 0;
  size_t number_ = 0;
};

}  // namespace dyad

#endif  // DYAD_COMMON_LINES_H_
