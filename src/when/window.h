// Lookahead and history around an anchor token, used by the temporal parser. Both are fixed-size and live on
// the stack: the scan allocates nothing per token.
#ifndef DYAD_WHEN_WINDOW_H_
#define DYAD_WHEN_WINDOW_H_

#include "when/lexer.h"

namespace dyad::when_internal {

// Tokens from an anchor onwards, lexed only as far as a parse looks.
class Window {
 public:
  Window(const Lexer& lexer, const Token& anchor) : lexer_(lexer) { tokens_[0] = anchor; }
  const Token& At(int index) {
    if (index >= kCapacity) return end_;
    while (count_ <= index) tokens_[count_++] = lexer_.Next();
    return tokens_[index];
  }
  // A window whose anchor is this window's token `index`, for reusing a parser in the middle of a phrase.
  Window Suffix(int index) {
    const Token& anchor = At(index);
    return Window(Lexer(lexer_.text(), anchor.end), anchor);
  }

 private:
  static constexpr int kCapacity = 12;
  Lexer lexer_;
  Token tokens_[kCapacity];
  int count_ = 1;
  Token end_;
};

// The last few tokens before the anchor, most recent first.
class History {
 public:
  void Push(const Token& token) {
    next_ = (next_ + 1) % kSize;
    tokens_[next_] = token;
    if (count_ < kSize) ++count_;
  }
  void Clear() { count_ = 0; }
  // Prev(1) is the token just before the anchor; a missing token is kEnd.
  const Token& Prev(int back) const {
    if (back < 1 || back > count_) return end_;
    return tokens_[(next_ + kSize - (back - 1)) % kSize];
  }
  bool Contains(Word word) const {
    for (int back = 1; back <= count_; ++back)
      if (Prev(back).IsWord(word)) return true;
    return false;
  }

 private:
  static constexpr int kSize = 4;
  Token tokens_[kSize];
  int next_ = 0;
  int count_ = 0;
  Token end_;
};

}  // namespace dyad::when_internal

#endif  // DYAD_WHEN_WINDOW_H_
