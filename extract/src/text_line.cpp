// Line classification for the rejoining rules (see text_normalizer.cpp for how they are used).
//   item          "- Chủ trì, phối hợp ...", "+ Sở Y tế", "• ...", "1. Sở Y tế", "1.2. ...", "2) ...",
//                 "3- ...", "(4) ...", "a) ...", "đ) ...", "II. NHIỆM VỤ", "I.MỤC TIÊU" (OCR lost
//                 the space), "Điều 2. ...", "Chương I", "Phụ lục II"; but not "1.000 người",
//                 "2021 - 2022 an toàn", "-5°C", "+84 ...".
//   lone marker   "-" or "1." alone: the marker was split from its text ("-" / "Bộ Y tế;").
//   hard          "| ô | ô |" and "ô\tô\tô" table rows, "-------" separators, "Độc lập - Tự do - Hạnh phúc".
//   opens block   "Số: 3279/KH-UBND", "V/v triển khai ...", "Kính gửi: ...", "Nơi nhận:",
//                 "Căn cứ Luật ...", "Theo đề nghị ...", "Cao Bằng, ngày 26 tháng 11 năm 2021".
//   caps          "ỦY BAN NHÂN DÂN", "I. MỤC TIÊU", "KT. CHỦ TỊCH"; a single capitals word that ends
//                 a sentence ("COVID-19”.") is the tail of a wrapped sentence, not a heading.
//   connective    a line ending in "và", "của", "các", "số", "ngày"... stops mid-phrase
//                 ("9. Sở Nông nghiệp và" / "Phát triển nông thôn").
#include "text_line.h"

#include <array>
#include <string>
#include <string_view>
#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "chidao/vn_text.h"

