"""NumPy functions written in Python and compiled by nbc's own frontend
when a kernel calls them, as Numba implements much of NumPy: loops over
the supported subset, so they lower through the dialect like user code
(nothing calls back into Python at run time). `IMPLEMENTATIONS` maps the
np.* name to the function; keyword arguments with string values (`side=`)
(and constant flags: `return_counts=`) pick one of several functions at
compile time (`STRING_CHOICES`), and the kind of one argument (scalar or
array) may pick another (`VARIANTS`), or name a case nbc refuses (a
string: an UnsupportedError)."""

from .. import types as T
from .array_editing import (append, append_scalar, column_stack, column_stack_vectors,
                            delete, delete_scalar,
                            ediff1d, extract, fill_diagonal, fill_diagonal_scalar,
                            repeat, repeat_scalar_count, resize, resize_int, select,
                            select_tuples, select_weak_default,
                            take_along_axis, take_along_axis_2d, take_along_none,
                            trim_zeros,
                            trim_zeros_back, trim_zeros_front)
from .array_building import (diagflat, diagflat_scalar, insert, insert_at,
                             insert_at_scalar_values, insert_inexact_index,
                             insert_inexact_indices,
                             insert_scalar_values, kron, kron_bool, kron_bool_first,
                             kron_function,
                             kron_bool_second, kron_vectors, kron_vectors_bool,
                             kron_vectors_bool_first, kron_vectors_bool_second, ndim,
                             ndim_scalar,
                             shape, shape_scalar, size, size_scalar,
                             triangle_indices_not_2d, tril_indices_from, triu_indices_from)
from .comparison import (allclose, allclose_scalar, array_equal, average, count_nonzero, cross,
                         cross_of_stacks, isclose,
                         polyval, polyval_scalar, ptp, ptp_of_bools, trapezoid)
from .correlation import (convolve_full, convolve_same, convolve_valid, corrcoef,
                          corrcoef_vector, correlate_full, correlate_same,
                          correlate_valid, cov, cov_vector)
from .integer_ufuncs import gcd, gcd_scalar, lcm, lcm_scalar
from .interpolation import (digitize, digitize_scalar, histogram, histogram_bin_edges,
                            histogram_bin_edges_given, histogram_density,
                            histogram_edges, histogram_edges_density, interp,
                            interp_complex, interp_complex_scalar, interp_scalar)
from .numeric_helpers import (geomspace, geomspace_arrays, intersect1d, isin, iscomplex,
                              iscomplexobj,
                              iscomplexobj_complex, isreal, isrealobj, isrealobj_complex,
                              isscalar, isscalar_scalar, unwrap,
                              isneginf, isposinf,
                              logspace, logspace_arrays, nan_to_num, nan_to_num_float32,
                              nan_to_num_integer, nanargmax, nanargmin, nancumprod,
                              nancumsum, setdiff1d, setxor1d, sinc, sinc_scalar, tri,
                              tril_indices, triu_indices, union1d, vander,
                              vander_integer)
from .ordering import (median, median_complex, nanmedian, nanmedian_complex,
                       nanpercentile, nanpercentile_scalar, nanquantile,
                       nanquantile_scalar, percentile, percentile_scalar,
                       percentile_of_bools, percentile_of_bools_scalar,
                       quantile_of_bools, quantile_of_bools_scalar,
                       quantile_of_complex_scalar, quantiles_of_complex,
                       quantile, quantile_scalar, unique, unique_counts)
from .searching import (bincount, roll, roll_axes, roll_shifts, roll_shifts_axes,
                        searchsorted_left, searchsorted_left_scalar,
                        searchsorted_right, searchsorted_right_scalar)

