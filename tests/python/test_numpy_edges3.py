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
    got, want = np.asarray(got), np.asarray(want)
    assert got.dtype == want.dtype
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
