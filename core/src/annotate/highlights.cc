// Within a layer, overlapping spans are settled by score (then length), so that a layer
// can be painted as one run of marks; the layers themselves stack.
#include "annotate/highlights.h"

#include <algorithm>

namespace precis::annotate {

namespace {

HighlightKind KindOf(AnnotationKind kind) { return static_cast<HighlightKind>(static_cast<uint8_t>(kind)); }

// Keeps the best non-overlapping highlights of one layer and appends them to `out`.
void AddLayer(std::vector<Highlight> layer, std::vector<Highlight>* out) {
  std::stable_sort(layer.begin(), layer.end(), [](const Highlight& a, const Highlight& b) {
    if (a.score != b.score) return a.score > b.score;
    return (a.end - a.start) > (b.end - b.start);
  });
  uint32_t limit = 0;
  for (const Highlight& h : layer) limit = std::max(limit, h.end);
  std::vector<bool> taken(limit, false);
  std::vector<Highlight> kept;
  for (const Highlight& h : layer) {
    if (h.end <= h.start) continue;
    bool free = true;
    for (uint32_t i = h.start; i < h.end && free; ++i) free = !taken[i];
    if (!free) continue;
    for (uint32_t i = h.start; i < h.end; ++i) taken[i] = true;
    kept.push_back(h);
  }
  out->insert(out->end(), kept.begin(), kept.end());
}

}  // namespace

float AnnotationScore(const Annotation& a) {
  switch (a.kind) {
    case AnnotationKind::kQuotation: return a.speaker_start != kNoSpeaker ? 0.8f : 0.4f;
    case AnnotationKind::kPerson: return 0.7f;
    case AnnotationKind::kOrganization: return 0.6f;
    case AnnotationKind::kQuantity: return 0.6f;
    case AnnotationKind::kDate: return 0.5f;
    case AnnotationKind::kPlace: return 0.4f;
  }
  return 0;
}

std::vector<Highlight> BuildHighlights(const std::vector<Annotation>& annotations,
                                       const std::vector<RankedSpan>& key_sentences,
                                       const std::vector<RankedSpan>& keyphrases) {
  std::vector<Highlight> sentences, phrases, quotations, entities;
  for (const RankedSpan& s : key_sentences) {
    sentences.push_back({s.start, s.end, HighlightLayer::kSentence, HighlightKind::kKeySentence, s.score, s.rank, -1});
  }
  for (const RankedSpan& p : keyphrases) {
    phrases.push_back({p.start, p.end, HighlightLayer::kKeyphrase, HighlightKind::kKeyphrase, p.score, -1, -1});
  }
  for (size_t i = 0; i < annotations.size(); ++i) {
    const Annotation& a = annotations[i];
    Highlight h{a.start, a.end, HighlightLayer::kEntity, KindOf(a.kind), AnnotationScore(a), -1, static_cast<int32_t>(i)};
    if (a.kind == AnnotationKind::kQuotation) {
      h.layer = HighlightLayer::kQuotation;
      quotations.push_back(h);
    } else {
      entities.push_back(h);
    }
  }
  std::vector<Highlight> out;
  AddLayer(std::move(sentences), &out);
  AddLayer(std::move(phrases), &out);
  AddLayer(std::move(quotations), &out);
  AddLayer(std::move(entities), &out);
  std::stable_sort(out.begin(), out.end(), [](const Highlight& a, const Highlight& b) {
    if (a.start != b.start) return a.start < b.start;
    return a.layer < b.layer;
  });
  return out;
}

}  // namespace precis::annotate
