#include <catch2/catch.hpp>

#include "running_header.h"

namespace chidao {
namespace {

TEST_CASE("RunningHeader: a header line repeated on every page and bare page numbers go") {
  std::vector<std::string> pages = {
      "Số: 3279/KH-UBND\nI. MỤC TIÊU\nBảo vệ tối đa sức khỏe\n1",
      "Số: 3279/KH-UBND\nII. NHIỆM VỤ\nTổ chức quán triệt\n2",
      "Số: 3279/KH-UBND\nIII. TỔ CHỨC THỰC HIỆN\nCác sở, ban, ngành\n3",
  };
  CHECK(RemoveRunningHeaders(&pages) == 6);
  CHECK(pages[0] == "I. MỤC TIÊU\nBảo vệ tối đa sức khỏe");
  CHECK(pages[2] == "III. TỔ CHỨC THỰC HIỆN\nCác sở, ban, ngành");
}

TEST_CASE("RunningHeader: 'Trang 2/5', '- 2 -' and '2/5' page numbers are recognised") {
  std::vector<std::string> pages = {"Nội dung một\n- 1 -", "Trang 2/3\nNội dung hai",
                                    "Nội dung ba\n3/3"};
  RemoveRunningHeaders(&pages);
  CHECK(pages[0] == "Nội dung một");
  CHECK(pages[1] == "Nội dung hai");
  CHECK(pages[2] == "Nội dung ba");
}

TEST_CASE("RunningHeader: a footer that OCR read slightly differently on each page still goes") {
  std::vector<std::string> pages = {
      "Nội dung trang một\nCông văn số 6325/UBND-KGVX",
      "Nội dung trang hai\nCông vãn số 6325/UBND-KGVX",
      "Nội dung trang ba\nCông văn sô 6325/UBND-KGVX",
  };
  RemoveRunningHeaders(&pages);
  CHECK(pages[0] == "Nội dung trang một");
  CHECK(pages[1] == "Nội dung trang hai");
  CHECK(pages[2] == "Nội dung trang ba");
}

TEST_CASE("RunningHeader: a numbered line that does not fit the page's position stays") {
  // "15" at the end of page 1 is content (a count in a table), not the page number 1.
  std::vector<std::string> pages = {"Tổng số xã đạt chuẩn:\n15", "Nội dung khác\n7"};
  RemoveRunningHeaders(&pages);
  CHECK(pages[0] == "Tổng số xã đạt chuẩn:\n15");
}

TEST_CASE("RunningHeader: numbering that starts later than 1 is followed") {
  std::vector<std::string> pages = {"Trang đầu\n5", "Trang tiếp\n6", "Trang cuối\n7"};
  RemoveRunningHeaders(&pages);
  CHECK(pages[0] == "Trang đầu");
  CHECK(pages[2] == "Trang cuối");
}

TEST_CASE("RunningHeader: content lines that differ from page to page are kept") {
  std::vector<std::string> pages = {"1. Sở Y tế chủ trì\ntriển khai tiêm vắc xin",
                                    "2. Sở Giáo dục và Đào tạo\nbảo đảm an toàn trường học"};
  const std::vector<std::string> before = pages;
  CHECK(RemoveRunningHeaders(&pages) == 0);
  CHECK(pages == before);
}

TEST_CASE("RunningHeader: a one-page document keeps its first line; only a page number goes") {
  std::vector<std::string> pages = {"ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nNội dung\n1"};
  RemoveRunningHeaders(&pages);
  CHECK(pages[0] == "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nNội dung");
}

TEST_CASE("RunningHeader: a header missing from the first page is still found on the others") {
  std::vector<std::string> pages = {"ỦY BAN NHÂN DÂN\nKẾ HOẠCH\nMở đầu", "Kế hoạch số 267/KH-UBND\nPhần hai",
                                    "Kế hoạch số 267/KH-UBND\nPhần ba"};
  RemoveRunningHeaders(&pages);
  CHECK(pages[0] == "ỦY BAN NHÂN DÂN\nKẾ HOẠCH\nMở đầu");
  CHECK(pages[1] == "Phần hai");
  CHECK(pages[2] == "Phần ba");
}

}  // namespace
}  // namespace chidao
