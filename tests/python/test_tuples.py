"""Tuples in kernels, against CPython: comparisons (==, != and the
lexicographic orderings, including shapes and tuples of different lengths),
for loops over tuples (unrolled; a loop that breaks, continues or returns
iterates over items of one type, as Numba's UniTuple) and tuples indexed
at run time."""

import itertools
import linecache

import numpy as np
import pytest

import nbc
from conftest import requires_exec

OPS = {"==": lambda a, b: a == b, "!=": lambda a, b: a != b,
       "<": lambda a, b: a < b, "<=": lambda a, b: a <= b,
       ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}


def make(op, left_len, right_len):
    """A kernel comparing (x0, ..) with (y0, ..) of the given lengths."""
    xs = ", ".join(f"x{i}" for i in range(left_len))
    ys = ", ".join(f"y{i}" for i in range(right_len))
    src = (f"def k({', '.join(['x%d' % i for i in range(left_len)] + ['y%d' % i for i in range(right_len)])}):\n"
           f"    return ({xs}{',' if left_len == 1 else ''}) {op} ({ys}{',' if right_len == 1 else ''})\n")
    filename = f"<tuple-compare {op} {left_len} {right_len}>"
    linecache.cache[filename] = (len(src), None, src.splitlines(True), filename)
    ns = {}
    exec(compile(src, filename, "exec"), ns)
    return ns["k"]


VALUES = [0, 1, 2.5, -1, -0.0]
CASES = [(a, b) for n, m in [(1, 1), (2, 2), (2, 3), (3, 2), (3, 3)]
         for a in itertools.islice(itertools.product(VALUES, repeat=n), 0, None, 7)
         for b in itertools.islice(itertools.product(VALUES, repeat=m), 0, None, 11)]


@requires_exec
@pytest.mark.parametrize("op", list(OPS))
def test_tuple_comparisons_match_cpython(op):
    kernels = {}
    for a, b in CASES:
        key = (len(a), len(b))
        if key not in kernels:
            kernels[key] = nbc.njit(make(op, *key))
        assert kernels[key](*a, *b) == OPS[op](a, b), (a, op, b)


@requires_exec
@pytest.mark.parametrize("op", list(OPS))
def test_tuple_comparisons_with_nan(op):
    # Distinct NaN objects: CPython's identity shortcut does not apply, so
    # the first NaN item compares unequal and decides, as in compiled code.
    k = nbc.njit(make(op, 2, 2))
    for a, b in [((1.0, float("nan")), (1.0, float("nan"))),
                 ((float("nan"), 1.0), (2.0, 1.0)),
                 ((0.5, 1.0), (float("nan"), 0.0))]:
        assert k(*a, *b) == OPS[op](a, b), (a, op, b)


@requires_exec
def test_shape_equality():
    @nbc.njit
    def same_shape(a, b):
        return a.shape == b.shape, a.shape != b.shape, a.shape < b.shape

    for x, y in [((3, 4), (3, 4)), ((3, 4), (4, 3)), ((2, 5), (2, 6))]:
        a, b = np.ones(x), np.ones(y)
        assert same_shape(a, b) == (a.shape == b.shape, a.shape != b.shape,
                                    a.shape < b.shape)


@requires_exec
def test_tuple_and_scalar_equality():
    @nbc.njit
    def f(x):
        return (x, x) == x, (x, x) != x

    assert f(3) == (False, True)


PAIR = (0, 3)


def loops():
    def over_literal(a):
        s = 0.0
        for k in (0, 2, 5):
            s += a[k]
        return s

    def heterogeneous(a):
        s = 0.0
        for w in (1, 0.5, True):
            s = s * 2 + a[0] * w
        return s

    def over_variable(a):
        t = (len(a) - 1, 1)
        s = 0.0
        for k in t:
            s += a[k]
        return s

    def over_global(a):
        s = 0.0
        for k in PAIR:
            s += a[k]
        else:
            s *= 10
        return s

    def nested(a):
        s = 0.0
        for i in (1, 2):
            for j in range(i):
                s += a[i] * a[j]
        return s

    return [over_literal, heterogeneous, over_variable, over_global, nested]


