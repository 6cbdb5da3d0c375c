"""Lists of lists of scalars in kernels (!nbc.list<!nbc.list<T>>) against
CPython running the same code and Numba 0.68 side by side: grids built by
comprehensions, adjacency lists filled through `adj[u].append(v)` and walked
by a BFS, rows built under a name and appended, the inner lists' methods
through `l[i]`, pops, item assignment, typed List() rows, narrow ints and
bools, growth past every capacity, lists of lists passed to a callee and
returned to Python; Python's IndexErrors; and the located refusals where
nbc's copies would differ from Python's shared inner lists."""

import types

import numba
import numpy as np
import pytest

import nbc
from conftest import requires_exec
from nbc import int64
from nbc.typed import List

pytestmark = requires_exec


def grid(n):
    l = [[0.0] * 3 for _ in range(n)]
    for i in range(n):
        for j in range(3):
            l[i][j] = i * 10.0 + j
    l[n - 1][2] += 0.5
    s = 0.0
    for row in l:
        for x in row:
            s += x
    return s, len(l[1]), l


def bfs(n, edges, start):
    adj = [[np.int64(0) for _ in range(0)] for _ in range(n)]
    for k in range(edges.shape[0]):
        adj[edges[k, 0]].append(edges[k, 1])
        adj[edges[k, 1]].append(edges[k, 0])
    dist = np.full(n, -1)
    dist[start] = 0
    queue = [start]
    head = 0
    while head < len(queue):
        u = queue[head]
        head += 1
        for v in adj[u]:
            if dist[v] < 0:
                dist[v] = dist[u] + 1
                queue.append(v)
    return dist, adj


def built_rows(n):
    out = []
    for i in range(n):
        row = []
        for j in range(i % 4):
            row.append(j * 1.5 + i)
        out.append(row)
    return out


def append_literals(n):
    l = []
    for i in range(n):
        l.append([i, i + 1])
    l.append([7])
    l[0].append(100)
    l[-1].append(-1)
    x = l.pop()
    l[1] = [5, 6, 7, 8, 9, 10, 11, 12, 13]
    t = l[1].pop()
    return l, x, t, [len(r) for r in l], [sum(r) for r in l]


def typed_rows(n):
    rows = [List.empty_list(int64) for _ in range(n)]
    for i in range(3 * n):
        rows[i % n].append(i * i)
    return rows


def narrow_and_bool(n):
    a = [[np.int32(i) for i in range(k)] for k in range(n)]
    b = [[k % 2 == 0 for k in range(j)] for j in range(n)]
    for i in range(n):
        a[i].append(np.int32(-i))
        b[i].append(True)
    return a, b


def grow_many(n):
    l = [[i for i in range(0)] for _ in range(3)]
    for i in range(n):
        l[i % 3].append(i)
        if i % 7 == 0:
            l.append([i])
    total = 0
    for r in l:
        total += len(r) * 1000 + sum(r)
    return total, len(l), l


def index_loops(n):
    l = [[float(i + j) for j in range(i + 1)] for i in range(n)]
    for i in range(len(l)):
        for j in range(len(l[i])):
            l[i][j] *= 2.0
        l[i].append(-1.0)
    return l


def inner_methods(n):
    """The inner lists' methods through `l[i]`, in a loop (the outer list is
    carried) and on their own."""
    l = [[i + 1, i] for i in range(3)]
    for k in range(n):
        l[k % 3].insert(0, k)
        l[(k + 1) % 3].extend([k, k])
        if k % 4 == 0:
            l[k % 3].remove(k)
    l[0].sort()
    l[1].reverse()
    p = l[2].pop(1)
    l[2].clear()
    return l, p


def reads(n):
    l = [[i + 1, i] for i in range(n)]
    return (sum(l[0]), min(l[1]), max(l[1]), l[0].index(1), l[0].count(1), 1 in l[0],
            len(l[0] + l[1]), l[-1][-2])


def new_items(n):
    """Items that are new lists: a copy, a concatenation, `+=`, a literal of names."""
    l = [[i, i + 1] for i in range(n)]
    c = l[0].copy()
    c.append(5)
    l.append(c)
    l[1] += [9]
    l[2] = l[2] * 2
    a = [1, 2]
    b = [n]
    m = [a, b]
    m[0].append(3)
    return l, m


