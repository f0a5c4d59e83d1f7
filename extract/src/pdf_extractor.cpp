// Per-page decision, in --ocr auto:
//   usable Unicode layer            → kept (kPdfText)
//   legacy TCVN3/VNI layer           → transcoded (kPdfLegacy: "nh©n d©n" → "nhân dân");
//                                      OCRed when transcoding fails
//   empty or garbage layer           → OCRed (kOcr), or empty kPdfText when the page is blank
//   sparse layer (few letters)       → OCRed too; OCR wins only when it reads clearly more
//                                      (a scanned page carrying a stamped "Trang 2")
#include "pdf_extractor.h"

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

#include "legacy_encoding.h"
#include "ocr_runner.h"
#include "page_assembly.h"
#include "page_pool.h"
#include "pdf_reader.h"
#include "text_layer.h"

namespace chidao {
namespace {

enum class Plan { kDone, kOcr, kOcrOrKeepLayer };

struct PagePlan {
  Plan plan = Plan::kDone;
  std::string layer_text;  // the text layer as read, for kOcrOrKeepLayer and blank pages
};

// A legacy TCVN3/VNI layer is Latin-1 mojibake: it always holds Latin-1 characters that are
// no Vietnamese letter ("©", "¬", "µ" in TCVN3; "ä", "ø", "ï" in VNI). A layer without any
// is not legacy, and skips the detector (which scores every word in both encodings).
bool MayBeLegacy(std::string_view utf8) {
  static constexpr std::string_view kVietnameseLatin1 =
      "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";
  for (std::size_t i = 0; i + 1 < utf8.size(); ++i) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    if (lead != 0xC2 && lead != 0xC3) continue;  // U+0080..U+00FF
    if (kVietnameseLatin1.find(utf8.substr(i, 2)) == std::string_view::npos) return true;
  }
  return false;
}

// Decides how page `page` is read; fills page->text/source when the layer is kept.
PagePlan PlanPage(const std::string& text, double area, OcrMode mode, Page* page) {
  PagePlan plan;
  plan.layer_text = text;
  if (mode == OcrMode::kAlways) {
    plan.plan = Plan::kOcr;
    return plan;
  }
  const TextLayerQuality quality = AssessTextLayer(text, area);
  if (quality == TextLayerQuality::kUsable || mode == OcrMode::kNever) {
    const LegacyFont font = MayBeLegacy(text) ? DetectLegacyFont(text) : LegacyFont::kNone;
    if (font != LegacyFont::kNone) {
      if (std::optional<std::string> unicode = TranscodeLegacy(text, font)) {
        page->text = std::move(*unicode);
        page->source = PageSource::kPdfLegacy;
        return plan;
      }
      if (mode != OcrMode::kNever) {
        plan.plan = Plan::kOcr;
        return plan;
      }
    }
    page->text = text;
    page->source = PageSource::kPdfText;
    return plan;
  }
  plan.plan = quality == TextLayerQuality::kSparse ? Plan::kOcrOrKeepLayer : Plan::kOcr;
  return plan;
}

// For a sparse layer: OCR replaces it only when it reads at least twice the letters plus 20.
bool OcrReadsMore(const OcrOutcome& outcome, const std::string& layer_text) {
  if (!outcome.status.ok() || outcome.blank) return false;
  const int ocr_letters = CountTextLayer(outcome.result.text).letters;
  return ocr_letters > 2 * CountTextLayer(layer_text).letters + 20;
}

}  // namespace

Result<Document> ExtractPdf(std::string_view bytes, const std::string& name,
                            const ExtractOptions& options, const OcrEngineFactory& ocr) {
  Result<std::unique_ptr<PdfReader>> opened = OpenPdfWithPoppler(bytes, name, options.password);
  if (!opened.ok()) return opened.status();
  PdfReader& reader = **opened;
  const int count = reader.PageCount();
  if (count > options.max_pages) {
    return Status::TooLarge(name, "PDF has " + std::to_string(count) +
                                      " pages, over the limit of " +
                                      std::to_string(options.max_pages));
  }

  Document doc;
  doc.path = name;
  doc.pages.resize(count);
  std::vector<PagePlan> plans(count);
  std::atomic<int> done{0};
  auto report = [&options, &done, count] {
    const int now = ++done;
    if (options.on_progress) options.on_progress({now, count});
  };
  // Started at the first page that needs OCR; declared after `report`, which its tasks call.
  std::unique_ptr<OcrRunner> runner;

  std::vector<char> planned(count, 0);
  // Reads page j's text layer and decides whether the page needs OCR, once.
  auto plan_page = [&](int j) {
    if (planned[j]) return;
    planned[j] = 1;
    Page& page = doc.pages[j];
    page.number = j + 1;
    Result<std::string> text = reader.PageText(j);
    if (!text.ok()) {
      page.source = PageSource::kFailed;
      doc.diagnostics.push_back({page.number, text.status().message()});
      report();
      return;
    }
    const double area = reader.PageWidth(j) * reader.PageHeight(j);
    plans[j] = PlanPage(*text, area, options.ocr, &page);
    if (plans[j].plan == Plan::kDone) report();
  };
  // How many pages after page i will be OCR'd, counted only when the document ends within a
  // short look-ahead (text layers read early, in order, cost little): the OCR runner reads the
  // final round's pages in bands, and a scanned page with text pages after it is in the final
  // round though it is not the last page. Further on, "many" (no final round yet).
  auto ocr_pages_after = [&](int i) {
    constexpr int kLookAhead = 16;
    if (count - 1 - i > kLookAhead) return count - 1 - i;
    int n = 0;
    for (int j = i + 1; j < count; ++j) {
      plan_page(j);
      if (plans[j].plan != Plan::kDone) ++n;
    }
    return n;
  };

  for (int i = 0; i < count; ++i) {
    plan_page(i);
    if (plans[i].plan == Plan::kDone) continue;
    Page& page = doc.pages[i];
    Result<PixPtr> image = reader.RenderPage(i, kOcrDpi);
    if (!image.ok()) {
      page.source = plans[i].plan == Plan::kOcrOrKeepLayer ? PageSource::kPdfText
                                                           : PageSource::kFailed;
      page.text = plans[i].plan == Plan::kOcrOrKeepLayer ? plans[i].layer_text : "";
      doc.diagnostics.push_back({page.number, "cannot render the page for OCR: " +
                                                  image.status().message()});
      plans[i].plan = Plan::kDone;
      report();
      continue;
    }
    if (!runner) {
      // One worker more than pages left: the last pages may be read in bands.
      runner = std::make_unique<OcrRunner>(options, ocr,
                                           WorkerCount(options.jobs, count - i + 1), count);
    }
    runner->Submit(i, std::move(image).value(), report, ocr_pages_after(i));
  }
  if (runner) runner->Wait();

  for (int i = 0; i < count; ++i) {
    if (plans[i].plan == Plan::kDone) continue;
    Page& page = doc.pages[i];
    const OcrOutcome& outcome = runner->outcome(i);
    if (plans[i].plan == Plan::kOcrOrKeepLayer && !OcrReadsMore(outcome, plans[i].layer_text)) {
      page.text = plans[i].layer_text;
      page.source = PageSource::kPdfText;
      continue;
    }
    if (outcome.status.ok() && outcome.blank) {
      // Nothing printed on the page: an empty text-layer page, not an OCR result.
      page.text.clear();
      page.source = PageSource::kPdfText;
      continue;
    }
    ApplyOcrOutcome(outcome, &page, &doc);
  }
  CleanPages(&doc);
  doc.kind = PdfKind(doc);
  return doc;
}

}  // namespace chidao
