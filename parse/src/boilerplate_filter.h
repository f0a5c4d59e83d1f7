// Internal header of chidao::parse (not part of its API).
//
// Marks the lines that are not the directive's own words, so no rule ever takes them for a task:
// page furniture (a page number alone on a line and the running header next to it, e.g.
// "Chỉ thị số 12/CT-UBND ngày 20/8/2019 của UBND tỉnh Kiên Giang") and, in a web article, the
// site around the text (menus, "cms-view-count", "04/07/2025 10:15 | 2.317 lượt xem",
// headlines and related-article titles, the byline, "Ý kiến bạn đọc" and everything after it:
// link lists, "Thống kê", "Liên kết", login notices, copyright).
#pragma once

#include <string_view>
#include <vector>

#include "line_classifier.h"

namespace chidao::parse_internal {

// Sets kind = kBoilerplate on the lines of `lines` (from ClassifyLines(text)) that are page
// furniture or web-site boilerplate. Returns true when the text looks like a web article.
bool MarkBoilerplate(std::string_view text, std::vector<Line>& lines);

}  // namespace chidao::parse_internal
