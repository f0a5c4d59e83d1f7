# Task-side parse tests (sections, bodies, roles, tasks, tables, JSON) and the gold scorer.
# Paths relative to tests/parse/ (included from tests/parse/CMakeLists.txt).
list(APPEND CHIDAO_PARSE_TASK_TESTS
  ${CMAKE_CURRENT_LIST_DIR}/fold_table_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/block_builder_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/word_tokenizer_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/body_matcher_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/body_forms_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/role_assigner_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/line_classifier_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/task_extractor_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lead_in_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/task_table_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/directive_json_test.cpp
)

# The gold scorer reads documents through extract, as `chidao parse` does, so it is a binary of
# its own (parse_tests links parse alone).
add_executable(parse_gold_scorer
  ${CMAKE_CURRENT_LIST_DIR}/gold_scorer_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gold_score.cpp
)
target_include_directories(parse_gold_scorer PRIVATE ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(parse_gold_scorer PRIVATE chidao::parse chidao::extract chidao::core
  chidao_test_support chidao_warnings)
catch_discover_tests(parse_gold_scorer TEST_PREFIX "parse: ")
