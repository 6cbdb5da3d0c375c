"""Dict and set methods update, clear, copy, popitem (nbc.dict_clear,
nbc.dict_copy and the existing ops), and nbc.typed.Dict / numba.typed.Dict
passed from Python into kernels, whose insertions and removals show in the
caller's dict after the call (as Numba's typed dicts). Against CPython
running the same functions (and Numba), int and float keys and values,
empty tables, Python's KeyError."""

import numpy as np
import pytest

import nbc
from nbc.errors import UnsupportedArgumentError
from nbc.typed import Dict
from conftest import requires_exec


def merge(a, n):
    d = {0: a[0]}
    e = {}
    for i in range(n):
        e[i * 2] = a[i % len(a)]
    d.update(e)
    c = d.copy()
    c[-1] = 1.5
    d.clear()
    d[7] = 2.0
    total = 0.0
    for k, v in c.items():
        total += k * v
    return total, len(c), len(d), len(e)


def pop_all(n):
    d = {}
    for i in range(n):
        d[i * 3 % 7] = i * 0.5
    out = 0.0
    while len(d) > 0:
        k, v = d.popitem()
        out = out * 3 + k + v
    return out


def pop_empty(n):
    d = {n: 1}
    del d[n]
    return d.popitem()


def set_methods(a):
    s = {a[0]}
    s.update(a)
    t = s.copy()
    t.add(-1)
    s.clear()
    s.update(range(3))
    out = 0
    for x in t:
        out += x * 7 + x * x  # sets iterate in another order in CPython
    return out, len(s), len(t)


def set_copy_in_loop(n):
    s = set()
    for i in range(n):
        s.add(i)
        t = s.copy()
        t.update([i + 100])
        s.update(t)
    return len(s)


@requires_exec
@pytest.mark.parametrize("a", [np.arange(1.0, 4.0), np.array([2.5])])
@pytest.mark.parametrize("n", [0, 1, 9])
def test_update_copy_clear(a, n):
    assert nbc.njit(merge)(a, n) == merge(a, n)


@requires_exec
@pytest.mark.parametrize("n", [0, 1, 5, 30])
def test_popitem(n):
    assert nbc.njit(pop_all)(n) == pop_all(n)


@requires_exec
def test_popitem_of_empty_raises_keyerror():
    with pytest.raises(KeyError) as want:
        pop_empty(3)
    with pytest.raises(KeyError) as got:
        nbc.njit(pop_empty)(3)
    assert got.value.args == want.value.args


@requires_exec
@pytest.mark.parametrize("a", [np.arange(4), np.array([3, 3, 1]), np.arange(40) % 7])
def test_set_methods(a):
    assert nbc.njit(set_methods)(a) == set_methods(a)
    assert nbc.njit(set_copy_in_loop)(len(a)) == set_copy_in_loop(len(a))


@requires_exec
def test_numba_agrees_on_methods():
    numba = pytest.importorskip("numba")
    for n in (0, 5):
        assert nbc.njit(pop_all)(n) == numba.njit(pop_all)(n)
    a = np.arange(1.0, 4.0)
    assert nbc.njit(merge)(a, 4) == numba.njit(merge)(a, 4)


def count(d, a):
    for x in a:
        d[x] = d.get(x, 0) + 1
    if 0 in d:
        del d[0]
    return len(d)


def scale(d, f):
    total = 0.0
    for k in d:
        d[k] = d[k] * f
        total += d[k]
    return total


def typed(key, value, items):
    d = Dict.empty(key_type=key, value_type=value)
    for k, v in items:
        d[k] = v
    return d


@requires_exec
@pytest.mark.parametrize("items", [[], [(1, 2)], [(0, 5), (3, 1), (9, 9)]])
def test_typed_dicts_are_updated(items):
    a = np.array([3, 4, 0, 3, 3])
    mine = typed(nbc.int64, nbc.int64, items)
    want = dict(items)
    assert nbc.njit(count)(mine, a) == count(want, a)
    assert mine == want and list(mine) == list(want) and type(mine) is Dict
    assert [type(v) for v in mine.values()] == [type(v) for v in want.values()]


