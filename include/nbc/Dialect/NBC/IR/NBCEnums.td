//===- NBCEnums.td - Enumerations of the nbc dialect -------*- tablegen -*-===//

#ifndef NBC_DIALECT_NBC_IR_NBCENUMS_TD
#define NBC_DIALECT_NBC_IR_NBCENUMS_TD

include "nbc/Dialect/NBC/IR/NBCDialect.td"
include "mlir/IR/EnumAttr.td"

/// Comparison predicates; the signedness and float ordering come from the
/// operand type (Python: comparisons with NaN are false except `!=`).
def NBC_CmpPredicate : I32EnumAttr<"CmpPredicate", "comparison predicate", [
    I32EnumAttrCase<"eq", 0>, I32EnumAttrCase<"ne", 1>,
    I32EnumAttrCase<"lt", 2>, I32EnumAttrCase<"le", 3>,
    I32EnumAttrCase<"gt", 4>, I32EnumAttrCase<"ge", 5>]> {
  let cppNamespace = "::mlir::nbc";
  let genSpecializedAttr = 0;
}
def NBC_CmpPredicateAttr : EnumAttr<NBC_Dialect, NBC_CmpPredicate, "cmp">;

/// How the private accumulators of a parallel range are combined.
/// `maximum`/`minimum` are NumPy's np.maximum/np.minimum of floats: a NaN
/// from any contribution propagates (`max`/`min` are Python's).
def NBC_ReductionKind : I32EnumAttr<"ReductionKind", "prange reduction kind", [
    I32EnumAttrCase<"add", 0>, I32EnumAttrCase<"mul", 1>,
    I32EnumAttrCase<"min", 2>, I32EnumAttrCase<"max", 3>,
    I32EnumAttrCase<"And", 4, "and">, I32EnumAttrCase<"Or", 5, "or">,
    I32EnumAttrCase<"Xor", 6, "xor">, I32EnumAttrCase<"maximum", 7>,
    I32EnumAttrCase<"minimum", 8>]> {
  let cppNamespace = "::mlir::nbc";
  let genSpecializedAttr = 0;
}
def NBC_ReductionKindAttr
    : EnumAttr<NBC_Dialect, NBC_ReductionKind, "reduction">;

/// Whole-array reductions, as NumPy's `np.sum`, `np.argmin`, ...
def NBC_ArrayReductionKind : I32EnumAttr<"ArrayReductionKind",
    "whole-array reduction kind", [
    I32EnumAttrCase<"sum", 0>, I32EnumAttrCase<"prod", 1>,
    I32EnumAttrCase<"min", 2>, I32EnumAttrCase<"max", 3>,
    I32EnumAttrCase<"argmin", 4>, I32EnumAttrCase<"argmax", 5>,
    I32EnumAttrCase<"any", 6>, I32EnumAttrCase<"all", 7>,
    I32EnumAttrCase<"mean", 8>,
    I32EnumAttrCase<"var", 9>, I32EnumAttrCase<"std", 10>,
    I32EnumAttrCase<"nansum", 11>, I32EnumAttrCase<"nanprod", 12>,
    I32EnumAttrCase<"nanmin", 13>, I32EnumAttrCase<"nanmax", 14>,
    I32EnumAttrCase<"nanmean", 15>, I32EnumAttrCase<"nanvar", 16>,
    I32EnumAttrCase<"nanstd", 17>]> {
  let cppNamespace = "::mlir::nbc";
  let genSpecializedAttr = 0;
}
def NBC_ArrayReductionKindAttr
    : EnumAttr<NBC_Dialect, NBC_ArrayReductionKind, "array_reduction">;

/// Running reductions along one axis (`np.cumsum`, `np.maximum.accumulate`).
def NBC_ArrayScanKind : I32EnumAttr<"ArrayScanKind", "array scan kind", [
    I32EnumAttrCase<"sum", 0>, I32EnumAttrCase<"prod", 1>,
    I32EnumAttrCase<"min", 2>, I32EnumAttrCase<"max", 3>]> {
  let cppNamespace = "::mlir::nbc";
  let genSpecializedAttr = 0;
}
def NBC_ArrayScanKindAttr
    : EnumAttr<NBC_Dialect, NBC_ArrayScanKind, "array_scan">;

