"""Edge cases checked exactly against NumPy (session 17): float -> int
`astype` of NaN, inf and values out of range (NumPy's x86-64 values), signed
zeros, and the dtypes NumPy 2 keeps for Python-int scalars. Results must
match in dtype, value and sign bit."""

import warnings

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec

nan, inf = np.nan, np.inf
INT_DTYPES = (np.int8, np.int16, np.int32, np.int64,
              np.uint8, np.uint16, np.uint32, np.uint64)


def numpy_answer(fn, *args):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # invalid casts
        return fn(*args)


def assert_exact(got, want):
    """Same dtype, values (NaN where NumPy has NaN) and sign bits."""
    if isinstance(want, tuple):
        assert isinstance(got, tuple) and len(got) == len(want)
        for g, w in zip(got, want):
            assert_exact(g, w)
        return
    if isinstance(want, np.ndarray):
        assert isinstance(got, np.ndarray) and got.dtype == want.dtype
    else:  # a scalar comes back as a Python number, as from Numba
        assert type(got) is type(getattr(want, "item", lambda: want)())
    got, want = np.asarray(got), np.asarray(want)
    assert got.shape == want.shape
    assert got.tolist() == want.tolist() or np.array_equal(got, want, equal_nan=True)
    if want.dtype.kind == "f":
        assert np.signbit(got).tolist() == np.signbit(want).tolist()


# -- float -> int astype --------------------------------------------------------

def astype_ints(a):
    return (a.astype(np.int8), a.astype(np.int16), a.astype(np.int32),
            a.astype(np.int64), a.astype(np.uint8), a.astype(np.uint16),
            a.astype(np.uint32), a.astype(np.uint64))


astype_ints_jit = nbc.njit(astype_ints)

EDGES = [nan, inf, -inf, 1e30, -1e30, 3.7, -3.7, -0.5, 300.0, -200.0, 70000.0,
         5e9, -5e9, 3e9, 1e19, -1.0, 2.0**63, -2.0**63, 2.0**31, -2.0**31]


def numpy_scalar_path(a):
    """NumPy's own answer where it is one: its vectorised uint32 loop gives
    other bits than its scalar loop (the tail, short arrays, scalars) for
    values out of range; nbc follows the scalar loop, int64 then the low
    32 bits."""
    want = list(numpy_answer(astype_ints, a))
    want[6] = numpy_answer(lambda: a.astype(np.int64).astype(np.uint32))
    return tuple(want)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("values", [EDGES, EDGES[::-1] * 3, [nan] * 17, [-1.0]])
def test_astype_out_of_range_as_numpy(dtype, values):
    a = np.array(values, dtype=dtype)
    assert_exact(astype_ints_jit(a), numpy_scalar_path(a))


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_astype_strided(dtype):
    a = np.array(EDGES * 2, dtype=dtype)[::-2]
    assert_exact(astype_ints_jit(a), numpy_scalar_path(a))


@nbc.njit(error_model="numpy")
def scalar_casts(x):
    # Scalar code (no loop): the hardware conversion itself on x86-64.
    return (np.int8(x), np.int16(x), np.int32(x), np.int64(x), np.uint8(x),
            np.uint16(x), np.uint32(x), np.uint64(x))


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("x", EDGES)
def test_scalar_cast_under_numpy_model_as_numpy(dtype, x):
    x = dtype(x)
    got = scalar_casts(x)
    want = numpy_answer(lambda: tuple(x.astype(t) for t in INT_DTYPES))
    assert [int(v) for v in got] == [int(v) for v in want]


@nbc.njit
def python_int(x):
    return int(x)


@pytest.mark.parametrize("x,error", [(nan, ValueError), (inf, OverflowError),
                                     (-inf, OverflowError)])
def test_python_int_still_raises_as_cpython(x, error):
    with pytest.raises(error) as compiled:
        python_int(x)
    with pytest.raises(error) as interpreted:
        python_int.py_func(x)
    assert str(compiled.value) == str(interpreted.value)


# -- signed zeros ------------------------------------------------------------------

def zero_ties(a, b):
    # np.maximum/minimum give the second operand on ties (NumPy's loops);
    # np.clip keeps x between two scalar bounds, else the bound wins.
    return (np.maximum(a, b), np.minimum(a, b), np.maximum(a[0], b[0]),
            np.minimum(a[0], b[0]), np.clip(a, 0.0, 1.0), np.clip(a, -1.0, -0.0),
            np.clip(a, b, None), np.clip(a, None, b), np.clip(a, 0.0, None),
            np.clip(a, None, -0.0), np.clip(a, b, 1.0), np.clip(a, -1.0, b),
            np.clip(a[0], -0.0, 0.0))


