"""math.gamma/lgamma/frexp/ldexp/nextafter/modf/ulp and np.ldexp/frexp/modf/divmod/
nextafter/spacing/invert/bitwise_not against CPython and NumPy: frexp,
ldexp, nextafter, spacing, modf and ulp bit for bit (zeros of each sign,
subnormals, the largest float, infinities, NaN), CPython's exceptions with
their messages, NumPy's dtypes and broadcasting. gamma and lgamma are
libm's tgamma and lgamma, CPython has its own approximations: they agree
to a few ulps (lgamma near its zeros at 1 and 2 to an absolute 1e-15)."""

import math
import subprocess
import sys

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec

EDGES = [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-310, 0.5, 1.0, -3.5,
         1e300, 1.7976931348623157e308, -1.7976931348623157e308, math.inf, -math.inf,
         math.nan]


def outcome(fn, *args):
    try:
        return fn(*args), None
    except Exception as e:  # noqa: BLE001 - compared with CPython's
        return None, (type(e), str(e))


def identical(a, b):
    """Bit-for-bit equality of floats (-0.0 is not 0.0; NaN is NaN), ints,
    or tuples of them; arrays and NumPy scalars with equal dtypes too."""
    if isinstance(a, tuple):
        return isinstance(b, tuple) and len(a) == len(b) and all(map(identical, a, b))
    if isinstance(a, np.generic) and not isinstance(b, (np.ndarray, np.generic)):
        # nbc returns Python scalars: of the same kind, exactly a's value.
        if np.asarray(b).dtype.kind != ("i" if a.dtype.kind == "u" else a.dtype.kind):
            return False
        b = np.asarray(b).astype(a.dtype)
    if isinstance(a, (np.ndarray, np.generic)):
        a, b = np.asarray(a), np.asarray(b)
        return a.dtype == b.dtype and a.shape == b.shape and \
            np.array_equal(a, b, equal_nan=a.dtype.kind == "f") and \
            np.array_equal(np.signbit(a), np.signbit(b))
    if isinstance(a, float):
        return isinstance(b, float) and (math.isnan(a) and math.isnan(b) or
                                         a == b and math.copysign(1, a) == math.copysign(1, b))
    return isinstance(b, int) and not isinstance(b, bool) and a == b


@nbc.njit
def gamma(x):
    return math.gamma(x)


@nbc.njit
def lgamma(x):
    return math.lgamma(x)


@nbc.njit
def frexp(x):
    return math.frexp(x)


@nbc.njit
def ldexp(x, i):
    return math.ldexp(x, i)


@nbc.njit
def nextafter(x, y):
    return math.nextafter(x, y)


@nbc.njit
def modf_ulp(x):
    return math.modf(x), math.ulp(x)


@nbc.njit(error_model="numpy")
def gamma_numpy_model(x):
    return math.gamma(x)


def close(got, want, rel, absolute=0.0):
    if math.isnan(want) or math.isinf(want):
        return identical(got, want)
    return abs(got - want) <= max(rel * abs(want), absolute)


def test_gamma_lgamma_values_and_errors():
    rng = np.random.default_rng(24)
    xs = EDGES + [-1.0, -2.0, -2.5, 171.0, 171.7, 172.0, -171.5, -1e-300, 1e308, 2.0,
                  1.0000001] + list(rng.uniform(-40, 180, 300))
    for x in xs:
        for fn, py, rel, absolute in ((gamma, math.gamma, 2e-15, 0.0),
                                      (lgamma, math.lgamma, 1e-14, 1e-15)):
            (got, err), (want, want_err) = outcome(fn, x), outcome(py, x)
            assert err == want_err, (fn.__name__, x, err, want_err)
            if want_err is None:
                assert close(got, want, rel, absolute), (fn.__name__, x, got, want)
    assert math.isinf(gamma_numpy_model(0.0))  # NumPy's model: no exception
    assert identical(gamma(True), 1.0) and close(lgamma(3), math.lgamma(3), 1e-14)


def test_frexp_ldexp_nextafter_bit_exact():
    for x in EDGES + [3, True, -7, 1 << 60]:
        (got, err), (want, want_err) = outcome(frexp, x), outcome(math.frexp, x)
        assert err == want_err and (err or identical(got, want)), (x, got, want)
    for x in EDGES + [3]:
        for i in (0, 1, -1, 3, 1023, 1024, -1074, -1075, 2000, -2000, 10**12, -10**12,
                  -(1 << 63), True):
            (got, err), (want, want_err) = outcome(ldexp, x, i), outcome(math.ldexp, x, i)
            assert err == want_err and (err or identical(got, want)), (x, i, got, want, err)
        for y in (0.0, -0.0, 1.0, -math.inf, math.inf, math.nan):
            assert identical(nextafter(x, y), math.nextafter(x, y)), (x, y)
    for x in EDGES + [-2.0, 2.5, -1e16 - 2, 7, False]:
        assert identical((math.modf(x), math.ulp(x)), modf_ulp(x)), x


