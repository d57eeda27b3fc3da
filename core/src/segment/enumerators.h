// Enumerators that open list items (1. 2) a. (b) • 9.), so that an inline list such as
// "1) first item 2) second item" is split at each next enumerator.
#ifndef PRECIS_SEGMENT_ENUMERATORS_H_
#define PRECIS_SEGMENT_ENUMERATORS_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace precis::segment {

struct Enumerator {
  size_t length = 0;    // code units, with the space after it; 0 when there is none
  int value = 0;        // 1-based: 1, 2, ... or a=1, b=2, ...
  bool alphabetic = false;
  std::u16string form;  // bullet, opening and closing marks around the value: "•|.", "(|)"
};

// The enumerator opening `text`, if any. Single letters count only with a period or
// parenthesis after them ("a. ", "b) ", "(c) ").
Enumerator ReadEnumerator(std::u16string_view text);

// Whether `next` continues the list that `current` belongs to.
inline bool IsSuccessor(const Enumerator& current, const Enumerator& next) {
  return current.length > 0 && next.length > 0 && next.form == current.form &&
         next.alphabetic == current.alphabetic && next.value == current.value + 1;
}

}  // namespace precis::segment

#endif  // PRECIS_SEGMENT_ENUMERATORS_H_
