// The lexicon, with the reasoning behind each list:
// - action verbs are the predicates of administrative Vietnamese ("Sở Y tế chủ trì, phối hợp
//   ... triển khai", "Công an tỉnh tăng cường ..."); a body's name ends where one starts, and an
//   item opening with one ("Tăng cường kiểm tra ...") is an imperative measure;
// - background openers are how documents narrate rather than direct: "Thời gian qua, công tác
//   văn thư ... đã có nhiều chuyển biến", "Theo tin từ Trung tâm Dự báo ...", "Ngày 10/6/2019,
//   đồng chí ... chủ trì cuộc họp";
// - non-task titles follow the section names of Nghị định 30/2020 plans: "I. MỤC ĐÍCH, YÊU CẦU",
//   "II. MỤC TIÊU", "II. CHỈ TIÊU CHỦ YẾU", "IV. KINH PHÍ", and a Thông báo's "1. Đánh giá chung";
//   a propaganda plan's "II. NỘI DUNG TUYÊN TRUYỀN" and "KHẨU HIỆU" list topics, not tasks.
#include "directive_lexicon.h"

#include "document_type.h"
#include "fold_table.h"
#include "phrase_set.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace chidao::parse_internal {
namespace {

// The lexicon's phrases are matched word by word, punctuation never part of them.
class FoldedPhrases : public PhraseSet {
 public:
  FoldedPhrases(std::initializer_list<std::string_view> phrases) : PhraseSet(phrases, false) {}
};

}  // namespace

std::size_t MatchActionWord(const std::vector<Word>& words, std::size_t i) {
  static const FoldedPhrases kVerbs = {
      "chủ trì", "phối hợp", "tham mưu", "đoàn kết", "hội nghị", "tổng động viên", "triển khai", "thực hiện", "tổ chức", "chỉ đạo",
      "tăng cường", "rà soát", "kiểm tra", "xây dựng", "bảo đảm", "đảm bảo", "hướng dẫn",
      "theo dõi", "đôn đốc", "phải", "cần", "tiếp tục", "chủ động", "khẩn trương", "nghiêm túc",
      "căn cứ", "đẩy mạnh", "quán triệt", "chịu trách nhiệm", "có trách nhiệm", "tập trung",
      "bố trí", "giám sát", "quản lý", "nâng cao", "duy trì", "cập nhật", "tổng hợp", "báo cáo",
      "đề xuất", "ban hành", "trình", "phát huy", "huy động", "vận động", "tuyên truyền",
      "phổ biến", "kiện toàn", "chuẩn bị", "hoàn thành", "hoàn thiện", "cung cấp", "cung ứng",
      "hỗ trợ", "xử lý", "ngăn chặn", "phòng ngừa", "đổi mới", "thường xuyên", "tích cực",
      "sẵn sàng", "khắc phục", "điều chỉnh", "phê duyệt", "yêu cầu",
      "đề nghị", "thông báo", "đăng tải", "phát động", "đưa tin", "thống kê", "tuần tra",
      "kiểm soát", "điều tra", "truy vết", "xét nghiệm", "chi trả", "phân bổ", "sắp xếp",
      "số hóa", "nâng cấp", "kết nối", "phủ sóng", "thu hoạch", "sơ tán", "di dời", "kêu gọi",
      "theo chức năng", "bám sát", "tận dụng", "thúc đẩy", "khuyến khích", "ưu tiên",
      "lồng ghép", "cải thiện", "rút ngắn", "nghiên cứu", "tiếp nhận", "vận hành", "ứng dụng",
      "cắt giảm", "đơn giản hóa", "công bố", "công khai", "kiểm đếm", "tiêu hủy", "thành lập",
      "gửi", "nộp", "phản ánh", "phát sóng", "đáp ứng", "phục vụ", "thu thập", "bồi dưỡng",
      "tập huấn", "đào tạo", "khoanh vùng", "cách ly", "điều trị", "giải quyết", "giải ngân",
      "thanh toán", "quyết toán", "tham gia", "đăng ký", "xác nhận", "thẩm định", "cấp phát",
      "quyết liệt", "kịp thời", "đồng thời", "chấp hành", "vào cuộc", "tuyệt đối", "nắm",
      "nắm bắt", "nắm chắc", "tranh thủ", "lựa chọn", "chọn", "thiết lập", "chăm lo", "quan tâm",
      "tạo điều kiện", "hạn chế", "tránh", "xem xét", "tiến hành", "áp dụng", "điều động",
      "điều phối", "bổ sung", "nhắn tin", "phát hành", "xác định", "trực tiếp", "căn cứ vào",
      "đối chiếu", "chủ động phối hợp", "phân công", "phân luồng", "điều hành", "hoàn tất", "ký",
      "ký kết", "thẩm tra", "kiến nghị", "rút kinh nghiệm", "biểu dương", "khen thưởng",
      "xử phạt", "kỷ luật", "thu hồi", "dừng", "tạm dừng", "ngừng", "cho phép", "cấm", "tăng tốc",
      "nhanh chóng", "đánh giá", "định hướng", "hạch toán", "kiểm điểm", "đẩy nhanh",
      "tổng kết", "sơ kết", "giải tỏa", "lập hồ sơ", "lập danh sách", "lập kế hoạch",
      "lập biên bản", "lập dự toán", "thu gom",
  };
  return kVerbs.Match(words, i);
}

