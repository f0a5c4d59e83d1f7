# Tests of the dispatch / PDF / OCR / image side of chidao::extract (see CMakeLists.txt).
# Tests tagged [ocr] run Tesseract on a few fixture pages (tens of seconds in all).
set(CHIDAO_EXTRACT_PDF_TESTS
  file_type_test.cpp
  image_reader_test.cpp
  ocr_layout_test.cpp
  ocr_pipeline_test.cpp
  ocr_tesseract_test.cpp
  page_bands_test.cpp
  page_pool_test.cpp
  pdf_extractor_test.cpp
  running_header_test.cpp
  text_layer_test.cpp
)
