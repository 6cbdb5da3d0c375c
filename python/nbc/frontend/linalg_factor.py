"""np.linalg.eigh, eigvalsh (real or complex Hermitian), svd, qr, lstsq,
eig and eigvals (real or complex) as nbc.linalg_factor,
whose result types the dialect infers, and pinv / matrix_rank
(nbc.npimpl.linalg, compiled on top of svd). Called from
ArraysMixin.call_linalg with the compiler as `comp`; compile-time options
(UPLO, full_matrices, compute_uv, mode) must be constants, as Numba
requires."""

import ast

from .. import types as T
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .builder import TupleValue, Value
from ..npimpl import linalg as impls

# name -> its parameters and their defaults, as NumPy's signature.
FACTOR_SIGNATURES = {
    "eigh": (("a", None), ("UPLO", "L")),
    "eigvalsh": (("a", None), ("UPLO", "L")),
    "svd": (("a", None), ("full_matrices", True), ("compute_uv", True),
            ("hermitian", False)),
    "qr": (("a", None), ("mode", "reduced")),
    "lstsq": (("a", None), ("b", None), ("rcond", None)),
    # A real matrix's results are real, as Numba's (complex eigenvalues
    # raise); a complex matrix's complex.
    "eig": (("a", None),),
    "eigvals": (("a", None),),
}
# The factorizations of complex arrays too.
COMPLEX_FACTORS = ("eigh", "eigvalsh", "eig", "eigvals", "svd", "qr", "lstsq")
# The factorizations of stacks of matrices (..., M, N) too.
STACK_FACTORS = ("eigh", "eigvalsh", "svd", "qr", "eig", "eigvals")
# Composed in Python on top of svd (nbc.npimpl.linalg).
COMPOSED = ("pinv", "matrix_rank", "slogdet", "matrix_power", "cond")
REQUIRED = object()


def bind(comp, name, node):
    """{parameter: AST node or its default} of a call of np.linalg.`name`."""
    params = FACTOR_SIGNATURES[name]
    what = f"np.linalg.{name}()"
    if len(node.args) > len(params):
        raise comp.error(TypingError, f"{what} takes at most {len(params)} "
                         "arguments", node)
    bound = {p: (REQUIRED if p in ("a", "b") else d) for p, d in params}
    for (p, _), arg in zip(params, node.args):
        bound[p] = arg
    names = [p for p, _ in params]
    for kw in node.keywords:
        if kw.arg not in names:
            raise comp.error(TypingError, f"{what} got an unexpected keyword "
                             f"argument '{kw.arg}'", node)
        bound[kw.arg] = kw.value
    for p in ("a", "b"):
        if bound.get(p) is REQUIRED:
            raise comp.error(TypingError, f"{what} missing argument '{p}'", node)
    return bound


def constant(comp, name, key, value, choices, node):
    """The compile-time value of option `key`: one of `choices`."""
    if isinstance(value, ast.AST):
        if not isinstance(value, ast.Constant):
            raise comp.error(TypingError, f"np.linalg.{name}(): {key}= must be a "
                             "constant", node)
        value = value.value
    if value not in choices:
        raise comp.error(TypingError if isinstance(value, (str, bool)) else
                         UnsupportedError, f"np.linalg.{name}(): {key}= must be "
                         f"one of {', '.join(map(repr, choices))}, got {value!r}",
                         node)
    return value


def float_array(comp, name, v, node, ranks=(2,)):
    """`v` as a float32/float64 array (complex64/complex128 kept for
    COMPLEX_FACTORS): ints and bools become float64, as NumPy computes them."""
    what = f"np.linalg.{name}()"
    if not (isinstance(v, Value) and isinstance(v.type, T.Array)):
        raise comp.error(TypingError, f"{what} takes arrays, got "
                         f"{getattr(v, 'type', v)}", node)
    if ranks == (2,) and name in STACK_FACTORS and v.type.ndim > 2:
        ranks = (v.type.ndim,)
    if v.type.dtype.is_complex and name in COMPLEX_FACTORS and \
            v.type.ndim in ranks:
        return v
    if v.type.dtype.is_complex:
        raise comp.error(UnsupportedError, f"{what} of complex arrays is not "
                         "supported", node)
    if v.type.ndim not in ranks:
        raise comp.error(UnsupportedError if v.type.ndim > max(ranks) else
                         TypingError, f"{what}: {v.type.ndim}-dimensional array "
                         "given. Array must be "
                         f"{' or '.join(f'{r}-d' for r in ranks)}", node)
    if v.type.dtype not in (T.float32, T.float64):
        v = comp.astype(v, T.float64, node)
    return v


def lapack_dtype(dtypes):
    """NumPy's common type of np.linalg's operands (linalg._commonType):
    complex if any is, single precision only if all are float32/complex64
    (ints and bools compute in double)."""
    single = all(d in (T.float32, T.complex64) for d in dtypes)
    if any(d.is_complex for d in dtypes):
        return T.complex64 if single else T.complex128
    return T.float32 if single else T.float64


def as_lapack_dtype(comp, vals, node):
    """`vals` (arrays) converted to their lapack_dtype by a dialect cast
    (nbc.ufunc); arrays of that dtype already are passed as they are."""
    common = lapack_dtype([v.type.dtype for v in vals])
    return [comp.astype(v, common, node) for v in vals]


