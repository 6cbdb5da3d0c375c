"""Functions that may return None (Numba's OptionalType), values carried
around loops as tuples, and arrays returned from inside loops; checked
against CPython running the same functions."""

import numpy as np
import pytest

import nbc
from conftest import check, requires_exec


@nbc.njit
def find(a, x):
    for i in range(a.shape[0]):
        if a[i] == x:
            return i
    return None


@nbc.njit
def positive_part(a):
    if a.sum() > 0:
        return a * 2
    return None


@nbc.njit
def pair_or_none(x):
    if x > 0:
        return x, x * 2.0
    return None


@nbc.njit
def first_square_over(n, limit):
    k = 0
    while k < n:
        if k * k > limit:
            return k
        k += 1


@pytest.mark.parametrize("x", [0.0, 3.0, 4.0, 9.0, np.nan])
def test_search_returns_index_or_none(x):
    check(find, np.arange(5.0), x)


@pytest.mark.parametrize("a", [np.ones(3), -np.ones(3), np.zeros(0)])
def test_array_or_none(a):
    check(positive_part, a)


@pytest.mark.parametrize("x", [3, -1, 0])
def test_tuple_or_none(x):
    check(pair_or_none, x)


@pytest.mark.parametrize("n,limit", [(10, 20), (3, 20), (0, 0)])
def test_falling_off_the_end_is_none(n, limit):
    check(first_square_over, n, limit)


@requires_exec
def test_optional_type_is_reported():
    find(np.arange(3.0), 1.0)
    assert str(find.inspect_types()["return"]) == "OptionalType(int64)"


@nbc.njit
def count_found(a, xs):
    n = 0
    for x in xs:
        r = find(a, x)
        if r is not None:
            n += r
    return n


@nbc.njit
def index_plus_one(a, x):
    return find(a, x) + 1


@nbc.njit
def passes_through(a, x):
    return find(a, x)


def test_caller_tests_for_none():
    check(count_found, np.arange(5.0), np.array([1.0, 7.0, 3.0, -2.0]))


def test_caller_passes_the_optional_on():
    check(passes_through, np.arange(5.0), 2.0)
    check(passes_through, np.arange(5.0), 9.0)


@requires_exec
def test_using_none_as_a_value_raises_type_error():
    assert index_plus_one(np.arange(5.0), 2.0) == 3
    with pytest.raises(TypeError, match="expected int64, got None"):
        index_plus_one(np.arange(5.0), 9.0)


@nbc.njit
def best_pair(n):
    best = (0, 0.0)
    for i in range(n):
        v = (i * 7) % 5 * 1.0
        if v > best[1]:
            best = (i, v)
    return best


@nbc.njit
def first_row_over(m, limit):
    for i in range(m.shape[0]):
        if m[i, 0] > limit:
            return m[i]
    return m[0]


@pytest.mark.parametrize("n", [0, 1, 10])
def test_tuple_carried_around_a_loop(n):
    check(best_pair, n)


@pytest.mark.parametrize("limit", [2.0, 100.0])
def test_array_returned_from_a_loop(limit):
    check(first_row_over, np.arange(12.0).reshape(4, 3), limit)


@nbc.njit
def or_default(x, d):
    if x is None:
        return d
    return x * 2.0 + d


@nbc.njit
def row_sum_or(r, d):
    return d if r is None else r.sum()


@nbc.njit
def optionals_passed_on(a, m):
    best = None
    acc = 0.0
    for i in range(a.shape[0]):
        acc += or_default(best, 1.0)  # None on the first pass
        if best is None or a[i] > best:
            best = a[i]
    row = m[0] if a[0] > 0 else None
    return acc + row_sum_or(row, -0.5) + or_default(a[0], 0.5) + \
        (-9.0 if passes_through(a, find(a, a[1])) is None else 1.0)


@pytest.mark.parametrize("sign", [1.0, -1.0])
def test_optionals_passed_to_compiled_functions(sign):
    """An optional argument (a None-initialised variable, `v if c else
    None`, a callee's result) is passed as one, as Numba's OptionalType:
    the callee tests `x is None` at run time (nbc used it as its value,
    raising "expected float64, got None" where CPython runs; found by the
    None mode of the program generator)."""
    check(optionals_passed_on, sign * np.array([3.0, 1.0, 4.0]), np.ones((2, 3)))


@nbc.njit
def none_or_next(x, step):
    if step:
        return None if x is None else x + 1.0
    return x


@nbc.njit
def none_results_tested(step):
    b = none_or_next(None, step)  # None on each path of this specialisation
    c = none_or_next(b, step)
    return b is None, -99 if c is None else c


@pytest.mark.parametrize("step", [True, False])
def test_call_returning_none_on_each_path_is_none(step):
    """A compiled function that returns None on every path, called from
    another, gives None (it gave the empty tuple: `b is None` was False,
    and passed on, `x + 1.0` on a tuple; found by the None mode of the
    program generator)."""
    assert check(none_results_tested, step) == (True, -99)


@nbc.njit("float64(optional(float64), float64)")
def declared_or_default(x, d):
    return d if x is None else x * 2.0


@nbc.njit("float64(float64)")
def declared_double(x):
    return x * 2.0


@nbc.njit
def optional_to_declared_signatures(a, c):
    b = a[0] if c > 0 else None
    return declared_or_default(b, 1.5) + declared_or_default(a[1], 1)


@pytest.mark.parametrize("c", [1, 0])
def test_optional_to_an_optional_parameter_of_a_signature(c):
    """An optional passed where an explicit signature declares
    `optional(float64)` is tested there at run time (nbc passed its value:
    TypeError when None, where CPython and Numba take the None)."""
    check(optional_to_declared_signatures, np.array([2.0, 3.0]), c)


@requires_exec
def test_optional_to_a_plain_parameter_of_a_signature_is_its_value():
    @nbc.njit
    def caller(a, c):
        return declared_double(a[0] if c > 0 else None)
    assert caller(np.array([2.0]), 1) == 4.0
    with pytest.raises(TypeError, match="expected float64, got None"):
        caller(np.array([2.0]), 0)