bool IsFunctionWord(const Word& word) {
  // Compared as written (lowercase), not folded: folding makes "đảng" equal "đang", "tư"
  // (đầu tư) equal "từ", "tại" equal "tài".
  static const std::unordered_set<std::string_view> kWords = {
      "với", "để", "theo", "tại", "về", "đến", "cho", "từ", "nhằm", "khi", "nếu", "thì", "là",
      "được", "đã", "đang", "sẽ", "cũng", "vừa", "phải", "cần", "không", "chưa", "và", "hoặc",
      "nhưng", "mà", "vào", "ra", "bằng", "qua", "do", "bởi", "ở", "của", "trên", "dưới", "sau",
      "trước", "trong", "ngoài", "này", "đó", "kịp", "hơn", "nhất", "các", "những", "cùng"};
  // A word written as listed folds as its listing does: the folds screen words by the hash
  // the tokenizer computed, before their text is hashed.
  static const FoldTable<bool> kFolds = [] {
    FoldTable<bool> t;
    for (std::string_view w : kWords)
      for (const Word& token : Tokenize(w)) t.Insert(token.fold);
    return t;
  }();
  static const std::uint64_t kMemo = NewMemoBit();
  if (word.punct || word.upper || (word.absent_from & kMemo)) return false;
  if (kFolds.Find(word.fold, word.fold_hash) != nullptr && kWords.count(word.text) > 0)
    return true;
  word.absent_from |= kMemo;
  return false;
}

std::size_t MatchAssignVerb(const std::vector<Word>& words, std::size_t i) {
  static const FoldedPhrases kVerbs = {"giao", "yêu cầu", "đề nghị", "giao cho", "phân công",
                                       "giao nhiệm vụ cho"};
  return kVerbs.Match(words, i);
}

std::size_t MatchSupportTrigger(const std::vector<Word>& words, std::size_t i) {
  static const FoldedPhrases kTriggers = {
      "phối hợp với", "phối hợp chặt chẽ với", "phối hợp", "phối hợp chặt chẽ", "cùng với",
      "cùng", "phối hợp tốt với", "tăng cường phối hợp với", "phối hợp cùng", "chủ động phối hợp với",
      "chủ động phối hợp", "phối hợp, hiệp đồng với", "tăng cường phối hợp",
      "với sự phối hợp của", "với sự tham gia của", "có sự phối hợp của", "phối hợp chặt chẽ cùng"};
  return kTriggers.Match(words, i);
}

