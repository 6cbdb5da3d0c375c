"""Complex scalars: compiled kernels against CPython (and Numba, where
Numba's rules differ from CPython's) on the same source."""

import cmath
import math

import numba
import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec

INF, NAN = math.inf, math.nan
VALUES = [1 + 2j, -3.5 + 0.25j, 0j, complex(0.0, -0.0), complex(INF, 1.0),
          complex(NAN, 0.0), 2.5, -3, True]
NONZERO = [1 + 2j, -3.5 + 0.25j, complex(INF, 1.0), 2.5, -3]


def close(a, b, rtol=1e-12):
    """Equal up to `rtol`, parts compared separately; NaN parts match NaN."""
    if isinstance(a, tuple):
        return isinstance(b, tuple) and len(a) == len(b) and all(
            close(x, y, rtol) for x, y in zip(a, b))
    a, b = complex(a), complex(b)
    for x, y in ((a.real, b.real), (a.imag, b.imag)):
        if math.isnan(x) or math.isnan(y):
            if not (math.isnan(x) and math.isnan(y)):
                return False
        elif math.isinf(x) or math.isinf(y):  # inf - y <= rtol * inf for any y
            if x != y:
                return False
        elif not (x == y or abs(x - y) <= rtol * max(abs(x), abs(y), 1e-300)):
            return False
    return True


def outcome(fn, *args):
    try:
        return fn(*args), None
    except Exception as e:  # noqa: BLE001 - we compare exception types
        return None, type(e)


JITTED = {}


def jitted(fn, compiler=nbc.njit):
    """One dispatcher per function and compiler: each compiles a signature
    once (a new dispatcher per check would compile again)."""
    if (fn, compiler) not in JITTED:
        JITTED[fn, compiler] = compiler(fn)
    return JITTED[fn, compiler]


def numba_jit(fn):
    return jitted(fn, numba.njit)


def check(py, *args, ref=None, rtol=1e-12):
    """nbc's result (or exception type) equals `ref`'s (CPython's `py` by
    default; pass numba_jit(py) where Numba's rules are the reference)."""
    got, got_exc = outcome(jitted(py), *args)
    want, want_exc = outcome(ref or py, *args)
    assert got_exc == want_exc, f"{py.__name__}{args}: {got_exc} != {want_exc}"
    if want_exc is None:
        assert close(got, want, rtol), f"{py.__name__}{args}: {got!r} != {want!r}"
        assert type(got) is type(want) or isinstance(want, (complex, float, bool)), \
            (type(got), type(want))


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def div(a, b):
    return a / b


def power(a, b):
    return a ** b


def eq(a, b):
    return a == b, a != b


@pytest.mark.parametrize("fn", [add, sub, mul, eq])
def test_arithmetic_matches_cpython(fn):
    for a in VALUES:
        for b in VALUES:
            if isinstance(a, complex) or isinstance(b, complex):
                check(fn, a, b)


def test_division_matches_cpython_and_numba():
    """Division by a zero complex (either sign of zero) raises
    ZeroDivisionError('complex division by zero'), as CPython and Numba do."""
    for a in VALUES:
        for b in VALUES:
            if isinstance(a, complex) or isinstance(b, complex):
                if b != 0 and not (cmath.isinf(complex(b)) or cmath.isnan(complex(b))):
                    check(div, a, b, rtol=1e-15)
                elif b == 0:
                    check(div, a, b)
    with pytest.raises(ZeroDivisionError, match="complex division by zero"):
        nbc.njit(div)(1j, 0j)
    with pytest.raises(ZeroDivisionError, match="complex division by zero"):
        nbc.njit(div)(1j, complex(-0.0, -0.0))


def test_division_numpy_error_model_does_not_raise():
    r = nbc.njit(error_model="numpy")(div)(1 + 1j, 0j)
    assert cmath.isnan(r) or cmath.isinf(r)


