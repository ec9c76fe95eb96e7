#include "common/lines.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad {
namespace {

// Each line with its number and offset, as a reader sees them.
std::vector<std::pair<std::string, size_t>> AllLines(std::string_view text,
                                                     std::vector<size_t>* offsets = nullptr) {
  std::vector<std::pair<std::string, size_t>> out;
  for (LineReader lines(text); lines.Next();) {
    out.emplace_back(std::string(lines.line()), lines.number());
    if (offsets != nullptr) offsets->push_back(lines.offset());
  }
  return out;
}

using Lines = std::vector<std::pair<std::string, size_t>>;

TEST(LineReaderTest, NumbersLinesFromOneWithAndWithoutAFinalNewline) {
  EXPECT_EQ(AllLines("a\nbb\n"), (Lines{{"a", 1}, {"bb", 2}}));
  EXPECT_EQ(AllLines("a\nbb"), (Lines{{"a", 1}, {"bb", 2}}));
  EXPECT_EQ(AllLines(""), Lines{});
  EXPECT_EQ(AllLines("\n"), (Lines{{"", 1}}));
}

TEST(LineReaderTest, KeepsBlankLinesSoNumbersMatchTheFile) {
  EXPECT_EQ(AllLines("a\n\n\nb\n"), (Lines{{"a", 1}, {"", 2}, {"", 3}, {"b", 4}}));
}

TEST(LineReaderTest, DropsOneCarriageReturnBeforeTheNewline) {
  EXPECT_EQ(AllLines("a\r\nb\r\n"), (Lines{{"a", 1}, {"b", 2}}));
  EXPECT_EQ(AllLines("a\r\r\nb\r"), (Lines{{"a\r", 1}, {"b", 2}}));
  EXPECT_EQ(AllLines("a\rb\n"), (Lines{{"a\rb", 1}}));  // a lone '\r' is no line break
}

TEST(LineReaderTest, GivesEachLinesByteOffset) {
  std::vector<size_t> offsets;
  AllLines("ab\n\ncd\r\ne", &offsets);
  EXPECT_EQ(offsets, (std::vector<size_t>{0, 3, 4, 8}));
}

TEST(LineReaderTest, ViewsPointIntoTheTextAndKeepNulBytes) {
  const std::string text("x\0y\nz", 5);
  LineReader lines(text);
  ASSERT_TRUE(lines.Next());
  EXPECT_EQ(lines.line(), std::string_view("x\0y", 3));
  EXPECT_EQ(lines.line().data(), text.data());
  ASSERT_TRUE(lines.Next());
  EXPECT_EQ(lines.line(), "z");
  EXPECT_FALSE(lines.Next());
  EXPECT_FALSE(lines.Next());
}

}  // namespace
}  // namespace dyad
