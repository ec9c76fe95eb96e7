#include "ingest/decoding_stream.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace dyad::ingest_internal {
namespace {

constexpr size_t kChunkBytes = size_t{1} << 16;
// How much of a member's compressed bytes is kept for searching it again after corrupt data; a longer member
// is searched from where the damage was found.
constexpr uint64_t kMaxRewindBytes = uint64_t{64} << 20;
constexpr std::string_view kGzipMagic = "\x1f\x8b\x08";  // ID1, ID2 and CM = deflate (RFC 1952)

std::string ZlibMessage(const z_stream& zlib, int code) {
  if (zlib.msg != nullptr) return zlib.msg;
  return "zlib error " + std::to_string(code);
}

}  // namespace

Result<size_t> ChunkSource::Read(char* out, size_t capacity) {
  if (file_ == nullptr || !bytes_.empty()) {
    size_t n = std::min(capacity, bytes_.size());
    std::memcpy(out, bytes_.data(), n);
    bytes_.remove_prefix(n);
    return n;
  }
  size_t n = std::fread(out, 1, capacity, file_);
  if (n == 0 && std::ferror(file_) != 0)
    return Status::IOError(std::string("read failed: ") + std::strerror(errno));
  return n;
}

DecodingStream::DecodingStream(ChunkSource source, std::string name, const DiagnosticSink& diagnostics)
    : source_(source), name_(std::move(name)), diagnostics_(diagnostics) {}

DecodingStream::~DecodingStream() {
  if (zlib_ready_) inflateEnd(&zlib_);
}

void DecodingStream::Report(uint64_t offset, const std::string& message) {
  diagnostics_(Status::Corruption(name_ + ": byte " + std::to_string(offset) + ": " + message));
}

const StreamBreak* DecodingStream::NextBreak(uint64_t from) const {
  for (const StreamBreak& stream_break : breaks_)
    if (stream_break.at >= from) return &stream_break;
  return nullptr;
}

bool DecodingStream::Damaged(uint64_t from, uint64_t to) const {
  for (const StreamBreak& b : breaks_)
    if (b.damaged_from < b.at && b.damaged_from < to && b.at > from) return true;
  return false;
}

void DecodingStream::ForgetBreaksBefore(uint64_t offset) {
  std::erase_if(breaks_, [offset](const StreamBreak& b) { return b.at < offset; });
}

Result<bool> DecodingStream::ReadChunk(size_t keep_from) {
  input_.erase(0, keep_from);
  input_base_ += keep_from;
  input_pos_ -= keep_from;
  const size_t old = input_.size();
  input_.resize(old + kChunkBytes);
  Result<size_t> n = source_.Read(input_.data() + old, kChunkBytes);
  input_.resize(old + (n.ok() ? *n : 0));
  if (!n.ok()) return n.status().WithContext(name_ + ": ");
  if (*n == 0) source_done_ = true;
  return *n > 0;
}

Result<bool> DecodingStream::Refill() {
  if (input_pos_ < input_.size()) return true;
  if (source_done_) return false;
  // Keep the current member's bytes (up to a bound) so that corrupt data can be searched from its start.
  size_t keep_from = input_pos_;
  if (in_member_ && member_start_ >= input_base_ && consumed() - member_start_ < kMaxRewindBytes)
    keep_from = static_cast<size_t>(member_start_ - input_base_);
  return ReadChunk(keep_from);
}

Result<bool> DecodingStream::SkipToNextMember() {
  while (true) {
    std::string_view rest = std::string_view(input_).substr(input_pos_);
    size_t at = rest.find(kGzipMagic);
    if (at != std::string_view::npos) {
      input_pos_ += at;
      return true;
    }
    // Keep the last bytes: the magic may straddle two chunks.
    input_pos_ += rest.size() - std::min(rest.size(), kGzipMagic.size() - 1);
    if (source_done_) {
      input_pos_ = input_.size();
      return false;
    }
    DYAD_RETURN_IF_ERROR(ReadChunk(input_pos_).status());
  }
}

void DecodingStream::RewindIntoMember() {
  if (member_start_ >= input_base_ && member_start_ < consumed()) {
    input_pos_ = static_cast<size_t>(member_start_ - input_base_) + 1;
  } else if (input_pos_ < input_.size()) {
    ++input_pos_;  // the member's start is gone (too long to keep): search on from here
  }
}