def pops(n):
    l = [[i] * (i + 1) for i in range(n)]
    s = 0
    while l:
        r = l.pop()
        s += len(r) * 10 + r[0]
    return s


def returned_item(n):
    l = [[i + 1, i] for i in range(n)]
    return l, l[1]


def add_row(m):
    m[0].append(99)
    m.append([1, 2])


def pass_to_callee(n):
    l = [[i + 1, i] for i in range(n)]
    add_row(l)
    add_row(l)
    return l


E = np.array([[0, 1], [1, 2], [2, 3], [0, 3], [4, 5], [3, 4], [6, 6]], dtype=np.int64)
CASES = [
    (grid, (4,)), (grid, (2,)),
    (bfs, (7, E, 0)), (bfs, (7, E, 5)),
    (built_rows, (9,)), (built_rows, (0,)),
    (append_literals, (12,)),
    (typed_rows, (4,)),
    (narrow_and_bool, (4,)),
    (grow_many, (50,)), (grow_many, (0,)),
    (index_loops, (5,)),
    (inner_methods, (30,)), (inner_methods, (3,)),
    (reads, (3,)),
    (new_items, (4,)),
    (pops, (6,)), (pops, (0,)),
    (returned_item, (3,)),
    (pass_to_callee, (3,)),
]


def plain(x):
    """Python values to compare: typed Lists and tuples as lists, NumPy
    scalars and arrays as Python numbers, with their Python types."""
    if isinstance(x, np.ndarray):
        return plain(x.tolist())
    if isinstance(x, (list, tuple)) or type(x).__name__ == "List":
        return [plain(y) for y in x]
    if isinstance(x, np.generic):
        x = x.item()
    return (type(x).__name__, x)


def typed_kinds(x):
    """Which containers are typed Lists (nbc's or Numba's), nested."""
    if isinstance(x, (list, tuple)) or type(x).__name__ == "List":
        return (type(x).__name__ == "List", [typed_kinds(y) for y in x])
    return None


@pytest.mark.parametrize("fn,args", CASES, ids=lambda c: getattr(c, "__name__", ""))
def test_against_cpython(fn, args):
    got, want = nbc.njit(fn)(*args), fn(*args)
    assert plain(got) == plain(want)
    assert typed_kinds(got) == typed_kinds(want)


@pytest.mark.parametrize("fn,args", CASES, ids=lambda c: getattr(c, "__name__", ""))
def test_against_numba(fn, args):
    g = dict(fn.__globals__, List=numba.typed.List, int64=numba.int64)
    g["add_row"] = numba.njit(types.FunctionType(add_row.__code__, g, "add_row"))
    want = numba.njit(types.FunctionType(fn.__code__, g, fn.__name__))(*args)
    assert plain(nbc.njit(fn)(*args)) == plain(want)


def index_out_of_range(n, i):
    l = [[k, k] for k in range(n)]
    return l[i][0]


def inner_index_out_of_range(n, i):
    l = [[k, k] for k in range(n)]
    return l[0][i]


def store_out_of_range(n, i):
    l = [[k] for k in range(n)]
    l[i] = [0]
    return len(l)


def inner_store_out_of_range(n, i):
    l = [[k] for k in range(n)]
    l[1][i] = 0
    return len(l)


def pop_empty_inner(n, i):
    l = [[k] for k in range(n)]
    l[i].pop()
    l[i].pop()
    return len(l)


@pytest.mark.parametrize("fn,args", [
    (index_out_of_range, (3, 3)), (index_out_of_range, (3, -4)),
    (inner_index_out_of_range, (3, 2)), (store_out_of_range, (2, 2)),
    (inner_store_out_of_range, (3, -2)), (pop_empty_inner, (3, 1))])
def test_errors_are_pythons(fn, args):
    with pytest.raises(IndexError) as py:
        fn(*args)
    with pytest.raises(IndexError) as ours:
        nbc.njit(fn)(*args)
    assert str(ours.value).splitlines()[0] == str(py.value)


def bind_item(n):
    l = [[i] for i in range(n)]
    row = l[0]
    return len(row)


