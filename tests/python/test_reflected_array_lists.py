"""Python lists of NumPy arrays passed to kernels, as Numba's reflected
lists: reads, writes into the items (seen in the caller's arrays, which stay
the list's objects), len, appends (seen in the caller's list after the
call), items of several lengths, 2-d and strided items, the type key of the
dispatcher. Against CPython/NumPy running the same functions and Numba side
by side; what cannot be passed or done says why (reflected_arrays.py,
list_aliasing.py)."""

import warnings

import numpy as np
import pytest

import nbc
from nbc.errors import UnsupportedArgumentError
from conftest import requires_exec

pytestmark = requires_exec


def total(arrs):
    t = 0.0
    for a in arrs:
        t += a.sum()
    return t


def write(arrs, i, j, v):
    arrs[i][j] = v
    return len(arrs)


def write_rows(arrs):
    for a in arrs:
        for i in range(a.shape[0]):
            a[i, 0] = a[i].sum() + i
    return len(arrs)


def scale_all(arrs, k):
    n = 0
    for a in arrs:
        a *= k
        n += a.size
    return n


def add_zeros(arrs, k):
    arrs.append(np.zeros(k))
    arrs[0][0] = 5.0
    return len(arrs)


def grow_and_write(arrs, n):
    for i in range(n):
        arrs.append(arrs[0] * i)
        arrs[0][0] += 1
    return arrs[0][0]


def append_then_write_new(arrs):
    b = np.arange(4.0)
    arrs.append(b)
    b[1] = -1.0
    arrs[-1][2] = -2.0
    return len(arrs)


def write_then_raise(arrs, n):
    arrs[0][0] = 11.0
    if n > 0:
        raise ValueError("n")
    return 0


def get_item(arrs, i):
    return arrs[i].copy()


def get_whole(arrs, i):
    return arrs[i]


def doubled(arrs):
    return [a * 2 for a in arrs]


def copies_changed(arrs):
    out = []
    for a in arrs:
        out.append(a.copy())
    out[0][0] = -1.0
    arrs.append(np.full(2, 3.0))
    return out


def assigns(arrs):
    arrs[0] = np.ones(3)


def pops(arrs):
    return arrs.pop()


def passes_on(arrs):
    return total_jit(arrs)


def with_array(arrs, x):
    x[0] = 1.0
    return arrs[0][0]


def reverse_items(arrs):
    n = 0
    for a in arrs:
        n += a.size
        a[...] = a[::-1].copy()
    return n


@nbc.njit
def set_first(a, v):
    a[0] = v
    return a.sum()


def items_to_a_callee(arrs):
    s = 0.0
    for i in range(len(arrs)):
        s += set_first(arrs[i], i + 1.5)
    return s


def parallel_writes(arrs):
    for i in nbc.prange(len(arrs)):
        arrs[i][0] = i * 2.0
    return len(arrs)


def with_scalar_list(arrs, nums):
    arrs[0][0] = nums[0]
    nums.append(len(arrs))
    arrs.append(np.full(2, nums[-1] * 1.0))
    return len(nums)


total_jit = nbc.njit(total)


def numba_or_skip():
    numba = pytest.importorskip("numba")
    warnings.simplefilter("ignore", numba.NumbaPendingDeprecationWarning)
    return numba


def lists(make):
    """Three copies of the list `make()` builds: CPython's, nbc's, Numba's."""
    return make(), make(), make()


def check_same(fn, make, *args, numba=True):
    """`fn` under CPython, nbc and Numba (unless not `numba`: then CPython
    twice) on equal lists of arrays: same result, same arrays after the
    call, the caller's array objects kept."""
    other_jit = numba_or_skip().njit if numba else (lambda f: f)
    py, mine, theirs = lists(make)
    kept = list(mine)
    want = fn(py, *args)
    got = nbc.njit(fn)(mine, *args)
    other = other_jit(fn)(theirs, *args)
    assert got == want == other
    assert len(mine) == len(py) == len(theirs)
    for a, b, c in zip(mine, py, theirs):
        assert a.dtype == b.dtype and a.shape == b.shape
        np.testing.assert_array_equal(a, b)
        np.testing.assert_array_equal(c, b)
    assert all(a is b for a, b in zip(mine, kept))  # the caller's objects
    return mine


