"""np.sort, np.argsort and the methods a.sort(), a.argsort(): nbc.sort (in
place along one axis) and nbc.argsort (a new int64 array of indices), which
call the runtime's radix sorts (a merge sort for complex numbers, in
NumPy's lexicographic order). Every argsort is stable (NumPy's
kind='stable'); `kind=` takes NumPy's values and changes nothing else.
np.partition and np.argpartition sort (nbc.npimpl.partition)."""

import ast

from .. import types as T
from ..errors import TypingError, UnsupportedError
from ..npimpl.partition import partition_function
from .builder import PyObj

NP_SORT = ("sort", "argsort", "partition", "argpartition")
SORT_METHODS = ("sort", "argsort")
# NumPy's sort kinds, by their first letter (PyArray_SortkindConverter).
SORT_KINDS = ("q", "h", "m", "s")


class SortingMixin:
    def sort_arguments(self, name, node, arr):
        """The array and the axis (an int, or None: flattened) of np.sort,
        np.argsort, a.sort() or a.argsort(); `kind=`, `stable=` checked,
        `order=` refused."""
        what = f"np.{name}" if arr is None else name
        params = ("axis", "kind", "order") if arr is not None else \
            ("a", "axis", "kind", "order")
        kw = self.kwargs(node, params + ("stable",), what)
        if len(node.args) > len(params):
            raise self.error(TypingError, f"{what}() takes at most {len(params)} "
                             "arguments", node)
        for param, value in zip(params, node.args):
            if param in kw:
                raise self.error(TypingError, f"{what}() got multiple values for "
                                 f"argument '{param}'", node)
            kw[param] = value
        if arr is None:
            if "a" not in kw:
                raise self.error(TypingError, f"{what}() missing argument 'a'", node)
            arr = self.materialize(self.expr(kw["a"]), node)
        arr = self.expect_array(arr, what, node)
        if not self.is_none_constant(kw.get("order")):
            raise self.error(UnsupportedError, f"{what}: order= is not supported",
                             node)
        self.check_sort_kind(what, kw, node)
        axis = self.sort_axis(kw)
        return arr, axis

    def sort_axis(self, kw):
        """`axis=` of a sort: an integer constant, None, or -1 when absent."""
        if "axis" not in kw:
            return -1
        if self.is_none_constant(kw["axis"]):
            return None
        axis = self.const_int(kw["axis"])
        if axis is None:
            raise self.error(TypingError, "axis must be an integer constant or None",
                             kw["axis"])
        return axis

    def is_none_constant(self, node):
        return node is None or (isinstance(node, ast.Constant) and node.value is None)

    def check_sort_kind(self, what, kw, node):
        kind, stable = kw.get("kind"), kw.get("stable")
        if not self.is_none_constant(kind):
            if not (isinstance(kind, ast.Constant) and isinstance(kind.value, str)):
                raise self.error(TypingError, f"{what}: kind= must be a constant "
                                 "string", node)
            if kind.value[:1].lower() not in SORT_KINDS:
                raise self.error(TypingError, "sort kind must be one of 'quick', "
                                 f"'heap', or 'stable' (got '{kind.value}')", node)
        if not self.is_none_constant(stable):
            if not (isinstance(stable, ast.Constant) and isinstance(stable.value, bool)):
                raise self.error(TypingError, f"{what}: stable= must be a constant "
                                 "True or False", node)
            if not self.is_none_constant(kind):
                raise self.error(TypingError, "`kind` and keyword parameters can't "
                                 "be provided at the same time. Use only one of "
                                 "them.", node)

    def call_np_sort(self, name, node, arr=None):
        """np.sort/np.argsort, or the method when `arr` is given."""
        if name in ("partition", "argpartition"):
            return self.call_np_partition(name, node)
        method = arr is not None
        arr, axis = self.sort_arguments(name, node, arr)
        pos = self.pos(node)
        if name == "sort" and method:
            if axis is None:
                raise self.error(TypingError, "sort(): axis=None is not allowed for "
                                 "the method (NumPy's TypeError)", node)
            self.check_writable(arr, "sort", node)
            axis = self.normalize_axis(axis, arr.type.ndim, node)
            self.b.sort(arr, axis, pos)
            return PyObj(None)
        if name == "sort":
            out = self.array_map([arr], lambda b, a: a[0], node)  # a C-order copy
            if axis is None:
                out, axis = self.ravel(out, node), 0
            axis = self.normalize_axis(axis, out.type.ndim, node)
            self.b.sort(out, axis, pos)
            return out
        if axis is None:
            arr, axis = self.ravel(arr, node), 0
        if arr.type.ndim == 0:
            raise self.error(UnsupportedError, f"{'argsort' if method else 'np.argsort'}"
                             " of a 0-d array (use axis=None)", node)
        axis = self.normalize_axis(axis, arr.type.ndim, node)
        return self.b.argsort(arr, axis, T.Array(T.int64, arr.type.ndim), pos)

    def call_np_partition(self, name, node):
        """np.partition/np.argpartition(a, kth, axis=-1, kind='introselect'):
        kth an integer or a 1-d integer array, axis a constant or None."""
        what = f"np.{name}"
        params = ("a", "kth", "axis", "kind", "order")
        kw = self.kwargs(node, params, what)
        if len(node.args) > len(params):
            raise self.error(TypingError, f"{what}() takes at most {len(params)} "
                             "arguments", node)
        for param, value in zip(params, node.args):
            if param in kw:
                raise self.error(TypingError, f"{what}() got multiple values for "
                                 f"argument '{param}'", node)
            kw[param] = value
        for param in ("a", "kth"):
            if param not in kw:
                raise self.error(TypingError, f"{what}() missing argument '{param}'",
                                 node)
        kind = kw.get("kind")
        if not self.is_none_constant(kind) and not (
                isinstance(kind, ast.Constant) and kind.value == "introselect"):
            raise self.error(TypingError, f"{what}: kind= must be 'introselect' "
                             "(NumPy's only selection algorithm)", node)
        if not self.is_none_constant(kw.get("order")):
            raise self.error(UnsupportedError, f"{what}: order= is not supported",
                             node)
        arr = self.expect_array(self.materialize(self.expr(kw["a"]), kw["a"]), what,
                                node)
        kth = self.materialize(self.expr(kw["kth"]), kw["kth"])
        ktype = getattr(kth, "type", None)
        if isinstance(ktype, T.Scalar) and ktype.kind in "iu":
            kth_ndim = 0
        elif isinstance(ktype, T.Array) and ktype.ndim == 1 and ktype.dtype.kind in "iu":
            kth_ndim = 1
        elif isinstance(ktype, T.Array) and ktype.dtype.kind in "iu":
            raise self.error(UnsupportedError, f"{what}: kth must be an integer or "
                             "a 1-d integer array", node)
        else:
            raise self.error(TypingError, "Partition index must be integer "
                             "(NumPy's TypeError)", node)
        axis = self.sort_axis(kw)
        if axis is not None:
            axis = self.normalize_axis(axis, arr.type.ndim, node)
        fn = partition_function(name, arr.type.ndim, axis, kth_ndim)
        vals = [arr, kth]
        return self.call_compiled(fn, vals, [v.type for v in vals], self.options, node)
