"""Lists, dicts and sets a kernel returns to Python, against CPython and
Numba running the same source: a list built by `List()` comes back as a
typed List (Numba's ListType), `[]` as a plain list (Numba's reflected
list); containers inside returned tuples, nested tuples, a callee's
`return lst, n` unpacked by its caller; several item types; nothing leaks."""

import numpy as np
import pytest

import nbc
from nbc.typed import List
from conftest import requires_exec
from test_container_passing import resident_bytes

ITEM_TYPES = [np.int64, np.int32, np.float64, np.float32, np.bool_]


def typed_list(n, x):
    lst = List()
    for i in range(n):
        lst.append(x * i)
    return lst


def plain_list(n, x):
    lst = []
    for i in range(n):
        lst.append(x * i)
    return lst


def empty_typed_list(n):
    lst = List.empty_list(nbc.float32)
    for i in range(n):
        lst.append(i / 4)  # cast to float32, as Numba's
    return lst


def list_from_iterables(a, n):
    lst = List(a)
    lst.append(a[0] if len(a) else 0)
    more = List(range(n))
    return lst, List([v * 2 for v in more]), List((1, 2))


def append_to(lst, x):
    lst.append(x)
    return len(lst)


def list_and_count(n, x):
    lst = []
    for i in range(n):
        lst.append(x * i)
    return lst, n


def dict_set_and_count(a):
    d = {}
    s = set()
    for v in a:
        d[v] = 0
    for v in a:
        d[v] += 1
        s.add(v)
    return d, (s, len(s)), a.size


def typed_list_second(n, x):
    lst = List()
    for i in range(n):
        lst.append(x + i)
    return n, lst


def early_return(n):
    lst = [0.5]
    d = {0: 1}
    for i in range(n):
        lst.append(i * 1.5)
        d[i] = i * 2
        if i == 4:
            return (lst, (d, i)), True
    return (lst, (d, n)), False


def nested_scalars(n):
    return (n, (n + 1, (n * 2.5, n > 1)))


def make_pair(n):
    lst = []
    for i in range(n):
        lst.append(i * 0.5)
    return lst, len(lst)


def unpack_pair(n):
    lst, k = make_pair(n)
    lst.append(-1.0)
    return lst, k + 1


def nested_pair(n):
    lst = [n]
    return n * 0.5, (lst, (n, n > 2))


def unpack_nested(n):
    a, (lst, (k, flag)) = nested_pair(n)
    lst.append(k + 1)
    t = nested_pair(n + 1)
    return lst, a + t[0] + flag + t[1][1][0]


def grow_and_build(lst, n):
    out = []
    for i in range(n):
        lst.append(i)
        out.append(i * 2)
    return out, len(lst)


def plain(x):
    """A value with Numba's typed containers turned into lists and dicts."""
    if isinstance(x, tuple):
        return tuple(plain(v) for v in x)
    if type(x).__name__ == "List":
        return [plain(v) for v in x]
    if type(x).__name__ == "Dict":
        return {k: plain(v) for k, v in x.items()}
    return x


def numba_result(fn, *args):
    numba = pytest.importorskip("numba")
    src = {"List": numba.typed.List, "nbc": numba}
    g = dict(fn.__globals__, **src)
    g["make_pair"] = numba.njit(make_pair)
    g["nested_pair"] = numba.njit(nested_pair)
    import types
    return numba.njit(types.FunctionType(fn.__code__, g, fn.__name__))(*args)


@requires_exec
@pytest.mark.parametrize("dtype", ITEM_TYPES)
@pytest.mark.parametrize("n", [0, 1, 9])
def test_typed_list_comes_back_typed(dtype, n):
    x = dtype(3)
    got = nbc.njit(typed_list)(n, x)
    want = typed_list(n, x)
    assert type(got) is List and got == want
    assert got == plain(numba_result(typed_list, n, x))
    assert type(nbc.njit(plain_list)(n, x)) is list
    # Typed as it was built: passed back, a kernel appends to it.
    want.append(x)
    assert nbc.njit(append_to)(got, x) == n + 1 and got == want


