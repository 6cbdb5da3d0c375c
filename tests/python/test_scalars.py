"""Scalar semantics: compiled kernels against CPython on the same source."""

import math

import numpy as np
import pytest

import nbc
from conftest import check, requires_exec


@nbc.njit
def add(a, b):
    return a + b


@nbc.njit
def sub(a, b):
    return a - b


@nbc.njit
def mul(a, b):
    return a * b


@nbc.njit
def truediv(a, b):
    return a / b


@nbc.njit
def floordiv(a, b):
    return a // b


@nbc.njit
def mod(a, b):
    return a % b


@nbc.njit
def power(a, b):
    return a ** b


@nbc.njit
def shifts(a, b):
    return (a << b) + (a >> b)


@nbc.njit
def bitwise(a, b):
    return (a & b) + (a | b) * 3 + (a ^ b) * 7 + ~a


@nbc.njit
def compare_all(a, b):
    return (a < b) + 2 * (a <= b) + 4 * (a > b) + 8 * (a >= b) + 16 * (a == b) + \
        32 * (a != b)


@nbc.njit
def chained(a, b, c):
    return a < b <= c


@nbc.njit
def boolops(a, b):
    return (a > 0 and b > 0) or (not a and b < 0)


@nbc.njit
def short_circuit(a, b):
    return b != 0 and a // b > 1


@nbc.njit
def ternary(a, b):
    return a // b if b != 0 else -1


@nbc.njit
def unary(a):
    return -a, +a, abs(a)


@nbc.njit
def builtins_mix(a, b):
    return min(a, b), max(a, b, 0), abs(a - b)


@nbc.njit
def conversions(x):
    return int(x), float(x), bool(x)


@nbc.njit
def rounding(x):
    return round(x)


INTS = [0, 1, -1, 7, -7, 3, -3, 2**40, -(2**40)]
FLOATS = [0.0, -0.0, 1.5, -1.5, 7.25, -7.25, 1e300, float("inf"), float("-inf"),
          float("nan")]


@pytest.mark.parametrize("fn", [add, sub, mul])
@pytest.mark.parametrize("a", INTS[:7])
@pytest.mark.parametrize("b", INTS[:7])
def test_int_arith(fn, a, b):
    check(fn, a, b)


@pytest.mark.parametrize("fn", [floordiv, mod, truediv])
@pytest.mark.parametrize("a", [0, 7, -7, 1, -1, 2**40])
@pytest.mark.parametrize("b", [0, 2, -2, 3, -3, 1, -1])
def test_int_division(fn, a, b):
    check(fn, a, b)  # signs follow Python; b == 0 raises ZeroDivisionError


@pytest.mark.parametrize("fn", [add, sub, mul, truediv, floordiv, mod])
@pytest.mark.parametrize("a", FLOATS)
@pytest.mark.parametrize("b", [0.0, 2.0, -2.0, 0.5, -3.5, float("inf"), float("nan")])
def test_float_arith(fn, a, b):
    check(fn, a, b)


@pytest.mark.parametrize("fn", [add, mul, truediv, floordiv, mod])
@pytest.mark.parametrize("a,b", [(3, 2.5), (-3, 2.5), (7.5, -2), (True, 2), (True, 0.5),
                                 (True, False), (5, True)])
def test_mixed_types(fn, a, b):
    check(fn, a, b)


@pytest.mark.parametrize("a,b", [(2, 10), (-3, 3), (0, 0), (7, 0), (2.0, 0.5), (2.0, -2.0),
                                 (-8.0, 3.0), (2.5, 3), (0.0, 2.0), (10, 1), (-2, 63)])
def test_power(a, b):
    check(power, a, b)


@pytest.mark.parametrize("a", [1, -1, 5, -20, 2**40])
@pytest.mark.parametrize("b", [0, 1, 3, 17])
def test_shifts(a, b):
    check(shifts, a, b)


@pytest.mark.parametrize("a,b", [(5, 3), (-5, 3), (0, -1), (True, False), (255, 15)])
def test_bitwise(a, b):
    # ~ on a bool is `not` as in NumPy and Numba (CPython's ~True == -2 is
    # deprecated): bools are checked against NumPy's bools.
    if isinstance(a, bool):
        check(bitwise, a, b, ref=lambda x, y: bitwise.py_func(np.bool_(x), np.bool_(y)))
    else:
        check(bitwise, a, b)


