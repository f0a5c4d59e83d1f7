// Section rules, with examples:
// - a numbered style already on the stack closes the deeper ones ("III." after "II.2.a)");
//   in hard-wrapped text a number out of sequence ("19." at a line start inside a sentence) is
//   read as text, not as an item;
// - "PHỤ LỤC" restarts the numbering under a "Phụ lục" component, and so does a new part (the
//   plan attached to a Quyết định: "II.2.a", not "Điều 3.II.2.a");
// - a heading is an all-capitals title ("II. NHIỆM VỤ"), a line of bodies ("1. Sở Y tế",
//   "a) Sở Nông nghiệp và PTNT:", "18. Đề nghị Ban Tuyên giáo Tỉnh ủy", or unnumbered "Sở Y tế"
//   above bullets), or a short title with items below it ("1. Nhiệm vụ chung", "2. Yêu cầu");
//   an item that is a lead-in ("3. Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh:") gives its
//   items the body it makes responsible;
// - titles such as MỤC TIÊU, MỤC ĐÍCH, YÊU CẦU, CHỈ TIÊU, KINH PHÍ, ĐÁNH GIÁ make their whole
//   section non-task;
// - before the first numbered item of a part that has them, text is preamble (recitals,
//   background, the lead-in "Chủ tịch UBND tỉnh yêu cầu:").
#include "section_tree.h"

#include "directive_lexicon.h"
#include "lead_in.h"

