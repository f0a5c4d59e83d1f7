#include "fts_snippet.h"

#include <algorithm>
#include <new>
#include <string>
#include <vector>

#include "fts5_function.h"

namespace chidao::store_internal {
namespace {

// Token context before the first match of the window, so the passage does not open on it.
constexpr int kLeadTokens = 3;

struct Hit {
  int token;   // index of the match's first token in the text
  int phrase;  // which phrase of the query
  int size;    // tokens in the phrase
};

// The window [first, first + tokens) holding the most distinct phrases, then the most hits.
int BestWindowStart(const std::vector<Hit>& hits, int tokens, int phrases) {
  int best_start = hits.empty() ? 0 : std::max(0, hits.front().token - kLeadTokens);
  int best_distinct = 0, best_count = 0;
  std::vector<int> seen(static_cast<std::size_t>(phrases), 0);
  std::size_t end = 0;
  int distinct = 0;
  for (std::size_t begin = 0; begin < hits.size(); ++begin) {
    end = std::max(end, begin);  // a phrase longer than the window is never inside it
    int limit = hits[begin].token + tokens - kLeadTokens;
    while (end < hits.size() && hits[end].token + hits[end].size <= limit) {
      if (seen[static_cast<std::size_t>(hits[end].phrase)]++ == 0) ++distinct;
      ++end;
    }
    int count = static_cast<int>(end - begin);
    if (distinct > best_distinct || (distinct == best_distinct && count > best_count)) {
      best_distinct = distinct;
      best_count = count;
      best_start = std::max(0, hits[begin].token - kLeadTokens);
    }
    if (end > begin && --seen[static_cast<std::size_t>(hits[begin].phrase)] == 0) --distinct;
  }
  return best_start;
}

// Each match is marked on its own, as FTS5 does: "«Đào» «tạo»" for the words dao tao, and
// "«Đào tạo»" for the phrase "dao tao".
constexpr char kStart = 2;   // first token of a match
constexpr char kInside = 1;  // a later token of a phrase match

// Walks the tokens of the text up to the window's end, building the marked passage.
struct Passage {
  const char* text;
  int length;
  int first, last;           // window, in tokens (inclusive)
  std::vector<char> marked;  // per token of the window: kStart, kInside or 0
  int token = 0;
  int begin = -1, end = -1;  // window, in bytes
  int mark_from = -1;        // byte where the open match began
  std::string out;
  int copied = 0;            // bytes of the window already copied to out
  bool more = false;         // the text has tokens after the window

  void CopyTo(int byte) {
    if (byte > copied) out.append(text + copied, static_cast<std::size_t>(byte - copied));
    copied = std::max(copied, byte);
  }

  int OnToken(int start, int stop) {
    int i = token++;
    if (i < first) return SQLITE_OK;
    if (i > last) {
      more = true;
      return SQLITE_DONE;
    }
    if (begin < 0) {
      begin = copied = first == 0 ? 0 : start;  // keep an opening quote or bracket
    }
    char mark = marked[static_cast<std::size_t>(i - first)];
    if (mark_from >= 0 && mark != kInside) {
      CopyTo(end);
      out += '\x03';
      mark_from = -1;
    }
    if (mark == kStart) {
      CopyTo(start);
      out += '\x02';
      mark_from = start;
    }
    end = stop;
    return SQLITE_OK;
  }

  std::string Finish() {
    if (begin < 0) return std::string();
    CopyTo(end);
    if (mark_from >= 0) out += '\x03';
    if (!more && length - end <= 8) CopyTo(length);  // the text's closing punctuation
    std::string result = first > 0 ? "…" : "";
    result += out;
    if (more) result += "…";
    return result;
  }
};

int TokenCallback(void* context, int, const char*, int, int start, int stop) {
  return static_cast<Passage*>(context)->OnToken(start, stop);
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
    std::vector<Hit> hits;
    for (int p = 0; p < phrases; ++p) {
      Fts5PhraseIter it;
      int column = 0, offset = 0;
      int size = api->xPhraseSize(fts, p);
      for (api->xPhraseFirst(fts, p, &it, &column, &offset); column >= 0;
           api->xPhraseNext(fts, &it, &column, &offset)) {
        hits.push_back({offset, p, size});
      }
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.token < b.token; });
    Passage passage{text, length, 0, 0, {}, 0, -1, -1, -1, {}, 0, false};
    passage.first = BestWindowStart(hits, tokens, std::max(phrases, 1));
    // Near the end of the text, widen the window backwards rather than show fewer tokens:
    // a short task is then shown whole.
    int total = 0;
    if (api->xColumnSize(fts, 0, &total) == SQLITE_OK && passage.first + tokens > total) {
      passage.first = std::max(0, total - tokens);
    }
    passage.last = passage.first + tokens - 1;
    passage.marked.assign(static_cast<std::size_t>(tokens), 0);
    for (const Hit& h : hits) {
      for (int t = h.token; t < h.token + h.size; ++t) {
        if (t < passage.first || t > passage.last) continue;
        char& mark = passage.marked[static_cast<std::size_t>(t - passage.first)];
        if (t == h.token) {
          mark = kStart;
        } else if (mark == 0) {
          mark = kInside;
        }
      }
    }
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
