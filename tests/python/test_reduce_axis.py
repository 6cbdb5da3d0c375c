"""Reductions with NumPy's axis semantics (nbc.array_reduce with axes and
keepdims) against NumPy: np.sum prod min max mean std var argmin argmax any
all and the nan* variants, as functions and methods, with axis= None, an
int, a negative int, tuples (in any order) and (), keepdims=, ddof=, on 1-d
to 4-d arrays of int32/int64/float32/float64/bool in C order, F order,
transposed, strided and reversed, with 1-element and empty inputs, and
NumPy's errors. Each kernel returns many reductions so that one compilation
per signature covers many axis combinations: every spelling (methods,
negative and unsorted axes, keepdims) on float64 C arrays of ranks 1 to 3,
and the dtype and layout matrix with each distinct axis set spelled once."""

import linecache
import warnings

import numpy as np
import pytest

import nbc
from conftest import EXECUTES, outcome

pytestmark = [pytest.mark.skipif(not EXECUTES, reason="needs nbc._core"),
              pytest.mark.filterwarnings("ignore::RuntimeWarning")]

RNG = np.random.default_rng(14)
FUNCS = ("sum", "prod", "min", "max", "mean", "std", "var", "argmin", "argmax",
         "any", "all")
NAN_FUNCS = ("nansum", "nanprod", "nanmean", "nanmin", "nanmax", "nanvar", "nanstd")
SHAPES = {1: (5,), 2: (3, 4), 3: (2, 3, 4), 4: (2, 3, 1, 2)}
# Axis specifications per rank: None, ints (negative too), tuples in any
# order (NumPy sorts them), every axis, and the empty tuple.
AXES = {1: [None, 0, -1, (0,), ()],
        2: [None, 0, 1, -1, (0, 1), (1, 0), ()],
        3: [None, 0, 1, 2, -2, (0, 1), (0, 2), (2, 1), (0, 1, 2), ()]}
MAX_RESULTS = 16  # nbc._core returns at most 16 values


def compiled_source(name, lines):
    """A function defined from source text that nbc can read back."""
    src = f"def {name}(a):\n    return (" + ",\n            ".join(lines) + ",)\n"
    filename = f"<test_reduce_axis {name}>"
    linecache.cache[filename] = (len(src), None, src.splitlines(True), filename)
    namespace = {"np": np}
    exec(compile(src, filename, "exec"), namespace)
    return namespace[name]


def calls(fn, ndim):
    """The reduction calls of one kernel: every axis spec without keepdims,
    then as many with keepdims=True as fit; functions and methods
    alternate; var/std alternate ddof=0 and ddof=1."""
    specs = AXES[ndim]
    if fn in ("argmin", "argmax"):
        specs = [s for s in specs if not isinstance(s, tuple)]
    variants = [(s, False) for s in specs]
    variants += [(s, True) for s in reversed(specs)][:MAX_RESULTS - len(variants)]
    out = []
    for k, (axis, keepdims) in enumerate(variants):
        args = f"axis={axis!r}" + (", keepdims=True" if keepdims else "")
        if fn.endswith(("var", "std")) and k % 2:
            args += ", ddof=1"
        method = k % 2 and not fn.startswith("nan")
        out.append(f"a.{fn}({args})" if method else f"np.{fn}(a, {args})")
    return out


def distinct_axes(fn, ndim):
    """Each distinct set of reduced axes once, as np.fn(a, axis=...) without
    keepdims (var/std alternate ddof=0 and ddof=1): the dtype and layout
    matrix, whose element types and strides do not depend on the spelling,
    and rank 4 (with a negative axis and an unsorted tuple)."""
    axes = {1: [None, 0, ()],
            2: [None, 0, 1, ()],
            3: [None, 0, 1, 2, (0, 1), (0, 2), (1, 2), ()],
            4: [None, 0, -3, 3, (0, 1), (1, 3), (3, 0, 2), ()]}[ndim]
    if fn in ("argmin", "argmax"):
        axes = [s for s in axes if not isinstance(s, tuple)]
    ddof = [", ddof=1" if fn.endswith(("var", "std")) and k % 2 else ""
            for k in range(len(axes))]
    return [f"np.{fn}(a, axis={axis!r}{d})" for axis, d in zip(axes, ddof)]


KERNELS = {}


def kernel(fn, ndim, every_spelling=True):
    """One dispatcher per (function, rank, call list), reused by every dtype
    and layout: `calls` (every spelling) or `distinct_axes`."""
    key = (fn, ndim, every_spelling)
    if key not in KERNELS:
        lines = calls(fn, ndim) if every_spelling else distinct_axes(fn, ndim)
        name = f"{fn}_{ndim}d" + ("" if every_spelling else "_axes")
        KERNELS[key] = nbc.njit(compiled_source(name, lines))
    return KERNELS[key]