zero_ties_jit = nbc.njit(zero_ties)
ZEROS = [0.0, -0.0, 0.0, -0.0, nan, 1.0]


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("order", [1, -1])
def test_zero_ties_as_numpy(dtype, order):
    a = np.array(ZEROS, dtype)
    b = np.array([-0.0, 0.0, 0.0, -0.0, 0.0, nan], dtype)[::order].copy()
    assert_exact(zero_ties_jit(a, b), numpy_answer(zero_ties, a, b))


def sort_zeros(a):
    return np.sort(a), np.unique(a)


sort_zeros_jit = nbc.njit(sort_zeros)


@pytest.mark.parametrize("values", [[0.0, -0.0, 1.0, -0.0, 0.0], [-0.0, 0.0, -1.0],
                                    [0.0, -0.0] * 3])
def test_sort_unique_keep_numpy_zero(values):
    # Which of two equal zeros comes first is not NumPy's to promise: its
    # default sort is not stable, and on CPUs where it takes its SIMD path
    # (AVX2 and AVX-512 differ) it reorders them even in short arrays. nbc's
    # order is NumPy's stable sort; unique keeps the first of each run of it.
    a = np.array(values)
    s = np.sort(a, kind="stable")
    first_of_runs = s[np.concatenate(([True], s[1:] != s[:-1]))]
    assert_exact(sort_zeros_jit(a), (s, first_of_runs))
    assert np.array_equal(s, np.sort(a)) and np.array_equal(first_of_runs, np.unique(a))


def half_powers(a, e):
    b = a.copy()
    b **= 0.5
    return a ** 0.5, np.power(a, 0.5), a ** e, np.power(a, e), b


half_powers_jit = nbc.njit(half_powers)
POWER_BASES = [-0.0, 0.0, -inf, inf, 4.0, -4.0, nan, 2.0]


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("e", [0.5, 2.5, -0.5])
def test_half_power_is_sqrt_as_numpy(dtype, e):
    # NumPy's power loop takes np.sqrt for a scalar exponent of 0.5: (-0.0)
    # ** 0.5 is -0.0 and (-inf) ** 0.5 nan, where C's pow gives 0.0 and inf.
    a = np.array(POWER_BASES, dtype)
    e = np.float64(e)  # strong, as nbc types a float argument (NumPy 2 keeps
    # float32 for a Python float argument, which nbc and Numba take as float64)
    assert_exact(half_powers_jit(a, e), numpy_answer(half_powers, a, e))


def array_powers(a, b):
    # An array exponent is C's pow even where it holds 0.5.
    return a ** b, np.power(a, b)


array_powers_jit = nbc.njit(array_powers)


def test_array_exponent_is_pow_as_numpy():
    a = np.array(POWER_BASES)
    b = np.full(len(a), 0.5)
    assert_exact(array_powers_jit(a, b), numpy_answer(array_powers, a, b))


# -- NumPy 2's weak Python ints ------------------------------------------------------

def clip_ints(a, lo, hi):
    return np.clip(a, lo, hi), np.clip(a, lo, None), a.clip(None, hi), np.clip(a, 1, 200)


clip_ints_jit = nbc.njit(clip_ints)


@pytest.mark.parametrize("dtype", [np.uint8, np.int8, np.int16, np.uint32, np.int64])
@pytest.mark.parametrize("lo,hi", [(1, 100), (-5, 300), (0, 0)])
def test_clip_keeps_integer_dtype_for_python_ints(dtype, lo, hi):
    # Python ints are weak (NEP 50): the result keeps the array's dtype, as
    # in Numba; a bound beyond the dtype's range clips to it (NumPy raises
    # OverflowError for it, so the reference takes the clipped bound).
    a = np.array([0, 1, 50, 100, 127], dtype)
    info = np.iinfo(dtype)
    want_lo, want_hi = max(lo, int(info.min)), min(hi, int(info.max))
    got = clip_ints_jit(a, lo, hi)
    assert_exact(got[:3], clip_ints(a, want_lo, want_hi)[:3])
    if info.max >= 200:
        assert_exact(got[3], np.clip(a, 1, 200))


# -- integer powers --------------------------------------------------------------

def literal_negative_power():
    return 2 ** -1, (-3) ** -2


def int_power(a, b):
    return a ** b


def test_literal_negative_power_is_cpython_float():
    assert nbc.njit(literal_negative_power)() == literal_negative_power()


