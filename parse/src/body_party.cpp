// Party bodies (DOMAIN.md §2), with examples: the committees "Tỉnh ủy", "Huyện ủy", "Thành
// ủy", "Đảng ủy Khối ..." (a Party body of its own: "Đảng ủy Công an tỉnh" is not "Công an
// tỉnh"); their organs "Ban Thường vụ Tỉnh ủy", "Thường trực Huyện ủy", "Ban Tuyên giáo Tỉnh
// ủy", "Ủy ban Kiểm tra Tỉnh ủy"; "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh" (one committee,
// comma included); "Ban cán sự đảng UBND tỉnh", "Đảng đoàn HĐND tỉnh" (and the
// Party group of any other body: "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"); and the
// collectives "Ban Thường vụ các huyện, thị, thành ủy", "Ban Thường vụ cấp ủy các địa phương";
// the Party cell of a body, "Chi bộ Công an xã".
#include "body_rules.h"

#include "body_gazetteer.h"
#include "body_name.h"
#include "directive_lexicon.h"
#include "text_case.h"

namespace chidao::parse_internal::body_rules {

// Party bodies and their committees.
std::optional<Core> Party(const Words& w, std::size_t k) {
  Core c;
  if (std::size_t n = MatchCommittee(w, k); n && w[k].fold != "dang") {
    c.end = k + n;
    c.canonical = CanonicalWords(w, k, k + n);
    c.issuer = true;
    return c;
  }
  if (Seq(w, k, "dang uy")) {
    // "Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy Khối doanh nghiệp tỉnh": "các" is in the name.
    std::size_t from = k + 2;
    if (Is(w, from, "khoi") && Seq(w, from + 1, "cac co quan")) from += 4;
    // "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh": the two blocs merged in 2025 share one
    // committee, whose name joins their nouns with "và".
    if (from == k + 6 && Seq(w, from, "va doanh nghiep")) from += 3;
    std::size_t j = ScanName(w, from, 8);
    if (j == k + 2) return std::nullopt;
    // "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh" (2025): ONE committee over the Front and
    // the mass organisations, its comma inside the name.
    // Written short ("Đảng ủy MTTQ, các đoàn thể tỉnh") or at the centre ("... các đoàn thể
    // Trung ương").
    const std::size_t front = Seq(w, from, "mat tran to quoc") ? 4 : (Is(w, from, "mttq") ? 1 : 0);
    if (front > 0 && j == from + front && IsPunct(w, j, ",") && Seq(w, j + 1, "cac doan the")) {
      j += 4;
      if (Seq(w, j, "trung uong") && w[j].upper) j += 2;
      else j = ScanLevelPlace(w, j, nullptr);
    }
    c.end = j;
    c.canonical = "Đảng ủy " + CanonicalWords(w, k + 2, j);
    return c;
  }
  std::size_t head = 0;
  std::string canonical_head;
  if (Seq(w, k, "ban thuong vu")) head = 3, canonical_head = "Ban Thường vụ";
  else if (Is(w, k, "btv")) head = 1, canonical_head = "Ban Thường vụ";
  else if (Seq(w, k, "thuong truc") && w[k].upper) head = 2, canonical_head = "Thường trực";
  if (head) {
    std::size_t j = k + head;
    if (std::size_t n = MatchCommittee(w, j)) {
      c.end = j + n;
      c.canonical = canonical_head + " " + CanonicalWords(w, j, j + n);
      c.issuer = true;
      return c;
    }
    bool short_form = SeqP(w, j, {"cac", "huyen", ",", "thi", ",", "thanh", "uy"});
    if (short_form || SeqP(w, j, {"cac", "huyen", ",", "thi", "xa", ",", "thanh", "uy"})) {
      std::size_t n = short_form ? 7 : 8;
      c.end = j + n;
      c.canonical = canonical_head + " các huyện, thị, thành ủy";
      c.collective = true;
      return c;
    }
    if (Seq(w, j, "cap uy")) {
      std::size_t e = ScanModifiers(w, j + 2);
      if (Seq(w, e, "cac dia phuong")) e += 3;
      c.end = e;
      c.canonical = canonical_head + " " + CanonicalWords(w, j, e);
      c.collective = true;
      return c;
    }
    if (Is(w, j, "hdnd") || Is(w, j, "ubnd") || Seq(w, j, "hoi dong nhan dan")) {
      std::size_t skip = Is(w, j, "hdnd") || Is(w, j, "ubnd") ? 1 : 4;
      Core t = Target(w, j + skip, Is(w, j, "ubnd") ? "UBND" : "HĐND");
      if (t.end > j + skip) {
        t.canonical = canonical_head + " " + t.canonical;
        t.issuer = true;
        return t;
      }
    }
    return std::nullopt;
  }
  if (Seq(w, k, "ban can su dang") || Seq(w, k, "dang doan")) {
    std::size_t n = Seq(w, k, "dang doan") ? 2 : 4;
    std::string name = n == 2 ? "Đảng đoàn" : "Ban cán sự đảng";
    std::size_t j = k + n;
    if (Is(w, j, "ubnd") || Is(w, j, "hdnd") || Seq(w, j, "uy ban nhan dan") ||
        Seq(w, j, "hoi dong nhan dan")) {
      bool hd = Is(w, j, "hdnd") || Seq(w, j, "hoi dong nhan dan");
      std::size_t skip = (Is(w, j, "ubnd") || Is(w, j, "hdnd")) ? 1 : 4;
      Core t = Target(w, j + skip, hd ? "HĐND" : "UBND");
      t.end = std::max(t.end, j + skip);
      t.canonical = name + " " + t.canonical;
      t.issuer = false;
      return t;
    }
    // "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Đảng đoàn Hội Nông dân tỉnh", "Ban
    // cán sự đảng Bộ Y tế": the Party group of any named body.
    std::optional<Core> body = Front(w, j);
    if (!body) body = Department(w, j);
    if (!body) body = Named(w, j);
    if (body && body->end > j) {
      body->canonical = name + " " + body->canonical;
      body->collective = body->generic = body->issuer = false;
      return body;
    }
    return std::nullopt;
  }
  if (w[k].upper && Is(w, k, "ban")) {
    // The organs of 2025 ("Ban Xây dựng Đảng", "Ban Tuyên giáo và Dân vận") and before.
    for (std::string_view unit : {"tuyen giao va dan van", "xay dung dang", "tuyen giao",
                                  "to chuc", "dan van", "noi chinh", "kinh te"}) {
      if (Seq(w, k + 1, unit)) {
        std::size_t j = k + 1 + PhraseLength(unit);
        if (std::size_t n = MatchCommittee(w, j)) {
          c.end = j + n;
          std::string committee;
          if (w[j].fold == "dang") {
            // "Ban Xây dựng Đảng Đảng ủy Công an tỉnh": the committee of a force is named with
            // it; "Ban Xây dựng Đảng Đảng ủy xã": a commune's with its level.
            std::optional<Core> force = Police(w, j + n);
            if (!force) force = Military(w, j + n);
            if (force && force->end > j + n) {
              c.end = force->end;
              committee = CanonicalWords(w, j, j + n) + " " + force->canonical;
            } else {
              c.end = std::max(c.end, ScanLevelPlace(w, j + n, nullptr));
            }
          }
          if (committee.empty()) committee = CanonicalWords(w, j, c.end);
          c.canonical = CanonicalWords(w, k, j) + " " + committee;
          c.canonical = "Ban " + CapitalizeFirst(c.canonical.substr(4));
          return c;
        }
      }
    }
  }
  if (Seq(w, k, "uy ban kiem tra")) {
    std::size_t j = k + 4;
    if (std::size_t n = MatchCommittee(w, j)) {
      c.end = j + n;
      c.canonical = "Ủy ban Kiểm tra " + CanonicalWords(w, j, j + n);
      return c;
    }
  }
  return std::nullopt;
}

// "Chi bộ Công an xã", "Chi bộ Trường Tiểu học Mỹ Đức": the Party cell of a body is a body of
// its own, as "Đảng ủy Công an tỉnh" is.
// The cells of a commune's Party committee that sit in no body of their own: its militia
// ("Chi bộ Quân sự xã") and its villages and quarters ("Chi bộ thôn 3", "Chi bộ Thôn Đông Sơn",
// "Chi bộ tổ dân phố số 5"). The unit needs its number or name: "chi bộ thôn" alone is a kind.
std::optional<Core> CommuneCell(const Words& w, std::size_t j) {
  std::size_t e = j;
  if (Seq(w, j, "quan su") && MatchLevel(w, j + 2) > 0) {
    e = ScanLevelPlace(w, j + 2, nullptr);
  } else {
    static const PhraseSet kUnits({"thôn", "bản", "ấp", "xóm", "tổ dân phố", "khu phố",
                                   "khu dân cư", "buôn", "làng", "khối phố", "tổ"},
                                  false);
    const std::size_t n = kUnits.Match(w, j);
    if (n == 0) return std::nullopt;
    e = j + n;
    if (Is(w, e, "so")) ++e;  // "tổ dân phố số 5"
    if (e < w.size() && !w[e].punct && StartsWithDigit(w[e]))
      ++e;
    else if (e < w.size() && !w[e].punct && w[e].upper && !OpensBody(w, e))
      e = ScanName(w, e, 4);
    else
      return std::nullopt;
  }
  if (e <= j) return std::nullopt;
  Core c;
  c.end = e;
  c.canonical = CanonicalWords(w, j, e);
  return c;
}

std::optional<Core> PartyCell(const Words& w, std::size_t k) {
  if (!w[k].upper || !Seq(w, k, "chi bo")) return std::nullopt;
  const std::size_t j = k + 2;
  std::optional<Core> body = CommuneCell(w, j);
  if (!body) body = Police(w, j);
  if (!body) body = Military(w, j);
  if (!body) body = Department(w, j);
  if (!body) body = Named(w, j);
  if (!body || body->end <= j) return std::nullopt;
  body->canonical = "Chi bộ " + body->canonical;
  body->collective = body->generic = body->issuer = false;
  return body;
}

}  // namespace chidao::parse_internal::body_rules
