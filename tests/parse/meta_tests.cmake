# Tests of the metadata side of chidao::parse. Paths relative to tests/parse/.
set(CHIDAO_PARSE_META_TESTS
  date_parser_test.cpp
  deadline_parser_test.cpp
  document_code_test.cpp
  folded_text_test.cpp
  metadata_parser_test.cpp
  reference_parser_test.cpp
)
