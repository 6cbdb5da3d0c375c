"""Result dtypes of array expressions: NumPy's rules, from the dialect.

The element types of array operations come from the dialect's typed
builders (S.plan, elementwise) and the conversion of scalar operands from
its getArrayScalarOperandType (T.array_scalar_operand). The first tests
check those tables against NumPy itself on every dtype and operator; the
rest compile kernels and compare dtypes and values with NumPy (and Numba
where both agree)."""

import itertools
import operator
import warnings

import numpy as np
import pytest

import nbc
from nbc import types as T
from nbc.errors import TypingError
from nbc.frontend import scalar as S
from nbc.frontend.arrays import integral_exponent
from nbc.frontend.builder import Value

numba = pytest.importorskip("numba")

SCALARS = [T.boolean, T.int8, T.int16, T.int32, T.int64, T.uint8, T.uint16,
           T.uint32, T.uint64, T.float32, T.float64, T.complex64, T.complex128]
OPERATORS = {"Add": operator.add, "Sub": operator.sub, "Mult": operator.mul,
             "Div": operator.truediv, "FloorDiv": operator.floordiv,
             "Mod": operator.mod, "Pow": operator.pow, "LShift": operator.lshift,
             "RShift": operator.rshift, "BitAnd": operator.and_,
             "BitOr": operator.or_, "BitXor": operator.xor}


def numpy_dtype(fn, *args):
    """The dtype NumPy gives fn(*args), or None when it raises TypeError."""
    try:
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return np.asarray(fn(*args)).dtype
    except TypeError:
        return None


def planned_dtype(op, lhs, rhs, elementwise=True):
    plan = S.plan(op, lhs, rhs, elementwise)
    return None if plan is None else plan[4].numpy()


def array_scalar_dtype(op, dtype, scalar, weak, scalar_first):
    """What nbc computes `array op scalar` (or `scalar op array`) in: the
    scalar converted by the dialect's rule, then the element operator."""
    arr, value = Value(0, T.Array(dtype, 1)), Value(0, scalar)
    keep = () if scalar_first else integral_exponent(op, arr, value)
    converted = scalar if keep else T.array_scalar_operand(dtype, scalar, weak)
    if scalar_first:
        return planned_dtype(op, converted, dtype)
    return planned_dtype(op, dtype, converted, elementwise=not keep)


@pytest.mark.parametrize("op", list(OPERATORS))
def test_array_elements_promote_as_numpy(op):
    fn = OPERATORS[op]
    for a, b in itertools.product(SCALARS, SCALARS):
        want = numpy_dtype(fn, np.ones(1, a.numpy()), np.ones(1, b.numpy()))
        assert planned_dtype(op, a, b) == want, (op, a, b)


LITERALS = {T.boolean: True, T.int64: 3, T.float64: 1.5, T.complex128: 2j}


@pytest.mark.parametrize("op", list(OPERATORS))
def test_python_literals_are_weak_as_in_numpy(op):
    """NEP 50: int8 array + 3 is int8, float32 array * 1.5 float32,
    float32 array * 2j complex64, int8 array * 1.5 float64."""
    fn = OPERATORS[op]
    for dtype, (scalar, literal) in itertools.product(SCALARS, LITERALS.items()):
        arr = np.ones(1, dtype.numpy())
        for scalar_first in (False, True):
            args = (literal, arr) if scalar_first else (arr, literal)
            got = array_scalar_dtype(op, dtype, scalar, True, scalar_first)
            assert got == numpy_dtype(fn, *args), (op, dtype, literal, scalar_first)