def test_typing_errors():
    with pytest.raises(nbc.errors.TypingError, match="Expected an int as second"):
        ldexp(1.0, 2.0)
    with pytest.raises(nbc.errors.TypingError, match=r"takes real numbers, not complex128\n"):
        gamma(1j)  # no cmath.gamma to suggest


@nbc.njit
def np_spacing_frexp_modf(x):
    return np.spacing(x), np.frexp(x), np.modf(x)


@nbc.njit
def np_ldexp(x, i):
    return np.ldexp(x, i)


@nbc.njit
def np_nextafter(x, y):
    return np.nextafter(x, y)


@nbc.njit
def np_divmod(x, y):
    return np.divmod(x, y)


@nbc.njit
def np_invert(x):
    return np.invert(x), np.bitwise_not(x)


def reference(fn, *args):
    with np.errstate(all="ignore"):
        return fn.py_func(*args)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_numpy_float_ufuncs(dtype):
    with np.errstate(over="ignore"):  # 1e300 is inf in float32
        x = np.array(EDGES + [3.0, -2.0, 1e-40, 0.75], dtype=dtype)
    for k in (x, x.reshape(-1, 1)[::2]):
        assert all(map(identical, _flat(reference(np_spacing_frexp_modf, k)),
                       _flat(np_spacing_frexp_modf(k)))), k
    exponents = np.array([-1100, -150, -1, 0, 1, 127, 1000, 5000], dtype=np.int64)
    for a, i in ((x[:, None], exponents), (x, 3), (x, np.int32(-1075)), (dtype(1.5), 7)):
        assert identical(reference(np_ldexp, a, i), np_ldexp(a, i)), (a, i)
    for a, b in ((x[:, None], x), (x, np.float64(2.0)), (x, np.float32(-np.inf))):
        got, want = np_nextafter(a, b), reference(np_nextafter, a, b)
        assert identical(want, got), (a, b)


def _flat(parts):
    return [p for part in parts for p in (part if isinstance(part, tuple) else (part,))]


def test_numpy_integer_ufuncs():
    ints = np.array([-7, -1, 0, 3, 100], dtype=np.int16)
    for k in (ints, ints.astype(np.int64)):
        assert all(map(identical, _flat(reference(np_spacing_frexp_modf, k)),
                       _flat(np_spacing_frexp_modf(k)))), k
    assert identical(reference(np_ldexp, ints, np.int8(2)), np_ldexp(ints, np.int8(2)))
    for a, b in ((ints[:, None], np.array([3, -2, 0], dtype=np.int16)),
                 (ints.astype(np.float64), -2.5), (np.int64(7), np.int64(-2))):
        got, want = np_divmod(a, b), reference(np_divmod, a, b)
        assert all(map(identical, want, got)), (a, b)
    for x in (ints, np.array([0, 3, 255], dtype=np.uint8), np.array([True, False]),
              np.uint16(3), np.int64(-5)):
        assert all(map(identical, np_invert.py_func(x), np_invert(x))), x


def test_numpy_refusals():
    with pytest.raises(nbc.errors.UnsupportedError, match="integer exponent"):
        np_ldexp(np.ones(2), 2.0)
    with pytest.raises(nbc.errors.UnsupportedError, match="np.invert"):
        np_invert(np.ones(2))


AOT_MODULE = '''\
import math
import numpy as np
import nbc


@nbc.njit(["float64(float64)"])
def gammas(x):
    return math.gamma(x) + math.lgamma(x)


@nbc.njit(["float32[:](float32[:], int64)"])
def scaled(a, i):
    m, e = np.frexp(a)
    return np.ldexp(m, e + i) + np.nextafter(a, np.float32(0)) * np.float32(0)
'''


def test_libm_functions_resolve_ahead_of_time(tmp_path):
    """The AOT library links libm's tgamma, lgamma, logbf, ldexpf and
    nextafterf (the JIT finds them in the process)."""
    (tmp_path / "mathaot.py").write_text(AOT_MODULE)
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "nbc", "compile", str(tmp_path / "mathaot.py"),
                           "-o", str(out)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    (tmp_path / "mathaot.py").unlink()
    check = ("import sys, math, numpy as np; sys.path.insert(0, sys.argv[1]); import mathaot; "
             "assert abs(mathaot.gammas(4.5) - math.gamma(4.5) - math.lgamma(4.5)) < 1e-12; "
             "a = np.array([1.5, -3.0, 5e-40], np.float32); r = mathaot.scaled(a, 3); "
             "assert r.dtype == np.float32 and np.array_equal(r, a * 8); print('ok')")
    run = subprocess.run([sys.executable, "-c", check, str(out)], capture_output=True,
                         text=True, timeout=120)
    assert run.stdout.strip() == "ok", run.stderr
