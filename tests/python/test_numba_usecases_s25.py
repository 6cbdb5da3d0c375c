"""Numba's own usecases (numba.tests.<module>) that nbc answered wrongly or
crashed on, copied small, checked against CPython."""

import operator

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


@nbc.njit
def star_inner(a=5, *b):  # numba.tests.test_nested_calls
    return a, b


def star(x, y, z):
    return star_inner(a=x), star_inner(x, y, z)


def star_parts(x):
    t = star_inner(x)
    return t[1], t, star_inner()


def identity(t):
    return t


def pass_empty(x):
    return identity(()), (identity(()), x)


def concat(t, u):
    return t + u, (t + u, 1)


def pair_with_empty(t):
    return t, 1


@pytest.mark.parametrize("f, args", [
    (star, (3, 2, 1)), (star_parts, (4,)), (pass_empty, (1,)),
    (identity, ((),)), (pair_with_empty, ((),)), (concat, ((), ())),
    (concat, ((1,), ()))])
def test_empty_tuples_come_back_as_empty_tuples(f, args):
    # An empty tuple argument from Python came back as None (None's type
    # inside nbc is the empty tuple's).
    want = f(*args) if f is not star_parts else (((), (4, ()), (5, ())))
    got = nbc.njit(f)(*args)
    assert repr(got) == repr(want)


def ndindex_sum(x, y):  # numba.tests.test_array_iterators np_ndindex
    s = 0
    for i, j in np.ndindex(x, y):
        s = s + (i + 1) * (j + 1)
    return s


@pytest.mark.parametrize("args", [(3, 4), (0, 4), (-7, 3), (3, -1)])
def test_ndindex_negative_dimension_raises(args):
    # An empty loop (0) before, where NumPy raises.
    try:
        want = ndindex_sum(*args)
    except ValueError as e:
        with pytest.raises(ValueError, match=str(e)):
            nbc.njit(ndindex_sum)(*args)
    else:
        assert nbc.njit(ndindex_sum)(*args) == want


def in_place_operators(x, y):  # numba.tests.test_operators FunctionalOperatorImpl
    x = operator.iadd(x, y)
    x = operator.imul(x, 2)
    x = operator.ifloordiv(x, 3)
    return operator.ipow(x, 2)


def contains_and_is(a, v):
    return operator.contains(a, v), operator.not_(operator.contains(a, v)), \
        operator.is_(v, None), operator.is_not(v, None)


@pytest.mark.parametrize("args", [(7, 3), (2.5, -1.5), (np.arange(5), 3),
                                  (np.linspace(0, 2, 4), np.ones(4))])
def test_in_place_operator_functions(args):
    # "unsupported call to operator.iadd" before; an array updates in place.
    want_args = [a.copy() if isinstance(a, np.ndarray) else a for a in args]
    want = in_place_operators(*want_args)
    got = nbc.njit(in_place_operators)(*args)
    np.testing.assert_array_equal(got, want)
    assert type(got) is type(want)
    np.testing.assert_array_equal(args[0], want_args[0])


def test_contains_and_is_functions():
    a = np.arange(4.0)
    for v in (2.0, 7.0):
        assert nbc.njit(contains_and_is)(a, v) == contains_and_is(a, v)


def contiguous_flag(a):  # numba.tests.test_array_attr array_flags_contiguous
    return a.flags.contiguous, a[::2].flags.contiguous, a.T.flags.contiguous


@pytest.mark.parametrize("a", [np.arange(4.0), np.ones((3, 2)), np.ones((1, 3))])
def test_flags_contiguous(a):
    assert nbc.njit(contiguous_flag)(a) == contiguous_flag(a)


def complex_list_display():
    return [1j]


def complex_list_append():
    l = [1]
    l.append(2j)
    return len(l)


def complex_array_from_comprehension(n):  # numba.tests.test_comprehension
    return np.array([i * 1j for i in range(n)])


@pytest.mark.parametrize("f, args, line", [
    (complex_list_display, (), "return [1j]"),
    (complex_list_append, (), "l.append(2j)"),
    (complex_array_from_comprehension, (3,), "[i * 1j for i in range(n)]")])
def test_lists_of_complex_refused_with_location(f, args, line):
    # The lowering of the list crashed the process (segmentation fault).
    with pytest.raises(nbc.UnsupportedError, match="lists of complex numbers") as e:
        nbc.njit(f)(*args)
    assert line in str(e.value)


def var_propagate3(a, b):  # numba.tests.test_dataflow
    c = 5 + (a > b and a or b)
    return c


def var_propagate4(a, b):
    c = 5 + (a - 1 and b + 1) or (a + 1 and b - 1)
    return c


def or_chain(a, b):
    return a or b or 7, a and b and a + b, not (a or b)


@pytest.mark.parametrize("f", [var_propagate3, var_propagate4, or_chain])
@pytest.mark.parametrize("args", [(3, 2), (1, 5), (0, 0), (2.5, 1), (0, 2.5)])
def test_and_or_give_the_deciding_operand(f, args):
    # `a or b` was the truth (True/False) instead of `a` or `b`.
    want, got = f(*args), nbc.njit(f)(*args)
    assert got == want
    assert [float(x) for x in np.atleast_1d(got)] == [float(x) for x in np.atleast_1d(want)]


STRIDED = np.arange(12)[::2]


def global_item(i):  # numba.tests.test_array_constants getitem2
    return STRIDED[i]


def test_bool_scalar_array_index_refused():
    # STRIDED[True] was STRIDED[1] (2); NumPy reads a bool as a 0-d mask
    # (shape (1, 6)) and Numba refuses it.
    assert nbc.njit(global_item)(3) == global_item(3)
    with pytest.raises(nbc.TypingError, match="0-d mask") as e:
        nbc.njit(global_item)(True)
    assert "return STRIDED[i]" in str(e.value)


def real_imag_conjugate(x):  # numba.tests.test_array_attr array_real on a bool
    return x.real, x.imag, x.conjugate()


@pytest.mark.parametrize("x", [True, False, 3, 2.5, 1 + 2j])
def test_real_of_a_bool_is_an_int(x):
    # True.real and True.conjugate() were True; Python gives 1 (imag was 0).
    want, got = real_imag_conjugate(x), nbc.njit(real_imag_conjugate)(x)
    assert got == want
    assert [type(v) for v in got] == [type(v) for v in want]
