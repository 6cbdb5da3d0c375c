"""NumPy ufuncs composed from the dialect's scalar ops (square, rint,
deg2rad, fmax, logaddexp, heaviside, around, ...): each is a scalar body
applied elementwise like np.sqrt, with NumPy's loop dtypes (ints go to
float64 where NumPy's loop is floating, float32 stays float32; bools go to
float64 too, where NumPy picks float16, which nbc does not have)."""

import math

import numpy as np

from .. import types as T
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .builder import TupleValue
from .complexes import imag_part, make_complex, real_part


class Refused(Exception):
    """A dtype the composition does not take; the caller reports it at the
    call's line as an UnsupportedError."""


def _float(b, v, pos):
    return S.as_float(b, v, pos, keep_f32=True)


def _scaled(numerator, denominator):
    """x * (numerator / denominator), the quotient rounded in x's precision
    as NumPy's npy_deg2rad(f) computes it."""
    def body(b, a, pos):
        x = _float(b, a[0], pos)
        kind = np.float32 if x.type == T.float32 else np.float64
        factor = float(kind(numerator) / kind(denominator))
        return S.binary(b, "Mult", x, b.constant(factor, x.type, pos), pos, elementwise=True)
    return body


def _square(b, a, pos):
    x = a[0]
    if x.type == T.boolean:  # NumPy's first square loop is int8
        x = S.cast(b, x, T.int8, pos)
    return S.binary(b, "Mult", x, x, pos, elementwise=True)


def _reciprocal(b, a, pos):
    x = a[0]
    if not (x.type.is_float or x.type.is_complex):
        raise Refused("np.reciprocal of integers (NumPy's integer loop "
                               "truncates to 0) is not supported: convert to float")
    return S.binary(b, "Div", b.constant(1, x.type, pos), x, pos, elementwise=True)


def _rint(b, a, pos):
    return S.round_half_even(b, _float(b, a[0], pos), pos)


def _fabs(b, a, pos):
    return S.absolute(b, _float(b, a[0], pos), pos)


def _signbit(b, a, pos):
    x = a[0]
    if x.type.is_float:
        one = S.math2(b, "copysign", b.constant(1.0, x.type, pos), x, pos, keep_f32=True)
        return S.compare(b, "Lt", one, b.constant(0.0, x.type, pos), pos)
    return S.compare(b, "Lt", x, b.constant(0, x.type, pos), pos)


def _sign(b, a, pos):
    # NumPy: -1, 0 or 1 of x's dtype; NaN stays NaN and -0.0 gives 0.0.
    x = a[0]
    if x.type == T.boolean:
        raise Refused("np.sign of booleans (NumPy has no loop) is not supported")
    if x.type.is_complex:
        raise Refused("np.sign of complex numbers is not supported")
    zero, one = b.constant(0, x.type, pos), b.constant(1, x.type, pos)
    positive = S.where(b, S.compare(b, "Gt", x, zero, pos), one, zero, pos)
    if x.type.is_int and not x.type.is_signed:
        return positive
    minus_one = b.constant(-1, x.type, pos)
    signed = S.where(b, S.compare(b, "Lt", x, zero, pos), minus_one, positive, pos)
    if x.type.is_float:
        return S.where(b, S.fpclass(b, "nan", x, pos), x, signed, pos)
    return signed


def _positive(b, a, pos):
    if a[0].type == T.boolean:
        raise Refused("np.positive of booleans is not supported (NumPy has no loop)")
    return S.positive(b, a[0], pos, elementwise=True)


def _nan_ignoring(which):
    def body(b, a, pos):
        x, y = a
        m = S.np_minmax(b, which, x, y, pos)
        if not (m.type.is_float or m.type.is_complex) or \
                not (x.type.kind in "fc" or y.type.kind in "fc"):
            return m
        x, y = S.cast(b, x, m.type, pos), S.cast(b, y, m.type, pos)
        return S.where(b, S.fpclass(b, "nan", y, pos), x,
                       S.where(b, S.fpclass(b, "nan", x, pos), y, m, pos), pos)
    return body