def test_power():
    """complex.pow (exp(b log a), as Numba's): within 1e-12 of CPython's
    result, relative to its magnitude (1j ** 2 is -1+1.2e-16j in both nbc and
    Numba, -1+0j in CPython); 0j ** -1 is nan+nanj as in Numba (CPython
    raises ZeroDivisionError)."""
    kernel = nbc.njit(power)
    for a in (1 + 2j, -3.5 + 0.25j, 2.5, 1j, np.complex64(1 + 1j)):
        for b in (2, 3, -1, 0.5, 1 + 1j, 2 + 0j):
            got, want = kernel(a, b), complex(a) ** b
            assert abs(got - want) <= 1e-12 * abs(want), (a, b, got, want)
            assert close(got, numba_jit(power)(a, b), rtol=1e-12) or \
                abs(got - want) <= 1e-15 * abs(want), (a, b)
    r = nbc.njit(power)(0j, -1)
    assert cmath.isnan(r) and cmath.isnan(numba_jit(power)(0j, -1))


def test_complex64_typing_follows_numba():
    """complex64 with float32/int8 stays complex64, with int64/float64 it is
    complex128 (Numba's scalar rule): the rounding shows which was used."""
    z = np.complex64(0.1 + 0.2j)
    for other in (np.float32(3.3), np.int8(7), np.int64(7), 3.3, np.complex64(0.7j),
                  np.complex128(0.7j), True):
        for fn in (add, mul, div, sub):
            check(fn, z, other, ref=numba_jit(fn), rtol=0)
            check(fn, other, z, ref=numba_jit(fn), rtol=0)


def unary(z):
    return -z, +z, abs(z), z.real, z.imag, z.conjugate(), bool(z)


def test_unary_and_parts():
    for z in VALUES:
        check(unary, z)
    for z in (np.complex64(3 + 4j), np.complex128(-1.5 - 2j)):
        check(unary, z, ref=numba_jit(unary), rtol=0)


def abs_of(z):
    return abs(z)


def test_abs_of_complex64_is_float32():
    assert nbc.njit(abs_of)(np.complex64(3 + 4j)) == 5.0
    # float32: hypotf of the parts, as Numba.
    check(abs_of, np.complex64(0.1 + 0.2j), ref=numba_jit(abs_of), rtol=0)
    assert abs(nbc.njit(abs_of)(np.complex64(0.1 + 0.2j)) - abs(0.1 + 0.2j)) > 1e-9
    check(abs_of, complex(1e300, 1e300))  # hypot, no overflow
    check(abs_of, complex(INF, NAN))


def make(a, b):
    return complex(a, b)


def make1(a):
    return complex(a)


def literal(x):
    return x * 1j + 2 - 0.5j


def test_construction():
    for a, b in ((1, 2), (1.5, -0.0), (np.float32(0.1), np.float32(2)),
                 (np.float32(0.1), 2.0), (INF, NAN)):
        check(make, a, b, ref=numba_jit(make), rtol=0)
    check(make, True, 3)  # Numba refuses bool parts; CPython takes them
    for a in (1, 2.5, 1 + 1j, np.complex64(2j)):
        check(make1, a)
    for x in (1, 2.5, 1j):
        check(literal, x)
    check(make0)


def make0():
    return complex()


def cm(z):
    return (cmath.exp(z), cmath.log(z), cmath.sqrt(z), cmath.sin(z), cmath.cos(z),
            cmath.tan(z), cmath.tanh(z), cmath.phase(z), cmath.polar(z)[0],
            cmath.polar(z)[1], cmath.isnan(z), cmath.isinf(z), cmath.isfinite(z),
            cmath.log(z, 2))


def near(got, want, tol=1e-12):
    """Within `tol` of CPython relative to the magnitude: upstream's
    complex-to-standard algorithms are not CPython's (cmath.sqrt(-1+0j) is
    6e-17+1j, cmath.cos(-1+0j) has a -0.0 imaginary part)."""
    if isinstance(want, tuple):
        return all(near(g, w, tol) for g, w in zip(got, want))
    if isinstance(want, bool):
        return got is want
    if not cmath.isfinite(want) or not cmath.isfinite(got):
        return close(got, want)  # parts: an infinite one must be equal
    return abs(got - want) <= tol * max(abs(want), 1.0)


