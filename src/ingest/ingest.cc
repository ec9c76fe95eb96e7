// Input discovery (files, directories, stdin), format detection, binary-file screening and plain-text
// documents.
#include "dyad/ingest.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "ingest/ingest_internal.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;
using ingest_internal::Collapse;
using ingest_internal::IsDateLine;

constexpr size_t kSniffBytes = 8192;
constexpr size_t kMaxTitleBytes = 200;
constexpr size_t kDateLineSearchLines = 5;

std::string Lowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Extension(std::string_view name) {
  size_t slash = name.find_last_of('/');
  std::string_view base = slash == std::string_view::npos ? name : name.substr(slash + 1);
  size_t dot = base.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  return Lowered(base.substr(dot + 1));
}

bool HasBinaryExtension(std::string_view name) {
  static constexpr std::array<std::string_view, 32> kBinary = {
      "gz",   "bz2", "xz",   "zst",   "zip", "tar", "7z",   "rar", "pdf",    "png", "jpg",
      "jpeg", "gif", "webp", "bmp",   "ico", "tif", "tiff", "mp3", "mp4",    "avi", "mov",
      "wav",  "ogg", "woff", "woff2", "ttf", "otf", "exe",  "so",  "sqlite", "db"};
  std::string ext = Extension(name);
  return std::find(kBinary.begin(), kBinary.end(), ext) != kBinary.end();
}

// A NUL byte or more than 30% control characters in the first 8 KB marks a file as binary.
bool LooksBinary(std::string_view bytes) {
  std::string_view head = bytes.substr(0, kSniffBytes);
  size_t control = 0;
  for (char ch : head) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f) ++control;
  }
  return !head.empty() && control * 10 > head.size() * 3;
}

std::string_view SkipBomAndSpace(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  while (!head.empty() && std::isspace(static_cast<unsigned char>(head.front()))) head.remove_prefix(1);
  return head;
}

// An archive by its name, or a ".gz" file whose first member opens a WARC record (crawls named otherwise).
bool IsWarcFile(const std::string& path) {
  if (ingest_internal::IsWarcName(path)) return true;
  if (Extension(path) != "gz") return false;
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return false;
  char head[256];
  size_t n = std::fread(head, 1, sizeof head, file);
  std::fclose(file);
  return ingest_internal::StartsLikeWarc(std::string_view(head, n));
}

bool IsHidden(const fs::path& path) {
  std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

// Splits `text` into lines without their terminators ("\n" or "\r\n").
std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (end == text.size()) break;
    start = end + 1;
  }
  return lines;
}

bool IsBlank(std::string_view line) {
  return std::all_of(line.begin(), line.end(),
                     [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

Status ReadFile(const std::string& path, uint64_t size, std::string* bytes) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return Status::IOError(path + ": cannot open: " + std::strerror(errno));
  bytes->resize(size);
  size_t read = size == 0 ? 0 : std::fread(bytes->data(), 1, size, file);
  bool failed = std::ferror(file) != 0;
  std::fclose(file);
  if (failed) return Status::IOError(path + ": read failed");
  bytes->resize(read);  // the file may have shrunk since it was measured
  return Status::Ok();
}

// Appends stdin to `bytes` until `limit` bytes are held or stdin ends.
Status ReadStdin(std::string* bytes, size_t limit = std::string::npos) {
  char buffer[1 << 16];
  size_t n;
  while (bytes->size() < limit &&
         (n = std::fread(buffer, 1, std::min(sizeof buffer, limit - bytes->size()), stdin)) > 0) {
    bytes->append(buffer, n);
  }
  if (std::ferror(stdin)) return Status::IOError("-: read from stdin failed");
  return Status::Ok();
}

// Enough of stdin to tell a WARC archive (plain, or its first gzip member's header and first record line).
constexpr size_t kStdinSniffBytes = 4096;

Status ReadOneFile(const std::string& path, const IngestOptions& options, const DocumentSink& sink,
                   const DiagnosticSink& diagnostics) {
  // Archives are streamed record by record, so max_file_bytes (a bound on what is held in memory) does not
  // apply to them.
  if (IsWarcFile(path)) return ingest_internal::ReadWarcFile(path, options, sink, diagnostics);
  std::error_code ec;
  uint64_t size = fs::file_size(path, ec);
  if (ec) {
    diagnostics(Status::IOError(path + ": cannot read: " + ec.message()));
    return Status::Ok();
  }
  if (size > options.max_file_bytes) {
    diagnostics(Status::InvalidArgument(path + ": file of " + std::to_string(size) +
                                        " bytes exceeds the limit of " +
                                        std::to_string(options.max_file_bytes) + " bytes; skipped"));
    return Status::Ok();
  }
  std::string bytes;
  if (Status read = ReadFile(path, size, &bytes); !read.ok()) {
    diagnostics(read);
    return Status::Ok();
  }
  return ReadBuffer(path, bytes, options, sink, diagnostics);
}

Status ReadDirectory(const std::string& root, const IngestOptions& options, const DocumentSink& sink,
                     const DiagnosticSink& diagnostics) {
  std::vector<std::string> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    diagnostics(Status::IOError(root + ": cannot list directory: " + ec.message()));
    return Status::Ok();
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      diagnostics(Status::IOError(root + ": error while listing: " + ec.message()));
      break;
    }
    if (IsHidden(it->path())) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec)) files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  for (const std::string& file : files) {
    if (HasBinaryExtension(file) && !IsWarcFile(file)) {
      diagnostics(Status::InvalidArgument(file + ": binary file skipped"));
      continue;
    }
    DYAD_RETURN_IF_ERROR(ReadOneFile(file, options, sink, diagnostics));
  }
  return Status::Ok();
}

}  // namespace

