"""Empty lists, dicts and sets (`[]`, `{}`, `set()`, `List()`) get their
element types from their first insertion, decided by the dialect in the
function as built (nbcDecideContainerType): values as CPython, types as
Numba, and the function is built once (frontend.common.REEMITS). Items
read before the insertion that decides or widens the type take the new
item type in the dialect, their readers retyped (nbcGetRetypedValues): also
built once."""

import numpy as np
import pytest
from numba.typed import List  # nbc compiles Numba's own List() too

import nbc
from nbc.frontend import common
from test_loop_widening import rebuilt  # loops and functions built again


def floats_in_loop(n):
    out = []
    for i in range(n):
        out.append(i * 0.5)
    return out


def append_in_branch(a):
    out = []
    for i in range(a.shape[0]):
        if a[i] > 0:
            out.append(a[i])
    return len(out), out


def append_in_while(n):
    out = []
    i = 0
    while i < n:
        if len(out) < 3:
            out.append(np.float32(i))
        i += 1
    return out


def nested_loops(a):
    rows = []
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            if a[i, j] > 1:
                rows.append(i * 10 + j)
    return rows


def len_before_append(n):
    out = []
    for i in range(n):
        if len(out) == 0 or i % 2 == 0:
            out.append(i)
    return out


def dict_in_loop(a):
    d = {}
    for i in range(a.shape[0]):
        d[i] = a[i] * 2.0
    total = 0.0
    for k in d:
        total += d[k]
    return total, len(d)


def set_in_branch(a):
    s = set()
    for x in a:
        if x > 0:
            s.add(x)
    return len(s)


def typed_list(n):
    out = List()
    for i in range(n):
        out.append(i > 2)
    return out


def list_then_sum(n):
    vals = []
    for i in range(n):
        vals.append(i * i)
    s = 0
    for v in vals:
        s += v
    return s


CASES = [
    (floats_in_loop, (6,)),
    (floats_in_loop, (0,)),
    (append_in_branch, (np.array([1.0, -2.0, 3.5, 0.0]),)),
    (append_in_branch, (np.array([3, -1, 4], dtype=np.int32),)),
    (append_in_while, (10,)),
    (nested_loops, (np.arange(12.0).reshape(3, 4),)),
    (len_before_append, (7,)),
    (dict_in_loop, (np.arange(5.0),)),
    (set_in_branch, (np.array([1, 2, 2, -3, 1]),)),
    (typed_list, (5,)),
    (list_then_sum, (9,)),
]


def as_python(v):
    """`v` with typed Lists as lists and NumPy scalars as Python's."""
    if isinstance(v, tuple):
        return tuple(as_python(x) for x in v)
    if isinstance(v, list) or type(v).__name__ == "List":
        return [as_python(x) for x in v]
    return v.item() if isinstance(v, np.generic) else v


@pytest.mark.parametrize("fn, args", CASES, ids=lambda c: getattr(c, "__name__", ""))
def test_first_insertion_decides_without_rebuilding(fn, args):
    before = rebuilt()
    got = nbc.njit(fn)(*args)
    assert rebuilt() == before, dict(common.REEMITS)
    want = fn(*args)
    assert as_python(got) == as_python(want)


@pytest.mark.parametrize("fn, args", [
    (append_in_while, (5,)),
    (append_in_branch, (np.array([3, -1, 4], dtype=np.int32),)),
    (typed_list, (4,)),
], ids=lambda c: getattr(c, "__name__", ""))
def test_item_types_are_numbas(fn, args):
    numba = pytest.importorskip("numba")
    got, want = nbc.njit(fn)(*args), numba.njit(fn)(*args)
    if isinstance(want, tuple):
        got, want = got[1], want[1]
    assert [type(x) for x in got] == [type(x) for x in want]
    assert list(got) == list(want)


def count_with_get(a):
    d = {}
    for x in a:
        d[x] = d.get(x, 0) + 1
    return d


def count_with_in(a):
    d = {}
    for x in a:
        if x in d:
            d[x] += 1
        else:
            d[x] = 1
    return d


def seen_floats(a):
    s = set()
    n = 0
    for x in a:
        if x not in s:
            n += 1
        s.add(x)
    return n, len(s)


# Reads before the first insertion guess the types (`d.get(x, 0)`: the
# key's and the default's); the insertion confirms them.
@pytest.mark.parametrize("fn, args", [
    (count_with_get, (np.array([3, 1, 3, 3, 2]),)),
    (count_with_get, (np.array([0.5, 1.0, 0.5]),)),
    (count_with_in, (np.array([3, 1, 3, 3, 2], dtype=np.int32),)),
    (seen_floats, (np.array([0.5, 1.5, 0.5, 2.0]),)),
], ids=lambda c: getattr(c, "__name__", ""))
def test_reads_before_first_insertion_guess_the_types(fn, args):
    before = rebuilt()
    got = nbc.njit(fn)(*args)
    assert rebuilt() == before, dict(common.REEMITS)
    want = fn(*args)
    assert (dict(got) if isinstance(got, dict) else got) == want


