// Helpers for the store tests: a private temporary archive, and documents and directives
// built by hand (store tests must not depend on the parser's quality).
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "chidao/directive.h"
#include "chidao/document.h"
#include "chidao/sha256.h"
#include "chidao/store.h"
#include "support/test_util.h"

namespace chidao::testing {

// A fresh directory removed with its contents at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "chidao-store-XXXXXX").string();
    path_ = ::mkdtemp(pattern.data()) ? pattern : std::string();
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;  // owns the directory
  TempDir& operator=(const TempDir&) = delete;
  std::string File(const std::string& name) const { return path_ + "/" + name; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// The status of a result, by value: REQUIRE_OK(f().status()) would keep a reference into
// a destroyed temporary.
template <typename T>
Status StatusOf(const Result<T>& r) {
  return r.status();
}

inline std::unique_ptr<Store> OpenStore(const std::string& path, StoreOptions options = {}) {
  Result<std::unique_ptr<Store>> store = Store::Open(path, std::move(options));
  REQUIRE_OK(testing::StatusOf(store));
  return std::move(store).value();
}

// A document of one page per text, identified by the sha256 of its text.
inline Document MakeDocument(std::vector<std::string> pages, std::string path = "test.txt") {
  Document doc;
  doc.path = std::move(path);
  std::string all;
  int number = 0;
  for (std::string& text : pages) {
    all += text;
    all += '\f';
    Page page;
    page.number = ++number;
    page.text = std::move(text);
    doc.pages.push_back(std::move(page));
  }
  doc.sha256 = Sha256Hex(all);
  return doc;
}

inline DocumentCode Code(std::string text, std::string number, std::string type_code,
                         std::string issuer_code, bool party = false) {
  DocumentCode c;
  c.text = std::move(text);
  c.number = std::move(number);
  c.type_code = std::move(type_code);
  c.issuer_code = std::move(issuer_code);
  c.party = party;
  return c;
}

inline Task MakeTask(int id, std::string text, std::vector<BodyRef> lead,
                     std::vector<BodyRef> support = {}) {
  Task t;
  t.id = id;
  t.section = "II." + std::to_string(id);
  t.text = std::move(text);
  t.lead = std::move(lead);
  t.support = std::move(support);
  return t;
}

// One-filter SearchFilters, for readable tests.
inline SearchFilters ByType(std::string type) {
  SearchFilters f;
  f.type = std::move(type);
  return f;
}
inline SearchFilters ByBody(std::string body) {
  SearchFilters f;
  f.body = std::move(body);
  return f;
}
inline SearchFilters Since(Date d) {
  SearchFilters f;
  f.since = d;
  return f;
}
inline SearchFilters Until(Date d) {
  SearchFilters f;
  f.until = d;
  return f;
}
inline SearchFilters Limit(int n) {
  SearchFilters f;
  f.limit = n;
  return f;
}

}  // namespace chidao::testing
