"""`isinstance(x, T)` decided at compile time from x's static type, as
Numba's: only the taken branch of an `if` on it is compiled, so each
specialisation may use what only its type has. Checked against CPython
and Numba 0.68 side by side."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

numba = pytest.importorskip("numba")
pytestmark = requires_exec


def plus_one_or_length(x):
    if isinstance(x, float):
        return x + 1.0
    else:
        return len(x)


def classify(x):
    if isinstance(x, bool):
        return 4
    if isinstance(x, int):
        return 1
    if isinstance(x, (float, complex)):
        return 2
    if isinstance(x, tuple):
        return 3
    return 0


def negated(x):
    if not isinstance(x, int):
        return x.shape[0]
    return x


def combined(x, y):
    if isinstance(x, int) and isinstance(y, float):
        return x + y
    if isinstance(x, tuple) or isinstance(y, tuple):
        return -1.0
    return 0.5


def as_value(x):
    flag = isinstance(x, complex)
    return flag, isinstance(x, (int, tuple, float))


def containers(n):
    lst = [1, 2]
    d = {1: 2.0}
    s = {3}
    r = range(n)
    return isinstance(lst, list), isinstance(d, dict), isinstance(s, set), \
        isinstance(r, range), isinstance(lst, dict), isinstance(n, (list, tuple)), \
        isinstance(r, tuple)


def conditional_expression(x):
    return x * 2 if isinstance(x, int) else x[0]


def star_types(*args):
    n = 0
    for a in args:
        n = n * 10 + (1 if isinstance(a, float) else 2)
    return n


def nested_classes(x):
    return isinstance(x, (bool, (tuple, (float,))))


CASES = [
    (plus_one_or_length, (2.5,)),
    (plus_one_or_length, ((1, 2, 3),)),
    (classify, (3,)),
    (classify, (True,)),
    (classify, (3.5,)),
    (classify, (2j,)),
    (classify, ((1, 2.0),)),
    (negated, (7,)),
    (negated, (np.zeros(5),)),
    (combined, (1, 2.5)),
    (combined, (1, (2, 3))),
    (combined, (1.5, 2.5)),
    (as_value, (1j,)),
    (as_value, (1,)),
    (as_value, (1.0,)),
    (as_value, ((1,),)),
    (containers, (3,)),
    (conditional_expression, (4,)),
    (conditional_expression, ((9, 1),)),
]


@pytest.mark.parametrize("fn,args", CASES,
                         ids=[f"{c[0].__name__}-{k}" for k, c in enumerate(CASES)])
def test_agrees_with_cpython_and_numba(fn, args):
    want = fn(*args)
    got = nbc.njit(fn)(*args)
    assert got == want and type(got) is type(want)
    assert numba.njit(fn)(*args) == got


@pytest.mark.parametrize("args", [(1.0, 2, 3.0), (1, 2), (2.0, 1.0)])
def test_in_unrolled_star_args(args):
    assert nbc.njit(star_types)(*args) == star_types(*args)


@pytest.mark.parametrize("x", [1.0, 1, (1,), True])
def test_nested_tuples_of_classes(x):
    # (Numba 0.68 refuses nested tuples of classes; CPython takes them.)
    assert nbc.njit(nested_classes)(x) == nested_classes(x)


def array_test(x):
    return isinstance(x, np.ndarray), isinstance(x, (int, np.ndarray))


@pytest.mark.parametrize("x", [np.zeros(3), np.zeros((2, 2), np.int32), 5])
def test_ndarray(x):
    # Numba refuses np.ndarray as the class; CPython's answer is clear.
    assert nbc.njit(array_test)(x) == array_test(x)


def scalar_types(x):
    return isinstance(x, nbc.types.float32), isinstance(x, numba.int32), \
        isinstance(x, nbc.types.float64)


@pytest.mark.parametrize("x,want", [(np.float32(1), (True, False, False)),
                                    (np.int32(1), (False, True, False)),
                                    (1.0, (False, False, True))])
def test_nbc_and_numba_scalar_types(x, want):
    assert nbc.njit(scalar_types)(x) == want


@pytest.mark.parametrize("x", [np.int32(3), np.int64(3), np.float64(1.5)])
def test_follows_numba_where_cpython_differs(x):
    # Numba decides from the type (a NumPy int64 is an `int`): so does nbc.
    got = nbc.njit(int_or_float)(x)
    assert got == numba.njit(int_or_float)(x)
    assert got == (type(x) is np.int64, type(x) is np.float64)


def int_or_float(v):
    return isinstance(v, int), isinstance(v, float)


def unsupported_class(x):
    return isinstance(x, np.int32)


def run_time_class(x, k):
    return isinstance(x, (int, float)[k])


@pytest.mark.parametrize("fn,args,match", [
    (unsupported_class, (1,), "isinstance with int32 is not supported"),
    (run_time_class, (1, 0), "unsupported value of type 'type'"),
])
def test_unsupported_is_located(fn, args, match):
    with pytest.raises(nbc.UnsupportedError, match=match) as info:
        nbc.njit(fn)(*args)
    assert "test_isinstance.py" in str(info.value)
