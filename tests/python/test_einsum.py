"""np.einsum inside kernels (nbc.npimpl.einsum: a loop nest per subscripts
string) against NumPy: explicit and implicit outputs, traces and
diagonals, transposes, sums, products, outer and batched products, int and
float dtypes, strided operands, subscripts as a string argument, and
NumPy's errors."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec
RNG = np.random.default_rng(3)
A, B = RNG.random((3, 4)), RNG.random((4, 5))
V, W, S = RNG.random(4), RNG.random(3), RNG.random((4, 4))
T3, U3 = RNG.random((2, 3, 4)), RNG.random((2, 4, 5))
I2 = np.arange(12).reshape(3, 4)


@nbc.njit
def one(subscripts, a):
    return np.einsum(subscripts, a)


@nbc.njit
def two(subscripts, a, b):
    return np.einsum(subscripts, a, b)


CASES = [("ij,jk->ik", A, B), ("ij,jk", A, B), ("ij->ji", A), ("ii->", S), ("ii", S),
         ("ii->i", S), ("ij->", A), ("ij->i", A), ("i,i->", V, V), ("i,i", V, V),
         ("ij,j->i", A, V), ("i,j->ij", W, V), ("bij,bjk->bik", T3, U3),
         ("ij,ij->ij", A, A), ("ij,ij->", A, A), ("i,j", W, V), ("ijk->kji", T3),
         ("i", V), ("ij,jk->ik", I2, I2.T), ("ij->j", I2), ("ji,jk->ik", A.T[::-1], B),
         ("ij,jk->ik", np.asfortranarray(A), B[:, ::2]), ("ij,jk->ik", A[:, :0], B[:0])]


@pytest.mark.parametrize("case", range(len(CASES)), ids=[c[0] for c in CASES])
def test_against_numpy(case):
    subscripts, *operands = CASES[case]
    fn = one if len(operands) == 1 else two
    got, want = fn(subscripts, *operands), np.einsum(subscripts, *operands)
    assert np.shape(got) == np.shape(want)
    assert np.asarray(got).dtype == np.asarray(want).dtype
    np.testing.assert_allclose(got, want, rtol=1e-12)


def test_literal_subscripts():
    @nbc.njit
    def matmul(a, b):
        return np.einsum("ij,jk->ik", a, b)
    np.testing.assert_allclose(matmul(A, B), A @ B, rtol=1e-12)


def test_errors():
    with pytest.raises(ValueError, match="subscript 'j' has two different sizes"):
        two("ij,jk->ik", A, A)
    with pytest.raises(nbc.TypingError, match="fewer operands"):
        one("ij,jk->ik", A)
    with pytest.raises(nbc.TypingError, match="too many subscripts"):
        one("ijk", A)
    with pytest.raises(nbc.TypingError, match="no '...' ellipsis provided"):
        one("...i->", A)

    @nbc.njit
    def keyword(a):
        return np.einsum("ii", a, optimize=True)
    with pytest.raises(nbc.UnsupportedError, match="no keyword arguments"):
        keyword(S)
