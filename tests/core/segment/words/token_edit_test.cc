// Tests of core/src/segment/words/token_edit.cc: forcing spans into a tiling of tokens.
#include "segment/words/token_edit.h"

#include <gtest/gtest.h>

namespace precis::segment::words {
namespace {

std::vector<Piece> Tiling(std::initializer_list<uint32_t> bounds) {
  std::vector<Piece> tokens;
  uint32_t start = 0;
  for (uint32_t end : bounds) {
    tokens.push_back({start, end, TokenKind::kWord});
    start = end;
  }
  return tokens;
}

std::vector<std::pair<uint32_t, uint32_t>> Bounds(const std::vector<Piece>& tokens) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  for (const Piece& t : tokens) out.push_back({t.start, t.end});
  return out;
}

TEST(ForceSpans, JoinsWholeTokens) {
  auto tokens = Tiling({2, 3, 5, 8});
  ForceSpans({{2, 5, TokenKind::kNumber}}, &tokens);
  EXPECT_EQ(Bounds(tokens), (std::vector<std::pair<uint32_t, uint32_t>>{{0, 2}, {2, 5}, {5, 8}}));
  EXPECT_EQ(tokens[1].kind, TokenKind::kNumber);
  EXPECT_EQ(tokens[2].kind, TokenKind::kWord);
}

TEST(ForceSpans, CutsTokensThatStraddleTheEdges) {
  auto tokens = Tiling({4, 8});
  ForceSpans({{2, 6, TokenKind::kUrl}}, &tokens);
  EXPECT_EQ(Bounds(tokens), (std::vector<std::pair<uint32_t, uint32_t>>{{0, 2}, {2, 6}, {6, 8}}));
  EXPECT_EQ(tokens[0].kind, TokenKind::kWord);
  EXPECT_EQ(tokens[1].kind, TokenKind::kUrl);
}

TEST(ForceSpans, CutsOneTokenIntoThree) {
  auto tokens = Tiling({9});
  ForceSpans({{3, 5, TokenKind::kEmail}}, &tokens);
  EXPECT_EQ(Bounds(tokens), (std::vector<std::pair<uint32_t, uint32_t>>{{0, 3}, {3, 5}, {5, 9}}));
}

TEST(ForceSpans, HandlesAdjacentSpansAndNoSpans) {
  auto tokens = Tiling({1, 2, 3, 4});
  ForceSpans({}, &tokens);
  EXPECT_EQ(tokens.size(), 4u);
  ForceSpans({{0, 2, TokenKind::kNumber}, {2, 4, TokenKind::kNumber}}, &tokens);
  EXPECT_EQ(Bounds(tokens), (std::vector<std::pair<uint32_t, uint32_t>>{{0, 2}, {2, 4}}));
}

TEST(ForceSpans, CutsStraddlingPiecesAmongManyUntouchedOnes) {
  auto tokens = Tiling({1, 2, 3, 6, 7, 8, 9});
  ForceSpans({{4, 8, TokenKind::kNumber}}, &tokens);
  EXPECT_EQ(Bounds(tokens),
            (std::vector<std::pair<uint32_t, uint32_t>>{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 8}, {8, 9}}));
  EXPECT_EQ(tokens[3].kind, TokenKind::kWord);
  EXPECT_EQ(tokens[4].kind, TokenKind::kNumber);
}

TEST(ForceSpans, RelabelsAPieceThatASpanCoversExactly) {
  auto tokens = Tiling({2, 4, 6});
  ForceSpans({{2, 4, TokenKind::kNumber}, {4, 6, TokenKind::kUrl}}, &tokens);
  EXPECT_EQ(Bounds(tokens), (std::vector<std::pair<uint32_t, uint32_t>>{{0, 2}, {2, 4}, {4, 6}}));
  EXPECT_EQ(tokens[0].kind, TokenKind::kWord);
  EXPECT_EQ(tokens[1].kind, TokenKind::kNumber);
  EXPECT_EQ(tokens[2].kind, TokenKind::kUrl);
}

TEST(Pieces, RoundTripTokensWithoutTheirKeys) {
  std::vector<Token> tokens = {{0, 2, TokenKind::kWord, u"ab"}, {2, 3, TokenKind::kWhitespace, {}}};
  std::vector<Piece> pieces = ToPieces(tokens);
  ASSERT_EQ(pieces.size(), 2u);
  EXPECT_EQ(pieces[1].kind, TokenKind::kWhitespace);
  pieces.push_back({3, 5, TokenKind::kNumber});
  FromPieces(pieces, &tokens);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].key, u"");
  EXPECT_EQ(tokens[2].start, 3u);
  EXPECT_EQ(tokens[2].end, 5u);
  EXPECT_EQ(tokens[2].kind, TokenKind::kNumber);
}

}  // namespace
}  // namespace precis::segment::words
