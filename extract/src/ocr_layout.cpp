#include "ocr_layout.h"

#include <algorithm>

namespace chidao {
namespace {

// The words of `line` joined by spaces, one string per part between wide gaps.
std::vector<std::string> Parts(const OcrLine& line) {
  std::vector<std::string> parts;
  const double wide = kColumnGap * std::max(line.height, 1);
  for (std::size_t i = 0; i < line.words.size(); ++i) {
    const OcrWord& word = line.words[i];
    if (word.text.empty()) continue;
    if (parts.empty() || (i > 0 && word.left - line.words[i - 1].right > wide)) {
      parts.push_back(word.text);
    } else {
      parts.back() += ' ';
      parts.back() += word.text;
    }
  }
  return parts;
}

class Writer {
 public:
  void Line(const std::string& text) {
    out_ += text;
    out_ += '\n';
  }
  void ParagraphBreak() {
    if (!out_.empty()) out_ += '\n';
  }
  // Gives a run of two-part lines column by column.
  void FlushColumns() {
    for (const std::string& text : left_) Line(text);
    for (const std::string& text : right_) Line(text);
    left_.clear();
    right_.clear();
  }
  void AddColumns(const std::string& left, const std::string& right) {
    left_.push_back(left);
    right_.push_back(right);
  }
  bool InColumns() const { return !left_.empty(); }
  std::string Take() {
    FlushColumns();
    return std::move(out_);
  }

 private:
  std::string out_;
  std::vector<std::string> left_, right_;
};

}  // namespace

std::string LayOutOcrLines(const std::vector<OcrLine>& lines) {
  Writer writer;
  for (const OcrLine& line : lines) {
    const std::vector<std::string> parts = Parts(line);
    if (parts.empty()) continue;
    if (parts.size() == 2) {
      if (!writer.InColumns() && line.starts_paragraph) writer.ParagraphBreak();
      writer.AddColumns(parts[0], parts[1]);
      continue;
    }
    writer.FlushColumns();
    if (line.starts_paragraph) writer.ParagraphBreak();
    std::string text = parts[0];
    for (std::size_t i = 1; i < parts.size(); ++i) text += " | " + parts[i];
    writer.Line(text);
  }
  return writer.Take();
}

}  // namespace chidao
