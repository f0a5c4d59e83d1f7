// Task rules (tests/gold/README.md), with examples:
// - a numbered or bulleted item in a task section is a task ("- Chủ trì, phối hợp ..."); its
//   unnumbered continuation paragraphs join it (seed 001's "1- ..." items);
// - within an item or a paragraph, a sentence that opens with another responsible body starts
//   a new task ("3. Bộ Chỉ huy Quân sự tỉnh, ... bố trí lực lượng ... Bộ Chỉ huy Bộ đội Biên
//   phòng tỉnh phối hợp với ..." is two tasks), unless it only says whom that body answers to
//   ("Người đứng đầu ... chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu ..."); when a paragraph
//   without its own body follows such an interruption, the text of the body that owned the
//   paragraph resumes as a new task;
// - an unnumbered paragraph is a task when it names its responsible body ("Sở Tài chính chủ
//   trì ...", "UBND tỉnh giao Sở ...") or opens with an imperative verb ("Tuyên truyền về ...");
//   background ("Thời gian qua ..."), recitals ("Căn cứ ...") and lead-ins ending in ":" are not;
// - the closing instruction after the last item ("Thủ trưởng các sở ... chịu trách nhiệm tổ
//   chức thực hiện Chỉ thị này", "Trong quá trình thực hiện, nếu có khó khăn ...") is a task of
//   the enclosing section ("III" after "III.20");
// - formulas are not tasks: "Ban hành kèm theo Quyết định này ...", "Quyết định này có hiệu lực
//   ...", "Văn phòng UBND tỉnh thông báo để các cơ quan ... biết, thực hiện";
// - lead: the task's own subject or assignee (role_assigner.h), else the heading body (also
//   when the subject is some of the places a committee heading names: "Các xã có dịch ..."
//   under "Chủ tịch UBND các xã, phường:"); a deadline stated on a heading passes to the items
//   below it that state none.
#include "task_extractor.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "deadline_parser.h"
#include "directive_lexicon.h"
#include "document_type.h"
#include "lead_in.h"
#include "role_assigner.h"
#include "task_table.h"

