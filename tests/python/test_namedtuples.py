"""Namedtuples (collections.namedtuple and typing.NamedTuple classes at
module level) in kernels, against CPython and Numba: built in the kernel
(positional, keyword, defaults), passed in and returned as instances of
their class, fields read by name and by index, unpacked, `len`, passed to
another kernel, `_replace`, carried through loops and branches, in lists
(built, returned, passed in and reflected), `isinstance`; plain tuples of
the same items stay plain tuples (a separate compilation)."""

from collections import namedtuple
from typing import NamedTuple

import numpy as np
import pytest

import nbc
from conftest import requires_exec

Params = namedtuple("Params", ["beta", "gamma", "dt"])
Pair = namedtuple("Pair", "first second", defaults=[0])


class Point(NamedTuple):
    x: float
    y: float = 2.5


class Sample(NamedTuple):
    values: np.ndarray
    weight: float


def build_positional(a, b, c):
    return Params(a, b, c)


def build_keywords(a, b, c):
    return Params(dt=c, beta=a, gamma=b)


def build_default(x):
    return Point(x), Pair(x)


def read_fields(p):
    return p.beta * p.dt - p.gamma


def index_unpack_len(p):
    a, b = p
    return p.x + p[1] * 10 + p[-1] + len(p) + a * b


def sir_step(s, i, r, p):
    n = s + i + r
    new_inf = p.beta * s * i / n * p.dt
    new_rec = p.gamma * i * p.dt
    return s - new_inf, i + new_inf - new_rec, r + new_rec


sir_step_jit = nbc.njit(sir_step)


def sir(s0, i0, steps, beta, gamma, dt):
    # Built in the kernel, passed to another kernel.
    p = Params(beta, gamma, dt)
    s, i, r = s0, i0, 0.0
    for _ in range(steps):
        s, i, r = sir_step_jit(s, i, r, p)
    return s, i, r


def returned_unchanged(p):
    return p


def nested_result(p, v):
    q = p._replace(y=v)
    return q, q.y


def replace_in_loop(p, n):
    for k in range(n):
        p = p._replace(x=p.x + k)
    return p


def chosen_in_branch(flag, v):
    if flag:
        p = Point(v, 2.0)
    else:
        p = Point(3.0)
    return p, p.y


def array_field(s):
    return Sample(s.values * s.weight, s.values.sum())


def first_item(t):
    return t[0] + t[1]


def listed(v, n):
    pts = [Point(v, 1.0), Point(3.0)]
    for k in range(n):
        pts.append(Point(k * 1.0, -1.0))
    return pts[0].x + pts[1].y, pts[1], pts


def sum_firsts(pts):
    s = 0.0
    for p in pts:
        s += p.x
    return s


def checks_and_loops(p, q):
    s = 0.0
    for v in p:
        s += v
    return (isinstance(p, Point), isinstance(p, tuple), isinstance((1.0, 2.0), Point),
            p == q, p < q, p == (3.0, 4.0), s, p[::-1], max(*p), Point(*p))


CASES = [
    (build_positional, (0.3, 0.1, 0.5)),
    (build_keywords, (0.3, 0.1, 0.5)),
    (build_default, (1.5,)),
    (read_fields, (Params(0.3, 0.1, 0.5),)),
    (index_unpack_len, (Point(3.0, 4.0),)),
    (sir, (990.0, 10.0, 100, 0.3, 0.1, 0.5)),
    (returned_unchanged, (Point(1.0, -1.0),)),
    (returned_unchanged, (Params(1, 2, 3),)),
    (nested_result, (Point(3.0, 4.0), 7.0)),
    (replace_in_loop, (Point(3.0, 4.0), 4)),
    (chosen_in_branch, (True, 1.0)),
    (chosen_in_branch, (False, 1.0)),
    (array_field, (Sample(np.arange(4.0), 0.5),)),
    (listed, (1.5, 3)),
    (checks_and_loops, (Point(3.0, 4.0), Point(3.0, 5.0))),
]


