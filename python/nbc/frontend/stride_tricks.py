"""np.lib.stride_tricks: as_strided (nbc.as_strided: the given sizes and
byte strides over the array's memory, NumPy's ValueErrors from the op)
and sliding_window_view (as_strided of the array with the window axes
appended, read-only by default as NumPy's)."""

import ast

from .. import types as T
from .._core import ir
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .builder import TupleValue, Value

STRIDE_TRICKS = ("lib.stride_tricks.as_strided", "lib.stride_tricks.sliding_window_view")
PARAMETERS = {"as_strided": ("x", "shape", "strides", "subok", "writeable"),
              "sliding_window_view": ("x", "window_shape", "axis", "subok", "writeable")}


class StrideTricksMixin:
    def call_stride_trick(self, name, node):
        name = name.rpartition(".")[2]
        what = f"np.lib.stride_tricks.{name}"
        args = self.bind_arguments(node, PARAMETERS[name], what)
        arr = self.bound_array(args["x"], what, node)
        self.constant_flag(args, "subok", what, node)
        writeable = self.constant_flag(args, "writeable", what, node,
                                       name == "as_strided")
        readonly = arr.type.readonly or not writeable
        if name == "as_strided":
            sizes = self.int_tuple(args, "shape", what, node)
            strides = self.int_tuple(args, "strides", what, node)
            if sizes is None:
                sizes = [self.dim(arr, k, node) for k in range(arr.type.ndim)]
            if strides is None:
                strides = self.byte_strides(arr, node)
            if len(sizes) != len(strides):
                raise self.error(TypingError, "mismatch in length of strides and "
                                 "shape", node)
        else:
            sizes, strides = self.window_geometry(arr, args, what, node)
        return self.strided_view(arr, sizes, strides, readonly, node)

    def strided_view(self, arr, sizes, strides, readonly, node):
        """nbc.as_strided: `sizes` and byte `strides` (int Values)."""
        pos = self.pos(node)
        sizes, strides = ([S.cast(self.b, v, T.int64, pos).h for v in values]
                          for values in (sizes, strides))
        rt = T.Array(arr.type.dtype, len(sizes), (None,) * len(sizes),
                     readonly=readonly)
        return Value(ir.as_strided(self.b.block, self.b.loc(pos), arr.h, sizes,
                                   strides), rt)

    def byte_strides(self, arr, node):
        """NumPy's a.strides of any layout: the element strides nbc.stride
        reads at run time times the item size."""
        pos = self.pos(node)
        itemsize = self.b.constant(arr.type.dtype.numpy().itemsize, T.int64, pos)
        return [S.binary(self.b, "Mult", Value(ir.stride(
            self.b.block, self.b.loc(pos), arr.h, k), T.int64), itemsize, pos)
            for k in range(arr.type.ndim)]

    def constant_flag(self, args, key, what, node, default=False):
        if key not in args:
            return default
        flag = args[key]
        if not (isinstance(flag, ast.Constant) and isinstance(flag.value, bool)):
            raise self.error(UnsupportedError, f"{what}: {key} must be True or False "
                             "as a constant", node)
        return flag.value

    def int_tuple(self, args, key, what, node):
        """The integer Values of a tuple argument, or None when absent or
        None."""
        if key not in args or (isinstance(args[key], ast.Constant)
                               and args[key].value is None):
            return None
        v = self.tuple_or_list(args[key], node)
        if not isinstance(v, TupleValue):
            raise self.error(TypingError, f"{what}: {key} must be a tuple of "
                             f"integers, got {getattr(v, 'type', v)}", node)
        return self.shape_values(v, node)

    def tuple_or_list(self, arg, node):
        """The Value of `arg`, a list literal as a tuple (NumPy takes any
        sequence of integers)."""
        if isinstance(arg, ast.List):
            return TupleValue([self.materialize(self.expr(e), e) for e in arg.elts])
        return self.materialize(self.expr(arg), node)

    def window_geometry(self, arr, args, what, node):
        """sliding_window_view's sizes and byte strides, with NumPy's
        errors (the window count and axes at compile time)."""
        pos, ndim = self.pos(node), arr.type.ndim
        if "window_shape" not in args:
            raise self.error(TypingError, f"{what}() missing argument 'window_shape'",
                             node)
        window = self.shape_values(self.tuple_or_list(args["window_shape"], node), node)
        axis = args.get("axis")
        if axis is None or (isinstance(axis, ast.Constant) and axis.value is None):
            axes = list(range(ndim))
            if len(window) != ndim:
                raise self.error(TypingError, "Since axis is `None`, must provide "
                                 "window_shape for all dimensions of `x`; got "
                                 f"{len(window)} window_shape elements and `x.ndim` "
                                 f"is {ndim}.", node)
        else:
            axes = [self.normalize_axis(a, ndim, node)
                    for a in self.constant_axes([axis], what)]
            if len(window) != len(axes):
                raise self.error(TypingError, "Must provide matching length "
                                 f"window_shape and axis; got {len(window)} "
                                 f"window_shape elements and {len(axes)} axes "
                                 "elements.", node)
        zero, one = (self.b.constant(c, T.int64, pos) for c in (0, 1))
        for w in window:
            self.raise_if(S.compare(self.b, "Lt", w, zero, pos), "ValueError",
                          "`window_shape` cannot contain negative values", node)
        sizes = [self.dim(arr, k, node) for k in range(ndim)]
        for a, w in zip(axes, window):
            self.raise_if(S.compare(self.b, "Lt", sizes[a], w, pos), "ValueError",
                          "window shape cannot be larger than input array shape", node)
            sizes[a] = S.binary(self.b, "Add", S.binary(self.b, "Sub", sizes[a], w, pos),
                                one, pos)
        strides = self.byte_strides(arr, node)
        return sizes + window, strides + [strides[a] for a in axes]
