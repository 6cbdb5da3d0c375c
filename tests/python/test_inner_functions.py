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


def returns_defined_in_loop(a):
    s = 0.0
    for edge in range(3):
        def inside(p):
            if edge == 0:
                return p >= 0
            elif edge == 1:
                return p <= 4
            return p < 6
        for x in a:
            if inside(x):
                s += x * (edge + 1)
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


def computed_default(a):
    n = len(a)
    def f(x, m=n):
        return x + m
    return f(a[0])


def rebinding_passed_on(a):
    t = 0.0
    def add(x):
        nonlocal t
        t += x
    return apply_to_all(add, a)


def rebinding_in_expression(a):
    t = 0.0
    def add(x):
        nonlocal t
        t += x
        return t
    return add(a[0]) * 2.0


def rebinding_in_try(a):
    n = 0
    def f(x):
        nonlocal n
        n += 1
        return 10 // x
    try:
        for x in a:
            f(x)
    except ZeroDivisionError:
        pass
    return n


def closure_passed_on(a):
    c = 2.0
    return apply_to_all(lambda x: x * c, a)


def missing_argument(a):
    f = lambda x, y: x + y  # noqa: E731
    return f(a[0])


# -- nonlocal: the kernel sees what its inner functions rebind ----------------

def nonlocal_counter(a):
    t = 0.0
    n = 0
    def add(x):
        nonlocal t, n
        t += x
        n += 1
    for x in a:
        if x > 2:
            add(x)
    add(a[0])
    return t, n


def nonlocal_with_value(a):
    best = a[0]
    def keep_max(x):
        nonlocal best
        old = best
        if x > best:
            best = x
            return old
        return x
    s = 0.0
    for i in range(len(a)):
        s += keep_max(a[i])
        r = keep_max(a[i] - 1.0)
    return best, s, r


def nonlocal_through_caller(a):
    total = 0.0
    def add(x):
        nonlocal total
        total += x
    def add_twice(x):
        add(x)
        add(x * 10.0)
    add_twice(a[0])
    return total


def nonlocal_nested_levels(a):
    def outer_helper(x):
        acc = 0.0
        def bump(y):
            nonlocal acc
            acc += y
        bump(x)
        bump(x)
        return acc
    return outer_helper(a[0]) + outer_helper(a[1])


def nonlocal_early_return(a, limit):
    seen = 0
    def visit(x):
        nonlocal seen
        if x > limit:
            return
        seen += 1
    for x in a:
        visit(x)
    return seen


def nonlocal_changes_type(a):
    t = 0
    def add(x):
        nonlocal t
        t = t + x
    add(a[0])
    return t


def nonlocal_in_try(a, d):
    fails = 0
    def note():
        nonlocal fails
        fails += 1
    for i in range(len(a)):
        try:
            r = int(a[i]) // int(d[i])
        except ZeroDivisionError:
            note()
            r = 0
    return fails, r


# Numba's closure test outer19: a closure passed to another inner function.
def numba_closure_as_argument(x):
    z1 = x + 1
    z2 = x + 2

    def inner(x):
        return x + z1

    def inner2(f, x):
        return f(x) + z2

    return inner2(inner, x)


def lambda_as_argument(a):
    c = 3.0
    def apply(f, v):
        return f(v) + 1.0
    return apply(lambda x: x * c, a[1])


@pytest.mark.parametrize("fn,args", [
    (nonlocal_counter, (np.array([1.0, 3.0, 5.0]),)),
    (nonlocal_with_value, (np.array([2.0, 1.0, 5.0, 3.0]),)),
    (nonlocal_through_caller, (np.array([1.5, 2.0]),)),
    (nonlocal_nested_levels, (np.array([1.5, 2.0]),)),
    (nonlocal_early_return, (np.array([1, 5, 2, 7]), 4)),
    (nonlocal_changes_type, (np.array([1.5, 2.0]),)),
    (nonlocal_in_try, (np.array([4, 5, 6]), np.array([0, 1, 0]))),
    (numba_closure_as_argument, (3,)),
    (numba_closure_as_argument, (-2.5,)),
    (lambda_as_argument, (np.array([1.0, 2.0]),)),
], ids=lambda x: getattr(x, "__name__", ""))
def test_nonlocal_and_passed_closures_as_cpython(fn, args):
    check(nbc.njit(fn), *args)


def test_nonlocal_result_types_match_numba():
    a = np.array([1.0, 3.0, 5.0])
    assert kinds(nbc.njit(nonlocal_counter)(a)) == kinds(numba.njit(nonlocal_counter)(a))


@pytest.mark.parametrize("fn,error,text", [
    (returns_function, nbc.UnsupportedError, "<lambda> is a function defined in the kernel"),
    (rebinding_passed_on, nbc.UnsupportedError, "'add' rebinds 't' of 'rebinding_passed_on'"),
    (rebinding_in_expression, nbc.UnsupportedError, "the whole value of an assignment"),
    (rebinding_in_try, nbc.UnsupportedError, "is called in a try block"),
    (computed_default, nbc.UnsupportedError, "default values must be constants"),
    (closure_passed_on, nbc.TypingError, "<lambda>() reads 'c' of the function"),
    (missing_argument, nbc.TypingError, "missing 1 required positional argument: 'y'"),
], ids=lambda x: getattr(x, "__name__", ""))
def test_unsupported_inner_functions_say_why(fn, error, text):
    with pytest.raises(error) as info:
        nbc.njit(fn)(np.arange(3.0))
    assert text in str(info.value) and "File " in str(info.value)


def test_returns_of_a_function_defined_in_a_loop_are_its_own():
    """Sutherland-Hodgman's `inside(p)` defined in the loop over edges:
    its returns made the loop look like one that returns (before: "name
    '$retval' is not defined")."""
    a = np.arange(-2.0, 8.0)
    check(nbc.njit(returns_defined_in_loop), a)
