// Internal header of chidao::parse (not part of its API).
//
// The tasks of a directive, from its blocks and their section context (section_tree.h):
// one per directive bullet or numbered item that directs action; in running prose one per
// sentence group whose responsible body changes; one per row of an appendix task table; the
// closing instruction to all addressees as one task. Objectives, recitals, background, praise,
// headings and boilerplate are not tasks. Each task gets its text (the measure, whitespace-
// normalised, without list marker or heading body), lead and support bodies, deadline, section
// path and span (document offsets; page 1 until the caller maps them with Document::Locate).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "block_builder.h"
#include "chidao/directive.h"
#include "section_tree.h"
#include "word_tokenizer.h"

namespace chidao::parse_internal {

std::vector<Task> ExtractTasks(const Layout& layout, const std::vector<std::vector<Word>>& words,
                               const std::vector<BlockContext>& context,
                               const std::optional<Date>& doc_date);

}  // namespace chidao::parse_internal