@pytest.mark.parametrize("a,b", [(1, 2), (2, 1), (2, 2), (1.5, 1), (float("nan"), 1.0),
                                 (1.0, float("nan")), (-0.0, 0.0), (True, 1)])
def test_compare(a, b):
    check(compare_all, a, b)


@pytest.mark.parametrize("args", [(1, 2, 3), (1, 3, 2), (3, 2, 1), (1, 1, 1), (0.5, 1, 1)])
def test_chained(args):
    check(chained, *args)


@pytest.mark.parametrize("a,b", [(1, 1), (0, -1), (-1, 1), (0, 0), (2, -3)])
def test_boolops(a, b):
    check(boolops, a, b)


@pytest.mark.parametrize("a,b", [(7, 0), (7, 2), (1, 3)])
def test_short_circuit_skips_division(a, b):
    check(short_circuit, a, b)
    check(ternary, a, b)


@pytest.mark.parametrize("a", [3, -3, 0, 2.5, -2.5, True, float("-inf")])
def test_unary(a):
    check(unary, a)


@pytest.mark.parametrize("a,b", [(1, 2), (-5, 3), (2.5, 1), (float("nan"), 1.0),
                                 (1.0, float("nan")), (0.0, -0.0)])
def test_min_max_abs(a, b):
    check(builtins_mix, a, b)


@pytest.mark.parametrize("x", [2.7, -2.7, 0.0, 1e10, True, 5])
def test_conversions(x):
    check(conversions, x)


@pytest.mark.parametrize("x", [float("nan"), float("inf"), float("-inf")])
def test_int_of_nonfinite_raises(x):
    check(conversions, x)  # ValueError / OverflowError as in CPython


@pytest.mark.parametrize("x", [0.5, 1.5, 2.5, -0.5, -1.5, 2.49, 7.0])
def test_round_half_even(x):
    check(rounding, x)


@pytest.mark.parametrize("dtype", [np.int8, np.int16, np.int32, np.int64, np.uint8,
                                   np.uint16, np.uint32, np.uint64, np.float32,
                                   np.float64])
def test_numpy_scalar_dtypes(dtype):
    a, b = dtype(7), dtype(3)
    got = check(add, a, b)
    assert got == 10
    check(mul, a, b)
    check(floordiv, a, b)


@nbc.njit
def wrap8(a, b):
    return a + b


@requires_exec
def test_small_int_arithmetic_widens_like_numba():
    # Numba types Python's operators on integer scalars at 64 bits: int8 +
    # int8 is 200 as int64 (NumPy's scalars would wrap to -56).
    got = wrap8(np.int8(100), np.int8(100))
    assert got == 200
    assert wrap8.inspect_types()["return"] == nbc.types.int64


@requires_exec
def test_mixed_signedness_like_numba():
    assert add(np.uint8(200), np.int8(-1)) == 199
    assert add.inspect_types((nbc.types.uint8, nbc.types.int8))["return"] == \
        nbc.types.int64
    # uint64 with int64 is int64 in Numba (float64 in NumPy): it wraps.
    assert add(np.uint64(2**64 - 1), np.int64(0)) == -1
    assert add(np.uint8(200), np.uint16(100)) == 300


@nbc.njit
def negate_invert(x):
    return -x, ~x, +x


@requires_exec
@pytest.mark.parametrize("x", [np.int8(-128), np.int8(5), np.uint8(1), np.uint16(0),
                               np.uint64(1), True, False])
def test_unary_operators_like_numba(x):
    """-x and ~x apply at x's width, then widen to 64 bits (-np.uint8(1) is
    255); ~ on a bool is `not`."""
    if isinstance(x, bool):
        want = (-int(x), not x, int(x))
    else:
        wide = np.int64 if np.dtype(type(x)).kind == "i" else np.uint64
        with np.errstate(over="ignore"):
            want = (wide(-x), wide(~x), wide(x))
    assert negate_invert(x) == want


@nbc.njit
def array_ops(a, b):
    return a + b, -a, a // b


@nbc.njit
def np_add_elements(a, b):
    return np.add(a[0], b[0])


