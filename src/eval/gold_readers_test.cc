#include <gtest/gtest.h>

#include "dyad/gold.h"

namespace dyad {
namespace {

TEST(ParseCsv, QuotesEscapesLineBreaksAndBom) {
  const char kCsv[] =
      "\xEF\xBB\xBFid,text,n\r\n"
      "a,\"one, two\",1\r\n"
      "b,\"she said \"\"no\"\"\nand left\",2\n"
      "c,,\n";
  std::vector<size_t> lines;
  auto rows = ParseCsv("t.csv", kCsv, &lines);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 4u);
  EXPECT_EQ((*rows)[0], (std::vector<std::string>{"id", "text", "n"}));
  EXPECT_EQ((*rows)[1][1], "one, two");
  EXPECT_EQ((*rows)[2][1], "she said \"no\"\nand left");
  EXPECT_EQ((*rows)[3], (std::vector<std::string>{"c", "", ""}));
  EXPECT_EQ(lines, (std::vector<size_t>{1, 2, 3, 5}));
}

TEST(ParseCsv, UnterminatedQuoteNamesFileAndLine) {
  auto rows = ParseCsv("bad.csv", "a,b\nc,\"open\nstill open\n");
  ASSERT_FALSE(rows.ok());
  EXPECT_NE(rows.status().message().find("bad.csv:2:"), std::string::npos) << rows.status().message();
}

TEST(ParsePythonLiteral, EntityTuples) {
  auto v = ParsePythonLiteral(
      "x",
      R"([('Source-1', 'suicide bomber', 32), ('Target-1', "forces' convoy", 99), ('Time', 'it\'s', -1)])");
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  ASSERT_EQ(v->kind, PyValue::Kind::kList);
  ASSERT_EQ(v->items.size(), 3u);
  const PyValue& first = v->items[0];
  EXPECT_EQ(first.kind, PyValue::Kind::kTuple);
  EXPECT_EQ(first.items[1].text, "suicide bomber");
  EXPECT_EQ(first.items[2].number, 32);
  EXPECT_EQ(v->items[1].items[1].text, "forces' convoy");
  EXPECT_EQ(v->items[2].items[1].text, "it's");
  EXPECT_EQ(v->items[2].items[2].number, -1);
}

TEST(ParsePythonLiteral, NoneBoolsNestingAndEmpty) {
  auto v = ParsePythonLiteral("x", "[[('a', None), (True, False)], [], ()]");
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  ASSERT_EQ(v->items.size(), 3u);
  EXPECT_EQ(v->items[0].items[0].items[1].kind, PyValue::Kind::kNone);
  EXPECT_EQ(v->items[0].items[1].items[0].number, 1);
  EXPECT_EQ(v->items[0].items[1].items[1].number, 0);
  EXPECT_TRUE(v->items[1].items.empty());
  EXPECT_EQ(v->items[2].kind, PyValue::Kind::kTuple);
}

TEST(ParsePythonLiteral, ErrorsNameWhere) {
  for (const char* bad : {"[('a', 1", "[('a' 1)]", "'open", "[x]", "[1] 2", ""}) {
    auto v = ParsePythonLiteral("f.csv:7", bad);
    ASSERT_FALSE(v.ok()) << bad;
    EXPECT_EQ(v.status().message().rfind("f.csv:7: ", 0), 0u) << v.status().message();
  }
  EXPECT_FALSE(ParsePythonLiteral("x", std::string(100, '[') + std::string(100, ']')).ok());
}

}  // namespace
}  // namespace dyad