def values(shape, dtype, nan=False):
    if dtype == np.bool_:
        return RNG.random(shape) < 0.5
    if np.dtype(dtype).kind == "i":
        return RNG.integers(-3, 4, shape).astype(dtype)
    a = RNG.standard_normal(shape).astype(dtype)
    if nan and a.size:
        a.flat[RNG.integers(0, a.size, max(1, a.size // 4))] = np.nan
    return a


def layouts(shape, dtype, nan=False, kinds="C1"):
    """Arrays of one rank and dtype, per letter of `kinds`: C order, 1
    element, F order, a transpose (F order again) and a strided, reversed
    view."""
    make = {"C": lambda: values(shape, dtype, nan),
            "1": lambda: values((1,) * len(shape), dtype, nan),
            "F": lambda: np.asfortranarray(values(shape, dtype, nan)),
            "T": lambda: values(shape[::-1], dtype, nan).T,
            "S": lambda: values(tuple(2 * n for n in shape), dtype, nan)[
                (slice(None, None, -2),) * len(shape)]}
    return [make[k]() for k in kinds]


def assert_same(got, want, what):
    assert len(got) == len(want), what
    for k, (g, w) in enumerate(zip(got, want)):
        w = np.asarray(w)
        g_arr = np.asarray(g)
        assert g_arr.shape == w.shape, (what, k, g_arr.shape, w.shape)
        if isinstance(g, np.ndarray):
            assert g.dtype == w.dtype, (what, k, g.dtype, w.dtype)
        else:
            assert g_arr.dtype.kind == w.dtype.kind, (what, k, g_arr.dtype, w.dtype)
        tight = w.dtype == np.float32 or g_arr.dtype == np.float32
        np.testing.assert_allclose(g_arr, w, rtol=2e-5 if tight else 1e-11,
                                   atol=1e-6 if tight else 1e-12, equal_nan=True,
                                   err_msg=f"{what} result {k}")


def run(k, a):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        want = k.py_func(a)
    assert_same(k(a), want, f"{k.py_func.__name__} on {a.dtype} {a.shape} "
                f"strides {a.strides}")


# Every spelling of every function on float64 C arrays (and 1 element) of
# ranks 1 to 3 (1 and 2 for the nan kinds, whose axes and keepdims take the
# plain kinds' path); the nan kinds see NaNs.
SPELLING_CASES = [(fn, n) for fn in FUNCS for n in (1, 2, 3)] + \
    [(fn, n) for fn in NAN_FUNCS for n in (1, 2)]


@pytest.mark.parametrize("fn, ndim", SPELLING_CASES,
                         ids=[f"{fn}-{n}d" for fn, n in SPELLING_CASES])
def test_axis_spellings_match_numpy(fn, ndim):
    k = kernel(fn, ndim)
    for a in layouts(SHAPES[ndim], np.float64, nan=fn in NAN_FUNCS):
        run(k, a)


# The dtype x layout matrix, each a compilation of the distinct-axes kernel:
# every dtype on 2-d C arrays, F order, transposed and strided float64 of
# ranks 1 to 3 (a 1-d F array is a C one; the loop nests read any strides
# alike), and rank 4.
CASES = [(2, d, "C1") for d in (np.int32, np.int64, np.float32, np.bool_)] + \
    [(1, np.float64, "S")] + [(n, np.float64, "FTS") for n in (2, 3)] + \
    [(4, np.float64, "C1")]


@pytest.mark.parametrize("ndim, dtype, kinds", CASES,
                         ids=[f"{n}d-{np.dtype(d).name}-{k}" for n, d, k in CASES])
@pytest.mark.parametrize("fn", FUNCS)
def test_reductions_match_numpy(fn, ndim, dtype, kinds):
    k = kernel(fn, ndim, every_spelling=False)
    for a in layouts(SHAPES[ndim], dtype, kinds=kinds):
        run(k, a)


NAN_CASES = [(2, np.float32, "C1"), (2, np.int32, "C1"), (2, np.float64, "FTS")] + \
    [(n, np.float64, "C1") for n in (3, 4)]


@pytest.mark.parametrize("ndim, dtype, kinds", NAN_CASES,
                         ids=[f"{n}d-{np.dtype(d).name}-{k}" for n, d, k in NAN_CASES])
@pytest.mark.parametrize("fn", NAN_FUNCS)
def test_nan_reductions_match_numpy(fn, ndim, dtype, kinds):
    k = kernel(fn, ndim, every_spelling=False)
    for a in layouts(SHAPES[ndim], dtype, nan=True, kinds=kinds):
        run(k, a)


def test_all_nan_slices():
    """nanmean/nanvar of only NaNs are nan, nanmin/nanmax too; nansum 0."""
    a = np.full((2, 3), np.nan)
    a[1, 1] = 4.0
    for fn in NAN_FUNCS:
        run(kernel(fn, 2), a)


def test_nan_propagates_through_plain_reductions():
    a = values((3, 4), np.float64)
    a[1, 2] = np.nan
    a[2, 0] = np.nan
    for fn in FUNCS:
        run(kernel(fn, 2), a)


# -- empty arrays: one reduction per kernel so each error is its own ------
EMPTY_AXES = (None, 0, 1, (0, 1))


@pytest.mark.parametrize("fn", FUNCS + NAN_FUNCS)
def test_empty_arrays_match_numpy(fn):
    for axis in EMPTY_AXES:
        if fn in ("argmin", "argmax") and isinstance(axis, tuple):
            continue
        py = compiled_source(f"empty_{fn}_{abs(hash(axis))}",
                             [f"np.{fn}(a, axis={axis!r})"])
        k = nbc.njit(py)
        for shape in ((0, 3), (3, 0), (0, 0)):
            a = np.zeros(shape)
            want, want_exc = outcome(py, [a])
            got, got_exc = outcome(k, [a])
            assert got_exc == want_exc, (fn, axis, shape, got_exc, want_exc)
            if want_exc is None:
                assert_same(got, want, f"{fn} axis={axis} of {shape}")


def test_empty_min_message():
    k = nbc.njit(compiled_source("empty_max", ["a.max(axis=0)"]))
    with pytest.raises(ValueError, match="zero-size array to reduction operation "
                       "maximum which has no identity"):
        k(np.zeros((0, 3)))
    assert k(np.zeros((3, 0)))[0].shape == (0,)  # nothing reduced is empty


def test_nanmin_empty_message():
    k = nbc.njit(compiled_source("empty_nanmin", ["np.nanmin(a, axis=1)"]))
    with pytest.raises(ValueError, match="reduction operation fmin which has no "
                       "identity"):
        k(np.zeros((2, 0)))


# -- errors known at compile time --------------------------------------------
@pytest.mark.parametrize("call, error, message", [
    ("a.sum(axis=2)", np.exceptions.AxisError,
     "axis 2 is out of bounds for array of dimension 2"),
    ("np.mean(a, axis=(0, -3))", np.exceptions.AxisError,
     "axis -3 is out of bounds for array of dimension 2"),
    ("np.nanmax(a, axis=5)", np.exceptions.AxisError,
     "axis 5 is out of bounds for array of dimension 2"),
    ("a.max(axis=(1, -1))", nbc.TypingError, "duplicate value in 'axis'"),
    ("np.argmax(a, axis=(0, 1))", nbc.TypingError, "axis must be an integer"),
    ("a.sum(dtype=np.float32)", nbc.UnsupportedError,
     "the keyword argument 'dtype' is not supported"),
    ("np.min(a, out=a)", nbc.UnsupportedError, "keyword argument 'out'"),
    ("a.sum(axis=a.shape[0])", nbc.TypingError, "integer constant"),
    ("np.sum(a, keepdims=a.shape[0] > 1)", nbc.TypingError, "keepdims must be"),
    ("a.mean(bogus=1)", nbc.TypingError, "unexpected or repeated keyword "
     "argument 'bogus'"),
])
def test_compile_time_errors(call, error, message):
    k = nbc.njit(compiled_source(f"error_{abs(hash(call))}", [call]))
    with pytest.raises(error, match=message):
        k(np.ones((2, 3)))


def test_axis_error_is_numpys():
    """Code catching NumPy's AxisError (a ValueError and an IndexError)
    also catches nbc's."""
    k = nbc.njit(compiled_source("axis_error", ["np.sum(a, axis=-4)"]))
    for cls in (np.exceptions.AxisError, ValueError, IndexError):
        with pytest.raises(cls):
            k(np.ones((2, 3, 4)))


def test_positional_axis_and_builtins():
    k = nbc.njit(compiled_source("positional", [
        "np.sum(a, 1)", "a.max(0)", "np.argmin(a, -1)", "sum(a[0])", "max(a[0])"]))
    run(k, values((3, 4), np.float64))


def test_ddof_runtime_value():
    def var_ddof(a, d):
        return np.var(a, axis=0, ddof=d), a.std(ddof=d, keepdims=True)
    k = nbc.njit(var_ddof)
    a = values((4, 3), np.float64)
    for d in (0, 1, 2, 5):
        assert_same(k(a, d), var_ddof(a, d), f"ddof={d}")
    assert_same(k(a, 1.5), var_ddof(a, 1.5), "ddof=1.5")


def test_complex_sum_mean_axis():
    k = nbc.njit(compiled_source("complex_axis", [
        "np.sum(a, axis=0)", "a.mean(axis=(1,), keepdims=True)", "a.prod(axis=-1)"]))
    a = values((3, 2), np.float64) + 1j * values((3, 2), np.float64)
    run(k, a)


def test_unsigned_and_small_integers_widen():
    k = nbc.njit(compiled_source("widen", [
        "a.sum(axis=0)", "np.prod(a, axis=1)", "a.max(axis=0)", "np.mean(a, axis=1)"]))
    for dtype in (np.uint8, np.int8, np.uint32, np.int16):
        run(k, RNG.integers(0, 5, (3, 4)).astype(dtype))