# The docs' NumPy table lists these by group.
GROUPS = {
    "Searching and counting": {"searchsorted": searchsorted_left, "bincount": bincount,
                               "count_nonzero": count_nonzero, "roll": roll},
    "Histograms and interpolation": {"histogram": histogram,
                                     "histogram_bin_edges": histogram_bin_edges,
                                     "digitize": digitize, "interp": interp},
    "Integer ufuncs": {"gcd": gcd, "lcm": lcm},
    "Correlation and convolution": {"cov": cov, "corrcoef": corrcoef,
                                    "convolve": convolve_full,
                                    "correlate": correlate_valid},
    "Comparisons, averages, polynomials": {
        "isclose": isclose, "allclose": allclose, "array_equal": array_equal,
        "average": average, "ptp": ptp, "trapezoid": trapezoid, "polyval": polyval,
        "cross": cross},
    "Editing arrays": {
        "append": append, "delete": delete, "repeat": repeat, "resize": resize,
        "extract": extract, "trim_zeros": trim_zeros, "ediff1d": ediff1d,
        "column_stack": column_stack, "take_along_axis": take_along_axis,
        "fill_diagonal": fill_diagonal, "select": select},
    "NaNs, infinities, sets, constructors": {
        "nan_to_num": nan_to_num, "nanargmax": nanargmax, "nanargmin": nanargmin,
        "nancumsum": nancumsum, "nancumprod": nancumprod, "isposinf": isposinf,
        "isneginf": isneginf, "iscomplex": iscomplex, "isreal": isreal,
        "iscomplexobj": iscomplexobj, "isrealobj": isrealobj, "isscalar": isscalar,
        "unwrap": unwrap, "sinc": sinc, "isin": isin, "union1d": union1d,
        "intersect1d": intersect1d, "setdiff1d": setdiff1d, "setxor1d": setxor1d,
        "tri": tri, "tril_indices": tril_indices, "triu_indices": triu_indices,
        "vander": vander, "logspace": logspace, "geomspace": geomspace},
    "Building arrays, sizes and shapes": {
        "diagflat": diagflat, "insert": insert, "kron": kron,
        "tril_indices_from": tril_indices_from, "triu_indices_from": triu_indices_from,
        "shape": shape, "size": size, "ndim": ndim},
    # Order statistics and np.unique (ordering.py), built on np.sort.
    "Order statistics and unique, on np.sort": {
        "median": median, "nanmedian": nanmedian, "percentile": percentile,
        "quantile": quantile, "nanpercentile": nanpercentile,
        "nanquantile": nanquantile, "unique": unique},
}
IMPLEMENTATIONS = {name: fn for group in GROUPS.values() for name, fn in group.items()}
ORDERING = GROUPS["Order statistics and unique, on np.sort"]
# The functions whose float64 result NumPy gives as float32 for float32 input.
KEEP_FLOAT32 = ("median", "nanmedian", "percentile", "quantile", "nanpercentile",
                "nanquantile")
# name -> (keyword, its position, {value: function}, default)
STRING_CHOICES = {"searchsorted": ("side", 2, {"left": searchsorted_left,
                                            "right": searchsorted_right}, "left"),
                  "convolve": ("mode", 2, {"full": convolve_full, "same": convolve_same,
                                        "valid": convolve_valid}, "full"),
                  "correlate": ("mode", 2, {"full": correlate_full, "same": correlate_same,
                                         "valid": correlate_valid}, "valid"),
                  "unique": ("return_counts", 3, {False: unique, True: unique_counts},
                             False),
                  "histogram": ("density", 3, {None: histogram, False: histogram,
                                               True: histogram_density}, None),
                  "trim_zeros": ("trim", 1, {"fb": trim_zeros, "f": trim_zeros_front,
                                             "b": trim_zeros_back}, "fb")}


class ByRanks:
    """A variant written for the arguments' ranks: `build(*ranks)` gives
    the function (npimpl.array_building.kron_function)."""

    def __init__(self, build):
        self.build = build

    def function(self, types):
        return self.build(*(t.ndim for t in types))


def _tuples(types):
    return isinstance(types[0], T.Tuple) and isinstance(types[1], T.Tuple)


def _not_lists(types):
    return not (isinstance(types[0], T.List) and isinstance(types[1], T.List))


def _conditions_not_bool(types):
    item = types[0].dtype
    return not getattr(item, "dtype", item).is_bool


def _kind_rank(t):
    return 0 if t.is_bool else 1 if t.is_int else 2 if t.is_float else 3


def _weak_default(types):  # np.select's scalar default, not above the choices
    choice = types[1].dtype
    return isinstance(choice, T.Array) and isinstance(types[2], T.Scalar) and \
        _kind_rank(types[2]) <= _kind_rank(choice.dtype)


def _scalar(i):
    return lambda types: isinstance(types[i], T.Scalar)


def _tuple(i):
    return lambda types: len(types) > i and isinstance(types[i], T.Tuple)


def _sequence(i):  # a tuple or a 1-d array
    return lambda types: len(types) > i and (isinstance(types[i], T.Tuple) or (
        isinstance(types[i], T.Array) and types[i].ndim == 1))


def _ranks_at(*positions):  # an array argument at one of them of rank other than 1
    return lambda types: any(len(types) > i and isinstance(types[i], T.Array) and
                             types[i].ndim != 1 for i in positions)


def _empty_tuple_at(*positions):
    return lambda types: any(len(types) > i and isinstance(types[i], T.Tuple) and
                             not types[i].items for i in positions)


def _array_at(*positions):
    return lambda types: any(isinstance(types[i], T.Array) for i in positions)


def _ranks_above_at(n, *positions):
    return lambda types: any(getattr(types[i], "ndim", 0) > n for i in positions)