namespace chidao {
namespace {

UChar32 DecodeAt(std::string_view s, int32_t& i) {
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c;
}

UChar32 DecodeBefore(std::string_view s, int32_t& i) {
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, i, c);
  return c;
}

bool IsOpening(UChar32 c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x201C || c == 0x2018 ||
         c == 0x00AB || c == ' ';
}

bool IsClosing(UChar32 c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
         c == 0x00BB || c == ' ';
}

bool IsDash(UChar32 c) { return c == '-' || c == 0x2013 || c == 0x2014; }

bool IsBullet(UChar32 c) {
  switch (c) {
    case '-': case '+': case '*': case 0x2013: case 0x2014: case 0x2022: case 0x00B7:
    case 0x25AA: case 0x25CF: case 0x25CB: case 0x25E6: case 0x25A0: case 0x25A1: case 0x27A2:
    case 0x25BA: case 0x2713: case 0x221A: case 0x2219: case 0x00B0: case 0xF0B7:
      return true;
    default:
      return false;
  }
}

bool IsSeparator(std::string_view text) {
  int marks = 0;
  for (char ch : text) {
    if (ch == '-' || ch == '_' || ch == '=' || ch == '*' || ch == '.' || ch == '~') {
      ++marks;
    } else if (ch != ' ') {
      return false;
    }
  }
  return marks >= 3;
}

bool IsTableRow(std::string_view text) {
  std::size_t pipes = 0, tabs = 0;
  for (char ch : text) {
    pipes += ch == '|';
    tabs += ch == '\t';
  }
  // Tabs survive only in lines of three cells or more (UntabProse in text_normalizer.cpp).
  return pipes >= 2 || tabs >= 2 || text.front() == '|' || text.back() == '|';
}

const RE2& NumberedMarker() {
  static const RE2 re(
      "^((?:\\d{1,3}(?:\\.\\d{1,3})*[.)]|\\d{1,3}-|\\(\\d{1,3}\\)|\\(?[a-zđ]\\)|[a-zđ]\\.|"
      "[IVXLC]{1,7}[.)]|[A-ZĐ][.)]|"
      "(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN|Phụ lục|PHỤ LỤC)\\s+[0-9IVXLC]+[.:]?))");
  return re;
}

// The capital letters of Vietnamese. Not \p{Lu}: that class alone compiles to some 700
// instructions, a third of a millisecond at every start, for letters no directive uses.
constexpr std::string_view kVietnameseCapital =
    "[A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]";

const RE2& MultiLevelMarker() {  // "1.2 Nội dung": no closing dot, then a capital
  static const RE2 re("^(\\d{1,3}(?:\\.\\d{1,3})+)\\s+" + std::string(kVietnameseCapital));
  return re;
}

// The place name before ", ngày": Latin letters as Vietnamese writes them (U+00C0..U+1EF9
// spans every Vietnamese letter). Not \p{L}: six copies of that class compile to an 8000-
// instruction program, 6 ms at every start, as long as reading a two-page text PDF.
const RE2& BlockOpening() {
  static const RE2 re(
      "^(?:Số\\s*:|SỐ\\s*:|Số\\s+\\d|V/[vV]\\s|Về việc\\s|Kính gửi|KÍNH GỬI|Đồng kính gửi|"
      "Nơi nhận|NƠI NHẬN|Căn cứ\\s|CĂN CỨ\\s|Xét đề nghị|Theo đề nghị|" +
      std::string(kVietnameseCapital) +
      "[A-Za-z\\x{C0}-\\x{1EF9}.]*(?:\\s+[A-Za-z\\x{C0}-\\x{1EF9}.]+){0,5},\\s*ngày\\s+\\d)");
  return re;
}

const RE2& Motto() {
  static const RE2 re("^(?i:Độc lập)\\s*[-–]\\s*(?i:Tự do)\\s*[-–]\\s*(?i:Hạnh phúc)");
  return re;
}

const RE2& Authority() {
  static const RE2 re(
      "^(?:TM\\.|KT\\.|TL\\.|TUQ\\.|Q\\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|"
      "GIÁM ĐỐC|BÍ THƯ|ỦY BAN|UỶ BAN|UBND|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|HỘI ĐỒNG|CHÁNH)");
  return re;
}

const RE2& PageNumber() {
  static const RE2 re(
      "(?:-\\s*)?(?:(?:Trang|trang|TRANG|Page)\\s+)?\\d{1,4}(?:\\s*/\\s*\\d{1,4})?(?:\\s*-)?");
  return re;
}

bool IsTypeName(std::string_view text) {
  static constexpr std::array<std::string_view, 24> kTypes = {
      "KẾ HOẠCH",   "CÔNG VĂN",  "CHỈ THỊ",    "QUYẾT ĐỊNH", "THÔNG BÁO",   "CÔNG ĐIỆN",
      "HƯỚNG DẪN",  "CHƯƠNG TRÌNH", "BÁO CÁO", "NGHỊ QUYẾT", "KẾT LUẬN",    "PHƯƠNG ÁN",
      "ĐỀ ÁN",      "TỜ TRÌNH",  "QUY ĐỊNH",   "QUY CHẾ",    "THÔNG CÁO",   "GIẤY MỜI",
      "THÔNG TRI",  "NGHỊ ĐỊNH", "THÔNG TƯ",   "LỆNH",       "DỰ ÁN",       "BIÊN BẢN"};
  for (std::string_view type : kTypes) {
    if (text == type) return true;
  }
  return false;
}

bool IsConnective(std::string_view word) {
  static constexpr std::array<std::string_view, 34> kWords = {
      "và",  "hoặc", "của", "các",  "những", "với", "cho",  "trong", "tại",  "theo", "về", "để",
      "là",  "được", "bị",  "từ",   "đến",   "trên", "dưới", "khi",  "nếu", "thì",  "mà", "nhằm",
      "như", "số",   "ngày", "tháng", "năm", "đối",  "qua",  "sự",   "giữa", "vào"};
  for (std::string_view w : kWords) {
    if (word == w) return true;
  }
  return false;
}

void ClassifyMarker(TextLine& line) {
  const std::string_view text = line.text;
  int32_t i = 0;
  const UChar32 first = DecodeAt(text, i);
  if (IsBullet(first) && !IsSeparator(text)) {
    const std::string_view rest = text.substr(static_cast<std::size_t>(i));
    int32_t j = 0;
    const UChar32 next = rest.empty() ? 0 : DecodeAt(rest, j);
    if (rest.empty()) {
      line.item = line.lone_marker = true;
    } else if (next == ' ') {
      line.item = true;
      int32_t k = j;
      while (k < static_cast<int32_t>(rest.size()) && rest[k] == ' ') ++k;
      if (IsDash(first) && k < static_cast<int32_t>(rest.size())) {
        line.dash_lower = u_islower(DecodeAt(rest, k));
      }
    } else {
      line.item = u_isupper(next);  // "-Chủ trì" without the space
    }
    return;
  }
  const std::string_view head = text.substr(0, 96);
  re2::StringPiece marker;
  if (RE2::PartialMatch(re2::StringPiece(head.data(), head.size()), NumberedMarker(), &marker)) {
    const std::string_view rest = text.substr(marker.size());
    int32_t j = 0;
    const UChar32 next = rest.empty() ? 0 : DecodeAt(rest, j);
    const bool digit_or_roman = marker.size() >= 2 && (u_isdigit(marker[0]) || marker[0] == 'I' ||
                                                       marker[0] == 'V' || marker[0] == 'X');
    if (rest.empty() || next == ' ' || (digit_or_roman && u_isupper(next))) {
      line.item = line.numbered = true;
      line.lone_marker = rest.empty();
      return;
    }
  }
  if (RE2::PartialMatch(re2::StringPiece(head.data(), head.size()), MultiLevelMarker())) {
    line.item = line.numbered = true;
  }
}

void ClassifyLetters(TextLine& line) {
  int letters = 0, lower = 0, words = 0;
  bool in_word = false;
  const std::string_view text = line.text;
  for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
    const auto byte = static_cast<unsigned char>(text[i]);
    bool letter, is_lower;
    if (byte < 0x80) {  // ASCII fast path
      ++i;
      is_lower = byte >= 'a' && byte <= 'z';
      letter = is_lower || (byte >= 'A' && byte <= 'Z');
    } else {
      const UChar32 c = DecodeAt(text, i);
      letter = u_isalpha(c);
      is_lower = letter && u_islower(c);
    }
    ++line.length;
    if (letter) {
      ++letters;
      lower += is_lower ? 1 : 0;
      if (!in_word) ++words;
    }
    in_word = letter;
  }
  const bool ends_sentence = line.end == '.' || line.end == ';' || line.end == ',';
  line.caps = letters >= 2 && lower == 0 && !(words == 1 && ends_sentence);
  // First letter, after opening quotes and brackets.
  for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
    const UChar32 c = DecodeAt(text, i);
    if (IsOpening(c)) continue;
    line.starts_lower = u_islower(c);
    break;
  }
}

