"""Integer-array ("fancy") indexing inside @nbc.njit against NumPy running
the same Python: a[idx], a[idx, j], a[i, idx], a[:, idx], a[0, :, idx]
(NumPy's axis order for separated advanced indices), a[idx] = v, a[idx] += v
(repeated indices updated once), np.take / a.take; values, dtypes, shapes,
views of any layout, several index dtypes, negative indices, and NumPy's
IndexError/ValueError messages (nbc.take, nbc.put)."""

import numpy as np
import pytest

import nbc

INDEX_DTYPES = [np.int64, np.int32, np.int8, np.uint8, np.uint32, np.uint64]


def copy_view(a):
    """A copy of the array `a` with its strides, viewing a copy of its base
    (so that a kernel writing through a view changes only the copy)."""
    if not isinstance(a, np.ndarray):
        return a
    root = a
    while isinstance(root.base, np.ndarray):
        root = root.base
    copy = root.copy(order="K")
    offset = a.__array_interface__["data"][0] - root.__array_interface__["data"][0]
    return np.ndarray(a.shape, a.dtype, buffer=copy, offset=offset, strides=a.strides)


def run_both(kernel, *args):
    """(result, args after the call) of the compiled kernel and of CPython
    on copies of `args`; or the exception each raised."""
    def call(fn):
        copies = [copy_view(a) for a in args]
        try:
            return fn(*copies), copies, None
        except Exception as e:  # noqa: BLE001 - compared below
            return None, copies, e
    return call(kernel), call(kernel.py_func)


def check(kernel, *args):
    (got, got_args, got_err), (want, want_args, want_err) = run_both(kernel, *args)
    if want_err is not None:
        assert got_err is not None, f"expected {want_err!r}, got {got!r}"
        assert type(got_err) is type(want_err)
        assert str(got_err) == str(want_err)
        return
    assert got_err is None, got_err
    assert_same(got, want)
    for g, w in zip(got_args, want_args):
        if isinstance(w, np.ndarray):
            assert_same(g, w)


def assert_same(got, want):
    if isinstance(want, tuple):
        assert isinstance(got, tuple) and len(got) == len(want)
        for g, w in zip(got, want):
            assert_same(g, w)
        return
    got, want = np.asarray(got), np.asarray(want)
    assert got.dtype == want.dtype, (got.dtype, want.dtype)
    assert got.shape == want.shape, (got.shape, want.shape)
    np.testing.assert_array_equal(got, want)


@nbc.njit
def get(a, idx):
    return a[idx]


@nbc.njit
def get_then_int(a, idx, j):
    return a[idx, j]


@nbc.njit
def get_int_then(a, i, idx):
    return a[i, idx]


@nbc.njit
def get_columns(a, idx):
    return a[:, idx]


@nbc.njit
def get_separated(a, idx):
    return a[0, :, idx]


@nbc.njit
def get_last_axis(a, idx):
    return a[:, :, idx]


@nbc.njit
def get_middle(a, idx):
    return a[1, idx, 2]


@nbc.njit
def get_sliced(a, idx):
    return a[1:, idx, ::-1]


@nbc.njit
def set_scalar(a, idx, v):
    a[idx] = v


@nbc.njit
def set_array(a, idx, v):
    a[idx] = v


@nbc.njit
def set_columns(a, idx, v):
    a[:, idx] = v


@nbc.njit
def set_int_then(a, i, idx, v):
    a[i, idx] = v


@nbc.njit
def add_in_place(a, idx, v):
    a[idx] += v


@nbc.njit
def mul_columns_in_place(a, idx, v):
    a[:, idx] *= v


@nbc.njit
def np_take(a, idx):
    return np.take(a, idx)


@nbc.njit
def np_take_axis(a, idx):
    return np.take(a, idx, axis=1)


@nbc.njit
def np_take_axis_positional(a, idx):
    return np.take(a, idx, -1)


@nbc.njit
def method_take(a, idx):
    return a.take(idx)


@nbc.njit
def take_scalar(a, i):
    return np.take(a, i)


