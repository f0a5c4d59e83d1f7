// Internal to chidao::store. A task's text is usually its span of the page, with runs of
// whitespace made one space (that is how parse writes Task::text). Storing it again beside
// the page would store most of every document twice, so tasks.text holds only text that
// differs from its span (corrected or reworded tasks); the rest is derived on read by the
// SQL function chidao_span_text(page_text, start, end), registered on every connection, and
// read through the view task_texts (see schema.cpp).
#pragma once

#include <sqlite3.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "chidao/status.h"

namespace chidao::store_internal {

// Bytes [start, end) of `page` with whitespace runs collapsed to one space and trimmed;
// offsets are clamped to the page.
std::string SpanText(std::string_view page, std::size_t start, std::size_t end);

// The whitespace SpanText collapses.
inline bool IsSpanSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

Status RegisterSpanTextFunction(sqlite3* db);

}  // namespace chidao::store_internal
