# Programs bench/extract drives: CER of text files, and the OCR preprocessing comparison.
# They use extract's internal headers (edit distance, preprocessing), as tests do.
add_executable(extract_cer extract_cer.cpp)
target_include_directories(extract_cer PRIVATE ${PROJECT_SOURCE_DIR}/extract/src)
target_link_libraries(extract_cer PRIVATE chidao::extract PkgConfig::RE2 chidao_warnings)
add_executable(extract_ocr_variants extract_ocr_variants.cpp)
target_include_directories(extract_ocr_variants PRIVATE ${PROJECT_SOURCE_DIR}/extract/src)
target_link_libraries(extract_ocr_variants PRIVATE chidao::extract PkgConfig::POPPLER_CPP
  PkgConfig::LEPTONICA Threads::Threads chidao_warnings)
