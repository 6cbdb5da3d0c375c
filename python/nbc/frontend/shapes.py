"""Shapes: reshape, ravel, flatten, transpose with axes, concatenate, stack.

Reshaping is nbc.reshape (a view of a C-contiguous array, else a copy) and
joining nbc.concatenate; np.stack/hstack/vstack are nbc.concatenate on views
with a new axis (nbc.slice with `none`). NumPy decides result dtypes at
compile time.
"""

import ast

import numpy as np

from .. import types as T
from ..errors import AxisError, TypingError, UnsupportedError
from . import scalar as S
from .arrays import NEWAXIS, WHOLE
from .builder import TupleValue, Value

# NumPy functions handled here, and the array methods.
NP_SHAPE = ("reshape", "ravel", "transpose", "concatenate", "stack", "hstack",
            "vstack", "row_stack", "dstack", "ascontiguousarray", "atleast_1d", "atleast_2d", "atleast_3d",
            "expand_dims", "swapaxes", "moveaxis")
# np.atleast_Nd's view of an array of each smaller rank: where its axes go.
ATLEAST = {1: {0: [NEWAXIS]},
           2: {0: [NEWAXIS, NEWAXIS], 1: [NEWAXIS, WHOLE]},
           3: {0: [NEWAXIS] * 3, 1: [NEWAXIS, WHOLE, NEWAXIS], 2: [WHOLE, WHOLE, NEWAXIS]}}
SHAPE_METHODS = ("reshape", "ravel", "flatten", "transpose", "swapaxes")


