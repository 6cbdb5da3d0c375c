"""Tuple displays holding a value-or-None item (`t = (best, n)` with `best`
None on some path, `t = (None, n)`) keep the None, as CPython, and Numba's
Tuple(OptionalType(float64), int64): the item is an OptionalType field (a
None field while it is surely None), tested with `is None`, unpacked, passed
to and returned from compiled functions, merged and carried by loops. Each
case against CPython running the same function."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec
from test_loop_widening import rebuilt
from test_return_tuple_optional import same

pytestmark = requires_exec


def check(fn, *args):
    same(nbc.njit(fn)(*args), fn(*args))


def best_pair(a):
    best = None
    n = 0
    for i in range(a.shape[0]):
        if a[i] > 0 and (best is None or a[i] > best):
            best = a[i]
            n += 1
    t = (best, n)
    return t


def is_none_of_item(a):
    best = None
    for i in range(a.shape[0]):
        if a[i] > 0:
            best = a[i]
    t = (best, 3)
    return t[0] is None, t[0] is not None, t[1]


def unpacked(a):
    best = None
    for i in range(a.shape[0]):
        if a[i] > 0:
            best = a[i]
    x, y = best, 3
    if x is None:
        return -1.0 + y
    return x + y


def read_after_test(c, v):
    best = None
    if c:
        best = v
    t = (best, 2)
    u, k = t
    if t[0] is not None:
        return t[0] * t[1] + k
    return -1.0 if u is None else 0.0


def read_while_none(c, v):
    best = None
    if c:
        best = v
    t = (best, 2)
    return t[0] + 1


@nbc.njit
def takes_pair(t):
    if t[0] is None:
        return t[1]
    return t[0] + t[1]


@nbc.njit
def gives_back(t):
    return t


def passed_on(c, v):
    best = v if c else None
    t = (best, 2.0)
    return takes_pair(t), gives_back(t), gives_back((None, best))


@nbc.njit
def none_second(x):
    return (x, None)


@nbc.njit
def maybe_second(x):
    if x < 0:
        return (x, None)
    return (x, x + 1.0)


def callee_tuples_merged(a):
    # A callee's None field merged with a value, an optional field carried
    # by a loop (both crashed or were refused).
    t = none_second(1.0)
    if a[0] > 2:
        t = (a[0], 2.5)
    u = maybe_second(1.0)
    for i in range(a.shape[0]):
        w = maybe_second(a[i])
        if w[1] is not None:
            u = w
    return t, u


def merged(c, v):
    best = None
    if v > 0:
        best = v
    if c:
        t = (best, 1)
    else:
        t = (2.5, 3)
    return t


def nested_merged(c, x):
    # (A tuple of tuples merged by an if, or carried by a loop, crashed:
    # its parts are flattened and regrouped item by item now.)
    if c:
        t = ((x, 1), 2.0)
    else:
        t = ((x + 1, 3), 4.0)
    for i in range(2):
        t = ((t[0][0] + i, t[0][1]), t[1])
    return t


def carried(a):
    t = (None, 0)
    for i in range(a.shape[0]):
        if a[i] > 0 and (t[0] is None or a[i] > t[0]):
            t = (a[i], i)
        elif a[i] < -5:
            t = (None, i)
    return t


def carried_while(a):
    t = (None, -1)
    i = 0
    while i < a.shape[0] and t[0] is None:
        if a[i] > 0:
            t = (a[i], i)
        i += 1
    return t


def pairs_with_prev(a):
    prev = None
    s = 0.0
    for i in range(a.shape[0]):
        t = (prev, a[i])
        if t[0] is not None:
            s += t[0] * t[1]
        prev = a[i]
    return s


def none_item(n):
    t = (None, n)
    u = ((t[0], n), t[0])
    return t[0] is None, u[0][0] is None, t, u


def iterated(c, v):
    best = v if c else None
    n = 0.0
    for x in (best, 2.0, None):
        n += 10.0 if x is None else x
    return n


def compared(c, v):
    t = (v if c else None, 2)
    return t == (v, 2), t != (v, 3)


def empty_tuples(a):
    # `()` is not None: a 0-d array's shape and `() + ()` came back as None.
    s = a.shape
    t = () + ()
    return len(s), s, (s, 1), t, t is None


A = np.array([1.0, -2.0, 3.0, -7.0, 0.5])
NEG = np.array([-1.0, -2.0])


@pytest.mark.parametrize("fn,args", [
    (best_pair, (A,)), (best_pair, (NEG,)), (is_none_of_item, (A,)), (is_none_of_item, (NEG,)),
    (unpacked, (A,)), (unpacked, (NEG,)),
    (read_after_test, (True, 2.5)), (read_after_test, (False, 2.5)),
    (callee_tuples_merged, (A,)), (callee_tuples_merged, (NEG,)),
    (callee_tuples_merged, (A[::-1] * 3,)), (merged, (True, 1.5)), (merged, (True, -1.5)), (merged, (False, -1.5)),
    (nested_merged, (True, 1.5)), (nested_merged, (False, 1.5)), (carried, (A,)), (carried, (A[::-1].copy(),)), (carried, (NEG,)),
    (carried_while, (A,)), (carried_while, (NEG,)), (pairs_with_prev, (A,)),
    (none_item, (4,)), (iterated, (True, 2.5)), (iterated, (False, 2.5)),
    (compared, (True, 2.5)), (empty_tuples, (np.array(3.0),)),
])
def test_optional_items_keep_the_none(fn, args):
    check(fn, *args)


@pytest.mark.parametrize("c", [True, False])
def test_passed_to_compiled_functions(c):
    # (CPython cannot run the reference: the callees are compiled ones,
    # which take no tuple holding None from Python.)
    v = 2.5
    best = v if c else None
    same(nbc.njit(passed_on)(c, v), (v + 2.0 if c else 2.0, (best, 2.0), (None, best)))


def test_value_read_while_none_raises_numbas_type_error():
    assert nbc.njit(read_after_test)(False, 2.5) == read_after_test(False, 2.5)
    kernel = nbc.njit(read_while_none)
    assert kernel(True, 2.5) == read_while_none(True, 2.5)
    with pytest.raises(TypeError, match="expected float64, got None"):
        kernel(False, 2.5)
    with pytest.raises(TypeError, match="expected float64, got None"):
        nbc.njit(unguarded_prev)(A)  # a loop's stand-in in a tuple (below)


def test_types_as_numbas():
    numba = pytest.importorskip("numba")
    kernel = nbc.njit(best_pair)
    kernel(NEG)
    ours = kernel.inspect_types()["return"].name()
    assert ours == "Tuple(OptionalType(float64), int64)"
    theirs = numba.njit(best_pair)
    theirs(NEG)
    assert str(theirs.nopython_signatures[0].return_type) == ours


def printed(c, v):
    best = None
    if c:
        best = v
    print((None, 1), ((best, 2), 3) if False else (None, (None,)))
    return 0


def test_printed_none_field(capfd):
    nbc.njit(printed)(False, 2.5)
    compiled = capfd.readouterr().out
    printed(False, 2.5)
    assert compiled == capfd.readouterr().out == "(None, 1) (None, (None,))\n"


def appended(c, v):
    best = None
    if c:
        best = v
    out = [(best, 2)]
    d = {1: (best, 3)}
    s = {(best, 4)}
    return out[0][1] + d[1][1] + len(s)


def appended_none(n):
    out = [(None, n)]
    return len(out)


def test_containers_of_tuples_name_the_none():
    """Lists, dicts and sets of tuples hold scalar fields: an optional
    field is its value (a TypeError naming the container when None), a
    None field is refused when compiled."""
    kernel = nbc.njit(appended)
    assert kernel(True, 2.5) == appended(True, 2.5)
    with pytest.raises(TypeError, match="list items that are tuples hold no None: "
                                        "expected float64, got None"):
        kernel(False, 2.5)
    with pytest.raises(nbc.UnsupportedError, match="list items that are tuples cannot "
                                                   "hold None"):
        nbc.njit(appended_none)(3)


def test_tuple_argument_holding_none_from_python():
    with pytest.raises(TypeError, match="argument 0 of type tuple is not supported"):
        gives_back((None, 1))


# -- a None-initialised variable in a tuple the loop body builds ------------
# (`t = (prev, x)`, read as `t[0] is None` and `t[k]` operands): the tuple
# holds the loop's stand-in for the optional, so the loop is built once.
def prev_tested(a):
    prev = None
    n = 0
    for i in range(a.shape[0]):
        t = (prev, i)
        if t[0] is None:
            n += 100
        n += t[1]
        prev = a[i]
    return n


def prev_merged(a):
    prev = None
    s = 0.0
    for i in range(a.shape[0]):
        if prev is not None:
            t = (prev, a[i])
        else:
            t = (None, a[i])
        s += 0.0 if t[0] is None else t[0] * t[1]
        prev = a[i]
    return s


def prev_reset(a):
    prev = None
    s = 0.0
    for i in range(a.shape[0]):
        t = (a[i], prev, prev)
        if t[1] is not None:
            s += t[0] * t[1] - t[2]
        prev = a[i]
        if a[i] < -5:
            prev = None
    return s


@pytest.mark.parametrize("fn", [prev_tested, prev_merged, prev_reset, pairs_with_prev])
def test_tuple_of_a_loops_optional_is_built_once(fn):
    before = rebuilt()
    assert nbc.njit(fn)(A) == fn(A)
    assert rebuilt() == before


def unguarded_prev(a):
    prev = None
    s = 0.0
    for i in range(a.shape[0]):
        t = (prev, a[i])
        s += t[0] + t[1]
        prev = a[i]
    return s


def best_pair_so_far(a):
    best = None  # a tuple, not a tuple copy of a loop's optional
    n = 0
    for i in range(a.shape[0]):
        if best is None or best[0] > 0:
            n += 1
        best = (a[i], i)
    return n, best


def pair_after_loop(a):
    prev = None
    t = None
    for i in range(a.shape[0]):
        t = (prev, a[i])
        prev = a[i]
    return t


def test_tuples_of_optionals_the_loop_carries():
    check(best_pair_so_far, A)
    check(best_pair_so_far, A[:0])
    # An optional tuple holding an optional: refused, naming it.
    with pytest.raises(nbc.UnsupportedError, match="None on some paths holding a tuple"):
        nbc.njit(pair_after_loop)(A)