@requires_exec
@pytest.mark.parametrize("dtype", ITEM_TYPES)
@pytest.mark.parametrize("n", [0, 4])
def test_typed_list_from_iterables(dtype, n):
    a = (np.arange(n) % 3).astype(dtype)
    got = nbc.njit(list_from_iterables)(a, n)
    want = list_from_iterables(a, n)
    assert got == want == plain(numba_result(list_from_iterables, a, n))
    assert all(type(x) is List for x in got)


@requires_exec
@pytest.mark.parametrize("n", [0, 5])
def test_empty_list_keeps_its_item_type(n):
    got = nbc.njit(empty_typed_list)(n)
    assert type(got) is List and got == empty_typed_list(n)
    assert got._nbc_dtype == nbc.float32
    assert nbc.njit(append_to)(got, 2.7) == n + 1
    assert got[-1] == np.float32(2.7)  # cast to the list's float32


@requires_exec
@pytest.mark.parametrize("dtype", ITEM_TYPES)
@pytest.mark.parametrize("n", [0, 1, 9])
def test_containers_in_returned_tuples(dtype, n):
    x = dtype(2)
    got = nbc.njit(list_and_count)(n, x)
    assert got == list_and_count(n, x) == plain(numba_result(list_and_count, n, x))
    assert type(got[0]) is list
    got = nbc.njit(typed_list_second)(n, x)
    assert got == typed_list_second(n, x) and type(got[1]) is List
    assert got == plain(numba_result(typed_list_second, n, x))
    a = (np.arange(n * 3) % 4).astype(dtype)
    got = nbc.njit(dict_set_and_count)(a)
    want = dict_set_and_count(a)
    assert got == want and list(got[0]) == list(want[0])  # insertion order
    assert got == plain(numba_result(dict_set_and_count, a))


@requires_exec
@pytest.mark.parametrize("n", [0, 3, 9])
def test_tuple_returns_in_loops_and_calls(n):
    for fn in (early_return, unpack_pair, nested_scalars, unpack_nested):
        got = nbc.njit(fn)(n)
        assert got == fn(n) == plain(numba_result(fn, n)), fn.__name__
    arg, ref = [1, 2], [1, 2]
    got = nbc.njit(grow_and_build)(arg, n)
    assert got == grow_and_build(ref, n) and arg == ref


def bind_tuple(n):
    lst = [n]
    t = (lst, n)
    return t


def test_bound_tuple_of_containers_is_refused():
    with pytest.raises(nbc.UnsupportedError, match="lists cannot be tuple items") as e:
        nbc.njit(bind_tuple)(2)
    assert "t = (lst, n)" in str(e.value) and "return lst, n" in str(e.value)


@requires_exec
def test_numba_typed_list_in_nbc_source():
    """Source written for Numba (numba.typed.List) compiled by nbc: an
    nbc.typed.List of the same items (a list, unlike Numba's)."""
    numba = pytest.importorskip("numba")
    import types
    g = dict(typed_list.__globals__, List=numba.typed.List)
    got = nbc.njit(types.FunctionType(typed_list.__code__, g, "typed_list"))(4, 1.5)
    assert type(got) is List and got == typed_list(4, 1.5)
    assert got._nbc_dtype == nbc.float64


def churn_results(n):
    lst = List()
    d = {}
    for i in range(n):
        lst.append(i * 1.0)
        if i % 4 == 0:
            d[i] = i * 0.5
    return (lst, d), n


@requires_exec
def test_returned_tuples_are_freed():
    """1M float64 items (8 MB, 16 MB grown) and a dict of 256K entries a
    call, copied out once: 40 leaking calls would grow the resident set by
    gigabytes."""
    kernel = nbc.njit(churn_results)
    n = 1 << 20
    (lst, d), k = kernel(n)
    assert k == n and len(lst) == n and lst[7] == 7.0 and len(d) == n // 4
    del lst, d
    before = resident_bytes()
    for _ in range(40):
        kernel(n)
    grown = resident_bytes() - before
    assert grown < 200 << 20, f"resident set grew by {grown >> 20} MB"