void ClassifyEnd(TextLine& line) {
  const std::string_view text = line.text;
  int32_t i = static_cast<int32_t>(text.size());
  UChar32 c = 0;
  while (i > 0) {
    c = DecodeBefore(text, i);
    if (!IsClosing(c)) break;
  }
  if (c == 0x2026 || (text.size() >= 3 && text.substr(0, i + 1).ends_with("..."))) {
    return;  // "nhân lực..." trails off mid-sentence
  }
  if (c == '.' || c == ';' || c == ':' || c == ',' || c == '!' || c == '?') {
    line.end = static_cast<char>(c);
    return;
  }
  if (IsDash(c)) {
    line.end = '-';
    if (i > 0) line.dash_attached = u_isalnum(DecodeBefore(text, i));
    return;
  }
  // Last word, for the connective test.
  const std::size_t space = text.rfind(' ');
  const std::string_view word = space == std::string_view::npos ? text : text.substr(space + 1);
  if (word.size() <= 12) line.ends_connective = IsConnective(ToLower(word));
}

}  // namespace

TextLine ClassifyLine(std::string_view text) {
  TextLine line;
  line.text = text;
  if (text.empty()) {
    line.blank = true;
    return line;
  }
  const re2::StringPiece head(text.data(), std::min<std::size_t>(text.size(), 96));
  line.hard = IsSeparator(text) || IsTableRow(text) || RE2::PartialMatch(head, Motto());
  line.page_number = text.size() <= 16 && RE2::FullMatch(re2::StringPiece(text.data(), text.size()),
                                                         PageNumber());
  ClassifyEnd(line);
  ClassifyLetters(line);
  ClassifyMarker(line);
  line.opens_block = RE2::PartialMatch(head, BlockOpening());
  if (line.caps) {
    line.type_line = IsTypeName(text);
    line.authority = RE2::PartialMatch(head, Authority());
  }
  return line;
}

bool OnlyOpenings(std::string_view text) {
  bool any = false;
  for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
    const UChar32 c = DecodeAt(text, i);
    if (!IsOpening(c)) return false;
    any = any || c != ' ';
  }
  return any;
}

bool ContinuesNationalTitle(std::string_view a, std::string_view b) {
  static constexpr std::string_view kTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  if (b.empty() || a.size() + 1 + b.size() > kTitle.size()) return false;
  return kTitle.substr(0, a.size()) == a && kTitle[a.size()] == ' ' &&
         kTitle.substr(a.size() + 1, b.size()) == b;
}

}  // namespace chidao