namespace chidao::parse_internal {
namespace {

struct Unit {
  std::size_t begin = 0, end = 0;  // word range
  std::vector<BodyMention> subject;
};

std::set<std::string> NamesOf(const std::vector<BodyMention>& list) {
  std::set<std::string> s;
  for (const BodyMention& m : list) s.insert(m.ref.name);
  return s;
}
std::set<std::string> NamesOf(const std::vector<BodyRef>& list) {
  std::set<std::string> s;
  for (const BodyRef& r : list) s.insert(r.name);
  return s;
}

std::string FoldRange(const std::vector<Word>& w, std::size_t b, std::size_t e) {
  std::size_t size = 0;  // sized once: grown word by word, a 40-word fold was reallocated 5 times
  for (std::size_t i = b; i < e; ++i) size += w[i].punct ? 0 : w[i].fold.size() + 1;
  std::string out;
  out.reserve(size);
  for (std::size_t i = b; i < e; ++i) {
    if (w[i].punct) continue;
    if (!out.empty()) out += ' ';
    out += w[i].fold;
  }
  return out;
}

bool StartsWith(const std::string& s, std::string_view p) { return s.compare(0, p.size(), p) == 0; }
bool Contains(const std::string& s, std::string_view p) { return s.find(p) != std::string::npos; }

// "Phê duyệt Đề án ... (kèm theo Quyết định này)": the article approving the document the
// Quyết định attaches, named by its type. "Phê duyệt dự toán các công trình thuộc danh mục kèm
// theo Quyết định này trước ngày 30/6" approves as a measure, and "Phê duyệt danh mục dự án"
// under a body is a task.
bool IsApproval(const std::string& f) {
  static constexpr std::string_view kVerb = "phe duyet ";
  if (!StartsWith(f, kVerb) || !Contains(f, "kem theo quyet dinh nay")) return false;
  const std::string_view object = std::string_view(f).substr(kVerb.size());
  const auto names = [object](std::string_view type) { return object.substr(0, type.size()) == type; };
  for (const DocumentTypeName& t : kDocumentTypeNames)
    if (names(t.fold)) return true;
  return names("quy hoach") || names("dieu le");
}

// A Quyết định's article that issues or approves what it attaches ("Ban hành kèm theo ...",
// "Phê duyệt Đề án ... kèm theo Quyết định này") assigns nothing itself.
// "Quyết định này có hiệu lực thi hành kể từ ngày ký": the document's entry into force. Not
// when the force is the day a limit counts from ("báo cáo trong 30 ngày kể từ ngày Chỉ thị này
// có hiệu lực thi hành"): "ngày" shortly before it.
bool EntersIntoForce(const std::string& f) {
  for (std::string_view p : {"co hieu luc thi hanh", "co hieu luc ke tu"})
    for (std::size_t at = f.find(p); at != std::string::npos; at = f.find(p, at + 1)) {
      const std::size_t from = at > 30 ? at - 30 : 0;
      const std::size_t day = f.find("ngay ", from);
      if (day == std::string::npos || day >= at) return true;
    }
  return false;
}

bool IsFormula(const std::string& f) {
  return StartsWith(f, "ban hanh kem theo") || IsApproval(f) || EntersIntoForce(f) ||
         (Contains(f, "thong bao de") && Contains(f, "biet")) || StartsWith(f, "noi nhan");
}

// The document speaking of itself ("Kế hoạch này", "Chương trình hành động này"), folded.
constexpr std::string_view kThisDocument[] = {
    "ke hoach nay", "chi thi nay", "cong van nay", "quyet dinh nay", "thong bao nay",
    "cong dien nay", "nghi quyet nay", "ket luan nay", "chuong trinh hanh dong nay",
    "chuong trinh nay", "huong dan nay", "thong tri nay", "quy dinh nay"};

bool IsClosing(const std::string& f) {
  // Anywhere in the sentence, but for "quy định này", which is just as often "these rules"
  // ("thực hiện theo các quy định này") as the attached Quy định.
  for (std::string_view d : kThisDocument)
    if (d != "quy dinh nay" && Contains(f, d)) return true;
  return StartsWith(f, "trong qua trinh") || StartsWith(f, "yeu cau thu truong") ||
         StartsWith(f, "thu truong cac") || StartsWith(f, "can cu noi dung") ||
         StartsWith(f, "giam doc cac so") || Contains(f, "chiu trach nhiem thi hanh") ||
         Contains(f, "chiu trach nhiem to chuc thuc hien");
}

std::vector<Unit> SplitUnits(const std::vector<Word>& w, std::size_t begin, std::size_t end,
                             std::string_view text) {
  std::vector<Unit> units;
  Unit u;
  u.begin = begin;
  u.subject = SentenceSubject(w, begin, end, text);
  std::set<std::string> current = NamesOf(u.subject);
  for (std::size_t k = begin; k + 1 < end; ++k) {
    bool sentence = w[k].punct && w[k].text == "." && !w[k + 1].punct && w[k + 1].upper;
    bool clause = w[k].punct && w[k].text == ";";
    if (!sentence && !clause) continue;
    std::vector<BodyMention> subj = SentenceSubject(w, k + 1, end, text);
    if (subj.empty()) continue;
    if (clause) {
      std::size_t after = subj.back().end;
      if (!(after < end && !w[after].punct && w[after].fold == "phai")) continue;
    }
    // "Người đứng đầu chính quyền cấp xã chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu ...":
    // whom a body answers to for the measure before it, no measure of its own.
    if (StartsWithFolded(w, subj.back().end, "chiu trach nhiem truoc")) continue;
    std::set<std::string> names = NamesOf(subj);
    if (names == current) continue;
    u.end = k + 1;
    units.push_back(std::move(u));
    u = Unit{};
    u.begin = k + 1;
    u.subject = std::move(subj);
    current = std::move(names);
  }
  u.end = end;
  if (u.end > u.begin) units.push_back(std::move(u));
  return units;
}

// "Giao các phòng, đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo Thông báo này": a
// pointer to the appendix, whose rows are the tasks. Only when the sentence ends there:
// "Căn cứ ... nhiệm vụ được phân công tại Phụ lục, xây dựng kế hoạch ..." is a task. The
// appendix may be numbered: "tại Phụ lục I kèm theo", "tại các Phụ lục số 01, 02".
bool IsAppendixPointer(const std::string& f) {
  const std::size_t at = f.rfind("phu luc");
  if (at == std::string::npos) return false;
  const std::string before = f.substr(0, at);
  if (!Contains(before, "nhiem vu") || !(Contains(before, "thuc hien") || Contains(before, "phan cong")))
    return false;
  std::size_t p = at + 7;
  if (f.compare(p, 3, " so") == 0) p += 3;
  // Numbers: roman ("I", "II") or arabic, joined by "," or "va".
  for (;;) {
    std::size_t q = p;
    if (q < f.size() && f[q] == ',') ++q;
    if (f.compare(q, 3, " va") == 0) q += 3;
    if (q >= f.size() || f[q] != ' ') break;
    std::size_t e = q + 1;
    while (e < f.size() && (std::isdigit(static_cast<unsigned char>(f[e])) || f[e] == 'i' || f[e] == 'v' || f[e] == 'x'))
      ++e;
    if (e == q + 1 || (e < f.size() && f[e] != ' ' && f[e] != ',' && f[e] != '.')) break;
    p = e;
  }
  std::string after = f.substr(p);
  if (after.empty() || after == ".") return true;
  // " kèm theo Kế hoạch này", " kèm theo Thông báo này"
  return StartsWith(after, " kem theo ") && after.size() <= 30 &&
         (after.compare(after.size() - 4, 4, " nay") == 0 || after.compare(after.size() - 5, 5, " nay.") == 0);
}

// "Chỉ thị này (được) phổ biến đến chi bộ", "Kế hoạch này quán triệt đến ...", "Chương trình
// hành động này được phổ biến đến chi bộ và đảng viên": a Party document's closing order to
// pass it down is an instruction of its own, addressed to no body (not even to those a lead-in
// above names). Any type of document may close so.
bool IsPassDown(const std::string& f) {
  for (std::string_view d : kThisDocument)
    if (StartsWith(f, d)) {
      std::string rest = f.substr(d.size());
      if (StartsWith(rest, " duoc")) rest = rest.substr(5);
      if (StartsWith(rest, " pho bien den") || StartsWith(rest, " quan triet den") ||
          StartsWith(rest, " pho bien toi") || StartsWith(rest, " quan triet toi"))
        return true;
    }
  return false;
}

// `has_table`: the text holds an appendix task table. A pointer to an appendix that is not in
// the text (sent as a separate file, or lost by the scan) is the only record of the work.
bool IsDirective(const std::vector<Word>& w, const Unit& u, const Roles& roles, bool numbered,
                 bool has_table) {
  if (u.end <= u.begin) return false;
  std::string f = FoldRange(w, u.begin, std::min(u.end, u.begin + 40));
  if (IsFormula(f) || IsBackgroundOpener(w, u.begin)) return false;
  if (has_table && u.end - u.begin <= 40 && IsAppendixPointer(f)) return false;
  const Word& last = w[u.end - 1];
  if (!numbered && last.punct && last.text == ":") return false;
  if (!numbered && AnnouncesFollowing(w, u.begin, u.end)) return false;
  if (!u.subject.empty()) return true;
  if (!roles.lead.empty()) return true;
  if (numbered) return true;  // "3. Thực hiện kịp thời ...", "- Căn cứ tình hình dịch, ..."
  if (IsRecitalOpener(w, u.begin)) return false;
  if (IsPassDown(f)) return true;
  return w[u.begin].upper && MatchActionWord(w, u.begin) > 0;
}

// "1. Chủ tịch UBND các xã, phường:" over "d) Các xã có dịch báo cáo ...": some of the places a
// committee heading names, as an item's subject, are that committee acting there.
bool PlacesOfOwner(const std::vector<BodyRef>& lead, const std::vector<BodyRef>& owners) {
  if (lead.size() != 1 || owners.size() != 1) return false;
  constexpr std::string_view kThe = "các ", kCommittees = "UBND các ";
  const std::string_view places = lead[0].name, owner = owners[0].name;
  if (places.substr(0, kThe.size()) != kThe || owner.substr(0, kCommittees.size()) != kCommittees)
    return false;
  const std::string_view named = places.substr(kThe.size());
  const std::string_view levels = owner.substr(kCommittees.size());
  for (std::size_t p = 0; p < levels.size();) {
    std::size_t q = levels.find(", ", p);
    if (q == std::string_view::npos) q = levels.size();
    const std::string_view level = levels.substr(p, q - p);
    if (named.substr(0, level.size()) == level &&
        (named.size() == level.size() || named[level.size()] == ' ' || named[level.size()] == ','))
      return true;
    p = q + 2;
  }
  return false;
}

// A short name the text defined ("... tỉnh (sau đây gọi tắt là Ban Quản lý)"), folded, and
// the canonical name of the body it stands for.
struct ShortName {
  std::string fold;
  std::string name;
};

// Bodies named by a short name defined earlier in the text become the body it stands for:
// "Ban Quản lý chủ trì" → "Ban Quản lý các khu công nghiệp tỉnh" (the spelling stays the alias).
void ResolveShortNames(const std::vector<ShortName>& short_names, std::vector<BodyRef>* bodies) {
  for (BodyRef& b : *bodies) {
    const std::string f = FoldPhrase(b.name);
    for (const ShortName& s : short_names)
      if (s.fold == f) b.name = s.name;
  }
  for (std::size_t i = bodies->size(); i-- > 1;)  // a body named twice, both ways
    for (std::size_t j = 0; j < i; ++j)
      if ((*bodies)[j].name == (*bodies)[i].name) {
        bodies->erase(bodies->begin() + static_cast<std::ptrdiff_t>(i));
        break;
      }
}

struct Draft {
  Task task;
  std::vector<BodyRef> owners;  // bodies of the heading above, the lead when the text names none
  std::vector<BodyMention> own_lead;  // the unit's own subject, when it opened with one
  Roles roles;                        // named in the task's own words
  long item = -1;
  std::optional<Deadline> inherited;
};

}  // namespace

std::vector<Task> ExtractTasks(const Layout& layout, const std::vector<std::vector<Word>>& words,
                               const std::vector<BlockContext>& context,
                               const std::optional<Date>& doc_date) {
  const std::vector<Block>& blocks = layout.blocks;
  std::vector<Draft> drafts;
  long open = -1;        // the draft continuation text may join
  long para_owner = -1;  // the draft whose body owns the current item's text
  bool closing = false;
  std::string closing_path;
  std::vector<std::optional<Deadline>> heading_deadline;  // by level
  // Each run of table blocks (one table; a new part starts a new one) and its task rows, read
  // once here, in order: the walk below meets the runs in the same order and skips each whole.
  // A pointer to the appendix is left out only when the text holds a table with task rows (a
  // header set in pipes or a table of targets is none).
  struct TableRun {
    std::size_t end = 0;  // past the run's last block
    std::vector<TableTaskRow> rows;
  };
  std::vector<TableRun> table_runs;
  bool has_table = false;
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (!blocks[b].table_row) continue;
    std::size_t e = b;
    while (e < blocks.size() && blocks[e].table_row && (e == b || !blocks[e].part_start)) ++e;
    table_runs.push_back({e, ParseTaskTable(blocks, b, e)});
    has_table = has_table || !table_runs.back().rows.empty();
    b = e - 1;
  }
  std::size_t next_run = 0;

