"""Views NumPy gives without copying, as views here too (nbc.slice,
nbc.transpose, nbc.reshape, nbc.diagonal, nbc.broadcast_to):
np.squeeze/a.squeeze(axis), a.view(), np.flipud/fliplr/rot90,
np.split/array_split (a tuple of views), np.asfortranarray, a.flat[i], the
diagonal of any 2-d array and np.broadcast_to (zero strides; both
read-only, as NumPy's); np.lib.stride_tricks in stride_tricks.py. np.diag of a 1-d array builds a matrix."""

import ast

from .. import types as T
from .._core import ir
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .arrays import WHOLE
from .builder import PyObj, TupleValue, Value
from .dtypes import dtype_of
from .stride_tricks import StrideTricksMixin

NP_VIEWS = ("squeeze", "diagonal", "diag", "flipud", "fliplr", "rot90", "split",
            "array_split", "broadcast_to", "asfortranarray")
VIEW_METHODS = ("squeeze", "view", "diagonal")
PARAMETERS = {"squeeze": ("a", "axis"), "diagonal": ("a", "offset", "axis1", "axis2"),
              "diag": ("v", "k"), "flipud": ("m",), "fliplr": ("m",),
              "rot90": ("m", "k", "axes"), "split": ("ary", "indices_or_sections", "axis"),
              "array_split": ("ary", "indices_or_sections", "axis"),
              "broadcast_to": ("array", "shape"), "asfortranarray": ("a",),
              "view": ("self", "dtype")}


def is_none(node):
    return isinstance(node, ast.Constant) and node.value is None


