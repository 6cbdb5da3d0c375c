"""np.random's legacy distributions in kernels (nbc.npimpl.
random_distributions) and weighted np.random.choice(p=): after
np.random.seed(s) inside a kernel every draw equals NumPy's legacy
RandomState sequence in CPython running the same source, bit for bit, for
scalar and size= forms over parameters that take each algorithm's branches
(gamma's shape < 1, = 1, > 1; Poisson's multiplication and PTRS; the
geometric search and inversion; Johnk's and the gamma beta; the binomial
inversion and BTPE's regions ...); NumPy's
ValueErrors with its messages."""

import linecache

import numpy as np
import pytest

import nbc

SEEDS = [0, 7, 2**32 - 1]
CASES = {
    "standard_gamma": [(0.5,), (1.0,), (3.0,), (0.0,), (1e-3,)],
    "gamma": [(2.5, 2.0), (0.3, 1.0), (1.0, 0.5)],
    "beta": [(0.5, 0.7), (2.0, 3.0), (0.9, 4.0), (1e-3, 1e-3)],
    "chisquare": [(3.0,), (0.5,), (40.0,)],
    "lognormal": [(0.0, 1.0), (1.0, 0.5)],
    "laplace": [(0.0, 1.0), (-2.0, 0.0)],
    "logistic": [(1.0, 2.0)],
    "gumbel": [(0.0, 1.0), (3.0, 0.1)],
    "rayleigh": [(2.0,), (1.0,)],
    "weibull": [(1.5,), (0.0,), (0.3,)],
    "pareto": [(3.0,), (0.2,)],
    "triangular": [(0.0, 0.5, 2.0), (0.0, 0.0, 1.0), (-1.0, 1.0, 1.0)],
    "standard_t": [(3.0,), (0.5,), (100.0,)],
    "poisson": [(3.0,), (9.99,), (10.0,), (50.0,), (0.0,), (1e6,)],
    "geometric": [(0.5,), (0.1,), (1.0,), (1 / 3,), (1e-4,)],
    "binomial": [(10, 0.3), (100, 0.9), (0, 0.5), (60, 0.5), (7, 0.0), (7, 1.0),
                 (0, 0.8), (100, 0.5), (1000, 0.3), (50, 0.8), (10**6, 0.4),
                 (200, 0.97)],
    "f": [(3.0, 5.0), (0.5, 0.7)],
    "standard_cauchy": [()],
    "power": [(0.5,), (3.0,)],
    "wald": [(1.0, 2.0), (0.1, 50.0)],
    "logseries": [(0.5,), (0.99,), (1e-3,), (0.0,)],
    "negative_binomial": [(5.0, 0.5), (0.5, 0.9), (100.0, 0.01), (3, 1.0)],
    "noncentral_chisquare": [(3.0, 2.0), (0.5, 1.5), (2.0, 0.0), (0.7, np.nan),
                             (4.0, np.nan)],
    "noncentral_f": [(3.0, 5.0, 1.0), (0.5, 2.0, 0.0)],
    # the uniform, Taylor, rejection (and the Generator's wrapped normal) paths
    "vonmises": [(0.5, 2.0), (-3.0, 1e-6), (3.0, 2e6), (1.0, 1e-9), (0.0, np.nan)],
    "zipf": [(2.0,), (1.3,), (30.0,), (1.01,)],
    # sampling and HRUA, table and Stirling log-factorials, sample > total / 2
    "hypergeometric": [(5, 7, 4), (50, 60, 30), (500, 10, 200), (10**6, 10**6, 10**5),
                       (20, 0, 15), (30, 40, 65), (3, 3, 6)],
}
KERNELS = {}


def kernel(name, nargs, sized, generator=False):
    """(python function, compiled kernel) seeding then drawing twice (or,
    with `generator`, drawing twice from the Generator passed first)."""
    key = (name, nargs, sized, generator)
    if key not in KERNELS:
        params = ", ".join(f"x{i}" for i in range(nargs))
        size = ", size=size" if sized else ""
        size = size.lstrip(", ") if not params else size
        call = f"{'g' if generator else 'np.random'}.{name}({params}{size})"
        head = ", ".join(["g" if generator else "seed"] + ([params] if params else []))
        src = (f"def draw_{name}({head}, size):\n" +
               ("" if generator else "    np.random.seed(seed)\n") +
               f"    first = {call}\n"
               f"    return first, {call}\n")
        KERNELS[key] = from_source(src, f"<test_random_distributions {key}>",
                                   f"draw_{name}")
    return KERNELS[key]


