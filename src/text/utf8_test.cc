#include <gtest/gtest.h>

#include <string>

#include "dyad/text.h"
#include "text/utf8_internal.h"

namespace dyad {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

std::string Repair(const std::string& bytes, uint64_t* count) {
  std::string out = "stale content";  // RepairUtf8 must clear the output first
  *count = RepairUtf8(bytes, &out);
  return out;
}

TEST(RepairUtf8Test, ValidTextIsCopiedUnchanged) {
  uint64_t count = 99;
  const std::string text =
      "Kazakhstan \xE2\x80\x94 \xD0\xA2\xD0\xBE\xD0\xBA\xD0\xB0\xD0\xB5\xD0\xB2 \xF0\x9F\x98\x80.";
  EXPECT_EQ(Repair(text, &count), text);
  EXPECT_EQ(count, 0u);
  EXPECT_EQ(Repair("", &count), "");
  EXPECT_EQ(count, 0u);
}

TEST(RepairUtf8Test, NulBytesAreReplaced) {
  uint64_t count = 0;
  EXPECT_EQ(Repair(std::string("a\0b\0", 4), &count), "a" + kFffd + "b" + kFffd);
  EXPECT_EQ(count, 2u);
}

TEST(RepairUtf8Test, StrayContinuationAndInvalidLeadBytesAreOneReplacementEach) {
  uint64_t count = 0;
  EXPECT_EQ(Repair("a\x80\xBF"
                   "b",
                   &count),
            "a" + kFffd + kFffd + "b");
  EXPECT_EQ(count, 2u);
  EXPECT_EQ(Repair("\xC0\xC1\xF5\xFF", &count), kFffd + kFffd + kFffd + kFffd);
  EXPECT_EQ(count, 4u);
}

TEST(RepairUtf8Test, OverlongEncodingsAreRejected) {
  uint64_t count = 0;
  // "/" as two bytes (C0 AF): C0 is never valid, AF is a stray continuation.
  EXPECT_EQ(Repair("\xC0\xAF", &count), kFffd + kFffd);
  EXPECT_EQ(count, 2u);
  // Three-byte overlong: E0 80 AF. E0 requires A0..BF next, so E0 alone is the maximal subpart.
  EXPECT_EQ(Repair("\xE0\x80\xAF", &count), kFffd + kFffd + kFffd);
  EXPECT_EQ(count, 3u);
  // Four-byte overlong: F0 8F BF BF.
  EXPECT_EQ(Repair("\xF0\x8F\xBF\xBF", &count), kFffd + kFffd + kFffd + kFffd);
  EXPECT_EQ(count, 4u);
}

TEST(RepairUtf8Test, SurrogatesAndCodePointsAboveTheMaximumAreRejected) {
  uint64_t count = 0;
  EXPECT_EQ(Repair("x\xED\xA0\x80y", &count), "x" + kFffd + kFffd + kFffd + "y");  // U+D800
  EXPECT_EQ(count, 3u);
  EXPECT_EQ(Repair("\xF4\x90\x80\x80", &count), kFffd + kFffd + kFffd + kFffd);  // U+110000
  EXPECT_EQ(count, 4u);
  EXPECT_EQ(Repair("\xF4\x8F\xBF\xBF", &count), "\xF4\x8F\xBF\xBF");  // U+10FFFF is valid
  EXPECT_EQ(count, 0u);
}

TEST(RepairUtf8Test, TruncatedSequenceIsOneReplacement) {
  uint64_t count = 0;
  EXPECT_EQ(Repair("ab\xE2\x80", &count), "ab" + kFffd);  // truncated at the end
  EXPECT_EQ(count, 1u);
  EXPECT_EQ(Repair("\xE2\x80z\xF0\x9F\x98 ok", &count), kFffd + "z" + kFffd + " ok");
  EXPECT_EQ(count, 2u);
}

TEST(RepairUtf8Test, LongCleanAsciiWithOneDefectNearTheEnd) {
  std::string text(100000, 'a');
  text[99990] = '\xFF';
  uint64_t count = 0;
  const std::string repaired = Repair(text, &count);
  EXPECT_EQ(count, 1u);
  EXPECT_EQ(repaired.size(), text.size() + 2);
  EXPECT_EQ(repaired.substr(99990, 3), kFffd);
}

TEST(FindInvalidUtf8Test, ReportsTheOffsetOfTheFirstDefect) {
  EXPECT_EQ(text_internal::FindInvalidUtf8("plain"), std::string_view::npos);
  EXPECT_EQ(text_internal::FindInvalidUtf8("caf\xC3\xA9 \xC3"), 6u);
  EXPECT_EQ(text_internal::FindInvalidUtf8(std::string_view("a\0b", 3)), std::string_view::npos);
}

}  // namespace
}  // namespace dyad