def ragged():
    return [np.arange(3.0), np.arange(5.0) * 0.5, np.array([7.0])]


def ints_2d():
    return [np.arange(6, dtype=np.int64).reshape(2, 3),
            np.arange(12, dtype=np.int64).reshape(4, 3) - 5]


def strided():
    base = np.arange(24.0).reshape(4, 6)
    return [base[:, 1], base[::2, 3], base[1, 4::-2]]  # disjoint


@pytest.mark.parametrize("make", [ragged, strided], ids=["ragged", "strided"])
def test_total(make):
    check_same(total, make)


@pytest.mark.parametrize("make, i, j, v", [
    (ragged, 1, 4, 9.5), (ragged, -1, 0, -2.0), (strided, 2, 1, 100.0),
    (ints_2d, 1, (3, 2), 77)], ids=["ragged", "negative", "strided", "2d"])
def test_item_writes_reach_the_callers_arrays(make, i, j, v):
    mine = check_same(write, make, i, j, v)
    assert mine[i][j] == v


def test_strided_writes_reach_the_base():
    base = np.arange(24.0).reshape(4, 6)
    want = base.copy()
    arrs = [base[:, 1], base[::2, 3]]
    nbc.njit(write)(arrs, 1, 1, -3.0)
    want[2, 3] = -3.0
    np.testing.assert_array_equal(base, want)


@pytest.mark.parametrize("make", [ints_2d, lambda: [np.ones((3, 2)), np.eye(2)]],
                         ids=["int64", "float64"])
def test_2d_rows(make):
    check_same(write_rows, make)


def test_in_place_operators():
    check_same(scale_all, ragged, 3.0)


@pytest.mark.parametrize("make", [ragged, strided], ids=["ragged", "strided"])
def test_appends_are_reflected(make):
    mine = check_same(add_zeros, make, 4)
    assert mine[-1].shape == (4,) and not mine[-1].any()


@pytest.mark.parametrize("n", [0, 1, 9, 40])  # through growths of the buffer
def test_many_appends(n):
    check_same(grow_and_write, ragged, n)


def test_a_name_appended_is_the_item():
    check_same(append_then_write_new, ragged)


def test_writes_before_a_raise_are_kept():
    numba = numba_or_skip()
    py, mine, theirs = lists(ragged)
    for f, arrs in ((write_then_raise, py), (nbc.njit(write_then_raise), mine),
                    (numba.njit(write_then_raise), theirs)):
        with pytest.raises(ValueError):
            f(arrs, 1)
    assert mine[0][0] == py[0][0] == theirs[0][0] == 11.0


def test_items_returned_and_lists_of_arrays_built():
    arrs = ragged()
    got = nbc.njit(get_item)(arrs, 1)
    np.testing.assert_array_equal(got, arrs[1])
    got[0] = 99.0  # a copy, as `.copy()` makes it in Python
    assert arrs[1][0] == 0.0


def test_an_item_returned_is_a_new_array():
    """nbc returns a copy of the item (Numba: the caller's array object):
    equal values, the caller's array unchanged by writes through it."""
    arrs = ragged()
    got = nbc.njit(get_whole)(arrs, 1)
    np.testing.assert_array_equal(got, arrs[1])
    got[0] = 99.0
    assert arrs[1][0] == 0.0


@pytest.mark.parametrize("fn", [doubled, copies_changed])
def test_lists_of_arrays_returned(fn):
    numba = numba_or_skip()
    py, mine, theirs = lists(ragged)
    want, got, other = fn(py), nbc.njit(fn)(mine), numba.njit(fn)(theirs)
    junk = [np.full(1000, 7.0) for _ in range(50)]  # reuse of freed memory shows
    assert len(got) == len(want) == len(other) and junk[-1][0] == 7.0
    for g, w, o in zip(got, want, other):
        np.testing.assert_array_equal(g, w)
        np.testing.assert_array_equal(o, w)
    for a, b in zip(mine, py):
        np.testing.assert_array_equal(a, b)
    assert len(mine) == len(py)


@pytest.mark.parametrize("dtype", [np.complex128, np.bool_, np.float32, np.uint8,
                                   np.int32])
