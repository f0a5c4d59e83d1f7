# The program bench/parse drives: ParseDirective throughput and peak memory.
add_executable(parse_bench parse_bench.cpp)
target_link_libraries(parse_bench PRIVATE chidao::parse chidao_allocator chidao_warnings)
