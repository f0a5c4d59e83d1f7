# Sources of the dispatch / PDF / OCR / image side of chidao::extract (see CMakeLists.txt).
set(CHIDAO_EXTRACT_PDF_SOURCES
  src/extract.cpp
  src/edit_distance.cpp
  src/file_type.cpp
  src/image_extractor.cpp
  src/image_preprocess.cpp
  src/image_reader.cpp
  src/ocr_layout.cpp
  src/ocr_runner.cpp
  src/ocr_tesseract_loader.cpp
  src/page_assembly.cpp
  src/page_pool.cpp
  src/pdf_extractor.cpp
  src/pdf_reader_poppler.cpp
  src/running_header.cpp
  src/text_layer.cpp
)
