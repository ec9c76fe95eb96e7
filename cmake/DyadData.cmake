# Assembles the default dictionary directory in the build tree:
#   - every hand-written file in data/dict/ is copied;
#   - countries.iso.txt is generated from Debian's iso-codes (ISO 3166-1 names) by GenerateCountries.cmake.
# The target `dyad_dict_data` re-runs whenever a source file changes. The path is compiled into the library as
# the default (DYAD_DEFAULT_DICT_DIR); $DYAD_DICT_DIR or --dict-dir override it.

set(DYAD_ISO_3166_JSON "/usr/share/iso-codes/json/iso_3166-1.json" CACHE FILEPATH "iso-codes ISO 3166-1 JSON")
if(NOT EXISTS "${DYAD_ISO_3166_JSON}")
  message(FATAL_ERROR "${DYAD_ISO_3166_JSON} not found: install Debian's iso-codes (scripts/bootstrap does)")
endif()

file(GLOB DYAD_DICT_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/data/dict/*.txt")
set(dyad_dict_outputs)
foreach(src IN LISTS DYAD_DICT_SOURCES)
  get_filename_component(name "${src}" NAME)
  add_custom_command(OUTPUT "${DYAD_DICT_BUILD_DIR}/${name}"
    COMMAND ${CMAKE_COMMAND} -E copy_if_different "${src}" "${DYAD_DICT_BUILD_DIR}/${name}"
    DEPENDS "${src}" COMMENT "dictionary ${name}" VERBATIM)
  list(APPEND dyad_dict_outputs "${DYAD_DICT_BUILD_DIR}/${name}")
endforeach()

add_custom_command(OUTPUT "${DYAD_DICT_BUILD_DIR}/countries.iso.txt"
  COMMAND ${CMAKE_COMMAND} -DINPUT=${DYAD_ISO_3166_JSON} -DOUTPUT=${DYAD_DICT_BUILD_DIR}/countries.iso.txt
          -P "${PROJECT_SOURCE_DIR}/cmake/GenerateCountries.cmake"
  DEPENDS "${DYAD_ISO_3166_JSON}" "${PROJECT_SOURCE_DIR}/cmake/GenerateCountries.cmake"
  COMMENT "dictionary countries.iso.txt from iso-codes" VERBATIM)
list(APPEND dyad_dict_outputs "${DYAD_DICT_BUILD_DIR}/countries.iso.txt")

add_custom_target(dyad_dict_data ALL DEPENDS ${dyad_dict_outputs})