  auto start_draft = [&](std::size_t b, const std::vector<Word>& w, const Unit& u,
                         const std::string& section, const BlockContext& c, Roles roles) {
    Draft d;
    d.roles = std::move(roles);
    const Block& blk = blocks[b];
    std::size_t tb = w[u.begin].begin, te = w[u.end - 1].end;
    d.task.text = blk.text.substr(tb, te - tb);
    d.task.section = section;
    d.task.span.start = blk.source[tb];
    d.task.span.end = blk.source[te - 1] + 1;
    if (!IsPassDown(FoldRange(w, u.begin, std::min(u.end, u.begin + 12)))) d.owners = c.owners;
    d.own_lead = u.subject;
    d.item = c.item;
    for (std::size_t l = std::min<std::size_t>(static_cast<std::size_t>(c.level) + 1,
                                               heading_deadline.size());
         l-- > 0 && !d.inherited;)
      d.inherited = heading_deadline[l];
    drafts.push_back(std::move(d));
    return static_cast<long>(drafts.size()) - 1;
  };
  auto append = [&](long d, std::size_t b, const std::vector<Word>& w, const Unit& u) {
    const Block& blk = blocks[b];
    std::size_t tb = w[u.begin].begin, te = w[u.end - 1].end;
    Draft& draft = drafts[static_cast<std::size_t>(d)];
    Roles more = AssignRoles(w, u.begin, u.end, blk.text);
    auto merge = [](std::vector<BodyMention>& to, const std::vector<BodyMention>& from) {
      for (const BodyMention& m : from) {
        bool dup = false;
        for (const BodyMention& t : to) dup = dup || t.ref.name == m.ref.name;
        if (!dup) to.push_back(m);
      }
    };
    merge(draft.roles.lead, more.lead);
    merge(draft.roles.support, more.support);
    Task& t = draft.task;
    t.text += ' ';
    t.text += blk.text.substr(tb, te - tb);
    t.span.end = std::max<std::size_t>(t.span.end, blk.source[te - 1] + 1);
  };