def call_linalg_factor(comp, name, node):
    """np.linalg.eigh/eigvalsh/svd/qr/lstsq: one nbc.linalg_factor."""
    bound = bind(comp, name, node)
    a = float_array(comp, name, comp.materialize(comp.expr(bound["a"]), node),
                    node)
    kind, upper, full, b, rcond = name, False, False, None, None
    if name in ("eigh", "eigvalsh"):
        upper = constant(comp, name, "UPLO", bound["UPLO"], ("L", "U"), node) == "U"
    elif name == "svd":
        full = constant(comp, name, "full_matrices", bound["full_matrices"],
                        (True, False), node)
        if not constant(comp, name, "compute_uv", bound["compute_uv"],
                        (True, False), node):
            kind, full = "svdvals", False  # s alone does not depend on it
        if constant(comp, name, "hermitian", bound["hermitian"], (True, False),
                    node):
            raise comp.error(UnsupportedError, "np.linalg.svd(): hermitian=True "
                             "is not supported", node)
    elif name == "qr":
        mode = constant(comp, name, "mode", bound["mode"],
                        ("reduced", "complete", "r"), node)
        full = mode == "complete"
        if mode == "r":
            kind = "qr_r"
    elif name == "lstsq":
        b = float_array(comp, name, comp.materialize(comp.expr(bound["b"]), node),
                        node, ranks=(1, 2))
        a, b = as_lapack_dtype(comp, [a, b], node)  # one element type
        given = bound["rcond"]
        if isinstance(given, ast.AST) and not (
                isinstance(given, ast.Constant) and given.value is None):
            value = comp.materialize(comp.expr(given), node)
            if not (isinstance(value, Value) and isinstance(value.type, T.Scalar)
                    and not value.type.is_complex):
                raise comp.error(TypingError, "np.linalg.lstsq(): rcond= must "
                                 "be a real number or None", node)
            rcond = S.cast(comp.b, value, T.float64, comp.pos(node))
    results = comp.b.linalg_factor(kind, a, b, rcond, upper, full, comp.pos(node))
    return results[0] if len(results) == 1 else TupleValue(results)


def call_linalg_composed(comp, name, node):
    """np.linalg.pinv / matrix_rank: nbc.npimpl.linalg compiled like a user's
    helper, the variant picked by the argument's rank and dtype."""
    what = f"np.linalg.{name}()"
    impl = getattr(impls, name)
    call = comp.supported_library_arguments(f"linalg.{name}", impl, node)
    vals, types = comp.call_arguments(impl, call)
    a = types[0]
    if not isinstance(a, T.Array):
        raise comp.error(TypingError, f"{what} takes an array, got {a}", node)
    if name == "matrix_rank" and a.ndim < 2:
        impl = impls.matrix_rank_vector
    elif name == "slogdet" and a.ndim > 2:
        impl = impls.slogdet_stack_complex if a.dtype.is_complex else \
            impls.slogdet_stack
    elif a.ndim != 2:
        raise comp.error(UnsupportedError if a.ndim > 2 else TypingError,
                         f"{what}: {a.ndim}-dimensional array given. Array must "
                         "be 2-d", node)
    elif name == "matrix_rank" and a.dtype in (T.float32, T.complex64):
        impl = impls.matrix_rank_float32  # eps of s's dtype
    elif name in ("pinv", "slogdet") and a.dtype.is_complex:
        impl = getattr(impls, f"{name}_complex")
    elif name == "matrix_power" and not (a.dtype.is_float or a.dtype.is_complex):
        # NumPy's result is float64 (the inverse's) for n < 0 only: known
        # when n is a constant.
        power = comp.const_int(matrix_power_exponent(call))
        impl = impls.matrix_power_integer if power is None or power >= 0 else \
            impls.matrix_power_inverse
    if name == "matrix_power" and not (isinstance(types[1], T.Scalar) and
                                       types[1].is_int):
        raise comp.error(TypingError, "np.linalg.matrix_power(): exponent must "
                         "be an integer", node)
    if name == "matrix_power":
        return matrix_power_aliasing(comp, impl, impls, vals, types, call)
    result = comp.call_compiled(impl, vals, types, comp.options, call)
    if name == "slogdet" and a.dtype in (T.float32, T.complex64):
        # NumPy's single-precision results.
        sign, logdet = result.items
        if a.dtype == T.float32:
            sign = comp.as_float32(sign, node)
        elif isinstance(sign.type, T.Array):
            sign = comp.astype(sign, T.complex64, node)
        else:
            sign = S.cast(comp.b, sign, T.complex64, comp.pos(node))
        return TupleValue([sign, comp.as_float32(logdet, node)])
    return result


def matrix_power_exponent(call):
    """The AST node of matrix_power's n (None when missing)."""
    return call.args[1] if len(call.args) > 1 else next(
        (k.value for k in call.keywords if k.arg == "n"), None)


def matrix_power_aliasing(comp, impl, impls, vals, types, call):
    """NumPy's matrix_power(a, 1) is `a` itself (Numba's is a copy): with
    the constant 1 it is `a` here too; with an exponent known only at run
    time the result (a new array) is typed read-only, so a write through it,
    which would reach `a` in NumPy when the exponent is 1, is refused."""
    power = comp.const_int(matrix_power_exponent(call))
    if power == 1:
        comp.call_compiled(impls._square, vals[:1], types[:1], comp.options, call)
        return vals[0]
    result = comp.call_compiled(impl, vals, types, comp.options, call)
    if power is None:
        return Value(result.h, result.type.copy(readonly=True))
    return result