def from_source(src, filename, name):
    """(python function, compiled kernel) of function `name` in `src`."""
    linecache.cache[filename] = (len(src), None, src.splitlines(True), filename)
    namespace = {"np": np}
    exec(compile(src, filename, "exec"), namespace)
    fn = namespace[name]
    return fn, nbc.njit(fn)


def same(got, want):
    if not isinstance(want, np.ndarray):
        assert not isinstance(got, np.ndarray)
        assert (got == want or (np.isnan(got) and np.isnan(want))) and type(got) is type(want.item() if isinstance(
            want, np.generic) else want), (got, want)
        return
    assert got.shape == want.shape and got.dtype == want.dtype, (got, want)
    np.testing.assert_array_equal(got, want)


@pytest.mark.parametrize("name", list(CASES))
def test_distribution_bit_exact(name):
    for args in CASES[name]:
        for sized, size in ((False, None), (True, 7), (True, (3, 40)), (True, 0)):
            fn, k = kernel(name, len(args), sized)
            for seed in SEEDS:
                want = fn(seed, *args, size)
                got = k(seed, *args, size)
                for g, w in zip(got, want):
                    same(g, w)


def defaults(seed):
    np.random.seed(seed)
    return (np.random.gamma(2.0), np.random.lognormal(), np.random.laplace(),
            np.random.logistic(scale=3.0), np.random.gumbel(loc=1.0),
            np.random.rayleigh(), np.random.poisson(), np.random.poisson(lam=20.0),
            np.random.binomial(p=0.25, n=12), np.random.triangular(0.0, right=3.0,
                                                                   mode=1.0),
            np.random.standard_gamma(shape=2.0, size=3)[2])


def test_named_parameters_and_defaults():
    for seed in SEEDS:
        for g, w in zip(nbc.njit(defaults)(seed), defaults(seed)):
            same(g, w)


ERRORS = {
    "standard_gamma": [(-1.0,), (-0.0,)], "gamma": [(-1.0, 1.0), (1.0, -1.0)],
    "beta": [(0.0, 1.0), (1.0, -1.0)], "chisquare": [(0.0,)],
    "lognormal": [(0.0, -1.0)], "laplace": [(0.0, -1.0)], "logistic": [(0.0, -0.5)],
    "gumbel": [(0.0, -1.0)], "rayleigh": [(-1.0,)], "weibull": [(-1.0,)],
    "pareto": [(0.0,), (-2.0,)], "triangular": [(2.0, 1.0, 3.0), (0.0, 4.0, 3.0),
                                               (1.0, 1.0, 1.0)],
    "standard_t": [(0.0,)], "poisson": [(-1.0,), (np.nan,), (1e19,)],
    "geometric": [(0.0,), (1.5,), (np.nan,)],
    "binomial": [(-1, 0.5), (3, 1.5), (3, np.nan), (3, -0.1), (-1, 1.5)],  # p first
    "f": [(0.0, 1.0), (1.0, -1.0)], "power": [(0.0,)], "wald": [(0.0, 1.0), (1.0, 0.0)],
    "logseries": [(-0.1,), (1.0,), (np.nan,)],
    "negative_binomial": [(0.0, 0.5), (1.0, 1.5), (1.0, np.nan)],
    "noncentral_chisquare": [(0.0, 1.0), (1.0, -1.0)],
    "noncentral_f": [(0.0, 1.0, 1.0), (1.0, 0.0, 1.0), (1.0, 1.0, -1.0)],
    "vonmises": [(0.0, -1.0), (0.0, -0.0)], "zipf": [(1.0,), (0.5,), (np.nan,)],
    "hypergeometric": [(-1, 2, 1), (1, 2, 4), (1, -2, 0), (2, -1, 0), (5, 5, -1)],
}


@pytest.mark.parametrize("name", list(ERRORS))
def test_distribution_errors(name):
    for args in ERRORS[name]:
        for sized in (False, True):
            fn, k = kernel(name, len(args), sized)
            with pytest.raises(ValueError) as want:
                fn(0, *args, 4 if sized else None)
            with pytest.raises(ValueError) as got:
                k(0, *args, 4 if sized else None)
            assert str(got.value) == str(want.value)


def test_legacy_hypergeometric_needs_a_sample():
    fn, k = kernel("hypergeometric", 3, False)
    with pytest.raises(ValueError, match="nsample < 1 or nsample is NaN"):
        fn(0, 1, 2, 0, None)
    with pytest.raises(ValueError, match="nsample < 1 or nsample is NaN"):
        k(0, 1, 2, 0, None)


# -- choice(p=, replace=False) (the Generator's too) ------------------------------
P_UNIQUE = [np.array([0.1, 0.0, 0.6, 0.3]), np.array([0.25, 0.25, 0.25, 0.25]),
            np.array([0.0, 0.0, 1.0, 0.0]), np.array([0.97, 0.01, 0.01, 0.01]),
            np.array([0.4, 0.3, 0.2, 0.1], np.float32)]


