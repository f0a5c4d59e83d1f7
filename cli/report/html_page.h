// The frame shared by chidao's HTML documents (checklist, report): one self-contained,
// print-ready A4 page. Inline CSS only — no scripts, fonts, images or links to fetch — so a
// file mailed to another office prints the same there, offline.
#pragma once

#include <string>
#include <string_view>

namespace chidao::report {

// "<!DOCTYPE html>…<body>": `title` is escaped here; `extra_css` is trusted (ours).
std::string HtmlPageStart(std::string_view title, std::string_view extra_css);

// "…</body></html>" with a footer line naming chidao.
std::string HtmlPageEnd();

}  // namespace chidao::report
