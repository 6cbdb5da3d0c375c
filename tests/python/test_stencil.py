"""@nbc.stencil against Numba's @stencil: relative indexing, the border set
to cval, neighborhood=, standard_indexing=, out=, several dimensions and
dtypes, and stencils called from @njit code (parallel too)."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

numba = pytest.importorskip("numba")
pytestmark = requires_exec


def cross(a):
    return 0.25 * (a[0, 1] + a[1, 0] + a[0, -1] + a[-1, 0])


def diff3(a, b):
    return a[-1] + 2 * a[0] + a[1] - b[0]


def weighted(a, w):
    return w[0] * a[-1] + w[1] * a[0] + w[2] * a[1]


def window_sum(a):
    s = 0
    for k in range(-2, 3):
        s += a[k]
    return s


def box3d(a):
    t = a[0, 0, 0]
    t += a[-1, 0, 0] + a[1, 0, 0]
    t += a[0, -1, 0] + a[0, 1, 0]
    t += a[0, 0, -1] + a[0, 0, 1]
    return t / 7


def integer_max(a):
    m = a[0, 0]
    if a[-1, 1] > m:
        m = a[-1, 1]
    if a[1, -1] > m:
        m = a[1, -1]
    return m


CASES = [
    (cross, {}, lambda rng: (rng.random((6, 7)),)),
    (cross, {}, lambda rng: (rng.integers(0, 9, (5, 4)),)),
    (cross, {"cval": -1.0}, lambda rng: (rng.random((4, 4)),)),
    (cross, {}, lambda rng: (rng.random((8, 6))[::2, ::-1],)),     # a strided view
    (cross, {}, lambda rng: (np.asfortranarray(rng.random((5, 5))),)),
    (cross, {}, lambda rng: (rng.random((2, 2)),)),                 # all border
    (diff3, {}, lambda rng: (np.arange(10), np.ones(10))),
    (weighted, {"standard_indexing": ("w",)},
     lambda rng: (rng.random(12), np.array([0.25, 0.5, 0.25]))),
    (window_sum, {"neighborhood": ((-2, 2),)}, lambda rng: (np.arange(9),)),
    (box3d, {}, lambda rng: (rng.random((4, 5, 6)),)),
    (integer_max, {}, lambda rng: (rng.integers(-50, 50, (6, 6)).astype(np.int32),)),
]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_matches_numba(case):
    kernel, options, make = CASES[case]
    args = make(np.random.default_rng(case))
    want = numba.stencil(kernel, **options)(*args)
    got = nbc.stencil(kernel, **options)(*args)
    assert got.dtype == want.dtype and got.shape == want.shape
    np.testing.assert_allclose(got, want, rtol=1e-12)


def test_out_keeps_its_border():
    a = np.arange(25.0).reshape(5, 5)
    out_nbc, out_numba = np.full((5, 5), 7.0), np.full((5, 5), 7.0)
    nbc.stencil(cross)(a, out=out_nbc)
    numba.stencil(cross)(a, out=out_numba)
    np.testing.assert_array_equal(out_nbc, out_numba)


s_cross = nbc.stencil(cross)


@nbc.njit
def jacobi(a, steps):
    for _ in range(steps):
        a = s_cross(a)
    return a


@nbc.njit(parallel=True)
def parallel_smooth(a):
    return s_cross(a) * 2.0


def test_called_from_njit_code():
    a = np.random.default_rng(0).random((9, 8))
    ref = numba.stencil(cross)
    want = a
    for _ in range(3):
        want = ref(want)
    np.testing.assert_allclose(jacobi(a, 3), want, rtol=1e-12)
    np.testing.assert_allclose(parallel_smooth(a), 2 * ref(a), rtol=1e-12)
    assert "runs in parallel" in parallel_smooth.inspect_vectorization()


def sliced(a):
    return a[0:2].sum()


def variable(a, k):
    return a[k]


def test_errors_name_the_problem():
    with pytest.raises(nbc.UnsupportedError, match="not slices"):
        nbc.stencil(sliced)
    with pytest.raises(nbc.UnsupportedError, match="neighborhood="):
        nbc.stencil(variable, standard_indexing=())
    with pytest.raises(nbc.TypingError, match="must be a 2-d array"):
        nbc.stencil(cross)(np.ones(5))
    with pytest.raises(nbc.UnsupportedError, match="mode"):
        nbc.stencil(mode="reflect")(cross)
