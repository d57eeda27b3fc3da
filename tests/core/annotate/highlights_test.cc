// The highlight list: layers, order, no overlap within a layer.
#include "annotate/highlights.h"

#include <gtest/gtest.h>

namespace precis::annotate {
namespace {

TEST(BuildHighlights, KeepsTheBestOfOverlappingSpansInALayer) {
  std::vector<Annotation> annotations(2);
  annotations[0] = {0, 10, AnnotationKind::kQuotation};
  annotations[1] = {2, 5, AnnotationKind::kPerson};
  const std::vector<RankedSpan> sentences = {{0, 20, 0.9f, 0}, {20, 40, 0.5f, 1}};
  const std::vector<RankedSpan> phrases = {{3, 8, 0.4f}, {6, 9, 0.8f}, {25, 30, 0.3f}};
  const std::vector<Highlight> h = BuildHighlights(annotations, sentences, phrases);
  ASSERT_EQ(h.size(), 6u);
  // Sorted by start, then layer.
  for (size_t i = 1; i < h.size(); ++i) {
    EXPECT_TRUE(h[i - 1].start < h[i].start || (h[i - 1].start == h[i].start && h[i - 1].layer <= h[i].layer));
  }
  EXPECT_EQ(h[0].layer, HighlightLayer::kSentence);
  EXPECT_EQ(h[0].rank, 0);
  EXPECT_EQ(h[1].layer, HighlightLayer::kQuotation);
  EXPECT_EQ(h[1].annotation, 0);
  EXPECT_EQ(h[2].kind, HighlightKind::kPerson);
  EXPECT_EQ(h[3].start, 6u);  // the keyphrase at 3..8 lost to the better one at 6..9
  EXPECT_EQ(h[3].kind, HighlightKind::kKeyphrase);
}

TEST(BuildHighlights, ScoresQuotationsWithSpeakersHigher) {
  Annotation with{0, 5, AnnotationKind::kQuotation};
  with.speaker_start = 6;
  with.speaker_end = 8;
  const Annotation without{0, 5, AnnotationKind::kQuotation};
  EXPECT_GT(AnnotationScore(with), AnnotationScore(without));
}

}  // namespace
}  // namespace precis::annotate