InputFormat DetectFormat(std::string_view name, std::string_view head) {
  if (ingest_internal::IsWarcName(name) || ingest_internal::StartsLikeWarc(head)) return InputFormat::kWarc;
  std::string ext = Extension(name);
  if (ext == "html" || ext == "htm" || ext == "xhtml") return InputFormat::kHtml;
  if (ext == "jsonl" || ext == "ndjson") return InputFormat::kJsonLines;
  if (ext == "txt" || ext == "text") return InputFormat::kText;
  std::string_view start = SkipBomAndSpace(head);
  std::string prefix = Lowered(start.substr(0, 9));
  if (prefix.starts_with("<!doctype") || prefix.starts_with("<html")) return InputFormat::kHtml;
  if (start.starts_with("{")) return InputFormat::kJsonLines;
  return InputFormat::kText;
}

namespace ingest_internal {

Document ParsePlainText(std::string_view name, std::string_view utf8) {
  Document doc;
  doc.id = std::string(name);
  doc.path = std::string(name);
  doc.format = InputFormat::kText;
  if (utf8.starts_with("\xEF\xBB\xBF")) utf8.remove_prefix(3);
  std::vector<std::string_view> lines = Lines(utf8);
  size_t first = 0;
  while (first < lines.size() && IsBlank(lines[first])) ++first;

  std::vector<bool> dropped(lines.size(), false);
  // A short first line without a final period is the headline; it stays in the text as its own paragraph.
  bool first_is_title = false;
  if (first < lines.size() && lines[first].size() < 2 * kMaxTitleBytes) {
    std::string candidate = Collapse(lines[first]);
    if (!candidate.empty() && candidate.size() < kMaxTitleBytes && candidate.back() != '.') {
      doc.title = candidate;
      first_is_title = true;
    }
  }
  // A date line near the top becomes Document::date and leaves the text.
  for (size_t i = first, seen = 0; i < lines.size() && seen < kDateLineSearchLines; ++i) {
    if (IsBlank(lines[i])) continue;
    ++seen;
    std::string date;
    if (IsDateLine(lines[i], &date)) {
      doc.date = date;
      doc.date_source = "visible";
      dropped[i] = true;
      if (i == first) {
        first_is_title = false;
        doc.title.clear();
      }
      break;
    }
  }
  std::string paragraph;
  auto flush = [&]() {
    TrimTrailingSpace(&paragraph);
    if (paragraph.empty()) return;
    if (!doc.text.empty()) doc.text += "\n\n";
    doc.text += paragraph;
    paragraph.clear();
  };
  for (size_t i = first; i < lines.size(); ++i) {
    if (dropped[i]) continue;
    if (IsBlank(lines[i])) {
      flush();
      continue;
    }
    AppendCollapsed(lines[i], &paragraph);
    if (!paragraph.empty() && paragraph.back() != ' ') paragraph += ' ';
    if (i == first && first_is_title) flush();
  }
  flush();
  return doc;
}

}  // namespace ingest_internal

