// Readers for the plain formats of the gold sets: RFC 4180 CSV and Python literals.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/gold.h"

namespace dyad {

Result<std::vector<std::vector<std::string>>> ParseCsv(std::string_view file_name, std::string_view text,
                                                       std::vector<size_t>* row_lines) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  size_t line = 1;
  size_t i = 0;
  bool row_open = false;  // something of the current row has been read
  size_t row_line = 1;
  auto finish_row = [&]() {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
    if (row_lines) row_lines->push_back(row_line);
  };
  while (i < text.size()) {
    char c = text[i];
    if (!row_open && field.empty()) row_line = line;
    if (c == '"' && field.empty()) {
      const size_t open_line = line;
      ++i;
      bool closed = false;
      while (i < text.size()) {
        char q = text[i];
        if (q == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          closed = true;
          break;
        }
        if (q == '\n') ++line;
        field += q;
        ++i;
      }
      if (!closed) {
        return Status::InvalidArgument(std::string(file_name) + ":" + std::to_string(open_line) +
                                       ": unterminated quoted field");
      }
      row_open = true;
      // Text after the closing quote up to the separator is kept, as most readers do.
      continue;
    }
    if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      row_open = true;
      ++i;
      continue;
    }
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      continue;
    }
    if (c == '\n') {
      if (row_open || !field.empty()) finish_row();
      row.clear();
      field.clear();
      row_open = false;
      ++line;
      ++i;
      continue;
    }
    field += c;
    row_open = true;
    ++i;
  }
  if (row_open || !field.empty()) finish_row();
  return rows;
}

namespace {

class PyParser {
 public:
  PyParser(std::string_view where, std::string_view text) : where_(where), text_(text) {}

  Result<PyValue> ParseAll() {
    PyValue value;
    DYAD_RETURN_IF_ERROR(Value(0, &value));
    SkipSpace();
    if (pos_ != text_.size()) return Error("unexpected text after the value");
    return value;
  }

 private:
  Status Error(const std::string& what) const {
    return Status::InvalidArgument(std::string(where_) + ": python literal at byte " + std::to_string(pos_) +
                                   ": " + what);
  }
  void SkipSpace() {
    while (pos_ < text_.size() &&
           (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r'))
      ++pos_;
  }
  bool Word(std::string_view w) {
    if (text_.substr(pos_, w.size()) != w) return false;
    size_t after = pos_ + w.size();
    if (after < text_.size()) {
      char c = text_[after];
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')
        return false;
    }
    pos_ = after;
    return true;
  }

  Status Value(int depth, PyValue* out) {
    if (depth > 64) return Error("nested too deeply");
    SkipSpace();
    if (pos_ >= text_.size()) return Error("value expected, end of text found");
    char c = text_[pos_];
    if (c == '[' || c == '(') {
      out->kind = c == '[' ? PyValue::Kind::kList : PyValue::Kind::kTuple;
      const char close = c == '[' ? ']' : ')';
      ++pos_;
      while (true) {
        SkipSpace();
        if (pos_ < text_.size() && text_[pos_] == close) {
          ++pos_;
          return Status::Ok();
        }
        PyValue item;
        DYAD_RETURN_IF_ERROR(Value(depth + 1, &item));
        out->items.push_back(std::move(item));
        SkipSpace();
        if (pos_ >= text_.size()) return Error(std::string("'") + close + "' expected, end of text found");
        if (text_[pos_] == ',') {
          ++pos_;
          continue;
        }
        if (text_[pos_] != close) return Error(std::string("',' or '") + close + "' expected");
      }
    }
    if (c == '\'' || c == '"') return String(out);
    if (c == '-' || (c >= '0' && c <= '9')) return Integer(out);
    if (Word("None")) {
      out->kind = PyValue::Kind::kNone;
      return Status::Ok();
    }
    if (Word("True") || Word("False")) {
      out->kind = PyValue::Kind::kBool;
      out->number = text_[pos_ - 2] == 'u' ? 1 : 0;  // "True" ends in "ue", "False" in "se"
      return Status::Ok();
    }
    return Error("unexpected character");
  }

  Status String(PyValue* out) {
    out->kind = PyValue::Kind::kString;
    const char quote = text_[pos_++];
    while (pos_ < text_.size()) {
      char c = text_[pos_++];
      if (c == quote) return Status::Ok();
      if (c == '\n') return Error("line break inside a string");
      if (c != '\\') {
        out->text += c;
        continue;
      }
      if (pos_ >= text_.size()) break;
      char e = text_[pos_++];
      switch (e) {
        case 'n':
          out->text += '\n';
          break;
        case 't':
          out->text += '\t';
          break;
        case 'r':
          out->text += '\r';
          break;
        case '\\':
        case '\'':
        case '"':
          out->text += e;
          break;
        case 'x': {
          if (pos_ + 2 > text_.size()) return Error("short \\x escape");
          int v = 0;
          for (int k = 0; k < 2; ++k) {
            char h = text_[pos_++];
            int d = (h >= '0' && h <= '9')   ? h - '0'
                    : (h >= 'a' && h <= 'f') ? h - 'a' + 10
                    : (h >= 'A' && h <= 'F') ? h - 'A' + 10
                                             : -1;
            if (d < 0) return Error("bad \\x escape");
            v = v * 16 + d;
          }
          // Python \xNN is a code point below 256: write it as UTF-8.
          if (v < 0x80) {
            out->text += static_cast<char>(v);
          } else {
            out->text += static_cast<char>(0xC0 | (v >> 6));
            out->text += static_cast<char>(0x80 | (v & 0x3F));
          }
          break;
        }
        default:  // unknown escapes stay as written, as in Python
          out->text += '\\';
          out->text += e;
      }
    }
    return Error("unterminated string");
  }

  Status Integer(PyValue* out) {
    out->kind = PyValue::Kind::kInt;
    bool negative = false;
    if (text_[pos_] == '-') {
      negative = true;
      ++pos_;
    }
    const size_t first = pos_;
    int64_t v = 0;
    while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
      if (v > (INT64_MAX - 9) / 10) return Error("integer too large");
      v = v * 10 + (text_[pos_] - '0');
      ++pos_;
    }
    if (pos_ == first) return Error("digit expected");
    out->number = negative ? -v : v;
    out->text = std::string(text_.substr(first - (negative ? 1 : 0), pos_ - first + (negative ? 1 : 0)));
    return Status::Ok();
  }

  std::string_view where_;
  std::string_view text_;
  size_t pos_ = 0;
};

}  // namespace

Result<PyValue> ParsePythonLiteral(std::string_view where, std::string_view text) {
  return PyParser(where, text).ParseAll();
}

}  // namespace dyad
