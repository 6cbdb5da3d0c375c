"""np.cumsum, np.cumprod (functions and methods, `axis=`, `dtype=`), np.diff (`n=`,
`axis=`) and the ufunc methods np.<ufunc>.reduce / .accumulate / .outer /
.at / .reduceat (the last two loops from nbc.npimpl.ufunc_methods).
Scans are nbc.array_scan (the flattened array for axis=None, as NumPy);
np.diff is n differences of two slices (views) along the axis; outer is the
ufunc of `a` viewed with new trailing axes and `b`, which broadcast."""

import ast

import numpy as np

from .. import types as T
from ..errors import TypingError, UnsupportedError
from ..npimpl.ufunc_methods import (AT_UFUNCS, REDUCEAT_UFUNCS, at_function,
                                    at_mask_function, at_slice_function,
                                    at_tuple_function, reduceat_function)
from . import scalar as S
from .arrays import NEWAXIS, numpy_probe
from .builder import PyObj, TupleValue

NP_SCANS = ("cumsum", "cumprod", "diff")
# ufunc -> nbc.array_scan kind of its accumulate.
UFUNC_ACCUMULATE = {"add": "sum", "multiply": "prod", "maximum": "max",
                    "minimum": "min"}
# ufunc -> the binary operator of its outer.
UFUNC_OUTER = {"add": "Add", "subtract": "Sub", "multiply": "Mult",
               "divide": "Div", "true_divide": "Div", "maximum": "max",
               "minimum": "min"}
# Every ufunc method the frontend compiles (docs/Python.md's table).
UFUNC_METHODS = {"reduce": ("add", "multiply", "maximum", "minimum", "logical_and",
                            "logical_or"),
                 "accumulate": tuple(UFUNC_ACCUMULATE),
                 "outer": tuple(UFUNC_OUTER), "at": AT_UFUNCS,
                 "reduceat": REDUCEAT_UFUNCS}