def weights_with_in(a):
    d = {}
    for x in a:
        if x not in d:
            d[x] = 0.0
        d[x] += 1.5
    return d


def halves_with_in(a):
    d = {}
    for x in a:
        if x in d:  # an int key probed, float keys inserted
            d[x * 0.5] = 1
        d[x * 0.5] = 2
    return d


# A probe (`k in d`) reads no item: the insertion after it decides the
# value type in place (nbc.dict_contains keeps its key type); one that
# decides another key type than the probe's builds the function again.
@pytest.mark.parametrize("fn, args, builds", [
    (weights_with_in, (np.array([3, 1, 3, 3, 2], dtype=np.int32),), 0),
    (halves_with_in, (np.array([3, 1, 3, 2]),), 1),
], ids=lambda c: getattr(c, "__name__", ""))
def test_probe_before_first_insertion(fn, args, builds):
    before = rebuilt()
    got = nbc.njit(fn)(*args)
    assert rebuilt() == before + builds, dict(common.REEMITS)
    want = fn(*args)
    assert list(got.items()) == list(want.items())
    if builds:
        return  # built again: types as from the start (test budget)
    numba = pytest.importorskip("numba")
    ref = numba.njit(fn)(*args)
    assert {(type(k), type(v)) for k, v in got.items()} == \
        {(type(k), type(v)) for k, v in ref.items()}


def weighted_count(a):
    d = {}
    for x in a:
        d[x] = d.get(x, 0) + 0.5
    return d


def read_before_append(n):
    out = []
    for i in range(n):
        if len(out) > 0 and out[-1] > 3:
            break
        out.append(i * 1.5)
    return out


def probe_of_another_type(a):
    d = {}
    hits = 0
    for x in a:
        if x in d:
            hits += 1
        if x + 0.5 in d:  # a float probe of an int dict: never a key
            hits += 100
        d[x] = 1
    return hits


def defaults_of_two_types(a):
    d = {}
    for x in a:
        d[x] = d.get(x, 0) + d.get(x + 1, 0.5)  # the guess int64, then float64
    return d


READ_FIRST = [
    (weighted_count, (np.array([3, 1, 3]),)),
    (read_before_append, (10,)),
    (probe_of_another_type, (np.array([1, 2, 1, 3, 2]),)),
    (defaults_of_two_types, (np.array([1, 2, 1]),)),
]


# An item read before the first insertion (a guess the insertion
# contradicts, a placeholder, a probe of another type): the dialect gives
# the read the decided type and retypes its readers; the function is built
# once, with CPython's values.
@pytest.mark.parametrize("fn, args", READ_FIRST, ids=lambda c: getattr(c, "__name__", ""))
def test_read_before_first_insertion_is_retyped(fn, args):
    before = rebuilt()
    got = nbc.njit(fn)(*args)
    assert rebuilt() == before, dict(common.REEMITS)
    want = fn(*args)
    got = as_python(list(got.items()) if hasattr(got, "items") else got)
    want = as_python(list(want.items()) if isinstance(want, dict) else want)
    assert got == want
    # Numba refuses these dicts (d.get before the first insertion, a float
    # probe of int keys); the types are the inserted items', as CPython's.
    assert repr(got) == repr(want)


def test_read_before_first_append_types_are_numbas():
    numba = pytest.importorskip("numba")
    got, want = nbc.njit(read_before_append)(10), numba.njit(read_before_append)(10)
    assert [type(x) for x in got] == [type(x) for x in want]
    assert list(got) == list(want)


def widen_in_loop(n):
    out = [1, 2]
    for i in range(n):
        out.append(i * 0.5)
    return out


def widen_in_branch(a):
    out = []
    for x in a:
        if x > 0:
            out.append(1)
        else:
            out.append(x)
    return out


def widen_from_bool(n):
    out = [True]
    out.append(n)
    return out


def widen_dict_values(a):
    d = {0: 1}
    for i in range(a.shape[0]):
        d[i + 1] = a[i]
    return d


def widen_dict_keys(a):
    d = {}
    d[1] = 10
    for x in a:
        d[x] = 1
    total = 0.0
    for k in d:
        total += k * d[k]
    return total, len(d)


def widen_set(a):
    s = {1, 2}
    for x in a:
        s.add(x)
    return len(s)


def widen_tuples(n):
    pairs = [(1, 2)]
    pairs.append((1.5, n))  # (float64, int64): the first pair's fields cast
    return pairs


WIDENING = [
    (widen_in_loop, (5,)),
    (widen_in_loop, (0,)),
    (widen_in_branch, (np.array([1.5, -2.5, 3.0]),)),
    (widen_from_bool, (7,)),
    (widen_dict_values, (np.array([0.5, 2.5]),)),
    (widen_dict_keys, (np.array([0.5, 1.0, 2.5]),)),
    (widen_set, (np.array([0.5, 2.0, 3.5]),)),
    (widen_tuples, (3,)),
]