Status ReadBuffer(std::string_view name, std::string_view bytes, const IngestOptions& options,
                  const DocumentSink& sink, const DiagnosticSink& diagnostics) {
  std::string path(name);
  if (bytes.empty()) {
    diagnostics(Status::InvalidArgument(path + ": empty file"));
    return Status::Ok();
  }
  if (bytes.size() > options.max_file_bytes) {
    diagnostics(Status::InvalidArgument(path + ": input of " + std::to_string(bytes.size()) +
                                        " bytes exceeds the limit of " +
                                        std::to_string(options.max_file_bytes) + " bytes; skipped"));
    return Status::Ok();
  }
  // Archives hold binary records (images) among the pages, so they are recognised before the binary screen.
  InputFormat format = DetectFormat(name, bytes.substr(0, kSniffBytes));
  if (format == InputFormat::kWarc) return ingest_internal::ReadWarc(name, bytes, options, sink, diagnostics);
  if (LooksBinary(bytes)) {
    diagnostics(Status::InvalidArgument(path + ": binary file skipped"));
    return Status::Ok();
  }
  if (format == InputFormat::kJsonLines) {
    return ingest_internal::ReadJsonLines(name, bytes, options, sink, diagnostics);
  }
  Document doc;
  if (format == InputFormat::kHtml) {
    Result<Document> extracted = ExtractHtml(bytes, name);
    if (!extracted.ok()) {
      diagnostics(extracted.status());
      return Status::Ok();
    }
    doc = std::move(extracted).value();
  } else {
    std::string repaired;
    uint64_t replaced = ingest_internal::RepairInto(bytes, &repaired);
    doc = ingest_internal::ParsePlainText(name, repaired);
    doc.invalid_utf8_replaced = replaced;
  }
  doc.path = path;
  if (doc.text.empty()) {
    diagnostics(Status::InvalidArgument(path + ": no text found"));
    return Status::Ok();
  }
  if (Status finished = ingest_internal::FinishDocument(options, &doc); !finished.ok()) {
    diagnostics(finished);
    return Status::Ok();
  }
  return sink(std::move(doc));
}

Status ReadInputs(const std::vector<std::string>& inputs, const IngestOptions& options,
                  const DocumentSink& sink, const DiagnosticSink& diagnostics) {
  for (const std::string& input : inputs) {
    if (input == "-") {
      std::string bytes;
      if (Status read = ReadStdin(&bytes, kStdinSniffBytes); !read.ok()) {
        diagnostics(read);
        continue;
      }
      // An archive is streamed a record at a time, as from disk; anything else is read whole.
      if (ingest_internal::StartsLikeWarc(bytes)) {
        DYAD_RETURN_IF_ERROR(ingest_internal::ReadWarcStream("-", bytes, stdin, options, sink, diagnostics));
        continue;
      }
      if (Status read = ReadStdin(&bytes); !read.ok()) {
        diagnostics(read);
        continue;
      }
      DYAD_RETURN_IF_ERROR(ReadBuffer("-", bytes, options, sink, diagnostics));
      continue;
    }
    std::error_code ec;
    fs::file_status status = fs::status(input, ec);
    if (ec || !fs::exists(status)) {
      diagnostics(Status::NotFound(input + ": no such file or directory"));
      continue;
    }
    if (fs::is_directory(status)) {
      DYAD_RETURN_IF_ERROR(ReadDirectory(input, options, sink, diagnostics));
    } else if (HasBinaryExtension(input) && !IsWarcFile(input)) {
      diagnostics(Status::InvalidArgument(input + ": binary file skipped"));
    } else {
      DYAD_RETURN_IF_ERROR(ReadOneFile(input, options, sink, diagnostics));
    }
  }
  return Status::Ok();
}

}  // namespace dyad
