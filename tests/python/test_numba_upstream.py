"""Numba's own tests, run against nbc.

The functions and argument lists come from the installed Numba's test suite
(numba/tests/...); only the compiler changes: each test compiles the same
Python function with nbc instead of Numba and checks it the way the upstream
test does (against CPython, NumPy or the upstream control function).
"""

import itertools
import warnings

import numpy as np
import pytest

import nbc
from conftest import requires_exec, same

numba = pytest.importorskip("numba")
pytest.importorskip("numba.tests.support")

from numba.tests import test_array_methods, test_np_functions  # noqa: E402
from numba.tests import test_builtins, test_indexing, test_operators  # noqa: E402
from numba.tests import test_sets  # noqa: E402
from numba.tests import test_vectorization_type_inference as tvti  # noqa: E402
from numba.tests.npyufunc import test_vectorize_decor  # noqa: E402

pytestmark = requires_exec


# -- test_builtins.TestBuiltins.test_divmod_ints / test_divmod_floats ----------

def test_divmod_ints():
    pyfunc = test_builtins.divmod_usecase
    cfunc = nbc.njit(pyfunc)

    def truncate_result(x, bits=64):
        if x >= 0:
            x &= (1 << (bits - 1)) - 1
        return x

    denominators = [1, 3, 7, 15, -1, -3, -7, -15, 2**63 - 1, -2**63]
    numerators = denominators + [0]
    for x, y in itertools.product(numerators, denominators):
        expected_quot, expected_rem = pyfunc(x, y)
        quot, rem = cfunc(x, y)
        f = truncate_result  # Python's 2**63 from -2**63 // -1 truncates to 0
        assert (f(quot), f(rem)) == (f(expected_quot), f(expected_rem)), (x, y)
    for x in numerators:
        with pytest.raises(ZeroDivisionError):
            cfunc(x, 0)


def test_divmod_floats():
    pyfunc = test_builtins.divmod_usecase
    cfunc = nbc.njit(pyfunc)
    denominators = [1., 3.5, 1e100, -2., -7.5, -1e101, np.inf, -np.inf, np.nan]
    numerators = denominators + [-0.0, 0.0]
    for x, y in itertools.product(numerators, denominators):
        want, got = pyfunc(x, y), cfunc(x, y)
        for w, g in zip(want, got):
            assert (np.isnan(w) and np.isnan(g)) or (w == g and
                                                     np.signbit(w) == np.signbit(g)), \
                (x, y, got, want)
    for x in numerators:
        with pytest.raises(ZeroDivisionError):
            cfunc(x, 0.0)


# -- test_operators.TestMixedInts(OperatorModule): mixed integer types ---------

def nbc_njit(*signature, **options):
    """Stands in for numba.njit in the upstream module: the kernel compiles
    with nbc, lazily, for the argument types it is called with (the same
    NumPy scalars the upstream signature names)."""
    return lambda pyfunc: nbc.njit(pyfunc)


MIXED = ["test_add", "test_sub", "test_mul", "test_floordiv", "test_mod",
         "test_truediv", "test_and", "test_or", "test_xor", "test_lshift",
         "test_rshift", "test_unary_positive", "test_unary_negative",
         "test_invert"]


@pytest.mark.parametrize("cls", [test_operators.TestMixedInts,
                                 test_operators.TestMixedIntsOperatorModule],
                         ids=["operators", "operator-module"])
@pytest.mark.parametrize("name", MIXED)
def test_mixed_ints(cls, name, monkeypatch):
    """Numba's tests run unchanged: scalar integers widen to 64 bits as in
    Numba (int8 // int16 -> int64, uint64 // int64 -> int64), checked against
    Numba's own control functions, for the operators and operator.*."""
    monkeypatch.setattr(test_operators, "njit", nbc_njit)
    with np.errstate(all="ignore"):
        getattr(cls(name), name)()