def _log_add_exp(base2):
    # NumPy's npy_logaddexp(2): equal operands first (so infinities work),
    # then the larger plus log1p of the smaller's exponential.
    def body(b, a, pos):
        x, y = _float(b, a[0], pos), _float(b, a[1], pos)
        t = S.binary(b, "Add", x, y, pos, elementwise=True).type
        x, y = S.cast(b, x, t, pos), S.cast(b, y, t, pos)
        exp, log1p = ("exp2", "log1p") if base2 else ("exp", "log1p")

        def softplus(v):
            e = S.math1(b, exp, v, pos, keep_f32=True)
            r = S.math1(b, log1p, e, pos, keep_f32=True)
            if base2:
                r = S.binary(b, "Mult", r, b.constant(1 / math.log(2), t, pos), pos,
                             elementwise=True)
            return r
        d = S.binary(b, "Sub", x, y, pos, elementwise=True)
        same = S.binary(b, "Add", x, b.constant(1.0 if base2 else math.log(2), t, pos),
                        pos, elementwise=True)
        upper = S.binary(b, "Add", x, softplus(S.negate(b, d, pos, elementwise=True)), pos,
                         elementwise=True)
        lower = S.binary(b, "Add", y, softplus(d), pos, elementwise=True)
        zero = b.constant(0.0, t, pos)
        return S.where(b, S.compare(b, "Eq", x, y, pos), same,
                       S.where(b, S.compare(b, "Gt", d, zero, pos), upper,
                               S.where(b, S.compare(b, "LtE", d, zero, pos), lower, d, pos),
                               pos), pos)
    return body


def _heaviside(b, a, pos):
    x, h = _float(b, a[0], pos), _float(b, a[1], pos)
    t = S.binary(b, "Add", x, h, pos, elementwise=True).type
    x, h = S.cast(b, x, t, pos), S.cast(b, h, t, pos)
    zero = b.constant(0.0, t, pos)
    step = S.where(b, S.compare(b, "Lt", x, zero, pos), zero,
                   S.where(b, S.compare(b, "Eq", x, zero, pos), h,
                           b.constant(1.0, t, pos), pos), pos)
    return S.where(b, S.fpclass(b, "nan", x, pos), x, step, pos)


def _float_power(b, a, pos):
    x, y = (S.cast(b, v, T.float64, pos) if not v.type.is_complex else v for v in a)
    return S.binary(b, "Pow", x, y, pos, elementwise=True)


def _ldexp(b, a, pos):
    x, exponent = a
    if not (exponent.type.is_int or exponent.type.is_bool) or exponent.type == T.uint64:
        raise Refused("np.ldexp takes an integer exponent (int64 at most; NumPy has no "
                      "loop for others)")
    return S.math2(b, "ldexp", _float(b, x, pos), exponent, pos, keep_f32=True)


def _spacing(b, a, pos):
    # NumPy's npy_spacing: the step away from zero (-0.0 steps up), NaN at inf.
    x = _float(b, a[0], pos)
    inf, zero = b.constant(math.inf, x.type, pos), b.constant(0.0, x.type, pos)
    away = S.where(b, S.compare(b, "Lt", x, zero, pos), S.negate(b, inf, pos), inf, pos)
    step = S.binary(b, "Sub", S.math2(b, "nextafter", x, away, pos, keep_f32=True), x,
                    pos, elementwise=True)
    return S.where(b, S.fpclass(b, "inf", x, pos), b.constant(math.nan, x.type, pos),
                   step, pos)


def _invert(b, a, pos):
    if not (a[0].type.is_int or a[0].type.is_bool):
        raise Refused(f"np.invert of {a[0].type} is not supported (NumPy has no loop)")
    return S.invert(b, a[0], pos, elementwise=True)


# name -> (number of inputs, body(builder, scalars, pos))
COMPOSED_UFUNCS = {
    "square": (1, _square), "reciprocal": (1, _reciprocal), "rint": (1, _rint),
    "fabs": (1, _fabs), "signbit": (1, _signbit), "sign": (1, _sign),
    "deg2rad": (1, _scaled(math.pi, 180.0)), "radians": (1, _scaled(math.pi, 180.0)),
    "rad2deg": (1, _scaled(180.0, math.pi)), "degrees": (1, _scaled(180.0, math.pi)),
    "positive": (1, _positive),
    "fmax": (2, _nan_ignoring("max")), "fmin": (2, _nan_ignoring("min")),
    "logaddexp": (2, _log_add_exp(False)), "logaddexp2": (2, _log_add_exp(True)),
    "heaviside": (2, _heaviside), "float_power": (2, _float_power),
    "ldexp": (2, _ldexp), "spacing": (1, _spacing),
    "invert": (1, _invert), "bitwise_not": (1, _invert),
}


