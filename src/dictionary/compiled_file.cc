// Dictionary's compiled-file entry points: mapping a ".dyadc" file, writing one, Load() which accepts a
// directory of native files or a compiled file, and the choice between the default directory and the build's
// compiled copy of it.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <system_error>

#include "dictionary/binary_format.h"
#include "dictionary/compiled.h"
#include "dyad/dictionary.h"

#ifndef DYAD_DEFAULT_DICT_DIR
#define DYAD_DEFAULT_DICT_DIR "share/dyad/dict"
#endif
#ifndef DYAD_DEFAULT_DICT_COMPILED
#define DYAD_DEFAULT_DICT_COMPILED "share/dyad/dict.dyadc"
#endif

namespace dyad {
namespace {

// A read-only private mapping of a whole file, unmapped on destruction.
class MappedFile {
 public:
  MappedFile() = default;
  ~MappedFile() {
    if (data_ != nullptr) munmap(data_, size_);
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  Status Open(const std::string& path) {
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      const int err = errno;
      std::string msg = path + ": " + std::strerror(err);
      return err == ENOENT ? Status::NotFound(msg) : Status::IOError(msg);
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
      close(fd);
      return Status::IOError(path + ": not a regular file");
    }
    size_ = static_cast<size_t>(st.st_size);
    if (size_ > 0) {
      // MAP_POPULATE: every page is read (checksum, copies), so map them in one go rather than fault by
      // fault.
      void* p = mmap(nullptr, size_, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
      if (p == MAP_FAILED) {
        const int err = errno;
        close(fd);
        size_ = 0;
        return Status::IOError(path + ": mmap: " + std::strerror(err));
      }
      data_ = p;
    }
    close(fd);
    return Status::Ok();
  }
  std::string_view bytes() const { return std::string_view(static_cast<const char*>(data_), size_); }

 private:
  void* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace

bool CompiledIsUpToDate(const std::string& compiled, const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_time_type written = fs::last_write_time(compiled, ec);
  if (ec) return false;
  const fs::file_time_type dir_time = fs::last_write_time(dir, ec);
  if (ec || dir_time > written) return false;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::file_time_type file_time = it->last_write_time(ec);
    if (ec || file_time > written) return false;
  }
  return !ec;
}

std::string DefaultDictionaryPath() {
  std::string dir = DefaultDictionaryDir();  // $DYAD_DICT_DIR wins there
  if (dir == DYAD_DEFAULT_DICT_DIR && CompiledIsUpToDate(DYAD_DEFAULT_DICT_COMPILED, dir))
    return DYAD_DEFAULT_DICT_COMPILED;
  return dir;
}

Result<std::shared_ptr<const Dictionary>> Dictionary::FromCompiledBytes(std::string_view bytes,
                                                                        std::string_view name) {
  std::shared_ptr<Dictionary> dict(new Dictionary());
  DYAD_RETURN_IF_ERROR(
      BinaryDictionaryIo::Read(bytes, name, /*verify_checksum=*/true, dict->compiled_.get()));
  return std::shared_ptr<const Dictionary>(std::move(dict));
}

Result<std::shared_ptr<const Dictionary>> Dictionary::LoadCompiled(const std::string& path) {
  auto file = std::make_shared<MappedFile>();
  DYAD_RETURN_IF_ERROR(file->Open(path));
  const std::string_view bytes = file->bytes();
  std::shared_ptr<Dictionary> dict(new Dictionary());
  // The dictionary's arrays view the mapping, which lives as long as the dictionary.
  DYAD_RETURN_IF_ERROR(BinaryDictionaryIo::ReadShared(bytes, path, /*verify_checksum=*/true, std::move(file),
                                                      dict->compiled_.get()));
  return std::shared_ptr<const Dictionary>(std::move(dict));
}

Result<std::shared_ptr<const Dictionary>> Dictionary::Load(const std::string& path,
                                                           std::vector<Status>* errors) {
  struct stat st;
  const bool compiled_name = path.size() > 6 && path.compare(path.size() - 6, 6, ".dyadc") == 0;
  if (compiled_name || (stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode))) return LoadCompiled(path);
  return LoadDirectory(path, errors);
}

std::string Dictionary::SerializeCompiled() const { return BinaryDictionaryIo::Write(*compiled_); }

Status Dictionary::WriteCompiled(const std::string& path) const {
  const std::string bytes = SerializeCompiled();
  const std::string tmp = path + ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (f == nullptr) return Status::IOError(tmp + ": " + std::strerror(errno));
  const bool written = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  const bool closed = std::fclose(f) == 0;
  if (!written || !closed) {
    std::remove(tmp.c_str());
    return Status::IOError(tmp + ": write failed");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    std::remove(tmp.c_str());
    return Status::IOError(path + ": " + std::strerror(err));
  }
  return Status::Ok();
}

}  // namespace dyad