def test_mixed_ints_pow_negative_exponent():
    """TestMixedInts.test_pow's positive exponents pass; for an integer
    raised to a negative integer nbc raises NumPy's ValueError where Numba
    returns the truncated integer 1 / x**-y (Python gives a float)."""
    pow_usecase = test_operators.LiteralOperatorImpl.pow_usecase
    cfunc = nbc.njit(pow_usecase)
    for xt, yt in itertools.product([np.int8, np.uint8, np.int64, np.uint64],
                                    repeat=2):
        # Numba's control: both operands as int64 when either is signed.
        signed = np.dtype(xt).kind == "i" or np.dtype(yt).kind == "i"
        upcast = np.int64 if signed else np.uint64
        for x, y in itertools.product([0, 1, 3, 10, 42, 127], [0, 1, 3, 10]):
            with np.errstate(all="ignore"):
                expected = upcast(x) ** upcast(y)
            got = cfunc(xt(x), yt(y))
            assert isinstance(got, int) and got == expected, (xt, yt, x, y, got)
    with pytest.raises(ValueError, match="negative integer powers"):
        cfunc(np.int64(2), np.int64(-1))


# -- test_indexing.TestGetItem.test_2d_integer_indexing(2) ----------------------

@pytest.mark.parametrize("pyfunc", [test_indexing.integer_indexing_2d_usecase,
                                    test_indexing.integer_indexing_2d_usecase2],
                         ids=["a[i, j]", "a[i][j]"])
def test_2d_integer_indexing(pyfunc):
    cfunc = nbc.njit(pyfunc)
    # C layout
    a = np.arange(100, dtype='i4').reshape(10, 10)
    for i, j in [(0, 3), (9, 9), (-2, -1)]:
        i, j = np.int32(i), np.int32(j)
        assert pyfunc(a, i, j) == cfunc(a, i, j)
    # Any layout
    a = np.arange(100, dtype='i4').reshape(10, 10)[::2, ::2]
    assert not a.flags['C_CONTIGUOUS'] and not a.flags['F_CONTIGUOUS']
    for i, j in [(0, 1), (2, 2), (-2, -1)]:
        i, j = np.int32(i), np.int32(j)
        assert pyfunc(a, i, j) == cfunc(a, i, j)
    # With 0-d arrays as integer indices
    a = np.arange(100, dtype='i4').reshape(10, 10)
    for i, j in [(0, 3), (8, 9), (-2, -1)]:
        i = np.array(i).astype(np.int32)
        j = np.array(j).astype(np.int32)
        assert pyfunc(a, i, j) == cfunc(a, i, j)


def test_2d_integer_indexing_via_call():
    @nbc.njit
    def index1(X, i0):
        return X[i0]

    @nbc.njit
    def index2(X, i0, i1):
        return index1(X[i0], i1)
    a = np.arange(10).reshape(2, 5)
    assert index2(a, 0, 0) == a[0][0]
    assert index2(a, 1, 1) == a[1][1]
    assert index2(a, -1, -1) == a[-1][-1]


# -- vectorize with several signatures: NumPy's loop selection ------------------

def _sig_text(sig):
    if isinstance(sig, str):
        return sig
    return f"{sig.return_type}({', '.join(str(t) for t in sig.args)})"


class NbcVectorizeDecor(test_vectorize_decor.BaseVectorizeDecor):
    target = "cpu"

    @classmethod
    def _run_and_compare(cls, func, sig, A, *args, **kwargs):
        nbc_func = nbc.vectorize([_sig_text(s) for s in sig], target=cls.target)(func)
        result = nbc_func(A, *args)
        gold = np.vectorize(func)(A, *args)
        np.testing.assert_allclose(result, gold, **kwargs)


@pytest.mark.parametrize("target", ["cpu", "parallel"])
@pytest.mark.parametrize("name", ["test_1", "test_2", "test_3", "test_4"])
def test_vectorize_decor(name, target):
    case = type("Case", (NbcVectorizeDecor,), {"target": target})()
    getattr(case, name)()


def test_vectorize_type_inference():
    """numba/tests/test_vectorization_type_inference.py: the first loop the
    inputs cast to safely runs, so (float64, float32) runs
    double(double, double), not the exact float32(double, float32)."""
    vector_add = nbc.vectorize(["bool_(double, int_)", "double(double, double)",
                                "float32(double, float32)"])(tvti.add)

    def result(dtype_a, dtype_b):
        return vector_add(np.arange(10, dtype=dtype_a), np.arange(10, dtype=dtype_b))
    assert result(np.float64, np.dtype('i')).dtype == np.bool_
    assert result(np.float64, np.float64).dtype == np.float64
    assert result(np.float64, np.float32).dtype == np.float64