/// Products of `nbc.matmul`: NumPy's function, which fixes the shapes
/// accepted and the message of a mismatched inner dimension.
def NBC_MatmulKind : I32EnumAttr<"MatmulKind", "array product kind", [
    I32EnumAttrCase<"matmul", 0>, I32EnumAttrCase<"dot", 1>,
    I32EnumAttrCase<"vdot", 2>, I32EnumAttrCase<"outer", 3>]> {
  let cppNamespace = "::mlir::nbc";
  let genSpecializedAttr = 0;
}
def NBC_MatmulKindAttr : EnumAttr<NBC_Dialect, NBC_MatmulKind, "matmul">;

/// Functions of `np.linalg` that `nbc.linalg` computes (through LAPACK).
def NBC_LinalgKind : I32EnumAttr<"LinalgKind", "np.linalg function", [
    I32EnumAttrCase<"solve", 0>, I32EnumAttrCase<"inv", 1>,
    I32EnumAttrCase<"det", 2>, I32EnumAttrCase<"cholesky", 3>]> {
  let cppNamespace = "::mlir::nbc";
  let genSpecializedAttr = 0;
}
def NBC_LinalgKindAttr : EnumAttr<NBC_Dialect, NBC_LinalgKind, "linalg">;

/// Factorizations of `np.linalg` that `nbc.linalg_factor` computes: the
/// variants of one NumPy function that return fewer results are kinds of
/// their own (`eigvalsh`, `svdvals` for compute_uv=False, `qr_r` for
/// mode='r').
def NBC_LinalgFactorKind : I32EnumAttr<"LinalgFactorKind",
    "np.linalg factorization", [
    I32EnumAttrCase<"eigh", 0>, I32EnumAttrCase<"eigvalsh", 1>,
    I32EnumAttrCase<"svd", 2>, I32EnumAttrCase<"svdvals", 3>,
    I32EnumAttrCase<"qr", 4>, I32EnumAttrCase<"qr_r", 5>,
    I32EnumAttrCase<"lstsq", 6>, I32EnumAttrCase<"eig", 7>,
    I32EnumAttrCase<"eigvals", 8>]> {
  let cppNamespace = "::mlir::nbc";
  let genSpecializedAttr = 0;
}
def NBC_LinalgFactorKindAttr
    : EnumAttr<NBC_Dialect, NBC_LinalgFactorKind, "linalg_factor">;

/// Unary floating-point functions of Python's `math` module / NumPy ufuncs.
def NBC_MathFn : I32EnumAttr<"MathFn", "unary math function", [
    I32EnumAttrCase<"sqrt", 0>, I32EnumAttrCase<"exp", 1>,
    I32EnumAttrCase<"log", 2>, I32EnumAttrCase<"sin", 3>,
    I32EnumAttrCase<"cos", 4>, I32EnumAttrCase<"tan", 5>,
    I32EnumAttrCase<"asin", 6>, I32EnumAttrCase<"acos", 7>,
    I32EnumAttrCase<"atan", 8>, I32EnumAttrCase<"sinh", 9>,
    I32EnumAttrCase<"cosh", 10>, I32EnumAttrCase<"tanh", 11>,
    I32EnumAttrCase<"exp2", 12>, I32EnumAttrCase<"log2", 13>,
    I32EnumAttrCase<"log10", 14>, I32EnumAttrCase<"log1p", 15>,
    I32EnumAttrCase<"expm1", 16>, I32EnumAttrCase<"erf", 17>,
    I32EnumAttrCase<"erfc", 18>, I32EnumAttrCase<"floor", 19>,
    I32EnumAttrCase<"ceil", 20>, I32EnumAttrCase<"trunc", 21>,
    I32EnumAttrCase<"asinh", 22>, I32EnumAttrCase<"acosh", 23>,
    I32EnumAttrCase<"atanh", 24>, I32EnumAttrCase<"cbrt", 25>,
    // C's tgamma, lgamma and logb (math.frexp's exponent), through libm.
    I32EnumAttrCase<"gamma", 26>, I32EnumAttrCase<"lgamma", 27>,
    I32EnumAttrCase<"logb", 28>]> {
  let cppNamespace = "::mlir::nbc";
  let genSpecializedAttr = 0;
}
def NBC_MathFnAttr : EnumAttr<NBC_Dialect, NBC_MathFn, "math">;