def frexp_parts(b, a, pos):
    """np.frexp's outputs on one element: the mantissa (x's float type) and
    the exponent as an int32."""
    mantissa, exponent = S.frexp(b, _float(b, a[0], pos), pos)
    return mantissa, S.cast(b, exponent, T.int32, pos)


def modf_parts(b, a, pos):
    """np.modf's outputs: C's modf, the fraction with x's sign (-0.0 for
    -2.0, +-0.0 for +-inf) and the integral part."""
    x = _float(b, a[0], pos)
    whole = S.math1(b, "trunc", x, pos, keep_f32=True)
    fraction = S.where(b, S.fpclass(b, "inf", x, pos), b.constant(0.0, x.type, pos),
                       S.binary(b, "Sub", x, whole, pos, elementwise=True), pos)
    return S.math2(b, "copysign", fraction, x, pos, keep_f32=True), whole


def divmod_parts(b, a, pos):
    """np.divmod: np.floor_divide and np.remainder (NumPy's divmod loop
    computes both so, and so do the dialect's floordiv and mod)."""
    return tuple(S.binary(b, op, a[0], a[1], pos, elementwise=True)
                 for op in ("FloorDiv", "Mod"))


# Ufuncs of two outputs: name -> (number of inputs, parts(builder, scalars, pos)).
TWO_OUTPUT_UFUNCS = {"frexp": (1, frexp_parts), "modf": (1, modf_parts),
                     "divmod": (2, divmod_parts)}


def two_output_ufunc(fc, name, vals, node):
    """np.frexp / np.modf / np.divmod on scalars or arrays: the tuple of
    their two outputs, each an elementwise pass (no out=)."""
    nin, parts = TWO_OUTPUT_UFUNCS[name]
    if node.keywords or len(vals) != nin:
        raise fc.error(TypingError, f"np.{name} takes {nin} argument"
                       f"{'s' if nin > 1 else ''} (out= is not supported)", node)
    if name == "divmod":
        vals = fc.numpy_scalar_operands(vals, node)
    pos = fc.pos(node)
    try:
        return TupleValue([fc.elementwise(vals, lambda b, a, k=k: parts(b, a, pos)[k], node)
                           for k in range(2)])
    except Refused as e:
        raise fc.error(UnsupportedError, str(e), node) from None


def round_body(decimals):
    """np.round/np.around on one element, as NumPy: scale by 10**decimals,
    round half to even, scale back; a complex's parts each so. Integers are
    returned unchanged for decimals >= 0; below, NumPy scales them in
    float64 and casts back (np.round(np.int8(127), -1) is -126)."""
    scale = 10.0 ** abs(decimals) if abs(decimals) <= 308 else math.inf

    def rounded(b, x, pos):
        if decimals == 0:
            return S.round_half_even(b, x, pos)
        f = b.constant(scale, x.type, pos)
        if decimals > 0:
            y = S.round_half_even(b, S.binary(b, "Mult", x, f, pos, elementwise=True), pos)
            return S.binary(b, "Div", y, f, pos, elementwise=True)
        y = S.round_half_even(b, S.binary(b, "Div", x, f, pos, elementwise=True), pos)
        return S.binary(b, "Mult", y, f, pos, elementwise=True)

    def body(b, a, pos):
        x = a[0]
        if x.type.is_complex:
            return make_complex(b, rounded(b, real_part(b, x, pos), pos),
                                rounded(b, imag_part(b, x, pos), pos), x.type, pos)
        if x.type.is_float:
            return rounded(b, x, pos)
        if decimals >= 0:
            return x
        return S.cast(b, rounded(b, S.cast(b, x, T.float64, pos), pos), x.type, pos)
    return body
