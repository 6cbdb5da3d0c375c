# add_nbc_library(name SOURCES ... [DEPENDS ...] [MLIR_LIBS ...] [LINK_LIBS ...])
#
# An nbc library. MLIR components go in MLIR_LIBS so that they resolve to
# libMLIR.so (one copy of MLIR per process); other nbc libraries in LINK_LIBS.
function(add_nbc_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;MLIR_LIBS;LINK_LIBS" ${ARGN})
  add_mlir_library(${name} ${ARG_SOURCES}
    DEPENDS ${ARG_DEPENDS}
    LINK_LIBS PUBLIC ${ARG_LINK_LIBS})
  mlir_target_link_libraries(${name} PUBLIC ${ARG_MLIR_LIBS})
endfunction()
