"""Variables first assigned in a loop and read after it (`for i in ...:
last = a[i]` then `return last`) are carried by the dialect
(nbcAppendLoopCarried) in the loop as first built: values as CPython, types
as Numba, and no loop is built again (frontend.common.REEMITS)."""

import os
import subprocess

import numpy as np
import pytest

import nbc
from nbc.frontend import common
from test_loop_widening import rebuilt  # loops and functions built again


def last_element(a):
    for i in range(a.shape[0]):
        last = a[i]
    return last


def last_positive(a):
    for i in range(a.shape[0]):
        if a[i] > 0:
            pos = i
    return pos


def first_above(a, t):
    for i in range(a.shape[0]):
        x = a[i]
        if x > t:
            break
    return x


def while_last(n):
    i = 0
    while i < n:
        sq = i * i
        i += 1
    return sq


def while_conditional(a):
    i = 0
    while i < a.shape[0]:
        if a[i] > 0:
            pos = i
        i += 1
    return pos


def nested_last(a):
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            last = a[i, j] * 2
    return last


def nested_conditional(a):
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            if a[i, j] > 4:
                hit = a[i, j]
    return hit


def with_widening(a):
    s = 0
    for i in range(a.shape[0]):
        s += a[i]
        partial = s / 2
    return s, partial


def reassigned_in_body(a):
    for i in range(a.shape[0]):
        v = i
        v = v + a[i] * 0.5
    return v


def two_new(a):
    for i in range(a.shape[0]):
        lo = a[i] - 1
        hi = a[i] + 1
    return lo * hi


def find_pair(a, t):
    for i in range(a.shape[0]):
        if a[i] > t:
            return i, a[i]
    return -1, 0.0


def index_after_break(a, t):
    for i in range(a.shape[0]):
        if a[i] > t:
            break
    return i


def element_after_loop(a):
    total = 0.0
    for x in a:
        total += x
    return total, x


def enumerate_after_break(a, t):
    for k, x in enumerate(a):
        if x > t:
            break
    return k * 10 + x


def index_reused(n):
    s = 0
    for i in range(n):
        s += i
    for i in range(2, 2 * n, 3):
        s += i
    return s + i


def zero_trip(n):
    # Never assigned when n == 0: nbc and Numba read a zero there (CPython
    # raises UnboundLocalError), as before this change.
    for i in range(n):
        last = i * 1.5
    return last


CASES = [
    (last_element, (np.arange(5.0),)),
    (last_element, (np.arange(5, dtype=np.int32),)),
    (last_positive, (np.array([1.0, -2.0, 3.0, -1.0]),)),
    (first_above, (np.array([1.0, 5.0, 2.0]), 3.0)),
    (first_above, (np.array([1.0, 2.0]), 3.0)),
    (while_last, (4,)),
    (while_conditional, (np.array([1.0, -2.0, 3.0, -1.0]),)),
    (nested_last, (np.arange(12.0).reshape(3, 4),)),
    (nested_conditional, (np.array([[5.0, 1.0], [0.0, 2.0]]),)),
    (nested_conditional, (np.array([[5.0, 7.0], [6.0, 2.0]]),)),
    (with_widening, (np.arange(4.0),)),
    (reassigned_in_body, (np.arange(3.0),)),
    (two_new, (np.arange(3, dtype=np.int16),)),
    (find_pair, (np.array([1.0, 5.0, 2.0]), 3.0)),
    (find_pair, (np.array([1.0, 2.0]), 3.0)),
    (zero_trip, (3,)),
    (index_after_break, (np.array([1.0, 5.0, 2.0]), 3.0)),
    (index_after_break, (np.array([1.0, 2.0]), 3.0)),
    (element_after_loop, (np.arange(4, dtype=np.int32),)),
    (enumerate_after_break, (np.array([1.0, 5.0, 2.0]), 3.0)),
    (index_reused, (4,)),
]


@pytest.mark.parametrize("fn, args", CASES,
                         ids=[f"{c[0].__name__}-{i}" for i, c in enumerate(CASES)])
def test_new_variable_is_carried_without_rebuilding(fn, args):
    before = rebuilt()
    appended = common.REEMITS["avoided:appended-in-dialect"]
    got, want = nbc.njit(fn)(*args), fn(*args)
    assert got == pytest.approx(want)
    numba = pytest.importorskip("numba")
    reference = numba.njit(fn)(*args)
    got_t = tuple(map(type, got)) if isinstance(got, tuple) else type(got)
    ref_t = tuple(map(type, reference)) if isinstance(reference, tuple) \
        else type(reference)
    assert got_t == ref_t
    # The loop was built once: the dialect added the carried value.
    assert rebuilt() == before, dict(common.REEMITS)
    assert common.REEMITS["avoided:appended-in-dialect"] > appended


def test_loop_variable_after_an_empty_loop_is_numbas():
    """After a loop that never ran, a new loop variable reads the placeholder
    as Numba does (CPython raises UnboundLocalError); one that had a value
    keeps it, as in CPython."""
    empty = np.zeros(0)
    assert nbc.njit(index_after_break)(empty, 1.0) == 0
    numba = pytest.importorskip("numba")
    assert numba.njit(index_after_break)(empty, 1.0) == 0
    assert nbc.njit(index_reused)(1) == index_reused(1)
    assert nbc.njit(index_reused)(2) == index_reused(2)


def index_rebound_in_while(n):
    j = 0
    s = 0
    while s < n:
        for j in range(3):
            s += j
        s += 1
    return s


