"""np.random.Generator's distributions in kernels (nbc.npimpl.
random_algorithms over the Generator's draws) against NumPy's Generator
with the same seed, bit for bit, for scalar and size= forms over
parameters that take each algorithm's branches, leaving the same state;
NumPy's ValueErrors with its messages."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec
from test_random_distributions import CASES, ERRORS, same
from test_random_distributions import kernel as distributions_kernel

pytestmark = requires_exec

SEEDS = [0, 7, 2**40 + 3]


def kernel(name, nargs, sized):
    return distributions_kernel(name, nargs, sized, generator=True)


@pytest.mark.parametrize("name", list(CASES))
def test_distribution_bit_exact(name):
    for args in CASES[name]:
        for sized, size in ((False, None), (True, 7), (True, (3, 40)), (True, 0), (True, 1)):
            fn, k = kernel(name, len(args), sized)
            for seed in SEEDS:
                g, ref = np.random.default_rng(seed), np.random.default_rng(seed)
                got, want = k(g, *args, size), fn(ref, *args, size)
                for x, y in zip(got, want):
                    same(x, y)
                assert g.bit_generator.state == ref.bit_generator.state, (name, args)


@pytest.mark.parametrize("name", list(ERRORS))
def test_errors_as_numpy(name):
    for args in ERRORS[name]:
        for sized, size in ((False, None), (True, 3)):
            fn, k = kernel(name, len(args), sized)
            with pytest.raises(ValueError) as want:
                fn(np.random.default_rng(0), *args, size)
            with pytest.raises(ValueError) as got:
                k(np.random.default_rng(0), *args, size)
            assert str(got.value) == str(want.value)


@nbc.njit
def keyword_forms(g):
    return (g.gamma(shape=2.0, size=3), g.standard_gamma(0.5, 2, np.float64),
            g.binomial(n=10, p=0.5), g.poisson(size=(2, 2)), g.lognormal(sigma=0.5))


def test_generator_only_errors():
    """The Generator's own checks of negative_binomial."""
    for args in ((np.nan, 0.5), (1.0, 0.0), (1e18, 1e-5)):
        fn, k = kernel("negative_binomial", 2, False)
        with pytest.raises(ValueError) as want:
            fn(np.random.default_rng(0), *args, None)
        with pytest.raises(ValueError) as got:
            k(np.random.default_rng(0), *args, None)
        assert str(got.value) == str(want.value)


def test_generator_only_zipf_and_hypergeometric():
    """zipf(a >= 1025) is 1 without a draw; hypergeometric's populations
    stay below 10**9 and nsample=0 draws nothing."""
    for name, args in (("zipf", (2000.0,)), ("hypergeometric", (1, 2, 0))):
        fn, k = kernel(name, len(args), True)
        g, ref = np.random.default_rng(5), np.random.default_rng(5)
        for x, y in zip(k(g, *args, 4), fn(ref, *args, 4)):
            same(x, y)
        assert g.bit_generator.state == ref.bit_generator.state
    fn, k = kernel("hypergeometric", 3, False)
    with pytest.raises(ValueError) as want:
        fn(np.random.default_rng(0), 10**9, 1, 1, None)
    with pytest.raises(ValueError) as got:
        k(np.random.default_rng(0), 10**9, 1, 1, None)
    assert str(got.value) == str(want.value)


def test_keywords_and_defaults():
    g, ref = np.random.default_rng(1), np.random.default_rng(1)
    got = keyword_forms(g)
    want = (ref.gamma(shape=2.0, size=3), ref.standard_gamma(0.5, 2, np.float64),
            ref.binomial(n=10, p=0.5), ref.poisson(size=(2, 2)), ref.lognormal(sigma=0.5))
    for x, y in zip(got, want):
        same(x, y)


def test_array_parameters_are_compile_errors():
    @nbc.njit
    def array_shape_out(g, shape, out):
        return g.standard_gamma(shape, out=out)

    with pytest.raises(nbc.UnsupportedError, match=r"array arguments \(shape=\)"):
        array_shape_out(np.random.default_rng(0), np.ones(3), np.zeros(3))
