// Internal header of chidao::parse (not part of its API).
//
// The names of Vietnamese public bodies that the matcher needs to know by heart (DOMAIN.md §4):
// the fields of the provincial departments (Sở) and district offices (Phòng) with their usual
// abbreviations ("Sở TT&TT", "Sở LĐ-TB&XH", "Phòng NN&PTNT"), the head words that open a body's
// name ("Ban", "Trung tâm", "Chi cục", "Công an"...), collective nouns ("sở", "ban", "ngành",
// "cơ quan", "đơn vị", "địa phương"...), titles that stand for the body a person heads
// ("Giám đốc", "Thủ trưởng", "Chủ tịch"...), administrative levels ("tỉnh", "huyện", "xã") and
// the provinces, so "tỉnh Cao Bằng Tích cực tuyên truyền" ends the name at "Cao Bằng".
// Every phrase is stored folded (FoldPhrase), so lookups ignore case, marks and "hoà"/"hòa".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "phrase_set.h"
#include "word_tokenizer.h"

namespace chidao::parse_internal {

// A field of a Sở or Phòng found at words[i..end): its canonical spelling.
struct FieldMatch {
  std::string canonical;  // "Thông tin và Truyền thông"
  std::size_t end = 0;    // one past the last word used
};

// Longest department field at words[i]: "Giáo dục và Đào tạo", "GD&ĐT", "NN và PTNT", "Lao động
// Thương binh và Xã hội" (the "và", "-", "&" and "," between words are optional).
std::optional<FieldMatch> MatchSoField(const std::vector<Word>& words, std::size_t i);
// Same for ministries: "Quốc phòng", "Nông nghiệp và Môi trường", "Giáo dục và Đào tạo" (Bộ ...).
std::optional<FieldMatch> MatchBoField(const std::vector<Word>& words, std::size_t i);
// Same for district offices: "Tài chính - Kế hoạch", "Kinh tế và Hạ tầng", "Văn hóa và Thông tin".
std::optional<FieldMatch> MatchPhongField(const std::vector<Word>& words, std::size_t i);

// Length in words of the title at words[i] ("Giám đốc", "Thủ trưởng", "Chủ tịch", "Người đứng
// đầu", "Chỉ huy trưởng", "Tổng Biên tập"...), 0 if none.
std::size_t MatchTitle(const std::vector<Word>& words, std::size_t i);

// Length in words of a collective noun at words[i] ("cơ quan", "đơn vị", "sở", "tổ chức chính
// trị - xã hội", "cơ sở sản xuất"...), 0 if none. Punctuation inside ("chính trị - xã hội") counts.
std::size_t MatchCollectiveNoun(const std::vector<Word>& words, std::size_t i);

// Length in words of an administrative level at words[i]: "tỉnh", "huyện", "thành phố", "thị
// xã", "xã", "phường", "thị trấn", "quận", "cấp tỉnh", "cấp huyện", "cấp xã"; 0 if none.
std::size_t MatchLevel(const std::vector<Word>& words, std::size_t i);

// Length in words of a province name at words[i] ("Cao Bằng", "Bà Rịa - Vũng Tàu"), 0 if none.
std::size_t MatchProvince(const std::vector<Word>& words, std::size_t i);

// Length in words of a Party committee at words[i]: "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Thị
// ủy", "Quận ủy", "Đảng ủy" (any case); 0 if none.
std::size_t MatchCommittee(const std::vector<Word>& words, std::size_t i);

// Length of a head word that opens a named body: "Ban", "Trung tâm", "Chi cục", "Cục", "Đài",
// "Báo", "Hội", "Liên đoàn", "Kho bạc", "Ngân hàng", "Bưu điện", "Thanh tra", "Tập đoàn",
// "Công ty", "Viện", "Bệnh viện", "Trường", "Văn phòng", "Bảo hiểm xã hội", "Ủy ban"...; 0 if none.
// The first word must be a capital (a name), so "ban hành" or "trường hợp" never match.
std::size_t MatchNamedHead(const std::vector<Word>& words, std::size_t i);

// False when no body name or title can start with this folded word: a cheap first test that
// spares the matcher's full search at most words of a text. Asked of the same word many times
// (body lists), so the answer is memoised on the word and read inline.
bool ComputeCanStartBody(const Word& word);
inline bool CanStartBody(const Word& word) {
  if (word.absent_from & kCannotStartBodyMemo) return false;
  if (word.absent_from & kCanStartBodyMemo) return true;
  return ComputeCanStartBody(word);
}

// Expansion of an abbreviation used inside body names: "MTTQ" → "Mặt trận Tổ quốc",
// "BCĐ" → "Ban Chỉ đạo", "BTV" → "Ban Thường vụ", "BCH" → "Bộ Chỉ huy", "PT-TH" → "Phát thanh -
// Truyền hình", "BHXH" → "Bảo hiểm xã hội", "BĐBP" → "Bộ đội Biên phòng"; nullopt if none.
std::optional<std::string_view> ExpandAbbreviation(std::string_view folded_word);

}  // namespace chidao::parse_internal
