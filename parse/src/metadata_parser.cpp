// ParseMetadata: the header (header_block.cpp), or for a web article its wording
// (article_meta.cpp), then the signature block (signature_block.cpp), then what follows it.
// Where a value is missing from the header it comes, in this order, from the article's
// wording, the body's own voice ("Ban Thường vụ Tỉnh ủy yêu cầu:") and the code ("91-CV/TU" →
// Công văn of the "Tỉnh ủy"). A Party committee's document signed "T/M BAN THƯỜNG VỤ" is issued
// by its Ban Thường vụ: "Tỉnh ủy Quảng Ninh" → "Ban Thường vụ Tỉnh ủy Quảng Ninh"; so is one
// its office signs "T/L BAN THƯỜNG VỤ".
#include "metadata_parser.h"

#include <algorithm>

#include "document_code.h"
#include "folded_text.h"
#include "layout_lines.h"
#include "metadata_parts.h"
#include "text_case.h"

namespace chidao {
namespace {

std::optional<std::string> IssuerFromCode(const DocumentCode& code) {
  std::string head = code.issuer_code.substr(0, code.issuer_code.find('-'));
  if (code.party) {
    if (head == "TU") return "Tỉnh ủy";
    if (head == "HU") return "Huyện ủy";
    if (head == "ThU") return "Thành ủy";
    if (head == "QU") return "Quận ủy";
    if (head == "ĐU") return "Đảng ủy";
    return std::nullopt;
  }
  if (head == "UBND") return "UBND";
  return std::nullopt;
}

bool IsPartyCommittee(const std::string& issuer) {
  std::string f = FoldText(issuer);
  for (std::string_view c : {"tinh uy", "huyen uy", "thanh uy", "quan uy", "thi uy", "dang uy"})
    if (f.compare(0, c.size(), c) == 0) return true;
  return false;
}

// Where the content after a signature block starts, skipping its own header lines: a second
// document's header ("ỦY BAN NHÂN DÂN" ... "KẾ HOẠCH" ... "(Ban hành kèm theo ...)") or an
// appendix's title lines ("PHỤ LỤC", its all-caps title, "(Kèm theo ...)").
std::size_t AttachmentBegin(std::string_view text, std::size_t from) {
  std::vector<TextLine> lines = SplitLines(text, from, std::min(text.size(), from + 6000), 40);
  for (std::size_t k = 0; k < lines.size(); ++k) {
    std::string f = FoldText(TrimSpace(lines[k].text).substr(0, std::min<std::size_t>(lines[k].text.size(), 40)));
    if (f.compare(0, 9, "(kem theo") == 0 || f.compare(0, 18, "(ban hanh kem theo") == 0)
      return std::min(lines[k].end + 1, text.size());
  }
  HeaderInfo h = ParseHeader(text, from, text.size());
  if (h.formal && h.body_begin > from) return h.body_begin;
  std::size_t begin = from;
  for (const TextLine& l : lines) {  // skip leading blank and all-caps title lines
    std::string_view t = TrimSpace(l.text);
    if (t.empty() || l.blank || (IsAllCaps(t) && t.size() < 120)) {
      begin = std::min(l.end + 1, text.size());
      continue;
    }
    break;
  }
  return begin;
}

bool HasContent(std::string_view s) {
  for (char c : s)
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

}  // namespace

bool MetadataPatternsOk() { return HeaderPatternsOk() && SignaturePatternsOk() && ArticlePatternsOk(); }

MetadataResult ParseMetadata(std::string_view text) {
  MetadataResult r;
  Metadata& m = r.meta;
  HeaderInfo h = ParseHeader(text, 0, text.size());
  ArticleInfo a;
  if (h.formal) {
    r.body_begin = r.header_end = h.body_begin;
  } else {
    a = ParseArticle(text);
    r.body_begin = a.found ? std::min(a.sentence_line_end + 1, text.size()) : ArticleDatelineEnd(text);
  }
  SignatureInfo s = ParseSignature(text, r.body_begin, text.size());
  r.body_end = s.found ? s.begin : ArticleBodyEnd(text, r.body_begin, text.size());
  if (r.body_end < r.body_begin) r.body_end = r.body_begin;

  // What follows the signature block: appendices and documents issued with this one.
  for (std::size_t from = s.found ? s.end : text.size(); from < text.size();) {
    std::size_t begin = AttachmentBegin(text, from);
    if (!HasContent(text.substr(begin))) break;
    SignatureInfo next = ParseSignature(text, begin, text.size());
    std::size_t end = next.found ? next.begin : text.size();
    if (end > begin && HasContent(text.substr(begin, end - begin))) r.attachments.push_back(TextRange{begin, end});
    if (!next.found || next.end <= from) break;
    from = next.end;
  }

  // An article that reproduces the directive under its lead ("(MOF) - ... Bộ Tài chính đã ban
  // hành Công văn số 10872/BTC-NSNN ..." then "BỘ TÀI CHÍNH" / Quốc hiệu / "Số: ..." / "V/v ..."
  // / "Hà Nội, ngày ..."): the reproduced header gives what the lead leaves out, when its code is
  // the one the lead names.
  if (!h.formal && a.found && a.code && (!a.subject || !h.place)) {
    HeaderInfo inner = ParseHeader(text, r.body_begin, text.size());
    if (inner.formal && inner.code && inner.code->text == a.code->text) {
      if (!a.subject) a.subject = inner.subject;
      h.place = inner.place;
    }
  }
  m.code = h.code ? h.code : a.code;
  m.type = h.type ? h.type : a.type;
  if (!m.type && m.code) m.type = TypeNameFor(*m.code);
  m.issuer = h.issuer ? h.issuer : a.issuer;
  if (!m.issuer) m.issuer = IssuerFromVoice(text, r.body_begin, r.body_end);
  if (!m.issuer && m.code) m.issuer = IssuerFromCode(*m.code);
  m.place = h.place;
  m.date = h.formal ? h.date : a.date;
  m.subject = h.subject ? h.subject : a.subject;
  m.urgency = h.urgency != Urgency::kNone ? h.urgency : a.urgency;
  m.addressees = h.addressees;
  m.signer = s.signer;
  m.signer_title = s.signer_title;
  m.recipients = s.recipients;
  // Signed for its Ban Thường vụ, by its members (TM.) or its office (TL.: "T/L BAN THƯỜNG
  // VỤ / CHÁNH VĂN PHÒNG"): the document is the Ban Thường vụ's.
  if (m.issuer && m.signer_title && IsPartyCommittee(*m.issuer)) {
    const std::string title = FoldText(*m.signer_title);
    if (title.compare(0, 17, "tm. ban thuong vu") == 0 || title.compare(0, 17, "tl. ban thuong vu") == 0)
      m.issuer = "Ban Thường vụ " + *m.issuer;
  }
  return r;
}

}  // namespace chidao
