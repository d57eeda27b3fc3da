// The annotators' word lists, all written for this project: Chinese surnames, titles, speech
// verbs, organization suffixes, a compact gazetteer of places (zh and en), and stop lists.
#ifndef PRECIS_ANNOTATE_LEXICON_H_
#define PRECIS_ANNOTATE_LEXICON_H_

#include <string_view>
#include <vector>

namespace precis::annotate::lexicon {

using Words = std::vector<std::u16string_view>;

// Chinese.
const Words& Surnames();          // single-character surnames, Traditional and Simplified
const Words& CompoundSurnames();  // 歐陽, 司馬, ...
const Words& WeakSurnames();      // surnames that are also common words: need recurrence
// Whether `c` is one of Surnames()' single characters: one bit test, for callers that ask
// at nearly every Han character (name finding, the standard word style).
bool IsSingleSurname(char16_t c);
const Words& ZhTitles();          // 董事長, 執行長, CEO, 總統, 分析師, ... (before a name)
const Words& ZhCorporateTitles(); // titles whose holder's organization precedes them
const Words& ZhHonorifics();      // 先生, 女士, ... (after a name)
const Words& ZhSpeechVerbs();     // 表示, 說, 指出, 強調, 透露, ...
const Words& ZhAdverbs();         // may stand between a speaker and the verb: 也, 則, 進一步
const Words& ZhNameStops();       // characters that end a name: 在, 的, 與, ...
const Words& ZhOrgSuffixes();     // 公司, 集團, 協會, 大學, 銀行, ... (two or more characters)
const Words& ZhCorporateOrgSuffixes();  // 公司, 集團, ...: a company's own name must precede
const Words& ZhShortOrgSuffixes();  // 部, 局, 院, 署: need their own token
const Words& ZhOrgPrefixStops();  // tokens an organization name never extends back over
const Words& ZhGenericOrgWords(); // 科技, 上市, ...: alone before a suffix they make no name
const Words& ZhPlaces();          // countries, regions, cities
const Words& ZhPlaceSuffixes();   // 市, 縣, 省
const Words& ZhNotPlaces();       // 城市, 股市, 節省, ...: words ending like a place

// English.
const Words& EnPlaces();          // countries, regions, cities, states
const Words& EnTitles();          // Mr., Dr., President, chief executive, analyst, ...
const Words& EnCorporateTitles(); // CEO, chief executive, founder, ...
const Words& EnSpeechVerbs();     // said, says, told, added, ...
const Words& EnOrgSuffixes();     // Inc., Corp., University, Administration, Capital, ...
const Words& EnOrgHeads();        // University, Bank, Ministry, ... followed by "of X"
const Words& EnPlaceSuffixes();   // Street, Avenue, River, Town, ...: the last word of a place
const Words& EnNotNames();        // capitalized words that start sentences: The, But, ...
const Words& EnNotAcronyms();     // AI, CEO, GDP, ...: capitals that name no organization
const Words& EnMonths();          // January ... December and their abbreviations
const Words& EnWeekdays();        // Monday ... Sunday

}  // namespace precis::annotate::lexicon

#endif  // PRECIS_ANNOTATE_LEXICON_H_
