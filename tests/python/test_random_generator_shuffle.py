"""Generator.shuffle, Generator.permutation and Generator.choice(...,
replace=False) against NumPy's Generator with the same seed, bit for bit
and leaving the same state: 32- and 64-bit bounded draws, rows of n-d
arrays, Floyd's algorithm, the tail shuffle of large samples (pop > 10000),
shuffle=False, empty and size-1 cases, and NumPy's errors."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec
from nbc.errors import NBCError

pytestmark = requires_exec


@nbc.njit
def shuffled(g, x):
    g.shuffle(x)
    return x


@nbc.njit
def permuted(g, x):
    return g.permutation(x)


@nbc.njit
def permuted_range(g, n):
    return g.permutation(n)


def same_state(g, ref):
    assert g.bit_generator.state == ref.bit_generator.state


ARRAYS = [np.arange(10.0), np.arange(7, dtype=np.int32), np.zeros(0), np.ones(1),
          np.arange(12).reshape(4, 3), np.arange(24.0).reshape(2, 3, 4),
          np.zeros((3, 0)), np.array([True, False, True])]


@pytest.mark.parametrize("seed", [0, 5])
@pytest.mark.parametrize("x", ARRAYS, ids=lambda x: f"{x.dtype}{x.shape}")
def test_shuffle_and_permutation_match_numpy(seed, x):
    g, ref = np.random.default_rng(seed), np.random.default_rng(seed)
    got, want = x.copy(), x.copy()
    shuffled(g, got)
    ref.shuffle(want)
    assert got.dtype == want.dtype and np.array_equal(got, want)
    same_state(g, ref)
    got = permuted(g, x)
    want = ref.permutation(x)
    assert got.dtype == want.dtype and got.shape == want.shape
    assert np.array_equal(got, want)
    same_state(g, ref)


@pytest.mark.parametrize("n", [0, 1, 2, 50, 1000])
def test_permutation_of_an_integer(n):
    g, ref = np.random.default_rng(n), np.random.default_rng(n)
    g.integers(3), ref.integers(3)  # a 32-bit half left over
    got, want = permuted_range(g, n), ref.permutation(n)
    assert got.dtype == want.dtype and np.array_equal(got, want)
    same_state(g, ref)


@nbc.njit
def unique_sample(g, a, size, shuffle):
    return g.choice(a, size, replace=False, shuffle=shuffle)


@nbc.njit
def unique_one(g, a):
    return g.choice(a, replace=False)


@pytest.mark.parametrize("pop,size", [(10, 3), (10, 10), (10, 0), (1, 1), (100, 99),
                                      (10_000, 5000), (20_000, 100), (20_000, 1000),
                                      (50_000, 50_000), (20_000, (30, 20)), (2**40, 5)])
@pytest.mark.parametrize("shuffle", [True, False])
def test_choice_without_replacement_matches_numpy(pop, size, shuffle):
    for seed in (0, 11):
        g, ref = np.random.default_rng(seed), np.random.default_rng(seed)
        got = unique_sample(g, pop, size, shuffle)
        want = ref.choice(pop, size, replace=False, shuffle=shuffle)
        assert got.dtype == want.dtype and got.shape == want.shape
        assert np.array_equal(got, want)
        same_state(g, ref)


def test_choice_without_replacement_of_arrays():
    a = np.arange(30.0) * 0.5
    g, ref = np.random.default_rng(4), np.random.default_rng(4)
    for size in (5, (2, 3), 30, 0):
        got = unique_sample(g, a, size, True)
        want = ref.choice(a, size, replace=False)
        assert got.dtype == want.dtype and np.array_equal(got, want)
    assert unique_one(g, a) == ref.choice(a, replace=False)
    assert unique_one(g, 7) == ref.choice(7, replace=False)
    b = np.arange(5, dtype=np.int16)
    got, want = unique_sample(g, b, 4, False), ref.choice(b, 4, replace=False, shuffle=False)
    assert got.dtype == want.dtype and np.array_equal(got, want)
    same_state(g, ref)
    assert np.array_equal(unique_sample(g, np.zeros(0), 0, True), np.zeros(0))


@pytest.mark.parametrize("a,size", [(5, 6), (0, 1), (np.zeros(0), 1), (np.arange(3.0), 4)])
def test_choice_without_replacement_errors_as_numpy(a, size):
    with pytest.raises(ValueError) as want:
        np.random.default_rng(0).choice(a, size, replace=False)
    with pytest.raises(ValueError) as got:
        unique_sample(np.random.default_rng(0), a, size, True)
    assert str(got.value) == str(want.value)


def test_shuffle_errors():
    @nbc.njit
    def shuffle_scalar(g):
        g.shuffle(3)

    @nbc.njit
    def shuffle_axis(g, x):
        g.shuffle(x, axis=1)

    g = np.random.default_rng(0)
    with pytest.raises(NBCError, match="Generator.shuffle expects an array"):
        shuffle_scalar(g)
    with pytest.raises(NBCError, match="axis= is not supported"):
        shuffle_axis(g, np.zeros((2, 2)))
