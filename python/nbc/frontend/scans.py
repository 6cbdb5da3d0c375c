"""np.cumsum, np.cumprod (functions and methods) and np.diff as
compositions of existing ops: a new array (nbc.empty) filled by an nbc.range
loop carrying the running value (the flattened array when axis is None, as
NumPy)."""

from .. import types as T
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .arrays import accumulator_type

NP_SCANS = ("cumsum", "cumprod", "diff")


class ScansMixin:
    def whole_array_argument(self, name, node, arr, keywords):
        """The array of `np.name(a)` or of the method call `a.name()` (`arr`
        given); NumPy's other arguments (`keywords`) raise
        UnsupportedError naming them."""
        what = f"np.{name}" if arr is None else name
        kw = self.kwargs(node, keywords, what)
        args = list(node.args)
        if arr is None:
            if not args:
                raise self.error(TypingError, f"{what}() missing argument 'a'", node)
            arr = self.materialize(self.expr(args.pop(0)), node)
        arr = self.expect_array(arr, what, node)
        if args or kw:
            raise self.error(UnsupportedError, f"{what}: only the array argument is "
                             f"supported (no {'=, '.join(keywords)}=)", node)
        return arr

    def call_np_scan(self, name, node, arr=None):
        arr = self.whole_array_argument(name, node, arr,
                                        ("n", "axis") if name == "diff" else ("axis",))
        if name == "diff":
            return self.diff(arr, node)
        return self.scan(arr, "Add" if name == "cumsum" else "Mult", node)

    def scan(self, arr, op, node):
        """The running sum or product of `arr` in C order, a new 1-d array."""
        pos = self.pos(node)
        flat = self.ravel(arr, node) if arr.type.ndim != 1 else arr
        acc_type = accumulator_type(flat.type.dtype)
        n = self.b.dim(flat, 0, pos)
        out = self.b.empty(T.Array(acc_type, 1), [n], pos)
        start = self.b.constant(0 if op == "Add" else 1, acc_type, pos)

        def body(i, carried):
            x = S.cast(self.b, self.index_array(flat, [i], node, checked=False),
                       acc_type, pos)
            total = S.binary(self.b, op, carried[0], x, pos, elementwise=True)
            self.b.store(total, out, [i], pos)
            return [total]
        self.loop(n, body, node, [start])
        return out

    def diff(self, arr, node):
        """`a[1:] - a[:-1]` of a 1-d array (NumPy's n=1 along the last axis)."""
        pos = self.pos(node)
        if arr.type.ndim != 1:
            raise self.error(UnsupportedError, "np.diff of a "
                             f"{arr.type.ndim}-d array: only 1-d arrays are supported",
                             node)
        if arr.type.dtype.is_bool:
            raise self.error(UnsupportedError, "np.diff of a bool array (NumPy "
                             "uses not_equal) is not supported", node)
        n = self.b.dim(arr, 0, pos)
        one = self.b.constant(1, T.int64, pos)
        m = S.minmax(self.b, "max", S.binary(self.b, "Sub", n, one, pos),
                     self.b.constant(0, T.int64, pos), pos)
        dt = arr.type.dtype
        out = self.b.empty(T.Array(dt, 1), [m], pos)

        def body(i, carried):
            nxt = S.binary(self.b, "Add", i, one, pos)
            d = S.binary(self.b, "Sub",
                         self.index_array(arr, [nxt], node, checked=False),
                         self.index_array(arr, [i], node, checked=False), pos,
                         elementwise=True)
            self.b.store(S.cast(self.b, d, dt, pos), out, [i], pos)
        self.loop(m, body, node)
        return out