bool IsBackgroundOpener(const std::vector<Word>& words, std::size_t i) {
  static const FoldedPhrases kOpeners = {
      "thời gian qua", "thời gian vừa qua", "trong thời gian qua", "trong thời gian gần đây",
      "thời gian gần đây", "tuy nhiên", "theo tin", "dự báo", "sau khi nghe", "tham dự",
      "kế hoạch nhằm", "kế hoạch cũng là", "trong kế hoạch này", "trong đó, kịch bản",
      "theo đó", "qua đó", "kết quả", "năm qua", "từ đầu năm", "hiện nay", "vừa qua",
      "trong những năm qua", "những năm qua", "bên cạnh đó", "nhìn chung", "có thể nói",
      "tổng số", "lũy kế", "tính đến", "đến nay", "các cấp, các ngành đã", "thông báo này",
      "với phương châm", "mục tiêu", "phương châm"};
  static const FoldedPhrases kEarlier = {"trước đó", "trước đây"};
  if (i >= words.size()) return false;
  if (kOpeners.Match(words, i) > 0) return true;
  // "Ngày 10/6/2019, ..." / "Ngày 14/8, UBND tỉnh ban hành ...": a dated narrative.
  const auto dated = [&words](std::size_t k) {
    return k + 1 < words.size() && words[k].fold == "ngay" && StartsWithDigit(words[k + 1]);
  };
  if (dated(i)) return true;
  // "Trước đó, ngày 24/10/2025, Ban Chỉ huy ... đã ban hành Công điện ...": an earlier act,
  // dated or told with "đã" before an act ("đã ban hành"); "Trước đó, các đơn vị phải hoàn
  // thành ... các nhiệm vụ đã được giao" still directs: "phải"/"cần" before, "đã được" is a
  // clause about something else.
  if (std::size_t n = kEarlier.Match(words, i)) {
    std::size_t k = i + n;
    if (k < words.size() && words[k].text == ",") ++k;
    if (dated(k)) return true;
    for (std::size_t e = std::min(words.size(), k + 30); k < e && words[k].text != "."; ++k) {
      const std::string_view t = words[k].text;
      if (t == "phải" || t == "cần") return false;
      if ((t == "đã" || t == "Đã") && !(k + 1 < words.size() && words[k + 1].fold == "duoc"))
        return true;
    }
  }
  return false;
}

bool IsRecitalOpener(const std::vector<Word>& words, std::size_t i) {
  static const FoldedPhrases kOpeners = {"căn cứ", "thực hiện", "theo đề nghị", "xét đề nghị",
                                         "thi hành", "triển khai thực hiện", "nhằm", "để"};
  return kOpeners.Match(words, i) > 0;
}

bool IsNonTaskTitle(std::string_view folded_title) {
  static const std::vector<std::string_view> kPrefixes = {
      "muc tieu", "muc dich", "chi tieu", "quan diem", "kinh phi", "danh gia", "tinh hinh",
      "ket qua", "thuc trang", "can cu", "pham vi", "doi tuong", "su can thiet", "boi canh",
      "nguon kinh phi", "nguyen tac", "yeu cau chung", "dinh huong", "tam nhin", "giai thich",
      // A propaganda plan lists what to say and the slogans, not who does what.
      "noi dung tuyen truyen", "khau hieu"};
  for (std::string_view p : kPrefixes)
    if (folded_title.substr(0, p.size()) == p) return true;
  // The plan's scope, where and when: "ĐỊA BÀN TRỌNG ĐIỂM", "THỜI GIAN VÀ ĐỊA BÀN TRỌNG
  // ĐIỂM", "THỜI GIAN, PHẠM VI THỰC HIỆN" (a "THỜI GIAN THỰC HIỆN" alone may hold dated tasks).
  if (folded_title.substr(0, 7) == "dia ban") return true;
  if (folded_title.substr(0, 9) == "thoi gian" &&
      (folded_title.find("dia ban") != std::string_view::npos ||
       folded_title.find("pham vi") != std::string_view::npos ||
       folded_title.find("doi tuong") != std::string_view::npos))
    return true;
  // "Điều 1. Phê duyệt Kế hoạch ... với các nội dung chủ yếu sau:": the approved document's
  // summary (targets, measures, funding); its own articles and appendix assign the tasks.
  constexpr std::string_view kApprove = "phe duyet ";
  if (folded_title.substr(0, kApprove.size()) == kApprove &&
      folded_title.find("noi dung") != std::string_view::npos) {
    const std::string_view object = folded_title.substr(kApprove.size());
    for (const DocumentTypeName& t : kDocumentTypeNames)
      if (object.substr(0, t.fold.size()) == t.fold) return true;
  }
  return folded_title == "yeu cau" || folded_title == "muc dich yeu cau";
}

}  // namespace chidao::parse_internal