def test_int_arguments_to_negative_power_raise():
    # CPython's 2 ** -1 is 0.5, a float chosen by the value; int64 operands
    # raise NumPy's error instead (Numba returns 0).
    with pytest.raises(ValueError, match="Integers to negative integer powers"):
        nbc.njit(int_power)(2, -1)


# -- formerly unsupported ------------------------------------------------------------

def scans_with_dtype(a):
    return (np.cumsum(a, dtype=np.int8), np.cumprod(a, dtype=np.int64),
            np.cumsum(a, dtype=np.float32), a.cumsum(dtype=np.bool_),
            a.cumprod(0, np.complex128), np.cumsum(a, axis=0, dtype=np.uint8))


scans_with_dtype_jit = nbc.njit(scans_with_dtype)


@pytest.mark.parametrize("a", [np.array([100, 100, 100, -7]), np.array([1.5, 2.5, -0.1, 0.3]),
                               np.array([True, False, True]), np.array([0.1, 0.7], np.float32)])
def test_cumsum_cumprod_dtype_as_numpy(a):
    assert_exact(scans_with_dtype_jit(a), numpy_answer(scans_with_dtype, a))


def round_ints_and_complex(a, z):
    return np.round(a, -1), np.round(a, -2), np.round(z, 1), np.round(z), np.round(z, -1)


round_jit = nbc.njit(round_ints_and_complex)


@pytest.mark.parametrize("dtype", [np.int8, np.uint8, np.int16, np.int64, np.uint64])
@pytest.mark.parametrize("zdtype", [np.complex128, np.complex64])
def test_round_negative_decimals_and_complex_as_numpy(dtype, zdtype):
    info = np.iinfo(dtype)
    a = np.array([v for v in (15, 25, 35, -25, 5, int(info.max), int(info.min), 49, 50)
                  if info.min <= v <= info.max], dtype)
    z = np.array([1.25 + 2.35j, -0.05 + 0.15j, 2.5 - 0.5j, -15 + 25j], zdtype)
    assert_exact(round_jit(a, z), numpy_answer(round_ints_and_complex, a, z))


def isclose_bools(a, b):
    return np.isclose(a, b), np.isclose(a, b[0]), np.allclose(a, b)


isclose_bools_jit = nbc.njit(isclose_bools)


@pytest.mark.parametrize("a,b", [(np.array([True, False, True]), np.array([True, True, True])),
                                 (np.array([1, 2, 3]), np.array([True, False, True])),
                                 (np.array([True, False]), np.array([1.0, 1e-9]))])
def test_isclose_bools_as_numpy(a, b):
    assert_exact(isclose_bools_jit(a, b), isclose_bools(a, b))


def interp_periodic(x, xp, fp, period):
    return np.interp(x, xp, fp, period=period), np.interp(x[0], xp, fp, period=period)


interp_periodic_jit = nbc.njit(interp_periodic)


@pytest.mark.parametrize("period", [360.0, -360.0, 100.0])
def test_interp_period_as_numpy(period):
    x = np.array([-180.0, 10.0, 370.0, 45.0, 720.0, nan])
    xp = np.array([0.0, 90.0, 180.0, 270.0, 400.0])
    fp = np.array([0.0, 1.0, 2.0, 3.0, 7.0])
    assert_exact(interp_periodic_jit(x, xp, fp, period), interp_periodic(x, xp, fp, period))


def test_interp_zero_period_raises_as_numpy():
    a = np.array([1.0, 2.0])
    with pytest.raises(ValueError, match="period must be a non-zero value"):
        interp_periodic_jit(a, a, a, 0.0)
    with pytest.raises(ValueError, match="period must be a non-zero value"):
        interp_periodic(a, a, a, 0.0)


def interp_complex(x, xp, fp):
    return (np.interp(x, xp, fp), np.interp(x[0], xp, fp),
            np.interp(x, xp, fp, left=-1.0, right=2 + 3j), np.interp(x, xp, fp, period=3.0))


interp_complex_jit = nbc.njit(interp_complex)


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("dtype", [np.complex128, np.complex64])
def test_interp_complex_fp_as_numpy(seed, dtype):
    rng = np.random.default_rng(seed)
    n = 1 if seed == 3 else 7
    xp = np.sort(rng.normal(size=n))
    fp = (rng.normal(size=n) + 1j * rng.normal(size=n)).astype(dtype)
    fp[0] = complex(inf, 1.0) if seed == 1 else fp[0]
    x = np.concatenate(([nan], rng.normal(size=12) * 2))
    assert_exact(interp_complex_jit(x, xp, fp), interp_complex(x, xp, fp))
