"""Functions defined inside a kernel (`def` and lambdas), as Numba's inner
functions and closures: compiled as callees that take the variables they
read from the kernel as extra arguments, at their values when called
(Python's late binding). Checked against CPython running the same code and
against Numba's result types."""

import numpy as np
import pytest

import nbc
from conftest import check, requires_exec

numba = pytest.importorskip("numba")
pytestmark = requires_exec


def closure_sum(a, s):
    def scale(x):
        return x * s
    f = lambda x, y=2: x + y  # noqa: E731
    t = 0.0
    for i in range(len(a)):
        t += scale(a[i]) + f(a[i])
    return t


def late_binding(a):
    k = 1
    def add_k(x):
        return x + k
    out = np.empty(len(a))
    for i in range(len(a)):
        k = i * 0.5
        out[i] = add_k(a[i])
    return out


def nested(a):
    def outer_helper(x):
        def square(y):
            return y * y
        return square(x) + 1
    return outer_helper(a[0]) + outer_helper(a[-1])


def writes_array(a):
    out = np.zeros(len(a), a.dtype)
    def put(i, v):
        out[i] = v
    for i in range(len(a)):
        put(i, a[i] * 2)
    return out


def keyword_arguments(a):
    g = lambda x, scale=3, shift=0: x * scale + shift  # noqa: E731
    return g(a[0]) + g(a[1], shift=1) + g(scale=2, x=a[2])


def calls_other_inner(a):
    h = lambda x: x + 1  # noqa: E731
    def twice(x):
        return h(h(x))
    return twice(a[0])


def recursive(n):
    def fact(k):
        if k <= 1:
            return 1
        return k * fact(k - 1)
    return fact(n)


def defined_in_loop(a):
    s = 0
    for i in range(len(a)):
        g = lambda x: x + i  # noqa: E731
        s += g(a[i])
    return s


def apply_to_all(f, a):
    s = 0.0
    for x in a:
        s += f(x)
    return s


def passes_lambda(a):
    return apply_to_all(lambda x: x * x, a)


def tuple_result(a):
    def stats(lo, hi):
        return a[lo:hi].min(), a[lo:hi].max()
    m, n = stats(0, 2)
    return m + n, stats(1, 3)


def appends_to_captured_list(a):
    out = [a[0]]
    def push(v):
        out.append(v)
    for x in a:
        if x > 2:
            push(x * 2)
    return out


# From Numba's own tests (numba/tests/test_closure.py, TestInlinedClosure).
def numba_closure_rebound(x):
    y = x + 1

    def inner(x):
        return x * y

    y = inner(x)
    return y + inner(x)


def numba_closure_nested(x):
    def inner(y):
        def innermost(z):
            return x + y + z
        s = 0
        for i in range(y):
            s += innermost(i)
        return s
    return inner(x * x)


def numba_inner_calls_inner(x):
    z = x + 1

    def inner(x):
        return x + z

    def inner2(x):
        return inner(x)

    return inner2(x)


@pytest.mark.parametrize("fn", [numba_closure_rebound, numba_closure_nested,
                                numba_inner_calls_inner], ids=lambda f: f.__name__)
@pytest.mark.parametrize("x", [10, 3, 0, -2])
def test_numba_closure_cases(fn, x):
    got = check(nbc.njit(fn), x)
    assert type(got) is type(numba.njit(fn)(x))


CASES = [appends_to_captured_list, closure_sum, late_binding, nested, writes_array, keyword_arguments,
         calls_other_inner, defined_in_loop, passes_lambda, tuple_result]
NUMBA_FAILS = {keyword_arguments, passes_lambda}  # Numba 0.68 rejects these


def kinds(v):
    """What a result is made of: tuples item by item, arrays by dtype,
    scalars by NumPy's dtype of them."""
    if isinstance(v, (tuple, list)):
        return tuple(kinds(x) for x in v)
    return np.asarray(v).dtype


@pytest.mark.parametrize("fn", CASES, ids=lambda f: f.__name__)
@pytest.mark.parametrize("dtype", [np.float64, np.int64, np.float32])
def test_inner_functions_as_cpython(fn, dtype):
    a = (np.arange(1, 6) * 1.5).astype(dtype)
    args = (a, 1.5) if fn is closure_sum else (a,)
    got = check(nbc.njit(fn), *args)
    if fn not in NUMBA_FAILS:
        want = numba.njit(fn)(*args)
        assert kinds(got) == kinds(want), (got, want)


def test_recursive_inner_function():
    check(nbc.njit(recursive), 6)
    check(nbc.njit(recursive), 0)


def returns_function(a):
    f = lambda x: x  # noqa: E731
    return f


def rebinds_enclosing(a):
    t = 0.0
    def add(x):
        nonlocal t
        t += x
    add(a[0])
    return t


def computed_default(a):
    n = len(a)
    def f(x, m=n):
        return x + m
    return f(a[0])


def closure_passed_on(a):
    c = 2.0
    return apply_to_all(lambda x: x * c, a)


def missing_argument(a):
    f = lambda x, y: x + y  # noqa: E731
    return f(a[0])


def star_args(a):
    def f(*xs):
        return xs[0]
    return f(a[0])


@pytest.mark.parametrize("fn,error,text", [
    (returns_function, nbc.UnsupportedError, "<lambda> is a function defined in the kernel"),
    (rebinds_enclosing, nbc.UnsupportedError, "unsupported statement 'Nonlocal'"),
    (computed_default, nbc.UnsupportedError, "default values must be constants"),
    (closure_passed_on, nbc.TypingError, "<lambda>() reads 'c' of the function"),
    (missing_argument, nbc.TypingError, "missing 1 required positional argument: 'y'"),
    (star_args, nbc.UnsupportedError, "*args, **kwargs"),
], ids=lambda x: getattr(x, "__name__", ""))
def test_unsupported_inner_functions_say_why(fn, error, text):
    with pytest.raises(error) as info:
        nbc.njit(fn)(np.arange(3.0))
    assert text in str(info.value) and "File " in str(info.value)
