"""Lists of arrays hold copies of their items where Python's and Numba's lists
share the array objects (docs/Python.md): the kernels where that would show
are refused at compile time at their line (list_aliasing.py), the others
compile and give CPython's values. Numba 0.68 gives CPython's values on the
refused patterns (checked on three of them below)."""

import inspect

import numba
import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


# -- refused: Python's list would share an array that nbc's copies ---------------

def same_array_twice(n):
    a = np.zeros(3)
    l = [np.ones(3)]
    l.append(a)
    l.append(a)  # marker: refused
    l[1][0] = 5.0
    return l[2][0]


def parameter_then_name_written(a):
    l = [np.ones(3)]
    l.append(a)  # marker: refused
    a[0] = 1.0
    return l[1][0]


def parameter_then_item_written(a):
    l = [np.ones(3)]
    l.append(a)  # marker: refused
    l[1][0] = 7.0
    return a[0]


def second_name_written(n):
    a = np.zeros(3)
    b = a
    l = [np.ones(3)]
    l.append(b)  # marker: refused
    a[0] = 1.0
    return l[1][0]


def appended_in_a_loop(n):
    row = np.zeros(3)
    l = [np.ones(3)]
    for i in range(n):
        row[0] = i
        l.append(row)  # marker: refused
    return l[1][0]


def rows_appended_then_written(m):
    l = [np.zeros(3)]
    for row in m:
        l.append(row)  # marker: refused
    l[1][0] = 9.0
    return m[0, 0]


def display_written_through_iteration(a):
    l = [a, a * 2]  # marker: refused
    for x in l:
        x += 1.0
    return a[0]


def comprehension_of_one_array(n):
    a = np.zeros(3)
    l = [a for _ in range(n)]  # marker: refused
    l[0][0] = 1.0
    return l[1][0]


def display_of_one_name_twice(n):
    a = np.zeros(3)
    l = [a, a]  # marker: refused
    l[0][0] = 5.0
    return l[1][0]


def display_name_kept_across_append(n):
    a = np.zeros(3)
    l = [a]
    l.append(np.ones(3))
    a[0] = 2.0  # marker: refused
    return l[0][0]


def item_kept_across_appends(n):
    l = [np.zeros(3)]
    x = l[0]
    for i in range(n):
        l.append(np.ones(3))
    x[0] = 3.0  # marker: refused
    return l[0][0]


def item_kept_across_item_assignment(n):
    l = [np.zeros(3), np.zeros(3)]
    x = l[0]
    l[0] = np.ones(3)
    return x[0]  # marker: refused


def item_kept_across_pop(n):
    l = [np.zeros(3)]
    x = l[-1]
    y = l.pop()
    y[0] = 4.0
    return x[0]  # marker: refused


def name_kept_across_append(n):
    a = np.zeros(3)
    l = [np.ones(3)]
    l.append(a)
    l.append(np.ones(3))
    a[0] = 1.0  # marker: refused
    return l[1][0]


def loop_variable_across_append(n):
    l = [np.zeros(3), np.zeros(3)]
    for x in l:
        if len(l) < n:
            l.append(np.ones(3))
        x[0] = 2.0  # marker: refused
    return l[0][0]


def swap(n):
    l = [np.zeros(3), np.ones(3)]
    l[0], l[1] = l[1], l[0]  # marker: refused
    return l[0][0] + 10 * l[1][0]


@nbc.njit
def put(l, a):
    l.append(a)


def passed_with_the_list(a):
    l = [np.ones(3)]
    put(l, a)  # marker: refused
    a[0] = 6.0
    return l[1][0]


@nbc.njit
def grow_then_write(l, x):
    for i in range(20):
        l.append(np.ones(3))
    x[0] = 1.0


def item_passed_with_its_list(n):
    l = [np.zeros(3)]
    grow_then_write(l, l[0])  # marker: refused
    return l[0][0]


@nbc.njit
def grow(l):
    for i in range(20):
        l.append(np.ones(3))
    l[0][0] = 7.0
    return 1.0


def item_read_beside_a_call(n):
    l = [np.zeros(3)]
    x = l[0]
    if n > 1:
        return grow(l) + x[0]  # marker: refused
    return 0.0


def item_kept_across_an_inner_append(n):
    l = [np.zeros(3)]
    x = l[0]

    def add():
        for i in range(20):
            l.append(np.ones(3))
    add()
    x[0] = 5.0  # marker: refused
    return l[0][0]