@requires_exec
def test_array_elements_keep_numpy_promotion():
    """Array expressions and NumPy's functions type by NumPy: int8 arrays
    stay int8 (and wrap), uint8 with int8 is int16."""
    a = np.array([100, -100, 7], np.int8)
    b = np.array([100, 3, -2], np.int8)
    with np.errstate(over="ignore"):
        want = (a + b, -a, a // b)
    got = array_ops(a, b)
    for g, w in zip(got, want):
        assert g.dtype == w.dtype and np.array_equal(g, w)
    assert np_add_elements(a, b) == -56  # np.add on two int8 scalars wraps
    assert np_add_elements.inspect_types()["return"] == nbc.types.int8
    u = np.array([200, 1, 255], np.uint8)
    got = array_ops(u, b)
    assert got[0].dtype == np.int16 and np.array_equal(got[0], u + b)


@nbc.njit
def math_fns(x):
    return (math.sqrt(x), math.exp(x), math.log(x), math.sin(x), math.cos(x),
            math.tan(x), math.atan(x), math.tanh(x), math.log10(x), math.log1p(x),
            math.floor(x), math.ceil(x), math.trunc(x), math.fabs(x), math.erf(x),
            math.log(x, 2.0))


@nbc.njit
def math2_fns(x, y):
    return math.atan2(x, y), math.hypot(x, y), math.copysign(x, y), math.fmod(x, y), \
        math.pow(x, y)


@nbc.njit
def classify(x):
    return math.isnan(x), math.isinf(x), math.isfinite(x)


@nbc.njit
def math_consts():
    return math.pi + math.e


@pytest.mark.parametrize("x", [0.5, 1.0, 2.0, 10.0, 3])
def test_math(x):
    check(math_fns, x)


@pytest.mark.parametrize("x", [-1.0, 0.0])
def test_math_domain_error(x):
    check(math_fns, x)  # ValueError: math domain error


@pytest.mark.parametrize("x,y", [(1.0, 2.0), (-3.0, 4.0), (5.5, -2.0)])
def test_math2(x, y):
    check(math2_fns, x, y)


@pytest.mark.parametrize("x", [1.0, float("nan"), float("inf"), -float("inf"), 3])
def test_classify(x):
    check(classify, x)


def test_math_constants():
    check(math_consts)


@nbc.njit(error_model="numpy")
def div_numpy_model(a, b):
    return a / b, a // b


@pytest.mark.parametrize("a", [1.0, -1.0, 0.0])
def test_error_model_numpy(a):
    def ref(a, b):
        with np.errstate(all="ignore"):
            return np.float64(a) / np.float64(b), np.float64(a) // np.float64(b)
    check(div_numpy_model, a, 0.0, ref=ref)


@nbc.njit
def np_scalar_fns(x):
    return np.sqrt(x), np.exp(x), np.abs(x), np.floor(x)


@pytest.mark.parametrize("x", [2.0, -1.0, 0.0])
def test_numpy_scalar_functions_follow_numpy(x):
    def ref(x):
        with np.errstate(all="ignore"):
            return np_scalar_fns.py_func(x)
    check(np_scalar_fns, x, ref=ref)  # np.sqrt(-1.0) is nan, not an error


@nbc.njit
def fmod(x, y):
    return math.fmod(x, y)


fmod_numpy_model = nbc.njit(error_model="numpy")(fmod.py_func)


@nbc.njit
def np_fmod(x, y):
    return np.fmod(x, y)


FMOD_CASES = [(7.5, 2.0), (-7.0, 3.0), (-0.0, 1.0), (3.0, math.inf), (math.nan, 0.0),
              (1.0, 0.0), (math.inf, 2.0), (-7, 3), (7, 0)]


@pytest.mark.parametrize("x,y", FMOD_CASES)
def test_math_fmod_raises_as_cpython(x, y):
    # CPython's math.fmod: ValueError("math domain error") for a zero divisor
    # or an infinite dividend (nbc returned nan); NaN operands never raise.
    check(fmod, x, y)
    if math.isnan(x) or not (y == 0 or math.isinf(x)):
        return
    with pytest.raises(ValueError, match="math domain error"):
        fmod(x, y)
    # error_model="numpy" gives NumPy's nan instead.
    assert math.isnan(fmod_numpy_model(x, y))


@pytest.mark.parametrize("x,y", FMOD_CASES)
def test_np_fmod_of_scalars_never_raises(x, y):
    # np.fmod keeps NumPy's answer under the python error model: nan for
    # floats, 0 for an integer zero divisor, integers stay integers.
    with np.errstate(all="ignore"):
        want = np.fmod(x, y)
    got = np_fmod(x, y)
    assert isinstance(got, int) == isinstance(x, int)
    assert got == want or (math.isnan(got) and math.isnan(want))
    assert math.copysign(1, got) == math.copysign(1, want)