def append_through_loop_name(n):
    l = [[i] for i in range(n)]
    for row in l:
        row.append(1)
    return l


def change_outer_in_loop(n):
    l = [[i] for i in range(n)]
    for row in l:
        l[0].append(len(row))
    return l


def inner_loop_changes_outer(n):
    l = [[i] for i in range(n)]
    for x in l[0]:
        l.append([x])
    return len(l)


def named_then_changed(n):
    l = [[0]]
    inner = [1, 2]
    l.append(inner)
    inner.append(n)
    return l


def same_row_in_loop(n):
    row = [1]
    out = []
    for i in range(n):
        out.append(row)
    out[0].append(5)
    return out


def row_read_after_loop(n):
    out = []
    row = [0]
    for i in range(n):
        row = [i]
        out.append(row)
    return out, len(row)


def row_stored_in_branch(n):
    out = []
    row = [n]
    if n > 2:
        out.append(row)
    return out, len(row)


def store_argument(p):
    out = [[0]]
    out.append(p)
    return out


def item_stored_again(n):
    l = [[i] for i in range(n)]
    l[0] = l[1]
    return l


def item_appended(n):
    l = [[i] for i in range(n)]
    l.append(l[0])
    return l


def argument_reads_outer(n):
    l = [[i] for i in range(n)]
    l[0].append(l[1].pop())
    return l


def pass_item(n):
    l = [[i] for i in range(n)]
    add_row(l[0])
    return l


def row_after_loop(n):
    l = [[i] for i in range(n)]
    for row in l:
        pass
    return len(row)


def empty_inner(n):
    return len([[] for _ in range(n)])


def mixed_inner(n):
    return len([[1], [2.5]])


def three_levels(n):
    return len([[[i]] for i in range(n)])


def insert_list(n):
    l = [[i] for i in range(n)]
    l.insert(0, [1])
    return l


def contains_list(n):
    l = [[i] for i in range(n)]
    return [1] in l


def zip_rows(n):
    l = [[i] for i in range(n)]
    s = 0
    for a, b in zip(l, l):
        s += a[0] + b[0]
    return s


@pytest.mark.parametrize("fn,error,words", [
    (bind_item, nbc.UnsupportedError, "binding 'row' to an item of a list of lists"),
    (append_through_loop_name, nbc.UnsupportedError, "its body changes 'row'"),
    (change_outer_in_loop, nbc.UnsupportedError, "its body changes 'l'"),
    (inner_loop_changes_outer, nbc.UnsupportedError, "its body changes 'l'"),
    (named_then_changed, nbc.UnsupportedError, "'inner' was stored in a list of lists"),
    (same_row_in_loop, nbc.UnsupportedError, "'row' is stored in a list of lists in a loop"),
    (row_read_after_loop, nbc.UnsupportedError, "'row' is stored in a list of lists in a loop"),
    (row_stored_in_branch, nbc.TypingError, "'row' may be undefined"),
    (item_stored_again, nbc.UnsupportedError, "store a copy"),
    (item_appended, nbc.UnsupportedError, "store a copy"),
    (argument_reads_outer, nbc.UnsupportedError, "an argument that reads 'l'"),
    (pass_item, nbc.UnsupportedError, "passing an item of a list of lists"),
    (row_after_loop, nbc.TypingError, "'row' may be undefined"),
    (empty_inner, nbc.TypingError, "cannot infer the type of an empty list"),
    (mixed_inner, nbc.TypingError, "cannot unify"),
    (three_levels, nbc.UnsupportedError, "lists of lists hold lists of bool"),
    (insert_list, nbc.UnsupportedError, "list of lists is not supported"),
    (contains_list, nbc.UnsupportedError, "list of lists is not supported"),
    (zip_rows, nbc.UnsupportedError, "lists cannot be tuple items"),
])
def test_refused_at_their_line(fn, error, words):
    with pytest.raises(error) as info:
        nbc.njit(fn)(3)
    assert words in str(info.value) and "File " in str(info.value), str(info.value)


def test_an_argument_stored_in_a_list_of_lists_is_refused():
    with pytest.raises(nbc.UnsupportedError, match="storing the argument 'p'") as info:
        nbc.njit(store_argument)([1, 2])
    assert "File " in str(info.value)
