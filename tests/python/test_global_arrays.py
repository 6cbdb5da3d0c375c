"""Global NumPy arrays read in kernels are constants, as in Numba: their
values when the function is compiled, read-only (stores are refused), any
dtype but complex, any rank; checked against CPython and Numba."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec, same

numba = pytest.importorskip("numba")
pytestmark = requires_exec

COEF = np.array([0.5, -1.25, 2.0, 3.0e-3])
TABLE = np.arange(12, dtype=np.int32).reshape(3, 4) * 7 - 20
FLAGS = np.array([True, False, True, True])
SMALL = np.array([3, 1, 2], dtype=np.uint8)
F32 = np.linspace(-1, 1, 5, dtype=np.float32)
CUBE = np.arange(24, dtype=np.int64).reshape(2, 3, 4)
TRANSPOSED = np.arange(6.0).reshape(2, 3).T  # not C-contiguous
EMPTY = np.zeros(0)
COMPLEX = np.array([1 + 2j])


def horner(x):
    acc = 0.0
    for k in range(COEF.shape[0] - 1, -1, -1):
        acc = acc * x + COEF[k]
    return acc


def table_lookup(i, j):
    return TABLE[i, j] + TABLE[-1, -1]


def count_flags():
    n = 0
    for f in FLAGS:
        if f:
            n += 1
    return n


def small_sum():
    return SMALL.sum() + SMALL[0]


def f32_values(a):
    return a * F32


def cube_sum():
    return CUBE.sum(), CUBE[1, 2, 3], CUBE.shape[2]


def transposed_row():
    return TRANSPOSED[2, 1] + TRANSPOSED[0].sum()


def empty_len():
    return EMPTY.shape[0]


def returns_copy():
    return COEF


def writes_global():
    COEF[0] = 1.0
    return COEF[0]


def reads_complex():
    return COMPLEX[0]


def test_global_arrays_against_python_and_numba():
    cases = [(horner, (0.7,)), (horner, (-3.0,)), (table_lookup, (1, 2)),
             (table_lookup, (-1, 0)), (count_flags, ()), (small_sum, ()),
             (f32_values, (np.ones(5, np.float32),)), (cube_sum, ()),
             (transposed_row, ()), (empty_len, ())]
    for f, args in cases:
        want = f(*args)
        assert same(want, nbc.njit(f)(*args)), f.__name__
        assert same(numba.njit(f)(*args), nbc.njit(f)(*args)), f.__name__


def test_global_array_index_error():
    with pytest.raises(IndexError):
        nbc.njit(boundscheck=True)(table_lookup)(3, 0)


def test_returned_global_is_a_copy():
    got = nbc.njit(returns_copy)()
    assert same(got, COEF)
    got[0] = 99.0
    assert COEF[0] == 0.5 and nbc.njit(returns_copy)()[0] == 0.5


def test_store_into_global_is_refused():
    with pytest.raises(nbc.TypingError, match="read-only|readonly"):
        nbc.njit(writes_global)()
    assert COEF[0] == 0.5


def test_complex_global_is_refused_with_location():
    with pytest.raises(nbc.UnsupportedError, match="complex128") as e:
        nbc.njit(reads_complex)()
    assert "test_global_arrays.py" in str(e.value)


def test_frozen_at_compile_time_as_numba():
    ours, theirs = nbc.njit(horner), numba.njit(horner)
    first = ours(2.0)
    assert theirs(2.0) == first
    COEF[1] = 10.0  # changed in place: compiled code keeps the old values
    try:
        assert ours(2.0) == first == theirs(2.0)
        assert horner(2.0) != first  # CPython reads the new value
    finally:
        COEF[1] = -1.25


def test_cache_key_follows_global_values():
    """cache=True: a kernel cached with other global values is not reused."""
    from nbc.cache import constant_globals
    before = constant_globals(horner)
    assert "test_global_arrays.horner.COEF" in before
    COEF[1] = 10.0
    try:
        assert constant_globals(horner) != before
    finally:
        COEF[1] = -1.25
    assert constant_globals(horner) == before
    assert constant_globals(table_lookup) != constant_globals(count_flags)


def make_scaler(weights):
    def scaled(i):
        return weights[i] * 2.0
    return scaled


def test_closure_array_is_a_constant_too():
    weights = np.array([1.5, -2.0, 4.0])
    f = make_scaler(weights)
    for i in range(3):
        assert nbc.njit(f)(i) == f(i) == numba.njit(f)(i)
