// extract_cer REFERENCE HYPOTHESIS...: prints the character error rate of each hypothesis
// text file against the reference, as bench/extract reports it.
//
// CER = Levenshtein distance over code points / reference length, both NFC with every run of
// whitespace collapsed (edit_distance.h, the same function the tests use). Before comparing,
// lines that are only a page number ("2", "- 2 -") and lines equal to any --drop LINE are
// removed from the hypothesis: the reference tools (tesseract, ocrmypdf) keep running headers
// and page numbers, which chidao removes by design and the reference text does not have.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "edit_distance.h"

namespace {

std::string Read(const char* path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string Trim(const std::string& s) {
  const std::size_t a = s.find_first_not_of(" \t\r\f");
  if (a == std::string::npos) return {};
  return s.substr(a, s.find_last_not_of(" \t\r\f") - a + 1);
}

std::string DropLayoutLines(const std::string& text, const std::vector<std::string>& drop) {
  static const RE2 kPageNumber(R"(^[-–—]?\s*\d{1,4}\s*[-–—]?$)");
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of("\n\f", start);
    if (end == std::string::npos) end = text.size();
    const std::string line = Trim(text.substr(start, end - start));
    bool keep = !RE2::FullMatch(line, kPageNumber);
    for (const std::string& d : drop) keep = keep && line != d;
    if (keep) out += line + "\n";
    start = end + 1;
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> drop;
  std::vector<const char*> files;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--drop" && i + 1 < argc) {
      drop.push_back(argv[++i]);
    } else {
      files.push_back(argv[i]);
    }
  }
  if (files.size() < 2) {
    std::fprintf(stderr, "usage: extract_cer [--drop LINE]... REFERENCE HYPOTHESIS...\n");
    return 2;
  }
  const std::string reference = Read(files[0]);
  for (std::size_t i = 1; i < files.size(); ++i) {
    const double cer = chidao::CharacterErrorRate(reference, DropLayoutLines(Read(files[i]), drop));
    std::printf("%.4f\t%s\n", cer, files[i]);
  }
  return 0;
}
