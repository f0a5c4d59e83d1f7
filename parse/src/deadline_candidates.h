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
void FindOngoingAndAsapDeadlines(const FoldedText& folded, std::vector<DeadlineCandidate>* found);
bool RecurringPatternsOk();

}  // namespace chidao
