// The passage rules (snippet_passage.h), as FTS5's snippet() applies them: the window opens
// kLeadTokens before its first match ("…tổ chức «tiêm» «vắc» «xin»…"), keeps an opening
// quote or bracket when it starts the text, and takes the text's closing punctuation when
// it is the last few bytes.
#include "snippet_passage.h"

#include <algorithm>

namespace chidao::store_internal {
namespace {

// Token context before the first match of the window, so the passage does not open on it.
constexpr int kLeadTokens = 3;

// Each match is marked on its own, as FTS5 does: "«Đào» «tạo»" for the words dao tao, and
// "«Đào tạo»" for the phrase "dao tao".
constexpr char kStart = 2;   // first token of a match
constexpr char kInside = 1;  // a later token of a phrase match

// The window [first, first + tokens) holding the most distinct phrases, then the most hits.
// `hits` sorted by token.
int BestWindowStart(const std::vector<SnippetHit>& hits, int tokens, int phrases) {
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

}  // namespace

SnippetBuilder::SnippetBuilder(std::string_view text, std::vector<SnippetHit> hits, int phrases,
                               int window, int total_tokens)
    : text_(text) {
  std::sort(hits.begin(), hits.end(),
            [](const SnippetHit& a, const SnippetHit& b) { return a.token < b.token; });
  first_ = BestWindowStart(hits, window, std::max(phrases, 1));
  // Near the end of the text, widen the window backwards rather than show fewer tokens:
  // a short task is then shown whole.
  if (first_ + window > total_tokens) first_ = std::max(0, total_tokens - window);
  last_ = first_ + window - 1;
  marked_.assign(static_cast<std::size_t>(window), 0);
  for (const SnippetHit& h : hits) {
    for (int t = h.token; t < h.token + h.size; ++t) {
      if (t < first_ || t > last_) continue;
      char& mark = marked_[static_cast<std::size_t>(t - first_)];
      if (t == h.token) {
        mark = kStart;
      } else if (mark == 0) {
        mark = kInside;
      }
    }
  }
}

void SnippetBuilder::CopyTo(int byte) {
  if (byte > copied_) out_.append(text_.data() + copied_, static_cast<std::size_t>(byte - copied_));
  copied_ = std::max(copied_, byte);
}

bool SnippetBuilder::OnToken(int start, int stop) {
  int i = token_++;
  if (i < first_) return true;
  if (i > last_) {
    more_ = true;
    return false;
  }
  if (begin_ < 0) {
    begin_ = copied_ = first_ == 0 ? 0 : start;  // keep an opening quote or bracket
  }
  char mark = marked_[static_cast<std::size_t>(i - first_)];
  if (mark_from_ >= 0 && mark != kInside) {
    CopyTo(end_);
    out_ += '\x03';
    mark_from_ = -1;
  }
  if (mark == kStart) {
    CopyTo(start);
    out_ += '\x02';
    mark_from_ = start;
  }
  end_ = stop;
  return true;
}

std::string SnippetBuilder::Finish() {
  if (begin_ < 0) return std::string();
  CopyTo(end_);
  if (mark_from_ >= 0) out_ += '\x03';
  int length = static_cast<int>(text_.size());
  if (!more_ && length - end_ <= 8) CopyTo(length);  // the text's closing punctuation
  std::string result = first_ > 0 ? "…" : "";
  result += out_;
  if (more_) result += "…";
  return result;
}

}  // namespace chidao::store_internal
