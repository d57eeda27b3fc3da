// Overlaps between entities are settled longest first; on equal length a date beats a
// quantity (2024年), a person beats an organization, an organization beats a place.
#include "annotate/annotator.h"

#include <algorithm>

#include "annotate/dates.h"
#include "annotate/names_en.h"
#include "annotate/names_zh.h"
#include "annotate/quantities.h"
#include "annotate/quotations.h"
#include "annotate/speakers.h"
#include "annotate/token_bounds.h"

namespace precis::annotate {

namespace {

int Priority(AnnotationKind kind) {
  switch (kind) {
    case AnnotationKind::kDate: return 0;
    case AnnotationKind::kQuantity: return 1;
    case AnnotationKind::kPerson: return 2;
    case AnnotationKind::kOrganization: return 3;
    case AnnotationKind::kPlace: return 4;
    case AnnotationKind::kQuotation: return 5;
  }
  return 6;
}

// Keeps the longest candidates that overlap nothing already kept.
std::vector<Annotation> ResolveOverlaps(std::vector<Annotation> candidates, size_t text_size) {
  std::stable_sort(candidates.begin(), candidates.end(), [](const Annotation& a, const Annotation& b) {
    const uint32_t la = a.end - a.start, lb = b.end - b.start;
    if (la != lb) return la > lb;
    if (Priority(a.kind) != Priority(b.kind)) return Priority(a.kind) < Priority(b.kind);
    return a.start < b.start;
  });
  std::vector<Annotation> kept;
  std::vector<bool> taken(text_size, false);
  for (Annotation& c : candidates) {
    if (c.end <= c.start || c.end > text_size) continue;
    bool free = true;
    for (uint32_t i = c.start; i < c.end && free; ++i) free = !taken[i];
    if (!free) continue;
    for (uint32_t i = c.start; i < c.end; ++i) taken[i] = true;
    kept.push_back(std::move(c));
  }
  return kept;
}

}  // namespace

void Annotate(std::u16string_view text, Analysis* analysis) {
  std::vector<Annotation> entities;
  FindDates(text, &entities);
  FindQuantities(text, &entities);
  const TokenBounds bounds(analysis->tokens, text.size());
  FindChineseNames(text, bounds, &entities);
  FindEnglishNames(text, &entities);
  std::vector<Annotation> all = ResolveOverlaps(std::move(entities), text.size());
  FindQuotations(text, analysis->paragraphs, &all);
  std::stable_sort(all.begin(), all.end(), [](const Annotation& a, const Annotation& b) {
    if (a.start != b.start) return a.start < b.start;
    return a.end > b.end;  // a quotation before the entity it starts with
  });
  AttachSpeakers(text, &all);
  analysis->annotations = std::move(all);
}

}  // namespace precis::annotate
