"""np.random in kernels: after np.random.seed(s) inside a kernel, every
draw equals NumPy's legacy np.random.seed(s) sequence in CPython (the same
source run by CPython), for every function, scalar and size= form; NumPy's
errors; unsupported distributions and keywords named; per-thread state
(prange, Python threads) without crashes."""

import threading

import numpy as np
import pytest

import nbc
import kernel_cache

SEEDS = [0, 1, 42, 12345, 2**32 - 1]
SIZES = [0, 1, 5, (2, 3), (0, 4), (3, 1, 2)]


def same(got, want):
    if not isinstance(want, np.ndarray):  # scalars come back as Python's
        assert not isinstance(got, np.ndarray)
        assert got == want and type(got) is type(want.item() if isinstance(
            want, np.generic) else want)
        return
    got, want = np.asarray(got), np.asarray(want)
    assert got.shape == want.shape
    assert got.dtype == want.dtype, (got.dtype, want.dtype)
    np.testing.assert_array_equal(got, want)


def check(fn, *args):
    """The kernel's result equals CPython's running `fn` (which seeds
    NumPy's global generator itself)."""
    want = fn(*args)
    got = kernel_cache.njit(fn)(*args)  # a signature compiles once per file
    same(got, want)
    return got


# -- single draws ---------------------------------------------------------------
def draws_random(s, n):
    np.random.seed(s)
    out = np.empty(n)
    for i in range(n):
        out[i] = np.random.random()
    return out


def draws_random_sample(s, n):
    np.random.seed(s)
    out = np.empty(n)
    for i in range(n):
        out[i] = np.random.random_sample()
    return out


def draws_ranf_sample_rand(s, n):
    np.random.seed(s)
    out = np.empty(3 * n)
    for i in range(n):
        out[3 * i] = np.random.ranf()
        out[3 * i + 1] = np.random.sample()
        out[3 * i + 2] = np.random.rand()
    return out


def draws_standard_normal(s, n):
    np.random.seed(s)
    out = np.empty(n)
    for i in range(n):
        out[i] = np.random.standard_normal()
    return out


def draws_randn(s, n):
    np.random.seed(s)
    out = np.empty(n)
    for i in range(n):
        out[i] = np.random.randn()
    return out


def draws_standard_exponential(s, n):
    np.random.seed(s)
    out = np.empty(n)
    for i in range(n):
        out[i] = np.random.standard_exponential()
    return out


def draws_mixed(s, n):
    # The cached second normal survives uniform draws in between.
    np.random.seed(s)
    out = np.empty(4 * n)
    for i in range(n):
        out[4 * i] = np.random.standard_normal()
        out[4 * i + 1] = np.random.random()
        out[4 * i + 2] = np.random.randint(-3, 1000)
        out[4 * i + 3] = np.random.exponential(2.0)
    return out


SCALAR_DRAWS = [draws_random, draws_random_sample, draws_ranf_sample_rand,
                draws_standard_normal, draws_randn, draws_standard_exponential,
                draws_mixed]


