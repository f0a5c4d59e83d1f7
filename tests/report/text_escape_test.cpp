#include "report/text_escape.h"

#include "support/test_util.h"

using chidao::Result;
using namespace chidao::report;

TEST_CASE("CleanText: keeps Vietnamese, tabs and newlines, drops control bytes, repairs UTF-8") {
  CHECK(CleanText("Sở Y tế\tchủ trì\nphối hợp") == "Sở Y tế\tchủ trì\nphối hợp");
  CHECK(CleanText("a\x01" "b\x7f" "c") == "abc");
  CHECK(CleanText("dòng 1\r\ndòng 2\rdòng 3") == "dòng 1\ndòng 2\ndòng 3");
  CHECK(CleanText("x\xC3\x28y") == "x\xEF\xBF\xBD(y");
  CHECK(CleanText(std::string("a\0b", 3)) == "ab");
}

TEST_CASE("HtmlEscape: escapes the five HTML-significant characters") {
  CHECK(HtmlEscape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(HtmlEscape("a & \"b\" 'c'") == "a &amp; &quot;b&quot; &#39;c&#39;");
  CHECK(HtmlEscape("Kế hoạch số 3279/KH-UBND") == "Kế hoạch số 3279/KH-UBND");
}

TEST_CASE("MarkdownCell: escapes table pipes, Markdown syntax and raw HTML") {
  CHECK(MarkdownCell("a | b") == "a \\| b");
  CHECK(MarkdownCell("*đậm* _nghiêng_ `mã` [liên kết](x)") ==
        "\\*đậm\\* \\_nghiêng\\_ \\`mã\\` \\[liên kết\\](x)");
  CHECK(MarkdownCell("<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;");
  CHECK(MarkdownCell("dòng 1\ndòng 2") == "dòng 1<br>dòng 2");
  CHECK(MarkdownCell("# không phải tiêu đề") == "\\# không phải tiêu đề");
}

TEST_CASE("LooksLikeFormula: flags cells a spreadsheet would evaluate") {
  for (const char* f : {"=1+1", "+84 912", "-2+3", "@SUM(A1)", "\tx", "\rx", "  =A1", "\n=A1"}) {
    INFO(f);
    CHECK(LooksLikeFormula(f));
  }
  for (const char* t : {"Sở Y tế", "15/12/2021", "", "   ", "a=b", "Kinh tế - xã hội", "“=”"}) {
    INFO(t);
    CHECK_FALSE(LooksLikeFormula(t));
  }
}

TEST_CASE("CsvField: quotes per RFC 4180 and guards formulas with an apostrophe") {
  CHECK(CsvField("Sở Y tế") == "Sở Y tế");
  CHECK(CsvField("a, b") == "\"a, b\"");
  CHECK(CsvField("nói \"ngay\"") == "\"nói \"\"ngay\"\"\"");
  CHECK(CsvField("dòng 1\ndòng 2") == "\"dòng 1\r\ndòng 2\"");
  CHECK(CsvField("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(CsvField("-2+3") == "'-2+3");
  CHECK(CsvField("@SUM(A1)") == "'@SUM(A1)");
  CHECK(CsvField("Kinh tế - xã hội") == "Kinh tế - xã hội");  // a dash inside is text
}

TEST_CASE("TruncateChars: cuts at code points and marks the cut") {
  CHECK(TruncateChars("Sở Y tế", 10) == "Sở Y tế");
  CHECK(TruncateChars("Sở Giáo dục và Đào tạo", 8) == "Sở Giáo…");
  CHECK(TruncateChars("ĐĐĐĐ", 3) == "ĐĐ…");
}
