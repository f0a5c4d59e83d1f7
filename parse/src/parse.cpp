// The parse stage, in order: metadata (and with it the document date that deadlines resolve
// against), references, then the task side: lines → blocks → section tree → tasks. Spans are
// computed on Document::Text() and mapped back to pages with Document::Locate. Nothing here
// throws on bad input: every loop advances, the section stack is bounded by the number of
// numbering styles, and all text handling is linear in the input.
#include "chidao/parse.h"

#include <algorithm>

#include "block_builder.h"
#include "section_tree.h"
#include "task_extractor.h"
#include "word_tokenizer.h"
#ifdef CHIDAO_HAVE_METADATA_PARSER
#include "metadata_parser.h"
#endif
#ifdef CHIDAO_HAVE_REFERENCE_PARSER
#include "reference_parser.h"
#endif

namespace chidao {
namespace {

Span ToPageSpan(const Document& doc, std::size_t start, std::size_t end) {
  Span span;
  PagePosition a = doc.Locate(start);
  span.page = a.page;
  span.start = a.offset;
  PagePosition b = doc.Locate(end > start ? end - 1 : start);
  if (b.page == a.page) {
    span.end = end > start ? b.offset + 1 : a.offset;
  } else {
    // A task that runs over a page break: the span ends with its first page.
    for (const Page& p : doc.pages)
      if (p.number == a.page) span.end = p.text.size();
  }
  span.end = std::max(span.end, span.start);
  return span;
}

}  // namespace

Directive ParseDirective(const Document& doc) {
  using namespace parse_internal;
  Directive d;
  const std::string& text = doc.Text();
  std::size_t header_end = 0;
#ifdef CHIDAO_HAVE_METADATA_PARSER
  MetadataResult metadata = ParseMetadata(text);
  d.meta = std::move(metadata.meta);
  header_end = metadata.header_end;
#endif
#ifdef CHIDAO_HAVE_REFERENCE_PARSER
  d.references = FindReferences(text, d.meta.code, d.meta.date);
#endif
  Layout layout = BuildBlocks(text);
  std::vector<std::vector<Word>> words;
  words.reserve(layout.blocks.size());
  for (const Block& b : layout.blocks) words.push_back(Tokenize(b.text));
  std::vector<BlockContext> context = BuildSectionTree(layout.blocks, words, layout.wrapped, header_end, &d.sections);
  d.tasks = ExtractTasks(layout, words, context, d.meta.date);
  for (Section& s : d.sections) s.span = ToPageSpan(doc, s.span.start, s.span.end);
  for (Task& t : d.tasks) t.span = ToPageSpan(doc, t.span.start, t.span.end);
  d.diagnostics = doc.diagnostics;
  return d;
}

Directive ParseDirectiveText(std::string_view text) {
  return ParseDirective(Document::FromText(std::string(text)));
}

}  // namespace chidao
