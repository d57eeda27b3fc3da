// Replays the fuzz seed corpus and every past fuzzer finding through Analyze in the ordinary
// test builds (native and sanitized), and checks that the invariant checker itself bites.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "analysis_invariants.h"
#include "fuzz_input.h"

namespace precis::fuzz {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> FilesIn(const fs::path& folder) {
  std::vector<fs::path> files;
  if (!fs::is_directory(folder)) return files;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.is_regular_file() && entry.path().filename().string()[0] != '.') files.push_back(entry.path());
  }
  return files;
}

std::string ReadBytes(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

const uint8_t* Bytes(const std::string& s) { return reinterpret_cast<const uint8_t*>(s.data()); }

// Runs every file of `folder` through `decode` and the checker; returns how many it ran.
template <typename Decode>
size_t ReplayFolder(const fs::path& folder, Decode decode) {
  size_t count = 0;
  for (const fs::path& file : FilesIn(folder)) {
    const std::string bytes = ReadBytes(file);
    EXPECT_EQ(AnalyzeAndCheck(decode(Bytes(bytes), bytes.size())), "") << file;
    ++count;
  }
  return count;
}

const fs::path kFuzzDir = PRECIS_FUZZ_DIR;

TEST(FuzzReplay, Utf8SeedsKeepEveryInvariant) {
  EXPECT_GT(ReplayFolder(kFuzzDir / "corpus" / "utf8", TextFromUtf8Bytes), 0u);
}

TEST(FuzzReplay, Utf16SeedsKeepEveryInvariant) {
  EXPECT_GT(ReplayFolder(kFuzzDir / "corpus" / "utf16", TextFromUtf16Bytes), 0u);
}

TEST(FuzzReplay, PastFindingsStayFixed) {
  ReplayFolder(kFuzzDir / "regressions" / "utf8", TextFromUtf8Bytes);
  ReplayFolder(kFuzzDir / "regressions" / "utf16", TextFromUtf16Bytes);
}

TEST(FuzzInput, Utf16BytesAreLittleEndianAndDropAnOddByte) {
  const uint8_t bytes[] = {0x41, 0x00, 0x00, 0xD8, 0x7F};
  EXPECT_EQ(TextFromUtf16Bytes(bytes, sizeof bytes), std::u16string(u"A\xD800"));
}

TEST(FuzzInput, InvalidUtf8BecomesReplacementCharacters) {
  const uint8_t bytes[] = {'a', 0xFF, 'b', 0xE4, 0xB8};
  EXPECT_EQ(TextFromUtf8Bytes(bytes, sizeof bytes), std::u16string(u"a\uFFFDb\uFFFD"));
}

Analysis ValidAnalysisOfAbC() {  // "ab c": one paragraph, one sentence, three tokens
  Analysis analysis;
  analysis.paragraphs = {{0, 4}};
  analysis.sentences = {{0, 4, 0}};
  analysis.tokens = {{0, 2, TokenKind::kWord}, {2, 3, TokenKind::kWhitespace}, {3, 4, TokenKind::kWord}};
  analysis.paragraph_languages.resize(1);
  analysis.sentence_scores.resize(1);
  return analysis;
}

TEST(FindViolation, AcceptsAValidAnalysis) { EXPECT_EQ(FindViolation(u"ab c", ValidAnalysisOfAbC()), ""); }

TEST(FindViolation, ReportsAGapBetweenTokens) {
  Analysis analysis = ValidAnalysisOfAbC();
  analysis.tokens.erase(analysis.tokens.begin() + 1);
  EXPECT_NE(FindViolation(u"ab c", analysis).find("gap"), std::string::npos);
}

TEST(FindViolation, ReportsASpanPastTheText) {
  Analysis analysis = ValidAnalysisOfAbC();
  analysis.paragraphs[0].end = 5;
  EXPECT_NE(FindViolation(u"ab c", analysis).find("past the text"), std::string::npos);
}

TEST(FindViolation, ReportsASentenceOutsideItsParagraph) {
  Analysis analysis = ValidAnalysisOfAbC();
  analysis.paragraphs = {{0, 2}, {3, 4}};
  analysis.paragraph_languages.resize(2);
  analysis.sentences = {{0, 4, 1}};
  EXPECT_NE(FindViolation(u"ab c", analysis).find("not inside"), std::string::npos);
}

TEST(FindViolation, ReportsSentencesOutOfOrder) {
  Analysis analysis = ValidAnalysisOfAbC();
  analysis.sentences = {{3, 4, 0}, {0, 2, 0}};
  EXPECT_NE(FindViolation(u"ab c", analysis).find("precedes"), std::string::npos);
}

TEST(FindViolation, ReportsASplitSurrogatePair) {
  Analysis analysis;
  analysis.paragraphs = {{0, 2}};
  analysis.sentences = {{0, 2, 0}};
  analysis.tokens = {{0, 1, TokenKind::kSymbol}, {1, 2, TokenKind::kSymbol}};
  EXPECT_NE(FindViolation(u"\U0001F600", analysis).find("surrogate"), std::string::npos);
}

TEST(FindViolation, ReportsLostText) {
  Analysis analysis = ValidAnalysisOfAbC();
  analysis.sentences = {{0, 2, 0}};
  EXPECT_NE(FindViolation(u"ab c", analysis).find("belongs to no sentence"), std::string::npos);
}

TEST(FindViolation, ReportsOverlappingEntities) {
  Analysis analysis = ValidAnalysisOfAbC();
  analysis.annotations.resize(2);
  analysis.annotations[0].start = 0;
  analysis.annotations[0].end = 2;
  analysis.annotations[0].kind = AnnotationKind::kPerson;
  analysis.annotations[1].start = 1;
  analysis.annotations[1].end = 4;
  analysis.annotations[1].kind = AnnotationKind::kPlace;
  EXPECT_NE(FindViolation(u"ab c", analysis).find("overlaps the entity"), std::string::npos);
  analysis.annotations[1].kind = AnnotationKind::kQuotation;  // quotations may hold entities
  EXPECT_EQ(FindViolation(u"ab c", analysis), "");
}

TEST(FindViolation, ReportsAHighlightNamingNoAnnotation) {
  Analysis analysis = ValidAnalysisOfAbC();
  analysis.highlights.resize(1);
  analysis.highlights[0].start = 0;
  analysis.highlights[0].end = 2;
  analysis.highlights[0].annotation = 0;
  EXPECT_NE(FindViolation(u"ab c", analysis).find("names annotation 0"), std::string::npos);
}

TEST(FindViolation, ReportsASummaryOfAnIneligibleSentence) {
  Analysis analysis = ValidAnalysisOfAbC();
  analysis.summary.sentences = {0};
  analysis.summary.ranks = {1};
  analysis.summary.text = u"ab c";
  EXPECT_EQ(FindViolation(u"ab c", analysis), "");
  analysis.sentence_scores[0].eligible = false;
  EXPECT_NE(FindViolation(u"ab c", analysis).find("ineligible"), std::string::npos);
}

TEST(FindViolation, ReportsASummaryTextThatIsNotItsSentences) {
  Analysis analysis = ValidAnalysisOfAbC();
  analysis.summary.sentences = {0};
  analysis.summary.ranks = {1};
  analysis.summary.text = u"ab  c";
  EXPECT_NE(FindViolation(u"ab c", analysis).find("as written"), std::string::npos);
}

TEST(FindViolation, ReportsAKeyphraseDisplayedAsTextItNeverHas) {
  Analysis analysis = ValidAnalysisOfAbC();
  analysis.keyphrases.resize(1);
  analysis.keyphrases[0].text = u"ab";
  analysis.keyphrases[0].score = 1;
  analysis.keyphrases[0].occurrences = {{0, 2}};
  EXPECT_EQ(FindViolation(u"ab c", analysis), "");
  analysis.keyphrases[0].text = u"AB";
  EXPECT_NE(FindViolation(u"ab c", analysis).find("displayed"), std::string::npos);
}

TEST(FindViolation, ReportsBoilerplateThatCouldBeSummarized) {
  Analysis analysis = ValidAnalysisOfAbC();
  analysis.sentence_scores[0].boilerplate = true;
  EXPECT_NE(FindViolation(u"ab c", analysis).find("boilerplate yet eligible"), std::string::npos);
}

}  // namespace
}  // namespace precis::fuzz
