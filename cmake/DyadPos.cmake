# Generates the part-of-speech model, ${DYAD_POS_BUILD_DIR}/pos.model, with tools/make_pos_model from two
# Debian packages read at build time (nothing of them is copied into the repository):
#   - liblingua-en-tagger-perl: tag-bigram probabilities (tags.yml), word/tag counts (words.yml) and
#     unknown-word classes (unknown.yml), GPL-3;
#   - wordnet-base: index.{noun,verb,adj,adv} and {noun,verb,adj,adv}.exc, WordNet 3.0 licence.
# Without them the model is not built and configuration says so: PosTagger::Load reports NotFound and the
# tests that need the model skip.

set(DYAD_LINGUA_TAGGER_DIR "/usr/share/perl5/Lingua/EN/Tagger" CACHE PATH "Lingua::EN::Tagger lexicon")
set(DYAD_WORDNET_DIR "/usr/share/wordnet" CACHE PATH "WordNet database files")

set(dyad_pos_inputs)
foreach(name tags.yml words.yml unknown.yml)
  list(APPEND dyad_pos_inputs "${DYAD_LINGUA_TAGGER_DIR}/${name}")
endforeach()
foreach(pos noun verb adj adv)
  list(APPEND dyad_pos_inputs "${DYAD_WORDNET_DIR}/index.${pos}" "${DYAD_WORDNET_DIR}/${pos}.exc")
endforeach()
set(dyad_pos_missing)
foreach(input IN LISTS dyad_pos_inputs)
  if(NOT EXISTS "${input}")
    list(APPEND dyad_pos_missing "${input}")
  endif()
endforeach()

set(dyad_pos_model "${DYAD_POS_BUILD_DIR}/pos.model")
if(dyad_pos_missing)
  message(WARNING "dyad: no part-of-speech model: ${dyad_pos_missing} not found. Install "
    "liblingua-en-tagger-perl and wordnet-base (scripts/bootstrap does) and re-run cmake; until then the "
    "tagger is unavailable and its tests skip.")
  file(REMOVE "${dyad_pos_model}")
else()
  add_custom_command(OUTPUT "${dyad_pos_model}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${DYAD_POS_BUILD_DIR}"
    COMMAND make_pos_model --lingua "${DYAD_LINGUA_TAGGER_DIR}" --wordnet "${DYAD_WORDNET_DIR}"
            -o "${dyad_pos_model}"
    DEPENDS make_pos_model ${dyad_pos_inputs}
    COMMENT "part-of-speech model from Lingua::EN::Tagger and WordNet" VERBATIM)
  add_custom_target(dyad_pos_data ALL DEPENDS "${dyad_pos_model}")
endif()