_RANK_ABOVE_1 = "start and stop of more than one dimension are not supported"
_FLOAT32_BOUNDS = "float32 arrays for start or stop are not supported: pass float64"


def _either(test, other):
    return lambda types: test(types) or other(types)


def _array(i):
    return lambda types: isinstance(types[i], T.Array)


def _scalars(types):
    return isinstance(types[0], T.Scalar) and isinstance(types[1], T.Scalar)


def _scalars_at(i, j):
    return lambda types: isinstance(types[i], T.Scalar) and isinstance(types[j], T.Scalar)


def _not_arrays(types):
    return not all(isinstance(t, T.Array) for t in types)


def _ranks_above(n):  # array operands, one of a rank above n
    return lambda types: any(t.ndim > n for t in types)


def _inexact(i):  # a float or complex index, or an array of them
    return lambda types: getattr(types[i], "dtype", types[i]).kind in "fc"


def _vectors_both(types):
    return types[0].ndim == types[1].ndim == 1


def _bool(i):
    return lambda types: types[i].dtype.is_bool


def _bools(types):
    return types[0].dtype.is_bool and types[1].dtype.is_bool


def _both(test, other):
    return lambda types: test(types) and other(types)


def _not_2d(types):
    return not (isinstance(types[0], T.Array) and types[0].ndim == 2)


def _none(i):
    return lambda types: types[i] == T.none


def _dtype(i, kinds):
    """The argument is an array whose dtype's kind is in `kinds` ("iub")."""
    return lambda types: isinstance(types[i], T.Array) and types[i].dtype.kind in kinds


def _vectors(i):
    return lambda types: isinstance(types[i], T.Tuple) and all(
        isinstance(t, T.Array) and t.ndim == 1 for t in types[i].items)


def _float32(i):
    return lambda types: isinstance(types[i], T.Array) and types[i].dtype == T.float32


def _not_integers(types):  # NumPy's gcd/lcm loops are integer ones
    kinds = [getattr(t, "dtype", t).kind for t in types]
    return any(k not in "iu" for k in kinds) or (
        "i" in kinds and any(getattr(t, "dtype", t) == T.uint64 for t in types))


def _single_vector(types):  # cov(x) or corrcoef(x) of one 1-d variable
    return isinstance(types[0], T.Array) and types[0].ndim == 1 and types[1] == T.none


# function -> [(a test of the bound argument types, the function to use when
# it holds), ...]: the first that holds.
def _complex(i):  # a complex scalar or an array of complex numbers
    return lambda types: getattr(getattr(types[i], "dtype", types[i]), "kind", "") == "c"


_INTEGERS_ONLY = ("integer operands only are supported (NumPy has no loop for floats "
                  "or uint64 with a signed integer; nbc takes no booleans)")