def index_rebound_in_loop(n):
    j = 0
    s = 0
    for k in range(n):
        for j in range(k, 3):
            s += j
        s += j * 10
    return s, j


@pytest.mark.parametrize("fn, n", [(index_rebound_in_while, 10), (index_rebound_in_loop, 4),
                                   (index_rebound_in_loop, 0)])
def test_loop_variable_rebound_in_an_enclosing_loop(fn, n):
    """A loop variable that had a value, rebound by an inner loop of an
    enclosing one (before: an internal KeyError): as CPython."""
    assert nbc.njit(fn)(n) == fn(n)


def test_zero_trip_reads_the_placeholder_as_before():
    """A loop that never ran leaves the variable at its placeholder (zero),
    as nbc did when it built such loops again, and as Numba does."""
    assert nbc.njit(zero_trip)(0) == 0.0
    numba = pytest.importorskip("numba")
    assert numba.njit(zero_trip)(0) == 0.0
    with pytest.raises(UnboundLocalError):
        zero_trip(0)


CAPI_TEST = os.path.join(os.path.dirname(__file__), "..", "..",
                         os.environ.get("NBC_BUILD_DIR", "build"), "bin",
                         "nbc-capi-loop-carry")


def last(n, x):
    for i in range(n):
        v = i * x
    return v


def test_c_frontend_appends_the_same_carried_value():
    """test/CAPI/loop-carry.c builds `last` through the C API without the
    carried value and appends it with nbcAppendLoopCarried: the same loop
    signature as the Python frontend's."""
    if not os.path.exists(CAPI_TEST):
        pytest.fail(f"{CAPI_TEST} is not built (ninja -C build nbc-capi-loop-carry)")
    c_ir = subprocess.run([CAPI_TEST], capture_output=True, text=True,
                          check=True).stdout
    kernel = nbc.njit(last)
    assert kernel(3, 1.5) == last(3, 1.5)
    python_ir = kernel.inspect_mlir("input")
    for text in (c_ir, python_ir):
        assert "iter_args(" in text and ") -> (f64)" in text
        assert "nbc.mul" in text


# -- min/max in a widened loop (widenLoopCarried) ------------------------------
def max_int_widens(a, b):
    s = np.int32(0)
    for i in range(a.shape[0]):
        s = max(s, b[i])
        s = s + a[i]
    return s


def min_float_widens(a, b):
    s = np.float32(0)
    for i in range(a.shape[0]):
        s = min(s, b[i])
        s = s + a[i]
    return s


def max_int_to_float(a):
    s = 0
    for i in range(a.shape[0]):
        s = max(s, 1)
        s = s + a[i]
    return s


def np_maximum_int_to_float(a):
    s = 0
    for i in range(a.shape[0]):
        s = np.maximum(i, s)  # NumPy's: a NaN in s propagates
        s = s + a[i]
    return s


def python_max_int_to_float(a):
    s = 0
    for i in range(a.shape[0]):
        s = max(i, s)  # Python's: max(1, nan) is 1
        s = s + a[i]
    return s


def np_minimum_int_to_float(a):
    s = 0
    for i in range(a.shape[0]):
        s = np.minimum(s, -i)
        s = s + a[i]
    return s


WITH_NAN = np.array([0.5, np.nan, 2.0, -1.0])


@pytest.mark.parametrize("fn, args", [
    (max_int_widens, (np.arange(4), np.array([3, -1, 7, 2], dtype=np.int32))),
    (min_float_widens, (np.linspace(0.5, 3.0, 4),
                        np.array([1.5, -2.0, 4.0, 0.25], dtype=np.float32))),
    (max_int_to_float, (np.array([0.5, -3.0, 2.0]),)),
    (np_maximum_int_to_float, (WITH_NAN,)),
    (np_maximum_int_to_float, (np.array([0.5, -3.0, 2.0]),)),
    (python_max_int_to_float, (WITH_NAN,)),
    (np_minimum_int_to_float, (WITH_NAN,)),
], ids=["int32-to-int64", "float32-to-float64", "max-int-to-float",
        "np.maximum-nan", "np.maximum", "max-nan", "np.minimum-nan"])
def test_min_max_are_retyped(fn, args):
    """An integer min/max whose operand becomes a float is built again by
    the dialect as the same function's float form: NumPy's (a NaN
    propagates) for np.minimum/np.maximum, Python's for min/max."""
    before = rebuilt()
    got, want = nbc.njit(fn)(*args), fn(*args)
    assert got == pytest.approx(want, nan_ok=True)
    numba = pytest.importorskip("numba")
    assert type(got) is type(numba.njit(fn)(*args))
    assert rebuilt() == before, dict(common.REEMITS)


def int32_of_widened(a):
    s = 0
    k = np.int32(0)
    for i in range(a.shape[0]):
        k = np.int32(s)  # a conversion the dialect does not retype
        s = s + a[i]
    return s + k


def test_refused_widening_builds_the_loop_again():
    """A reader the dialect cannot retype as building again would (here a
    conversion to int32 of a value becoming a float): the dialect refuses,
    the loop is built again, values as Python."""
    refused = common.REEMITS["loop-widen-refused"]
    a = np.array([0.5, -3.0, 2.0])
    got = nbc.njit(int32_of_widened)(a)
    assert got == pytest.approx(int32_of_widened(a))
    assert common.REEMITS["loop-widen-refused"] == refused + 1