Result<size_t> DecodingStream::Read(char* out, size_t capacity) {
  if (capacity == 0) return size_t{0};
  if (mode_ == Mode::kUnknown) {
    DYAD_ASSIGN_OR_RETURN(bool any, Refill());
    if (!any) return size_t{0};
    if (std::string_view(input_).starts_with(kGzipMagic.substr(0, 2))) {
      if (inflateInit2(&zlib_, 16 + MAX_WBITS) != Z_OK) return Status::Internal(name_ + ": zlib init failed");
      zlib_ready_ = true;
      mode_ = Mode::kGzip;
    } else {
      mode_ = Mode::kPlain;
    }
  }
  if (mode_ == Mode::kPlain) {
    DYAD_ASSIGN_OR_RETURN(bool any, Refill());
    if (!any) return size_t{0};
    size_t n = std::min(capacity, input_.size() - input_pos_);
    std::memcpy(out, input_.data() + input_pos_, n);
    input_pos_ += n;
    decoded_ += n;
    return n;
  }
  while (true) {
    DYAD_ASSIGN_OR_RETURN(bool any, Refill());
    if (!any) {
      if (in_member_) {
        Report(member_start_,
               "truncated gzip member (the input ends at byte " + std::to_string(consumed()) + ")");
        breaks_.push_back({member_decoded_start_, decoded_});
        in_member_ = false;
        inflateReset(&zlib_);
        // The truncated member may hold the header of a member written after it.
        RewindIntoMember();
        DYAD_ASSIGN_OR_RETURN(bool found, SkipToNextMember());
        if (!found) return size_t{0};
        continue;
      }
      return size_t{0};
    }
    if (!in_member_) {
      if (input_[input_pos_] != kGzipMagic[0]) {
        const uint64_t from = consumed();
        while (input_pos_ < input_.size() && input_[input_pos_] == '\0') ++input_pos_;  // writers' padding
        if (input_pos_ == input_.size()) continue;
        if (input_[input_pos_] != kGzipMagic[0]) {
          DYAD_ASSIGN_OR_RETURN(bool found, SkipToNextMember());
          Report(from,
                 std::to_string(consumed() - from) + " bytes between gzip members are not gzip; skipped");
          breaks_.push_back({decoded_, decoded_});
          if (!found) return size_t{0};
        }
      }
      in_member_ = true;
      member_start_ = consumed();
      member_decoded_start_ = decoded_;
    }
    const size_t available = input_.size() - input_pos_;
    zlib_.next_in = reinterpret_cast<Bytef*>(input_.data() + input_pos_);
    zlib_.avail_in = static_cast<uInt>(std::min<size_t>(available, UINT32_MAX));
    zlib_.next_out = reinterpret_cast<Bytef*>(out);
    zlib_.avail_out = static_cast<uInt>(std::min<size_t>(capacity, UINT32_MAX));
    const uInt offered_out = zlib_.avail_out;
    const uInt offered_in = zlib_.avail_in;
    int code = inflate(&zlib_, Z_NO_FLUSH);
    const size_t used = offered_in - zlib_.avail_in;
    const size_t produced = offered_out - zlib_.avail_out;
    input_pos_ += used;
    decoded_ += produced;
    if (code == Z_STREAM_END) {
      inflateReset(&zlib_);
      in_member_ = false;
    } else if (code == Z_MEM_ERROR) {
      return Status::Internal(name_ + ": out of memory while inflating");
    } else if ((code != Z_OK && code != Z_BUF_ERROR) || (used == 0 && produced == 0 && code == Z_BUF_ERROR)) {
      Report(consumed(), "corrupt gzip data in the member that starts at byte " +
                             std::to_string(member_start_) + " (" + ZlibMessage(zlib_, code) +
                             "); skipping to the next member");
      breaks_.push_back({member_decoded_start_, decoded_});
      inflateReset(&zlib_);
      in_member_ = false;
      RewindIntoMember();
      DYAD_ASSIGN_OR_RETURN(bool found, SkipToNextMember());
      if (produced == 0 && !found) return size_t{0};
    }
    if (produced > 0) return produced;
  }
}

Status InflateBody(std::string_view compressed, size_t max_bytes, std::string* out) {
  out->clear();
  // 15 + 32 reads gzip and zlib headers alike; servers that send raw deflate for "deflate" get a second try.
  for (int window_bits : {15 + 32, -15}) {
    z_stream zlib{};
    if (inflateInit2(&zlib, window_bits) != Z_OK) return Status::Internal("zlib init failed");
    zlib.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    zlib.avail_in = static_cast<uInt>(std::min<size_t>(compressed.size(), UINT32_MAX));
    char buffer[kChunkBytes];
    int code = Z_OK;
    while (code == Z_OK) {
      zlib.next_out = reinterpret_cast<Bytef*>(buffer);
      zlib.avail_out = sizeof buffer;
      code = inflate(&zlib, Z_NO_FLUSH);
      out->append(buffer, sizeof buffer - zlib.avail_out);
      if (out->size() > max_bytes) {
        inflateEnd(&zlib);
        out->clear();
        return Status::InvalidArgument("decompressed body exceeds " + std::to_string(max_bytes) + " bytes");
      }
      // A gzip body may be several members in a row.
      if (code == Z_STREAM_END && window_bits > 0 && zlib.avail_in >= 2 && zlib.next_in[0] == 0x1f &&
          zlib.next_in[1] == 0x8b && inflateReset(&zlib) == Z_OK)
        code = Z_OK;
    }
    std::string message = ZlibMessage(zlib, code);
    inflateEnd(&zlib);
    if (code == Z_STREAM_END) return Status::Ok();
    if (code == Z_BUF_ERROR) return Status::InvalidArgument("truncated compressed body");
    if (window_bits < 0 || !out->empty())
      return Status::InvalidArgument("corrupt compressed body (" + message + ")");
    out->clear();
  }
  return Status::InvalidArgument("corrupt compressed body");
}

std::string InflatePrefix(std::string_view compressed, size_t max_bytes) {
  z_stream zlib{};
  if (inflateInit2(&zlib, 16 + MAX_WBITS) != Z_OK) return "";
  std::string out(max_bytes, '\0');
  zlib.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  zlib.avail_in = static_cast<uInt>(std::min<size_t>(compressed.size(), UINT32_MAX));
  zlib.next_out = reinterpret_cast<Bytef*>(out.data());
  zlib.avail_out = static_cast<uInt>(max_bytes);
  inflate(&zlib, Z_SYNC_FLUSH);  // whatever decodes before an error or the end of the prefix
  out.resize(max_bytes - zlib.avail_out);
  inflateEnd(&zlib);
  return out;
}

}  // namespace dyad::ingest_internal
