"""cmath's functions and NumPy's complex ufuncs against CPython and NumPy on
every class of input: zeros of each sign, finite, tiny and huge, infinite
and NaN parts (cmath's special values and the exceptions CPython raises),
and random finite values over the whole exponent range."""

import cmath
import itertools
import math
import warnings

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec

PARTS = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, math.inf, -math.inf, math.nan,
         -math.nan, 1e-300, 1e300, 5e-324]
SPECIAL = [complex(x, y) for x, y in itertools.product(PARTS, PARTS)]


def random_finite(n, seed):
    rng = np.random.default_rng(seed)
    mag = 10.0 ** rng.uniform(-300, 300, (2, n))
    mag[:, ::3] = 10.0 ** rng.uniform(-3, 3, (2, (n + 2) // 3))
    signs = rng.choice([-1.0, 1.0], (2, n))
    re, im = mag * signs
    re[::7] = 0.0
    im[::5] = 0.0
    return [complex(a, b) for a, b in zip(re, im)]


def c_sqrt(z):
    return cmath.sqrt(z)


def c_exp(z):
    return cmath.exp(z)


def c_log(z):
    return cmath.log(z)


def c_log10(z):
    return cmath.log10(z)


def c_sin(z):
    return cmath.sin(z)


def c_cos(z):
    return cmath.cos(z)


def c_tan(z):
    return cmath.tan(z)


def c_asin(z):
    return cmath.asin(z)


def c_acos(z):
    return cmath.acos(z)


def c_atan(z):
    return cmath.atan(z)


def c_sinh(z):
    return cmath.sinh(z)


def c_cosh(z):
    return cmath.cosh(z)


def c_tanh(z):
    return cmath.tanh(z)


def c_asinh(z):
    return cmath.asinh(z)


def c_acosh(z):
    return cmath.acosh(z)


def c_atanh(z):
    return cmath.atanh(z)


CMATH = [c_sqrt, c_exp, c_log, c_log10, c_sin, c_cos, c_tan, c_asin, c_acos,
         c_atan, c_sinh, c_cosh, c_tanh, c_asinh, c_acosh, c_atanh]


def same_part(want, got, rel):
    if math.isnan(want):
        return math.isnan(got)
    if want == 0 and got == 0:
        return math.copysign(1, want) == math.copysign(1, got)
    # Subnormal results differ in their last representable bits.
    return want == got or abs(want - got) <= rel * abs(want) or abs(want - got) < 1e-310


def same(want, got, rel=1e-13):
    return same_part(want.real, got.real, rel) and same_part(want.imag, got.imag, rel)


def outcome(f, z):
    try:
        return f(z)
    except (ValueError, OverflowError) as e:
        return type(e)


@pytest.mark.parametrize("f", CMATH, ids=lambda f: f.__name__[2:])
def test_cmath_as_cpython(f):
    """Values, signs of zeros and CPython's ValueError/OverflowError."""
    cf = nbc.njit(f)
    bad = []
    for z in SPECIAL + random_finite(600, hash(f.__name__) % 1000):
        want, got = outcome(f, z), outcome(cf, z)
        if isinstance(want, type) or isinstance(got, type):
            ok = want is got
        else:
            ok = type(got) is complex and same(want, got)
        if not ok:
            bad.append((z, want, got))
    assert not bad, f"{len(bad)} differ, e.g. {bad[:4]}"


def c_log_base(z, base):
    return cmath.log(z, base)


def test_cmath_log_with_base():
    cf = nbc.njit(c_log_base)
    for z, base in [(8 + 0j, 2 + 0j), (1j, 10.0), (-3.5 + 2j, 1.5 - 0.5j), (100, 10)]:
        assert same(cmath.log(z, base), cf(z, base), 1e-12)


def c_exp_complex64(x):
    return np.exp(x) + np.sqrt(x)


def c_math_errors(z):
    total = 0.0
    try:
        total += cmath.atanh(z).real
    except ValueError:
        total += 100.0
    return total


def test_cmath_error_is_caught_in_kernel():
    cf = nbc.njit(c_math_errors)
    for z in (1 + 0j, -1 + 0j, 0.5j, 2 + 0j):
        assert cf(z) == c_math_errors(z)


def test_cmath_error_message():
    with pytest.raises(ValueError, match="math domain error"):
        nbc.njit(c_log)(0j)
    with pytest.raises(OverflowError, match="math range error"):
        nbc.njit(c_exp)(complex(1000, 1))


NP_UFUNCS = ["sqrt", "exp", "log", "log10", "log2", "exp2", "log1p", "expm1",
             "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh",
             "tanh", "arcsinh", "arccosh", "arctanh"]


def np_sqrt(a):
    return np.sqrt(a)


def np_exp(a):
    return np.exp(a)


def np_log(a):
    return np.log(a)


def np_log10(a):
    return np.log10(a)


def np_log2(a):
    return np.log2(a)


def np_exp2(a):
    return np.exp2(a)


def np_log1p(a):
    return np.log1p(a)


def np_expm1(a):
    return np.expm1(a)


def np_sin(a):
    return np.sin(a)


def np_cos(a):
    return np.cos(a)


def np_tan(a):
    return np.tan(a)


def np_arcsin(a):
    return np.arcsin(a)


def np_arccos(a):
    return np.arccos(a)


def np_arctan(a):
    return np.arctan(a)


def np_sinh(a):
    return np.sinh(a)


def np_cosh(a):
    return np.cosh(a)


def np_tanh(a):
    return np.tanh(a)


def np_arcsinh(a):
    return np.arcsinh(a)


def np_arccosh(a):
    return np.arccosh(a)


def np_arctanh(a):
    return np.arctanh(a)


@pytest.mark.parametrize("name", NP_UFUNCS)
@pytest.mark.parametrize("dtype", [np.complex128, np.complex64])
def test_numpy_complex_ufuncs(name, dtype):
    """NumPy's values (C99's special values, no exceptions), complex64 too."""
    kernel = globals()["np_" + name]
    a = np.array(SPECIAL + random_finite(300, 7), dtype=dtype)
    if dtype == np.complex64:  # finite values in float32's range
        a = a[~np.isfinite(a) | (np.abs(a) < 1e30)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        want = getattr(np, name)(a)
    got = nbc.njit(kernel)(a)
    assert got.dtype == want.dtype
    rel = 1e-12 if dtype == np.complex128 else 2e-6
    bad = [(z, w, g) for z, w, g in zip(a, want, got)
           if not same(complex(w), complex(g), rel)]
    assert not bad, f"{len(bad)} differ, e.g. {bad[:4]}"


def np_sqrt_scalar(x):
    return np.sqrt(x), cmath.sqrt(x)


def test_numpy_scalar_never_raises_cmath_does():
    cf = nbc.njit(np_sqrt_scalar)
    assert cf(-0j) == np_sqrt_scalar(-0j)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        want = np.log(np.complex128(0j))
    got = nbc.njit(np_log)(np.complex128(0j))
    assert same(complex(want), complex(got))
