"""NumPy functions writing into `out` (keyword, tuple or positional, as
`np.multiply(Z, Z, Z)`), against NumPy: values, dtype casts, broadcasting,
views, and the errors NumPy raises."""

import numpy as np
import pytest

import nbc
from conftest import check


@nbc.njit
def square_in_place(z):
    np.multiply(z, z, z)
    return z


@nbc.njit
def add_out_keyword(a, b, out):
    r = np.add(a, b, out=out)
    return r.sum()


@nbc.njit
def sqrt_out_tuple(a, out):
    np.sqrt(a, out=(out,))
    return out


@nbc.njit
def less_into(a, b, out):
    np.less(a, b, out)
    return out


@nbc.njit
def maximum_into_view(a, out):
    np.maximum(a, 0.5, out=out[::2])
    return out


@nbc.njit
def negate_into_float(a, out):
    np.negative(a, out)
    return out


def test_positional_out_aliasing_an_input():
    check(square_in_place, np.arange(6.0).reshape(2, 3))


@pytest.mark.parametrize("b", [np.ones(4), 2.0, np.arange(4.0)[::-1]])
def test_out_keyword_and_broadcasting(b):
    a = np.arange(12.0).reshape(3, 4)
    check(add_out_keyword, a, b, np.zeros((3, 4)))


def test_out_as_a_one_element_tuple():
    check(sqrt_out_tuple, np.arange(5.0), np.zeros(5))


def test_comparison_into_bool_and_int_outputs():
    a, b = np.arange(5.0), np.full(5, 2.0)
    check(less_into, a, b, np.zeros(5, dtype=bool))
    check(less_into, a, b, np.zeros(5, dtype=np.int64))  # bool casts same_kind


def test_out_view():
    check(maximum_into_view, np.linspace(0, 1, 4), np.zeros(8))


def test_int_into_float_output():
    check(negate_into_float, np.arange(4), np.zeros(4))


def test_numpy_casting_refusal_is_a_compile_error():
    @nbc.njit
    def float_into_int(a, out):
        np.sqrt(a, out=out)
        return out

    with pytest.raises(nbc.TypingError, match=r"np.sqrt\(\.\.\., out=\): NumPy "
                       "raises UFuncTypeError: Cannot cast ufunc 'sqrt' output"):
        float_into_int(np.arange(4.0), np.zeros(4, dtype=np.int64))


def test_other_keywords_are_refused():
    @nbc.njit
    def with_where(a, out):
        np.add(a, a, out=out, where=a > 0)
        return out

    with pytest.raises(nbc.UnsupportedError, match=r"np.add: keyword arguments "
                       r"\(out, where\) are not supported"):
        with_where(np.ones(3), np.zeros(3))


@nbc.njit
def add_into(a, b, out):
    np.add(a, b, out=out)
    return out


@pytest.mark.parametrize("operands, out_dtype", [
    # Computed in float64, then rounded once: 1 + 2**-24 + 2**-24 is
    # 1 + 2**-23 in float32 (adding the float32 inputs would give 1.0).
    (([1 + 2.0**-24, 1e300, 3.5, -0.1], [2.0**-24, 1e300, 1e-3, 0.3]), np.float32),
    (([1 + 2.0**-24, 1e300, 3.5, -0.1], [2.0**-24, 1e300, 1e-3, 0.3]), np.complex64),
    (([100, 200, -300, 2**40], [27, 100, -1, 5]), np.int8),  # same_kind wraps
    ((np.array([30000, -5], np.int16), np.array([30000, 7], np.int16)), np.int8),
])
def test_narrower_output_casts_same_kind(operands, out_dtype):
    """np.add(a64, b64, out=f32) and friends: NumPy's loop computes in the
    inputs' dtype and casts into `out` ('same_kind'); nbc's values are
    NumPy's bit for bit."""
    a, b = (np.asarray(x) for x in operands)
    want = np.zeros(a.shape, out_dtype)
    with np.errstate(all="ignore"):
        np.add(a, b, out=want)
    got = add_into(a, b, np.zeros(a.shape, out_dtype))
    assert got.dtype == want.dtype
    np.testing.assert_array_equal(got, want)


@pytest.mark.parametrize("a, out_dtype", [(np.ones(3), np.int64),
                                          (np.arange(3), np.uint8),
                                          (np.ones(3, np.complex128), np.float64)])
def test_output_same_kind_refuses_is_a_type_error(a, out_dtype):
    """NumPy raises UFuncTypeError (a TypeError); nbc raises at compile time
    an error that is both a TypingError and a TypeError, quoting NumPy."""
    with pytest.raises(TypeError, match="Cannot cast ufunc 'add' output"):
        np.add(a, a, out=np.zeros(3, out_dtype))
    with pytest.raises(nbc.TypingError, match=r"np.add\(\.\.\., out=\): NumPy raises "
                       "UFuncTypeError: Cannot cast ufunc 'add' output") as info:
        add_into(a, a, np.zeros(3, out_dtype))
    assert isinstance(info.value, TypeError)