namespace chidao::parse_internal {
namespace {

struct Entry {
  MarkerStyle style;
  int ordinal;
  std::string label;
  std::size_t block;
};

std::string PathOf(const std::vector<Entry>& stack, std::size_t upto) {
  std::string path;
  for (std::size_t k = 0; k < upto && k < stack.size(); ++k) {
    if (IsBullet(stack[k].style)) continue;
    if (!path.empty()) path += '.';
    path += stack[k].label;
  }
  return path;
}

std::size_t WordCount(const std::vector<Word>& words) {
  std::size_t n = 0;
  for (const Word& w : words) n += !w.punct;
  return n;
}

bool EndsWith(const std::vector<Word>& words, std::string_view p) {
  return !words.empty() && words.back().punct && words.back().text == p;
}

std::vector<BodyRef> Refs(const std::vector<BodyMention>& mentions) {
  std::vector<BodyRef> refs;
  for (const BodyMention& m : mentions) refs.push_back(m.ref);
  return refs;
}

}  // namespace

std::vector<BlockContext> BuildSectionTree(const std::vector<Block>& blocks,
                                           const std::vector<std::vector<Word>>& words,
                                           bool wrapped, std::size_t header_end,
                                           std::vector<Section>* sections) {
  const std::size_t n = blocks.size();
  std::vector<BlockContext> ctx(n);

  // Pass 1: the numbering stack.
  std::vector<Entry> stack;
  std::vector<std::size_t> depth_of_item(n, 0);
  std::vector<std::optional<LeadIn>> lead_ins(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Block& b = blocks[i];
    if (b.part_start) stack.clear();
    BlockContext& c = ctx[i];
    bool items_next = i + 1 < n && blocks[i + 1].marker != MarkerStyle::kNone &&
                      !blocks[i + 1].table_row && !blocks[i + 1].part_start;
    if (b.marker == MarkerStyle::kNone && !b.table_row && items_next) {
      lead_ins[i] = ReadLeadIn(words[i], b.text);
      // "3. Sở Tài chính tham mưu ... .\nBộ Y tế giao:\na) ...": a body speaking anew after a
      // finished item closes it; the items it introduces are that item's siblings' children
      // no more. Only items whose style is not open yet would have nested.
      MarkerStyle next = blocks[i + 1].marker;
      bool nests = !IsBullet(next) && next != MarkerStyle::kAppendix;
      for (const Entry& e : stack) nests = nests && e.style != next;
      bool after_measure = i > 0 && (EndsWith(words[i - 1], ".") || EndsWith(words[i - 1], ";"));
      if (lead_ins[i] && lead_ins[i]->speaks && nests && after_measure) {
        while (!stack.empty() && IsBullet(stack.back().style)) stack.pop_back();
        if (!stack.empty()) stack.pop_back();
      }
    }
    const bool in_header = !b.source.empty() && b.source.front() < header_end;
    if (b.marker != MarkerStyle::kNone && !b.table_row && !in_header) {
      bool accept = true;
      std::size_t k = stack.size();
      for (std::size_t s = 0; s < stack.size(); ++s)
        if (stack[s].style == b.marker) k = s;
      bool numbered = !IsBullet(b.marker) && b.marker != MarkerStyle::kAppendix;
      if (numbered) {
        if (k < stack.size()) {
          int prev = stack[k].ordinal;
          accept = b.ordinal == 1 || (b.ordinal > prev && b.ordinal <= prev + 2);
        } else {
          accept = b.ordinal <= 2;
        }
        if (!wrapped) accept = true;
      }
      if (accept) {
        if (b.marker == MarkerStyle::kAppendix) stack.clear();
        else if (k < stack.size()) stack.resize(k);
        stack.push_back({b.marker, b.ordinal, b.label, i});
        c.numbered = true;
      }
    }
    c.path = PathOf(stack, stack.size());
    c.level = static_cast<int>(stack.size());
    // The enclosing item's parent: drop the innermost numbering component.
    std::size_t last = stack.size();
    while (last > 0 && IsBullet(stack[last - 1].style)) --last;
    c.parent_path = last > 0 ? PathOf(stack, last - 1) : std::string();
    c.item = stack.empty() ? -1 : static_cast<long>(stack.back().block);
  }

  // Pass 2: headings.
  for (std::size_t i = 0; i < n; ++i) {
    const Block& b = blocks[i];
    BlockContext& c = ctx[i];
    if (b.table_row) continue;
    const std::vector<Word>& w = words[i];
    bool has_children = false;
    for (std::size_t j = i + 1; j < n; ++j) {
      if (blocks[j].table_row && b.marker == MarkerStyle::kAppendix) { has_children = true; break; }
      if (blocks[j].part_start) break;
      if (!ctx[j].numbered) continue;
      has_children = ctx[j].level > c.level;
      break;
    }
    if (!c.numbered) {
      if (b.all_caps && WordCount(w) <= 25) c.heading = true;
      bool next_item = i + 1 < n && ctx[i + 1].numbered && !blocks[i + 1].part_start;
      if (!c.heading && next_item) {
        if (auto h = MatchBodyHeading(w, b.text); h && h->end_word == w.size()) {
          c.heading = true;
          c.owners = Refs(h->bodies);
        }
      }
      continue;
    }
    if (b.marker == MarkerStyle::kAppendix) {
      c.heading = true;
      continue;
    }
    if (auto h = MatchBodyHeading(w, b.text)) {
      bool whole = h->end_word == w.size();
      bool partial = false;
      if (!whole && h->end_word > 0) {
        const Word& prev = w[h->end_word - 1];
        if (prev.punct && (prev.text == ":" || prev.text == ")")) partial = true;
        // "5. Sở Giao thông Vận tải Chủ trì, phối hợp ...": a capitalised verb right after the
        // name is the start of the measure, its line break lost when lines were rejoined.
        if (w[h->end_word].upper && MatchActionWord(w, h->end_word) > 0) partial = true;
        for (std::size_t lb : b.line_breaks)
          if (lb >= prev.end && lb <= w[h->end_word].begin) partial = true;
      }
      if (whole || partial) {
        c.heading = true;
        c.heading_end = whole ? w.size() : h->end_word;
        c.owners = Refs(h->bodies);
        continue;
      }
    }
    if (b.all_caps && WordCount(w) <= 25) {
      c.heading = true;
      continue;
    }
    bool short_title = WordCount(w) <= 12 && !EndsWith(w, ".") && !EndsWith(w, ";");
    if (has_children && (short_title || EndsWith(w, ":"))) c.heading = true;
    // "3. Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh:" over bullets: the item is a lead-in,
    // and the body it makes responsible owns the bullets.
    if (c.heading && has_children && EndsWith(w, ":"))
      if (std::optional<LeadIn> li = ReadLeadIn(w, b.text); li && !li->bodies.empty())
        c.owners = Refs(li->bodies);
    // "1. Đánh giá chung" / "2. Nhiệm vụ trong thời gian tới" over a paragraph: a title.
    bool paragraph_next = i + 1 < n && !ctx[i + 1].numbered && !blocks[i + 1].table_row &&
                          !blocks[i + 1].part_start;
    if (!c.heading && paragraph_next && WordCount(w) <= 8 && !EndsWith(w, ".") &&
        !EndsWith(w, ";") && !EndsWith(w, ",")) {
      std::string title;
      for (const Word& x : w) {
        if (x.punct) continue;
        if (!title.empty()) title += ' ';
        title += x.fold;
      }
      if (IsNonTaskTitle(title) || MatchActionWord(w, 0) == 0) c.heading = true;
    }
  }

  // Pass 3: owners, non-task sections, preamble, items.
  std::vector<std::vector<BodyRef>> owners_at;  // by level
  std::vector<BodyRef> loose_owner;              // an unnumbered body heading above bullets
  std::vector<BodyRef> lead_in_owner;            // the bodies a lead-in made responsible
  int lead_in_level = -1;                        // ... for the items from this level down
  int non_task_level = -1;
  bool part_has_items = false, seen_item = false;
  for (std::size_t i = 0; i < n; ++i) {
    const Block& b = blocks[i];
    BlockContext& c = ctx[i];
    if (i == 0 || b.part_start) {
      owners_at.clear();
      loose_owner.clear();
      lead_in_owner.clear();
      lead_in_level = -1;
      non_task_level = -1;
      seen_item = false;
      part_has_items = false;
      for (std::size_t j = i; j < n && (j == i || !blocks[j].part_start); ++j)
        if (ctx[j].numbered && !IsBullet(blocks[j].marker)) part_has_items = true;
    }
    if (b.table_row) continue;
    if (c.numbered && !IsBullet(b.marker)) seen_item = true;
    c.preamble = part_has_items && !seen_item;
    std::size_t level = static_cast<std::size_t>(c.level);
    if (c.numbered && c.level < lead_in_level) {
      lead_in_owner.clear();
      lead_in_level = -1;
    }
    if (c.numbered) {
      if (non_task_level >= 0 && c.level <= non_task_level) non_task_level = -1;
      if (!IsBullet(b.marker)) loose_owner.clear();
      owners_at.resize(level);
      owners_at.push_back(c.heading ? c.owners : std::vector<BodyRef>{});
      if (c.heading && c.owners.empty()) {
        std::string title;
        for (const Word& w : words[i]) {
          if (w.punct) continue;
          if (!title.empty()) title += ' ';
          title += w.fold;
        }
        if (IsNonTaskTitle(title) && non_task_level < 0) non_task_level = c.level;
      }
    } else if (c.heading && !c.owners.empty()) {
      loose_owner = c.owners;
    }
    c.non_task = non_task_level >= 0 && (c.level > non_task_level ||
                                         (c.level == non_task_level && !c.numbered) ||
                                         (c.numbered && c.level == non_task_level && c.heading));
    if (c.owners.empty()) {
      if (!loose_owner.empty()) c.owners = loose_owner;
      for (std::size_t l = std::min(level + 1, owners_at.size()); l-- > 0 && c.owners.empty();)
        c.owners = owners_at[l];
      if (c.owners.empty()) c.owners = lead_in_owner;
    }
    if (lead_ins[i]) {
      lead_in_owner = Refs(lead_ins[i]->bodies);
      lead_in_level = ctx[i + 1].level;
    }
    if (!c.numbered && c.item >= 0) {
      const BlockContext& it = ctx[static_cast<std::size_t>(c.item)];
      bool partial = it.heading_end > 0 && it.heading_end < words[static_cast<std::size_t>(c.item)].size();
      if (it.heading && !partial) c.item = -1;  // text under a title continues no item
    }
    if (c.numbered) c.item = static_cast<long>(i);
    if (sections && (c.numbered || c.heading) && !b.source.empty()) {
      Section s;
      s.path = c.path;
      s.label = b.label;
      if (c.heading) s.title = b.text;
      s.level = c.level;
      s.span.start = b.source.front();
      s.span.end = b.source.back();
      sections->push_back(std::move(s));
    }
  }
  return ctx;
}

}  // namespace chidao::parse_internal