VARIANTS = {searchsorted_left: [(_scalar(1), searchsorted_left_scalar)],
            gcd: [(_not_integers, _INTEGERS_ONLY),
                  (_scalars, gcd_scalar)],
            lcm: [(_not_integers, _INTEGERS_ONLY),
                  (_scalars, lcm_scalar)],
            iscomplexobj: [(_complex(0), iscomplexobj_complex)],
            isrealobj: [(_complex(0), isrealobj_complex)],
            isscalar: [(_scalar(0), isscalar_scalar)],
            unwrap: [(_float32(0), "np.unwrap of float32 data (NumPy computes in "
                      "float32) is not supported: pass float64"),
                     (_complex(0), "np.unwrap of complex data is not supported")],
            median: [(_dtype(0, "c"), median_complex)],
            logspace: [(_ranks_above_at(1, 0, 1), _RANK_ABOVE_1),
                       (_either(_float32(0), _float32(1)), _FLOAT32_BOUNDS),
                       (_array_at(0, 1), logspace_arrays)],
            geomspace: [(_ranks_above_at(1, 0, 1), _RANK_ABOVE_1),
                        (_either(_float32(0), _float32(1)), _FLOAT32_BOUNDS),
                        (_array_at(0, 1), geomspace_arrays)],
            bincount: [(_dtype(1, "c"), "complex weights are not supported: NumPy "
                        "raises TypeError (Cannot cast array data from complex to "
                        "float64 according to the rule 'safe')")],
            roll: [(_ranks_at(1, 2), "np.roll takes a scalar or 1-d shift and axis"),
                   (_empty_tuple_at(1, 2), "np.roll with an empty shift or axis is not "
                    "supported"),
                   (_both(_sequence(1), _sequence(2)), roll_shifts_axes),
                   (_sequence(2), roll_axes), (_sequence(1), roll_shifts)],
            nanmedian: [(_dtype(0, "c"), nanmedian_complex)],
            searchsorted_right: [(_scalar(1), searchsorted_right_scalar)],
            interp: [(_both(_dtype(2, "c"), _scalar(0)), interp_complex_scalar),
                     (_dtype(2, "c"), interp_complex), (_scalar(0), interp_scalar)],
            digitize: [(_scalar(0), digitize_scalar)],
            polyval: [(_scalar(1), polyval_scalar)],
            percentile: [(_both(_dtype(0, "c"), _scalar(1)), quantile_of_complex_scalar),
                         (_dtype(0, "c"), quantiles_of_complex),
                         (_both(_dtype(0, "b"), _scalar(1)), percentile_of_bools_scalar),
                         (_dtype(0, "b"), percentile_of_bools),
                         (_scalar(1), percentile_scalar)],
            quantile: [(_both(_dtype(0, "c"), _scalar(1)), quantile_of_complex_scalar),
                       (_dtype(0, "c"), quantiles_of_complex),
                       (_both(_dtype(0, "b"), _scalar(1)), quantile_of_bools_scalar),
                       (_dtype(0, "b"), quantile_of_bools),
                       (_scalar(1), quantile_scalar)],
            nanpercentile: [(_both(_dtype(0, "c"), _scalar(1)), quantile_of_complex_scalar),
                            (_dtype(0, "c"), quantiles_of_complex),
                            (_both(_dtype(0, "b"), _scalar(1)),
                             percentile_of_bools_scalar),
                            (_dtype(0, "b"), percentile_of_bools),
                            (_scalar(1), nanpercentile_scalar)],
            nanquantile: [(_both(_dtype(0, "c"), _scalar(1)), quantile_of_complex_scalar),
                          (_dtype(0, "c"), quantiles_of_complex),
                          (_both(_dtype(0, "b"), _scalar(1)), quantile_of_bools_scalar),
                          (_dtype(0, "b"), quantile_of_bools),
                          (_scalar(1), nanquantile_scalar)],
            allclose: [(_scalars, allclose_scalar)],
            ptp: [(_dtype(0, "b"), ptp_of_bools)],
            cross: [(lambda types: any(getattr(t, "ndim", 0) > 1 for t in types),
                     cross_of_stacks)],
            histogram: [(_array(1), histogram_edges)],
            histogram_density: [(_array(1), histogram_edges_density)],
            histogram_bin_edges: [(_array(1), histogram_bin_edges_given)],
            cov: [(_single_vector, cov_vector)],
            corrcoef: [(_single_vector, corrcoef_vector)],
            append: [(_scalar(1), append_scalar)],
            delete: [(_scalar(1), delete_scalar)],
            repeat: [(_scalar(1), repeat_scalar_count)],
            resize: [(_scalar(1), resize_int)],
            take_along_axis: [(_none(2), take_along_none),
                              (lambda types: types[0].ndim == 2, take_along_axis_2d)],
            fill_diagonal: [(_scalar(1), fill_diagonal_scalar)],
            nan_to_num: [(_float32(0), nan_to_num_float32),
                         (_dtype(0, "iub"), nan_to_num_integer)],
            sinc: [(_scalar(0), sinc_scalar)],
            column_stack: [(_vectors(0), column_stack_vectors)],
            vander: [(_dtype(0, "iub"), vander_integer)],
            diagflat: [(_scalar(0), diagflat_scalar)],
            insert: [(_dtype(1, "b"), "a boolean obj is not supported"),
                     (_both(_inexact(1), _scalar(1)), insert_inexact_index),
                     (_inexact(1), insert_inexact_indices),
                     (_scalars_at(1, 2), insert_at_scalar_values),
                     (_scalar(1), insert_at), (_scalar(2), insert_scalar_values)],
            kron: [(_not_arrays, "the operands must be arrays (as Numba)"),
                   (_ranks_above(2), ByRanks(kron_function)),
                   (_both(_vectors_both, _bools), kron_vectors_bool), (_bools, kron_bool),
                   (_both(_vectors_both, _bool(0)), kron_vectors_bool_first),
                   (_both(_vectors_both, _bool(1)), kron_vectors_bool_second),
                   (_bool(0), kron_bool_first), (_bool(1), kron_bool_second),
                   (_vectors_both, kron_vectors)],
            tril_indices_from: [(_not_2d, triangle_indices_not_2d)],
            triu_indices_from: [(_not_2d, triangle_indices_not_2d)],
            shape: [(_scalar(0), shape_scalar)],
            size: [(_scalar(0), size_scalar)],
            ndim: [(_scalar(0), ndim_scalar)],
            select: [(_tuples, select_tuples),
                     (_not_lists, "condlist and choicelist must be lists or tuples "
                      "(of arrays or scalars)"),
                     (_conditions_not_bool, "condlist must hold boolean arrays "
                      "(NumPy raises TypeError)"),
                     (_weak_default, select_weak_default)]}