def test_cmath():
    kernel = nbc.njit(cm)
    for z in (1 + 2j, -3.5 + 0.25j, -1 + 0j, 0.5j, 2.0, 3, np.complex64(1 + 2j)):
        got, want = kernel(z), cm(z)
        tol = 1e-6 if isinstance(z, np.complex64) else 1e-12
        assert near(got, want, tol), (z, got, want)


def classes(z):
    return cmath.isnan(z), cmath.isinf(z), cmath.isfinite(z)


def test_cmath_special_values():
    for z in (complex(INF, 0), complex(0, -INF), complex(NAN, 1), complex(1, NAN),
              complex(INF, NAN), 0j):
        check(classes, z)
    # cmath.log(0j) raises CPython's ValueError (Numba gives -inf+0j, as
    # nbc does under error_model="numpy").
    with pytest.raises(ValueError, match="math domain error"):
        cmath.log(0j)
    with pytest.raises(ValueError, match="math domain error"):
        nbc.njit(log)(0j)
    assert nbc.njit(error_model="numpy")(log)(0j) == complex(-INF, 0) == numba_jit(log)(0j)


def log(z):
    return cmath.log(z)


def rect(r, phi):
    return cmath.rect(r, phi)


def test_rect():
    for r, phi in ((1.0, 2.0), (2.0, -0.5), (0.0, 1.0)):
        check(rect, r, phi, rtol=1e-15)
    check(rect, np.float32(1), np.float32(2), ref=numba_jit(rect), rtol=1e-6)


def lt(a, b):
    return a < b


def floordiv(a, b):
    return a // b


def mod(a, b):
    return a % b


def to_float(z):
    return float(z)


def isclose(a, b):
    return cmath.isclose(a, b)


def math_sqrt(z):
    return math.sqrt(z)


def test_refused_like_python():
    for fn in (lt, floordiv, mod):
        with pytest.raises(nbc.TypingError):
            nbc.njit(fn)(1j, 2j)
        with pytest.raises(TypeError):
            fn(1j, 2j)
    with pytest.raises(nbc.TypingError):
        nbc.njit(to_float)(1j)
    with pytest.raises(nbc.UnsupportedError, match="cmath.isclose"):
        nbc.njit(isclose)(1j, 2j)
    with pytest.raises(nbc.TypingError):
        nbc.njit(math_sqrt)(1j)
    with pytest.raises(nbc.TypingError):
        nbc.njit(minimum)(1j, 2j)


def minimum(a, b):
    return min(a, b)


def accumulate(n):
    z = 0j
    for k in range(n):
        z = z * (0.5 + 0.5j) + k
    return z


def test_loop_carried_complex():
    check(accumulate, 10)


def test_signatures_name_complex_types():
    f = nbc.njit("complex128(complex128, c8)")(mul)
    assert f(1j, np.complex64(2)) == 2j
    g = nbc.njit(numba.complex64(numba.complex64, numba.float32))(mul)
    r = g(np.complex64(1 + 1j), np.float32(0.1))
    assert close(r, numba.njit(numba.complex64(numba.complex64, numba.float32))(mul)(
        np.complex64(1 + 1j), np.float32(0.1)), rtol=0)
    assert nbc.types.c16 is nbc.complex128 and nbc.c8 is nbc.complex64
    assert nbc.typeof(1j) == nbc.complex128
    assert nbc.typeof(np.complex64(1)) == nbc.complex64


GLOBAL_Z = 1.5 - 2j


def times_global(x):
    return x * GLOBAL_Z


def test_global_complex_constant():
    check(times_global, 2.0)
    check(times_global, 1j)
