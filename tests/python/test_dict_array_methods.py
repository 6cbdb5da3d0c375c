"""The methods of dicts whose values are arrays beyond d[k]/del/pop(k):
`d.get(k, default)`, `d.pop(k, default)`, `d.setdefault(k, a)`,
`d.update(other)`, `d.copy()`, `d.popitem()`; against CPython running the
same function and Numba 0.68 side by side. The dict holds its own copies
(dict_values.py): a returned value or the default is checked to stay valid
after the dict is gone, and where Python's shared arrays would show (a copy
whose arrays are written to, a value kept across an insertion) the kernel is
refused at its line (list_aliasing.py)."""

import gc

import numba
import numpy as np
import pytest

import kernel_cache
import nbc
from conftest import requires_exec
from test_dict_of_arrays import same as same_arrays

pytestmark = requires_exec


def same(got, want):
    """As test_dict_of_arrays' (arrays of the same dtype, dicts in insertion
    order), dicts of scalars too."""
    if isinstance(want, tuple):
        assert isinstance(got, tuple) and len(got) == len(want)
        for g, w in zip(got, want):
            same(g, w)
    elif isinstance(want, dict) and not any(isinstance(v, np.ndarray)
                                            for v in want.values()):
        assert list(got.items()) == list(want.items())
    else:
        same_arrays(got, want)


def check(fn, *args, numba_too=True):
    """nbc against CPython (and Numba) on copies of `args`; array arguments
    changed in place must change alike. Each compiler compiles a kernel once
    per signature, whatever the inputs."""
    def fresh():
        return [a.copy() if isinstance(a, np.ndarray) else a for a in args]
    py_args, nbc_args = fresh(), fresh()
    want = fn(*py_args)
    same(kernel_cache.njit(fn)(*nbc_args), want)
    for p, q in zip(py_args, nbc_args):
        if isinstance(p, np.ndarray):
            assert np.array_equal(p, q)
    if numba_too:
        nb_args = fresh()
        same(kernel_cache.numba_njit(fn)(*nb_args), want)
        for p, q in zip(py_args, nb_args):
            if isinstance(p, np.ndarray):
                assert np.array_equal(p, q)
    return want


def filled(n):
    d = {}
    for i in range(n):
        d[i] = np.arange(3.0) + i
    return d


def get_default(n, k, a):
    d = {}
    for i in range(n):
        d[i] = np.arange(3.0) + i
    x = d.get(k, a)
    return x.sum(), x.shape[0]


def get_default_returned(n, k, a):
    d = {}
    for i in range(n):
        d[i] = np.arange(4.0) * i
    return d.get(k, a)


def get_default_written(n, k, a):
    d = {}
    for i in range(n):
        d[i] = np.arange(3.0) + i
    x = d.get(k, a)
    x[0] = -1.0  # the stored array, or the caller's default, as Python's
    return d


def get_float_key(n, a):
    d = {}
    for i in range(n):
        d[i] = np.ones(2) * i
    return d.get(2.0, a).sum(), d.get(2.5, a).sum(), d.get(2 ** 40, a).sum()


def pop_default(n, k, a):
    d = {}
    for i in range(n):
        d[i] = np.arange(3.0) + i
    x = d.pop(k, a)
    return x, len(d), k in d


def setdefault_arrays(n, k, a):
    d = {}
    for i in range(n):
        d[i] = np.arange(3.0) + i
    s = d.setdefault(k, a * 2.0).sum()
    return s, len(d), d


def setdefault_first_insert(k):
    d = {}
    d[0] = np.zeros((2, 2))
    d.setdefault(k, np.ones((2, 2)) * k)
    d[k][0, 1] = 9.0
    return d


def update_from(n, m):
    d = {}
    e = {}
    for i in range(n):
        d[i] = np.arange(3.0) + i
    for i in range(m):
        e[i + 2] = np.ones(i + 1) * 10.0 * i  # other sizes overwrite
    d.update(e)
    e[2] = np.zeros(1)  # d holds its own arrays: Python's rebinding shows in e only
    return d, e


def update_typed(n):
    d = nbc.typed.Dict.empty(key_type=nbc.types.int64,
                             value_type=nbc.types.float64[:])
    for i in range(n):
        d[i] = np.full(2, 1.0 * i)
    e = {7: np.ones(3)}
    d.update(e)
    return d


def copy_then_change(n):
    d = {}
    for i in range(n):
        d[i] = np.arange(3.0) + i
    e = d.copy()
    d[0] = np.zeros(5)
    del d[1]
    return d, e


def copy_2d(n):
    d = {}
    for i in range(n):
        d[i * 1.5] = np.ones((2, 3)) * i
    e = d.copy()
    return e, len(e), 3.0 in e


def popitem_all(n):
    d = {}
    for i in range(n):
        d[i * 10] = np.arange(i + 1.0)
    keys = 0
    total = 0.0
    while len(d) > 0:
        k, v = d.popitem()
        keys = keys * 100 + k
        total += v.sum() * (k + 1)
    return keys, total


def popitem_returned(n):
    d = {}
    for i in range(n):
        d[i] = np.arange(3.0) * i
    k, v = d.popitem()
    return k, v, d


def popitem_empty(n):
    d = {}
    for i in range(n):
        d[i] = np.arange(3.0) * i
    return d.popitem()


A = np.array([5.0, 6.0, 7.0])


