# The upstream headers nearly every nbc source includes. A cold build spends
# most of its time parsing them (about 18 of a small pass's 25 s of CPU), so
# each library parses them once, as a precompiled header. Not with ccache
# (scripts/build.sh uses it when installed): it cannot cache a file compiled
# with one, and its hits are faster still.
if(CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
  set(NBC_PRECOMPILE_HEADERS_DEFAULT OFF)
else()
  set(NBC_PRECOMPILE_HEADERS_DEFAULT ON)
endif()
option(NBC_PRECOMPILE_HEADERS "Precompile the common MLIR headers per library"
       ${NBC_PRECOMPILE_HEADERS_DEFAULT})
set(NBC_COMMON_HEADERS
  <llvm/ADT/STLExtras.h> <llvm/ADT/SmallVector.h> <llvm/ADT/TypeSwitch.h>
  <mlir/Dialect/Affine/IR/AffineOps.h> <mlir/Dialect/Arith/IR/Arith.h>
  <mlir/Dialect/Func/IR/FuncOps.h> <mlir/Dialect/LLVMIR/LLVMDialect.h>
  <mlir/Dialect/Math/IR/Math.h> <mlir/Dialect/MemRef/IR/MemRef.h>
  <mlir/Dialect/SCF/IR/SCF.h> <mlir/Dialect/Vector/IR/VectorOps.h>
  <mlir/IR/Builders.h> <mlir/IR/BuiltinOps.h> <mlir/IR/IRMapping.h>
  <mlir/IR/Matchers.h> <mlir/IR/OpImplementation.h> <mlir/IR/PatternMatch.h>
  <mlir/Interfaces/SideEffectInterfaces.h> <mlir/Pass/Pass.h>
  <mlir/Transforms/DialectConversion.h>)

# nbc_precompile_headers(target): `target` compiles NBC_COMMON_HEADERS once.
function(nbc_precompile_headers target)
  if(NBC_PRECOMPILE_HEADERS)
    target_precompile_headers(${target} PRIVATE ${NBC_COMMON_HEADERS})
  endif()
endfunction()

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
  if(TARGET obj.${name})
    nbc_precompile_headers(obj.${name})
  else()
    nbc_precompile_headers(${name})
  endif()
endfunction()
