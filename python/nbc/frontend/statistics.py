"""Reductions with NumPy's axis semantics: np.sum, prod, min, max, mean,
argmin, argmax, any, all, var, std and the NaN-skipping np.nansum, nanprod,
nanmean, nanmin, nanmax, nanvar, nanstd (functions and methods), and the
ufunc method `reduce` (np.add.reduce, ...). The frontend only parses
`axis=` (int, negative, tuple, None), `keepdims=` and `ddof=`, normalises
the axes (NumPy's AxisError and 'duplicate value' errors at compile time);
nbc.array_reduce does the rest, with NumPy's result dtypes."""

import ast

import numpy as np

from .. import types as T
from ..errors import AxisError, TypingError, UnsupportedError
from ..npimpl.averages_axis import average_axis_function, count_nonzero_axis_function
from ..npimpl.comparison import cross_axes_function, trapezoid_axis_function
from ..npimpl.ordering_axis import ordering_axis_function
from . import scalar as S
from .builder import Value

NP_STATISTICS = ("var", "std", "nansum", "nanprod", "nanmean", "nanmin", "nanmax",
                 "nanvar", "nanstd")
VARIANCES = ("var", "std", "nanvar", "nanstd")
# NumPy's keywords nbc does not take (an UnsupportedError naming them).
UNSUPPORTED_KEYWORDS = ("dtype", "out", "where", "initial", "mean", "correction")
# The kind of nbc.array_reduce for ufunc.reduce.
UFUNC_REDUCE = {"add": "sum", "multiply": "prod", "maximum": "max", "minimum": "min",
                "logical_and": "all", "logical_or": "any"}


def keeps_nan_kind(kind, dtype):
    """The plain kind of a nan reduction of a dtype without NaNs."""
    if kind.startswith("nan") and not (dtype.is_float or dtype.is_complex):
        return kind[3:]
    return kind


