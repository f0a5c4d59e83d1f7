#include "span_text.h"

#include <algorithm>

namespace chidao::store_internal {
namespace {

void SpanTextFunction(sqlite3_context* ctx, int /*argc*/, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    sqlite3_result_null(ctx);
    return;
  }
  const char* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  int bytes = sqlite3_value_bytes(argv[0]);
  sqlite3_int64 start = sqlite3_value_int64(argv[1]);
  sqlite3_int64 end = sqlite3_value_int64(argv[2]);
  if (text == nullptr || start < 0 || end < start) {
    sqlite3_result_null(ctx);
    return;
  }
  try {
    std::string out = SpanText(std::string_view(text, static_cast<std::size_t>(bytes)),
                               static_cast<std::size_t>(start), static_cast<std::size_t>(end));
    sqlite3_result_text(ctx, out.data(), static_cast<int>(out.size()), SQLITE_TRANSIENT);
  } catch (...) {  // no C++ exception may unwind through SQLite
    sqlite3_result_error_nomem(ctx);
  }
}

}  // namespace

std::string SpanText(std::string_view page, std::size_t start, std::size_t end) {
  start = std::min(start, page.size());
  end = std::min(std::max(end, start), page.size());
  std::string out;
  out.reserve(end - start);
  bool space = false;
  for (std::size_t i = start; i < end; ++i) {
    char c = page[i];
    if (IsSpanSpace(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

Status RegisterSpanTextFunction(sqlite3* db) {
  int rc = sqlite3_create_function_v2(db, "chidao_span_text", 3,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, SpanTextFunction, nullptr, nullptr, nullptr);
  return rc == SQLITE_OK ? Status::Ok()
                         : Status::Internal("cannot register the chidao_span_text function");
}

}  // namespace chidao::store_internal
