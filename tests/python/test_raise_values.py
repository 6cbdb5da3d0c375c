"""Exceptions whose messages quote run-time values: each kernel raises, and
the compiled call must raise the same exception type with the same str()
as CPython running the same source (py_func). Values cover ints of several
dtypes at their extremes, bools and floats at the edges of repr (nan, inf,
-0.0, 1e300, subnormals), with f-strings, format specs, !r, several
arguments (str() is the args tuple's repr), `%` and str.format, assert
messages, loops, prange and callees.

PYTEST_DONT_REWRITE: CPython must run the kernels' asserts as written."""

import math

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec

FLOATS = [0.0, -0.0, 1.5, -2.25, 0.1, 1 / 3, 1e16, 1e-5, 123456789.0, 1e300, -1e300,
          5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, math.inf, -math.inf,
          math.nan]
INT_DTYPES = [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32,
              np.uint64]


def python_value(v):
    """The Python scalar a compiled kernel sees `v` as (float32 boxes to the
    Python float of its double, as in Numba)."""
    return v.item() if isinstance(v, np.generic) else v


def outcome(fn, *args):
    try:
        fn(*args)
    except Exception as e:  # noqa: BLE001 - the exception is the result
        return type(e), str(e)
    return None


def check(fn, *args):
    """The compiled call raises what CPython raises for the same source."""
    compiled = outcome(fn, *args)
    python = outcome(fn.py_func, *map(python_value, args))
    assert python is not None, "the test must make CPython raise"
    assert compiled == python, (args, compiled, python)


def int_values(dtype):
    info = np.iinfo(dtype)
    values = {0, 1, 7, int(info.max), int(info.min), int(info.max) - 1}
    return [dtype(v) for v in sorted(values)]


@nbc.njit
def fstring(x, i):
    raise ValueError(f"bad value {x} at {i}")


@pytest.mark.parametrize("dtype", INT_DTYPES)
def test_fstring_ints_at_extremes(dtype):
    for v in int_values(dtype):
        check(fstring, v, np.int64(3))


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_fstring_floats_at_edges(dtype):
    for v in FLOATS:
        with np.errstate(over="ignore"):
            check(fstring, dtype(v), np.int64(-4))


def test_fstring_bools():
    for flag in (True, False):
        check(fstring, flag, flag)


@nbc.njit
def specs(x, i, b):
    raise ValueError(f"{x:.3f}|{i:>5d}|{x!r}|{i!r}|{b!r}|{x:+.2e}|{x:10}|{i:#x}|{b:>3}"
                     f"|{x:,.1f}|{i:_}|{{braces}}|{x:%}|{i:08}")


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_format_specs_of_floats(dtype):
    for v in FLOATS:
        with np.errstate(over="ignore"):
            check(specs, dtype(v), np.int64(1234567), True)


@pytest.mark.parametrize("dtype", [np.int8, np.int64, np.uint64])
def test_format_specs_of_ints(dtype):
    for v in int_values(dtype):
        check(specs, 2.5, v, False)


@nbc.njit
def two_args(x):
    raise ValueError("msg", x)


@nbc.njit
def many_args(x, i):
    raise ValueError("it's", x, i, True, f"at {i}", 2)


@nbc.njit
def index_error(i):
    raise IndexError(i)


@nbc.njit
def key_errors(i, which):
    if which == 0:
        raise KeyError(i)
    raise KeyError(f"missing {i}")


@nbc.njit
def no_args():
    raise RuntimeError()


def test_args_tuple_repr():
    for v in (3, -7, 1.5, -0.0, math.nan, True, np.uint64(2**64 - 1), np.float32(0.1)):
        check(two_args, v)
    check(many_args, 2.5, np.int64(-3))
    check(many_args, math.inf, np.int8(-128))


def test_single_non_string_argument_is_its_str():
    for v in (0, -5, 2**63 - 1, 1e300, math.nan, False):
        check(index_error, v)
    check(no_args)


def test_key_error_message_is_the_key_repr():
    check(key_errors, np.int64(42), 0)
    check(key_errors, np.int64(42), 1)


@nbc.njit
def percent(x, i):
    if i > 0:
        raise ValueError("x = %s, i = %d, %.2f%% %5d|%-5d|%+d|%x|%e" % (x, i, x, i, i, i,
                                                                      i, x))
    if i < -10:
        raise TypeError("{0} {1:>4} {0!r} {{}}".format(i, x))
    raise TypeError("{} and {:.3f} and {!r}".format(i, x, x))


def test_percent_and_str_format():
    for x in (2.5, -0.0, math.inf, 1e300):
        check(percent, x, np.int64(42))
        check(percent, x, np.int64(-3))
        check(percent, x, np.int64(-30))


