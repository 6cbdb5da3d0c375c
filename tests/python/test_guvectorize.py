"""@nbc.guvectorize: generalized NumPy ufuncs, against NumPy and plain Python
loops running the same kernels (and Numba's guvectorize)."""

import numpy as np
import pytest

import nbc
from conftest import EXECUTES, requires_exec

pytestmark = requires_exec


def matmul_py(a, b, out):
    """Matrix product of the core dimensions."""
    for i in range(a.shape[0]):
        for j in range(b.shape[1]):
            s = 0.0
            for k in range(a.shape[1]):
                s += a[i, k] * b[k, j]
            out[i, j] = s


def row_sum_py(x, res):
    s = 0
    for i in range(x.shape[0]):
        s += x[i]
    res[0] = s


def moving_mean_py(a, window, out):
    # Numba's documentation example, with the window as a scalar input.
    asum = 0.0
    count = 0
    for i in range(window):
        asum += a[i]
        count += 1
        out[i] = asum / count
    for i in range(window, len(a)):
        asum += a[i] - a[i - window]
        out[i] = asum / count


def checked_sum_py(x, res):
    s = 0.0
    for i in range(x.shape[0]):
        if x[i] < 0:
            raise ValueError("negative input")
        s += x[i]
    res[0] = s


if EXECUTES:
    matmul = nbc.guvectorize(["void(float64[:,:], float64[:,:], float64[:,:])",
                              "void(int64[:,:], int64[:,:], int64[:,:])"],
                             "(m,n),(n,p)->(m,p)")(matmul_py)
    row_sum = nbc.guvectorize(["void(float64[:], float64[:])",
                               "void(int64[:], int64[:])",
                               "void(int32[:], int32[:])"], "(n)->()")(row_sum_py)
    moving_mean = nbc.guvectorize(["void(float64[:], int64, float64[:])"],
                                  "(n),()->(n)")(moving_mean_py)


def test_is_a_generalized_numpy_ufunc():
    assert isinstance(matmul, np.ufunc)
    assert matmul.signature == "(m,n),(n,p)->(m,p)"
    assert (matmul.nin, matmul.nout, matmul.ntypes) == (2, 1, 2)
    assert matmul.types == ["dd->d", "ll->l"]
    assert matmul.__name__ == "matmul_py"
    assert "Matrix product" in matmul.__doc__
    assert "guvectorize" in nbc.__all__


def test_matmul_with_broadcasting():
    rng = np.random.default_rng(0)
    a = rng.standard_normal((5, 3, 4))
    b = rng.standard_normal((4, 2))
    np.testing.assert_allclose(matmul(a, b), a @ b, rtol=1e-13)
    c = rng.standard_normal((2, 1, 3, 4))
    d = rng.standard_normal((6, 4, 5))
    np.testing.assert_allclose(matmul(c, d), c @ d, rtol=1e-13)
    i = np.arange(12).reshape(3, 4) - 5
    j = np.arange(8).reshape(4, 2) * 3
    got = matmul(i, j)
    assert got.dtype == np.int64
    np.testing.assert_array_equal(got, i @ j)
    with pytest.raises(ValueError):
        matmul(a, np.ones((3, 2)))  # core dimension n mismatch


def test_matmul_noncontiguous_and_out():
    rng = np.random.default_rng(1)
    big = rng.standard_normal((4, 10, 12))
    a = big[:, ::2, ::-3]            # (4, 5, 4), strided and reversed
    b = np.asfortranarray(rng.standard_normal((4, 3)))
    want = a @ b
    np.testing.assert_allclose(matmul(a, b), want, rtol=1e-13)
    np.testing.assert_allclose(matmul(a.transpose(0, 2, 1).copy().transpose(0, 2, 1), b),
                               want, rtol=1e-13)
    out = np.zeros((4, 3, 5)).transpose(0, 2, 1)  # a non-contiguous output
    assert matmul(a, b, out=out) is out
    np.testing.assert_allclose(out, want, rtol=1e-13)
    np.testing.assert_allclose(matmul(a[::-1], b), want[::-1], rtol=1e-13)


def test_row_sum_scalar_output():
    x = np.arange(24, dtype=np.int64).reshape(2, 3, 4) - 7
    got = row_sum(x)
    assert got.shape == (2, 3) and got.dtype == np.int64
    want = np.empty((2, 3), dtype=np.int64)
    for idx in np.ndindex(2, 3):
        res = np.zeros(1, dtype=np.int64)
        row_sum_py(x[idx], res)
        want[idx] = res[0]
    np.testing.assert_array_equal(got, want)
    np.testing.assert_array_equal(row_sum(x[:, ::-1, ::2]), x[:, ::-1, ::2].sum(-1))
    np.testing.assert_array_equal(row_sum(x.astype(np.int32)), x.sum(-1).astype(np.int32))
    f = np.linspace(0, 1, 30).reshape(5, 6)
    np.testing.assert_allclose(row_sum(f), f.sum(-1), rtol=1e-14)
    np.testing.assert_allclose(row_sum(f, axes=[0, ()]), f.sum(0), rtol=1e-14)
    out = np.zeros(10)
    row_sum(f, out=out[::2])
    np.testing.assert_allclose(out[::2], f.sum(-1), rtol=1e-14)
    assert (out[1::2] == 0).all()


