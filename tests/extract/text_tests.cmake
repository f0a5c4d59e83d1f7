# Tests of the text side of chidao::extract (encodings, legacy fonts, normalisation).
list(APPEND CHIDAO_EXTRACT_TEXT_TESTS
  legacy_encoding_test.cpp
  text_decoder_test.cpp
  text_file_test.cpp
  text_normalizer_test.cpp
)