@pytest.mark.parametrize("op", list(OPERATORS))
def test_typed_scalars_promote_unless_of_a_lower_kind(op):
    """A typed scalar (a variable, np.int64(3)) of a lower kind than the
    array takes the array's dtype (NumPy 1's and Numba's rule: float32
    array * an int64 is float32); of the same or a higher kind it promotes
    as a NumPy scalar does in NumPy 2 (int8 array + int64 is int64)."""
    fn = OPERATORS[op]
    kind = {"b": 0, "i": 1, "u": 1, "f": 2, "c": 3}
    for dtype, scalar in itertools.product(SCALARS, SCALARS):
        arr = np.ones(1, dtype.numpy())
        lower = kind[scalar.kind] < kind[dtype.kind]
        # NumPy keeps the array's dtype for a Python number of a lower kind
        value = LITERALS[{0: T.boolean, 1: T.int64, 2: T.float64, 3: T.complex128}[
            kind[scalar.kind]]] if lower else scalar.numpy().type(1)
        for scalar_first in (False, True):
            args = (value, arr) if scalar_first else (arr, value)
            got = array_scalar_dtype(op, dtype, scalar, False, scalar_first)
            assert got == numpy_dtype(fn, *args), (op, dtype, scalar, scalar_first)


# -- compiled kernels ----------------------------------------------------------

def times_two(a):
    return a * 2


def two_to_the(a):
    return 2 ** (a * a)


def plus_half(a):
    return a + 1.5


def times_minus_one(a):
    return a * -1


def times_third(a):
    return a * (1 / 3)


def halved_floor(a):
    return a // 2


def squared(a):
    return a ** 2


def times_imaginary(a):
    return a * 1j


def times_folded_complex(a):  # folded as CPython: still a weak literal
    return a * (1 + 1j) - 2j * 3


def maximum_half(a):
    return np.maximum(a, 1.5)


def where_positive(a):
    return np.where(a > 0, a, 0)


def clipped(a):
    return np.clip(a, -1, 1)


def below_tenth(a):
    return a < 0.1


def equals_tenth(a):
    return a == 0.1


def power_of(a):
    return np.power(a, 3)


def arctan2_one(a):
    return np.arctan2(a, 1)


def add_in_place(a):
    a += 1.5
    return a


def bool_ops(a, b):
    return a + b, a * b, a // b, a ** b, a / b, np.add(a, b), np.multiply(a, b)


def times_variable(a, n):
    return a * n


def plus_big(a):
    return a + 1000


ARRAYS = {
    "float32": np.linspace(-2, 3, 7, dtype=np.float32),
    "float32-2d-strided": np.linspace(-2, 3, 24, dtype=np.float32).reshape(4, 6)[:, ::2],
    "int8": np.arange(-3, 4, dtype=np.int8),
    "uint8": np.arange(0, 7, dtype=np.uint8),
    "int16": np.arange(-3, 4, dtype=np.int16),
    "complex64": (np.arange(5) + 1j * np.arange(5)[::-1]).astype(np.complex64),
    "float64": np.linspace(-1, 1, 5),
    "empty-float32": np.zeros(0, np.float32),
}
KERNELS = [times_two, two_to_the, plus_half, times_minus_one, times_third,
           halved_floor, squared, times_imaginary, times_folded_complex, maximum_half,
           where_positive,
           clipped, below_tenth, equals_tenth, power_of, arctan2_one]



def numpy_error(fn, a):
    """The type of the TypeError or OverflowError NumPy raises, or None."""
    try:
        with np.errstate(all="ignore"):
            fn(a.copy())
    except OverflowError:
        return OverflowError
    except TypeError:
        return TypeError
    return None


def numpy_raises(fn, a):
    return numpy_error(fn, a) is TypeError


@pytest.mark.parametrize("name", list(ARRAYS))
@pytest.mark.parametrize("fn", KERNELS, ids=lambda f: f.__name__)
def test_kernels_give_numpys_dtype_and_values(fn, name):
    a = ARRAYS[name]
    if numpy_raises(fn, a):  # complex // 2
        with pytest.raises(TypingError):
            nbc.njit(fn)(a)
        return
    with np.errstate(all="ignore"):
        got = nbc.njit(fn)(a.copy())
        if numpy_error(fn, a) is OverflowError:
            # uint8 array * -1: NumPy 2 raises, nbc computes in int64 as Numba
            want = numba.njit(fn)(a.copy())
        else:
            want = fn(a.copy())
        if want.dtype == np.float16:
            # np.arctan2(int8, 1): nbc has no float16, its float32 instead
            want = fn(a.astype(np.float32))
    assert got.dtype == want.dtype
    assert got.shape == want.shape
    tol = 1e-6 if want.dtype in (np.float32, np.complex64) else 1e-14
    np.testing.assert_allclose(got, want, rtol=tol, atol=tol)