@pytest.mark.parametrize("sigs", [
    ["f8(f8)", "f4(f4)"], ["f4(f4)", "f8(f8)"], ["i8(i8)", "f8(f8)"],
    ["i4(i4)", "f8(f8)"], ["i8(i8)", "i4(i4)", "u1(u1)", "i2(i2)", "f8(f8)", "f4(f4)"],
    ["u8(u8)", "i8(i8)", "f8(f8)"], ["i1(i1)", "i8(i8)"], ["f4(f4)", "i4(i4)"],
])
@pytest.mark.parametrize("dtype", [np.bool_, np.int8, np.uint8, np.int16, np.int32,
                                   np.uint32, np.int64, np.uint64, np.float32,
                                   np.float64])
def test_vectorize_loop_selection(sigs, dtype):
    """Numba's rule, against Numba: the first loop in signature order the
    input casts to safely, even when a later loop matches exactly; an input
    no loop takes safely is a TypeError in both."""
    def twice(x):
        return x + x
    uf = nbc.vectorize(sigs)(twice)
    ref = numba.vectorize(sigs)(twice)
    x = np.arange(5).astype(dtype)
    try:
        want = ref(x)
    except TypeError:
        with pytest.raises(TypeError):
            uf(x)
        return
    got = uf(x)
    assert got.dtype == want.dtype
    np.testing.assert_array_equal(got, want)


# -- test_operators.TestBooleanLiteralOperators: closures rebound in a loop ------

@pytest.mark.parametrize("name", ["test_eq", "test_ne"])
def test_boolean_literal_operators(name, monkeypatch):
    """The upstream test jits the same closure once per loop iteration over
    the value it closes over: each compilation freezes the current value (as
    Numba does), not the one the first compilation saw."""
    monkeypatch.setattr(test_operators, "jit", nbc_njit)
    getattr(test_operators.TestBooleanLiteralOperators(name), name)()


REBOUND = 1


def reads_rebound(x):
    return x + REBOUND


def test_global_rebound_between_compilations(monkeypatch):
    assert nbc.njit(reads_rebound)(10) == 11
    monkeypatch.setattr(__import__(__name__), "REBOUND", 5)
    assert nbc.njit(reads_rebound)(10) == 15  # a new dispatcher reads it anew


# -- test_array_methods.TestArrayMethods.test_arange_*_dtype: dtype=None ---------

@pytest.mark.parametrize("pyfunc,args", [
    (test_array_methods.np_arange_1_dtype, (7, None)),
    (test_array_methods.np_arange_1_dtype, (np.int8(0), None)),
    (test_array_methods.np_arange_1_dtype, (7.5, None)),
    (test_array_methods.np_arange_2_dtype, (1, 7, None)),
    (test_array_methods.np_arange_2_dtype, (np.int8(0), np.int32(5), None)),
    (test_array_methods.np_arange_2_dtype, (-3, 4.5, None)),
])
def test_arange_dtype_none(pyfunc, args):
    """dtype=None is the default dtype NumPy infers from the bounds (int64
    for integers), not np.dtype(None) (float64)."""
    want, got = pyfunc(*args), nbc.njit(pyfunc)(*args)
    assert got.dtype == want.dtype
    np.testing.assert_array_equal(got, want)


# -- test_np_functions.TestNPFunctions.test_cov_edge_cases: complex data --------

@pytest.mark.parametrize("m,y", [
    (np.array([-2.1, -1, 4.3]), np.array([3, 1.1, 0.12])),
    (np.array([1, 2, 3]), np.array([[1j, 2j, 3j]])),
    (np.array([[1 + 2j, 3j, -1], [2, 0.5j, 1j]]), np.array([[1j, 2, 3j]])),
])
def test_cov_edge_cases(m, y):
    """Complex data: nbc used to abort in the matmul lowering (no complex
    zero), then returned cov without NumPy's conjugate."""
    want = test_np_functions.cov(m=m, y=y)
    got = nbc.njit(test_np_functions.cov)(m, y)
    assert got.dtype == want.dtype
    np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-14)


@pytest.mark.parametrize("pyfunc", [test_np_functions.cov, test_np_functions.corrcoef])
@pytest.mark.parametrize("args", [(np.array([]),), (np.empty((2, 0)),), (np.empty((0, 3)),),
                                  (np.array([]), np.array([]))])