def choice_unique_weighted(seed, a, p):
    np.random.seed(seed)
    return (np.random.choice(a, 2, replace=False, p=p),
            np.random.choice(a, size=(1, 3), replace=False, p=p),
            np.random.choice(a, replace=False, p=p), np.random.choice(a, 0, False, p))


def generator_unique_weighted(g, a, p):
    return (g.choice(a, 2, replace=False, p=p), g.choice(a, (1, 3), False, p),
            g.choice(a, replace=False, p=p), g.choice(a, 0, False, p, shuffle=False))


@pytest.mark.parametrize("generator", [False, True])
def test_choice_weighted_without_replacement(generator):
    """NumPy's loop: weighted draws, found indices zeroed, new ones kept."""
    k = nbc.njit(generator_unique_weighted if generator else choice_unique_weighted)
    for a in (4, np.array([1.5, 2.5, 3.5, 4.5]), np.arange(8)[::-2]):
        for p in P_UNIQUE:
            if np.count_nonzero(p) < 3:
                continue
            for seed in SEEDS:
                if generator:
                    g, ref = np.random.default_rng(seed), np.random.default_rng(seed)
                    got, want = k(g, a, p), k.py_func(ref, a, p)
                    assert g.bit_generator.state == ref.bit_generator.state
                else:
                    got, want = k(seed, a, p), k.py_func(seed, a, p)
                for x, y in zip(got, want):
                    same(x, y)
    big = np.arange(1, 201, dtype=np.float64)
    big /= big.sum()
    for seed in SEEDS:  # many rounds of redraws
        args = (np.random.default_rng(seed) if generator else seed, 200, big)
        want = k.py_func(*args)
        args = (np.random.default_rng(seed) if generator else seed, 200, big)
        for x, y in zip(k(*args), want):
            same(x, y)


@pytest.mark.parametrize("generator", [False, True])
def test_choice_weighted_without_replacement_errors(generator):
    k = nbc.njit(generator_unique_weighted if generator else choice_unique_weighted)
    for a, p in ((4, np.array([0.5, 0.5, 0.0, 0.0])), (2, np.array([0.5, 0.5])),
                 (4, np.array([0.5, 0.6, 0.0, 0.0])), (3, np.array([0.5, 0.5])),
                 (4, np.array([np.nan, 1, 0, 0])), (4, np.array([1.5, -0.5, 0, 0])),
                 (0, np.ones(0))):
        with pytest.raises(ValueError) as want:
            k.py_func(np.random.default_rng(0) if generator else 0, a, p)
        with pytest.raises(ValueError) as got:
            k(np.random.default_rng(0) if generator else 0, a, p)
        assert str(got.value) == str(want.value)


# -- choice(p=) ------------------------------------------------------------------
def choice_weighted(seed, a, p):
    np.random.seed(seed)
    return (np.random.choice(a, p=p), np.random.choice(a, 20, True, p),
            np.random.choice(a, size=(2, 3), p=p), np.random.choice(a, 0, p=p))


@pytest.mark.parametrize("seed", SEEDS)
def test_choice_weighted(seed):
    k = nbc.njit(choice_weighted)
    p = np.array([0.1, 0.0, 0.6, 0.3])
    for a in (4, np.array([1.5, 2.5, 3.5, 4.5]), np.arange(8)[::-2]):
        for probabilities in (p, p.astype(np.float32), np.full(8, 0.25)[::2],
                              np.array([0.0, 0.0, 1.0, 0.0]),
                              np.array([0.25, 0.25, 0.25, 0.25 + 1e-9])):
            for g, w in zip(k(seed, a, probabilities),
                            choice_weighted(seed, a, probabilities)):
                same(g, w)


def test_choice_weighted_errors():
    k = nbc.njit(choice_weighted)
    for a, p in ((4, np.array([0.5, 0.6, 0.0, 0.0])), (4, np.array([0.5, 0.5])),
                 (4, np.array([1.5, -0.5, 0.0, 0.0])), (4, np.array([np.nan, 1, 0, 0])),
                 (0, np.ones(0)), (np.ones(0), np.ones(0))):
        with pytest.raises(ValueError) as want:
            choice_weighted(0, a, p)
        with pytest.raises(ValueError) as got:
            k(0, a, p)
        assert str(got.value) == str(want.value)
    with pytest.raises(ValueError, match="'p' must be 1-dimensional"):
        choice_weighted(0, 4, np.ones((2, 2)) / 4)
    with pytest.raises(nbc.TypingError, match="'p' must be 1-dimensional"):
        k(0, 4, np.ones((2, 2)) / 4)