class ViewsMixin(StrideTricksMixin):
    def bind_arguments(self, node, names, what, first=()):
        """NumPy's parameters `names` bound to `first` (a method's array)
        and the call's arguments: {name: AST node or Value}."""
        kw = self.kwargs(node, names, what)
        given = list(first) + list(node.args)
        if len(given) > len(names):
            raise self.error(UnsupportedError, f"{what}: only the arguments "
                             f"{', '.join(names)} are supported", node)
        bound = dict(zip(names, given))
        for k, v in kw.items():
            if k in bound:
                raise self.error(TypingError, f"{what}() got multiple values for "
                                 f"argument '{k}'", node)
            bound[k] = v
        if names[0] not in bound:
            raise self.error(TypingError, f"{what}() missing argument '{names[0]}'",
                             node)
        return bound

    def bound_array(self, v, what, node):
        v = v if isinstance(v, Value) else self.expr(v)
        return self.expect_array(self.materialize(v, node), what, node)

    def call_np_view(self, name, node, arr=None):
        """The functions of NP_VIEWS, and the methods of VIEW_METHODS on
        `arr`."""
        what = f"np.{name}" if arr is None else name
        args = self.bind_arguments(node, PARAMETERS[name], what,
                                   () if arr is None else (arr,))
        arr = self.bound_array(args[PARAMETERS[name][0]], what, node)
        if name == "squeeze":
            return self.squeeze(arr, args.get("axis"), node)
        if name == "view":
            return self.same_dtype_view(arr, args.get("dtype"), node)
        if name in ("diagonal", "diag"):
            offset = args.get("offset", args.get("k"))
            k = self.b.constant(0, T.int64, self.pos(node)) if offset is None else \
                self.int_arg(self.expr(offset), "offset" if name != "diag" else "k", node)
            if name == "diag" and arr.type.ndim == 1:
                return self.diagonal_matrix(arr, k, node)
            if name == "diag" and arr.type.ndim != 2:
                raise self.error(TypingError, "Input must be 1- or 2-d.", node)
            return self.diagonal_along(arr, k, args, what, node)
        if name in ("flipud", "fliplr"):
            need = 1 if name == "flipud" else 2
            if arr.type.ndim < need:
                raise self.error(TypingError, f"Input must be >= {need}-d.", node)
            return self.flip_view(arr, [need - 1], node)
        if name == "rot90":
            return self.rot90(arr, args, node)
        if name in ("split", "array_split"):
            return self.split(arr, name, args, node)
        if name == "broadcast_to":
            if "shape" not in args:
                raise self.error(TypingError, "np.broadcast_to() missing argument "
                                 "'shape'", node)
            return self.broadcast_view(arr, self.shape_values(self.expr(args["shape"]),
                                                              node), node)
        return self.asfortranarray(arr, node)

    # -- squeeze, view ---------------------------------------------------------------
    def squeeze(self, arr, axis, node):
        """A view without the given axes of size 1 (NumPy's ValueError when
        one is not). Without `axis` the result's rank would depend on the
        run-time shape, which nbc's types cannot follow."""
        ndim, pos = arr.type.ndim, self.pos(node)
        if axis is None or is_none(axis):
            if ndim == 0:
                return arr
            raise self.error(UnsupportedError, "squeeze() without axis: the rank of "
                             "the result depends on the run-time shape; give axis= "
                             "(integer constants)", node)
        axes = self.constant_axes([axis], "squeeze") or []
        axes = {self.normalize_axis(a, ndim, node) for a in axes}
        one, zero = (self.b.constant(c, T.int64, pos) for c in (1, 0))
        for a in sorted(axes):
            self.raise_if(S.compare(self.b, "NotEq", self.dim(arr, a, node), one, pos),
                          "ValueError", "cannot select an axis to squeeze out which "
                          "has size not equal to one", node)
        return self.view(arr, [zero if d in axes else WHOLE for d in range(ndim)], node)

    def same_dtype_view(self, arr, dtype, node):
        """a.view() / a.view(a.dtype): a new view of the same memory."""
        if dtype is not None:
            v = self.expr(dtype)
            if not (isinstance(v, PyObj) and dtype_of(v.obj) == arr.type.dtype):
                raise self.error(UnsupportedError, "view(): only a view with the "
                                 "array's own dtype is supported", node)
        if arr.type.ndim == 0:
            return arr
        return self.view(arr, [WHOLE] * arr.type.ndim, node)

    # -- flips ----------------------------------------------------------------------
    def flip_view(self, arr, axes, node):
        """A view of `arr` reversed along `axes` (nbc.slice with step -1)."""
        minus_one = self.b.constant(-1, T.int64, self.pos(node))
        return self.view(arr, [("slice", None, None, minus_one) if d in axes else WHOLE
                               for d in range(arr.type.ndim)], node)

    def rot90(self, arr, args, node):
        """NumPy's rot90 as flips and a transposition (views); k and axes
        integer constants."""
        k = 1 if "k" not in args else self.const_int(args["k"])
        if k is None:
            raise self.error(UnsupportedError, "np.rot90: k must be an integer "
                             "constant", node)
        axes = (0, 1) if "axes" not in args else self.constant_axes([args["axes"]],
                                                                    "np.rot90")
        ndim = arr.type.ndim
        if len(axes or ()) != 2:
            raise self.error(TypingError, "len(axes) must be 2.", node)
        if axes[0] == axes[1] or abs(axes[0] - axes[1]) == ndim:
            raise self.error(TypingError, "Axes must be different.", node)
        if not all(-ndim <= a < ndim for a in axes):
            raise self.error(TypingError, f"Axes={tuple(axes)} out of range for array "
                             f"of ndim={ndim}.", node)
        a0, a1 = (a % ndim for a in axes)
        k %= 4
        if k == 0:
            return self.view(arr, [WHOLE] * ndim, node)
        if k == 2:
            return self.flip_view(arr, [a0, a1], node)
        perm = list(range(ndim))
        perm[a0], perm[a1] = perm[a1], perm[a0]
        if k == 1:
            return self.transpose_axes(self.flip_view(arr, [a1], node), perm, node)
        return self.flip_view(self.transpose_axes(arr, perm, node), [a1], node)

    # -- the diagonal ----------------------------------------------------------------
    def diagonal_along(self, arr, k, args, what, node):
        """NumPy's a.diagonal(k, axis1, axis2) (axes 0 and 1 by default, as
        constants): those two axes moved last, in that order, then
        nbc.diagonal of the last two."""
        ndim = arr.type.ndim
        if ndim < 2:
            raise self.error(TypingError, f"{what}: diag requires an array of at "
                             "least two dimensions", node)
        axes = [self.const_int(args[a]) if a in args else d
                for d, a in enumerate(("axis1", "axis2"))]
        if None in axes:
            raise self.error(UnsupportedError, f"{what}: axis1 and axis2 must be "
                             "integer constants", node)
        first, second = (self.normalize_axis(a, ndim, node) for a in axes)
        if first == second:
            raise self.error(TypingError, f"{what}: axis1 and axis2 cannot be the "
                             "same", node)
        perm = [d for d in range(ndim) if d not in (first, second)] + [first, second]
        if perm != list(range(ndim)):
            arr = self.transpose_axes(arr, perm, node)
        return self.diagonal(arr, k, node)

    def diagonal(self, arr, k, node):
        """The k-th diagonal of the last two axes: nbc.diagonal, a strided
        view of any layout, read-only as NumPy's."""
        pos = self.pos(node)
        k = S.cast(self.b, k, T.int64, pos)
        ndim = arr.type.ndim - 1
        rt = T.Array(arr.type.dtype, ndim, (None,) * ndim, readonly=True)
        return Value(ir.diagonal(self.b.block, self.b.loc(pos), arr.h, k.h), rt)

    def diagonal_matrix(self, v, k, node):
        """np.diag of a 1-d array: a new (n+|k|)x(n+|k|) matrix with v on
        its k-th diagonal."""
        pos = self.pos(node)
        zero = self.b.constant(0, T.int64, pos)
        n = self.dim(v, 0, node)
        size = S.binary(self.b, "Add", n, S.absolute(self.b, k, pos), pos)
        out = self.new_array([size, size], v.type.dtype,
                             self.b.constant(0, v.type.dtype, pos), node)
        row0 = S.negate(self.b, S.minmax(self.b, "min", k, zero, pos), pos)
        col0 = S.minmax(self.b, "max", k, zero, pos)

        def body(i, _):
            x = self.b.load(v, [i], pos, nowrap=True, noboundscheck=True)
            self.b.store(x, out, [S.binary(self.b, "Add", i, row0, pos),
                                  S.binary(self.b, "Add", i, col0, pos)], pos,
                         nowrap=True, noboundscheck=True)
        self.loop(n, body, node)
        return out

    # -- split --------------------------------------------------------------------------
    def split(self, arr, name, args, node):
        """A tuple of views along `axis` (NumPy returns a list): a constant
        number of sections or a tuple/list of split points."""
        pos = self.pos(node)
        if "indices_or_sections" not in args:
            raise self.error(TypingError, f"np.{name}() missing argument "
                             "'indices_or_sections'", node)
        axis = 0 if "axis" not in args else self.const_int(args["axis"])
        if axis is None:
            raise self.error(TypingError, f"np.{name}: axis must be an integer "
                             "constant", node)
        if arr.type.ndim == 0:
            raise self.error(TypingError, f"np.{name} of a 0-d array", node)
        axis = self.normalize_axis(axis, arr.type.ndim, node)
        where = args["indices_or_sections"]
        if isinstance(where, (ast.Tuple, ast.List)):
            bounds = [None] + [self.int_arg(self.expr(e), "a split index", node)
                               for e in where.elts] + [None]
        else:
            sections = self.const_int(where)
            if sections is None:
                raise self.error(UnsupportedError, f"np.{name}: the number of "
                                 "sections must be an integer constant, or the "
                                 "split points a tuple or list", node)
            if sections <= 0:
                raise self.error(TypingError, "number sections must be larger than 0.",
                                 node)
            extent = self.dim(arr, axis, node)
            count = self.b.constant(sections, T.int64, pos)
            each = S.binary(self.b, "FloorDiv", extent, count, pos)
            extra = S.binary(self.b, "Mod", extent, count, pos)
            if name == "split":
                self.raise_if(S.compare(self.b, "NotEq", extra, self.b.constant(
                    0, T.int64, pos), pos), "ValueError",
                    "array split does not result in an equal division", node)
            # NumPy's array_split: the first `extra` sections one longer.
            bounds = [S.binary(self.b, "Add", S.binary(
                self.b, "Mult", self.b.constant(i, T.int64, pos), each, pos),
                S.minmax(self.b, "min", self.b.constant(i, T.int64, pos), extra, pos),
                pos) for i in range(sections + 1)]
        lead = [WHOLE] * axis
        return TupleValue([self.view(arr, lead + [("slice", lo, hi, None)], node)
                           for lo, hi in zip(bounds, bounds[1:])])

    # -- broadcast_to, asfortranarray ----------------------------------------------------
    def broadcast_view(self, arr, sizes, node):
        """np.broadcast_to: nbc.broadcast_to, a read-only view with zero
        strides (NumPy's ValueErrors from the op)."""
        pos, ndim = self.pos(node), arr.type.ndim
        if ndim > len(sizes):
            raise self.error(TypingError, "input operand has more dimensions than "
                             "allowed by the axis remapping", node)
        sizes = [S.cast(self.b, s, T.int64, pos) for s in sizes]
        rt = T.Array(arr.type.dtype, len(sizes), (None,) * len(sizes), readonly=True)
        return Value(ir.broadcast_to(self.b.block, self.b.loc(pos), arr.h,
                                     [s.h for s in sizes]), rt)

    def asfortranarray(self, arr, node):
        """`a` itself when F-contiguous (a view of it when known only at
        run time), else an F-ordered copy: the transposition of
        np.ascontiguousarray of the transposition."""
        if arr.type.ndim == 0:
            raise self.error(UnsupportedError, "np.asfortranarray of a 0-d array "
                             "(NumPy's is 1-d) is not supported", node)
        if arr.type.layout == "F":
            return arr
        if arr.type.ndim <= 1:
            return self.ascontiguousarray(arr, None, node)
        flipped = self.transpose(arr, node)
        return self.transpose(self.ascontiguousarray(flipped, None, node), node)

    def array_item(self, arr, node):
        """`a.item()` (a size-1 array's element), `a.item(k)` (the k-th in C
        order, negative from the end) and `a.item(i, j, ...)`."""
        if node.keywords:
            raise self.error(TypingError, "item() takes no keyword arguments", node)
        pos, t = self.pos(node), arr.type
        args = [self.materialize(self.expr(a), a) for a in node.args]
        if len(args) == 1 and isinstance(args[0], TupleValue):
            args = args[0].items
        if any(isinstance(a, TupleValue) or not isinstance(a.type, T.Scalar)
               or not a.type.is_int for a in args):
            raise self.error(TypingError, "item() takes integer indices", node)
        if len(args) > 1:
            if len(args) != t.ndim:
                raise self.error(TypingError, f"item(): {len(args)} indices for a "
                                 f"{t.ndim}-d array", node)
            # NumPy checks item()'s indices whatever boundscheck= says.
            return self.b.load(arr, args, pos, nowrap=False, noboundscheck=False)
        size = self.array_attribute(arr, "size", node)
        if not args:
            one = self.b.constant(1, T.int64, pos)
            self.raise_if(S.compare(self.b, "NotEq", size, one, pos), "ValueError",
                          "can only convert an array of size 1 to a Python scalar",
                          node)
            flat = self.b.constant(0, T.int64, pos)
        else:
            flat = self.wrapped_index(S.cast(self.b, args[0], T.int64, pos), size,
                                      "index out of bounds for the array's size in "
                                      "item()", False, node)
        return self.b.load(arr, self.unravel(arr, flat, node), pos, nowrap=True,
                           noboundscheck=True)

    # -- a.flat[i] ------------------------------------------------------------------------
    def flat_position(self, flat, index, node):
        """The indices of `a.flat[index]` (C order, negative from the end),
        with NumPy's IndexError."""
        arr, pos = flat.array, self.pos(node)
        v = None if isinstance(index, (ast.Slice, ast.Tuple)) else \
            self.materialize(self.expr(index), index)
        if not isinstance(v, Value) or not isinstance(v.type, T.Scalar) or \
                not v.type.is_int:
            raise self.error(UnsupportedError, "a.flat[...] takes one integer index",
                             node)
        size = self.array_attribute(arr, "size", node)
        i = self.wrapped_index(S.cast(self.b, v, T.int64, pos), size,
                               "index {} is out of bounds for size {}", True, node)
        return self.unravel(arr, i, node)

    def wrapped_index(self, given, size, message, quoted, node):
        """`given` (negative from the end) checked against `size`: an
        IndexError with `message` (quoting `given` and `size`)."""
        pos = self.pos(node)
        zero = self.b.constant(0, T.int64, pos)
        i = S.where(self.b, S.compare(self.b, "Lt", given, zero, pos),
                    S.binary(self.b, "Add", given, size, pos), given, pos)
        outside = S.binary(self.b, "BitOr", S.compare(self.b, "Lt", i, zero, pos),
                           S.compare(self.b, "GtE", i, size, pos), pos)
        self.b.raise_if(outside, "IndexError", message, pos,
                        [given, size] if quoted else [])
        return i

    def unravel(self, arr, i, node):
        """The indices of the i-th element of `arr` in C order."""
        pos, indices = self.pos(node), []
        for k in reversed(range(arr.type.ndim)):
            extent = self.dim(arr, k, node)
            if k:
                indices.append(S.binary(self.b, "Mod", i, extent, pos))
                i = S.binary(self.b, "FloorDiv", i, extent, pos)
            else:
                indices.append(i)
        return indices[::-1]

    def flat_item(self, flat, node):
        indices = self.flat_position(flat, node.slice, node)
        return self.b.load(flat.array, indices, self.pos(node), nowrap=True,
                           noboundscheck=True)

    def store_flat_item(self, flat, target, value, node):
        self.check_writable(flat.array, "store into", node)
        if not isinstance(value, Value) or not isinstance(value.type, T.Scalar):
            raise self.error(UnsupportedError, "a.flat[i] = x stores one scalar", node)
        indices = self.flat_position(flat, target.slice, node)
        pos = self.pos(node)
        self.b.store(S.cast(self.b, value, flat.array.type.dtype, pos), flat.array,
                     indices, pos, nowrap=True, noboundscheck=True)


    # -- order= ---------------------------------------------------------------------------
    def order_of(self, node, position, what):
        """The AST of a call's `order` argument (keyword, or at
        `position`), or None; no other argument there."""
        kw = self.kwargs(node, ("order",), what)
        if len(node.args) > position + 1 or (len(node.args) > position and kw):
            raise self.error(UnsupportedError, f"{what}: only order= is supported "
                             "after the array", node)
        return node.args[position] if len(node.args) > position else kw.get("order")

    def order_argument(self, node, allowed, what):
        """The constant `order=` string ('C' when absent), one of `allowed`."""
        if node is None:
            return "C"
        value = node.value if isinstance(node, ast.Constant) else None
        if not isinstance(value, str) or value.upper() not in "CFAK" or \
                len(value) != 1:
            raise self.error(TypingError, f"{what}: order must be 'C', 'F', 'A' or 'K' "
                             "as a constant", node)
        if value.upper() not in allowed:
            raise self.error(TypingError, {
                "CF": "only 'C' or 'F' order is permitted",
                "CFA": "order 'K' is not permitted for reshaping"}[allowed], node)
        return value.upper()

    def memory_order(self, arr, order, what, node):
        """'C' or 'F': NumPy's 'A' and 'K' follow the array's layout, which
        must be known at compile time (C- or F-contiguous types)."""
        if order in "CF":
            return order
        t = arr.type
        if t.ndim <= 1 or t.strides is None:
            return "C"
        if t.layout == "F":
            return "F"
        raise self.error(UnsupportedError, f"{what}: order='{order}' of an array "
                         "whose layout is known only at run time (not C- or "
                         "F-contiguous at compile time)", node)

    def in_order(self, arr, order, build, node):
        """`build(arr)` in `order`: 'F' is 'C' on the transposed array,
        transposed back (a view where the 'C' one is)."""
        if order == "C" or arr.type.ndim <= 1:
            return build(arr)
        return self.transpose_axes(build(self.transpose_axes(arr, None, node)), None,
                                   node)

    def ordered_reshape(self, arr, sizes, order, node):
        """reshape(..., order=): 'F' reads and writes the elements in
        Fortran order (reshape of the transposition to the reversed shape,
        transposed)."""
        order = self.memory_order(arr, order, "reshape", node)
        if order == "C":
            return self.reshape(arr, sizes, node)
        shaped = self.reshape(self.transpose_axes(arr, None, node), sizes[::-1], node)
        return self.transpose_axes(shaped, None, node)

    def ordered_ravel(self, arr, order, copy, node):
        """ravel/flatten (`copy`) in `order`."""
        order = self.memory_order(arr, order, "ravel", node)
        if order == "F":
            arr = self.transpose_axes(arr, None, node)
        if copy:
            arr = self.array_map([arr], lambda b, a: a[0], node)
        return self.ravel(arr, node)

    def ordered_copy(self, arr, order, node):
        """a.copy(order=) / np.copy(a, order=): the layout of the copy
        ('A' and 'K' keep an F-contiguous array's, else C)."""
        if order in "AK":
            order = "F" if arr.type.ndim > 1 and arr.type.layout == "F" else "C"
        return self.in_order(arr, order, lambda a: self.array_map(
            [a], lambda b, x: x[0], node), node)

    def creation_order(self, name, node):
        """np.empty/zeros/ones/full's `order` ('C' or 'F'), and the call
        without it."""
        if name not in ("empty", "zeros", "ones", "full", "ndarray"):
            return node, "C"
        position = {"full": 3, "ndarray": 5}.get(name, 2)
        given = node.args[position] if len(node.args) > position else None
        keywords = [kw for kw in node.keywords if kw.arg != "order"]
        if len(keywords) < len(node.keywords):
            if given is not None:
                raise self.error(TypingError, f"np.{name}() got multiple values for "
                                 "argument 'order'", node)
            given = next(kw.value for kw in node.keywords if kw.arg == "order")
        call = ast.copy_location(ast.Call(func=node.func, args=node.args[:position] +
                                          node.args[position + 1:], keywords=keywords),
                                 node)
        return call, self.order_argument(given, "CF", f"np.{name}")

    def new_array_in_order(self, sizes, dtype, fill, order, node):
        """np.empty/zeros/ones/full with order='F': the C array of the
        reversed shape, transposed."""
        if order == "C" or len(sizes) <= 1:
            return self.new_array(sizes, dtype, fill, node)
        return self.transpose_axes(self.new_array(sizes[::-1], dtype, fill, node), None,
                                   node)