def test_cov_corrcoef_empty(pyfunc, args):
    """Empty data: NumPy's nan results (nbc raised a reshape ValueError)."""
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        want, got = pyfunc(*args), nbc.njit(pyfunc)(*args)
    assert np.shape(got) == np.shape(want)
    np.testing.assert_array_equal(got, want)


# -- test_np_functions.TestNPFunctions.test_convolve / test_correlate: mode ------

@pytest.mark.parametrize("pyfunc", [test_np_functions.convolve, test_np_functions.correlate])
@pytest.mark.parametrize("mode", ["full", "same", "valid", None])
def test_convolve_correlate_mode_argument(pyfunc, mode):
    """mode= is the kernel's own argument (a string is a compile-time
    value), not a literal at the np.convolve call."""
    a, v = np.arange(5.0), np.array([1.0, 2.0, 0.5])
    args = (a, v) if mode is None else (a, v, mode)
    want, got = pyfunc(*args), nbc.njit(pyfunc)(*args)
    np.testing.assert_allclose(got, want, rtol=1e-12)
    if mode is not None:
        np.testing.assert_allclose(nbc.njit(pyfunc)(v, a, mode), pyfunc(v, a, mode))


# -- test_np_functions.TestNPFunctions.test_fliplr / test_flipud ----------------

@pytest.mark.parametrize("pyfunc", [test_np_functions.fliplr, test_np_functions.flipud])
@pytest.mark.parametrize("a", [np.arange(6).reshape(2, 3), np.arange(24.0).reshape(2, 3, 4),
                               np.arange(12).reshape(3, 4)[:, ::2], np.empty((0, 3)),
                               np.arange(5)])
def test_fliplr_flipud(pyfunc, a):
    try:
        want = pyfunc(a)
    except ValueError:  # fliplr of a 1-d array: NumPy's message, at compile time
        with pytest.raises(nbc.errors.TypingError, match="Input must be >= 2-d"):
            nbc.njit(pyfunc)(a)
        return
    got = nbc.njit(pyfunc)(a)
    assert got.shape == want.shape and got.dtype == want.dtype
    np.testing.assert_array_equal(got, want)


# -- test_np_functions.TestNPFunctions.test_angle: np.angle(x, deg) -------------

@pytest.mark.parametrize("x", [1.5 + 2j, -3.0, 3, np.complex64(1 - 1j),
                               np.array([1 + 1j, -2j, 3, -1]),
                               np.array([1 + 1j, -2j], dtype=np.complex64),
                               np.array([-1.0, 2.0], dtype=np.float32)])
@pytest.mark.parametrize("deg", [True, False])
def test_angle_deg(x, deg):
    pyfunc = test_np_functions.angle2
    want, got = pyfunc(x, deg), nbc.njit(pyfunc)(x, deg)
    if isinstance(want, np.ndarray):
        assert got.dtype == want.dtype
    assert same(want, got), (got, want)


@pytest.mark.parametrize("pyfunc", [test_np_functions.convolve, test_np_functions.correlate])
@pytest.mark.parametrize("lengths", [(5, 3), (3, 5), (1, 1)])
@pytest.mark.parametrize("dtypes", [(np.float64, np.complex128), (np.complex64, np.complex64),
                                    (np.int8, np.complex64), (np.complex128, np.int64)])
def test_convolve_correlate_complex(pyfunc, lengths, dtypes):
    """np.correlate conjugates its second operand (nbc did not: 1+1j where
    NumPy has 1-1j); np.convolve does not."""
    rng = np.random.default_rng(3)
    a, v = (rng.normal(size=n) + (1j * rng.normal(size=n) if np.dtype(d).kind == "c" else 0)
            for n, d in zip(lengths, dtypes))
    a, v = a.astype(dtypes[0]), v.astype(dtypes[1])
    for mode in ("full", "same", "valid"):
        want, got = pyfunc(a, v, mode), nbc.njit(pyfunc)(a, v, mode)
        assert got.dtype == want.dtype
        np.testing.assert_allclose(got, want, rtol=1e-5)


# -- test_np_functions.TestNPFunctions.test_cross: a 2-element operand ---------

