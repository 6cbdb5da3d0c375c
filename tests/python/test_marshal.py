"""One marshalling module (python/src/Marshal.cpp) for every call path.

The type key of argument values is computed in C and is what nbc.types.typeof
decodes; first calls (Kernel.__call__), the dispatcher's fast path and the
ufunc loops share the conversions, descriptors and result boxing.
"""

import numpy as np
import pytest

import nbc
from nbc import types as T
from conftest import EXECUTES, check

pytestmark = pytest.mark.skipif(not EXECUTES, reason="needs nbc._core")


@nbc.njit
def seventeen_results(x, a):
    return (x, x + 1, x * 0.5, x - 3, x + 4, a * x, x + 6, x > 2, x + 8.0, x + 9,
            x + 10, a.sum(), x + 12, x + 13, x + 14, -x, x % 7)


@nbc.njit
def sum_of_items(t):
    s = 0
    for v in t:
        s += v
    return s


class FloatSub(float):
    pass


class IntSub(int):
    pass


class TupleSub(tuple):
    pass


class ArraySub(np.ndarray):
    pass


def values():
    ro = np.arange(3.0)
    ro.flags.writeable = False
    a2 = np.ones((3, 4))
    return [
        None, True, False, np.bool_(True), 1, -1, 2 ** 70, 1.5, np.float64(2),
        np.float32(1), np.int8(1), np.int16(1), np.int32(1), np.int64(1),
        np.uint8(1), np.uint16(1), np.uint32(1), np.uint64(1), np.intc(2),
        np.longlong(3), np.ulonglong(3), np.float16(1), np.longdouble(1),
        np.complex128(1), 1j, "s", b"x", [1], {}, object(), np.datetime64(1, "D"),
        np.str_("a"), (), (1, 2.0), (1, (2,)), (1, None), (np.ones(3), 1),
        TupleSub((1, 2)), FloatSub(1.0), IntSub(3),
        np.ones(3), a2, a2.T, a2[:, ::2], np.ones(()), np.ones((2,) * 9),
        np.ones(3, dtype=">f8"), np.ones(3, np.float16), np.ones(3, object),
        np.ones(6, np.int32)[::2], np.zeros((0, 3)), np.ones((1, 3)).T,
        np.ones((2, 2), order="F"), np.ones(3, np.uint8), np.ones(3, bool),
        np.ones(3).view(ArraySub), ro, ro[::-1],
    ]


def test_typeof_is_the_c_type_key():
    """typeof decodes nbc._core.type_key; the Python rules kept for builds
    without nbc._core give the same type for every kind of value."""
    for v in values():
        got, expected = T.typeof(v), T._typeof_without_core(v)
        assert got == expected and repr(got) == repr(expected), repr(v)


def test_equal_keys_mean_equal_types():
    from nbc import _core
    by_key = {}
    for v in values():
        key = _core.type_key(v)
        if key is not None:
            assert by_key.setdefault(key, T.typeof(v)) == T.typeof(v), repr(v)
    a = np.ones((3, 3))
    ro = a.copy()
    ro.flags.writeable = False
    keys = {_core.type_key(x) for x in (a, a.T, a[:, ::2], ro)}
    assert len(keys) == 4
    with pytest.raises(ValueError):
        _core.type_code_fields(0)


def test_none_and_0d_arrays_take_the_fast_path():
    @nbc.njit
    def f(z, w=None):
        return z[()] + 1 if w is None else z[()] - w

    z = np.array(3.0)
    assert f(z) == 4.0 and f(z, None) == 4.0 and f(z, None) == 4.0
    assert f(z, 1.0) == 2.0 and f(z, 1.0) == 2.0
    assert f._num_entries() == 2


def kernel_of(disp, *args):
    disp(*args)
    return next(iter(disp._overloads.values())).raw


def test_kernel_call_checks_its_arguments():
    @nbc.njit
    def f(a, x):
        return a[0] + x

    k = kernel_of(f, np.ones(2), 1.0)
    assert k(np.ones(2), 2.0) == 3.0
    assert k(np.ones(2), np.float32(2.0)) == 3.0
    for bad in (np.ones(2, np.int64), np.ones((2, 2)), [1.0, 2.0], 1.0, (1.0,)):
        with pytest.raises(TypeError, match="array argument"):
            k(bad, 1.0)
    with pytest.raises(TypeError):
        k(np.ones(2), "x")
    with pytest.raises(TypeError, match="wrong number"):
        k(np.ones(2))


def test_first_call_and_fast_path_box_alike():
    @nbc.njit
    def f(a, n):
        b = np.empty(n)
        for i in range(n):
            b[i] = a[i] * 2.0
        return b, a, n, b.sum()

    a = np.arange(4.0)
    first, again = f(a, 4), f(a, 4)
    for r in (first, again):
        assert np.array_equal(r[0], a * 2.0) and r[0].flags.writeable
        assert r[2] == 4 and r[3] == 12.0
        assert np.array_equal(r[1], a)
    assert f._num_entries() == 1


def test_kernel_call_flattens_tuples_and_drops_none():
    """Kernel.__call__ passes arguments as the fast path does: a tuple's
    items in its place, nothing for None."""
    @nbc.njit
    def f(t, w=None):
        return t[0] + t[1]

    k = kernel_of(f, (1, 2.5))
    assert k((1, 2.5), None) == 3.5 and k(1, 2.5) == 3.5
    with pytest.raises(TypeError, match="wrong number"):
        k((1, 2.5, 3))


def test_more_than_sixteen_results():
    """A 17-tuple, as Numba returns (nbc's calls returned at most 16: a
    TypeError "too many arguments, results or dimensions"), on the first
    call and the fast path; past the argument limit, a TypeError naming
    the limits (was "wrong number of arguments")."""
    for _ in range(2):
        check(seventeen_results, 5, np.arange(3.0))
    assert seventeen_results._num_entries() == 1
    assert check(sum_of_items, tuple(range(32))) == 496
    with pytest.raises(TypeError, match="at most 32 arguments .* takes 40"):
        sum_of_items(tuple(range(40)))