@nbc.njit
def gather_sum(a, idx):
    s = 0.0
    for k in range(3):
        s += a[idx].sum() * k
    return s


def arrays_1d():
    base = np.arange(12, dtype=np.float64) * 1.5
    return [base, base[::-2], base[:1], np.arange(7, dtype=np.int16),
            np.array([True, False, True, True])]


@pytest.mark.parametrize("dtype", INDEX_DTYPES)
def test_1d_gather_index_dtypes(dtype):
    for a in arrays_1d():
        n = len(a)
        for idx in ([0], [n - 1, 0, n - 1], list(range(n))[::-1], []):
            check(get, a, np.array(idx, dtype=dtype))
        if np.issubdtype(dtype, np.signedinteger):
            check(get, a, np.array([-1, -n, 0], dtype=dtype))


def test_gather_out_of_bounds_messages():
    a = np.arange(5.0)
    for idx in ([5], [0, 7], [-6], [2, -9, 40]):
        check(get, a, np.array(idx))
    check(get, a, np.array([5], dtype=np.uint8))
    check(get, np.empty(0), np.array([0]))
    check(get, np.empty(0), np.array([], dtype=np.int64))
    b = np.arange(24.0).reshape(2, 3, 4)
    check(get_columns, b[0], np.array([4]))
    check(get_separated, b, np.array([1, -5]))
    check(get_int_then, b[0], 1, np.array([9]))
    check(get_middle, b, np.array([3]))


def test_nd_gather_shapes():
    b = np.arange(24.0).reshape(2, 3, 4)
    f = np.asfortranarray(b)
    views = [b, f, b[:, ::-1, 1:], b.transpose(2, 0, 1)]
    for v in views:
        check(get, v, np.array([1, 0, 1]))
        check(get, v, np.array([[0, 1], [1, 1]]))  # a 2-d index array
        check(get_last_axis, v, np.array([0, -1]))
        check(get_separated, v, np.array([1, 0, 1]))
        check(get_middle, v, np.array([0, 2]))
        check(get_sliced, v, np.array([2, 0]))
    m = np.arange(20, dtype=np.int32).reshape(4, 5)
    for v in (m, m.T, m[::2, ::-1], m[:1, :1]):
        check(get_columns, v, np.array([0, -1], dtype=np.int32))
        check(get_then_int, v, np.array([0, -1, 0]), 0)
        check(get_int_then, v, -1, np.array([0, 0], dtype=np.uint16))


def test_take():
    a = np.arange(10.0)
    check(np_take, a, np.array([3, -1]))
    check(np_take, a, np.array([[1, 2], [3, 4]]))
    check(np_take, a, np.array([10]))
    check(method_take, a[::3], np.array([0, 2]))
    check(take_scalar, a, 4)
    m = np.arange(12).reshape(3, 4)
    check(np_take_axis, m, np.array([3, 0, 3]))
    check(np_take_axis, m.T, np.array([2]))
    check(np_take_axis, m, np.array([4]))
    check(np_take_axis_positional, m, np.array([1]))
    check(gather_sum, a, np.array([1, 1, 9]))


def test_setitem_scalar_and_broadcast():
    a = np.arange(8.0)
    check(set_scalar, a, np.array([0, 2, -1]), 9.5)
    check(set_scalar, a, np.array([1, 1, 1]), 3)
    check(set_scalar, np.arange(8), np.array([3, 4], dtype=np.uint8), 2.75)  # cast
    check(set_array, a, np.array([5, 1]), np.array([10.0, 20.0]))
    check(set_array, a, np.array([5, 1, 5]), np.array([1.0, 2.0, 3.0]))  # last wins
    check(set_array, a, np.array([5, 1]), np.array([7.0]))  # broadcasts
    check(set_array, a, np.array([5, 1]), np.array([1.0, 2.0, 3.0]))  # ValueError
    check(set_array, a, np.array([0, 8]), np.array([1.0, 2.0]))  # IndexError
    m = np.zeros((3, 4))
    check(set_array, m, np.array([2, 0]), np.arange(4.0))  # rows
    check(set_array, m, np.array([2, 0]), np.arange(8.0).reshape(2, 4))
    check(set_array, m, np.array([2, 0]), np.arange(3.0))  # shape mismatch
    check(set_columns, m, np.array([3, -4]), np.arange(6.0).reshape(3, 2))
    check(set_columns, m.T, np.array([1]), 4.0)
    check(set_int_then, m, -1, np.array([0, 1]), np.array([5.0, 6.0]))
    check(set_scalar, np.empty(0), np.array([], dtype=np.int64), 1.0)


