"""Arrays returned from kernels alias what they alias in Python: an argument
returned (or a view of it) is that memory, through compiled calls too; new
arrays are new. Checked against CPython running the same source."""

import gc

import numpy as np
import pytest

import nbc
from conftest import requires_exec


def ident(a):
    return a


def fill_first(a):
    a[0] = 1
    return a


def tail(a):
    return a[1:]


def stepped(a):
    return a[::2]


def pair(a):
    return a, a[::-1]


def arg_or_new(a, c):
    if c:
        return a
    return np.zeros(a.shape[0], a.dtype)


def fill_first_inner(a):
    a[0] = 3
    return a


def through_call(a):
    b = fill_first_inner(a)
    b[1] = 4
    return b.sum()


def countdown(a, n):
    if n == 0:
        return a
    return countdown(a, n - 1)


SHAPES = [
    lambda dt: np.arange(5, dtype=dt),
    lambda dt: np.arange(12, dtype=dt)[::3],
    lambda dt: np.arange(6, dtype=dt)[::-1],
    lambda dt: np.arange(12, dtype=dt).reshape(3, 4),
    lambda dt: np.asfortranarray(np.arange(12, dtype=dt).reshape(3, 4)),
]
DTYPES = [np.int32, np.int64, np.float32, np.float64]


def expect_same_aliasing(fn, make, *extra):
    a, b = make(), make()
    got = nbc.njit(fn)(a, *extra)
    want = fn(b, *extra)
    gots = got if isinstance(got, tuple) else (got,)
    wants = want if isinstance(want, tuple) else (want,)
    for g, w in zip(gots, wants):
        np.testing.assert_array_equal(g, w)
        assert np.shares_memory(g, a) == np.shares_memory(w, b)
        if np.shares_memory(g, a) and g.size:
            g.flat[0] += 1  # written through: the argument sees it
            w.flat[0] += 1
    np.testing.assert_array_equal(a, b)


@requires_exec
@pytest.mark.parametrize("make", SHAPES)
@pytest.mark.parametrize("dt", DTYPES)
@pytest.mark.parametrize("fn", [ident, fill_first, tail, stepped, pair],
                         ids=lambda f: f.__name__)
def test_returned_argument_is_shared(fn, dt, make):
    expect_same_aliasing(fn, lambda: make(dt))


@requires_exec
@pytest.mark.parametrize("c", [True, False])
def test_argument_or_new_array(c):
    # Which array comes back is decided at run time: still a copy of the
    # argument when it is (values as Python, never freed twice).
    a = np.arange(4.0)
    r = nbc.njit(arg_or_new)(a, c)
    np.testing.assert_array_equal(r, arg_or_new(a.copy(), c))
    r[0] = 9.0
    assert a[0] == 0.0


@requires_exec
def test_empty_and_one_element():
    for a in (np.zeros(0), np.ones(1)):
        expect_same_aliasing(ident, lambda: a.copy())
        expect_same_aliasing(tail, lambda: a.copy())


@requires_exec
def test_aliasing_through_compiled_calls():
    a, b = np.zeros(4), np.zeros(4)
    assert nbc.njit(through_call)(a) == through_call(b)
    np.testing.assert_array_equal(a, b)
    # A kernel calling itself still returns a copy at the outermost call.
    x = np.arange(3.0)
    np.testing.assert_array_equal(nbc.njit(countdown)(x, 3), countdown(x, 3))


@requires_exec
def test_returned_view_keeps_argument_alive_and_readonly():
    f = nbc.njit(ident)
    a = np.arange(6.0)
    r = f(a)
    del a
    gc.collect()
    np.testing.assert_array_equal(r, np.arange(6.0))
    ro = np.arange(3.0)
    ro.flags.writeable = False
    assert not f(ro).flags.writeable