def view_of_a_name_appended(n):
    # Not a difference either (`v` views the item in both): a second name
    # of an appended array is refused when the list's arrays are written.
    a = np.zeros(3)
    l = [np.ones(3)]
    l.append(a)  # marker: refused
    v = a[1:]
    v[0] = 5.0
    return l[1][1]


def one_of_three_written(t):
    # Not a difference (only the new item is written), but the check is per
    # list: a parameter in a list whose items are written is refused.
    l = [t, t * 2]  # marker: refused
    l[1][0] = -1.0
    return l[0][0]


REFUSED = [
    (same_array_twice, 3, "appending 'a'"),
    (parameter_then_name_written, np.zeros(3), "appending 'a'"),
    (parameter_then_item_written, np.zeros(3), "appending 'a'"),
    (second_name_written, 3, "appending 'b'"),
    (appended_in_a_loop, 3, "appending 'row'"),
    (rows_appended_then_written, np.zeros((2, 3)), "appending 'row'"),
    (display_written_through_iteration, np.zeros(3), "a list display of 'a'"),
    (comprehension_of_one_array, 3, "a list comprehension of 'a'"),
    (display_of_one_name_twice, 3, "a list display of 'a'"),
    (display_name_kept_across_append, 3, "'a' is an array of the list 'l'"),
    (item_kept_across_appends, 20, "'x' is an array of the list 'l'"),
    (item_kept_across_item_assignment, 3, "'x' is an array of the list 'l'"),
    (item_kept_across_pop, 3, "'x' is an array of the list 'l'"),
    (name_kept_across_append, 3, "'a' is an array of the list 'l'"),
    (loop_variable_across_append, 9, "'x' is an array of the list 'l'"),
    (swap, 3, "tuple assignment (a swap)"),
    (passed_with_the_list, np.zeros(3), "passing 'a' with a list of arrays"),
    (item_passed_with_its_list, 3, "passing 'l[0]', an array of a list"),
    (item_read_beside_a_call, 3, "reading 'x' in the statement that passes"),
    (item_kept_across_an_inner_append, 3, "'x' is an array of the list 'l'"),
    (one_of_three_written, np.zeros(3), "a list display of 't'"),
    (view_of_a_name_appended, 3, "appending 'a'"),
]


def marked_line(fn):
    lines, start = inspect.getsourcelines(fn)
    return start + next(i for i, s in enumerate(lines) if "marker: refused" in s)


@pytest.mark.parametrize("fn,arg,words", REFUSED, ids=[r[0].__name__ for r in REFUSED])
def test_refused_where_python_would_share(fn, arg, words):
    with pytest.raises(nbc.UnsupportedError) as info:
        nbc.njit(fn)(arg)
    text = str(info.value)
    assert words in text
    assert f"line {marked_line(fn)}," in text  # located at the marked line
    assert any(hint in text for hint in (".copy()", "index the list", "assign the items",
                                         "pass the index"))


def test_numba_shares_as_python():
    """Numba's lists share the arrays (reference counts): its values are
    CPython's on these, so nbc refuses them rather than differ."""
    for fn, arg in [(same_array_twice, 3), (parameter_then_item_written, np.zeros(3)),
                    (item_kept_across_item_assignment, 3)]:
        want = fn(arg.copy() if isinstance(arg, np.ndarray) else arg)
        got = numba.njit(fn)(arg.copy() if isinstance(arg, np.ndarray) else arg)
        assert got == want


# -- not a difference: compiled, CPython's values ---------------------------------

def fresh_items_written(a, n):
    l = [np.zeros(3)]
    l.append(a * 2)
    l.append(a.copy())
    l.append(np.full(3, 4.0))
    for i in range(n):
        l.append(a + i)
    l[1][0] = -1.0
    l[2][2] = -2.0
    for x in l:
        x[1] += 1.0
    a[0] = 100.0
    return l, a


def name_appended_is_the_item(n):
    l = []
    for i in range(n):
        row = np.zeros(3)
        l.append(row)
        row[0] = i
        l[-1][1] = i * 2
        row[2] = row[1] + 1
    last = np.ones(2)
    l.append(np.zeros(2))
    l[0] = last
    l[0][0] = 8.0
    return l, last[0]


def display_of_new_arrays(n):
    a = np.zeros(3)
    b = np.ones(3)
    l = [a, b, a * 2]
    l[0][0] = 5.0
    b[1] = 7.0
    return l, a[0] + b[1]


