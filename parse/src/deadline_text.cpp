// ParseDeadlineText: the public face of the deadline parser for a lone phrase. A table cell
// ("Thời gian hoàn thành") is exactly that, a deadline with nothing around it, so the phrase
// goes through the cell reader, which tries the phrase as a sentence first and then as a bare
// date ("15/12/2021" → "trước ngày 15/12/2021") or period ("Quý II/2024" → "trong Quý II/2024").
#include "chidao/deadline_text.h"

#include "deadline_parser.h"

namespace chidao {

std::optional<Deadline> ParseDeadlineText(std::string_view text, const std::optional<Date>& doc_date) {
  return ParseDeadlineCell(text, doc_date);
}

}  // namespace chidao