def assert_same(got, want):
    """Equal values, and the same tuple classes throughout (a namedtuple
    compares equal to a plain tuple of its items); scalars by value (a NumPy
    scalar in Python is a Python number compiled, as in Numba)."""
    if isinstance(want, (tuple, list, np.ndarray)):
        assert type(got) is type(want), (got, want)
    if isinstance(want, (tuple, list)):
        assert len(got) == len(want)
        for g, w in zip(got, want):
            assert_same(g, w)
    elif isinstance(want, np.ndarray):
        np.testing.assert_array_equal(got, want)
        assert got.dtype == want.dtype
    else:
        assert got == want


@requires_exec
@pytest.mark.parametrize("fn,args", CASES,
                         ids=[f"{fn.__name__}-{k}" for k, (fn, _) in enumerate(CASES)])
def test_matches_cpython(fn, args):
    assert_same(nbc.njit(fn)(*args), fn(*args))


# Numba has no `_replace` nor isinstance of a namedtuple, and types
# `Point(3.0)` (its default left out) apart from `Point(v, 2.0)`.
NUMBA_CASES = [c for c in CASES if c[0] not in (nested_result, replace_in_loop,
                                                chosen_in_branch, listed,
                                                checks_and_loops)]


@requires_exec
def test_matches_numba():
    numba = pytest.importorskip("numba")
    global sir_step_jit
    nbc_step = sir_step_jit
    for fn, args in NUMBA_CASES:
        sir_step_jit = numba.njit(sir_step)
        want = numba.njit(fn)(*args)
        sir_step_jit = nbc_step
        assert_same(nbc.njit(fn)(*args), want)


@requires_exec
def test_list_passed_in_keeps_its_class():
    # The list is reflected (written back): its items stay Points.
    pts = [Point(1.0, 2.0), Point(3.0)]
    assert nbc.njit(sum_firsts)(pts) == sum_firsts(list(pts))
    assert_same(pts, [Point(1.0, 2.0), Point(3.0)])


@requires_exec
def test_plain_and_named_tuples_compile_apart():
    # The same items: a namedtuple keeps its class, a plain tuple stays
    # plain, in either order and on repeated (fast-path) calls.
    kernel = nbc.njit(returned_unchanged)
    for _ in range(2):
        assert_same(kernel((1.0, 2.0)), (1.0, 2.0))
        assert_same(kernel(Point(1.0, 2.0)), Point(1.0, 2.0))
    other = nbc.njit(first_item)
    for _ in range(2):
        assert other(Point(1.0, 2.0)) == 3.0
        assert other((1.0, 2.0)) == 3.0


def too_many(x):
    return Point(x, 1.0, 2.0)


def missing(x):
    return Params(x, gamma=1.0)


def unknown_field(p):
    return p._replace(z=1.0)


def unknown_attribute(p):
    return p.z


def field_of_plain_tuple(t):
    return t.x


ERRORS = [
    (too_many, (1.0,), nbc.errors.TypingError, TypeError),
    (missing, (1.0,), nbc.errors.TypingError, TypeError),
    (unknown_field, (Point(1.0),), nbc.errors.TypingError, ValueError),
    (unknown_attribute, (Point(1.0),), nbc.errors.UnsupportedError, AttributeError),
    (field_of_plain_tuple, ((1.0, 2.0),), nbc.errors.UnsupportedError, AttributeError),
]


@pytest.mark.parametrize("fn,args,error,python_error", ERRORS,
                         ids=[e[0].__name__ for e in ERRORS])
def test_errors_at_compile_time(fn, args, error, python_error):
    with pytest.raises(python_error) as python:
        fn(*args)
    with pytest.raises(error) as compiled:
        nbc.njit(fn)(*args)
    if python_error is not AttributeError:  # CPython's own message
        assert str(python.value) in str(compiled.value)