def parameter_only_read(a, b):
    l = [a, b[1:]]
    l.append(a)
    x = l[0]
    for i in range(20):
        l.append(b)
    t = 0.0
    for y in l:
        t += y.sum()
    return l, t + x[0] + a[0]


def grows_from_the_last(n):
    l = [np.ones(2)]
    for i in range(n):
        prev = l[-1]
        nxt = prev * 2
        nxt[0] = i
        l.append(nxt)
    return l


def stack(n):
    l = [np.ones(2) * i for i in range(n)]
    t = 0.0
    while len(l) > 1:
        y = l.pop()
        l.append(np.zeros(1))
        l.pop()
        y[0] += 1.0
        t += y.sum()
    return t, l


def branches(a, flag):
    l = [np.zeros(3)]
    if flag:
        l.append(a.copy())
    else:
        row = np.ones(3)
        l.append(row)
        row[0] = 3.0
    l[-1][1] = 5.0
    for i in range(len(l)):
        l[i][2] = i
    return l, a


def moved_between_lists(n):
    l = [np.zeros(3) for _ in range(n)]
    l2 = [np.ones(3)]
    while len(l) > 1:
        l2.append(l.pop())
        l2[-1][0] = len(l)
    return l2, l


def same_lists(got, want):
    assert isinstance(got, list) and len(got) == len(want)
    for g, w in zip(got, want):
        assert g.dtype == w.dtype and np.array_equal(g, w)


def test_fresh_items_and_writes():
    a = np.arange(3.0)
    got, ga = nbc.njit(fresh_items_written)(a.copy(), 4)
    want, wa = fresh_items_written(a.copy(), 4)
    same_lists(got, want)
    assert np.array_equal(ga, wa)


def test_a_name_appended_is_the_item():
    got, g = nbc.njit(name_appended_is_the_item)(12)
    want, w = name_appended_is_the_item(12)
    same_lists(got, want)
    assert g == w


def test_names_in_a_display_are_its_items():
    got, g = nbc.njit(display_of_new_arrays)(3)
    want, w = display_of_new_arrays(3)
    same_lists(got, want)
    assert g == w


def test_shared_arrays_only_read():
    a, b = np.arange(3.0), np.arange(4.0)
    got, t = nbc.njit(parameter_only_read)(a, b)
    want, u = parameter_only_read(a, b)
    same_lists(got, want)
    assert t == u


@pytest.mark.parametrize("fn,args", [(grows_from_the_last, (9,)), (stack, (7,)),
                                     (moved_between_lists, (12,)),
                                     (branches, (np.arange(3.0), True)),
                                     (branches, (np.arange(3.0), False))])
def test_patterns_that_do_not_share(fn, args):
    got, want = nbc.njit(fn)(*args), fn(*args)
    for g, w in zip(got if isinstance(got, tuple) else (got,),
                    want if isinstance(want, tuple) else (want,)):
        if isinstance(w, list):
            same_lists(g, w)
        else:
            assert np.array_equal(g, w)


# -- a list changed while a loop walks it: Python's iterator sees the change -------

def grows_while_iterated(n):
    l = [0]
    t = 0
    for x in l:
        if x < n:
            l.append(x + 1)
        if x % 3 == 1:
            continue
        t += x
    return t, len(l)


def arrays_grow_while_iterated(n):
    l = [np.zeros(2)]
    for x in l:
        if x[0] < n:
            l.append(x + 1)
    return l


def shrinks_while_iterated(n):
    l = [i * 1.5 for i in range(n)]
    t = 0.0
    for x in l:
        t += x
        l.pop()
    else:
        t += 100.0
    return t, len(l)


def enumerated_zipped_reversed(n):
    l = [0]
    m = [1.0] * 8
    t = 0.0
    for i, x in enumerate(l):
        if x < n:
            l.append(x + 1)
        t += i * x
    for x, y in zip(l, m):
        if len(l) < 12:
            l.append(x)
        t += x * y
    for x in reversed(l):
        t = t * 0.5 + x
        l.pop()
    return t, len(l)


@pytest.mark.parametrize("fn", [grows_while_iterated, arrays_grow_while_iterated,
                                shrinks_while_iterated, enumerated_zipped_reversed])
def test_a_list_changed_while_iterated(fn):
    """Numba 0.68 gives CPython's values on these (it has no reversed() of a
    list); a loop over range(len(l)) taken once would not."""
    got, want = nbc.njit(fn)(7), fn(7)
    if isinstance(want, list):
        same_lists(got, want)
    else:
        assert got == want