def test_dtypes_and_empty_items(dtype):
    check_same(reverse_items, lambda: [np.arange(4).astype(dtype), np.zeros(0, dtype),
                                       (np.arange(3) % 2).astype(dtype)])


def test_fortran_items():
    check_same(write_rows, lambda: [np.asfortranarray(np.arange(6.0).reshape(2, 3)),
                                    np.arange(8.0).reshape(2, 4).T])


def test_items_passed_to_a_compiled_function():
    check_same(items_to_a_callee, ragged, numba=False)  # (Numba can't call nbc's)


def test_prange_writes():  # against CPython (nbc.prange is range there)
    py, mine = ragged(), ragged()
    assert nbc.njit(parallel=True)(parallel_writes)(mine) == parallel_writes(py)
    for a, b in zip(mine, py):
        np.testing.assert_array_equal(a, b)


def test_type_keys_tell_dtypes_and_ranks_apart():
    f = nbc.njit(total)
    f1 = [np.arange(3.0)]
    i2 = [np.arange(6, dtype=np.int64).reshape(2, 3)]
    i1 = [np.arange(6, dtype=np.int64)]
    f32 = [np.arange(3, dtype=np.float32)]
    for arrs in (f1, i2, i1, f32, f1, i2):
        assert f(arrs) == total(arrs)
    assert len(f.signatures) == 4
    assert {str(s[0]) for s in f.signatures} == {
        "list(float64[:])", "list(int64[:, :])", "list(int64[:])", "list(float32[:])"} \
        or len({s[0] for s in f.signatures}) == 4


@pytest.mark.parametrize("arrs, words", [
    ([], "empty list"),
    ([np.zeros(3), np.zeros(3, np.int64)], "one dtype and rank"),
    ([np.zeros(3), np.zeros((3, 3))], "one dtype and rank"),
], ids=["empty", "dtypes", "ranks"])
def test_lists_with_no_one_type_are_typing_errors(arrs, words):
    with pytest.raises(nbc.TypingError, match=words) as info:
        nbc.njit(total)(arrs)
    assert isinstance(info.value, TypeError)
    assert "argument 0 ('arrs')" in str(info.value)


def test_read_only_items_are_refused():
    a = np.zeros(3)
    a.flags.writeable = False
    with pytest.raises(UnsupportedArgumentError, match="read-only"):
        nbc.njit(total)([a, np.zeros(2)])


@pytest.mark.parametrize("make_args", [
    lambda a: ([a, a],), lambda a: ([a[:3], a[2:]],), lambda a: ([a[:2]], a),
], ids=["twice", "overlapping", "with an argument"])
def test_items_sharing_memory_are_refused(make_args):
    a = np.arange(6.0)
    args = make_args(a)
    f = nbc.njit(with_array) if len(args) == 2 else nbc.njit(total)
    with pytest.raises(UnsupportedArgumentError, match="share memory"):
        f(*args)


def test_disjoint_views_of_one_array_pass():
    base = np.arange(12.0).reshape(3, 4)
    arrs = [base[:, 0], base[:, 1]]  # their byte ranges overlap, not their bytes
    assert nbc.njit(total)(arrs) == total(arrs)
    x = np.zeros(2)
    assert nbc.njit(with_array)(arrs, x) == 0.0 and x[0] == 1.0


@pytest.mark.parametrize("fn, words", [
    (assigns, "not assign"), (pops, "not assign, pop"), (passes_on, "compiled function"),
], ids=["assign", "pop", "pass on"])
def test_changes_other_than_appends_are_refused(fn, words):
    with pytest.raises(nbc.UnsupportedError, match=words) as info:
        nbc.njit(fn)(ragged())
    assert "File " in str(info.value)


def test_beside_a_list_of_scalars():
    numba = numba_or_skip()
    runs = [(with_scalar_list, ragged(), [2.5, 1.0]),
            (nbc.njit(with_scalar_list), ragged(), [2.5, 1.0]),
            (numba.njit(with_scalar_list), ragged(), [2.5, 1.0])]
    results = [f(arrs, nums) for f, arrs, nums in runs]
    assert results[0] == results[1] == results[2]
    (_, want, wnums), *others = runs
    for _, arrs, nums in others:
        assert nums == wnums and len(arrs) == len(want)
        for a, b in zip(arrs, want):
            np.testing.assert_array_equal(a, b)
