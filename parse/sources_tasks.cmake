# Task side of chidao::parse: lines, sections, bodies, roles, tasks, tables, JSON, entry point.
# Paths relative to parse/ (included from parse/CMakeLists.txt).
list(APPEND CHIDAO_PARSE_TASK_SOURCES
  src/word_tokenizer.cpp
  src/phrase_set.cpp
  src/line_classifier.cpp
  src/directive_lexicon.cpp
  src/body_gazetteer.cpp
  src/body_name.cpp
  src/body_scan.cpp
  src/body_state.cpp
  src/body_collective.cpp
  src/body_party.cpp
  src/body_forces.cpp
  src/body_front.cpp
  src/body_matcher.cpp
)
list(APPEND CHIDAO_PARSE_TASK_SOURCES
  src/boilerplate_filter.cpp
  src/block_builder.cpp
  src/role_assigner.cpp
  src/lead_in.cpp
  src/section_tree.cpp
  src/table_columns.cpp
  src/task_table.cpp
  src/task_extractor.cpp
  src/parse.cpp
  src/directive_json.cpp
)
# The metadata side lands file by file; parse.cpp calls what is there.
if("src/metadata_parser.cpp" IN_LIST CHIDAO_PARSE_META_SOURCES)
  set_property(SOURCE src/parse.cpp APPEND PROPERTY COMPILE_DEFINITIONS CHIDAO_HAVE_METADATA_PARSER)
endif()
if("src/reference_parser.cpp" IN_LIST CHIDAO_PARSE_META_SOURCES)
  set_property(SOURCE src/parse.cpp APPEND PROPERTY COMPILE_DEFINITIONS CHIDAO_HAVE_REFERENCE_PARSER)
endif()