@nbc.njit
def str_concatenated(x, i, which):
    if which == 0:
        raise ValueError("bad value " + str(x) + " at " + str(i))
    if which == 1:
        raise RuntimeError(str(x))
    if which == 2:
        raise IndexError(f"at {str(i)}: " + "{}".format(x))
    assert i < 0, "i = " + str(i) + ", x = " + str(x) + "!"


def test_str_of_values_and_concatenation():
    for x in (2.5, -0.0, math.nan, 1e300, np.float32(0.5), np.int8(-7), True):
        for which in range(4):
            check(str_concatenated, x, np.int64(42), which)


@nbc.njit
def asserts(k, x):
    assert k != 5, "literal message"
    assert k >= 0, f"negative {k} ({10 // k}) x={x:.2f}"
    assert x == x, ("nan", x, k)
    return k


def test_assert_messages_and_lazy_evaluation():
    check(asserts, 5, 1.0)
    check(asserts, -2, 1.0)
    check(asserts, 3, math.nan)
    # The message is evaluated only when the test fails: 10 // 0 never runs.
    assert asserts(0, 1.0) == asserts.py_func(0, 1.0) == 0


@nbc.njit
def first_negative(a):
    total = 0.0
    for i in range(a.shape[0]):
        if a[i] < 0:
            raise ValueError(f"negative value {a[i]} at index {i} of {a.shape[0]}")
        total += a[i]
    return total


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.int16, np.int64])
def test_raise_in_loop(dtype):
    a = np.arange(10).astype(dtype)
    assert first_negative(a) == first_negative.py_func(a)
    a[6] = -3
    compiled = outcome(first_negative, a)
    # CPython's float32 scalars print their own shortest repr; a kernel's
    # box to the Python float of the double.
    python = outcome(first_negative.py_func,
                     a.astype(np.float64) if dtype == np.float32 else a)
    assert compiled == python


@nbc.njit(parallel=True)
def parallel_check(a, limit):
    out = np.empty_like(a)
    for i in nbc.prange(a.shape[0]):
        if a[i] > limit:
            raise ValueError(f"value {a[i]:.1f} above {limit} at {i}")
        out[i] = 2 * a[i]
    return out


def test_raise_in_prange():
    a = np.linspace(0.0, 10.0, 1001)
    np.testing.assert_array_equal(parallel_check(a, 20.0), 2 * a)
    a[777] = 99.5
    check(parallel_check, a, np.int64(50))


@nbc.njit
def inner(x, n):
    if x > n:
        raise OverflowError(f"{x} exceeds {n} by {x - n:.2f}")
    return x


@nbc.njit
def outer(a, n):
    s = 0.0
    for i in range(a.shape[0]):
        s += inner(a[i], n)
    return s


def test_message_propagates_from_callee():
    a = np.array([1.0, 2.0, 7.25, 3.0])
    assert outer(a, 10) == outer.py_func(a, 10)
    check(outer, a, np.int64(5))


def test_unsupported_values_are_located_errors():
    @nbc.njit
    def quotes_array(a):
        raise ValueError(f"bad {a}")

    @nbc.njit
    def percent_d_of_float(x):
        raise ValueError("%d" % x)

    with pytest.raises(nbc.UnsupportedError, match=r"int, bool and float values") as info:
        quotes_array(np.zeros(3))
    assert "test_raise_values.py" in str(info.value)
    with pytest.raises(nbc.UnsupportedError, match=r"'%d' of a float"):
        percent_d_of_float(1.5)

    @nbc.njit
    def percent_of_tuple_variable(x):
        t = (x, x)
        raise ValueError("%d %d" % t)

    with pytest.raises(nbc.UnsupportedError, match=r"write the tuple out"):
        percent_of_tuple_variable(1)


def test_bad_format_spec_is_python_error():
    @nbc.njit
    def bad_spec(i):
        raise ValueError(f"{i:.3d}")

    with pytest.raises(nbc.TypingError, match="Precision not allowed in integer format"):
        bad_spec(3)


@nbc.njit(boundscheck=True)
def load2(a, i, j):
    return a[i, j]


@nbc.njit(boundscheck=True)
def store1(a, i, x):
    a[i] = x


@nbc.njit(boundscheck=True)
def row_sum(a, i):
    return a[i].sum()


def test_bounds_errors_quote_numpy_message():
    # NumPy names the first axis out of bounds and the index as given.
    a = np.zeros((3, 5))
    for i, j in [(3, 0), (0, 5), (-4, 0), (0, -6), (7, 9), (-9, 2)]:
        check(load2, a, np.int64(i), np.int64(j))
    check(load2, a, np.uint64(7), np.int64(0))
    check(load2, a, np.int32(1), np.uint8(200))
    for i in (5, -6, 10**12):
        check(store1, np.zeros(5), np.int64(i), 1.0)
        check(row_sum, np.zeros((5, 2)), np.int64(i))
