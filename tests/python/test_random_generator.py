"""np.random.default_rng(seed) and np.random.Generator's methods in kernels
(nbc.generator, lib/Runtime/RandomGenerator.c) against NumPy's Generator
with the same seed, bit for bit: seeding (SeedSequence + PCG64), random,
standard_normal / normal (ziggurat), standard_exponential / exponential,
uniform, integers (Lemire, 32- and 64-bit ranges, endpoint), choice; a
Generator passed from Python advances as NumPy's would; the errors."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec
from nbc.errors import NBCError

pytestmark = requires_exec

SEEDS = [0, 1, 42, 2**32 + 7, 2**63 - 1]


@nbc.njit
def draws_from_seed(seed, n):
    g = np.random.default_rng(seed)
    out = np.empty(n)
    for i in range(n):
        out[i] = g.random()
    return out


@nbc.njit
def sized_draws(seed, n):
    g = np.random.default_rng(seed)
    return (g.random(n), g.standard_normal(n), g.standard_exponential(n),
            g.normal(1.5, 2.0, n), g.uniform(-3.0, 5.0, n), g.exponential(0.5, n),
            g.integers(0, 10, n), g.integers(-5, 2**40, n), g.integers(7, size=n),
            g.integers(-(2**63), 2**63 - 1, n), g.integers(3, 9, n, endpoint=True))


def numpy_sized_draws(seed, n):
    g = np.random.default_rng(seed)
    return (g.random(n), g.standard_normal(n), g.standard_exponential(n),
            g.normal(1.5, 2.0, n), g.uniform(-3.0, 5.0, n), g.exponential(0.5, n),
            g.integers(0, 10, n), g.integers(-5, 2**40, n), g.integers(7, size=n),
            g.integers(-(2**63), 2**63 - 1, n), g.integers(3, 9, n, endpoint=True))


@nbc.njit
def scalar_draws(g, n):
    out = np.empty((n, 8))
    for i in range(n):
        out[i, 0] = g.random()
        out[i, 1] = g.standard_normal()
        out[i, 2] = g.normal(-1.0, 3.0)
        out[i, 3] = g.uniform(2.0, 4.0)
        out[i, 4] = g.exponential(2.0)
        out[i, 5] = g.integers(100)
        out[i, 6] = g.integers(-7, 7, endpoint=True)
        out[i, 7] = g.standard_exponential()
    return out


def numpy_scalar_draws(g, n):
    out = np.empty((n, 8))
    for i in range(n):
        out[i] = (g.random(), g.standard_normal(), g.normal(-1.0, 3.0),
                  g.uniform(2.0, 4.0), g.exponential(2.0), g.integers(100),
                  g.integers(-7, 7, endpoint=True), g.standard_exponential())
    return out


def same_bits(got, want):
    got, want = np.asarray(got), np.asarray(want)
    assert got.shape == want.shape
    assert got.dtype == want.dtype, (got.dtype, want.dtype)
    assert np.array_equal(got, want), np.nonzero(got != want)


@pytest.mark.parametrize("seed", SEEDS)
def test_random_matches_numpy(seed):
    same_bits(draws_from_seed(seed, 1000), np.random.default_rng(seed).random(1000))


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("n", [0, 1, 5, 20_000])
def test_sized_methods_match_numpy(seed, n):
    for got, want in zip(sized_draws(seed, n), numpy_sized_draws(seed, n)):
        same_bits(got, want)


@pytest.mark.parametrize("seed", [3, 12345])
def test_generator_argument_advances(seed):
    """A Generator passed in draws from its state and is left where NumPy's
    would be, so draws continue seamlessly in Python and in the next call."""
    g, ref = np.random.default_rng(seed), np.random.default_rng(seed)
    g.random(3), ref.random(3)  # a state that is not a fresh seed's
    g.integers(5), ref.integers(5)  # leaves a 32-bit half in has_uint32
    same_bits(scalar_draws(g, 200), numpy_scalar_draws(ref, 200))
    assert g.bit_generator.state == ref.bit_generator.state
    same_bits(scalar_draws(g, 50), numpy_scalar_draws(ref, 50))
    same_bits(g.random(4), ref.random(4))


@nbc.njit
def tail_heavy(g, n):
    return g.standard_normal(n), g.standard_exponential(n)


def test_ziggurat_tails_and_rejections():
    """10^6 draws reach the rejection branches and the tails (|x| > 3.65,
    exponential > 7.7) many times."""
    g, ref = np.random.default_rng(2024), np.random.default_rng(2024)
    normal, exponential = tail_heavy(g, 1_000_000)
    same_bits(normal, ref.standard_normal(1_000_000))
    same_bits(exponential, ref.standard_exponential(1_000_000))
    assert (np.abs(normal) > 3.6541528853610088).sum() > 100
    assert (exponential > 7.69711747013104972).sum() > 100


@nbc.njit
def shaped(seed):
    g = np.random.default_rng(seed)
    return g.random((3, 4)), g.integers(0, 5, (2, 3)), g.standard_normal((2, 2, 2))


def test_tuple_sizes():
    ref = np.random.default_rng(9)
    got = shaped(9)
    want = (ref.random((3, 4)), ref.integers(0, 5, (2, 3)), ref.standard_normal((2, 2, 2)))
    for a, b in zip(got, want):
        same_bits(a, b)


@nbc.njit
def choices(g, a, p):
    return (g.choice(10), g.choice(a), g.choice(10, 20), g.choice(a, (3, 2)),
            g.choice(5, p=p), g.choice(a[:5], 30, p=p))


def test_choice_matches_numpy():
    a = np.arange(100.0) * 1.5
    p = np.array([0.1, 0.2, 0.3, 0.15, 0.25])
    for seed in (0, 7):
        g, ref = np.random.default_rng(seed), np.random.default_rng(seed)
        got = choices(g, a, p)
        want = (ref.choice(10), ref.choice(a), ref.choice(10, 20), ref.choice(a, (3, 2)),
                ref.choice(5, p=p), ref.choice(a[:5], 30, p=p))
        for x, y in zip(got, want):
            assert np.array_equal(np.asarray(x), np.asarray(y)), (x, y)
        assert g.bit_generator.state == ref.bit_generator.state


@nbc.njit
def passthrough(g):
    h = np.random.default_rng(g)
    return h.random()


def test_default_rng_of_a_generator_is_itself():
    g, ref = np.random.default_rng(5), np.random.default_rng(5)
    assert passthrough(g) == ref.random()
    assert g.bit_generator.state == ref.bit_generator.state


@nbc.njit
def bad_integers(low, high):
    g = np.random.default_rng(0)
    return g.integers(low, high)


@nbc.njit
def bad_scale(scale):
    g = np.random.default_rng(0)
    return g.normal(0.0, scale)


@nbc.njit
def negative_seed(seed):
    return np.random.default_rng(seed).random()


def test_errors_as_numpy():
    for low, high in ((5, 5), (6, 2)):
        with pytest.raises(ValueError) as want:
            np.random.default_rng(0).integers(low, high)
        with pytest.raises(ValueError) as got:
            bad_integers(low, high)
        assert str(got.value) == str(want.value)
    with pytest.raises(ValueError, match="scale < 0"):
        bad_scale(-1.0)
    with pytest.raises(ValueError):
        np.random.default_rng(-1)
    with pytest.raises(ValueError, match="expected non-negative integer"):
        negative_seed(-1)


def test_unsupported_forms_are_compile_errors():
    @nbc.njit
    def no_seed():
        return np.random.default_rng().random()

    @nbc.njit
    def inverse_exponential(g):
        return g.standard_exponential(3, method="inv")

    with pytest.raises(NBCError, match="integer seed"):
        no_seed()
    with pytest.raises(NBCError, match="method= is not supported"):
        inverse_exponential(np.random.default_rng(0))


def test_other_bit_generators_are_refused():
    with pytest.raises(NBCError, match="PCG64"):
        scalar_draws(np.random.Generator(np.random.MT19937(0)), 1)


@nbc.njit
def moments(seed, n):
    g = np.random.default_rng(seed)
    x = g.standard_normal(n)
    e = g.exponential(2.0, n)
    return x.mean(), x.std(), e.mean()


def test_distribution_moments():
    mean, std, exp_mean = moments(11, 200_000)
    assert abs(mean) < 0.01 and abs(std - 1.0) < 0.01 and abs(exp_mean - 2.0) < 0.02


@nbc.njit
def make_generator(seed, n):
    g = np.random.default_rng(seed)
    return g.random(n), g


def test_returned_generator_continues_the_stream():
    x, g = make_generator(21, 5)
    ref = np.random.default_rng(21)
    same_bits(x, ref.random(5))
    assert isinstance(g, np.random.Generator)
    assert g.bit_generator.state == ref.bit_generator.state
    same_bits(g.random(3), ref.random(3))


def test_generator_is_not_an_array():
    @nbc.njit
    def subscript(g):
        return g[0]

    @nbc.njit
    def shape(g):
        return g.shape

    with pytest.raises(NBCError, match="not subscriptable"):
        subscript(np.random.default_rng(0))
    with pytest.raises(NBCError, match="unsupported Generator attribute 'shape'"):
        shape(np.random.default_rng(0))
