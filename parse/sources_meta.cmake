# Metadata side of chidao::parse: dates, deadlines, document codes, metadata, references.
# Paths relative to parse/. Included by parse/CMakeLists.txt.
set(CHIDAO_PARSE_META_SOURCES
  src/code_point_table.cpp
  src/folded_text.cpp
  src/text_case.cpp
  src/date_parser.cpp
  src/deadline_parser.cpp
  src/deadline_recurring.cpp
  src/deadline_text.cpp
  src/document_code.cpp
  src/layout_lines.cpp
  src/issuer_name.cpp
  src/header_block.cpp
  src/signature_block.cpp
  src/article_meta.cpp
  src/metadata_parser.cpp
  src/reference_parser.cpp
)
