// The canonical name of an issuing body (tests/gold/README.md): "ỦY BAN NHÂN DÂN" + "TỈNH CAO
// BẰNG" → "UBND tỉnh Cao Bằng", "BTV Tỉnh ủy Quảng Ninh" → "Ban Thường vụ Tỉnh ủy Quảng Ninh",
// "SỞ GIÁO DỤC VÀ ĐÀO TẠO" → "Sở Giáo dục và Đào tạo". Internal to chidao::parse.
//
// Rules: "Ủy ban nhân dân" → "UBND", "Hội đồng nhân dân" → "HĐND", "BTV" → "Ban Thường vụ",
// "MTTQ" → "Mặt trận Tổ quốc"; a title before a body is dropped ("Chủ tịch UBND tỉnh" → "UBND
// tỉnh"). An all-caps name is recased: level words lowercase ("tỉnh", "huyện", "thành phố",
// "thị xã", "quận", "xã", "phường", "thị trấn"), the place name after them capitalised word by
// word, Party committees capitalised ("Tỉnh ủy"), and in a field name the first word of each
// part ("Giáo dục và Đào tạo", "Lao động - Thương binh và Xã hội"). Mixed-case input keeps its
// case: the document knows its proper names better than a rule.
#pragma once

#include <string>
#include <string_view>

namespace chidao {

std::string CanonicalIssuer(std::string_view name);

// True when an all-caps header line starts like the name of a body ("ỦY BAN NHÂN DÂN", "SỞ Y
// TẾ", "TỈNH ỦY QUẢNG NINH", "ĐẢNG BỘ TỈNH ...") rather than a title, a type or a motto.
bool LooksLikeIssuerLine(std::string_view line);

// True for the line where the issuer speaks in its own name, right after a header: "ỦY BAN
// NHÂN DÂN TỈNH BÌNH ĐỊNH", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH điện:", "BỘ TRƯỞNG BỘ Y TẾ".
bool IsVoiceLine(std::string_view line);

// True for the name of a body serving a People's Committee that does not name its place:
// "Sở Y tế", "Ban Quản lý các khu công nghiệp", "Chi cục Kiểm lâm", "Phòng Nội vụ", but not
// "Công an tỉnh Bắc Ninh", "Sở Y tế tỉnh Lào Cai", "Ban Tuyên giáo Tỉnh ủy".
bool IsCommitteeDepartment(std::string_view name);

// True for a line that continues a two-line issuer: "TỈNH CAO BẰNG", "HUYỆN ĐOAN HÙNG".
bool IsLevelPlaceLine(std::string_view line);

}  // namespace chidao