@pytest.mark.parametrize("k", [1, 100, -1])
def test_get_default(k):
    check(get_default, 3, k, A)


@pytest.mark.parametrize("k", [2, 9])
def test_get_default_returned_outlives_the_dict(k):
    f = kernel_cache.njit(get_default_returned)
    got = [f(4, k, A.copy() * 2) for _ in range(5)]
    gc.collect()
    junk = [np.full(4, 123.0) for _ in range(50)]  # reuse freed memory
    want = get_default_returned(4, k, A.copy() * 2)
    for g in got:
        assert np.array_equal(g, want)
    assert len(junk) == 50
    check(get_default_returned, 4, k, A)


@pytest.mark.parametrize("k", [1, 100])
def test_get_default_written_through(k):
    check(get_default_written, 3, k, A)


def test_get_default_keys_by_value():
    check(get_float_key, 4, np.ones(2), numba_too=False)  # Numba: float keys differ


@pytest.mark.parametrize("k", [0, 2, 50])
def test_pop_default(k):
    check(pop_default, 3, k, A)


@pytest.mark.parametrize("k", [1, 7])
def test_setdefault(k):
    check(setdefault_arrays, 3, k, A)


@pytest.mark.parametrize("k", [0, 3])
def test_setdefault_2d(k):
    check(setdefault_first_insert, k)


@pytest.mark.parametrize("n,m", [(3, 4), (0, 2), (4, 0)])
def test_update(n, m):
    check(update_from, n, m)


def test_update_typed_dict():
    check(update_typed, 3, numba_too=False)  # nbc.typed.Dict: not Numba's


def test_copy():
    check(copy_then_change, 3)
    check(copy_2d, 3)


def test_popitem():
    check(popitem_all, 5)
    check(popitem_returned, 3)


def test_popitem_empty_is_keyerror():
    with pytest.raises(KeyError, match=r"popitem\(\): dictionary is empty"):
        popitem_empty(0)
    with pytest.raises(KeyError, match=r"popitem\(\): dictionary is empty"):
        nbc.njit(popitem_empty)(0)
    check(popitem_empty, 2)


# -- refused, at their line ---------------------------------------------------------

def copy_written(n):
    d = {}
    for i in range(n):
        d[i] = np.arange(3.0) + i
    e = d.copy()
    e[0][0] = 100.0  # Python's e[0] is d[0]
    return d


def value_kept_across_setdefault(n, a):
    d = {}
    for i in range(n):
        d[i] = np.arange(3.0) + i
    x = d.setdefault(1, a)
    d.setdefault(100, a)
    return x.sum()


def update_then_write(n):
    d = {}
    e = {}
    for i in range(n):
        e[i] = np.arange(3.0) + i
    d.update(e)
    e[0][1] = 50.0  # Python's d[0] is e[0]
    return d


def default_of_other_dtype(n):
    d = {}
    for i in range(n):
        d[i] = np.arange(3.0) + i
    return d.get(5, np.zeros(3, np.int64))


def dicts_of_arrays_equal(n):
    d = {}
    e = {}
    for i in range(n):
        d[i] = np.arange(3.0) + i
        e[i] = np.arange(3.0) + i
    return d == e


@pytest.mark.parametrize("fn,args,error,words", [
    (copy_written, (3,), nbc.UnsupportedError, "d.copy()"),
    (value_kept_across_setdefault, (3, A), nbc.UnsupportedError, "kept across a change"),
    (update_then_write, (3,), nbc.UnsupportedError, "storing 'e' in the dict"),
    (default_of_other_dtype, (3,), nbc.TypingError, "does not fit the values"),
    (dicts_of_arrays_equal, (3,), nbc.UnsupportedError, "comparing dicts of arrays"),
])
def test_refused(fn, args, error, words):
    with pytest.raises(error, match=None) as info:
        nbc.njit(fn)(*args)
    assert words in str(info.value) and "File " in str(info.value), str(info.value)


# -- the same methods on dicts of scalars (dicts.py, table_methods.py) -------------

def scalar_methods(n, k):
    d = {}
    for i in range(n):
        d[i] = i * 1.5
    a = d.get(k, -1.0)
    b = d.setdefault(k + 100, 7.0)
    c = d.setdefault(k, 9.0)
    d.update({1000: 1.0, 1: -2.0})
    e = d.copy()
    pk, pv = e.popitem()
    p = d.pop(k, -5.0)
    q = d.pop(999, -5.0)
    same_before = d == e
    e.clear()
    s = 0.0
    for kk, vv in d.items():
        s += kk * vv
    for v in d.values():
        s += v
    return a, b, c, pk, pv, p, q, same_before, d != e, len(e), k in d, s, d


def int_dict_float_default(k):
    d = {1: 10, 2: 20}
    return d.get(k, 2.5)


@pytest.mark.parametrize("k", [0, 3, 42])
def test_scalar_methods(k):
    check(scalar_methods, 6, k)


def test_scalar_default_of_wider_type_is_a_typing_error():
    assert int_dict_float_default(5) == 2.5  # Python's dict holds any object
    with pytest.raises(nbc.TypingError, match="does not fit the values"):
        nbc.njit(int_dict_float_default)(5)
    with pytest.raises(numba.core.errors.TypingError):  # as Numba's typed dict
        numba.njit(int_dict_float_default)(5)