class StatisticsMixin:
    def reduction_arguments(self, name, node, arr, what, defaults):
        """(array, axis node or None, keepdims, ddof node or None) of a call
        `np.name(a, axis, ...)` or `arr.name(axis, ...)`; `defaults` gives
        the axis when the call has none (np.add.reduce's 0)."""
        params = ["axis", "keepdims"] + (["ddof"] if name in VARIANCES else [])
        args = list(node.args)
        if arr is None:
            if not args:
                raise self.error(TypingError, f"{what}() missing argument 'a'", node)
            arr = self.materialize(self.expr(args.pop(0)), node)
        arr = self.expect_array(arr, what, node)
        if len(args) > 1:
            raise self.error(UnsupportedError, f"{what}: only the axis may be "
                             "passed by position (use keywords)", node)
        given = {"axis": args[0]} if args else {}
        for kw in node.keywords:
            if kw.arg in UNSUPPORTED_KEYWORDS:
                raise self.error(UnsupportedError, f"{what}: the keyword argument "
                                 f"'{kw.arg}' is not supported", node)
            if kw.arg not in params or kw.arg in given:
                raise self.error(TypingError, f"{what}() got an unexpected or "
                                 f"repeated keyword argument '{kw.arg}'", node)
            given[kw.arg] = kw.value
        keepdims = False
        if "keepdims" in given:
            k = given["keepdims"]
            if not (isinstance(k, ast.Constant) and isinstance(k.value, bool)):
                raise self.error(TypingError, f"{what}: keepdims must be True or "
                                 "False, as a constant", node)
            keepdims = k.value
        return arr, given.get("axis", defaults), keepdims, given.get("ddof")

    def reduction_axes(self, axis, ndim, what, node, single=False):
        """The sorted axes an `axis=` AST node names (None for all);
        NumPy's AxisError and duplicate error, known at compile time."""
        if axis is None or (isinstance(axis, ast.Constant) and axis.value is None):
            return None
        if isinstance(axis, ast.Tuple):
            if single:
                raise self.error(TypingError, f"{what}: axis must be an integer, "
                                 "not a tuple", node)
            nodes = axis.elts
        else:
            nodes = [axis]
        axes = []
        for n in nodes:
            a = self.const_int(n)
            if a is None:
                raise self.error(TypingError, f"{what}: axis must be an integer "
                                 "constant or a tuple of them", node)
            if not -ndim <= a < ndim:
                raise self.error(AxisError, f"axis {a} is out of bounds for array "
                                 f"of dimension {ndim}", node)
            axes.append(a % ndim)
        if len(set(axes)) != len(axes):
            raise self.error(TypingError, "duplicate value in 'axis' (NumPy's "
                             "ValueError)", node)
        return sorted(axes)

    def call_reduction(self, name, kind, node, arr=None, default_axis=None):
        """np.name(a, axis=, keepdims=[, ddof=]) or arr.name(...): an
        nbc.array_reduce of `kind`."""
        what = f"np.{name}" if arr is None else name
        arr, axis, keepdims, ddof = self.reduction_arguments(
            name, node, arr, what, default_axis)
        axes = self.reduction_axes(axis, arr.type.ndim, what, node,
                                   single=kind in ("argmin", "argmax"))
        if ddof is not None:
            ddof = self.materialize(self.expr(ddof), ddof)
            if not isinstance(ddof, Value) or not isinstance(ddof.type, T.Scalar) or \
                    ddof.type.is_complex:
                raise self.error(TypingError, f"{what}: ddof must be a number", node)
        return self.reduce(kind, arr, axes, node, keepdims=keepdims, ddof=ddof,
                           what=what)

    def reduce(self, kind, arr, axes, node, keepdims=False, ddof=None, what=None):
        """nbc.array_reduce of `arr` over `axes` (a list of normalised
        axes, an int, or None for all), with the dtypes the dialect gives
        (NumPy's); the nan kinds of non-float arrays are the plain ones."""
        what = what or kind
        if not isinstance(arr, Value) or not isinstance(arr.type, T.Array):
            raise self.error(TypingError, f"{what}() expects an array, got "
                             f"{getattr(arr, 'type', arr)}", node)
        t = arr.type
        if isinstance(axes, int):
            axes = self.reduction_axes(ast.Constant(axes), t.ndim, what, node)
        dt = t.dtype
        kind = keeps_nan_kind(kind, dt)
        if axes is not None and len(axes) == t.ndim and not keepdims:
            axes = None  # every axis: a scalar, as NumPy's
        elif axes is None and keepdims:
            axes = list(range(t.ndim))
        if ddof is not None:
            ddof = S.cast(self.b, ddof, T.float64, self.pos(node))
        return self.b.array_reduce(kind, arr, axes, self.pos(node), keepdims=keepdims,
                                   ddof=ddof)

    def call_np_statistics(self, name, node, arr=None):
        return self.call_reduction(name, name, node, arr)

    def call_ufunc_reduce(self, ufunc, node):
        """np.add.reduce(a, axis=0, keepdims=False) and the others of
        UFUNC_REDUCE: NumPy's axis defaults to 0."""
        what = f"np.{ufunc}.reduce"
        if ufunc not in UFUNC_REDUCE:
            raise self.error(UnsupportedError, f"{what} is not supported (only "
                             f"{', '.join(UFUNC_REDUCE)})", node)
        return self.call_reduction(f"{ufunc}.reduce", UFUNC_REDUCE[ufunc], node,
                                   default_axis=ast.Constant(0))

    # -- np.median / nanmedian / percentile / quantile with axis= ---------------
    def order_statistic_call(self, name, node):
        """(result, argument types, node) of np.median/nanmedian/percentile/
        quantile with `axis=` (int, negative, tuple) or `keepdims=True`,
        compiled from npimpl.ordering_axis; (None, None, the call without
        NumPy's no-op arguments) when the flattened array is meant. `out=`, `weights=` and methods
        other than 'linear' are an UnsupportedError naming themselves."""
        what = f"np.{name}"
        has_q = name.endswith(("percentile", "quantile"))
        params = ["a"] + (["q"] if has_q else []) + ["axis", "out", "overwrite_input"] + \
            (["method"] if has_q else []) + ["keepdims"]
        if len(node.args) > len(params):
            raise self.error(TypingError, f"{what}() takes at most {len(params)} "
                             "positional arguments", node)
        given = dict(zip(params, node.args))
        for kw in node.keywords:
            if kw.arg not in params:
                raise self.error(UnsupportedError, f"{what}: {kw.arg}= is not "
                                 "supported", node)
            if kw.arg in given:
                raise self.error(TypingError, f"{what}() got multiple values for "
                                 f"argument '{kw.arg}'", node)
            given[kw.arg] = kw.value
        if not self.is_none_constant(given.get("out")):
            raise self.error(UnsupportedError, f"{what}: out= is not supported", node)
        method = given.get("method")
        if method is not None and not (isinstance(method, ast.Constant) and
                                       method.value == "linear"):
            raise self.error(UnsupportedError, f"{what}: only method='linear' is "
                             "supported", node)
        flags = {}
        for flag in ("overwrite_input", "keepdims"):  # overwrite_input: allowed, unused
            value = given.get(flag, ast.Constant(False))
            if not (isinstance(value, ast.Constant) and isinstance(value.value, bool)):
                raise self.error(TypingError, f"{what}: {flag} must be True or False, "
                                 "as a constant", node)
            flags[flag] = value.value
        for p in ("a", "q") if has_q else ("a",):
            if p not in given:
                raise self.error(TypingError, f"{what}() missing argument '{p}'", node)
        axis = given.get("axis")
        if self.is_none_constant(axis) and not flags["keepdims"]:
            args = [given["a"]] + ([given["q"]] if has_q else [])
            return None, None, ast.copy_location(ast.Call(func=node.func, args=args,
                                                          keywords=[]), node)
        arr = self.expect_array(self.materialize(self.expr(given["a"]), given["a"]),
                                what, node)
        if has_q and arr.type.dtype.is_bool:
            raise self.error(UnsupportedError, f"{what} of {arr.type.dtype} arrays with "
                             "axis= is not supported (NumPy raises TypeError for "
                             "bool)", node)
        ndim = arr.type.ndim
        axes = self.reduction_axes(axis, ndim, what, node)
        axes = tuple(range(ndim)) if axes is None else tuple(axes)
        vals = [arr]
        q_ndim = None
        if has_q:
            q = self.materialize(self.expr(given["q"]), given["q"])
            if isinstance(getattr(q, "type", None), T.Array):
                q_ndim = q.type.ndim
            elif not isinstance(getattr(q, "type", None), T.Scalar):
                raise self.error(TypingError, f"{what}: q must be a number or an "
                                 "array", node)
            vals.append(q)
        fn = ordering_axis_function(name, ndim, axes, flags["keepdims"], q_ndim,
                                    arr.type.dtype.is_complex)
        types = [v.type for v in vals]
        return self.call_compiled(fn, vals, types, self.options, node), types, node

    # -- np.average / np.count_nonzero with axis= --------------------------------
    def trapezoid_call(self, node):
        """np.trapezoid(y, x=None, dx=1.0, axis=k), k an integer constant:
        y's axis k (and x's, when x has y's rank) moved last for npimpl's
        trapezoid along the last axis; None without axis= (npimpl's)."""
        params = ("y", "x", "dx", "axis")
        given = dict(zip(params, node.args))
        given.update((kw.arg, kw.value) for kw in node.keywords if kw.arg in params)
        if "axis" not in given or len(node.args) > len(params) or any(
                kw.arg not in params for kw in node.keywords):
            return None  # npimpl's trapezoid, or its message
        y = self.expect_array(self.materialize(self.expr(given["y"]), given["y"]),
                              "np.trapezoid", node)
        axis = self.const_int(given["axis"])
        if axis is None:
            raise self.error(TypingError, "np.trapezoid: axis must be an integer "
                             "constant", node)
        axis = self.normalize_axis(axis, y.type.ndim, node)
        vals, x_ndim = [y], None
        if not self.is_none_constant(given.get("x")):
            x = self.expect_array(self.materialize(self.expr(given["x"]), given["x"]),
                                  "np.trapezoid", node)
            x_ndim = x.type.ndim
            if x_ndim not in (1, y.type.ndim):
                raise self.error(UnsupportedError, "np.trapezoid: x must be 1-d or of "
                                 "y's rank", node)
            vals.append(x)
        else:
            vals.append(self.b.constant(0, T.int64, self.pos(node)))  # unused
        vals.append(self.materialize(self.expr(given["dx"]), given["dx"]) if "dx" in given
                    else self.b.constant(1.0, T.float64, self.pos(node)))
        fn = trapezoid_axis_function(axis, x_ndim)
        return self.call_compiled(fn, vals, [v.type for v in vals], self.options, node)

    def cross_call(self, node):
        """np.cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None) with axis
        keywords (integer constants; axis= stands for all three, as NumPy's):
        npimpl's cross of the vectors moved last; None without them."""
        params = ("a", "b", "axisa", "axisb", "axisc", "axis")
        given = dict(zip(params, node.args))
        given.update((kw.arg, kw.value) for kw in node.keywords if kw.arg in params)
        if not any(k in given for k in params[2:]) or len(node.args) > len(params) or \
                any(kw.arg not in params for kw in node.keywords):
            return None  # npimpl's cross, or its message
        a, b = (self.expect_array(self.materialize(self.expr(given[k]), given[k]),
                                  "np.cross", node) for k in ("a", "b"))
        axes = {}
        for k in params[2:]:
            value = given.get(k)
            if value is None or self.is_none_constant(value):
                axes[k] = None if k == "axis" else -1
                continue
            axes[k] = self.const_int(value)
            if axes[k] is None:
                raise self.error(TypingError, f"np.cross: {k} must be an integer "
                                 "constant", node)
        if axes["axis"] is not None:
            axes.update(axisa=axes["axis"], axisb=axes["axis"], axisc=axes["axis"])
        ndims = {"axisa": a.type.ndim, "axisb": b.type.ndim,
                 "axisc": max(a.type.ndim, b.type.ndim)}  # the product's rank
        for k, ndim in ndims.items():
            if not -ndim <= axes[k] < ndim:
                raise self.error(AxisError, f"{k}: axis {axes[k]} is out of bounds "
                                 f"for array of dimension {ndim}", node)
        fn = cross_axes_function(*(axes[k] % ndims[k] for k in ndims))
        return self.call_compiled(fn, [a, b], [a.type, b.type], self.options, node)

    def axis_average_call(self, name, node):
        """np.average(a, axis, weights) / np.count_nonzero(a, axis) with an
        axis other than None, compiled from npimpl.averages_axis; None
        when the whole array is meant (npimpl.comparison's functions)."""
        what = f"np.{name}"
        params = ("a", "axis", "weights") if name == "average" else ("a", "axis")
        given = dict(zip(params, node.args))
        for kw in node.keywords:
            if kw.arg not in params:
                raise self.error(UnsupportedError, f"{what}: {kw.arg}= is not "
                                 "supported", node)
            given[kw.arg] = kw.value
        if len(node.args) > len(params) or self.is_none_constant(given.get("axis")):
            return None  # the whole array, or too many arguments: npimpl's message
        arr = self.expect_array(self.materialize(self.expr(given["a"]), given["a"]),
                                what, node)
        ndim = arr.type.ndim
        axes = tuple(self.reduction_axes(given["axis"], ndim, what, node) or range(ndim))
        if name == "count_nonzero":
            fn = count_nonzero_axis_function(axes)
            return self.call_compiled(fn, [arr], [arr.type], self.options, node)
        vals = [arr]
        weights_ndim = dtype = None
        if not self.is_none_constant(given.get("weights")):
            w = self.expect_array(self.materialize(self.expr(given["weights"]),
                                                   given["weights"]), what, node)
            weights_ndim = w.type.ndim
            if weights_ndim not in (ndim, 1) or (weights_ndim != ndim and len(axes) > 1):
                raise self.error(UnsupportedError, f"{what}: weights must have a's "
                                 "shape, or be 1-d along one axis", node)
            kinds = (arr.type.dtype.numpy(), w.type.dtype.numpy())
            if any(k.kind == "c" for k in kinds):
                raise self.error(UnsupportedError, f"{what} of complex values with "
                                 "axis= is not supported", node)
            extra = ("f8",) if kinds[0].kind in "biu" else ()
            dtype = np.result_type(*kinds, *extra).name
            vals.append(w)
        fn = average_axis_function(ndim, axes, weights_ndim, dtype)
        return self.call_compiled(fn, vals, [v.type for v in vals], self.options, node)