  for (std::size_t b = 0; b < blocks.size(); ++b) {
    const Block& blk = blocks[b];
    const BlockContext& c = context[b];
    if (blk.part_start) closing = false;
    if (blk.table_row) {
      const TableRun& run = table_runs[next_run++];
      const std::size_t e = run.end;
      for (const TableTaskRow& row : run.rows) {
        Draft d;
        const Block& rb = blocks[row.block];
        d.task.text = row.task;
        std::string section = context[row.block].path;
        for (const std::string* part : {&row.group, &row.number}) {
          if (part->empty()) continue;
          if (!section.empty()) section += '.';
          section += *part;
        }
        d.task.section = section;
        d.task.span.start = rb.source[row.task_begin];
        d.task.span.end = rb.source[row.task_end > row.task_begin ? row.task_end - 1 : row.task_begin] + 1;
        auto bodies = [&](const std::string& cell) {
          std::vector<BodyRef> out;
          std::size_t start = 0;
          while (start <= cell.size()) {
            std::size_t semi = cell.find(';', start);
            if (semi == std::string::npos) semi = cell.size();
            std::string part(Trim(std::string_view(cell).substr(start, semi - start)));
            if (!part.empty()) {
              std::vector<Word> pw = Tokenize(part);
              std::size_t end = 0;
              std::vector<BodyMention> list = MatchBodyListAt(pw, 0, part, &end);
              if (list.empty()) out.push_back(BodyRef{part, part});
              for (const BodyMention& m : list) out.push_back(m.ref);
            }
            start = semi + 1;
          }
          return out;
        };
        d.task.lead = bodies(row.lead);
        d.task.support = bodies(row.support);
        d.task.deadline = ParseDeadlineCell(row.deadline, doc_date);
        if (!d.task.deadline) d.task.deadline = FindDeadline(row.deadline, doc_date);
        if (!d.task.deadline) d.task.deadline = FindDeadline(row.task, doc_date);
        d.own_lead.clear();
        drafts.push_back(std::move(d));
        drafts.back().item = -2;  // finished: roles come from the columns
      }
      b = e - 1;
      open = para_owner = -1;
      continue;
    }
    const std::vector<Word>& w = words[b];
    if (c.numbered) {
      std::size_t level = static_cast<std::size_t>(c.level);
      if (heading_deadline.size() > level) heading_deadline.resize(level);
      if (c.heading) {
        heading_deadline.resize(level + 1);
        if (c.heading_end == 0) heading_deadline[level] = FindDeadline(blk.text, doc_date);
      }
    }
    if (c.preamble || c.non_task || w.empty()) {
      open = para_owner = -1;
      continue;
    }
    std::size_t wb = c.heading ? c.heading_end : 0;
    if (c.heading && (wb == 0 || wb >= w.size())) {
      open = para_owner = -1;
      continue;
    }
    if (c.numbered) closing = false;
    std::vector<Unit> units = SplitUnits(w, wb, w.size(), blk.text);
    bool continuation = !c.numbered && c.item >= 0 && open >= 0 && !closing &&
                        drafts[static_cast<std::size_t>(open)].item == c.item;
    // The fold is built only for the blocks the closing rule applies to.
    if (!c.numbered && c.item >= 0 && !closing &&
        IsClosing(FoldRange(w, wb, std::min(w.size(), wb + 60)))) {
      closing = true;
      closing_path = c.parent_path;
      continuation = false;
    }
    if (continuation) {
      for (std::size_t k = 0; k < units.size(); ++k) {
        const Unit& u = units[k];
        // "Văn phòng UBND tỉnh thông báo để các cơ quan ... biết" after the last item closes
        // the document; it neither continues the item nor is a task. So does the issuer's own
        // ("Ban Thường vụ Huyện ủy thông báo để ..."), which is no sentence subject.
        if (IsFormula(FoldRange(w, u.begin, std::min(u.end, u.begin + 40)))) {
          std::size_t list_end = u.begin;
          if (!u.subject.empty() || !MatchBodyListAt(w, u.begin, blk.text, &list_end).empty()) continue;
        }
        Draft& cur = drafts[static_cast<std::size_t>(open)];
        std::set<std::string> cur_names =
            cur.own_lead.empty() ? NamesOf(cur.owners) : NamesOf(cur.own_lead);
        // "1. Tăng cường sự lãnh đạo ..." naming no body, then "Các cấp ủy ... xác định ...":
        // the paragraph continues the item and names who leads it.
        bool names_item = k == 0 && cur_names.empty() && cur.roles.lead.empty();
        if (!u.subject.empty() && NamesOf(u.subject) != cur_names && !names_item) {
          open = start_draft(b, w, u, c.path, c, AssignRoles(w, u.begin, u.end, blk.text));
          if (k == 0) para_owner = open;
        } else if (u.subject.empty() && k == 0 && para_owner >= 0 && open != para_owner) {
          // The owner's text resumes after an interruption by another body.
          Unit resumed = u;
          resumed.subject = drafts[static_cast<std::size_t>(para_owner)].own_lead;
          std::vector<BodyRef> owners = drafts[static_cast<std::size_t>(para_owner)].owners;
          open = start_draft(b, w, resumed, c.path, c, AssignRoles(w, u.begin, u.end, blk.text));
          drafts[static_cast<std::size_t>(open)].owners = owners;
        } else {
          append(open, b, w, u);
        }
      }
      continue;
    }
    const std::string& section = closing ? closing_path : c.path;
    bool numbered = c.numbered || (c.heading && wb > 0);
    long first = -1;
    for (const Unit& u : units) {
      Roles roles = AssignRoles(w, u.begin, u.end, blk.text);
      if (!IsDirective(w, u, roles, numbered && first < 0, has_table)) continue;
      long d = start_draft(b, w, u, section, c, std::move(roles));
      if (first < 0) first = d;
      open = d;
    }
    para_owner = first;
    if (first < 0) open = -1;
  }

