// Internal to chidao::store. Building a snippet from a text's tokens and its matches: the
// window of `window` tokens holding the most distinct phrases of the query (then the most
// matches), each match between \x02 and \x03, "…" where the text goes on before or after.
//
// Shared by the FTS5 function chidao_snippet (positions from the index, fts_snippet.h) and
// by search, which finds the matches of the few texts it shows itself (query_matcher.h):
// both give the same passage for the same text and matches, as FTS5's
// snippet(index, 0, char(2), char(3), '…', window) would.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chidao::store_internal {

struct SnippetHit {
  int token;   // index of the match's first token in the text
  int phrase;  // which phrase of the query
  int size;    // tokens in the phrase
};

// Usage: construct with the matches, feed the text's tokens in order with OnToken until it
// returns false (or the text ends), then Finish.
class SnippetBuilder {
 public:
  // `hits` in any order; `total_tokens` is the text's token count (a window that would run
  // past the end is moved back, so a short text is shown whole).
  SnippetBuilder(std::string_view text, std::vector<SnippetHit> hits, int phrases, int window,
                 int total_tokens);

  // The next token's byte range; false once the window is passed (stop tokenizing).
  bool OnToken(int start, int stop);

  // The passage: "" when the text has no token in the window.
  std::string Finish();

 private:
  void CopyTo(int byte);

  std::string_view text_;
  int first_ = 0, last_ = 0;  // window, in tokens (inclusive)
  std::vector<char> marked_;  // per token of the window: kStart, kInside or 0
  int token_ = 0;
  int begin_ = -1, end_ = -1;  // window, in bytes
  int mark_from_ = -1;         // byte where the open match began
  std::string out_;
  int copied_ = 0;     // bytes of the window already copied to out_
  bool more_ = false;  // the text has tokens after the window
};

}  // namespace chidao::store_internal
