"""Array-valued distribution parameters (every distribution), broadcast
together or to size=, for np.random and
np.random.Generator, against NumPy with the same seed: values, dtypes,
shapes and the Generator's final state; NumPy's array messages (and the
Generator's own scalar uniform checks)."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec
from test_random_distributions import CASES, ERRORS, kernel
from test_random_generator_dtype import run, same

pytestmark = requires_exec

SEEDS = [0, 3, 2**32 - 1]  # of the legacy generator


def generator_draws(g, mu, sig, lam, n, p, lo, hi):
    return (g.normal(mu, sig), g.normal(mu, 2.0, size=(2, 3)), g.exponential(sig),
            g.poisson(lam), g.binomial(n, p), g.uniform(lo, hi),
            g.binomial(10, p, size=(4, 3)), g.normal(loc=mu), g.poisson(lam, 3))


def legacy_draws(seed, mu, sig, lam, n, p, lo, hi):
    np.random.seed(seed)
    return (np.random.normal(mu, sig), np.random.normal(mu, 2.0, size=(2, 3)),
            np.random.exponential(sig), np.random.poisson(lam), np.random.binomial(n, p),
            np.random.uniform(lo, hi), np.random.binomial(10, p, size=(4, 3)),
            np.random.normal(loc=mu), np.random.poisson(lam, 3))


ARGS = (np.arange(3.0), np.array([[1.0], [2.0]]), np.array([0.5, 12.0, 40.0]),
        np.array([5, 100, 1000]), np.array([[0.1], [0.6], [0.9], [0.3]]),
        np.array([0.0, -1.0, 2.0]), 5.0)


def test_generator_array_parameters():
    run(generator_draws, *ARGS)


def test_legacy_array_parameters():
    k = nbc.njit(legacy_draws)
    for seed in SEEDS:
        same(k(seed, *ARGS), legacy_draws(seed, *ARGS))


def generator_binomial(g, n, p):
    return g.binomial(n, p)


def generator_uniform(g, lo, hi):
    return g.uniform(lo, hi)


def generator_poisson(g, lam):
    return g.poisson(lam)


def generator_normal_sized(g, mu, n):
    return g.normal(mu, 1.0, size=n)


def legacy_uniform(g, lo, hi):
    np.random.seed(0)
    return np.random.uniform(lo, hi)


def legacy_poisson(g, lam):
    np.random.seed(0)
    return np.random.poisson(lam)


@pytest.mark.parametrize("fn, args", [
    (generator_binomial, (np.array([3, -1]), np.array([0.5, np.nan]))),  # p first
    (generator_binomial, (np.array([3, -1]), 0.5)),
    (generator_uniform, (np.array([0.0, 2.0]), 1.0)),
    (generator_uniform, (np.array([0.0, -np.inf]), np.inf)),
    (generator_poisson, (np.array([1.0, np.nan]),)),
    (generator_poisson, (np.array([-1.0, 1e19]),)),
    (generator_poisson, (np.array([-1.0, 1.0]),)),
    (legacy_poisson, (np.array([1.0, np.nan]),)),
    (legacy_uniform, (np.array([0.0, np.nan]), 1.0)),
    (generator_uniform, (2.0, 1.0)),  # the Generator's scalar checks
    (generator_uniform, (-np.inf, np.inf)),
], ids=lambda v: getattr(v, "__name__", None))
def test_errors_as_numpy(fn, args):
    with pytest.raises((ValueError, OverflowError)) as want:
        fn(np.random.default_rng(0), *args)
    with pytest.raises((ValueError, OverflowError)) as got:
        nbc.njit(fn)(np.random.default_rng(0), *args)
    assert type(got.value) is type(want.value) and str(got.value) == str(want.value)


def test_size_must_hold_the_broadcast():
    with pytest.raises(ValueError, match="not compatible with broadcast dimensions"):
        nbc.njit(generator_normal_sized)(np.random.default_rng(0), np.zeros((2, 3)), 3)
    with pytest.raises(ValueError):
        generator_normal_sized(np.random.default_rng(0), np.zeros((2, 3)), 3)


ARRAY_CASES = {name: cases for name, cases in CASES.items() if name != "standard_cauchy"}


# The array forms come from one template (npimpl/random_entry_points.py):
# size= and broadcasting scalars are its shared code, the checks and draws
# each distribution's own. The sized form runs on these: poisson has its own
# entry, binomial and hypergeometric integer parameters (and the latter a
# prelude), gamma and noncentral_f (three parameters) stand for the others
# (normal's, uniform's and exponential's: test_generator_array_parameters).
SIZED = ("poisson", "binomial", "hypergeometric", "gamma", "noncentral_f")


@pytest.mark.parametrize("name", list(ARRAY_CASES))
def test_every_distribution_with_arrays(name):
    """Every parameter as a (3,) array (the kernel
    test_every_distribution_array_errors runs too), and for SIZED the last
    alone as a (2, 1) one broadcast with the scalar others to size=(2, 3),
    from a Generator (the legacy forms are the same source over other
    draws: test_legacy_array_parameters)."""
    assert set(SIZED) <= set(ARRAY_CASES)
    for args in ARRAY_CASES[name][:2]:
        every = [np.array([a] * 3) for a in args]
        last = list(args[:-1]) + [np.array([[args[-1]], [args[-1]]])]
        for arrays, size in ((every, None), (last, (2, 3)))[:2 if name in SIZED else 1]:
            fn, k = kernel(name, len(args), size is not None, generator=True)
            g, ref = np.random.default_rng(5), np.random.default_rng(5)
            same(k(g, *arrays, size), fn(ref, *arrays, size))
            assert g.bit_generator.state == ref.bit_generator.state


@pytest.mark.parametrize("name", [n for n in ERRORS if n in ARRAY_CASES])
def test_every_distribution_array_errors(name):
    for args in ERRORS[name]:
        arrays = [np.array([a, a]) for a in args]
        # The legacy generator's checks differ for these only.
        legacy_differs = name in ("negative_binomial", "hypergeometric")
        for generator in (False, True) if legacy_differs else (True,):
            fn, k = kernel(name, len(args), False, generator=generator)
            first = np.random.default_rng(0) if generator else 0
            with pytest.raises(ValueError) as want:
                fn(first, *arrays, None)
            with pytest.raises(ValueError) as got:
                k(np.random.default_rng(0) if generator else 0, *arrays, None)
            assert str(got.value) == str(want.value), (name, args, generator)
