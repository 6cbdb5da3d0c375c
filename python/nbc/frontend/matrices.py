"""np.copy, np.flip, np.trace, np.eye, np.identity, np.triu, np.tril,
np.linspace, np.mgrid, np.repeat along an axis and np.arange (its arguments; the loop) as compositions of existing ops: a copy (nbc.ufunc), a view
(nbc.slice with negative steps), nbc.full, and nbc.range loops of loads and
stores."""

import ast

from .. import types as T
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .builder import Value

NP_MATRIX = ("copy", "flip", "trace", "eye", "identity", "triu", "tril", "linspace")


class MatricesMixin:
    def loop(self, n, body, node, inits=()):
        """`for i in range(n)` with `body(i, carried) -> carried`; returns
        the carried values after the loop."""
        pos = self.pos(node)
        zero, one = (self.b.constant(c, T.int64, pos) for c in (0, 1))
        op, block, i, args = self.b.range(zero, n, one, list(inits), pos)
        with self.b.at(block):
            self.b.nbc_yield(body(i, args) or [], pos)
        return self.b.op_results(op, [v.type for v in inits])

    def loop_nest(self, sizes, body, node, index=()):
        """Nested `for` loops over `sizes`, outermost first; `body(index)`
        in the innermost (the list of loop indices)."""
        if len(index) < len(sizes):
            self.loop(sizes[len(index)],
                      lambda i, _: self.loop_nest(sizes, body, node, index + (i,)), node)
            return
        body(list(index))

    def int_arg(self, v, name, node):
        v = self.materialize(v, node)
        if not isinstance(v, Value) or not isinstance(v.type, T.Scalar) or \
                v.type.is_float:
            raise self.error(TypingError, f"{name} must be an integer", node)
        return S.cast(self.b, v, T.int64, self.pos(node))

    def call_np_matrix(self, name, node):
        names = {"copy": ("a", "order"), "flip": ("m", "axis"), "trace": ("a", "offset", "axis1", "axis2", "dtype"),
                 "eye": ("N", "M", "k", "dtype"), "identity": ("n", "dtype"),
                 "triu": ("m", "k"), "tril": ("m", "k"),
                 "linspace": ("start", "stop", "num", "endpoint", "retstep", "dtype")}[name]
        args = self.bind_arguments(node, names, f"np.{name}")
        pos = self.pos(node)
        if name in ("eye", "identity"):
            return self.eye(args, name, node)
        if name == "linspace":
            return self.linspace_of_dtype(args, node)
        arr = self.expect_array(self.materialize(self.expr(args[names[0]]), node),
                                f"np.{name}", node)
        if name == "copy":  # NumPy's default order: 'K'
            return self.ordered_copy(arr, self.order_argument(
                args.get("order", ast.Constant("K")), "CFAK", "np.copy"), node)
        if name == "flip":
            axes = range(arr.type.ndim)
            if "axis" in args and not (isinstance(args["axis"], ast.Constant) and
                                       args["axis"].value is None):
                axes = self.constant_axes([args["axis"]], "np.flip") or []
                axes = [self.normalize_axis(a, arr.type.ndim, node) for a in axes]
            return self.flip_view(arr, axes, node)
        if name == "trace" and (arr.type.ndim != 2 or "axis1" in args or
                                "axis2" in args or "dtype" in args):
            return self.trace_along(arr, args, node)
        if name in ("tril", "triu") and arr.type.ndim == 1:  # its rows, as NumPy's
            n = self.dim(arr, 0, node)
            arr = self.broadcast_view(arr, [n, n], node)
        if arr.type.ndim != 2:
            raise self.error(UnsupportedError, f"np.{name} of a {arr.type.ndim}-d "
                             "array: only 2-d arrays are supported", node)
        k = self.int_arg(self.expr(args[names[1]]), names[1], node) \
            if names[1] in args else self.b.constant(0, T.int64, pos)
        if name == "trace":
            return self.trace(arr, k, node)
        return self.triangle(arr, k, name == "triu", node)

    def diagonal_length(self, rows, cols, k, pos):
        """len of the k-th diagonal: max(0, min(rows + min(k, 0), cols - max(k, 0)))."""
        zero = self.b.constant(0, T.int64, pos)
        r = S.binary(self.b, "Add", rows, S.minmax(self.b, "min", k, zero, pos), pos)
        c = S.binary(self.b, "Sub", cols, S.minmax(self.b, "max", k, zero, pos), pos)
        return S.minmax(self.b, "max", S.minmax(self.b, "min", r, c, pos), zero, pos)

    def trace(self, arr, k, node):
        """Sum of a[i - min(k, 0), i + max(k, 0)], in NumPy's sum dtype."""
        pos = self.pos(node)
        dt = arr.type.dtype
        acc = T.int64 if dt.is_bool or (dt.is_signed and dt.bits < 64) else \
            T.uint64 if dt.is_int and not dt.is_signed else dt
        zero = self.b.constant(0, T.int64, pos)
        n = self.diagonal_length(self.dim(arr, 0, node), self.dim(arr, 1, node), k, pos)
        row0 = S.negate(self.b, S.minmax(self.b, "min", k, zero, pos), pos)
        col0 = S.minmax(self.b, "max", k, zero, pos)

        def body(i, carried):
            x = self.b.load(arr, [S.binary(self.b, "Add", i, row0, pos),
                                  S.binary(self.b, "Add", i, col0, pos)], pos,
                            nowrap=True, noboundscheck=True)
            return [S.binary(self.b, "Add", carried[0], S.cast(self.b, x, acc, pos),
                             pos)]
        return self.loop(n, body, node, [self.b.constant(0, acc, pos)])[0]

    def trace_along(self, arr, args, node):
        """np.trace(a, offset, axis1, axis2): the sums of the diagonals
        (np.diagonal's view) over their last axis, in NumPy's sum dtype; a
        scalar for a 2-d array."""
        pos = self.pos(node)
        k = self.int_arg(self.expr(args["offset"]), "offset", node) \
            if "offset" in args else self.b.constant(0, T.int64, pos)
        diagonals = self.diagonal_along(arr, k, args, "np.trace", node)
        dtype = self.dtype_kw(args, None)
        if dtype is not None:  # NumPy sums in dtype: the sum's dtype, cast to it
            diagonals = self.astype(diagonals, dtype, node)
        total = self.reduce("sum", diagonals, None if diagonals.type.ndim == 1 else
                            [diagonals.type.ndim - 1], node)
        if dtype is None:
            return total
        if isinstance(total.type, T.Array):
            return self.astype(total, dtype, node)
        return S.cast(self.b, total, dtype, pos)

    def triangle(self, arr, k, upper, node):
        """A copy with the elements below (triu) / above (tril) the k-th
        diagonal zeroed."""
        pos = self.pos(node)
        out = self.array_map([arr], lambda b, a: a[0], node)
        zero = self.b.constant(0, T.int64, pos)
        cols = self.dim(out, 1, node)
        fill = self.b.constant(0, arr.type.dtype, pos)

        def row(i, _):
            edge = S.binary(self.b, "Add", i, k, pos)  # first kept column (triu)
            if upper:
                lo, hi = zero, S.minmax(self.b, "max", zero, S.minmax(
                    self.b, "min", edge, cols, pos), pos)
            else:
                lo = S.minmax(self.b, "max", zero, S.minmax(
                    self.b, "min", S.binary(self.b, "Add", edge, self.b.constant(
                        1, T.int64, pos), pos), cols, pos), pos)
                hi = cols

            def col(j, _):
                self.b.store(fill, out, [i, S.binary(self.b, "Add", j, lo, pos)], pos,
                             nowrap=True, noboundscheck=True)
            self.loop(S.binary(self.b, "Sub", hi, lo, pos), col, node)
        self.loop(self.dim(out, 0, node), row, node)
        return out

    def eye(self, args, name, node):
        pos = self.pos(node)
        first = "N" if name == "eye" else "n"
        n = self.int_arg(self.expr(args[first]), first, node)
        m = n
        if "M" in args and not (isinstance(args["M"], ast.Constant) and
                                args["M"].value is None):
            m = self.int_arg(self.expr(args["M"]), "M", node)
        k = self.int_arg(self.expr(args["k"]), "k", node) if "k" in args else \
            self.b.constant(0, T.int64, pos)
        dtype = self.dtype_kw(args, T.float64)
        out = self.new_array([n, m], dtype, self.b.constant(0, dtype, pos), node)
        zero = self.b.constant(0, T.int64, pos)
        row0 = S.negate(self.b, S.minmax(self.b, "min", k, zero, pos), pos)
        col0 = S.minmax(self.b, "max", k, zero, pos)
        one = self.b.constant(1, dtype, pos)
        length = self.diagonal_length(self.dim(out, 0, node), self.dim(out, 1, node),
                                      k, pos)
        self.loop(length, lambda i, _: self.b.store(
            one, out, [S.binary(self.b, "Add", i, row0, pos),
                       S.binary(self.b, "Add", i, col0, pos)], pos,
            nowrap=True, noboundscheck=True), node)
        return out

    def linspace_of_dtype(self, args, node):
        """np.linspace with `dtype=`: the float64 samples converted, floored
        first for an integer dtype (as NumPy does)."""
        if "retstep" in args:
            raise self.error(UnsupportedError, "np.linspace: retstep is not supported",
                             node)
        out = self.linspace(args, node)
        dtype = self.dtype_kw(args, T.float64)
        if dtype == T.float64:
            return out
        if dtype.is_complex or dtype.is_bool:
            raise self.error(UnsupportedError, f"np.linspace(dtype={dtype}): only real "
                             "numeric dtypes are supported", node)
        pos = self.pos(node)
        if dtype.is_int:
            return self.array_map([out], lambda b, a: S.cast(
                b, S.math1(b, "floor", a[0], pos), dtype, pos), node)
        return self.astype(out, dtype, node)

    def linspace(self, args, node):
        """NumPy's formula: i * step + start (i / div * delta when the step
        is 0), the last element exactly `stop` with endpoint."""
        pos = self.pos(node)
        if "stop" not in args:
            raise self.error(TypingError, "np.linspace() missing argument 'stop'",
                             node)
        start, stop = (S.cast(self.b, self.scalar(args[p]), T.float64, pos)
                       for p in ("start", "stop"))
        num = self.int_arg(self.expr(args["num"]), "num", node) if "num" in args \
            else self.b.constant(50, T.int64, pos)
        endpoint = True
        if "endpoint" in args:
            e = args["endpoint"]
            if not (isinstance(e, ast.Constant) and isinstance(e.value, bool)):
                raise self.error(TypingError, "np.linspace: endpoint must be True or "
                                 "False", node)
            endpoint = e.value
        out = self.new_array([num], T.float64, None, node)
        one = self.b.constant(1, T.int64, pos)
        div = S.binary(self.b, "Sub", num, one, pos) if endpoint else num
        fdiv = S.cast(self.b, div, T.float64, pos)
        delta = S.binary(self.b, "Sub", stop, start, pos)
        step = S.binary(self.b, "Div", delta, S.minmax(
            self.b, "max", fdiv, self.b.constant(1.0, T.float64, pos), pos), pos)
        fzero = self.b.constant(0.0, T.float64, pos)
        step_zero = S.compare(self.b, "Eq", step, fzero, pos)
        positive = S.compare(self.b, "Gt", div, self.b.constant(0, T.int64, pos), pos)

        def body(i, _):
            x = S.cast(self.b, i, T.float64, pos)
            scaled = S.where(self.b, step_zero, S.binary(self.b, "Mult", S.binary(
                self.b, "Div", x, S.where(self.b, positive, fdiv, self.b.constant(
                    1.0, T.float64, pos), pos), pos), delta, pos),
                S.binary(self.b, "Mult", x, step, pos), pos)
            scaled = S.where(self.b, positive, scaled,
                             S.binary(self.b, "Mult", x, delta, pos), pos)
            self.b.store(S.binary(self.b, "Add", scaled, start, pos), out, [i], pos,
                         nowrap=True, noboundscheck=True)
        self.loop(num, body, node)
        if endpoint:
            last = S.binary(self.b, "Sub", num, one, pos)
            more = S.compare(self.b, "Gt", num, one, pos)
            # out[num - 1] = stop when num > 1, as one more guarded loop trip
            self.loop(S.cast(self.b, more, T.int64, pos), lambda i, _: self.b.store(
                stop, out, [last], pos, nowrap=True, noboundscheck=True), node)
        return out

    def arange_arguments(self, node, kw):
        """np.arange's start, stop and step (positional or keywords, as
        NumPy binds them: one number alone is the stop)."""
        if len(node.args) > 3:
            raise self.error(TypingError, "np.arange takes 1 to 3 arguments", node)
        given = dict(zip(("start", "stop", "step"), node.args))
        for param in ("start", "stop", "step"):
            if param in kw and param in given:
                raise self.error(TypingError, "np.arange() got multiple values for "
                                 f"argument '{param}'", node)
            if param in kw:
                given[param] = kw.pop(param)
        if "stop" not in given:
            if len(node.args) != 1:
                raise self.error(TypingError, "np.arange() requires stop to be "
                                 "specified", node)
            given["stop"] = given.pop("start")
        pos = self.pos(node)
        return [self.materialize(self.expr(given[p]), given[p]) if p in given
                else self.b.constant(default, T.int64, pos)
                for p, default in (("start", 0), ("stop", None), ("step", 1))]

    def arange(self, vals, kw, node):
        pos = self.pos(node)
        if not 1 <= len(vals) <= 3:
            raise self.error(TypingError, "np.arange takes 1 to 3 arguments", node)
        for v in vals:
            self.check_scalar(v, node)
        if len(vals) == 1:
            vals = [self.b.constant(0, T.int64, pos)] + vals
        if len(vals) == 2:
            vals.append(self.b.constant(1, T.int64, pos))
        start, stop, step = vals
        common = S.numeric(self.b, start, pos).type
        for v in (stop, step):
            common = T.promote(common, S.numeric(self.b, v, pos).type)
        dtype = self.dtype_kw(kw, common)
        start, stop, step = (S.cast(self.b, v, common, pos) for v in vals)
        # length = ceil((stop - start) / step), at least 0
        span = S.binary(self.b, "Sub", start, stop, pos)
        q = S.binary(self.b, "FloorDiv", span, step, pos)
        n = S.negate(self.b, q, pos)
        n = S.cast(self.b, n, T.int64, pos)
        n = S.minmax(self.b, "max", n, self.b.constant(0, T.int64, pos), pos)
        out = self.new_array([n], dtype, None, node)
        zero = self.b.constant(0, T.int64, pos)
        one = self.b.constant(1, T.int64, pos)
        _, body, i, _ = self.b.range(zero, n, one, [], pos)
        with self.b.at(body):
            k = S.cast(self.b, i, common, pos)
            x = S.binary(self.b, "Add", start, S.binary(self.b, "Mult", k, step, pos), pos)
            x = S.cast(self.b, x, dtype, pos)
            self.b.store(x, out, [i], pos, nowrap=True, noboundscheck=True)
            self.b.nbc_yield([], pos)
        return out

    def mgrid(self, node):
        """np.mgrid[a:b:s, ...] of integer bounds and steps: the int64 array
        of shape (k, n1, ..., nk) whose [d] counts a_d + i_d * s_d along
        axis d (n_d = max(0, ceil((b_d - a_d) / s_d))); one slice gives the
        1-d range, as NumPy's."""
        pos = self.pos(node)
        items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        if not items or not all(isinstance(e, ast.Slice) for e in items):
            raise self.error(UnsupportedError, "np.mgrid takes slices (np.mgrid[a:b, c:d])",
                             node)
        zero = self.b.constant(0, T.int64, pos)
        starts, steps, counts = [], [], []
        for e in items:
            if e.upper is None:
                raise self.error(UnsupportedError, "np.mgrid needs the stop of each slice",
                                 node)
            part = {}
            for name, given, default in (("start", e.lower, 0), ("stop", e.upper, None),
                                         ("step", e.step, 1)):
                if given is None:
                    part[name] = self.b.constant(default, T.int64, pos)
                    continue
                v = self.materialize(self.expr(given), given)
                if not isinstance(v, Value) or not isinstance(v.type, T.Scalar) or \
                        not v.type.is_int:
                    raise self.error(UnsupportedError, "np.mgrid of integer bounds and "
                                     "steps only (not float or complex ones)", given)
                part[name] = S.cast(self.b, v, T.int64, pos)
            # ceil((stop - start) / step) as -((start - stop) // step), floor division
            # raising ZeroDivisionError for a zero step
            down = S.binary(self.b, "FloorDiv", S.binary(
                self.b, "Sub", part["start"], part["stop"], pos), part["step"], pos)
            counts.append(S.minmax(self.b, "max", S.negate(self.b, down, pos), zero, pos))
            starts.append(part["start"])
            steps.append(part["step"])
        k = len(items)
        out = self.new_array(([self.b.constant(k, T.int64, pos)] if k > 1 else []) + counts,
                             T.int64, None, node)

        def fill(index):
            for d in range(k):
                x = S.binary(self.b, "Add", starts[d], S.binary(
                    self.b, "Mult", index[d], steps[d], pos), pos)
                at = ([self.b.constant(d, T.int64, pos)] if k > 1 else []) + index
                self.b.store(x, out, at, pos, nowrap=True, noboundscheck=True)
        self.loop_nest(counts, fill, node)
        return out

    def repeat_along_axis(self, node):
        """np.repeat(a, repeats, axis) of a constant axis and one integer
        count: out[..., j, ...] = a[..., j // repeats, ...] (axis=None: the
        flattened npimpl.repeat, None returned)."""
        args = self.bind_arguments(node, ("a", "repeats", "axis"), "np.repeat")
        axis = args.get("axis")
        if axis is None or (isinstance(axis, ast.Constant) and axis.value is None):
            return None
        pos = self.pos(node)
        arr = self.bound_array(args["a"], "np.repeat", node)
        if self.const_int(axis) is None:
            raise self.error(TypingError, "np.repeat: axis must be an integer constant",
                             node)
        ax = self.normalize_axis(self.const_int(axis), arr.type.ndim, node)
        count = self.materialize(self.expr(args["repeats"]), node)
        if not isinstance(count, Value) or not isinstance(count.type, T.Scalar) or \
                not count.type.is_int:
            raise self.error(UnsupportedError, "np.repeat with axis=: only one integer "
                             "count is supported (not an array of counts)", node)
        count = S.cast(self.b, count, T.int64, pos)
        zero = self.b.constant(0, T.int64, pos)
        self.raise_if(S.compare(self.b, "Lt", count, zero, pos), "ValueError",
                      "negative dimensions are not allowed", node)  # NumPy's message
        sizes = [self.dim(arr, k, node) for k in range(arr.type.ndim)]
        sizes[ax] = S.binary(self.b, "Mult", sizes[ax], count, pos)
        out = self.new_array(sizes, arr.type.dtype, None, node)

        def fill(index):
            source = list(index)
            source[ax] = S.binary(self.b, "FloorDiv", index[ax], count, pos)
            self.b.store(self.b.load(arr, source, pos, nowrap=True, noboundscheck=True),
                         out, index, pos, nowrap=True, noboundscheck=True)
        self.loop_nest(sizes, fill, node)
        return out
