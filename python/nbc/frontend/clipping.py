"""np.clip(a, a_min, a_max) and the method a.clip(min, max), with NumPy's
keywords (a_min=/a_max=, and min=/max= as NumPy 2.1 takes them) and a
None bound meaning no bound on that side: elementwise np.maximum and
np.minimum, with NumPy's result dtype."""

import ast

import numpy as np

from .. import types as T
from ..errors import TypingError, UnsupportedError
from . import scalar as S


class ClipMixin:
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
        bounds = [(which, self.clip_bound(arr, given[key], pos))
                  for which, key in (("max", "min"), ("min", "max"))
                  if not self.is_none_constant(given.get(key))]

        def body(b, a):
            x = a[0]
            for k, (which, _) in enumerate(bounds):
                x = S.np_minmax(b, which, x, a[k + 1], pos)
            return x
        if not bounds and not isinstance(arr.type, T.Array):
            self.check_scalar(arr, node)
            return arr
        return self.elementwise([arr] + [v for _, v in bounds], body, node)

    def clip_bound(self, arr, node, pos):
        """A bound's value; a number literal is weak as in NumPy 2 (it takes
        the array's dtype when NumPy keeps that dtype for it)."""
        v = self.materialize(self.expr(node), node)
        literal = node.operand if isinstance(node, ast.UnaryOp) and isinstance(
            node.op, (ast.USub, ast.UAdd)) else node
        if not (isinstance(arr.type, T.Array) and isinstance(literal, ast.Constant) and
                type(literal.value) in (bool, int, float)):
            return v
        value = -literal.value if literal is not node and isinstance(
            node.op, ast.USub) else literal.value
        dtype = arr.type.dtype.numpy()
        kept = np.result_type(dtype, value) == dtype
        if kept and dtype.kind in "iu":  # out of the dtype's range: no cast, int64
            kept = np.iinfo(dtype).min <= value <= np.iinfo(dtype).max
        return S.cast(self.b, v, arr.type.dtype, pos) if kept else v
