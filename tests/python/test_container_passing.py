"""Lists, dicts and sets passed between compiled functions, against CPython
(and Numba) running the same programs: a callee's appends, item stores,
pops and insertions are seen by the caller (in loops and branches too), a
callee may build and return a container, int and float items, empty
containers; what is refused says why; and nothing leaks (the resident set
stays flat)."""

import types

import numpy as np
import pytest

import nbc
from conftest import requires_exec


def add_twice(l, x):
    l.append(x)
    l.append(x * 2)


def scale_first(l, x):
    if len(l) > 0:
        l[0] = l[0] * x
        return l.pop()
    return x


def total(l):
    s = 0
    for v in l:
        s += v
    return s


def build(n, step):
    r = [step]
    for i in range(n):
        r.append(i * step)
    return r


def lists_main(n, step):
    l = [step]
    for i in range(n):
        add_twice(l, i * step)
    popped = scale_first(l, step + 1)
    m = build(n, step)
    add_twice(m, step)
    empty = build(0, step)
    empty.pop()
    return total(l) + len(l) * 100 + total(m) * 3 + popped + len(empty)


def count_into(d, a):
    for x in a:
        d[x] = d.get(x, 0) + 1
    return len(d)


def remove_small(s, limit):
    for x in range(limit):
        s.discard(x)


def make_table(n):
    d = {0: 0.5}
    for i in range(n):
        d[i * 2] = i * 1.5
    return d


def tables_main(a, limit):
    counts = {a[0]: 0}
    sizes = 0
    for _ in range(3):
        sizes += count_into(counts, a)
    seen = set()
    for x in a:
        seen.add(x)
    remove_small(seen, limit)
    made = make_table(len(a))
    made[-1] = 2.5
    out = 0.0
    for k, v in counts.items():
        out += k * 7 + v
    for k in seen:
        out += k * 11
    for k, v in made.items():
        out += k * v
    return out, sizes, len(seen), len(made)


def jit_program(main, helpers, jit):
    """`main` and the helpers it calls, all compiled by `jit` (the helpers
    as the globals main sees)."""
    g = dict(main.__globals__)
    for h in helpers:
        g[h.__name__] = jit(types.FunctionType(h.__code__, g, h.__name__))
    return jit(types.FunctionType(main.__code__, g, main.__name__))


LIST_HELPERS = [add_twice, scale_first, total, build]
TABLE_HELPERS = [count_into, remove_small, make_table]


@requires_exec
@pytest.mark.parametrize("n", [0, 1, 7, 40])
@pytest.mark.parametrize("step", [3, 0.5])
def test_lists_by_reference(n, step):
    got = nbc.njit(lists_main)(n, step)
    assert got == lists_main(n, step)
    assert type(got) is type(lists_main(n, step))


@requires_exec
@pytest.mark.parametrize("a", [np.arange(1), np.arange(9) % 4,
                               np.array([1.5, -0.0, 0.0, 2.5, 1.5])])
def test_tables_by_reference(a):
    assert nbc.njit(tables_main)(a, 2) == tables_main(a, 2)


@requires_exec
def test_numba_agrees():
    numba = pytest.importorskip("numba")
    for n, step in ((0, 3), (7, 0.5)):
        want = jit_program(lists_main, LIST_HELPERS, numba.njit)(n, step)
        assert jit_program(lists_main, LIST_HELPERS, nbc.njit)(n, step) == want
    a = np.arange(9) % 4
    want = jit_program(tables_main, TABLE_HELPERS, numba.njit)(a, 2)
    assert jit_program(tables_main, TABLE_HELPERS, nbc.njit)(a, 2) == want


def index_error_in_callee(n):
    l = [1, 2]
    add_twice(l, n)
    return scale_first_at(l, n)


def scale_first_at(l, k):
    l[k] = 0
    return len(l)


@requires_exec
def test_errors_in_callees_are_pythons():
    kernel = nbc.njit(index_error_in_callee)
    assert kernel(3) == index_error_in_callee(3)
    with pytest.raises(IndexError, match="list assignment index out of range"):
        kernel(9)


def rebinds_parameter(l):
    l = [1, 2]
    return len(l)


def returns_parameter(l):
    l.append(1)
    return l


def passes_twice(n):
    l = [n]
    add_pair(l, l)
    return len(l)


def add_pair(a, b):
    a.append(1)
    b.append(2)


def passes_undecided(n):
    l = []
    add_twice(l, n)
    return len(l)


def calls(f):
    def main(n):
        l = [n]
        return f(l)
    return main


def test_refusals_name_the_problem():
    with pytest.raises(nbc.UnsupportedError, match="'l' is a list the caller passed"):
        nbc.njit(calls(rebinds_parameter))(1)
    with pytest.raises(nbc.UnsupportedError, match="returning the list passed in"):
        nbc.njit(calls(returns_parameter))(1)
    with pytest.raises(nbc.UnsupportedError, match="same list is passed twice"):
        nbc.njit(passes_twice)(1)
    with pytest.raises(nbc.TypingError, match="empty list to a function"):
        nbc.njit(passes_undecided)(1)


def prange_passes(n):
    l = [1.0]
    for i in nbc.prange(n):
        add_twice(l, i)
    return len(l)


def test_prange_refuses_passing():
    with pytest.raises(nbc.UnsupportedError, match="passed to a function in the loop"):
        nbc.njit(parallel=True)(prange_passes)(4)


def resident_bytes():
    import os
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


def fill_list(l, n):
    for i in range(n):
        l.append(i * 1.0)


def fill_dict(d, n):
    for i in range(n):
        d[i] = i * 0.5


def new_list(n):
    r = [0.0]
    fill_list(r, n)
    return r


def churn(n, k):
    l = [0.0]
    fill_list(l, n)
    d = {0: 0.0}
    fill_dict(d, n // 4)
    m = new_list(n)
    touch(l)  # returned unmoved
    return l[k] + d[1] + len(m)


def touch(l):
    l[0] = 1.0


@requires_exec
def test_passed_containers_are_freed():
    """1M float64 items a list (8 MB, 16 MB grown), copied back once, and a
    dict of 256K entries a call: 60 leaking calls would grow the resident
    set by gigabytes; the error path too."""
    kernel = nbc.njit(churn)
    n = 1 << 20
    assert kernel(n, 3) == churn(n, 3)
    before = resident_bytes()
    for _ in range(30):
        kernel(n, 0)
        with pytest.raises(IndexError):
            kernel(n, 2 * n)
    grown = resident_bytes() - before
    assert grown < 200 << 20, f"resident set grew by {grown >> 20} MB"
