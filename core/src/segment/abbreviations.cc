// Word lists written for this project from general English usage (style guides' lists of
// titles, reference abbreviations and company suffixes), not from any evaluation set.
#include "segment/abbreviations.h"

#include <algorithm>
#include <iterator>
#include <string>

namespace precis::segment {
namespace {

std::u16string Lower(std::u16string_view word) {
  std::u16string out(word);
  for (char16_t& c : out) {
    if (c >= u'A' && c <= u'Z') c = c - u'A' + u'a';
  }
  return out;
}

template <size_t N>
bool Contains(const std::u16string_view (&list)[N], std::u16string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// Titles before names, and Latin connectives before what they introduce.
constexpr std::u16string_view kPrepositive[] = {
    u"mr", u"mrs", u"ms", u"mx", u"dr", u"prof", u"rev", u"fr", u"hon", u"pres", u"gov",
    u"sen", u"rep", u"gen", u"col", u"maj", u"capt", u"cmdr", u"lt", u"sgt", u"cpl", u"pvt",
    u"adm", u"st", u"mt", u"ft", u"messrs", u"mme", u"mlle", u"supt", u"insp", u"det",
    u"cf", u"vs", u"viz", u"e.g", u"i.e", u"incl", u"esp"};

// Abbreviations that may as well end a sentence; reference words (No., p., Fig.) among them
// hold on to a following number through the number rule of the caller.
constexpr std::u16string_view kAmbiguous[] = {
    u"no", u"nos", u"nr", u"n°", u"nº", u"p", u"pp", u"vol", u"vols", u"fig", u"figs", u"ch",
    u"chap", u"sec", u"secs", u"art", u"para", u"eq", u"approx", u"ca", u"c", u"op", u"ref",
    u"inc", u"ltd", u"co", u"corp", u"llc", u"plc", u"bros", u"jr", u"sr", u"esq", u"etc",
    u"al", u"dept", u"univ", u"assn", u"est", u"govt", u"intl", u"natl", u"mfg", u"jan",
    u"feb", u"mar", u"apr", u"jun", u"jul", u"aug", u"sep", u"sept", u"oct", u"nov", u"dec",
    u"mon", u"tue", u"tues", u"wed", u"thu", u"thur", u"thurs", u"fri", u"sat", u"sun",
    u"ave", u"blvd", u"rd", u"hwy", u"misc", u"min", u"max", u"hr", u"hrs", u"yr"};

constexpr std::u16string_view kTime[] = {u"a.m", u"p.m", u"am", u"pm"};

constexpr std::u16string_view kOpeners[] = {
    u"I", u"He", u"She", u"It", u"We", u"They", u"You", u"This", u"That", u"These", u"Those",
    u"There", u"Here", u"The", u"A", u"An", u"Some", u"Many", u"Most", u"All", u"Each",
    u"Every", u"Any", u"Both", u"Such", u"My", u"Our", u"His", u"Her", u"Its", u"Their",
    u"Your", u"What", u"When", u"Where", u"Who", u"Whom", u"Whose", u"Why", u"How", u"Which",
    u"However", u"But", u"And", u"Or", u"So", u"Yet", u"Then", u"Thus", u"Also", u"Still",
    u"Meanwhile", u"Moreover", u"Furthermore", u"Therefore", u"Instead", u"Later", u"Finally",
    u"First", u"After", u"Before", u"Since", u"Because", u"If", u"In", u"On", u"At", u"For",
    u"As", u"While", u"Although", u"Though", u"Is", u"Are", u"Was", u"Were", u"Do", u"Does",
    u"Did", u"Can", u"Could", u"Will", u"Would", u"Should", u"May", u"Might", u"Have", u"Has",
    u"Had", u"Yes", u"No", u"Not", u"Please", u"Let", u"Being"};


bool IsInitialism(std::u16string_view word) {
  // U.S, U.S.A, Ph.D, J.C: letters separated by single periods.
  if (word.size() < 3 || word.find(u'.') == std::u16string_view::npos) return false;
  size_t run = 0;
  for (char16_t c : word) {
    if (c == u'.') {
      if (run == 0 || run > 2) return false;
      run = 0;
    } else if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')) {
      ++run;
    } else {
      return false;
    }
  }
  return run >= 1 && run <= 2;
}

}  // namespace

AbbreviationKind ClassifyAbbreviation(std::u16string_view word) {
  // Drop opening marks glued to the word: "(Ind" -> "Ind".
  while (!word.empty() && (word.front() == u'(' || word.front() == u'[' || word.front() == u'"' ||
                           word.front() == u'\'' || word.front() == 0x201C || word.front() == 0x2018)) {
    word.remove_prefix(1);
  }
  if (word.empty()) return AbbreviationKind::kNone;
  std::u16string lower = Lower(word);
  if (Contains(kTime, lower) && word.find(u'.') != std::u16string_view::npos) {
    return AbbreviationKind::kTime;
  }
  if (Contains(kPrepositive, lower)) return AbbreviationKind::kPrepositive;
  if (Contains(kAmbiguous, lower)) return AbbreviationKind::kAmbiguous;
  if (word.size() == 1 && word[0] >= u'A' && word[0] <= u'Z') return AbbreviationKind::kInitial;
  if (IsInitialism(word)) return AbbreviationKind::kAmbiguous;
  return AbbreviationKind::kNone;
}

bool IsSentenceOpener(std::u16string_view word) { return Contains(kOpeners, word); }

bool IsCalendarWord(std::u16string_view word) {
  static constexpr std::u16string_view kCalendar[] = {
      u"Monday", u"Tuesday", u"Wednesday", u"Thursday", u"Friday", u"Saturday", u"Sunday",
      u"January", u"February", u"March", u"April", u"May", u"June", u"July", u"August",
      u"September", u"October", u"November", u"December", u"Jan", u"Feb", u"Mar", u"Apr",
      u"Jun", u"Jul", u"Aug", u"Sep", u"Sept", u"Oct", u"Nov", u"Dec", u"Mon", u"Tue",
      u"Wed", u"Thu", u"Fri", u"Sat", u"Sun"};
  return Contains(kCalendar, word);
}

}  // namespace precis::segment
