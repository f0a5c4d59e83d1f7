#include "fts_snippet.h"

#include <algorithm>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "fts5_function.h"
#include "snippet_passage.h"

namespace chidao::store_internal {
namespace {

int TokenCallback(void* context, int, const char*, int, int start, int stop) {
  return static_cast<SnippetBuilder*>(context)->OnToken(start, stop) ? SQLITE_OK : SQLITE_DONE;
}

void Snippet(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int argc,
             sqlite3_value** argv) {
  int tokens = argc >= 1 ? sqlite3_value_int(argv[0]) : 24;
  tokens = std::clamp(tokens, 4, 256);
  try {
    const char* text = nullptr;
    int length = 0;
    int rc = api->xColumnText(fts, 0, &text, &length);
    if (rc != SQLITE_OK) {
      sqlite3_result_error_code(ctx, rc);
      return;
    }
    if (text == nullptr || length <= 0) {
      sqlite3_result_text(ctx, "", 0, SQLITE_STATIC);
      return;
    }
    int phrases = api->xPhraseCount(fts);
    std::vector<SnippetHit> hits;
    for (int p = 0; p < phrases; ++p) {
      Fts5PhraseIter it;
      int column = 0, offset = 0;
      int size = api->xPhraseSize(fts, p);
      for (api->xPhraseFirst(fts, p, &it, &column, &offset); column >= 0;
           api->xPhraseNext(fts, &it, &column, &offset)) {
        hits.push_back({offset, p, size});
      }
    }
    int total = 0;
    if (api->xColumnSize(fts, 0, &total) != SQLITE_OK) total = 1 << 30;
    SnippetBuilder passage(std::string_view(text, static_cast<std::size_t>(length)),
                           std::move(hits), phrases, tokens, total);
    rc = api->xTokenize(fts, text, length, &passage, TokenCallback);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
      sqlite3_result_error_code(ctx, rc);
      return;
    }
    std::string result = passage.Finish();
    sqlite3_result_text(ctx, result.data(), static_cast<int>(result.size()), SQLITE_TRANSIENT);
  } catch (const std::bad_alloc&) {
    sqlite3_result_error_nomem(ctx);
  }
}

}  // namespace

Status RegisterSnippetFunction(sqlite3* db) {
  return RegisterFts5Function(db, "chidao_snippet", Snippet, "chidao's snippet function");
}

}  // namespace chidao::store_internal
