# Text side of chidao::extract: encodings, legacy Vietnamese fonts, normalisation.
list(APPEND CHIDAO_EXTRACT_TEXT_SOURCES
  src/legacy_encoding.cpp
  src/legacy_tables.cpp
  src/readable_text.cpp
  src/text_cleaner.cpp
  src/text_decoder.cpp
  src/text_file.cpp
  src/text_line.cpp
  src/text_normalizer.cpp
  src/vietnamese_score.cpp
)
