// Internal header of chidao::parse (not part of its API).
//
// The titles a signer signs under ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), as printed in capitals and
// folded. One list serves the signature block (which takes a cell that is a title) and the
// layout splitter (which finds a signature column that OCR joined to the recipients beside it).
#pragma once

#include <array>
#include <string_view>

namespace chidao::parse_internal {

struct SignerTitle {
  std::string_view caps;  // "PHÓ CHỦ TỊCH", as a signature block prints it (NFC)
  std::string_view fold;  // "pho chu tich"
};

inline constexpr std::array<SignerTitle, 22> kSignerTitles{{
    {"CHỦ TỊCH", "chu tich"},
    {"PHÓ CHỦ TỊCH", "pho chu tich"},
    {"BÍ THƯ", "bi thu"},
    {"PHÓ BÍ THƯ", "pho bi thu"},
    {"PHÓ BÍ THƯ THƯỜNG TRỰC", "pho bi thu thuong truc"},
    {"GIÁM ĐỐC", "giam doc"},
    {"PHÓ GIÁM ĐỐC", "pho giam doc"},
    {"TỔNG GIÁM ĐỐC", "tong giam doc"},
    {"CHÁNH VĂN PHÒNG", "chanh van phong"},
    {"PHÓ CHÁNH VĂN PHÒNG", "pho chanh van phong"},
    {"TRƯỞNG BAN", "truong ban"},
    {"PHÓ TRƯỞNG BAN", "pho truong ban"},
    {"BỘ TRƯỞNG", "bo truong"},
    {"THỨ TRƯỞNG", "thu truong"},
    {"THỦ TƯỚNG", "thu tuong"},
    {"PHÓ THỦ TƯỚNG", "pho thu tuong"},
    {"CỤC TRƯỞNG", "cuc truong"},
    {"PHÓ CỤC TRƯỞNG", "pho cuc truong"},
    {"CHỦ NHIỆM", "chu nhiem"},
    {"PHÓ CHỦ NHIỆM", "pho chu nhiem"},
    {"HIỆU TRƯỞNG", "hieu truong"},
    {"TRƯỞNG PHÒNG", "truong phong"},
}};

}  // namespace chidao::parse_internal
