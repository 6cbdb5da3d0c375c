"""np.clip(a, a_min, a_max) and the method a.clip(min, max), with NumPy's
keywords (a_min=/a_max=, and min=/max= as NumPy 2.1 takes them) and a
None bound meaning no bound on that side: elementwise np.maximum and
np.minimum, with NumPy's result dtype (complex numbers: NumPy's clip loop,
whose order differs from np.maximum's on NaN parts)."""

import ast

from .. import types as T
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .arrays import integer_bounds
from .complexes import imag_part, real_part


def source_int(node):
    """The int a bound written as an integer literal (`5`, `-5`) holds."""
    try:
        v = ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError):
        return None
    return v if type(v) is int else None


def complex_bound(b, which, x, bound, pos):
    """One bound of NumPy's clip loop on complex numbers (clip.cpp): `x`
    stays when it holds a NaN or beats `bound` in plain lexicographic order
    (a NaN bound part does not spoil the real parts' decision, unlike
    np.maximum's order), else `bound`."""
    t = T.promote(x.type, bound.type)
    x, bound = S.cast(b, x, t, pos), S.cast(b, bound, t, pos)
    op = "Gt" if which == "max" else "Lt"
    xr, br = real_part(b, x, pos), real_part(b, bound, pos)
    xi, bi = imag_part(b, x, pos), imag_part(b, bound, pos)
    beats = S.where(b, S.compare(b, "Eq", xr, br, pos), S.compare(b, op, xi, bi, pos),
                    S.compare(b, op, xr, br, pos), pos)
    keep = S.binary(b, "BitOr", S.fpclass(b, "nan", x, pos), beats, pos)
    return S.where(b, keep, x, bound, pos)


class ClipMixin:
    def weak_int_bound(self, v, dtype, node):
        """An integer bound passed at run time (a Python int argument, weak in
        NumPy 2, which Numba's clip also takes as the array's dtype) clipped
        to integer dtype `dtype`'s range and converted to it."""
        pos = self.pos(node)
        low, high = integer_bounds(dtype)
        v = S.cast(self.b, v, T.int64, pos)
        v = S.minmax(self.b, "max", v, self.b.constant(low, T.int64, pos), pos)
        if high < 2**63:
            v = S.minmax(self.b, "min", v, self.b.constant(high, T.int64, pos), pos)
        return S.cast(self.b, v, dtype, pos)

    def call_clip(self, node, arr=None):
        what = "np.clip" if arr is None else "clip"
        params = ("a", "a_min", "a_max") if arr is None else ("min", "max")
        if len(node.args) > len(params):
            raise self.error(UnsupportedError, f"{what}: only the array and the bounds "
                             "are supported (not out)", node)
        given = dict(zip(params, node.args))
        for kw in node.keywords:
            if kw.arg not in (*params, "min", "max"):
                raise self.error(UnsupportedError, f"{what}: {kw.arg}= is not supported",
                                 node)
            if kw.arg in given:
                raise self.error(TypingError, f"{what}() got multiple values for "
                                 f"argument '{kw.arg}'", node)
            given[kw.arg] = kw.value
        if arr is None:
            if "a" not in given:
                raise self.error(TypingError, "np.clip() missing argument 'a'", node)
            arr = self.materialize(self.expr(given["a"]), given["a"])
            for old, new in (("a_min", "min"), ("a_max", "max")):
                if old in given and new in given:
                    raise self.error(TypingError, f"np.clip: {old} and {new}= name "
                                     "the same bound", node)
                if old in given:
                    given[new] = given.pop(old)
        pos = self.pos(node)
        keys = [(which, given[key]) for which, key in (("max", "min"), ("min", "max"))
                if not self.is_none_constant(given.get(key))]
        # A literal bound is weak as in NumPy 2: it takes the array's dtype,
        # and one beyond an integer dtype's range (even past 64 bits, read
        # from the source) clips to that range.
        if isinstance(arr.type, T.Array) and arr.type.dtype.is_int:
            low, high = integer_bounds(arr.type.dtype)
            bounds = []
            for which, key in keys:
                v = source_int(key)
                if v is None:
                    v = self.materialize(self.expr(key), key)
                    if type(getattr(v, "literal", None)) is int:
                        v = v.literal
                if type(v) is int:
                    v = self.python_number(min(max(v, low), high), node)
                elif isinstance(v.type, T.Scalar) and v.type.is_int and v.type != T.uint64:
                    v = self.weak_int_bound(v, arr.type.dtype, node)
                bounds.append((which, v))
        else:
            bounds = [(which, self.materialize(self.expr(key), key)) for which, key in keys]
        operands = self.numpy_scalar_operands([arr] + [v for _, v in bounds], node)
        # On ties (0.0 and -0.0) NumPy's loop for two scalar bounds keeps x;
        # with an array bound, or one bound (np.maximum), the bound wins.
        keeps_x = len(bounds) == 2 and all(isinstance(v.type, T.Scalar)
                                           for v in operands[1:])

        def body(b, a):
            x = a[0]
            for k, (which, _) in enumerate(bounds):
                if x.type.is_complex or a[k + 1].type.is_complex:
                    x = complex_bound(b, which, x, a[k + 1], pos)
                elif keeps_x:
                    x = S.np_minmax(b, which, a[k + 1], x, pos)
                else:
                    x = S.np_minmax(b, which, x, a[k + 1], pos)
            return x
        if not bounds and not isinstance(arr.type, T.Array):
            self.check_scalar(arr, node)
            return arr
        return self.elementwise(operands, body, node)