@requires_exec
@pytest.mark.parametrize("items", [[], [(1.5, 2.0)], [(0.5, 5.0), (-3.0, 1.0)]])
def test_typed_float_dicts(items):
    mine = typed(nbc.float64, nbc.float64, items)
    want = dict(items)
    assert nbc.njit(scale)(mine, 2.5) == scale(want, 2.5)
    assert mine == want


@requires_exec
def test_numba_typed_dicts():
    numba = pytest.importorskip("numba")
    from numba.typed import Dict as NumbaDict
    mine = NumbaDict.empty(key_type=numba.int64, value_type=numba.int64)
    theirs = NumbaDict.empty(key_type=numba.int64, value_type=numba.int64)
    for d in (mine, theirs):
        d[4] = 1
    a = np.array([4, 4, 2, 0])
    assert nbc.njit(count)(mine, a) == numba.njit(count)(theirs, a)
    assert dict(mine) == dict(theirs)


def test_untyped_dicts_are_refused_naming_the_argument():
    kernel = nbc.njit(lambda d: len(d))
    with pytest.raises(UnsupportedArgumentError, match=r"argument 0 \('d'\).*empty dict"):
        kernel(Dict())
    with pytest.raises(UnsupportedArgumentError, match=r"argument 0 \('d'\).*keys"):
        kernel(Dict({1: 2, 2.5: 3}))
    with pytest.raises(UnsupportedArgumentError, match="Python dict"):
        kernel({1: 2})


def test_method_arity_and_types():
    def bad_update(n):
        d = {1: 2}
        d.update(3)
        return len(d)

    def bad_clear(n):
        d = {1: 2}
        d.clear(n)
        return len(d)
    with pytest.raises(nbc.TypingError, match="takes a dict"):
        nbc.njit(bad_update)(1)
    with pytest.raises(nbc.TypingError, match=r"clear\(\) takes 0 arguments"):
        nbc.njit(bad_clear)(1)


def equality(n, m):
    a = {}
    b = {}
    for i in range(n):
        a[i] = i * 0.5
    for i in range(m - 1, -1, -1):  # other order: still equal
        b[i] = i * 0.5
    s = {1, 2}
    t = set()
    for i in range(m):
        t.add(i + 1)
    c = {1: 1.0, 2: 2.0}
    return a == b, a != b, s == t, s != t, c == {2: 2.0, 1: 1.0}, c == {1: 1.0, 2: 2.5}, \
        c == {1: 1.0, 3: 2.0}


@requires_exec
@pytest.mark.parametrize("n, m", [(0, 0), (2, 2), (3, 2), (2, 3)])
def test_equality(n, m):
    assert nbc.njit(equality)(n, m) == equality(n, m)


def test_comparing_a_dict_with_a_set_is_a_typing_error():
    def bad(n):
        return {1: 2} == {1, 2}
    with pytest.raises(nbc.TypingError, match="cannot compare"):
        nbc.njit(bad)(1)


def view_builtins(a):
    d = {}
    for i in range(a.shape[0]):
        d[int(a[i]) % 5] = a[i] * 0.5
    return (len(d.keys()), len(d.values()), max(d.values()), min(d.keys()),
            sorted(d.values())[0], sum(d.values()))


@requires_exec
def test_builtins_of_dict_views():
    """len/max/min/sum of d.keys() and d.values() (nbc refused: "unsupported
    value of type 'TableView'"); Numba takes all but sum."""
    numba = pytest.importorskip("numba")
    a = np.array([3.0, 7.0, 1.0, 12.0, 8.0, 3.0])
    got = nbc.njit(view_builtins)(a)
    assert got == view_builtins(a)

    def no_sum(a):
        d = {0: a[0], 3: a[1]}
        return len(d.values()), max(d.values()), min(d.keys()), sorted(d.keys())[-1]
    assert nbc.njit(no_sum)(a) == numba.njit(no_sum)(a) == no_sum(a)