class ShapesMixin:
    def is_array(self, v):
        return isinstance(v, Value) and isinstance(v.type, T.Array)

    def expect_array(self, v, what, node):
        if not self.is_array(v):
            raise self.error(TypingError, f"{what} expects an array, got "
                             f"{getattr(v, 'type', v)}", node)
        return v

    def normalize_axis(self, axis, ndim, node):
        """NumPy's axis check (its AxisError, at compile time here)."""
        if not -ndim <= axis < ndim:
            raise self.error(AxisError, f"axis {axis} is out of bounds for array "
                             f"of dimension {ndim}", node)
        return axis % ndim

    # -- reshape ---------------------------------------------------------------
    def reshape(self, arr, shape, node, contiguous_view=False):
        """`shape`: a list of integer Values (one may be negative: inferred).
        A view where NumPy's reshape gives one (with `contiguous_view`, as
        NumPy's ravel: only of a C-contiguous array), else a copy."""
        sizes = self.shape_values(TupleValue(shape), node)
        return self.b.reshape(arr, sizes, contiguous_view, self.pos(node))

    def ravel(self, arr, node):
        minus_one = self.b.constant(-1, T.int64, self.pos(node))
        return self.reshape(arr, [minus_one], node, contiguous_view=True)

    def ascontiguousarray(self, arr, more, node):
        """np.ascontiguousarray(a): `a` itself when it is C-contiguous (a
        view of it when that is known only at run time), else a C-ordered
        copy, as NumPy's; nbc.reshape to its own shape decides."""
        if more:
            raise self.error(UnsupportedError, "np.ascontiguousarray: dtype is not "
                             "supported", node)
        if arr.type.ndim == 0:
            raise self.error(UnsupportedError, "np.ascontiguousarray of a 0-d array "
                             "(NumPy's is 1-d) is not supported", node)
        if arr.type.strides is None:
            return arr
        sizes = [self.dim(arr, k, node) for k in range(arr.type.ndim)]
        return self.reshape(arr, sizes, node, contiguous_view=True)

    def shape_arguments(self, args, name, node):
        """`reshape(2, 3)`, `reshape((2, 3))` or `reshape(n)`: the sizes."""
        if len(args) == 1:
            v = self.materialize(args[0], node)
            return v.items if isinstance(v, TupleValue) else [v]
        if not args:
            raise self.error(TypingError, f"{name}() needs a shape", node)
        return [self.materialize(a, node) for a in args]

    # -- transpose -------------------------------------------------------------
    def transpose_axes(self, arr, axes, node):
        """np.transpose(a, axes) / a.transpose(axes): a view; `axes` a
        list of integer constants (None reverses them, as `a.T`)."""
        t = arr.type
        if axes is None:
            return arr if t.ndim <= 1 else self.transpose(arr, node)
        if len(axes) != t.ndim:
            raise self.error(TypingError, "axes don't match array", node)
        perm = [self.normalize_axis(a, t.ndim, node) for a in axes]
        if len(set(perm)) != len(perm):
            raise self.error(TypingError, "repeated axis in transpose", node)
        return self.b.transpose(arr, self.pos(node), perm)

    def constant_axes(self, nodes, name):
        """Integer constants from AST nodes (a tuple, or several)."""
        if len(nodes) == 1 and isinstance(nodes[0], (ast.Tuple, ast.List)):
            nodes = nodes[0].elts
        if len(nodes) == 1 and isinstance(nodes[0], ast.Constant) and \
                nodes[0].value is None:
            return None
        axes = [self.const_int(n) for n in nodes]
        if any(a is None for a in axes):
            raise self.error(TypingError, f"{name}: axes must be integer constants",
                             nodes[0])
        return axes

    # -- joining ---------------------------------------------------------------
    def array_sequence(self, v, name, node, verb="concatenate"):
        v = self.materialize(v, node)
        if not isinstance(v, TupleValue):
            raise self.error(TypingError, f"np.{name} expects a tuple of arrays, got "
                             f"{getattr(v, 'type', v)}", node)
        if not v.items:
            raise self.error(TypingError, f"need at least one array to {verb}", node)
        for x in v.items:
            if not self.is_array(x):
                raise self.error(UnsupportedError, f"np.{name}: every item must be "
                                 f"an array, got {getattr(x, 'type', x)}", node)
        return list(v.items)

    def common_dtype(self, arrays, node):
        """NumPy's result dtype of the arrays' dtypes; each cast to it."""
        dtype = T.from_dtype(np.result_type(*[a.type.dtype.numpy() for a in arrays]))
        return dtype, [self.astype(a, dtype, node) for a in arrays]

    def concatenate(self, arrays, axis, node):
        ndim = arrays[0].type.ndim
        for k, a in enumerate(arrays):
            if a.type.ndim == 0:
                raise self.error(TypingError, "zero-dimensional arrays cannot be "
                                 "concatenated", node)
            if a.type.ndim != ndim:
                raise self.error(TypingError, f"all the input arrays must have same "
                                 f"number of dimensions, but the array at index 0 "
                                 f"has {ndim} dimension(s) and the array at index "
                                 f"{k} has {a.type.ndim} dimension(s)", node)
        axis = self.normalize_axis(axis, ndim, node)
        dtype, arrays = self.common_dtype(arrays, node)
        return self.b.concatenate(arrays, axis, T.Array(dtype, ndim), self.pos(node))

    def new_axis(self, arr, axis, node):
        """`arr` viewed with a new axis of size 1 at `axis`."""
        return self.view(arr, [WHOLE] * axis + [NEWAXIS], node)

    def stack(self, arrays, axis, node):
        ndim = arrays[0].type.ndim
        if any(a.type.ndim != ndim for a in arrays):
            raise self.error(TypingError, "all input arrays must have the same shape",
                             node)
        axis = self.normalize_axis(axis, ndim + 1, node)
        pos = self.pos(node)
        for a in arrays[1:]:
            for d in range(ndim):
                differ = S.compare(self.b, "NotEq", self.dim(a, d, node),
                                   self.dim(arrays[0], d, node), pos)
                self.raise_if(differ, "ValueError",
                              "all input arrays must have the same shape", node)
        return self.concatenate([self.new_axis(a, axis, node) for a in arrays],
                                axis, node)

    def rows_joined(self, arr, name, axis, node):
        """np.concatenate(a, axis) / np.stack(a, axis) of an array `a`: the
        sequence of its rows, as NumPy reads it. A copy with a's first axis
        moved to `axis` (stack), merged with the axis after it (concatenate)."""
        ndim, pos = arr.type.ndim, self.pos(node)
        if name == "concatenate" and ndim == 1 and axis is not None:
            raise self.error(TypingError, "zero-dimensional arrays cannot be "
                             "concatenated", node)
        rows = self.dim(arr, 0, node)
        self.raise_if(S.compare(self.b, "Eq", rows, self.b.constant(0, T.int64, pos), pos),
                      "ValueError", f"need at least one array to {name}", node)
        if axis is None:  # concatenate(a, axis=None): every row flattened
            return self.ordered_copy(self.ravel(arr, node), "C", node)
        axis = self.normalize_axis(axis, ndim if name == "stack" else ndim - 1, node)
        perm = list(range(1, ndim))
        perm.insert(axis, 0)
        moved = self.ordered_copy(self.transpose_axes(arr, perm, node), "C", node)
        if name == "stack":
            return moved
        sizes = [self.dim(moved, d, node) for d in range(ndim)]
        sizes[axis:axis + 2] = [S.binary(self.b, "Mult", sizes[axis], sizes[axis + 1], pos)]
        return self.reshape(moved, sizes, node)

    def call_np_shape(self, name, node):
        """np.reshape/ravel/transpose/concatenate/stack/hstack/vstack/dstack/
        ascontiguousarray/atleast_1d/2d/3d/expand_dims/swapaxes/moveaxis."""
        allowed = {"reshape": ("shape", "order"), "ravel": ("order",),
                   "transpose": ("axes",),
                   "concatenate": ("axis",), "stack": ("axis",),
                   "ascontiguousarray": ("dtype",), "expand_dims": ("axis",)}.get(name, ())
        kw = self.kwargs(node, allowed, f"np.{name}")
        if not node.args:
            raise self.error(TypingError, f"np.{name}() needs an array", node)
        first = self.expr(node.args[0])
        rest = node.args[1:]
        if name in ("reshape", "ravel", "transpose", "ascontiguousarray", "atleast_1d",
                    "atleast_2d", "atleast_3d", "expand_dims", "swapaxes", "moveaxis"):
            arr = self.expect_array(self.materialize(first, node), f"np.{name}", node)
            if name == "ascontiguousarray":
                return self.ascontiguousarray(arr, rest or kw, node)
            if name in ("swapaxes", "moveaxis"):
                return self.moved_axes(arr, name, rest, node)
            if name == "expand_dims":
                axis = self.const_int(rest[0] if rest else kw.get("axis"))
                if axis is None or len(rest) > 1:
                    raise self.error(UnsupportedError, "np.expand_dims(a, axis) needs "
                                     "one integer constant axis", node)
                return self.new_axis(arr, self.normalize_axis(axis, arr.type.ndim + 1,
                                                               node), node)
            if name.startswith("atleast_"):
                if rest:
                    raise self.error(UnsupportedError, f"np.{name} of several arrays "
                                     "(a tuple) is not supported", node)
                views = ATLEAST[int(name[len("atleast_")])]
                return self.view(arr, views[arr.type.ndim], node) \
                    if arr.type.ndim in views else arr
            if name == "ravel":
                order = self.order_of(ast.copy_location(ast.Call(
                    func=node.func, args=rest, keywords=node.keywords), node), 0,
                    "np.ravel")
                return self.ordered_ravel(arr, self.order_argument(
                    order, "CFAK", "np.ravel"), False, node)
            if name == "reshape":
                shape = [self.expr(a) for a in rest[:1]] + \
                    ([self.expr(kw["shape"])] if "shape" in kw else [])
                if len(shape) != 1 or len(rest) > 2:
                    raise self.error(TypingError, "np.reshape(a, shape, order) takes "
                                     "the shape as one argument", node)
                order = self.order_argument(rest[1] if len(rest) > 1 else
                                            kw.get("order"), "CFA", "np.reshape")
                return self.ordered_reshape(arr, self.shape_arguments(
                    shape, "reshape", node), order, node)
            axes_nodes = list(rest) + ([kw["axes"]] if "axes" in kw else [])
            axes = self.constant_axes(axes_nodes, "np.transpose") if axes_nodes \
                else None
            return self.transpose_axes(arr, axes, node)
        if len(rest) > 1:
            raise self.error(UnsupportedError, f"np.{name}: only the arrays and the "
                             "axis are supported", node)
        if rest or "axis" in kw:
            axis_node = rest[0] if rest else kw["axis"]
            if name in ("hstack", "vstack", "row_stack", "dstack"):
                raise self.error(TypingError, f"np.{name}() takes no axis", node)
            if isinstance(axis_node, ast.Constant) and axis_node.value is None \
                    and name == "concatenate":
                if self.is_array(first):
                    return self.rows_joined(first, name, None, node)
                arrays = self.array_sequence(first, name, node)
                return self.concatenate([self.ravel(a, node) for a in arrays], 0, node)
            axis = self.const_int(axis_node)
            if axis is None:
                raise self.error(TypingError, "axis must be an integer constant",
                                 axis_node)
        else:
            axis = 0
        if name in ("concatenate", "stack") and self.is_array(first):
            return self.rows_joined(first, name, axis, node)
        if name == "stack":
            return self.stack(self.array_sequence(first, name, node, "stack"), axis,
                              node)
        arrays = self.array_sequence(first, name, node)
        if name == "hstack":
            if any(a.type.ndim == 0 for a in arrays):
                raise self.error(UnsupportedError, "np.hstack of 0-d arrays", node)
            return self.concatenate(arrays, 0 if arrays[0].type.ndim == 1 else 1, node)
        if name in ("vstack", "row_stack"):  # np.row_stack: NumPy's alias
            if any(a.type.ndim == 0 for a in arrays):
                raise self.error(UnsupportedError, f"np.{name} of 0-d arrays", node)
            arrays = [self.new_axis(a, 0, node) if a.type.ndim == 1 else a
                      for a in arrays]
        if name == "dstack":  # np.atleast_3d's views, joined along axis 2
            arrays = [self.view(a, ATLEAST[3][a.type.ndim], node)
                      if a.type.ndim in ATLEAST[3] else a for a in arrays]
            axis = 2
        return self.concatenate(arrays, axis, node)

    def call_shape_method(self, arr, name, node):
        """a.reshape(...), a.ravel(), a.flatten(), a.transpose(...),
        a.swapaxes(i, j)."""
        if name in ("ravel", "flatten"):
            order = self.order_argument(self.order_of(node, 0, name), "CFAK", name)
            return self.ordered_ravel(arr, order, name == "flatten", node)
        if name == "reshape":
            order = self.order_argument(self.kwargs(node, ("order",), name).get(
                "order"), "CFA", name)
            return self.ordered_reshape(arr, self.shape_arguments(
                [self.expr(a) for a in node.args], "reshape", node), order, node)
        if node.keywords:
            raise self.error(UnsupportedError, f"{name}(): keyword arguments are not "
                             "supported", node)
        if name == "swapaxes":
            return self.moved_axes(arr, name, node.args, node)
        axes = self.constant_axes(node.args, "transpose") if node.args else None
        return self.transpose_axes(arr, axes, node)

    def moved_axes(self, arr, name, args, node):
        """swapaxes(a, i, j) / moveaxis(a, source, destination): views (a
        permutation of the axes, nbc.transpose), as NumPy's; integer
        constant axes."""
        axes = [self.const_int(a) for a in args]
        if len(axes) != 2 or None in axes:
            raise self.error(UnsupportedError, f"{name}() takes two integer constant "
                             "axes", node)
        ndim = arr.type.ndim
        i, j = (self.normalize_axis(a, ndim, node) for a in axes)
        perm = list(range(ndim))
        if name == "swapaxes":
            perm[i], perm[j] = perm[j], perm[i]
        else:
            perm.remove(i)
            perm.insert(j, i)
        return self.transpose_axes(arr, perm, node)
