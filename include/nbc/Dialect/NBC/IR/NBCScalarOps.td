//===- NBCScalarOps.td - Python scalar semantics -----------*- tablegen -*-===//
//
// Scalar ops with Python's semantics. Binary ops take operands of one type
// (frontends unify types first with the promotion rules of NBCTypeRules.h)
// and keep that type, except where the summary says otherwise.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_DIALECT_NBC_IR_NBCSCALAROPS_TD
#define NBC_DIALECT_NBC_IR_NBCSCALAROPS_TD

include "nbc/Dialect/NBC/IR/NBCAttrs.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/IR/BuiltinAttributeInterfaces.td"

def NBC_ConstantOp : NBC_Op<"constant", [ConstantLike, Pure,
    AllTypesMatch<["value", "result"]>]> {
  let summary = "a scalar constant of an nbc type";
  let description = [{
    `arith.constant` only takes signless integers; nbc values carry their
    signedness, so constants have an op of their own.

    ```mlir
    %0 = nbc.constant 42 : si64
    %1 = nbc.constant 255 : ui8
    %2 = nbc.constant 1.5 : f64
    %3 = nbc.constant true
    ```
  }];
  let arguments = (ins TypedAttrInterface:$value);
  let results = (outs NBC_Scalar:$result);
  let assemblyFormat = "attr-dict $value";
  let hasFolder = 1;
  let hasVerifier = 1;
}

class NBC_BinaryOp<string mnemonic, Type operandType, list<Trait> traits = []>
    : NBC_Op<mnemonic, traits # [SameOperandsAndResultType]> {
  let arguments = (ins operandType:$lhs, operandType:$rhs);
  let results = (outs operandType:$result);
  let assemblyFormat = "$lhs `,` $rhs attr-dict `:` type($result)";
}

class NBC_PureBinaryOp<string mnemonic, Type operandType, list<Trait> traits = []>
    : NBC_BinaryOp<mnemonic, operandType, traits # [Pure]>;

/// Ops that raise under `error_model = python` declare an effect on the
/// error state, so they are neither erased nor hoisted while they can raise.
class NBC_CheckedBinaryOp<string mnemonic, Type operandType,
                          list<Trait> traits = []>
    : NBC_BinaryOp<mnemonic, operandType, traits #
          [DeclareOpInterfaceMethods<MemoryEffectsOpInterface>,
           DeclareOpInterfaceMethods<ConditionallySpeculatable>]>;

def NBC_AddOp : NBC_PureBinaryOp<"add", NBC_Arith, [Commutative]> {
  let summary = "addition (fixed-width integers wrap, as in NumPy)";
  let description = [{
    `add`, `sub`, `mul`, `neg`, `truediv` and `pow` also take complex
    operands (`complex.add`, ... once lowered).

    ```mlir
    %r = nbc.add %a, %b : si64
    %z = nbc.add %u, %v : complex<f64>
    ```
  }];
  let hasFolder = 1;
}
def NBC_SubOp : NBC_PureBinaryOp<"sub", NBC_Arith> {
  let summary = "subtraction (fixed-width integers wrap)";
  let description = [{
    ```mlir
    %r = nbc.sub %a, %b : f64
    ```
  }];
  let hasFolder = 1;
}
def NBC_MulOp : NBC_PureBinaryOp<"mul", NBC_Arith, [Commutative]> {
  let summary = "multiplication (fixed-width integers wrap)";
  let description = [{
    ```mlir
    %r = nbc.mul %a, %b : ui32
    ```
  }];
  let hasFolder = 1;
}

