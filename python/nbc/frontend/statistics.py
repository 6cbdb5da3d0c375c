"""np.var, np.std (functions and methods) and the NaN-skipping reductions
np.nansum, np.nanprod, np.nanmean, np.nanmin, np.nanmax, np.nanvar,
np.nanstd, over the whole (flattened) array, as compositions of existing
ops: nbc.range loops carrying the running values, NumPy's rules for the
element arithmetic (an empty mean is nan, as NumPy's, not an error)."""

from .. import types as T
from ..errors import UnsupportedError
from . import scalar as S
from .arrays import accumulator_type

NP_STATISTICS = ("var", "std", "nansum", "nanprod", "nanmean", "nanmin", "nanmax",
                 "nanvar", "nanstd")


class StatisticsMixin:
    def call_np_statistics(self, name, node, arr=None):
        what = f"np.{name}" if arr is None else name
        arr = self.whole_array_argument(name, node, arr, ("axis", "ddof"))
        if arr.type.dtype.is_complex:
            raise self.error(UnsupportedError, f"{what} of complex arrays is not "
                             "supported", node)
        flat = self.ravel(arr, node) if arr.type.ndim != 1 else arr
        skip_nan = name.startswith("nan") and flat.type.dtype.is_float
        base = name[3:] if name.startswith("nan") else name
        if base in ("sum", "prod", "min", "max") and not skip_nan:
            return self.reduce(base, flat, None, node)  # no NaN to skip
        if base in ("min", "max"):
            return self.nan_minmax(flat, base, node)
        if base in ("sum", "prod"):
            total, _ = self.accumulate(flat, base, skip_nan, node)
            return total
        mean = self.mean_of(flat, skip_nan, node)
        if base == "mean":
            return mean
        var = self.variance(flat, mean, skip_nan, node)
        return var if base == "var" else S.math1(self.b, "sqrt", var, self.pos(node),
                                                 keep_f32=True)

    def float_type(self, dt):
        return dt if dt.is_float else T.float64

    def element(self, flat, i, node):
        return self.index_array(flat, [i], node, checked=False)

    def accumulate(self, flat, base, skip_nan, node, ty=None, square_from=None):
        """The sum (or product) of the elements, NaNs skipped when asked, and
        how many were counted; with `square_from`, of (x - mean)**2."""
        pos = self.pos(node)
        dt = flat.type.dtype
        if ty is None:
            ty = accumulator_type(dt)
        n = self.b.dim(flat, 0, pos)
        start = self.b.constant(0 if base == "sum" else 1, ty, pos)
        count = self.b.constant(0, T.int64, pos)
        op = "Add" if base == "sum" else "Mult"

        def body(i, carried):
            acc, counted = carried
            x = S.cast(self.b, self.element(flat, i, node), ty, pos)
            if square_from is not None:
                d = S.binary(self.b, "Sub", x, square_from, pos, elementwise=True)
                x = S.binary(self.b, "Mult", d, d, pos, elementwise=True)
            new = S.binary(self.b, op, acc, x, pos, elementwise=True)
            one = S.binary(self.b, "Add", counted, self.b.constant(1, T.int64, pos),
                           pos)
            if skip_nan:
                nan = S.fpclass(self.b, "nan", x, pos)
                return [S.where(self.b, nan, acc, new, pos),
                        S.where(self.b, nan, counted, one, pos)]
            return [new, one]
        total, counted = self.loop(n, body, node, [start, count])
        return total, counted

    def average(self, total, counted, pos):
        """total / counted, nan when nothing was counted (NumPy's value for
        an empty or all-NaN mean; no ZeroDivisionError whatever the error
        model)."""
        ty = total.type
        none = S.compare(self.b, "Eq", counted, self.b.constant(0, T.int64, pos), pos)
        safe = S.where(self.b, none, self.b.constant(1, T.int64, pos), counted, pos)
        mean = S.binary(self.b, "Div", total, S.cast(self.b, safe, ty, pos), pos,
                        elementwise=True)
        return S.where(self.b, none, self.b.constant(float("nan"), ty, pos), mean, pos)

    def mean_of(self, flat, skip_nan, node):
        ty = self.float_type(flat.type.dtype)
        total, counted = self.accumulate(flat, "sum", skip_nan, node, ty=ty)
        return self.average(total, counted, self.pos(node))

    def variance(self, flat, mean, skip_nan, node):
        total, counted = self.accumulate(flat, "sum", skip_nan, node, ty=mean.type,
                                         square_from=mean)
        return self.average(total, counted, self.pos(node))

    def nan_minmax(self, flat, which, node):
        """np.nanmin/nanmax of floats: NaNs skipped, nan when all are NaN;
        an empty array raises NumPy's ValueError."""
        pos = self.pos(node)
        dt = flat.type.dtype
        n = self.b.dim(flat, 0, pos)
        empty = S.compare(self.b, "Eq", n, self.b.constant(0, T.int64, pos), pos)
        op = "fmin" if which == "min" else "fmax"
        self.b.raise_if(empty, "ValueError", f"zero-size array to reduction operation "
                        f"{op} which has no identity", pos)
        start = self.b.constant(float("nan"), dt, pos)

        def body(i, carried):
            (acc,) = carried
            x = self.element(flat, i, node)
            best = S.minmax(self.b, which, acc, x, pos)
            take_x = S.fpclass(self.b, "nan", acc, pos)
            new = S.where(self.b, take_x, x, best, pos)
            return [S.where(self.b, S.fpclass(self.b, "nan", x, pos), acc, new, pos)]
        (result,) = self.loop(n, body, node, [start])
        return result
