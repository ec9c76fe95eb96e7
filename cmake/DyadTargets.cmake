# Shared build settings as INTERFACE targets, never global flags (fastText and leveldb's mistake).

add_library(dyad_flags INTERFACE)
target_include_directories(dyad_flags INTERFACE
  $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
  $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/src>)
target_compile_features(dyad_flags INTERFACE cxx_std_20)
if(DYAD_DEVELOPER_MODE)
  target_compile_options(dyad_flags INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
    -Wno-missing-field-initializers -Werror)
  # GCC 12 reports -Wrestrict on std::string appends at -O3 that cannot overlap (GCC bug 105329); keeping it would
  # make Release builds fail on correct code.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(dyad_flags INTERFACE -Wno-restrict)
  endif()
endif()
if(DYAD_SANITIZE)
  target_compile_options(dyad_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
    -fno-sanitize-recover=all)
  target_link_options(dyad_flags INTERFACE -fsanitize=address,undefined)
endif()

# dyad_add_stage(NAME SOURCES a.cc b.cc DEPS x y): one static library per pipeline stage, alias dyad::NAME.
function(dyad_add_stage name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(dyad_${name} STATIC ${ARG_SOURCES})
  add_library(dyad::${name} ALIAS dyad_${name})
  target_link_libraries(dyad_${name} PUBLIC dyad_flags ${ARG_DEPS})
endfunction()

# dyad_add_test(NAME SOURCES a_test.cc DEPS dyad::x): a GoogleTest binary registered with ctest.
function(dyad_add_test name)
  if(NOT DYAD_DEVELOPER_MODE)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE dyad_flags ${ARG_DEPS} GTest::gtest GTest::gtest_main GTest::gmock)
  target_compile_definitions(${name} PRIVATE
    DYAD_SOURCE_DIR="${PROJECT_SOURCE_DIR}" DYAD_TEST_DICT_DIR="${DYAD_DICT_BUILD_DIR}")
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60)
endfunction()
