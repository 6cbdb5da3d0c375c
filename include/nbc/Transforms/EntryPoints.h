//===- EntryPoints.h - Which functions nbc exports, and how -----*- C++ -*-===//
//
// Shared by nbc-mangle-symbols, nbc-add-entry-points and the
// ExecutionEngine, so that the functions the pipeline exports are exactly
// the kernels Program lists.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_DIALECT_NBC_TRANSFORMS_ENTRYPOINTS_H
#define NBC_DIALECT_NBC_TRANSFORMS_ENTRYPOINTS_H

#include "mlir/IR/BuiltinTypes.h"
#include "nbc-c/ABI.h"

namespace mlir::nbc {

/// Prefix of the internal symbol of every defined function (a `.` is in no
/// C identifier, so no libm, libc or runtime function is named like one).
inline constexpr llvm::StringLiteral kMangledPrefix = "nbc.fn.";
/// The attribute nbc-mangle-symbols puts on kernels:
/// `{name = "<name>", type = <signature before lowering>}`.
inline constexpr llvm::StringLiteral kExportAttrName = "nbc.export";
/// A function that returns a status first whether or not it raises, and
/// whose array results its caller owns: the ABI of a compiled callee that
/// another module calls. A public definition with it keeps its symbol and
/// external linkage (an AOT library's exported callee, `_nbc_callee_<k>`);
/// a declaration with it is such a callee seen from the calling module.
inline constexpr llvm::StringLiteral kStatusABIAttrName = "nbc.status_abi";
/// Prefix of the exported callee form of kernel `k` in AOT libraries.
inline constexpr llvm::StringLiteral kCalleePrefix = "_nbc_callee_";
/// Prefix of the MLIR C interface wrappers.
inline constexpr llvm::StringLiteral kCInterfacePrefix = "_mlir_ciface_";

/// The dtype of a scalar type (signed/unsigned/signless ints, f32, f64,
/// index, i1), NbcDTypeInvalid for anything else.
NbcDType getDType(Type type);

/// A hand-lowered function states its status as a leading !llvm.ptr result.
bool isStatusType(Type type);

/// Whether nbc can pass values of `type`: a scalar of an nbc dtype or a
/// memref of one with a strided layout.
bool isPassableType(Type type);

/// Whether a public function of this signature is a kernel: every argument
/// and result passable, after an optional leading status result.
bool isKernelSignature(FunctionType type);

} // namespace mlir::nbc

#endif // NBC_DIALECT_NBC_TRANSFORMS_ENTRYPOINTS_H
