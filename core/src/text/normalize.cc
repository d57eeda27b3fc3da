// NormalizedKey: ICU's NFKC_Casefold normalizer (nfkc_cf data) followed by the
// Traditional→Simplified character fold. ASCII takes a fast path without ICU.
#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <vector>

#include "text/utf16.h"

namespace precis::text {
namespace {

const icu::Normalizer2* CasefoldNormalizer() {
  // ICU owns the instance; nullptr when the nfkc_cf data is missing (keys then stay unnormalized).
  static const icu::Normalizer2* normalizer = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* instance = icu::Normalizer2::getNFKCCasefoldInstance(status);
    return U_SUCCESS(status) ? instance : nullptr;
  }();
  return normalizer;
}

void AppendCodePoint(char32_t c, std::u16string* out) {
  if (c < 0x10000) {
    out->push_back(static_cast<char16_t>(c));
  } else {
    out->push_back(static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10)));
    out->push_back(static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
  }
}

// Appends `text` with every Han character folded to Simplified.
void AppendFolded(std::u16string_view text, std::u16string* out) {
  for (size_t i = 0; i < text.size();) {
    const char16_t unit = text[i];
    if (unit < 0x3400) {  // below every Han block: nothing to fold
      out->push_back(unit);
      ++i;
      continue;
    }
    char32_t c = unit;
    size_t length = 1;
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 &&
        text[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(text[i + 1]) - 0xDC00);
      length = 2;
    }
    AppendCodePoint(FoldTraditional(c), out);
    i += length;
  }
}

void AppendNormalizedKeySlow(std::u16string_view text, std::u16string* out);

// Keys of one-unit texts (punctuation such as ， or 。, single kana), each worked out once:
// one-character tokens are the most frequent, and ICU's normalizer costs far more than a
// table load. Each entry is 0 (not yet known) or 1 + (offset in pool << 8 | length).
class SingleUnitKeys {
 public:
  void Append(char16_t unit, std::u16string* out) {
    if (entries_.empty()) entries_.assign(0x10000, 0);
    uint32_t entry = entries_[unit];
    if (entry == 0) {
      std::u16string key;
      AppendNormalizedKeySlow(std::u16string_view(&unit, 1), &key);
      if (key.size() > 0xFF || pool_.size() + key.size() > 0xFFFFFF) {  // never for one unit
        out->append(key);
        return;
      }
      entry = 1 + (static_cast<uint32_t>(pool_.size()) << 8 | static_cast<uint32_t>(key.size()));
      pool_ += key;
      entries_[unit] = entry;
    }
    --entry;
    out->append(pool_, entry >> 8, entry & 0xFF);
  }

 private:
  std::vector<uint32_t> entries_;
  std::u16string pool_;
};

}  // namespace

void AppendNormalizedKey(std::u16string_view text, std::u16string* out) {
  if (text.size() == 1 && (text[0] < 0xD800 || text[0] > 0xDFFF)) {
    thread_local SingleUnitKeys single_unit_keys;  // per thread: analyzers may run on several
    single_unit_keys.Append(text[0], out);
    return;
  }
  AppendNormalizedKeySlow(text, out);
}

namespace {

void AppendNormalizedKeySlow(std::u16string_view text, std::u16string* out) {
  bool ascii = true;
  bool ideographs = true;  // only stable ideographs: no need to ask ICU
  for (char16_t unit : text) {
    if (unit >= 0x80) ascii = false;
    // No unified ideograph has a decomposition or a case fold: NFKC_Casefold leaves them alone
    // (the compatibility ideographs, U+F900 on, do decompose).
    if (!IsUnifiedIdeograph(unit)) ideographs = false;
    if (!ascii && !ideographs) break;
  }
  if (ideographs && !text.empty()) {
    // Every fold of a unified ideograph stays in the BMP (the table's folds all do; see
    // TraditionalFolder), so the key has the text's length and is written in place.
    static const TraditionalFolder* const folder = new TraditionalFolder();
    const size_t at = out->size();
    out->resize(at + text.size());
    char16_t* key = out->data() + at;
    for (size_t i = 0; i < text.size(); ++i) {
      const char32_t folded = folder->Fold(text[i]);
      if (folded > 0xFFFF) {  // not so today; kept correct should the table change
        out->resize(at);
        for (char16_t unit : text) AppendCodePoint(FoldTraditional(unit), out);
        return;
      }
      key[i] = static_cast<char16_t>(folded);
    }
    return;
  }
  if (ascii) {
    for (char16_t unit : text) {
      out->push_back(unit >= u'A' && unit <= u'Z' ? static_cast<char16_t>(unit + 32) : unit);
    }
    return;
  }
  const icu::Normalizer2* normalizer = CasefoldNormalizer();
  const icu::UnicodeString source(false, text.data(), static_cast<int32_t>(text.size()));
  UErrorCode status = U_ZERO_ERROR;
  // Most Chinese text is already NFKC_Casefold-stable: only the rest goes through ICU.
  const int32_t stable = normalizer ? normalizer->spanQuickCheckYes(source, status) : source.length();
  if (U_FAILURE(status) || stable == source.length()) {
    AppendFolded(text, out);
    return;
  }
  icu::UnicodeString normalized;
  normalizer->normalize(source, normalized, status);
  if (U_FAILURE(status)) {
    AppendFolded(text, out);
    return;
  }
  AppendFolded(std::u16string_view(reinterpret_cast<const char16_t*>(normalized.getBuffer()),
                                   static_cast<size_t>(normalized.length())),
               out);
}

}  // namespace

std::u16string FoldTraditionalText(std::u16string_view text) {
  std::u16string folded;
  folded.reserve(text.size());
  AppendFolded(text, &folded);
  return folded;
}

std::u16string NormalizedKey(std::u16string_view text) {
  std::u16string key;
  key.reserve(text.size());
  AppendNormalizedKey(text, &key);
  return key;
}

}  // namespace precis::text
