// Internal header of chidao::parse (not part of its API).
//
// The document types a type line names ("KẾ HOẠCH", "CÔNG ĐIỆN KHẨN"): folded, and as written
// in sentence case. One list, so that the header block (which reads the directive's type from
// its type line) and the block builder (which takes a type line after a signature for the
// start of an attached document) know the same types. Type codes of số ký hiệu ("KH", "CĐ")
// are in document_code.cpp: a code names more kinds of paper (Giấy mời, Biên bản) than are
// printed as the title of a directive.
#pragma once

#include <array>
#include <string_view>

namespace chidao::parse_internal {

struct DocumentTypeName {
  std::string_view fold;     // FoldText of the name: "ke hoach"
  std::string_view written;  // "Kế hoạch": a garbled line ("THÔNG BẢO") still names its type
};

inline constexpr std::array<DocumentTypeName, 21> kDocumentTypeNames{{
    {"ke hoach", "Kế hoạch"},     {"cong dien", "Công điện"},   {"quyet dinh", "Quyết định"},
    {"chi thi", "Chỉ thị"},       {"thong bao", "Thông báo"},   {"nghi quyet", "Nghị quyết"},
    {"ket luan", "Kết luận"},     {"huong dan", "Hướng dẫn"},   {"chuong trinh", "Chương trình"},
    {"bao cao", "Báo cáo"},       {"to trinh", "Tờ trình"},     {"quy dinh", "Quy định"},
    {"quy che", "Quy chế"},       {"de an", "Đề án"},           {"phuong an", "Phương án"},
    {"thong tri", "Thông tri"},   {"cong van", "Công văn"},     {"nghi dinh", "Nghị định"},
    {"thong tu", "Thông tư"},     {"thong cao", "Thông cáo"},   {"du an", "Dự án"},
}};

}  // namespace chidao::parse_internal