# A later insertion that needs a wider type (Numba unifies the insertions)
# widens the container as built: the items inserted so far are converted
# (nbcWidenContainerType), and the function is built once.
@pytest.mark.parametrize("fn, args", WIDENING, ids=lambda c: getattr(c, "__name__", ""))
def test_wider_insertion_widens_without_rebuilding(fn, args):
    before = rebuilt()
    got = nbc.njit(fn)(*args)
    assert rebuilt() == before, dict(common.REEMITS)
    want = fn(*args)
    assert as_python(dict(got) if isinstance(got, dict) else got) == want


@pytest.mark.parametrize("fn, args", WIDENING[:4], ids=lambda c: getattr(c, "__name__", ""))
def test_widened_item_types_are_numbas(fn, args):
    numba = pytest.importorskip("numba")
    got, want = nbc.njit(fn)(*args), numba.njit(fn)(*args)
    assert [type(x) for x in got] == [type(x) for x in want]
    assert list(got) == list(want)


def read_then_widen(n):
    out = [n]
    first = out[0]
    out.append(n / 4)
    return first / 3, out


def floor_of_read(n):
    out = [n]
    first = out[0]
    out.append(0.5)
    return first, first // 2, first % 3, out  # float64 // and %, as Numba's


def product_of_read(n):
    out = [n]
    twice = out[0] * 2  # built as an int64 product, then a float64 one
    out.append(n / 4)
    return twice, twice // 3, -twice, out


def read_in_loop(a):
    out = [0]
    total = 0
    for x in a:
        total += out[-1] * 2
        out.append(x)
    return total, out


def read_joined_in_branch(n):
    out = [1]
    last = 0
    for i in range(n):
        if i % 2 == 0:
            last = out[-1] + 1  # the scf.if joining it widens too
        out.append(i / 2)
    return last, out


def pop_then_widen(n):
    out = [n, n + 1]
    x = out.pop()
    out.append(0.25)
    return x * 2, out


def unpack_then_widen(n):
    pairs = [(n, 2)]
    a, b = pairs[-1]  # the tuple's fields are read, then widened
    pairs.append((0.5, n))
    return a / 4 + b, a // 2, b, pairs


def pop_pair_then_widen(n):
    stack = [(0, n)]
    lo, hi = stack.pop()
    stack.append((lo + 0.5, hi))
    return lo, hi // 2, stack


def max_of_read(n):
    out = [n]
    m = max(out[0], 1)  # an int max: Python's float max when widened
    out.append(0.5)
    return m, out


READ_THEN_WIDEN = [
    (read_then_widen, (7,)),
    (floor_of_read, (7,)),
    (product_of_read, (7,)),
    (read_in_loop, (np.array([0.5, 1.5, 2.0]),)),
    (read_joined_in_branch, (5,)),
    (pop_then_widen, (3,)),
    (unpack_then_widen, (7,)),
    (pop_pair_then_widen, (5,)),
    (max_of_read, (7,)),
]


# An item read before the widening insertion takes the wider type, and so
# do its readers and the names holding them (built once, the values of
# CPython and the types of Numba: `first // 2` is a float64 there). A name
# bound to a read, or to a reader built again (`twice`), is returned as is:
# the frontend's Value follows the IR (values.refresh_retyped).
@pytest.mark.parametrize("fn, args", READ_THEN_WIDEN,
                         ids=lambda c: getattr(c, "__name__", ""))
def test_read_before_widening_is_retyped(fn, args):
    numba = pytest.importorskip("numba")
    before = rebuilt()
    got = nbc.njit(fn)(*args)
    assert rebuilt() == before, dict(common.REEMITS)
    assert as_python(got) == as_python(fn(*args))
    want = numba.njit(fn)(*args)
    assert [type(x) for x in as_python(got[:-1])] == \
        [type(x) for x in as_python(want[:-1])]
    assert [type(x) for x in got[-1]] == [type(x) for x in want[-1]]


def int32_of_read(n):
    out = [n]
    m = np.int32(out[0])  # a conversion the dialect does not retype
    out.append(0.5)
    return m, out


# A reader the dialect cannot retype: it undoes the widening, and the
# function is built again with the wider type.
def test_refused_read_builds_again():
    reason = "function-list-widen (nbc.cast first)"  # the op refusing
    before = common.REEMITS[reason]
    got = nbc.njit(int32_of_read)(7)
    assert common.REEMITS[reason] == before + 1, dict(common.REEMITS)
    assert as_python(got) == as_python(int32_of_read(7))
    numba = pytest.importorskip("numba")
    assert type(got[0]) is type(numba.njit(int32_of_read)(7)[0])


# Threads compiling at once each keep their own Values to retype (the GIL
# switches between them in the middle of a function).
def test_retyping_while_other_threads_compile():
    from concurrent.futures import ThreadPoolExecutor

    def compile_and_run(k):
        fn, args = READ_THEN_WIDEN[k % len(READ_THEN_WIDEN)]
        return k, nbc.njit(fn)(*args)

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(compile_and_run, range(12)))
    for k, got in results:
        fn, args = READ_THEN_WIDEN[k % len(READ_THEN_WIDEN)]
        assert as_python(got) == as_python(fn(*args)), fn.__name__
