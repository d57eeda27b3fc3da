// Reads the test articles of tests/fixtures/articles (our own writing) for the ranking tests,
// and finds sentences by their text.
#ifndef PRECIS_TESTS_CORE_RANK_TEST_ARTICLES_H_
#define PRECIS_TESTS_CORE_RANK_TEST_ARTICLES_H_

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "../test_text.h"

namespace precis::testing {

inline std::u16string ReadArticle(const std::string& name) {
  std::string here = __FILE__;
  const std::string dir = here.substr(0, here.rfind('/'));
  std::ifstream in(dir + "/../../fixtures/articles/" + name, std::ios::binary);
  if (!in) throw std::runtime_error("missing fixture " + name);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return U16(bytes.str());
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_CORE_RANK_TEST_ARTICLES_H_
