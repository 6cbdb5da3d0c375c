"""Complex numbers: `1j`, `complex(a, b)`, `.real`/`.imag`/`.conjugate()`,
`cmath.*` and NumPy's complex functions (np.conj, np.real, np.imag,
np.angle). Arithmetic, comparisons, abs and the math functions on complex
values are the dialect's ops (NBCTypedBuilders.cpp); this mixin only maps
Python's spellings onto nbc.complex/real/imag/conj/angle and compositions
of them.
"""

import cmath
import math

from .. import types as T
from .._core import ir
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .arrays import Method
from .builder import TupleValue, Value

# cmath functions with a complex form in the upstream complex dialect
# (nbc.math on complex operands); the others are refused.
CMATH_FNS = ("sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "asinh", "acosh", "atanh")
CMATH_CLASS = {"isnan": "nan", "isinf": "inf", "isfinite": "finite"}
NP_COMPLEX = ("conj", "conjugate", "real", "imag", "angle")


def is_complex(t):
    return isinstance(t, T.Scalar) and t.is_complex


def complex_type_of_parts(types):
    """Numba's complex(a, b): complex64 from float32 parts, else complex128."""
    return T.complex64 if all(t == T.float32 for t in types) else T.complex128


def make_complex(b, re, im, ty, pos):
    """nbc.complex of `re` and `im` converted to the parts of `ty`."""
    re, im = S.cast(b, re, ty.part, pos), S.cast(b, im, ty.part, pos)
    return Value(ir.complex_create(b.block, b.loc(pos), re.h, im.h), ty)


def part(b, which, z, pos):
    """nbc.real/imag/angle of a complex value: a float of its part type."""
    return Value(ir.unary_op(b.block, b.loc(pos), f"nbc.{which}", z.h), z.type.part)


def real_part(b, v, pos):
    """`v.real`: the real part of a complex, the value itself otherwise."""
    return part(b, "real", v, pos) if is_complex(v.type) else v


def imag_part(b, v, pos):
    """`v.imag`: a complex's imaginary part; 0 of the value's type otherwise
    (`(3).imag == 0`, as Python and Numba)."""
    if is_complex(v.type):
        return part(b, "imag", v, pos)
    return S.zero(b, T.int64 if v.type.is_bool else v.type, pos)


def conjugate(b, v, pos):
    if is_complex(v.type):
        return Value(ir.unary_op(b.block, b.loc(pos), "nbc.conj", v.h), v.type)
    return v


def angle(b, v, pos):
    """np.angle: atan2(imag, real); a real number's is atan2(0, x) (0 or pi)."""
    if is_complex(v.type):
        return part(b, "angle", v, pos)
    x = S.as_float(b, v, pos, keep_f32=True)
    return S.math2(b, "atan2", S.zero(b, x.type, pos), x, pos, keep_f32=True)


def angle_in(b, v, deg, pos):
    """np.angle(v, deg): in degrees when `deg` holds (NumPy's a *= 180/pi,
    in the angle's own float type)."""
    a = angle(b, v, pos)
    degrees = S.binary(b, "Mult", a, b.constant(180.0 / math.pi, a.type, pos), pos)
    return S.where(b, S.truth(b, deg, pos), degrees, a, pos)


class ComplexMixin:
    def complex_constant(self, value, node):
        pos = self.pos(node)
        re = self.b.constant(value.real, T.float64, pos)
        im = self.b.constant(value.imag, T.float64, pos)
        return make_complex(self.b, re, im, T.complex128, pos)

    def scalar_attribute(self, v, attr, node):
        """`.real`, `.imag` and `.conjugate` of a scalar."""
        pos = self.pos(node)
        if attr == "real":  # True.real is 1, as `imag` is 0: ints (Python's)
            return self.bool_as_int(real_part(self.b, v, pos), pos)
        if attr == "imag":
            return imag_part(self.b, v, pos)
        if attr == "conjugate" or (attr == "conj" and is_complex(v.type)):
            return Method(v, attr)
        return None

    def call_complex(self, node):
        """Python's complex(), complex(x), complex(re, im)."""
        vals = self.args(node, 0, 2, "complex")
        pos = self.pos(node)
        for v in vals:
            self.check_scalar(v, node)
        if any(is_complex(v.type) for v in vals):
            if len(vals) == 1:
                return S.cast(self.b, vals[0], T.complex128, pos)
            raise self.error(UnsupportedError, "complex(re, im) with complex "
                             "arguments is not supported", node)
        if not vals:
            zero = self.b.constant(0.0, T.float64, pos)
            return make_complex(self.b, zero, zero, T.complex128, pos)
        ty = complex_type_of_parts([v.type for v in vals])
        im = vals[1] if len(vals) == 2 else self.b.constant(0.0, ty.part, pos)
        return make_complex(self.b, vals[0], im, ty, pos)

    def complex_method(self, v, name, node):
        """`z.conjugate()` on a scalar or an array."""
        if node.args or node.keywords:
            raise self.error(TypingError, f"{name}() takes no arguments", node)
        pos = self.pos(node)
        if isinstance(v.type, T.Array):
            if not is_complex(v.type.dtype):
                return v  # NumPy's a.conj() of a real array is `a` itself
            return self.array_map([v], lambda b, a: conjugate(b, a[0], pos), node)
        return self.bool_as_int(conjugate(self.b, v, pos), pos)

    def bool_as_int(self, v, pos):
        return S.cast(self.b, v, T.int64, pos) if v.type.is_bool else v

    def complex_array_attribute(self, arr, attr, node):
        """`a.real` / `a.imag` (and np.real/np.imag) of an array. A complex
        array's parts are views (nbc.complex_part), writable unless `a` is,
        as NumPy's. A real array's real part is the array itself and its
        imaginary part read-only zeros, as in NumPy."""
        pos = self.pos(node)
        if is_complex(arr.type.dtype):
            rt = T.Array(arr.type.dtype.part, arr.type.ndim, (None,) * arr.type.ndim,
                         readonly=arr.type.readonly)
            return Value(ir.complex_part(self.b.block, self.b.loc(pos), arr.h,
                                         attr == "imag"), rt)
        if attr == "real":
            return arr
        fn = imag_part
        if arr.type.dtype.is_bool:  # zeros of the array's dtype (a scalar's are ints)
            fn = lambda b, v, pos: S.zero(b, v.type, pos)  # noqa: E731
        copy = self.array_map([arr], lambda b, a: fn(b, a[0], pos), node)
        return Value(copy.h, copy.type.copy(readonly=True))

    def refuse_complex_math(self, name, node):
        """math.* takes real numbers only (Python's TypeError): cmath has the
        complex functions."""
        for a in node.args:
            v = self.materialize(self.expr(a), a)
            if isinstance(v, Value) and is_complex(v.type):
                hint = f" (use cmath.{name})" if hasattr(cmath, name) else ""
                raise self.error(TypingError, f"math.{name}() takes real numbers, "
                                 f"not {v.type}{hint}", node)

    def as_cmath_operand(self, v, node):
        """cmath takes any number, as a complex128 unless it is complex."""
        self.check_scalar(v, node)
        if is_complex(v.type):
            return v
        return S.cast(self.b, v, T.complex128, self.pos(node))

    def call_cmath(self, name, node):
        pos = self.pos(node)
        if name in CMATH_FNS:
            vals = self.args(node, 1, 2 if name == "log" else 1, f"cmath.{name}")
            z = self.as_cmath_operand(vals[0], node)
            r = S.math1(self.b, name, z, pos)
            if len(vals) == 2:
                base = S.math1(self.b, "log", self.as_cmath_operand(vals[1], node), pos)
                r = S.binary(self.b, "Div", r, base, pos)
            return r
        if name in CMATH_CLASS:
            (v,) = self.args(node, 1, 1, f"cmath.{name}")
            self.check_scalar(v, node)
            return S.fpclass(self.b, CMATH_CLASS[name], v, pos)
        if name == "phase":
            (v,) = self.args(node, 1, 1, "cmath.phase")
            return angle(self.b, self.as_cmath_operand(v, node), pos)
        if name == "polar":
            (v,) = self.args(node, 1, 1, "cmath.polar")
            z = self.as_cmath_operand(v, node)
            return TupleValue([S.absolute(self.b, z, pos), angle(self.b, z, pos)])
        if name == "rect":
            r, phi = self.args(node, 2, 2, "cmath.rect")
            for v in (r, phi):
                self.check_scalar(v, node)
                if is_complex(v.type):
                    raise self.error(TypingError, "cmath.rect takes real numbers", node)
            ty = complex_type_of_parts([r.type, phi.type])
            r, phi = S.cast(self.b, r, ty.part, pos), S.cast(self.b, phi, ty.part, pos)
            keep = ty == T.complex64
            re = S.binary(self.b, "Mult", r, S.math1(self.b, "cos", phi, pos, keep), pos)
            im = S.binary(self.b, "Mult", r, S.math1(self.b, "sin", phi, pos, keep), pos)
            return make_complex(self.b, re, im, ty, pos)
        raise self.error(UnsupportedError, f"unsupported function cmath.{name} (nbc "
                         "has cmath." + ", cmath.".join(
                             CMATH_FNS + tuple(CMATH_CLASS) + ("phase", "polar", "rect"))
                         + ")", node)

    def call_np_complex(self, name, vals, node, out):
        """np.conj/np.conjugate, np.real, np.imag, np.angle(z, deg=False)."""
        if name == "angle" and len(vals) == 2 and out is None:
            return self.elementwise(vals, lambda b, a: angle_in(b, a[0], a[1], self.pos(node)),
                                    node, None)
        if len(vals) != 1:
            raise self.error(TypingError, f"np.{name} takes one argument", node)
        pos = self.pos(node)
        if name in ("real", "imag") and out is None and isinstance(vals[0].type, T.Array):
            return self.complex_array_attribute(vals[0], name, node)
        fn = {"conj": conjugate, "conjugate": conjugate, "real": real_part,
              "imag": imag_part, "angle": angle}[name]
        return self.elementwise(vals, lambda b, a: fn(b, a[0], pos), node, out)


def cmath_name(obj):
    """The name of a cmath function, or None."""
    for name in dir(cmath):
        if getattr(cmath, name) is obj and callable(obj):
            return name
    return None