def test_moving_average_with_scalar_input():
    a = np.arange(20.0).reshape(2, 10) ** 1.5
    for window in (1, 3, 10):
        got = moving_mean(a, window)
        want = np.empty_like(a)
        for r in range(2):
            moving_mean_py(a[r], window, want[r])
        np.testing.assert_allclose(got, want, rtol=1e-14)
    # The window broadcasts like any loop dimension.
    got = moving_mean(a[0], np.array([2, 4]))
    assert got.shape == (2, 10)
    for r, w in enumerate((2, 4)):
        want = np.empty(10)
        moving_mean_py(a[0], w, want)
        np.testing.assert_allclose(got[r], want, rtol=1e-14)


def test_matches_numba_guvectorize():
    numba = pytest.importorskip("numba")
    ref = numba.guvectorize(["void(float64[:], int64, float64[:])"],
                            "(n),()->(n)")(moving_mean_py)
    a = np.random.default_rng(2).standard_normal((3, 50))
    np.testing.assert_allclose(moving_mean(a, 5), ref(a, 5), rtol=1e-13)
    mm = numba.guvectorize(["void(float64[:,:], float64[:,:], float64[:,:])"],
                           "(m,n),(n,p)->(m,p)")(matmul_py)
    b = np.random.default_rng(3).standard_normal((3, 50, 4))
    np.testing.assert_allclose(matmul(a[:, :, None].repeat(2, 2).transpose(0, 2, 1), b),
                               mm(a[:, :, None].repeat(2, 2).transpose(0, 2, 1), b),
                               rtol=1e-13)


def test_parallel_target_matches_cpu():
    par = nbc.guvectorize(["void(float64[:,:], float64[:,:], float64[:,:])"],
                          "(m,n),(n,p)->(m,p)", target="parallel")(matmul_py)
    rng = np.random.default_rng(4)
    a = rng.standard_normal((501, 4, 3))
    b = rng.standard_normal((501, 3, 5))
    np.testing.assert_array_equal(par(a, b), matmul(a, b))
    np.testing.assert_allclose(par(a, b), a @ b, rtol=1e-12, atol=1e-14)
    psum = nbc.guvectorize(["void(float64[:], float64[:])"], "(n)->()",
                           target="parallel")(checked_sum_py)
    x = np.abs(rng.standard_normal((1000, 7)))
    np.testing.assert_allclose(psum(x), x.sum(-1), rtol=1e-14)
    x[777, 3] = -1.0
    with pytest.raises(ValueError, match="negative input"):
        psum(x)


def test_errors_reach_the_caller():
    csum = nbc.guvectorize(["void(float64[:], float64[:])"], "(n)->()")(checked_sum_py)
    x = np.ones((4, 5))
    np.testing.assert_array_equal(csum(x), np.full(4, 5.0))
    x[2, 1] = -3.0
    with pytest.raises(ValueError, match="negative input"):
        csum(x)
    np.testing.assert_array_equal(csum(np.ones(3)), 3.0)
    with pytest.raises(TypeError):  # complex has no loop
        matmul(np.ones((2, 2), dtype=complex), np.ones((2, 2)))
    with pytest.raises(TypeError):  # float64 does not cast safely to int32
        nbc.guvectorize(["void(int32[:], int32[:])"], "(n)->()")(row_sum_py)(np.ones(3))


def fill_one_py(x, res):
    res[0] = 1.0


def noop_py(x, res):
    pass


def test_bad_declarations():
    with pytest.raises(TypeError, match="core dimension"):
        nbc.guvectorize(["void(float64[:,:], float64[:])"], "(n)->()")(fill_one_py)
    with pytest.raises(TypeError, match="outputs must be arrays"):
        nbc.guvectorize(["void(float64[:], float64)"], "(n)->()")(noop_py)
    with pytest.raises(nbc.TypingError):
        nbc.guvectorize(["float64(float64[:], float64[:])"], "(n)->()")(row_sum_py)
    with pytest.raises(nbc.TypingError):
        nbc.guvectorize(["void(float64[:])"], "(n)->()")(row_sum_py)
    with pytest.raises(nbc.TypingError):
        nbc.guvectorize(["void(float64[:], float64[:])"], "(n)")(row_sum_py)

    def returns(x, res):
        res[0] = x[0]
        return 1.0
    with pytest.raises(nbc.TypingError, match="returns nothing"):
        nbc.guvectorize(["void(float64[:], float64[:])"], "(n)->()")(returns)
    with pytest.raises(nbc.UnsupportedError):
        nbc.guvectorize("(n)->()")(row_sum_py)