@pytest.mark.parametrize("a,b", [([1, 2], [4, 5, 6]), ([1, 2, 3], [4, 5]),
                                 ([1.5, -2, 3], [4, 5, 6]), ([1 + 1j, 2, 3], [4, 5.0])])
def test_cross_with_2_element_vector(a, b):
    """A 2-element vector has z = 0 (NumPy); nbc raised NumPy's
    'incompatible dimensions' ValueError instead."""
    a, b = np.array(a), np.array(b)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        want = test_np_functions.np_cross(a, b)
    got = nbc.njit(test_np_functions.np_cross)(a, b)
    assert got.dtype == want.dtype
    np.testing.assert_allclose(got, want)


def test_cross_of_two_2_element_vectors_raises():
    with pytest.raises(ValueError, match="two 2-element vectors"):
        nbc.njit(test_np_functions.np_cross)(np.array([1, 2]), np.array([3, 4]))


# -- test_np_functions.TestNPFunctions.test_interp_*: NumPy's search ------------

@pytest.mark.parametrize("name", ["test_interp_stress_tests", "test_interp_supplemental_tests",
                                  "test_interp_supplemental_complex_tests",
                                  "test_interp_non_finite_calibration",
                                  "test_interp_float_precision_handled_per_numpy"])
def test_interp_upstream(name, monkeypatch):
    """Numba's tests run unchanged: np.interp agrees with NumPy to the bit,
    also for a shuffled xp and NaN/inf in x, xp and fp, because nbc takes the
    steps of NumPy's binary_search_with_guess (nbc's plain bisection gave
    other values there, -inf where NumPy has nan)."""
    monkeypatch.setattr(test_np_functions, "jit", nbc_njit)
    case = test_np_functions.TestNPFunctions(name)
    case.setUp()
    getattr(case, name)()


# -- test_np_functions.TestNPFunctions.test_searchsorted: NaN, unsorted a -------

@pytest.mark.parametrize("pyfunc", [test_np_functions.searchsorted,
                                    test_np_functions.searchsorted_left,
                                    test_np_functions.searchsorted_right])
@pytest.mark.parametrize("a", [np.array([9.0, np.nan], dtype=np.float32),
                               np.array([-np.inf, 1, 2, 2, 5, np.inf, np.nan, np.nan]),
                               np.array([46.0, 9, np.inf, 15, 18, -3, 16, np.nan, 47, -4]),
                               np.array([], dtype=np.float64), np.arange(7)])
def test_searchsorted_nan_and_unsorted(pyfunc, a):
    """NaN sorts after every number (nbc's plain < put searchsorted([9,
    nan], nan) at 0 where NumPy has 1); each key starts from the bounds the
    previous one left, as NumPy's binsearch, so an unsorted `a` gives
    NumPy's values too."""
    v = np.array([np.nan, 9, -np.inf, 2, np.inf, 15, 2.5, np.nan, -3, 50])
    for keys in (v, v.astype(np.float32), np.sort(v), np.nan, 2.0):
        want, got = pyfunc(a, keys), nbc.njit(pyfunc)(a, keys)
        np.testing.assert_array_equal(got, want)


# -- test_sets.TestSets: the set methods, on Numba's usecases --------------------
SET_USECASES = ["bool_usecase", "pop_usecase", "copy_usecase", "union_usecase",
                "difference_usecase", "intersection_usecase",
                "symmetric_difference_usecase", "difference_update_usecase",
                "intersection_update_usecase", "symmetric_difference_update_usecase",
                "isdisjoint_usecase", "issubset_usecase", "issuperset_usecase"]


@pytest.mark.parametrize("name", SET_USECASES)
def test_set_usecases(name):
    pyfunc = getattr(test_sets, name)
    cfunc = nbc.njit(pyfunc)
    unordered = lambda r: sorted(r) if isinstance(r, list) else \
        tuple(map(unordered, r)) if isinstance(r, tuple) else r
    one_arg = name in ("bool_usecase", "pop_usecase", "copy_usecase")
    a, b = np.array([1, 5, 3, 7, 5, 9, 11, 2]), np.array([5, 2, 8, 13, 1])
    for args in [(a,), (a[:1],)] if one_arg else [(a, b), (a, a[3:]), (a[:2], b[:0])]:
        assert unordered(cfunc(*args)) == unordered(pyfunc(*args)), args
