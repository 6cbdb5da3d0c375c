"""np.random.Generator's dtype=, out= and permuted() in kernels against
NumPy's Generator with the same seed: values, dtypes and the final state
(random(dtype=np.float32)'s next_float, the float32 ziggurats and gamma,
integers' buffered 8/16-bit and bool draws, out= filled in place), NumPy's ValueErrors with its messages,
and compile-time errors for what nbc does not take."""

import numpy as np
import pytest

import nbc
import kernel_cache
from conftest import requires_exec

pytestmark = requires_exec

SEEDS = [0, 7, 2**40 + 3]


def float32_draws(g, n):
    return g.random(dtype=np.float32), g.random(n, np.float32), \
        g.random((2, 3), dtype=np.float32)


def float32_ziggurats(g, n, shape):
    return g.standard_normal(n, dtype=np.float32), g.standard_exponential(n, np.float32), \
        g.standard_normal(dtype=np.float32), g.standard_exponential(dtype=np.float32), \
        g.standard_gamma(shape, n, np.float32), g.standard_gamma(shape, dtype=np.float32)


def out_draws(g, a, b, c, d):
    g.random(out=a)
    g.standard_normal(out=b)
    r = g.standard_exponential(size=c.shape, out=c)
    g.standard_gamma(2.5, out=d)
    return r


def typed_integers(g, lo, hi, n):
    return (g.integers(lo, hi, dtype=np.int8), g.integers(lo, hi, n, dtype=np.uint8),
            g.integers(lo, hi, n, dtype=np.int16), g.integers(lo, hi, n, dtype=np.uint16),
            g.integers(lo, hi, n, dtype=np.int32),
            g.integers(lo, hi, n, dtype=np.uint32, endpoint=True),
            g.integers(0, 2, n, dtype=np.bool_), g.integers(0, 1, n, dtype=bool, endpoint=True),
            g.integers(lo, hi, dtype=np.uint16), g.integers(lo, hi, (2, 3), dtype="i2"))


def permutations(g, x, y):
    return g.permuted(x), g.permuted(y, axis=1), g.permuted(y, axis=0), g.permuted(y), \
        g.permuted(y, axis=-2)


def same(got, want):
    for x, y in zip(got, want):
        x, y = np.asarray(x), np.asarray(y)
        assert (x.ndim == 0 or x.dtype == y.dtype) and x.shape == y.shape, (x, y)
        np.testing.assert_array_equal(x, y)


def run(fn, *args):
    """fn compiled and in Python on Generators of each seed: equal values
    and final states (one dispatcher per function: its signature compiles
    once for the parametrized cases)."""
    k = kernel_cache.njit(fn)
    for seed in SEEDS:
        g, ref = np.random.default_rng(seed), np.random.default_rng(seed)
        same(k(g, *args), fn(ref, *args))
        assert g.bit_generator.state == ref.bit_generator.state


def test_random_float32():
    run(float32_draws, 5)


@pytest.mark.parametrize("shape", [0.4, 1.0, 0.0, 3.0])
def test_float32_ziggurats_and_gamma(shape):
    """NumPy's float ziggurats, tails included (20000 draws take the
    normal's a few times), and random_standard_gamma_f's branches."""
    run(float32_ziggurats, 20000, shape)


def test_out_filled_in_place():
    k = nbc.njit(out_draws)
    for seed in SEEDS:
        g, ref = np.random.default_rng(seed), np.random.default_rng(seed)
        got = [np.zeros(3), np.zeros((2, 2)), np.zeros(4), np.zeros(5)]
        want = [np.zeros(3), np.zeros((2, 2)), np.zeros(4), np.zeros(5)]
        same([k(g, *got)], [out_draws(ref, *want)])
        same(got, want)
        assert g.bit_generator.state == ref.bit_generator.state


@pytest.mark.parametrize("lo, hi", [(0, 100), (0, 126), (3, 7), (0, 1), (50, 120),
                                    (5, 6), (-3, 0)])
def test_integers_dtype(lo, hi):
    if lo < 0:  # the unsigned dtypes refuse a negative low
        with pytest.raises(ValueError, match="low is out of bounds for uint8"):
            nbc.njit(typed_integers)(np.random.default_rng(0), lo, hi, 4)
        return
    run(typed_integers, lo, hi, 20)


def test_permuted():
    run(permutations, np.arange(7.0), np.arange(12).reshape(3, 4))
    run(permutations, np.arange(1), np.zeros((0, 3)))


def integers_int8(g, lo, hi):
    return g.integers(lo, hi, 3, dtype=np.int8)


def integers_bool(g, lo, hi):
    return g.integers(lo, hi, dtype=np.bool_)


def random_sized_out(g, out, n):
    return g.random(n, out=out)


def test_runtime_errors_as_numpy():
    cases = [(integers_int8, (-200, 5)), (integers_int8, (0, 129)), (integers_int8, (5, 5)),
             (integers_bool, (0, 3)), (integers_bool, (1, 0)),
             (random_sized_out, (np.zeros(3), 4))]
    for fn, args in cases:
        with pytest.raises(ValueError) as want:
            fn(np.random.default_rng(0), *args)
        with pytest.raises(ValueError) as got:
            nbc.njit(fn)(np.random.default_rng(0), *args)
        assert str(got.value) == str(want.value)


def out_with_float32(g):
    return g.standard_normal(dtype=np.float32, out=np.zeros(3, np.float32))


def random_int_dtype(g):
    return g.random(3, dtype=np.int32)


def out_float32(g, out):
    return g.random(out=out)


def out_strided(g, out):
    return g.random(out=out[::2])


def normal_out(g, out):
    return g.normal(0.0, 1.0, out=out)


def permuted_axis(g, x):
    return g.permuted(x, axis=2)


def integers_uint64(g):
    return g.integers(0, 5, dtype=np.uint64)


@pytest.mark.parametrize("fn, args, error, text", [
    (out_with_float32, (), nbc.UnsupportedError, "out= with dtype=float32"),
    (random_int_dtype, (), nbc.TypingError, "unsupported dtype int32"),
    (out_float32, (np.zeros(3, np.float32),), nbc.TypingError, "float64 array"),
    (out_strided, (np.zeros(6),), nbc.TypingError, "C-contiguous"),
    (normal_out, (np.zeros(3),), nbc.TypingError, "unexpected keyword argument 'out'"),
    (permuted_axis, (np.zeros((2, 2)),), nbc.TypingError, "axis 2 is out of bounds"),
    (integers_uint64, (), nbc.UnsupportedError, "unsupported dtype uint64"),
], ids=lambda v: getattr(v, "__name__", None))
def test_compile_errors(fn, args, error, text):
    with pytest.raises(error, match=text) as info:
        nbc.njit(fn)(np.random.default_rng(0), *args)
    assert "test_random_generator_dtype.py" in str(info.value)
