// Term keys through ICU's NFKC_Casefold normalizer (nfkc_cf.nrm, in the trimmed data).
#include "lexicon/term_key.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace precis::lexicon {

std::u16string TermKey(std::u16string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) return std::u16string();
  const icu::UnicodeString source(false, text.data(), static_cast<int32_t>(text.size()));
  icu::UnicodeString folded = nfkc_cf->normalize(source, status);
  if (U_FAILURE(status)) return std::u16string();
  return std::u16string(folded.getBuffer(), folded.getBuffer() + folded.length());
}

}  // namespace precis::lexicon
