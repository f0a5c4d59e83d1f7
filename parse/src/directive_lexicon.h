// Internal header of chidao::parse (not part of its API).
//
// The words by which a directive directs: verbs of action ("triển khai", "chủ trì", "tăng
// cường"...), which end a body's name and open an imperative item; function words that end a
// name ("với", "để", "theo", "của"...); the words that open background rather than measures
// ("Thời gian qua", "Tuy nhiên", "Theo tin"...); section titles that hold no task ("MỤC TIÊU",
// "YÊU CẦU", "KINH PHÍ"...). All lookups are on folded words (word_tokenizer.h).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "word_tokenizer.h"

namespace chidao::parse_internal {

// Length in words of an action verb (phrase) at words[i]: "chủ trì", "phối hợp", "triển khai",
// "tăng cường", "chịu trách nhiệm", "phải", "khẩn trương"...; 0 if none. Words that are also
// nouns ("tổ chức", "quản lý") count only where a verb can stand: callers decide.
std::size_t MatchActionWord(const std::vector<Word>& words, std::size_t i);

// True when words[i] is a function word that cannot continue a body's name: "với", "để",
// "theo", "tại", "về", "đến", "cho", "từ", "nhằm", "khi", "nếu", "là", "được", "đã", "đang"...
bool IsFunctionWord(const Word& word);

// Length of a verb that hands a task to the body after it: "giao", "yêu cầu", "đề nghị",
// "chỉ đạo" is NOT one (the directed body does not lead). 0 if none.
std::size_t MatchAssignVerb(const std::vector<Word>& words, std::size_t i);

// Length of a support trigger at words[i]: "phối hợp với", "phối hợp chặt chẽ với", "phối
// hợp", "cùng với", "cùng"; 0 if none.
std::size_t MatchSupportTrigger(const std::vector<Word>& words, std::size_t i);

// True when the sentence starting at words[i] reads as background, not a measure:
// "Thời gian qua ...", "Tuy nhiên, ...", "Theo tin từ ...", "Dự báo ...", "Ngày 10/6/2019, ...",
// "Kế hoạch nhằm ...", "Sau khi nghe ...", "Tham dự ...".
bool IsBackgroundOpener(const std::vector<Word>& words, std::size_t i);

// True when the text starting at words[i] is a recital: "Căn cứ ...", "Thực hiện Nghị quyết ...",
// "Theo đề nghị của ...", "Xét đề nghị ...".
bool IsRecitalOpener(const std::vector<Word>& words, std::size_t i);

// True when a section with this (folded) title holds objectives, targets, funding or
// background rather than tasks: "muc tieu", "muc dich, yeu cau", "chi tieu chu yeu",
// "kinh phi thuc hien", "danh gia chung"..., or approves a document by its summary ("phe duyet
// ke hoach ... voi cac noi dung chu yeu sau").
bool IsNonTaskTitle(std::string_view folded_title);

}  // namespace chidao::parse_internal
