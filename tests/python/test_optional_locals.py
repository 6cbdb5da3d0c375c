"""`None` as a local value: `x = None` is known to be None at compile time
until a path assigns a value, where the paths meet it becomes Numba's
Optional (value or None, `x is None` tested at run time), around loops
too. Checked against CPython and Numba 0.68 side by side."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

numba = pytest.importorskip("numba")
pytestmark = requires_exec


def set_on_one_path(n):
    x = None
    if n > 0:
        x = n
    return x


def checks_is_none(n):
    x = None
    if n > 0:
        x = n * 2.5
    if x is None:
        return -1.0
    return x + 1


def checks_is_not_none(n):
    x = None
    if n > 3:
        x = n
    if x is not None:
        return x * 2
    return 0


def none_on_both_paths(n):
    x = 1
    if n > 0:
        x = None
    else:
        x = None
    return x is None


def returned_none(n):
    x = None
    return x


def none_in_else(n):
    if n > 0:
        x = n
    else:
        x = None
    return x


def conditional_expression(n):
    x = None if n > 0 else n * 1.5
    return x


def array_or_none(a, n):
    r = None
    if n > 0:
        r = a * n
    return r


def last_match(a, v):
    found = None
    for i in range(a.shape[0]):
        if a[i] == v:
            found = i
    return found


def first_match(a, v):
    found = None
    i = 0
    while i < a.shape[0]:
        if a[i] == v:
            found = i
            break
        i += 1
    return found


def running_max(a):
    best = None
    for i in range(a.shape[0]):
        if best is None or a[i] > best:
            best = a[i]
    return best


def last_pair_over(a, limit):
    best = None
    for i in range(a.shape[0]):
        if a[i] > limit:
            best = (i, a[i])
    return best


def first_negative(a):
    r = None
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            if a[i, j] < 0:
                r = (i, j)
                break
        if r is not None:
            break
    return r


def counted_after_reset(a):
    x = None
    n = 0
    for v in a:
        if v > 0:
            x = v
        else:
            x = None
        if x is not None:
            n += 1
    return n


def set_in_try(n):
    x = None
    try:
        x = 10 // n
    except Exception:
        pass
    return x


def optional_into_try(n, m):
    x = None
    if m > 0:
        x = m
    try:
        x = 10 // n
    except Exception:
        pass
    return x


def read_in_handler(n):
    x = None
    try:
        x = 10 // n
    except Exception:
        if x is None:
            return -7
    return x


rng = np.random.default_rng(7)
ARRAY = rng.normal(size=12)
INTS = np.array([4, 1, 7, 1, 3])
CASES = [
    (set_on_one_path, (3,)), (set_on_one_path, (-1,)), (set_on_one_path, (2.5,)),
    (checks_is_none, (2,)), (checks_is_none, (0,)),
    (checks_is_not_none, (5,)), (checks_is_not_none, (1,)),
    (none_on_both_paths, (1,)), (none_on_both_paths, (-1,)),
    (returned_none, (1,)),
    (none_in_else, (2,)), (none_in_else, (-2,)),
    (conditional_expression, (1,)), (conditional_expression, (-1,)),
    (array_or_none, (np.arange(3.0), 2)), (array_or_none, (np.arange(3.0), 0)),
    (last_match, (INTS, 1)), (last_match, (INTS, 9)), (last_match, (ARRAY, ARRAY[4])),
    (first_match, (INTS, 1)), (first_match, (INTS, 9)),
    (running_max, (ARRAY,)), (running_max, (INTS,)), (running_max, (np.zeros(0),)),
    (running_max, (np.array([5.0, 1.0, 2.0]),)),
    (last_pair_over, (ARRAY, 0.5)), (last_pair_over, (ARRAY, 10.0)),
    (first_negative, (ARRAY.reshape(3, 4),)), (first_negative, (np.ones((2, 2)),)),
    (counted_after_reset, (ARRAY,)), (counted_after_reset, (-np.ones(3),)),
    (set_in_try, (2,)), (set_in_try, (0,)),
    (optional_into_try, (2, 1)), (optional_into_try, (0, 1)), (optional_into_try, (0, 0)),
    (optional_into_try, (5, 0)),
    (read_in_handler, (0,)), (read_in_handler, (3,)),
]


def same(got, want):
    if want is None:
        assert got is None
    elif isinstance(want, tuple):
        assert isinstance(got, tuple) and len(got) == len(want)
        for g, w in zip(got, want):
            same(g, w)
    else:
        np.testing.assert_array_equal(got, want)


@pytest.mark.parametrize("fn,args", CASES,
                         ids=[f"{c[0].__name__}-{k}" for k, c in enumerate(CASES)])
def test_agrees_with_cpython_and_numba(fn, args):
    got = nbc.njit(fn)(*args)
    same(got, fn(*args))
    same(got, numba.njit(fn)(*args))


def test_result_type_is_optional():
    k = nbc.njit(set_on_one_path)
    k(3)
    assert str(k.inspect_types()["return"]) == "OptionalType(int64)"


def used_when_none(n):
    x = None
    if n > 0:
        x = n
    return x + 1


@pytest.mark.parametrize("n", [2, -2])
def test_use_of_none_raises_numbas_type_error(n):
    if n > 0:
        assert nbc.njit(used_when_none)(n) == used_when_none(n)
        return
    with pytest.raises(TypeError) as got:
        nbc.njit(used_when_none)(n)
    with pytest.raises(TypeError) as want:
        numba.njit(used_when_none)(n)
    assert str(got.value) == str(want.value) == "expected int64, got None"


def isinstance_of_optional(n):
    x = None
    if n > 0:
        x = n
    return isinstance(x, int)


def test_isinstance_of_optional_is_refused_as_numba():
    with pytest.raises(nbc.UnsupportedError, match="optional") as info:
        nbc.njit(isinstance_of_optional)(1)
    assert "test_optional_locals.py" in str(info.value)
    with pytest.raises(numba.core.errors.TypingError):
        numba.njit(isinstance_of_optional)(1)


def none_set_in_try(n):
    x = 1
    try:
        x = None
    except Exception:
        pass
    return x


def test_none_set_in_a_try_block_is_refused():
    # (The try's values live in slots of scalars; None has none.)
    with pytest.raises(nbc.UnsupportedError, match="set to None in a try") as info:
        nbc.njit(none_set_in_try)(1)
    assert "test_optional_locals.py" in str(info.value)
