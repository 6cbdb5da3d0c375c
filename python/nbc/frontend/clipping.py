"""np.clip(a, a_min, a_max) and the method a.clip(min, max), with NumPy's
keywords (a_min=/a_max=, and min=/max= as NumPy 2.1 takes them) and a
None bound meaning no bound on that side: elementwise np.maximum and
np.minimum, with NumPy's result dtype."""

from .. import types as T
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .arrays import integer_bounds


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
        bounds = [(which, self.materialize(self.expr(given[key]), given[key]))
                  for which, key in (("max", "min"), ("min", "max"))
                  if not self.is_none_constant(given.get(key))]
        # A literal bound is weak as in NumPy 2: it takes the array's dtype,
        # and one beyond an integer dtype's range clips to that range.
        if isinstance(arr.type, T.Array) and arr.type.dtype.is_int:
            low, high = integer_bounds(arr.type.dtype)
            bounds = [(which, self.python_number(min(max(v.literal, low), high), node)
                       if type(getattr(v, "literal", None)) is int else v)
                      for which, v in bounds]
        operands = self.numpy_scalar_operands([arr] + [v for _, v in bounds], node)

        def body(b, a):
            x = a[0]
            for k, (which, _) in enumerate(bounds):
                x = S.np_minmax(b, which, x, a[k + 1], pos)
            return x
        if not bounds and not isinstance(arr.type, T.Array):
            self.check_scalar(arr, node)
            return arr
        return self.elementwise(operands, body, node)