def test_setitem_into_views():
    base = np.arange(20.0)
    view = base[::2]
    got_base, want_base = base.copy(), base.copy()
    set_scalar(got_base[::2], np.array([0, -1]), -1.0)
    want_base[::2][[0, -1]] = -1.0
    assert_same(got_base, want_base)
    check(set_array, view, np.array([1, 3]), np.array([4.0, 5.0]))


def test_setitem_value_aliases_target():
    # NumPy reads the whole value before writing.
    a = np.arange(6.0)
    got = a.copy()
    set_array(got, np.array([5, 4, 3, 2, 1, 0]), got)
    want = a.copy()
    want[[5, 4, 3, 2, 1, 0]] = want
    assert_same(got, want)
    got = a.copy()
    set_array(got, np.array([1, 2, 3]), got[:3])
    want = a.copy()
    want[[1, 2, 3]] = want[:3]
    assert_same(got, want)


def test_in_place_update_applies_repeated_indices_once():
    a = np.arange(6.0)
    check(add_in_place, a, np.array([0, 0, 0, 5]), 1.0)
    check(add_in_place, a, np.array([1, -1]), np.array([10.0, 20.0]))
    check(add_in_place, np.arange(6), np.array([2, 2], dtype=np.uint8), 3)
    check(add_in_place, a, np.array([9]), 1.0)
    m = np.ones((3, 4))
    check(mul_columns_in_place, m, np.array([0, 0, 3]), np.array([2.0, 3.0, 4.0]))


def test_in_place_refuses_what_numpy_refuses():
    with pytest.raises(nbc.TypingError, match="in place"):
        add_in_place(np.arange(3), np.array([0]), 1.5)


@nbc.njit
def bad_float_index(a, f):
    return a[f]


@nbc.njit
def too_many(a, i):
    return a[i, 0]


def test_compile_time_errors():
    with pytest.raises(nbc.TypingError, match="integer \\(or boolean\\) type"):
        bad_float_index(np.arange(3.0), np.array([0.0]))
    with pytest.raises(nbc.TypingError, match="too many indices"):
        too_many(np.arange(3.0), np.array([0]))


@nbc.njit
def index_with_where(a):
    return a[np.where(a > 5)]


@nbc.njit
def chained(a):
    b = a[a > 2]
    return b[np.nonzero(b > 7)[0]]


@nbc.njit(parallel=True)
def gather_in_prange(a, idx):
    s = 0.0
    for i in nbc.prange(len(idx)):
        s += a[idx][i]
    return s


def test_index_arrays_from_kernels():
    a = np.arange(10.0)
    check(index_with_where, a)
    check(index_with_where, a[::-1])
    check(chained, a)
    assert gather_in_prange(a, np.array([1, 2, -1])) == 12.0
    with pytest.raises(IndexError, match="index 11 is out of bounds for axis 0 "
                       "with size 10"):
        gather_in_prange(a, np.array([11]))


def test_huge_unsigned_index():
    # NumPy casts the uint64 index to intp; so does the message.
    check(get, np.arange(10.0), np.array([2**63 + 5], dtype=np.uint64))


def test_read_only_arrays():
    ro = np.arange(5.0)
    ro.flags.writeable = False
    check(get, ro, np.array([4, 0]))
    with pytest.raises(nbc.TypingError, match="read-only"):
        set_scalar(ro, np.array([0]), 1.0)
