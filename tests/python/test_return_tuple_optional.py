"""`return ()` (the empty tuple, not None) and returned tuples holding a
value-or-None field (`return (x, None)` on one path and `(x, y)` on another,
`return a, (b if c else None)`): the field is an Optional, as Numba's
Tuple(int64, OptionalType(int64)). Checked against CPython running the same
functions and Numba 0.68 side by side."""

import numba
import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


def same(got, want):
    """Equal values of the same Python kinds: None is not (), ints stay ints."""
    if want is None:
        assert got is None
    elif isinstance(want, tuple):
        assert isinstance(got, tuple) and len(got) == len(want), (got, want)
        for g, w in zip(got, want):
            same(g, w)
    elif isinstance(want, np.ndarray):
        assert isinstance(got, np.ndarray) and got.dtype == want.dtype
        assert np.array_equal(got, want)
    else:  # NumPy's scalars as the Python numbers kernels return
        want = want.item() if isinstance(want, np.generic) else want
        assert type(got) is type(want) and got == want, (got, want)


def check(fn, *args, numba_too=True):
    want = fn(*args)
    same(nbc.njit(fn)(*args), want)
    if numba_too:
        same(numba.njit(fn)(*args), want)
    return want


def empty_tuple():
    return ()


def empty_tuple_after_work(n):
    s = 0
    for i in range(n):
        s += i
    if s > 100:
        return ()
    return ()


def nested_empty(x):
    return (x, ())


def empty_first(x):
    return ((), x, ())


def none_or_pair(x, c):
    if c:
        return (x, None)
    return (x, x + 1)


def none_field_always(x):
    return (x, None)


def none_then_float(x, c):
    if c:
        return (x, None)
    return (x, x * 0.5)


def field_from_ifexp(a, b, c):
    return a, (b if c else None)


def none_first(x, c):
    if c:
        return None, x
    return x - 1, x


def array_or_none(n, c):
    a = np.arange(n) * 1.5
    if c:
        return (a.sum(), None)
    return (a.sum(), a)


def two_optional_fields(x, k):
    if k == 0:
        return (None, x, None)
    if k == 1:
        return (x, x, None)
    return (x * 2, x, x * 3)


@pytest.mark.parametrize("fn,args", [
    (empty_tuple, ()), (empty_tuple_after_work, (20,)), (empty_tuple_after_work, (3,)),
    (nested_empty, (4,)), (empty_first, (2.5,)),
    (none_or_pair, (3, True)), (none_or_pair, (3, False)),
    (none_field_always, (7,)),
    (none_then_float, (4, True)), (none_then_float, (4, False)),
    (field_from_ifexp, (1, 2, True)), (field_from_ifexp, (1, 2, False)),
    (none_first, (5, True)), (none_first, (5, False)),
    (array_or_none, (5, True)), (array_or_none, (5, False)),
    (two_optional_fields, (3, 0)), (two_optional_fields, (3, 1)),
    (two_optional_fields, (3, 2)),
])
def test_returned_tuples(fn, args):
    check(fn, *args)


def test_int_field_widened_to_float():
    # (x, None) and (x, x * 0.5): the field is an Optional(float64), as Numba's
    want = none_then_float(4, False)
    assert isinstance(want[1], float)
    got = nbc.njit(none_then_float)(4, True)
    same(got, (4, None))


@nbc.njit
def pair_or_half_none(x, c):
    if c:
        return (x, None)
    return (x, x + 10)


@nbc.njit
def caller_reads_optional_field(x, c):
    a, b = pair_or_half_none(x, c)
    if b is None:
        return a * 100
    return a + b


@nbc.njit
def gives_empty():
    return ()


@nbc.njit
def caller_of_empty():
    t = gives_empty()
    return len(t)


@pytest.mark.parametrize("c", [True, False])
def test_callee_tuple_with_optional_field(c):
    assert caller_reads_optional_field(4, c) == caller_reads_optional_field.py_func(4, c)


def test_callee_empty_tuple():
    assert caller_of_empty() == 0


def none_or_empty(c):
    if c:
        return None
    return ()


def mismatched_lengths(x, c):
    if c:
        return (x, None)
    return (x, x, x)


@pytest.mark.parametrize("c", [True, False])
def test_none_or_empty_tuple(c):
    check(none_or_empty, c)  # an Optional(Tuple()), as Numba's


def test_tuples_of_other_lengths_refused():
    with pytest.raises(nbc.TypingError, match="cannot unify"):
        nbc.njit(mismatched_lengths)(1, True)
    with pytest.raises(numba.core.errors.TypingError):
        numba.njit(mismatched_lengths)(1, True)


def named_empty_tuple(n):
    t = ()
    u = t + (n,)
    return t, u, len(t)


def test_empty_tuple_through_a_name():
    check(named_empty_tuple, 3)


@nbc.njit
def always_none_field(x):
    return (x, None)


@nbc.njit
def caller_tests_none_field(x):
    a, b = always_none_field(x)
    if b is None:
        return a + 1
    return a


@nbc.njit
def caller_returns_callee_tuple(x):
    t = always_none_field(x)
    return t


@nbc.njit
def caller_returns_empty():
    t = gives_empty()
    return t


def test_none_fields_through_a_caller():
    assert caller_tests_none_field(3) == caller_tests_none_field.py_func(3) == 4
    same(caller_returns_callee_tuple(3), caller_returns_callee_tuple.py_func(3))
    same(caller_returns_empty(), ())


@nbc.njit
def pair_or_none(x):
    if x > 0:
        return x, x + 1.0
    return None


@nbc.njit
def unpacks_optional_pair(x):
    a, b = pair_or_none(x)
    return a + b


def test_unpacking_a_tuple_or_none():
    """`a, b = f(x)` where f returns a tuple or None: Numba unpacks the
    tuple, and raises TypeError when it is None (as CPython does); nbc
    refused ("cannot unpack 3 values into 2 targets": the optional's flag
    and fields)."""
    assert unpacks_optional_pair(3.0) == unpacks_optional_pair.py_func(3.0) == 7.0
    with pytest.raises(TypeError):
        unpacks_optional_pair.py_func(-1.0)
    with pytest.raises(TypeError, match="got None"):
        unpacks_optional_pair(-1.0)
