// Shared by the two files of the deadline parser (deadline_parser.cpp: dates, periods, starts,
// relative periods; deadline_recurring.cpp: recurring, ongoing, asap). Internal to chidao::parse.
#pragma once

#include <re2/re2.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "chidao/directive.h"
#include "folded_text.h"

namespace chidao {

// A deadline found in a text, with its span in the folded text (for Deadline::text).
struct DeadlineCandidate {
  Deadline d;
  std::size_t begin = 0, end = 0;
};

// "20", "00" → "20:00"; nothing for an hour past 24 or a minute past 59.
std::optional<std::string> FormatClockTime(const re2::StringPiece& hour, const re2::StringPiece& minute);

void FindRecurringDeadlines(const FoldedText& folded, std::vector<DeadlineCandidate>* found);
// Where the words of ongoing and immediate deadlines first start a word of the folded text
// (npos: nowhere; inside a word they count for nothing, Bounded() rejects them), as the
// keyword scan that gates every family of patterns found them: each literal
// search starts there, not at the start of the text ("ngay" is in nearly every text as "ngày",
// and a search for "ngay" from the start stopped at every "n" before it).
struct OngoingWordsAt {
  static constexpr std::size_t npos = std::string::npos;
  std::size_t thuong_xuyen = npos, lien_tuc = npos, slash24 = npos, ngay = npos,
              khan_truong = npos, lap_tuc = npos;  // slash24: "24/", of "24/24" and "24/7"
  bool Any() const {
    return thuong_xuyen != npos || lien_tuc != npos || slash24 != npos || ngay != npos ||
           khan_truong != npos || lap_tuc != npos;
  }
};
void FindOngoingAndAsapDeadlines(const FoldedText& folded, const OngoingWordsAt& at,
                                 std::vector<DeadlineCandidate>* found);
bool RecurringPatternsOk();

}  // namespace chidao