@pytest.mark.parametrize("fn", SCALAR_DRAWS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("seed", SEEDS)
def test_single_draws(fn, seed):
    check(fn, seed, 7)


def test_seed_resets_cached_normal():
    def fn(s):
        np.random.seed(s)
        a = np.random.standard_normal()  # caches the second value
        np.random.seed(s)
        return a + 10.0 * np.random.standard_normal()
    check(fn, 3)


# -- size= forms ----------------------------------------------------------------
def sized_random(s, size):
    np.random.seed(s)
    return np.random.random(size)


def sized_random_sample_kw(s, size):
    np.random.seed(s)
    return np.random.random_sample(size=size)


def sized_ranf(s, size):
    np.random.seed(s)
    return np.random.ranf(size)


def sized_sample(s, size):
    np.random.seed(s)
    return np.random.sample(size)


def sized_standard_normal(s, size):
    np.random.seed(s)
    return np.random.standard_normal(size)


def sized_standard_exponential(s, size):
    np.random.seed(s)
    return np.random.standard_exponential(size=size)


def sized_normal(s, size):
    np.random.seed(s)
    return np.random.normal(1.5, 0.25, size)


def sized_normal_kw(s, size):
    np.random.seed(s)
    return np.random.normal(size=size, scale=3.0)


def sized_uniform(s, size):
    np.random.seed(s)
    return np.random.uniform(-2.0, 5, size)


def sized_uniform_kw(s, size):
    np.random.seed(s)
    return np.random.uniform(size=size, high=10)


def sized_exponential(s, size):
    np.random.seed(s)
    return np.random.exponential(0.5, size)


def sized_randint(s, size):
    np.random.seed(s)
    return np.random.randint(-7, 100, size)


def sized_randint_high(s, size):
    np.random.seed(s)
    return np.random.randint(5, size=size)


def sized_randint_wide(s, size):
    np.random.seed(s)
    return np.random.randint(-2**40, 2**41, size=size)


def sized_then_scalar(s, size):
    # The generator continues after a sized draw.
    np.random.seed(s)
    a = np.random.standard_normal(size)
    return a.sum() + np.random.standard_normal() + np.random.random()


SIZED_FORMS = [sized_random, sized_random_sample_kw, sized_ranf, sized_sample,
               sized_standard_normal, sized_standard_exponential, sized_normal,
               sized_normal_kw, sized_uniform, sized_uniform_kw, sized_exponential,
               sized_randint, sized_randint_high, sized_randint_wide, sized_then_scalar]


@pytest.mark.parametrize("fn", SIZED_FORMS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("size", SIZES, ids=str)
def test_size_forms(fn, size):
    for seed in (0, 42, 2**32 - 1):
        check(fn, seed, size)


def rand_forms(s):
    np.random.seed(s)
    a = np.random.rand(3)
    b = np.random.rand(2, 3)
    c = np.random.randn(2, 1, 2)
    d = np.random.randn(4)
    return a.sum() + 10 * b.sum() + 100 * c.sum() + 1000 * d.sum() + np.random.rand()


def rand_shape(s, n, m):
    np.random.seed(s)
    return np.random.rand(n, m) + np.random.randn(n, m)


@pytest.mark.parametrize("seed", SEEDS)
def test_rand_randn_dims(seed):
    check(rand_forms, seed)
    check(rand_shape, seed, 3, 4)
    check(rand_shape, seed, 0, 2)


# -- parameterised scalars ------------------------------------------------------
def scalar_parameters(s, a, b):
    np.random.seed(s)
    return np.array([np.random.normal(a, b), np.random.normal(), np.random.normal(a),
                     np.random.normal(loc=a, scale=b), np.random.uniform(a, b + a),
                     np.random.uniform(), np.random.uniform(high=a),
                     np.random.exponential(b), np.random.exponential(),
                     np.random.exponential(scale=b)])


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("a, b", [(0.0, 1.0), (-3.5, 2.25), (10, 3), (2.0, 0.0)])
def test_parameterised_scalars(seed, a, b):
    check(scalar_parameters, seed, a, b)


def randint_scalars(s, lo, hi):
    np.random.seed(s)
    out = np.empty(20, np.int64)
    for i in range(20):
        out[i] = np.random.randint(lo, hi)
    return out


@pytest.mark.parametrize("lo, hi", [(0, 1), (0, 10), (-5, 3), (0, 2**32), (1, 2**32 + 1),
                                    (0, 2**31), (-2**62, 2**62), (-2**63, 2**63 - 1),
                                    (3, 2**40), (100, 101)])
@pytest.mark.parametrize("seed", [0, 42])
def test_randint_ranges(seed, lo, hi):
    check(randint_scalars, seed, lo, hi)


def randint_forms(s, n):
    np.random.seed(s)
    return np.random.randint(n) + 1000 * np.random.randint(low=2, high=n + 3) \
        + 10**6 * np.random.randint(n, dtype=np.int64)


def test_randint_forms():
    for seed in SEEDS:
        for n in (1, 2, 7, 1000):
            check(randint_forms, seed, n)


# -- choice ---------------------------------------------------------------------
def choice_int(s, n):
    np.random.seed(s)
    return np.random.choice(n) + 100 * np.random.choice(n)


def choice_int_size(s, n, size):
    np.random.seed(s)
    return np.random.choice(n, size)


def choice_array(s, a):
    np.random.seed(s)
    return np.random.choice(a)


def choice_array_size(s, a, size):
    np.random.seed(s)
    return np.random.choice(a, size=size)


def choice_int_unique(s, n, size):
    np.random.seed(s)
    return np.random.choice(n, size, replace=False)


def choice_array_unique(s, a, size):
    np.random.seed(s)
    return np.random.choice(a, size, False)


def choice_unique_one(s, n, a):
    np.random.seed(s)
    return np.random.choice(n, replace=False) + np.random.choice(a, replace=False)


ARRAYS = [np.arange(10.0), np.arange(7, dtype=np.int32) * 3, np.arange(20)[::3],
          np.linspace(0, 1, 9, dtype=np.float32)[::-1], np.array([True, False, True]),
          np.array([5])]


@pytest.mark.parametrize("seed", [0, 1, 42])
def test_choice(seed):
    for n in (1, 5, 300):
        check(choice_int, seed, n)
        for size in (0, 1, 4, (2, 3)):
            check(choice_int_size, seed, n, size)
        for size in (0, 1, (1, 1)):
            check(choice_int_unique, seed, n, size)
        check(choice_unique_one, seed, n, np.arange(4.0))
    check(choice_int_unique, seed, 5, 5)
    check(choice_int_unique, seed, 10, (2, 3))
    for a in ARRAYS:
        check(choice_array, seed, a)
        for size in (0, 1, 4, (2, 2)):
            check(choice_array_size, seed, a, size)
        check(choice_array_unique, seed, a, len(a))
        check(choice_array_unique, seed, a, 1)


# -- shuffle and permutation ----------------------------------------------------
def shuffled(s, x):
    np.random.seed(s)
    np.random.shuffle(x)
    return np.random.random()


@pytest.mark.parametrize("seed", [0, 1, 42])
@pytest.mark.parametrize("make", [
    lambda: np.arange(10), lambda: np.arange(17, dtype=np.int32),
    lambda: np.arange(6.0, dtype=np.float32), lambda: np.linspace(0, 1, 11),
    lambda: np.array([True, False, False, True, True]), lambda: np.arange(0.0),
    lambda: np.arange(1), lambda: np.arange(40)[::3], lambda: np.arange(12)[::-1],
    lambda: np.arange(12.0).reshape(4, 3), lambda: np.asfortranarray(
        np.arange(15).reshape(5, 3)), lambda: np.arange(24).reshape(4, 3, 2)[:, ::2],
    lambda: np.zeros((3, 0))], ids=range(13))
def test_shuffle(seed, make):
    want_x, got_x = make(), make()
    want = shuffled(seed, want_x)
    got = nbc.njit(shuffled)(seed, got_x)
    assert got == want
    same(got_x, want_x)


def shuffle_view(s, x):
    np.random.seed(s)
    np.random.shuffle(x[::2])
    return x


def test_shuffle_strided_view_writes_through():
    check(shuffle_view, 5, np.arange(11.0))


def permutation_int(s, n):
    np.random.seed(s)
    return np.random.permutation(n)


def permutation_array(s, x):
    np.random.seed(s)
    return np.random.permutation(x)


def permutation_then_draw(s, x):
    # Rows of size 0 are still drawn for (NumPy shuffles the row numbers).
    np.random.seed(s)
    return np.random.permutation(x).sum() + np.random.random()


@pytest.mark.parametrize("seed", SEEDS)
def test_permutation(seed):
    for n in (0, 1, 2, 10, 1000):
        check(permutation_int, seed, n)
    for x in (np.arange(8.0), np.arange(9, dtype=np.int32)[::-2], np.arange(0),
              np.arange(12).reshape(3, 4), np.asfortranarray(np.ones((4, 2))),
              np.zeros((3, 0))):
        x0 = x.copy()
        check(permutation_array, seed, x)
        same(x, x0)  # the argument is not changed
        check(permutation_then_draw, seed, x)


def nested_draws(s):
    # Each argument is evaluated once: an inner draw happens once.
    np.random.seed(s)
    a = np.random.choice(np.random.randint(1, 10), 3)
    b = np.random.permutation(np.random.randint(2, 9))
    c = np.random.randint(0, np.random.randint(1, 100), size=2)
    d = np.random.normal(np.random.random(), np.random.random() + 1.0, 2)
    return a.sum() + 10 * b[0] + 100 * c.sum() + d.sum() + np.random.random()


@pytest.mark.parametrize("seed", SEEDS)
def test_arguments_evaluated_once(seed):
    check(nested_draws, seed)


# -- state ----------------------------------------------------------------------
@nbc.njit
def jit_seed(s):
    np.random.seed(s)


@nbc.njit
def jit_draw():
    return np.random.random() + np.random.standard_normal()


def test_state_persists_across_kernels():
    jit_seed(77)
    got = [jit_draw() for _ in range(5)]
    np.random.seed(77)
    want = [np.random.random() + np.random.standard_normal() for _ in range(5)]
    assert got == want


def test_state_is_separate_from_numpys():
    np.random.seed(1)
    first = np.random.random()
    jit_seed(2)
    jit_draw()
    second = np.random.random()
    np.random.seed(1)
    assert [np.random.random(), np.random.random()] == [first, second]


def test_python_threads_have_their_own_streams():
    results, errors = {}, []

    def worker(seed):
        try:
            jit_seed(seed)
            results[seed] = [jit_draw() for _ in range(200)]
        except Exception as e:  # reported below
            errors.append(e)
    threads = [threading.Thread(target=worker, args=(s,)) for s in (3, 4, 5, 6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for seed, got in results.items():
        np.random.seed(seed)
        want = [np.random.random() + np.random.standard_normal() for _ in range(200)]
        assert got == want


@nbc.njit(parallel=True)
def parallel_fill(n):
    out = np.empty(n)
    for i in nbc.prange(n):
        out[i] = np.random.random()
    return out


@nbc.njit(parallel=True)
def parallel_seeded(n, s):
    out = np.empty(n)
    for i in nbc.prange(n):
        np.random.seed(s)
        out[i] = np.random.random()
    return out


def test_prange_threads_draw_without_crashing():
    a = parallel_fill(100000)
    assert ((a >= 0) & (a < 1)).all()
    assert abs(a.mean() - 0.5) < 0.01  # statistical sanity only
    assert len(np.unique(a)) > 99000
    b = parallel_seeded(64, 9)
    np.random.seed(9)
    assert (b == np.random.random()).all()  # each thread seeded its own


def normal_moments(s, n):
    np.random.seed(s)
    return np.random.normal(3.0, 2.0, n)


def test_normal_statistics():
    a = nbc.njit(normal_moments)(0, 200000)
    assert abs(a.mean() - 3.0) < 0.02 and abs(a.std() - 2.0) < 0.02


def test_numba_agrees():
    numba = pytest.importorskip("numba")

    def fn(s, n):
        np.random.seed(s)
        out = np.empty(n)
        for i in range(n):
            out[i] = np.random.random() + np.random.standard_normal()
        return out
    same(nbc.njit(fn)(8, 50), numba.njit(fn)(8, 50))


# -- errors ---------------------------------------------------------------------
def seed_only(s):
    np.random.seed(s)
    return np.random.random()


def randint_bad(lo, hi):
    return np.random.randint(lo, hi)


def randint_bad_size(lo, hi):
    return np.random.randint(lo, hi, 3)


def randint_high_only(hi):
    return np.random.randint(hi) + np.random.randint(hi, size=2)[0]


def normal_bad(scale):
    return np.random.normal(0.0, scale) + np.random.normal(0.0, scale, 2)[0]


def exponential_bad(scale):
    return np.random.exponential(scale, size=(2, 2)).sum()


def uniform_bad(lo, hi):
    return np.random.uniform(lo, hi)


def choice_bad(n, size):
    return np.random.choice(n, size, replace=False)


def choice_empty(a):
    return np.random.choice(a)


def choice_zero(n):
    return np.random.choice(n)


@pytest.mark.parametrize("fn, args", [
    (seed_only, (-1,)), (seed_only, (2**32,)), (randint_bad, (5, 3)),
    (randint_bad, (4, 4)), (randint_bad_size, (2, 1)), (randint_high_only, (0,)),
    (normal_bad, (-1.0,)), (normal_bad, (-0.0,)), (exponential_bad, (-2.0,)),
    (uniform_bad, (0.0, np.inf)), (choice_bad, (3, 4)), (choice_empty, (np.arange(0.0),)),
    (choice_zero, (0,)), (choice_zero, (-2,))], ids=lambda v: getattr(v, "__name__", str(v)))
def test_numpy_errors(fn, args):
    with pytest.raises(Exception) as want:
        fn(*args)
    with pytest.raises(type(want.value)) as got:
        nbc.njit(fn)(*args)
    assert str(got.value) == str(want.value)


def uses_multinomial():
    return np.random.multinomial(10, [0.5, 0.5])


def uses_dtype():
    return np.random.randint(0, 5, dtype=np.int32)


def uses_unknown_keyword():
    return np.random.normal(0.0, 1.0, out=3)


def uses_seed_none():
    np.random.seed()


@pytest.mark.parametrize("fn, args, text", [
    (uses_multinomial, (), "np.random.multinomial"),
    (uses_dtype, (), "dtype"), (uses_unknown_keyword, (), "'out'"),
    (uses_seed_none, (), "np.random.seed()")], ids=lambda v: getattr(v, "__name__", None))
def test_unsupported_named(fn, args, text):
    with pytest.raises(nbc.UnsupportedError) as e:
        nbc.njit(fn)(*args)
    assert text in str(e.value)
