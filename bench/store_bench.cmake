# store_bench: search latency over an archive made by bench/store (which drives it).
add_executable(store_bench ${CMAKE_CURRENT_LIST_DIR}/store_bench.cpp)
target_link_libraries(store_bench PRIVATE chidao::store chidao_allocator chidao_warnings)
