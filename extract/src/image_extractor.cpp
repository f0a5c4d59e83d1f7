#include "image_extractor.h"

#include <atomic>
#include <memory>

#include "ocr_runner.h"
#include "page_assembly.h"
#include "page_pool.h"

namespace chidao {

Result<Document> ExtractImage(std::string_view bytes, ImageFormat format, const std::string& name,
                              const ExtractOptions& options, const OcrEngineFactory& ocr) {
  Result<ImageReader> reader =
      ImageReader::Open(bytes, format, name, options.max_image_pixels, options.max_pages);
  if (!reader.ok()) return reader.status();
  const int count = reader->PageCount();

  Document doc;
  doc.path = name;
  doc.kind = SourceKind::kImageOcr;
  doc.pages.resize(count);
  for (int i = 0; i < count; ++i) {
    doc.pages[i].number = i + 1;
    doc.pages[i].source = PageSource::kOcr;
  }
  if (options.ocr == OcrMode::kNever) {
    doc.diagnostics.push_back({0, "an image has no text layer and --ocr never was given: "
                                  "nothing was read"});
    return doc;
  }

  std::atomic<int> done{0};
  auto report = [&options, &done, count] {
    const int now = ++done;
    if (options.on_progress) options.on_progress({now, count});
  };
  std::vector<bool> decoded(count, false);
  {
    // One worker more than pages: the last pages may be read in bands.
    OcrRunner runner(options, ocr, WorkerCount(options.jobs, count + 1), count);
    for (int i = 0; i < count; ++i) {
      Result<PixPtr> image = reader->ReadPage(i);
      if (!image.ok()) {
        if (count == 1) return image.status();
        doc.pages[i].source = PageSource::kFailed;
        doc.diagnostics.push_back({i + 1, image.status().message()});
        report();
        continue;
      }
      decoded[i] = true;
      runner.Submit(i, std::move(image).value(), report, /*pages_after=*/count - 1 - i);
    }
    runner.Wait();
    for (int i = 0; i < count; ++i) {
      if (decoded[i]) ApplyOcrOutcome(runner.outcome(i), &doc.pages[i], &doc);
    }
  }
  CleanPages(&doc);
  return doc;
}

}  // namespace chidao