@requires_exec
@pytest.mark.parametrize("fn", loops(), ids=lambda f: f.__name__)
def test_for_over_tuples_matches_cpython(fn):
    a = np.arange(1.0, 9.0)
    assert nbc.njit(fn)(a) == fn(a)


def neighbour_counts(board):
    """Game of life's neighbours: `continue` in loops over offset tuples."""
    rows, cols = board.shape
    out = np.zeros_like(board)
    for i in range(rows):
        for j in range(cols):
            for di in (-1, 0, 1):
                for dj in (-1, 0, 1):
                    if di == 0 and dj == 0:
                        continue
                    out[i, j] += board[(i + di) % rows, (j + dj) % cols]
    return out


def open_moves(g, i, j):
    """Pairs unpacked from a tuple of tuples; continue, break and else."""
    n = 0
    for di, dj in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        ni, nj = i + di, j + dj
        if ni < 0 or nj < 0 or ni >= g.shape[0] or nj >= g.shape[1]:
            continue
        if g[ni, nj] == 0:
            break
        n += 1
    else:
        n += 100
    return n


def first_negative(a):
    for k in (3, 1, 4, 1, 5):
        if a[k] < 0:
            return k
    return -1


def run_time_index(x, k):
    t = (x, x * 2.0, 7.5)
    pairs = ((1, 2), (3, 4))
    return t[k], t[-1 - k], pairs[k % 2][1]


@requires_exec
def test_jumps_in_loops_over_tuples_of_one_type():
    """Numba iterates a UniTuple, so break/continue/return work in such
    loops (nbc refused them: "'continue' in a for loop over a tuple")."""
    board = (np.random.default_rng(1).random((6, 6)) < 0.4).astype(np.int64)
    assert np.array_equal(nbc.njit(neighbour_counts)(board), neighbour_counts(board))
    g = np.random.default_rng(2).integers(0, 3, (4, 4))
    for args in ((g, 1, 2), (g, 0, 0), (np.ones((3, 3)), 1, 1)):
        assert nbc.njit(open_moves)(*args) == open_moves(*args)
    for a in (np.array([1.0, -1, 1, 1, 1, 1]), np.ones(6), -np.ones(6)):
        assert nbc.njit(first_negative)(a) == first_negative(a)


@requires_exec
def test_tuple_of_one_type_indexed_at_run_time():
    for k in (0, 1, 2, -1, -3):
        assert nbc.njit(run_time_index)(1.5, k) == run_time_index(1.5, k)
    for k in (3, -4):
        with pytest.raises(IndexError, match="tuple index out of range"):
            run_time_index(1.5, k)
        with pytest.raises(IndexError, match="tuple index out of range"):
            nbc.njit(run_time_index)(1.5, k)


def test_jumps_in_a_loop_over_items_of_different_types_are_refused():
    def f(a):
        for k in (0, 1.5):
            if a[0] > k:
                break
        return 0

    def g(a, k):
        return (1, 2.5)[k]

    with pytest.raises(nbc.UnsupportedError, match="'break' in a for loop over a tuple "
                       "whose items differ in type"):
        nbc.njit(f)(np.ones(2))
    with pytest.raises(nbc.TypingError, match="tuple indices must be integer constants"):
        nbc.njit(g)(np.ones(2), 1)


NEIGHBOURS = ((-1, -1), (-1, 0), (0, 1), (1, 1))