@pytest.mark.parametrize("dtype", [np.float32, np.int16, np.uint8, np.complex64])
def test_in_place_update_keeps_the_dtype(dtype):
    a = np.arange(6).astype(dtype)
    if numpy_raises(add_in_place, a):  # int16 += 1.5: NumPy's casting error
        with pytest.raises(TypingError):
            nbc.njit(add_in_place)(a.copy())
        return
    want = add_in_place(a.copy())
    got = nbc.njit(add_in_place)(a.copy())
    assert got.dtype == want.dtype
    np.testing.assert_allclose(got, want, rtol=1e-6)


def test_bool_arrays_use_numpys_bool_loops():
    a = np.array([True, False, True, False])
    b = np.array([True, True, False, False])
    with np.errstate(all="ignore"):
        want = bool_ops(a, b[::-1].copy())
        got = nbc.njit(bool_ops)(a, b[::-1].copy())
        numba_got = numba.njit(bool_ops)(a, b[::-1].copy())
    for w, g, n in zip(want, got, numba_got):
        assert g.dtype == w.dtype, (w, g)
        np.testing.assert_array_equal(g, w)
        if w.dtype == np.bool_:  # Numba agrees on + and *
            np.testing.assert_array_equal(n, w)


def negated(a):
    return -a


def subtracted(a, b):
    return a - b


def test_bool_negative_and_subtract_raise_numpys_type_error():
    a = np.array([True, False])
    with pytest.raises(TypingError, match="numpy boolean negative"):
        nbc.njit(negated)(a)
    with pytest.raises(TypingError, match="numpy boolean subtract"):
        nbc.njit(subtracted)(a, a)


@pytest.mark.parametrize("dtype,n", [(np.float32, 3), (np.int8, 3), (np.uint8, 3),
                                     (np.float32, 2.5), (np.complex64, 2)])
def test_typed_scalar_arguments(dtype, n):
    """Arguments are typed (an int is int64, a float float64), as in Numba:
    of a lower kind than the array they keep its dtype (float32 * 3 is
    float32, as in NumPy), of the same kind they promote (int8 * 3 is int64,
    float32 * 2.5 float64; NumPy 2 treats Python numbers passed in as weak
    and keeps int8 and float32)."""
    a = np.arange(5).astype(dtype)
    got = nbc.njit(times_variable)(a, n)
    want = numba.njit(times_variable)(a, n)
    assert got.dtype == want.dtype
    np.testing.assert_allclose(got, want, rtol=1e-6)
    if isinstance(n, int) and np.dtype(dtype).kind in "fc":
        assert got.dtype == (a * n).dtype  # NumPy itself


def test_literal_the_dtype_cannot_hold_computes_in_int64():
    """NumPy 2 raises OverflowError for int8 array + 1000; nbc computes in
    int64 as Numba does (and NumPy 1 widened)."""
    a = np.arange(-3, 4, dtype=np.int8)
    got = nbc.njit(plus_big)(a)
    want = numba.njit(plus_big)(a)
    assert got.dtype == want.dtype == np.int64
    np.testing.assert_array_equal(got, a.astype(np.int64) + 1000)


def test_float32_comparison_with_a_literal_is_in_float32():
    """NumPy 2 compares float32 elements with 0.1 converted to float32:
    np.float32(0.1) == 0.1 elementwise is True (Numba: False)."""
    a = np.array([0.1, 0.2], dtype=np.float32)
    np.testing.assert_array_equal(nbc.njit(equals_tenth)(a), equals_tenth(a))
    assert nbc.njit(equals_tenth)(a)[0]
