"""Whole-array reductions in a prange (`acc += x[i]`, `-=`, `*=`, `/=`,
`|=`, `^=` on an array defined before the loop, and `acc = acc + x[i]`
or `acc = np.maximum(acc, x[i])`, built as `acc += x[i]` or with out=acc
on a copy of the array): as in Numba, each thread
updates its own copy, starting at the operator's identity, and the copies
are combined into the array after the loop (nbc-recognize-reductions
accepts them, nbc-privatize-array-updates privatizes them). Each kernel
runs on 1 and 2 threads against the same source run by CPython; a loop
that also reads or writes the array otherwise stays an error."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

RUNS = 5


@pytest.fixture
def restore_threads():
    before = nbc.get_num_threads()
    yield
    nbc.set_num_threads(before)


def force_histogram(pos, edges):
    # A private temporary per iteration, added whole.
    totals = np.zeros(edges.shape[0] - 1)
    for k in nbc.prange(pos.shape[0]):
        contrib = np.zeros(edges.shape[0] - 1)
        b = np.searchsorted(edges, pos[k]) - 1
        if 0 <= b < contrib.shape[0]:
            contrib[b] = pos[k] ** 2
        totals += contrib
    return totals


def count_codes(codes, m):
    h = np.zeros(m, np.int64)
    for i in nbc.prange(codes.shape[0]):
        c = np.zeros(m, np.int64)
        c[codes[i]] = 1
        h += c
    return h


def row_sum(a):
    acc = np.zeros(a.shape[1:])
    for i in nbc.prange(a.shape[0]):
        acc += a[i]
    return acc


def row_sub(a):
    acc = np.ones(a.shape[1])
    for i in nbc.prange(a.shape[0]):
        acc -= a[i, :]
    return acc


def repeated_product(n):
    # Numba's documented example.
    r = 2 * np.ones((13, 17), np.int64)
    t = 2 * np.ones_like(r)
    for i in nbc.prange(n):
        r *= t
    return r


def row_quotient(a):
    acc = np.full(a.shape[1], 3.0)
    for i in nbc.prange(a.shape[0]):
        acc /= a[i]
    return acc


def row_bits(a):
    ors = np.zeros(a.shape[1], np.int64)
    xors = np.zeros(a.shape[1], np.int64)
    for i in nbc.prange(a.shape[0]):
        ors |= a[i]
        xors ^= a[i]
    return ors, xors


def sums_and_total(a):
    # A scalar reduction and two array reductions (one a scaled row).
    acc = np.zeros(a.shape[1])
    sq = np.zeros(a.shape[1])
    s = 0.0
    for i in nbc.prange(a.shape[0]):
        acc += a[i]
        sq += a[i] * a[i]
        s += a[i, 0]
    return acc, sq, s


def scalar_added(x):
    acc = np.zeros(5)
    for i in nbc.prange(x.shape[0]):
        acc += x[i]
    return acc


def view_made_before(a):
    # Numba: a slice taken before the loop reduces into the array.
    y = np.zeros(a.shape[1] + 2)
    z = y[1:-1]
    for i in nbc.prange(a.shape[0]):
        z += a[i]
    return y


def float32_from_float64(a):
    acc = np.zeros(a.shape[1], np.float32)
    for i in nbc.prange(a.shape[0]):
        acc += a[i]
    return acc


def inner_loops(a):
    # In a branch and in an inner loop (which carries `acc`, rebound to
    # itself by `+=`).
    acc = np.zeros(a.shape[2])
    for i in nbc.prange(a.shape[0]):
        if a[i, 0, 0] > 0:
            acc += a[i, 0]
        for j in range(1, a.shape[1]):
            acc += a[i, j]
    return acc


def argument_updated(a, out):
    for i in nbc.prange(a.shape[0]):
        out += a[i]
    return out


def rebound(a):
    # Python makes a new array each time: the one `init` names is unchanged
    # (Numba 0.6x gives wrong sums for this loop).
    init = np.ones(a.shape[1])
    acc = init
    for i in nbc.prange(a.shape[0]):
        acc = acc + a[i]
    return acc, init


def rebound_in_branch(a):
    acc = np.ones(a.shape[1])
    for i in nbc.prange(a.shape[0]):
        if a[i, 0] > 0:
            acc = (1.0 + 0.01 * a[i]) * acc  # commutative: the array second
        acc = acc * (1.0 - 0.001 * a[i])
    return acc


def row_max_min(a, lo):
    hi = a[0] + 0
    for i in nbc.prange(a.shape[0]):
        hi = np.maximum(hi, a[i])
        lo = np.minimum(a[i], lo)  # either operand order
    return hi, lo


RNG = np.random.default_rng(11)
ROWS = RNG.normal(size=(3000, 7))
ROWS_NAN = ROWS.copy()
ROWS_NAN[1700, 2] = ROWS_NAN[10, 5] = np.nan
CODES = RNG.integers(0, 9, 4000)

CASES = [
    ("force_histogram", force_histogram,
     (RNG.uniform(0, 1, 2000), np.linspace(0, 1, 11)), False),
    ("count_codes", count_codes, (CODES, 9), True),
    ("row_sum", row_sum, (ROWS,), False),
    ("row_sum_2d", row_sum, (RNG.normal(size=(400, 3, 5)),), False),
    ("row_sum_no_rows", row_sum, (np.zeros((0, 4)),), True),
    ("row_sum_one_row", row_sum, (ROWS[:1],), True),
    ("row_sub", row_sub, (ROWS,), False),
    ("repeated_product", repeated_product, (40,), True),
    ("row_quotient", row_quotient, (RNG.uniform(0.5, 1.5, (300, 4)),), False),
    ("row_bits", row_bits, (RNG.integers(0, 1 << 40, (500, 6)),), True),
    ("sums_and_total", sums_and_total, (ROWS,), False),
    ("scalar_added", scalar_added, (ROWS[:, 0],), False),
    ("view_made_before", view_made_before, (ROWS,), False),
    ("float32_from_float64", float32_from_float64, (ROWS,), False),
    ("argument_updated", argument_updated, (ROWS, np.ones(7)), False),
    ("inner_loops", inner_loops, (RNG.normal(size=(500, 4, 3)),), False),
    ("rebound", rebound, (ROWS,), False),
    ("rebound_in_branch", rebound_in_branch, (ROWS[:200],), False),
    # np.maximum/np.minimum rebinding the array: NaN wins, as NumPy's.
    ("row_max_min", row_max_min, (ROWS, np.zeros(7)), True),
    ("row_max_min_nan", row_max_min, (ROWS_NAN, np.array([0.0, np.nan, 0, 0, 0, 0, 0])), True),
    ("row_max_min_int", row_max_min, (CODES.reshape(-1, 8), np.full(8, 3)), True),
]


@requires_exec
@pytest.mark.parametrize("name,fn,args,exact", CASES, ids=[c[0] for c in CASES])
def test_whole_array_reduction_matches_serial(restore_threads, name, fn, args, exact):
    fresh = lambda: tuple(a.copy() if isinstance(a, np.ndarray) else a for a in args)
    expected = fn(*fresh())
    kernel = nbc.njit(parallel=True)(fn)
    for threads in (1, 2):
        nbc.set_num_threads(threads)
        for _ in range(RUNS):
            got = kernel(*fresh())
            pairs = zip(expected, got) if isinstance(expected, tuple) else [(expected, got)]
            for e, g in pairs:
                assert np.asarray(g).dtype == np.asarray(e).dtype
                assert np.shape(g) == np.shape(e)
                if exact:
                    np.testing.assert_array_equal(g, e)
                else:
                    # Per-thread partial results, then combined: a parallel
                    # reduction's rounding.
                    rtol = 1e-5 if np.asarray(e).dtype == np.float32 else 1e-9
                    np.testing.assert_allclose(g, e, rtol=rtol)


def read_elsewhere(x):
    y = np.zeros(4)
    s = 0.0
    for i in nbc.prange(x.shape[0]):
        y += x[i]
        s += y[0]
    return y, s


def written_elsewhere(x):
    y = np.zeros(4)
    for i in nbc.prange(x.shape[0]):
        y += x[i]
        y[0] = 1.0
    return y


def two_operators(x):
    y = np.ones(4)
    for i in nbc.prange(x.shape[0]):
        y += x[i]
        y *= x[i]
    return y


def two_operators_inner_loop(x):
    y = np.ones(4)
    for i in nbc.prange(x.shape[0]):
        y += x[i]
        for j in range(2):
            y *= 2.0
    return y


def view_made_inside(x):
    # Numba's documented race (`y[:] += x[i]`): refused here.
    y = np.zeros(4)
    for i in nbc.prange(x.shape[0]):
        y[:] += x[i]
    return y


def added_to_itself(x):
    y = np.ones(4)
    for i in nbc.prange(x.shape[0]):
        y += y
    return y


def in_nested_prange(x):
    y = np.zeros(4)
    for i in nbc.prange(x.shape[0]):
        for j in nbc.prange(2):
            y += x[i]
    return y


def rebound_and_read(x):
    y = np.zeros(4)
    for i in nbc.prange(x.shape[0]):
        y = y + y[0] * x[i]  # reads y otherwise: not a reduction
    return y


def rebound_to_wider_type(x):
    y = np.zeros(4, np.int64)
    for i in nbc.prange(x.shape[0]):
        y = y + x[i]
    return y


ERRORS = [
    (read_elsewhere, "prange: this accesses an array that the loop reduces as a whole"),
    (written_elsewhere, "prange: this accesses an array that the loop reduces as a whole"),
    (two_operators, "prange: this array is reduced with two different operators"),
    (two_operators_inner_loop, "prange: this array is reduced with two different operators"),
    (view_made_inside, "prange: every iteration writes the same array element"),
    (added_to_itself, "prange: every iteration writes the same array element"),
    (in_nested_prange, "prange: a whole-array reduction .* outermost prange"),
    (rebound_and_read, "prange: reduction variable 'y' must be a scalar"),
]


@pytest.mark.parametrize("fn,message", ERRORS, ids=[e[0].__name__ for e in ERRORS])
def test_races_stay_errors(fn, message):
    kernel = nbc.njit(parallel=True)(fn)
    with pytest.raises(nbc.errors.UnsupportedError, match=message):
        kernel(np.ones((6, 4)))


def test_rebound_reduction_keeps_numpys_casting():
    """Reduced in place, the update casts as `+=` does: an int64 array
    cannot take float64 rows (NumPy's same_kind rule), said at compile time."""
    with pytest.raises(nbc.TypingError, match="prange: 'y' is reduced in place, as "
                       "'y \\+= ...': cannot update an array of int64 in place"):
        nbc.njit(parallel=True)(rebound_to_wider_type)(np.ones((6, 4)))


def float32_rebound_to_float64(x):
    y = np.zeros(4, np.float32)
    for i in nbc.prange(x.shape[0]):
        y = y + x[i]
    return y


def test_rebound_reduction_keeps_the_dtype():
    """`y = y + x[i]` of float32 y and float64 rows: Python's rebinding makes
    y float64, `y += ...` would keep float32 (a wrong dtype): refused, as
    Numba cannot unify the two. A Python float keeps float32 (NumPy 2)."""
    with pytest.raises(nbc.TypingError, match="prange: 'y' is reduced in place, as "
                       "'y \\+= ...', but the result's dtype float64 is not y's float32"):
        nbc.njit(parallel=True)(float32_rebound_to_float64)(np.ones((6, 4)))


def maximum_to_wider_type(x):
    y = np.zeros(4, np.float32)
    for i in nbc.prange(x.shape[0]):
        y = np.maximum(x[i], y)
    return y


def test_rebound_maximum_keeps_the_dtype():
    """np.maximum rebinding the array is reduced with out=y: refused where
    Python's rebinding would give another dtype (float32 with float64 rows)."""
    with pytest.raises(nbc.TypingError, match="prange: 'y' is reduced in place, as "
                       "np.maximum\(..., out=y\), but the result's dtype float64"):
        nbc.njit(parallel=True)(maximum_to_wider_type)(np.ones((6, 4)))


@requires_exec
def test_serial_kernel_unchanged():
    # Without parallel=True the loop is a range: the error cases run too.
    expected = read_elsewhere(np.ones((6, 4)))
    got = nbc.njit(read_elsewhere)(np.ones((6, 4)))
    np.testing.assert_array_equal(got[0], expected[0])
    assert got[1] == expected[1]


@requires_exec
def test_private_copies_in_the_code():
    kernel = nbc.njit(parallel=True)(row_sum)
    kernel(ROWS[:4])
    # The copies are as many as the threads; no atomic additions.
    llvm = kernel.inspect_mlir(stage="llvm-ir")
    assert "omp_get_max_threads" in llvm
    assert "atomicrmw fadd" not in llvm


@requires_exec
def test_empty_array_reduced(restore_threads):
    kernel = nbc.njit(parallel=True)(row_sum)
    for threads in (1, 2):
        nbc.set_num_threads(threads)
        got = kernel(np.ones((5, 0)))
        assert got.shape == (0,) and got.dtype == np.float64