def jumps():
    def eroded(m, a):
        for dy, dx in NEIGHBOURS:
            if not m[2 + dy, 2 + dx]:
                break
        else:
            return True
        return False

    def first_big(m, a):
        found = -1
        for k in (0, 2, 5):
            if a[k] > 0.5:
                found = k
                break
        return found

    def skip_and_stop(m, a):
        s = 0.0
        for k in (0, 1, 2, 3):
            if k == 1:
                continue
            s += a[k]
            if s > 1.5:
                break
            s *= 2
        else:
            s = -s
        return s, k

    def inner_range_loop_breaks(m, a):
        c = 0
        for k in (1, 2):
            for i in range(5):
                if i > k:
                    break
                c += 1
            else:
                c += 100
            if a[k] > 0.9:
                break
        return c

    def returns(m, a):
        for k in (0, 2, 5):
            if a[k] > 0.5:
                return k
        return -1

    def returns_from_a_range_loop(m, a):
        total = 0
        for i in range(3):
            for k in (0, 1):
                if a[i + k] > 0.8:
                    return i * 10 + k
            total += 1
        return -total

    return [eroded, first_big, skip_and_stop, inner_range_loop_breaks,
            returns, returns_from_a_range_loop]


@requires_exec
@pytest.mark.parametrize("fn", jumps(), ids=lambda f: f.__name__)
def test_break_continue_return_in_a_loop_over_a_tuple_match_cpython(fn):
    """`for dy, dx in NEIGHBOURS: ... break / else:` as image kernels write
    it (before: "'break' in a for loop over a tuple"): the items after a
    break are skipped, `else` runs when it did not break."""
    rng = np.random.default_rng(7)
    compiled = nbc.njit(fn)
    for _ in range(12):
        args = rng.random((5, 5)) < 0.7, rng.random(6)
        want = fn(*args)
        got = compiled(*args)
        assert got == want and type(got) is type(want), (got, want)


def test_ordering_a_tuple_and_a_number_is_a_typing_error():
    def f(x):
        return (x, x) < x

    with pytest.raises(nbc.TypingError, match="'<' not supported"):
        nbc.njit(f)(1)


def first_two_axes(img):
    h, w = img.shape[:2]
    return h * 100 + w


def tuple_slices(img):
    t = (1, 2.5, 3)
    return img.shape[1:], t[::-1], t[-2:], t[5:], t[:-1], img.shape[::2]


def axis_length(img, axis):
    return img.shape[axis]


def pick(k):
    t = (10, 20, 30)
    return t[k] + t[-1]


@requires_exec
@pytest.mark.parametrize("fn, args", [
    (first_two_axes, (np.ones((3, 4, 2)),)), (tuple_slices, (np.ones((3, 4, 2)),)),
    (axis_length, (np.ones((3, 4, 2)), 1)), (axis_length, (np.ones((3, 4, 2)), -3)),
    (axis_length, (np.ones((3, 4, 2)), 3)), (axis_length, (np.ones((3, 4, 2)), -4)),
    (pick, (2,)), (pick, (np.int32(-2),)), (pick, (True,))],
    ids=lambda a: getattr(a, "__name__", ""))
def test_tuple_slices_and_indices_match_cpython(fn, args):
    """`h, w = img.shape[:2]`: constant slices, an empty one () not None
    (before: "tuple indices must be integer constants"); and `shape[axis]`
    with `axis` known at run time (IndexError out of range), as CPython."""
    try:
        want = fn(*args)
    except IndexError as err:
        with pytest.raises(IndexError, match=str(err)):
            nbc.njit(fn)(*args)
        return
    got = nbc.njit(fn)(*args)
    assert got == want and repr(got) == repr(want)


def mixed_item(k):
    t = (1, 2.5)
    return t[k]


def float_index(x):
    return (1, 2)[x]


def test_tuple_indices_nbc_cannot_pick_at_run_time_are_typing_errors():
    with pytest.raises(nbc.TypingError, match="the tuple's items of one type"):
        nbc.njit(mixed_item)(0)
    with pytest.raises(nbc.TypingError, match="tuple indices must be integer"):
        nbc.njit(float_index)(0.0)