  std::vector<Task> tasks;
  tasks.reserve(drafts.size());
  std::vector<ShortName> short_names;
  for (Draft& d : drafts) {
    Task& t = d.task;
    if (d.item != -2) {
      for (const std::vector<BodyMention>* list : {&d.roles.lead, &d.roles.support})
        for (const BodyMention& m : *list)
          if (!m.short_name.empty()) short_names.push_back({FoldPhrase(m.short_name), m.ref.name});
      const Roles& roles = d.roles;
      for (const BodyMention& m : roles.lead) t.lead.push_back(m.ref);
      if (t.lead.empty())
        for (const BodyMention& m : d.own_lead) t.lead.push_back(m.ref);
      if (t.lead.empty() || PlacesOfOwner(t.lead, d.owners)) t.lead = d.owners;
      std::set<std::string> leads = NamesOf(t.lead);
      for (const BodyMention& m : roles.support)
        if (!leads.count(m.ref.name)) t.support.push_back(m.ref);
      t.deadline = FindDeadline(t.text, doc_date);
      if (!t.deadline) t.deadline = d.inherited;
    }
    if (!short_names.empty()) {
      ResolveShortNames(short_names, &t.lead);
      ResolveShortNames(short_names, &t.support);
      // "Ban Quản lý chủ trì, phối hợp Ban Quản lý các khu công nghiệp tỉnh": one body, the lead.
      std::erase_if(t.support, [&t](const BodyRef& b) {
        return std::any_of(t.lead.begin(), t.lead.end(), [&b](const BodyRef& l) { return l.name == b.name; });
      });
    }
    t.id = static_cast<int>(tasks.size()) + 1;
    tasks.push_back(std::move(t));
  }
  return tasks;
}

}  // namespace chidao::parse_internal