def NBC_FloorDivOp : NBC_CheckedBinaryOp<"floordiv", NBC_Number> {
  let summary = "Python floor division `a // b`";
  let description = [{
    Rounds toward negative infinity for signed integers and floats
    (`-7 // 2 == -4`, `7.0 // -2.0 == -4.0`). Division by zero raises
    `ZeroDivisionError` under `error_model = python`; under `numpy` it gives
    `0` for integers and `a / 0.0` floored for floats. `INT_MIN // -1` is 0, as in Numba.

    ```mlir
    %q = nbc.floordiv %a, %b : si32
    ```
  }];
  let hasFolder = 1;
}
def NBC_ModOp : NBC_CheckedBinaryOp<"mod", NBC_Number> {
  let summary = "Python modulo `a % b` (result has the sign of `b`)";
  let description = [{
    `-7 % 3 == 2`, `7 % -3 == -2`, `-7.5 % 2.0 == 0.5`. For floats a zero
    result takes the sign of `b`. Division by zero raises
    `ZeroDivisionError` under `error_model = python`.

    ```mlir
    %m = nbc.mod %a, %b : si64
    ```
  }];
  let hasFolder = 1;
}
def NBC_TrueDivOp : NBC_Op<"truediv", [
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>,
    DeclareOpInterfaceMethods<ConditionallySpeculatable>,
    AllTypesMatch<["lhs", "rhs"]>]> {
  let summary = "Python true division `a / b` (integers give a float)";
  let description = [{
    Integer operands are converted to the result float type first, as
    Python and NumPy do (`int64 / int64 -> float64`). Division by zero
    raises `ZeroDivisionError` under `error_model = python` and gives
    `inf`/`nan` under `numpy`. Complex operands give their own type
    (`complex.div`); a zero divisor (`0j`, either sign of zero) raises
    `ZeroDivisionError("complex division by zero")` under `python`, as
    Numba does, and gives `complex.div`'s `inf`/`nan` parts under `numpy`.

    ```mlir
    %r = nbc.truediv %a, %b : si64 -> f64
    %s = nbc.truediv %x, %y : f32 -> f32
    %z = nbc.truediv %u, %v : complex<f32> -> complex<f32>
    ```
  }];
  let arguments = (ins NBC_Arith:$lhs, NBC_Arith:$rhs);
  let results = (outs NBC_Inexact:$result);
  let assemblyFormat =
      "$lhs `,` $rhs attr-dict `:` type($lhs) `->` type($result)";
  let hasVerifier = 1;
  let hasFolder = 1;
}
def NBC_DivModOp : NBC_Op<"divmod", [
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>,
    DeclareOpInterfaceMethods<ConditionallySpeculatable>,
    AllTypesMatch<["lhs", "rhs", "quotient", "remainder"]>]> {
  let summary = "Python `divmod(a, b)`: floor quotient and modulo";
  let description = [{
    ```mlir
    %q, %r = nbc.divmod %a, %b : si64
    ```
  }];
  let arguments = (ins NBC_Number:$lhs, NBC_Number:$rhs);
  let results = (outs NBC_Number:$quotient, NBC_Number:$remainder);
  let assemblyFormat = "$lhs `,` $rhs attr-dict `:` type($lhs)";
}
def NBC_PowOp : NBC_Op<"pow", [
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>,
    DeclareOpInterfaceMethods<ConditionallySpeculatable>]> {
  let summary = "Python power `a ** b`";
  let description = [{
    With integer operands the result is exact (repeated squaring, wrapping
    at the type's width); a negative integer exponent raises `ValueError`
    under both error models, as NumPy's integer loops do (Numba returns
    `0`, `1` or `-1` for arrays). With a
    float base and an integer exponent, the exponent is applied by
    repeated multiplication (like `powi`). Float `**` follows CPython:
    `0.0 ** -1.0` raises `ZeroDivisionError`, a negative base with a
    non-integral exponent gives `nan` (CPython returns a complex; NumPy
    returns `nan`). Complex operands (both of one complex type) lower to
    `complex.pow` and never raise: `0j ** -1` is `nan+nanj`, as in Numba
    (CPython raises `ZeroDivisionError`).

    ```mlir
    %r = nbc.pow %a, %b : si64, si64 -> si64
    %s = nbc.pow %x, %n : f64, si64 -> f64
    %t = nbc.pow %x, %y : f64, f64 -> f64
    %z = nbc.pow %u, %v : complex<f64>, complex<f64> -> complex<f64>
    ```
  }];
  let arguments = (ins NBC_Arith:$lhs, NBC_Arith:$rhs);
  let results = (outs NBC_Arith:$result);
  let assemblyFormat = "$lhs `,` $rhs attr-dict `:` type($lhs) `,` type($rhs) "
                       "`->` type($result)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

def NBC_NegOp : NBC_Op<"neg", [Pure, SameOperandsAndResultType]> {
  let summary = "negation `-a` (integers wrap)";
  let description = [{
    ```mlir
    %r = nbc.neg %a : si64
    %z = nbc.neg %u : complex<f32>
    ```
  }];
  let arguments = (ins NBC_Arith:$operand);
  let results = (outs NBC_Arith:$result);
  let assemblyFormat = "$operand attr-dict `:` type($result)";
  let hasFolder = 1;
}
def NBC_AbsOp : NBC_Op<"abs", [Pure]> {
  let summary = "`abs(a)` (`abs(INT_MIN)` wraps, as in NumPy)";
  let description = [{
    The result has the operand's type, except for a complex operand whose
    magnitude is a float of its part type (`complex.abs`, `hypot`
    without overflow: `abs(complex64) -> float32`).

    ```mlir
    %r = nbc.abs %a : f64
    %m = nbc.abs %z : complex<f64>
    ```
  }];
  let arguments = (ins NBC_Arith:$operand);
  let results = (outs NBC_Number:$result);
  // `: T` names the operand type; the result type follows from it.
  let assemblyFormat =
      "$operand attr-dict `:` custom<AbsType>(type($operand), type($result))";
  let hasVerifier = 1;
  let builders = [
    OpBuilder<(ins "::mlir::Value":$operand), [{
      build($_builder, $_state, ::mlir::nbc::getAbsResultType(operand.getType()),
            operand);
    }]>
  ];
  let hasFolder = 1;
}
/// min/max record whether they were built for NumPy's np.minimum/maximum
/// (`numpy`): the same values on integers, but a retyping to floats
/// (LoopTyping.cpp) must build NumPy's NaN-propagating form for them.
class NBC_MinMaxOp<string mnemonic> : NBC_PureBinaryOp<mnemonic, NBC_Number> {
  let arguments = (ins NBC_Number:$lhs, NBC_Number:$rhs, UnitAttr:$numpy);
  let assemblyFormat = "$lhs `,` $rhs (`numpy` $numpy^)? attr-dict `:` type($result)";
  let hasFolder = 1;
}
def NBC_MinOp : NBC_MinMaxOp<"min"> {
  let summary = "Python `min(a, b)`: `b` if `b < a` else `a`";
  let description = [{
    Python's comparison order is kept for NaN: `min(nan, 1.0)` is `nan`,
    `min(1.0, nan)` is `1.0`; on ties the first operand wins (`min(0.0, -0.0)`
    is `0.0`). `numpy` marks an integer min built for `np.minimum(b, a)`
    (NumPy's loops keep the second operand on ties): the same value, but
    when its operands are retyped to floats it becomes NumPy's form, where a
    NaN in either operand propagates (`buildNumpyMinMax`).

    ```mlir
    %r = nbc.min %a, %b : f64
    %s = nbc.min %i, %j numpy : si64
    ```
  }];
}
def NBC_MaxOp : NBC_MinMaxOp<"max"> {
  let summary = "Python `max(a, b)`: `b` if `b > a` else `a`";
  let description = [{
    As `nbc.min`; `numpy` marks an integer max built for `np.maximum(b, a)`.

    ```mlir
    %r = nbc.max %a, %b : si8
    ```
  }];
}
def NBC_RoundOp : NBC_Op<"round", [Pure, SameOperandsAndResultType]> {
  let summary = "Python `round(x)`: to nearest, ties to even";
  let description = [{
    Rounds a float to the nearest integral value, halfway cases to even
    (`round(2.5) == 2.0`, `round(-0.5) == -0.0`). Python's `round(x)`
    returning `int` is this op followed by `nbc.cast`.

    ```mlir
    %r = nbc.round %x : f64
    ```
  }];
  let arguments = (ins NBC_Float:$operand);
  let results = (outs NBC_Float:$result);
  let assemblyFormat = "$operand attr-dict `:` type($result)";
  let hasFolder = 1;
}

def NBC_CastOp : NBC_Op<"cast", [
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>,
    DeclareOpInterfaceMethods<ConditionallySpeculatable>]> {
  let summary = "conversion between nbc scalar types";
  let description = [{
    - int to int: truncates or extends by the source's signedness (NumPy's
      `astype`);
    - int to float: rounds to nearest;
    - float to int: truncates toward zero (Python's `int(x)`); `nan` raises
      `ValueError` and `inf` raises `OverflowError` under
      `error_model = python`; finite values out of range saturate. Under
      `error_model = numpy` (array code) it gives NumPy's `astype` values,
      C's cast as x86-64 computes it on every target: int64/int32 get
      INT_MIN for NaN, inf and values out of range; int8/int16/uint8/uint16
      keep the low bits of the int32 conversion, uint32 those of the int64
      one; uint64 converts `x - 2^63` when `x >= 2^63`;
    - anything to `bool` (`i1`): `x != 0`; `bool` to a number: `0` or `1`;
    - a real number to complex: the real part, converted as to the part
      type, with a zero imaginary part; complex to complex converts both
      parts. Complex to a real type is rejected (Python's `float(z)` is a
      `TypeError`; NumPy would drop the imaginary part with a warning).

    `promotion` marks a cast a typed builder inserted to bring an operand to
    the type NumPy's or Numba's promotion rules give an operator (`i + x`
    with `i : si64`, `x : f64`). It converts the same; a typing pass that
    widens the operand (nbcWidenValues, nbcWidenLoopCarried) looks through
    it and builds the operator again from the operand's new type. An
    unmarked cast is a conversion the program asked for (`float(i)`, an
    assignment to a variable of another type) and keeps its result type.

    ```mlir
    %p = nbc.cast %i promotion : si64 to f64
    %f = nbc.cast %i : si64 to f64
    %z = nbc.cast %i : si64 to complex<f64>
    %j = nbc.cast %f : f64 to si32
    %b = nbc.cast %x : ui8 to i1
    ```
  }];
  let arguments = (ins NBC_Scalar:$input, UnitAttr:$promotion);
  let results = (outs NBC_Scalar:$result);
  let assemblyFormat =
      "$input (`promotion` $promotion^)? attr-dict `:` type($input) `to` type($result)";
  let hasFolder = 1;
  let hasVerifier = 1;
}

def NBC_CmpOp : NBC_Op<"cmp", [Pure, SameTypeOperands]> {
  let summary = "comparison with Python semantics";
  let description = [{
    Signedness comes from the operand type; float comparisons are ordered
    except `ne` (any comparison with NaN is false, `nan != x` is true).
    Complex numbers compare `eq`/`ne` by both parts; the ordering
    predicates order them as NumPy does (its `CLT`/`CLE`/`CGT`/`CGE`):
    by the real parts, then the imaginary parts when the real parts are
    equal, and a decision by the real parts needs both imaginary parts to
    be numbers, so a NaN anywhere makes the comparison false. Python has
    no such order (`z < w` is a `TypeError`): the typed builders refuse
    it for scalars and take it for array elements.

    ```mlir
    %c = nbc.cmp lt, %a, %b : si64
    %e = nbc.cmp eq, %u, %v : complex<f64>
    %o = nbc.cmp lt, %u, %v : complex<f64>
    ```
  }];
  let arguments = (ins NBC_CmpPredicateAttr:$predicate, NBC_Scalar:$lhs,
                       NBC_Scalar:$rhs);
  let results = (outs I1:$result);
  let assemblyFormat = "custom<EnumKeyword>($predicate) `,` $lhs `,` $rhs attr-dict `:` type($lhs)";
  let hasFolder = 1;
}

def NBC_AndOp : NBC_PureBinaryOp<"and", NBC_IntOrBool, [Commutative]> {
  let summary = "bitwise and `a & b`";
  let description = [{
    ```mlir
    %r = nbc.and %a, %b : ui32
    ```
  }];
  let hasFolder = 1;
}
def NBC_OrOp : NBC_PureBinaryOp<"or", NBC_IntOrBool, [Commutative]> {
  let summary = "bitwise or `a | b`";
  let description = [{
    ```mlir
    %r = nbc.or %a, %b : i1
    ```
  }];
  let hasFolder = 1;
}
def NBC_XorOp : NBC_PureBinaryOp<"xor", NBC_IntOrBool, [Commutative]> {
  let summary = "bitwise exclusive or `a ^ b`";
  let description = [{
    ```mlir
    %r = nbc.xor %a, %b : si16
    ```
  }];
  let hasFolder = 1;
}
def NBC_InvertOp : NBC_Op<"invert", [Pure, SameOperandsAndResultType]> {
  let summary = "bitwise inversion `~a` (for `bool`, logical `not`)";
  let description = [{
    ```mlir
    %r = nbc.invert %a : si64
    ```
  }];
  let arguments = (ins NBC_IntOrBool:$operand);
  let results = (outs NBC_IntOrBool:$result);
  let assemblyFormat = "$operand attr-dict `:` type($result)";
  let hasFolder = 1;
}
def NBC_ShlOp : NBC_CheckedBinaryOp<"shl", NBC_Int> {
  let summary = "left shift `a << b`";
  let description = [{
    A negative count raises `ValueError("negative shift count")` under
    `error_model = python`; a count at least the bit width gives `0`.

    ```mlir
    %r = nbc.shl %a, %b : si64
    ```
  }];
  let hasFolder = 1;
}
def NBC_ShrOp : NBC_CheckedBinaryOp<"shr", NBC_Int> {
  let summary = "right shift `a >> b` (arithmetic for signed types)";
  let description = [{
    A negative count raises `ValueError` under `error_model = python`; a
    count at least the bit width gives `0` or `-1` (sign fill).

    ```mlir
    %r = nbc.shr %a, %b : ui8
    ```
  }];
  let hasFolder = 1;
}

def NBC_SelectOp : NBC_Op<"select", [Pure,
    AllTypesMatch<["true_value", "false_value", "result"]>]> {
  let summary = "`a if cond else b` on scalars";
  let description = [{
    ```mlir
    %r = nbc.select %c, %a, %b : si64
    ```
  }];
  let arguments = (ins I1:$condition, NBC_Scalar:$true_value,
                       NBC_Scalar:$false_value);
  let results = (outs NBC_Scalar:$result);
  let assemblyFormat =
      "$condition `,` $true_value `,` $false_value attr-dict `:` type($result)";
  let hasFolder = 1;
}

def NBC_MathOp : NBC_Op<"math", [
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>,
    SameOperandsAndResultType]> {
  let summary = "unary function of Python's `math` module";
  let description = [{
    Under `error_model = python` a domain error raises
    `ValueError("math domain error")` as CPython does (`sqrt(-1.0)`,
    `log(0.0)`, `sin(inf)`) and a finite argument whose `exp`, `exp2`,
    `expm1`, `sinh` or `cosh` overflows raises
    `OverflowError("math range error")`; under `numpy` they return
    `nan`/`-inf`/`inf`. `gamma` (C's `tgamma`) and `lgamma` raise
    `ValueError("math domain error")` at 0 and the negative integers (and
    `gamma` at `-inf`) and `OverflowError("math range error")` when a finite
    argument overflows, as CPython's. `gamma`, `lgamma` and `logb` (C's,
    the exponent `math.frexp` builds on) are libm calls. `floor`, `ceil` and
    `trunc` return floats here; Python's int result is an `nbc.cast`.

    On a complex operand this is `cmath`'s function (`sqrt`, `exp`, `log`,
    `log10`, the trigonometric and hyperbolic functions and their inverses)
    or NumPy's complex `exp2`, `log2`, `log1p`, `expm1`: C99's values
    (NumPy's), and under `error_model = python` CPython's special values
    and exceptions (`cmath.log(0j)` raises `ValueError("math domain
    error")`, `cmath.exp(1000+0j)` raises `OverflowError("math range
    error")`; a NaN part never raises). Lowered to a call of the runtime's
    `nbc_rt_cmath`.

    ```mlir
    %r = nbc.math sqrt %x : f64
    %z = nbc.math exp %u : complex<f64>
    ```
  }];
  let arguments = (ins NBC_MathFnAttr:$fn, NBC_Inexact:$operand);
  let results = (outs NBC_Inexact:$result);
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// Whether `fn` takes complex operands (the upstream complex dialect
    /// has it).
    static bool hasComplexForm(::mlir::nbc::MathFn fn);
  }];
  let assemblyFormat = "custom<EnumKeyword>($fn) $operand attr-dict `:` type($result)";
}
def NBC_Math2Op : NBC_Op<"math2", [SameOperandsAndResultType,
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>,
    DeclareOpInterfaceMethods<ConditionallySpeculatable>]> {
  let summary = "binary function of Python's `math` module";
  let description = [{
    `fmod` is C's remainder (the dividend's sign). Under `error_model =
    python` a float `fmod` raises `ValueError("math domain error")` as
    CPython's `math.fmod` does, for a zero divisor or an infinite dividend
    (no NaN operand); under `numpy` it returns `nan`.

    `fmod` also takes integers: NumPy's integer `np.fmod` loop, in the
    operands' type. A zero divisor gives 0 under `numpy` (NumPy's value) and
    raises `ValueError("math domain error")` under `python` (CPython's
    `math.fmod(7, 0)`); `INT_MIN fmod -1` is 0. The other functions take
    floats only.

    `round` is Python's `round(x, ndigits)` of a float (`ndigits`, an
    integral value, as a float): x's exact value rounded to `ndigits`
    decimal places, half to even, as the nearest float (`round(2.675, 2)`
    is 2.67), through the runtime's `nbc_rt_round`. Under `error_model =
    python` a finite x whose rounded value overflows raises
    `OverflowError("rounded value too large to represent")`.

    `ldexp` is C's `ldexp(x, i)`, the integral `i` given as a float of x's
    type; under `error_model = python` a finite x whose result overflows
    raises `OverflowError("math range error")` (CPython's `math.ldexp`),
    under `numpy` it is +-inf. `nextafter` is C's (libm's).

    ```mlir
    %r = nbc.math2 atan2 %y, %x : f64
    %m = nbc.math2 fmod %a, %b : si32
    %s = nbc.math2 round %x, %ndigits : f64
    ```
  }];
  let arguments = (ins NBC_MathFn2Attr:$fn, NBC_Number:$lhs, NBC_Number:$rhs);
  let results = (outs NBC_Number:$result);
  let hasVerifier = 1;
  let assemblyFormat = "custom<EnumKeyword>($fn) $lhs `,` $rhs attr-dict `:` type($result)";
}
def NBC_FPClassOp : NBC_Op<"fpclass", [Pure]> {
  let summary = "`math.isnan`, `math.isinf`, `math.isfinite`";
  let description = [{
    On a complex operand (`cmath.isnan`, ...): `nan` and `inf` hold when
    they hold for either part, `finite` when it holds for both.

    ```mlir
    %c = nbc.fpclass nan %x : f64
    %d = nbc.fpclass inf %z : complex<f32>
    ```
  }];
  let arguments = (ins NBC_FPClassAttr:$kind, NBC_Inexact:$operand);
  let results = (outs I1:$result);
  let assemblyFormat = "custom<EnumKeyword>($kind) $operand attr-dict `:` type($operand)";
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Complex numbers
//===----------------------------------------------------------------------===//

class NBC_ComplexPartOp<string mnemonic> : NBC_Op<mnemonic, [Pure,
    DeclareOpInterfaceMethods<InferTypeOpInterface>]> {
  let arguments = (ins NBC_Complex:$operand);
  let results = (outs NBC_Float:$result);
  let assemblyFormat = "$operand attr-dict `:` type($operand)";
}

def NBC_ComplexOp : NBC_Op<"complex", [Pure,
    AllTypesMatch<["real", "imag"]>,
    DeclareOpInterfaceMethods<InferTypeOpInterface>]> {
  let summary = "Python's `complex(real, imag)` from two floats";
  let description = [{
    The result is the complex type whose parts have the operands' type
    (`complex.create`). Frontends convert the parts first: `complex(1, 2)`
    is `complex128`, `complex(float32, float32)` is `complex64`, as in
    Numba.

    ```mlir
    %z = nbc.complex %re, %im : f64
    ```
  }];
  let arguments = (ins NBC_Float:$real, NBC_Float:$imag);
  let results = (outs NBC_Complex:$result);
  let assemblyFormat = "$real `,` $imag attr-dict `:` type($real)";
}
def NBC_RealOp : NBC_ComplexPartOp<"real"> {
  let summary = "`z.real`: the real part of a complex number";
  let description = [{
    ```mlir
    %x = nbc.real %z : complex<f64>
    ```
  }];
}
def NBC_ImagOp : NBC_ComplexPartOp<"imag"> {
  let summary = "`z.imag`: the imaginary part of a complex number";
  let description = [{
    ```mlir
    %y = nbc.imag %z : complex<f32>
    ```
  }];
}
def NBC_AngleOp : NBC_ComplexPartOp<"angle"> {
  let summary = "`cmath.phase(z)`, `np.angle(z)`: `atan2(z.imag, z.real)`";
  let description = [{
    ```mlir
    %p = nbc.angle %z : complex<f64>
    ```
  }];
}
def NBC_ConjOp : NBC_Op<"conj", [Pure, SameOperandsAndResultType]> {
  let summary = "`z.conjugate()`, `np.conj(z)`: the complex conjugate";
  let description = [{
    ```mlir
    %c = nbc.conj %z : complex<f64>
    ```
  }];
  let arguments = (ins NBC_Complex:$operand);
  let results = (outs NBC_Complex:$result);
  let assemblyFormat = "$operand attr-dict `:` type($result)";
}

#endif // NBC_DIALECT_NBC_IR_NBCSCALAROPS_TD
