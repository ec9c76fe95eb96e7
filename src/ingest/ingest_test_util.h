// Test helpers: run ingest and collect what reaches the document and diagnostic sinks.
#ifndef DYAD_INGEST_INGEST_TEST_UTIL_H_
#define DYAD_INGEST_INGEST_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/ingest.h"

namespace dyad::ingest_test {

// A fresh directory under the GoogleTest temp dir, removed at the end of the test.
class TempDir {
 public:
  explicit TempDir(const std::string& name)
      : path_(std::filesystem::path(::testing::TempDir()) /
              ("dyad_ingest_" + name + "_" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string Write(const std::string& relative, std::string_view bytes) const {
    std::filesystem::path file = path_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return file.string();
  }
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

struct Collected {
  std::vector<Document> documents;
  std::vector<std::string> diagnostics;  // Status messages
  Status status;
};

inline Collected ReadBufferCollect(std::string_view name, std::string_view bytes,
                                   IngestOptions options = {}) {
  Collected out;
  out.status = ReadBuffer(
      name, bytes, options,
      [&](Document&& doc) {
        out.documents.push_back(std::move(doc));
        return Status::Ok();
      },
      [&](const Status& status) { out.diagnostics.push_back(status.message()); });
  return out;
}

inline Collected ReadInputsCollect(const std::vector<std::string>& inputs, IngestOptions options = {}) {
  Collected out;
  out.status = ReadInputs(
      inputs, options,
      [&](Document&& doc) {
        out.documents.push_back(std::move(doc));
        return Status::Ok();
      },
      [&](const Status& status) { out.diagnostics.push_back(status.message()); });
  return out;
}

}  // namespace dyad::ingest_test

#endif  // DYAD_INGEST_INGEST_TEST_UTIL_H_