class ScansMixin:
    def call_np_scan(self, name, node, arr=None):
        what = f"np.{name}" if arr is None else name
        params = ("n", "axis") if name == "diff" else ("axis", "dtype")
        arr, given = self.scan_arguments(node, arr, what, params)
        if name == "diff":
            return self.diff(arr, given.get("n"), given.get("axis"), node)
        # dtype=: NumPy casts the input and accumulates in that dtype; the
        # widened scan cast back gives the same values (sums and products
        # wrap alike, and a bool's is its running or/and).
        dtype = self.dtype_kw(given, None)
        if dtype is not None:
            arr = self.astype(arr, dtype, node)
        axis = given.get("axis")
        if axis is None or (isinstance(axis, ast.Constant) and axis.value is None):
            if arr.type.ndim != 1:
                arr = self.ravel(arr, node)
            axis = 0
        else:
            axis = self.reduction_axes(axis, arr.type.ndim, what, node, single=True)[0]
        result = self.scan(arr, "sum" if name == "cumsum" else "prod", axis, node)
        return result if dtype is None else self.astype(result, dtype, node)

    def scan_arguments(self, node, arr, what, params):
        """(array, {param: AST node}) of `np.f(a, p1, p2)` or `arr.f(p1)`;
        NumPy's other keywords are an UnsupportedError naming them."""
        args = list(node.args)
        if arr is None:
            if not args:
                raise self.error(TypingError, f"{what}() missing argument 'a'", node)
            arr = self.materialize(self.expr(args.pop(0)), node)
        arr = self.expect_array(arr, what, node)
        if len(args) > len(params):
            raise self.error(UnsupportedError, f"{what}: only {', '.join(params)} "
                             "may be passed by position", node)
        given = dict(zip(params, args))
        for kw in node.keywords:
            if kw.arg not in params or kw.arg in given:
                raise self.error(UnsupportedError, f"{what}: the keyword argument "
                                 f"'{kw.arg}' is not supported", node)
            given[kw.arg] = kw.value
        return arr, given

    def scan(self, arr, kind, axis, node):
        """nbc.array_scan along `axis` (sum and prod in NumPy's widened
        accumulator dtype, as np.cumsum and np.add.accumulate)."""
        if arr.type.dtype.is_complex and kind in ("min", "max"):
            raise self.error(UnsupportedError, "running min/max of complex arrays "
                             "is not supported", node)
        return self.b.array_scan(kind, arr, axis, self.pos(node))

    def diff(self, arr, n, axis, node):
        """np.diff: `a[1:] - a[:-1]` along `axis` (default -1), `n` times
        (a constant >= 0; n=0 gives `a`); bools use `!=`, as NumPy."""
        ndim = arr.type.ndim
        order = 1 if n is None else self.const_int(n)
        if order is None:
            raise self.error(UnsupportedError, "np.diff: n must be an integer "
                             "constant", node)
        if order < 0:
            raise self.error(TypingError, f"order must be non-negative but got "
                             f"{order} (NumPy's ValueError)", node)
        axis = -1 if axis is None else self.const_int(axis)
        if axis is None:
            raise self.error(TypingError, "np.diff: axis must be an integer "
                             "constant", node)
        axis = self.reduction_axes(ast.Constant(axis), ndim, "np.diff", node)[0]
        pos = self.pos(node)
        one = self.b.constant(1, T.int64, pos)
        minus_one = self.b.constant(-1, T.int64, pos)
        whole = ("slice", None, None, None)
        for _ in range(order):
            hi = [whole] * ndim
            lo = [whole] * ndim
            hi[axis] = ("slice", one, None, None)
            lo[axis] = ("slice", None, minus_one, None)
            x, y = self.view(arr, hi, node), self.view(arr, lo, node)
            if arr.type.dtype.is_bool:
                arr = self.array_map([x, y], lambda b, a: S.compare(
                    b, "NotEq", a[0], a[1], pos), node)
            else:
                dt = arr.type.dtype
                arr = self.array_map([x, y], lambda b, a: S.cast(b, S.binary(
                    b, "Sub", a[0], a[1], pos, elementwise=True), dt, pos), node)
        return arr

    # -- ufunc methods ---------------------------------------------------------
    def call_ufunc_method(self, ufunc, method, node):
        what = f"np.{ufunc}.{method}"
        if ufunc not in UFUNC_METHODS.get(method, ()):
            raise self.error(UnsupportedError, f"{what} is not supported", node)
        if method == "reduce":
            return self.call_ufunc_reduce(ufunc, node)
        if method == "accumulate":
            arr, given = self.scan_arguments(node, None, what, ("axis",))
            axis = given.get("axis", ast.Constant(0))
            axis = self.reduction_axes(axis, arr.type.ndim, what, node, single=True)
            if axis is None:
                raise self.error(TypingError, f"{what}: axis must be an integer",
                                 node)
            return self.scan(arr, UFUNC_ACCUMULATE[ufunc], axis[0], node)
        if method == "at":
            return self.ufunc_at(ufunc, node)
        if method == "reduceat":
            return self.ufunc_reduceat(ufunc, node)
        return self.outer(ufunc, node)

    def ufunc_at(self, ufunc, node):
        """np.<ufunc>.at(a, indices, b): a scalar or an integer index array
        on a's first axis, or a tuple of scalars and 1-d ones on a's leading
        axes; NumPy itself (on one-element operands) decides
        whether the ufunc takes these dtypes."""
        what = f"np.{ufunc}.at"
        if node.keywords or len(node.args) != 3:
            raise self.error(TypingError, f"{what} takes three positional arguments "
                             "(a, indices, b)", node)
        bounds = self.slice_call(node.args[1])
        if bounds is not None:  # np.add.at(a, slice(1, 4), b)
            a, b = (self.materialize(self.expr(x), x) for x in (node.args[0], node.args[2]))
            indices = None
        else:
            a, indices, b = (self.materialize(self.expr(x), x) for x in node.args)
        a = self.expect_array(a, what, node)
        self.check_writable(a, what, node)
        if a.type.ndim == 0:
            raise self.error(UnsupportedError, f"{what} of a 0-d array", node)
        itype = getattr(indices, "type", None)
        if bounds is not None:
            index_ndim = "slice"
        elif isinstance(itype, T.Tuple) and isinstance(indices, TupleValue):
            kinds = self.at_index_kinds(indices.items, a.type.ndim, what, node)
            index_ndim = None
        elif isinstance(itype, T.Array) and itype.ndim >= 1 and itype.dtype.kind in "iu":
            index_ndim = itype.ndim
        elif isinstance(itype, T.Scalar) and itype.kind in "iu":
            index_ndim = 0
        elif isinstance(itype, T.Array) and itype.dtype.kind == "b":
            if itype.ndim == 0 or itype.ndim > a.type.ndim:
                raise self.error(UnsupportedError if itype.ndim == 0 else TypingError,
                                 f"{what}: a boolean index of {itype.ndim} dimensions "
                                 f"for a {a.type.ndim}-d array", node)
            index_ndim = "mask"
        else:
            raise self.error(TypingError, f"{what}: only integers, slices (`:`), "
                             "ellipsis (`...`), numpy.newaxis (`None`) and integer "
                             "or boolean arrays are valid indices (NumPy's "
                             "IndexError)", node)
        btype = getattr(b, "type", None)
        if not isinstance(btype, (T.Array, T.Scalar)):
            raise self.error(TypingError, f"{what}: b must be a scalar or an array",
                             node)
        try:
            with np.errstate(all="ignore"):
                getattr(np, ufunc).at(numpy_probe(a.type), [0], numpy_probe(btype))
        except Exception as e:
            raise self.error(TypingError, f"{what}: NumPy raises "
                             f"{type(e).__name__}: {e}", node) from None
        b_ndim = btype.ndim if isinstance(btype, T.Array) else None
        if index_ndim == "slice":
            given = tuple(v is not None for v in bounds)
            fn = at_slice_function(ufunc, a.type.ndim, given, b_ndim)
            vals = [a, b, *(v for v in bounds if v is not None)]
        elif index_ndim == "mask":
            fn = at_mask_function(ufunc, a.type.ndim, itype.ndim, b_ndim)
            vals = [a, indices, b]
        elif index_ndim is None:
            fn = at_tuple_function(ufunc, a.type.ndim, kinds, b_ndim)
            vals = [a, b, *indices.items]
        else:
            fn = at_function(ufunc, a.type.ndim, index_ndim, b_ndim)
            vals = [a, indices, b]
        self.call_compiled(fn, vals, [v.type for v in vals], self.options, node)
        return PyObj(None)

    def slice_call(self, node):
        """(start, stop, step) of a `slice(...)` call (int64 Values or None
        for the parts left out or None), or None for other nodes."""
        if not isinstance(node, ast.Call):
            return None
        fn = self.expr(node.func)
        if not (isinstance(fn, PyObj) and fn.obj is slice):
            return None
        if node.keywords or not 1 <= len(node.args) <= 3:
            raise self.error(TypingError, "slice() takes 1 to 3 positional arguments",
                             node)
        args = list(node.args)
        if len(args) == 1:
            args = [ast.Constant(None), args[0]]
        parts = []
        for arg in args + [ast.Constant(None)] * (3 - len(args)):
            v = self.expr(arg)
            if isinstance(v, PyObj) and v.obj is None:
                parts.append(None)
                continue
            v = self.materialize(v, arg)
            if not (isinstance(v.type, T.Scalar) and v.type.kind in "iub"):
                raise self.error(TypingError, "slice indices must be integers or None",
                                 arg)
            parts.append(S.cast(self.b, v, T.int64, self.pos(arg)))
        return tuple(parts)

    def at_index_kinds(self, items, ndim, what, node):
        """The kinds (0: an integer, 1: a 1-d integer array) of a tuple of
        indices of ufunc.at, one per leading axis of an `ndim`-d array."""
        if not items:
            raise self.error(UnsupportedError, f"{what}: an empty index tuple", node)
        if len(items) > ndim:
            raise self.error(TypingError, f"{what}: too many indices for array: array "
                             f"is {ndim}-dimensional, but {len(items)} were indexed "
                             "(NumPy's IndexError)", node)
        kinds = []
        for v in items:
            t = getattr(v, "type", None)
            if isinstance(t, T.Scalar) and t.kind in "iu":
                kinds.append(0)
            elif isinstance(t, T.Array) and t.ndim == 1 and t.dtype.kind in "iu":
                kinds.append(1)
            else:
                raise self.error(UnsupportedError, f"{what}: a tuple of indices may "
                                 "hold integers and 1-d integer arrays only (not "
                                 f"{t})", node)
        return tuple(kinds)

    def ufunc_reduceat(self, ufunc, node):
        """np.<ufunc>.reduceat(a, indices, axis=0) (any one axis) for a 1-d integer
        `indices`; the result has np.<ufunc>.reduce's dtype."""
        what = f"np.{ufunc}.reduceat"
        params = ("indices", "axis")
        arr, given = self.scan_arguments(node, None, what, params)
        if "indices" not in given:
            raise self.error(TypingError, f"{what}() missing argument 'indices'", node)
        axis = given.get("axis", ast.Constant(0))
        axis = self.reduction_axes(axis, arr.type.ndim, what, node, single=True)
        if axis is None:
            raise self.error(TypingError, f"{what}: axis must be an integer", node)
        indices = self.materialize(self.expr(given["indices"]), given["indices"])
        itype = getattr(indices, "type", None)
        if not (isinstance(itype, T.Array) and itype.ndim == 1 and
                itype.dtype.kind in "iu"):
            raise self.error(UnsupportedError, f"{what}: indices must be a 1-d "
                             "integer array", node)
        if arr.type.dtype.is_complex and ufunc in ("maximum", "minimum"):
            raise self.error(UnsupportedError, f"{what} of complex arrays", node)
        dtype = getattr(np, ufunc).reduce(np.ones(1, arr.type.dtype.numpy())).dtype
        fn = reduceat_function(ufunc, arr.type.ndim, dtype.name, axis[0])
        vals = [arr, indices]
        return self.call_compiled(fn, vals, [v.type for v in vals], self.options,
                                  node)

    def outer(self, ufunc, node):
        """np.<ufunc>.outer(a, b): result[i..., j...] = ufunc(a[i...], b[j...])."""
        what = f"np.{ufunc}.outer"
        if node.keywords or len(node.args) != 2:
            raise self.error(TypingError, f"{what} takes two positional arguments",
                             node)
        a, b = (self.materialize(self.expr(x), x) for x in node.args)
        for v in (a, b):
            self.expect_array(v, what, node)
        subs = [("slice", None, None, None)] * a.type.ndim + [NEWAXIS] * b.type.ndim
        wide = self.view(a, subs, node)
        op = UFUNC_OUTER[ufunc]
        pos = self.pos(node)
        if op in ("min", "max"):
            return self.array_map([wide, b], lambda bb, x: S.np_minmax(
                bb, op, x[0], x[1], pos), node)
        return self.array_map([wide, b], lambda bb, x: S.binary(
            bb, op, x[0], x[1], pos, elementwise=True), node)