/// Binary floating-point functions; `round` is Python's round(x, ndigits)
/// of a float, its integral ndigits given as a float; `ldexp` likewise takes
/// its integral exponent as a float.
def NBC_MathFn2 : I32EnumAttr<"MathFn2", "binary math function", [
    I32EnumAttrCase<"atan2", 0>, I32EnumAttrCase<"hypot", 1>,
    I32EnumAttrCase<"copysign", 2>, I32EnumAttrCase<"fmod", 3>,
    I32EnumAttrCase<"round", 4>, I32EnumAttrCase<"ldexp", 5>,
    I32EnumAttrCase<"nextafter", 6>]> {
  let cppNamespace = "::mlir::nbc";
  let genSpecializedAttr = 0;
}
def NBC_MathFn2Attr : EnumAttr<NBC_Dialect, NBC_MathFn2, "math2">;

/// Floating-point classification: `math.isnan`, `math.isinf`, `math.isfinite`.
def NBC_FPClass : I32EnumAttr<"FPClass", "floating-point class", [
    I32EnumAttrCase<"nan", 0>, I32EnumAttrCase<"inf", 1>,
    I32EnumAttrCase<"finite", 2>]> {
  let cppNamespace = "::mlir::nbc";
  let genSpecializedAttr = 0;
}
def NBC_FPClassAttr : EnumAttr<NBC_Dialect, NBC_FPClass, "fpclass">;

/// Python exception kinds a kernel can raise. The numeric values are part of
/// the lowered calling convention (see docs/ErrorModel.md): keep them stable.
def NBC_ExceptionKind : I32EnumAttr<"ExceptionKind", "Python exception kind", [
    I32EnumAttrCase<"ZeroDivisionError", 1>, I32EnumAttrCase<"IndexError", 2>,
    I32EnumAttrCase<"ValueError", 3>, I32EnumAttrCase<"OverflowError", 4>,
    I32EnumAttrCase<"TypeError", 5>, I32EnumAttrCase<"AssertionError", 6>,
    I32EnumAttrCase<"RuntimeError", 7>, I32EnumAttrCase<"MemoryError", 8>,
    I32EnumAttrCase<"ArithmeticError", 9>, I32EnumAttrCase<"KeyError", 10>,
    I32EnumAttrCase<"NotImplementedError", 11>,
    // numpy.linalg.LinAlgError (a ValueError), for nbc.linalg.
    I32EnumAttrCase<"LinAlgError", 12>]> {
  let cppNamespace = "::mlir::nbc";
  let genSpecializedAttr = 0;
}
def NBC_ExceptionKindAttr
    : EnumAttr<NBC_Dialect, NBC_ExceptionKind, "exception">;

/// Numba's `error_model`: `python` raises, `numpy` returns inf/nan/0.
def NBC_ErrorModel : I32EnumAttr<"ErrorModel", "kernel error model", [
    I32EnumAttrCase<"python", 0>, I32EnumAttrCase<"numpy", 1>]> {
  let cppNamespace = "::mlir::nbc";
  let genSpecializedAttr = 0;
}
def NBC_ErrorModelAttr : EnumAttr<NBC_Dialect, NBC_ErrorModel, "error_model">;

/// Draws of `nbc.random` from np.random's legacy generator.
def NBC_RandomKind : I32EnumAttr<"RandomKind", "np.random draw", [
    I32EnumAttrCase<"uniform", 0>, I32EnumAttrCase<"normal", 1>,
    I32EnumAttrCase<"exponential", 2>, I32EnumAttrCase<"integer", 3>]> {
  let cppNamespace = "::mlir::nbc";
  let genSpecializedAttr = 0;
}
def NBC_RandomKindAttr : EnumAttr<NBC_Dialect, NBC_RandomKind, "random">;

/// What `nbc.generator` does with a np.random.Generator's PCG64 state.
def NBC_GeneratorKind : I32EnumAttr<"GeneratorKind", "Generator draw", [
    I32EnumAttrCase<"seed", 0>, I32EnumAttrCase<"random", 1>,
    I32EnumAttrCase<"normal", 2>, I32EnumAttrCase<"exponential", 3>,
    I32EnumAttrCase<"integers", 4>]> {
  let cppNamespace = "::mlir::nbc";
  let genSpecializedAttr = 0;
}
def NBC_GeneratorKindAttr
    : EnumAttr<NBC_Dialect, NBC_GeneratorKind, "generator">;

#endif // NBC_DIALECT_NBC_IR_NBCENUMS_TD
