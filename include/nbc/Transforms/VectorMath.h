//===- VectorMath.h - Vector math ops to a vector math library --*- C++ -*-===//
//
// The rewrites behind nbc-vector-math, for pipelines that combine them with
// their own patterns.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_DIALECT_NBC_TRANSFORMS_VECTORMATH_H
#define NBC_DIALECT_NBC_TRANSFORMS_VECTORMATH_H

#include "mlir/Support/LLVM.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace mlir {
class Operation;
class RewritePatternSet;
namespace nbc {

/// How vector loops compute math functions: nbc-vector-math's `library`,
/// the nbc-to-llvm pipeline's `vector-math` (values match the C API's
/// NbcVectorMath): glibc's libmvec, MLIR's polynomial approximations, or a
/// libm call for each lane.
enum class VectorMathLibrary { Libmvec = 0, Polynomial = 1, None = 2 };
constexpr unsigned kNumVectorMathLibraries = 3;

/// "libmvec", "polynomial" or "none": the one spelling of each.
StringRef getVectorMathLibraryName(VectorMathLibrary library);
/// The library named `name`, if any.
std::optional<VectorMathLibrary> parseVectorMathLibrary(StringRef name);
/// "libmvec, polynomial or none", for diagnostics.
std::string listVectorMathLibraries();

/// The x86-64 vector function ABI classes that glibc's libmvec implements,
/// by the letter in their mangled names (`_ZGVdN4v_sin`).
enum class VectorISA : char {
  sse = 'b',    // 128-bit xmm (SSE4 with an SSE2 fallback)
  avx = 'c',    // 256-bit ymm, AVX1
  avx2 = 'd',   // 256-bit ymm, AVX2 + FMA
  avx512 = 'e', // 512-bit zmm, AVX512F
};

/// Register width in bits of an ISA class.
unsigned getVectorISABits(VectorISA isa);

/// The classes the host CPU can run, widest first; empty when the host is
/// not x86-64 Linux (libmvec exists only there).
SmallVector<VectorISA> getHostVectorISAs();
/// The classes the CPU `cpu` ("host" or a CPU name of the host's
/// architecture, see HostTarget.h) can run, widest first.
SmallVector<VectorISA> getTargetVectorISAs(StringRef cpu);
/// The `isa` option value naming the widest of `isas` ("none" if empty).
StringRef getVectorISAsName(ArrayRef<VectorISA> isas);

/// Parses "host", "none", "sse4", "avx", "avx2" or "avx512" (each one
/// implies the narrower ones), for the pass's `isa` option.
FailureOr<SmallVector<VectorISA>> parseVectorISAs(StringRef name);

/// Rewrites math ops on 1-D vectors of f32/f64 into calls to libmvec's
/// variants (`func.call @_ZGVdN4v_sin`), using the widest class in `isas`
/// whose lane count divides the vector's length and splitting the vector
/// into such pieces. Ops libmvec lacks stay as they are.
void populateVectorMathToLibmvecPatterns(RewritePatternSet &patterns,
                                         ArrayRef<VectorISA> isas);

/// The libmvec base name of a math op ("sin", "pow"), or "" if libmvec has
/// no vector variant of it.
StringRef getLibmvecName(Operation *op);

} // namespace nbc
} // namespace mlir

#endif // NBC_DIALECT_NBC_TRANSFORMS_VECTORMATH_H
