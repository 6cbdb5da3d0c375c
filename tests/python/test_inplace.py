"""Augmented assignment on arrays updates them in place, as NumPy's
__iadd__ & co. do (the caller sees the change, views write through), with
NumPy's 'same_kind' casting rule; overlapping operands give NumPy's result."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec

DTYPES = [np.int64, np.int32, np.float64, np.float32]
SHAPES = [(7,), (3, 4), (2, 3, 2)]


# One kernel per operator: on the argument's name, on a local view, and
# on a subscript (a[:] op= ...). Written out so that nbc reads the source.
@nbc.njit
def iadd(a, b):
    a += b


@nbc.njit
def isub(a, b):
    a -= b


@nbc.njit
def imul(a, b):
    a *= b


@nbc.njit
def itruediv(a, b):
    a /= b


@nbc.njit
def ifloordiv(a, b):
    a //= b


@nbc.njit
def imod(a, b):
    a %= b


@nbc.njit
def ipow(a, b):
    a **= b


@nbc.njit
def iand(a, b):
    a &= b


@nbc.njit
def ior(a, b):
    a |= b


@nbc.njit
def ixor(a, b):
    a ^= b


@nbc.njit
def ilshift(a, b):
    a <<= b


@nbc.njit
def irshift(a, b):
    a >>= b


OPS = {"+": iadd, "-": isub, "*": imul, "/": itruediv, "//": ifloordiv, "%": imod,
       "**": ipow, "&": iand, "|": ior, "^": ixor, "<<": ilshift, ">>": irshift}


def numpy_iop(op, a, b):
    if op == "+":
        a += b
    elif op == "-":
        a -= b
    elif op == "*":
        a *= b
    elif op == "/":
        a /= b
    elif op == "//":
        a //= b
    elif op == "%":
        a %= b
    elif op == "**":
        a **= b
    elif op == "&":
        a &= b
    elif op == "|":
        a |= b
    elif op == "^":
        a ^= b
    elif op == "<<":
        a <<= b
    elif op == ">>":
        a >>= b


def operands(dtype, shape, rng):
    a = rng.integers(1, 9, size=shape).astype(dtype)
    b = rng.integers(1, 4, size=shape[-1:]).astype(dtype)  # broadcasts
    return a, b


def run_both(op, a, b):
    """(NumPy's array or exception type, nbc's array or exception type)."""
    want, got = a.copy(), a.copy()
    bw = b.copy() if isinstance(b, np.ndarray) else b
    try:
        numpy_iop(op, want, bw)
    except TypeError as e:  # UFuncTypeError: casting
        want = type(e)
    try:
        OPS[op](got, b)
    except (TypeError, nbc.TypingError, nbc.UnsupportedError) as e:
        got = type(e)
    return want, got


@pytest.mark.parametrize("op", list(OPS))
@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: d.__name__)
@pytest.mark.parametrize("shape", SHAPES, ids=str)
def test_array_op_array_in_place(op, dtype, shape):
    rng = np.random.default_rng(7)
    a, b = operands(dtype, shape, rng)
    want, got = run_both(op, a, b)
    if isinstance(want, type):
        assert isinstance(got, type), f"NumPy raises {want.__name__}, nbc did not"
        return
    assert not isinstance(got, type), f"nbc raised {got}"
    assert got.dtype == want.dtype
    np.testing.assert_allclose(got, want, rtol=1e-6)


@pytest.mark.parametrize("op", list(OPS))
@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: d.__name__)
def test_array_op_scalar_in_place(op, dtype):
    rng = np.random.default_rng(3)
    a = rng.integers(1, 9, size=(4, 5)).astype(dtype)
    s = 2 if np.dtype(dtype).kind == "i" else 2.0
    want, got = run_both(op, a, s)
    if isinstance(want, type):
        assert isinstance(got, type), f"NumPy raises {want.__name__}, nbc did not"
        return
    assert not isinstance(got, type), f"nbc raised {got}"
    np.testing.assert_allclose(got, want, rtol=1e-6)


@pytest.mark.parametrize("dtype", [np.int64, np.int32])
def test_int_array_plus_float_refused_at_compile_time(dtype):
    a = np.arange(5, dtype=dtype)
    with pytest.raises(TypeError):  # NumPy: UFuncTypeError
        b = a.copy()
        b += 1.5
    with pytest.raises(nbc.TypingError, match="same_kind") as e:
        iadd(a, 1.5)
    assert "test_inplace.py" in str(e.value) and "a += b" in str(e.value)
    with pytest.raises(nbc.TypingError):
        itruediv(a, 2)
    assert (a == np.arange(5)).all()  # nothing was written


@nbc.njit
def scale_view(a, s):
    v = a[1:]
    v *= s


@nbc.njit
def add_to_local_then_return(n):
    x = np.zeros(n)
    y = x
    y += 1.0
    return x


@nbc.njit
def add_subscript(a, b):
    a[1:, ::2] += b


@nbc.njit
def add_row_in_loop(a):
    for i in range(a.shape[0]):
        row = a[i]
        row *= i


@nbc.njit(parallel=True)
def add_row_in_prange(a):
    for i in nbc.prange(a.shape[0]):
        row = a[i]
        row += i


@nbc.njit(parallel=True)
def scale_then_reduce(a, s):
    a *= s
    acc = 0.0
    for i in nbc.prange(a.shape[0]):
        acc += a[i]
    return acc


@nbc.njit
def add_in_loop(a, b, n):
    for _ in range(n):
        a += b


@nbc.njit
def add_in_branch(a, c):
    if c:
        a += 1
    else:
        a -= 1


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: d.__name__)
def test_views_locals_loops(dtype):
    a = np.arange(12, dtype=dtype).reshape(3, 4)
    want = a.copy()
    v = want[1:]
    v *= 3
    scale_view(a, 3)
    np.testing.assert_array_equal(a, want)

    a = np.arange(12, dtype=dtype).reshape(3, 4)
    b = np.arange(2, dtype=dtype)
    want = a.copy()
    want[1:, ::2] += b
    add_subscript(a, b)
    np.testing.assert_array_equal(a, want)

    for kernel in (add_row_in_loop, add_row_in_prange):
        a = np.arange(12, dtype=dtype).reshape(3, 4)
        want = a.copy()
        for i in range(3):
            row = want[i]
            if kernel is add_row_in_loop:
                row *= i
            else:
                row += i
        kernel(a)
        np.testing.assert_array_equal(a, want)

    a = np.ones(5, dtype=dtype)
    add_in_loop(a, np.arange(5, dtype=dtype), 3)
    np.testing.assert_array_equal(a, 1 + 3 * np.arange(5, dtype=dtype))
    add_in_branch(a, True)
    add_in_branch(a, False)
    add_in_branch(a, False)
    np.testing.assert_array_equal(a, 3 * np.arange(5, dtype=dtype))


def test_local_alias_and_prange_before_reduction():
    np.testing.assert_array_equal(add_to_local_then_return(4), np.ones(4))
    a = np.arange(6.0)
    assert scale_then_reduce(a, 2.0) == 30.0
    np.testing.assert_array_equal(a, 2 * np.arange(6.0))


def test_strided_and_negative_step_arguments():
    base = np.arange(20, dtype=np.float64)
    a = base[::2]
    want = base.copy()
    want[::2] += 1
    iadd(a, 1.0)
    np.testing.assert_array_equal(base, want)
    base = np.arange(10, dtype=np.int32)
    iadd(base[::-1], np.arange(10, dtype=np.int32))
    np.testing.assert_array_equal(base, np.arange(10) + np.arange(10)[::-1])


def test_broadcast_into_smaller_output_raises():
    with pytest.raises(ValueError):  # NumPy: non-broadcastable output operand
        a = np.zeros(3)
        a += np.zeros((2, 3))
    with pytest.raises(nbc.TypingError, match="non-broadcastable"):
        iadd(np.zeros(3), np.zeros((2, 3)))
    with pytest.raises(ValueError):  # same rank, extents that do not fit
        iadd(np.zeros((2, 3)), np.zeros((3, 3)))


# `t[e] op= v` evaluates `t` and `e` once, as Python does: each pop() below
# runs once (a second evaluation would pop again and touch another item).
def aug_array_item(a):
    order = [0, 1, 2, 3]
    a[order.pop()] += 10
    a[order.pop() - 1, ] *= 2
    return len(order)


def aug_2d_item_and_slice(a):
    order = [0, 1, 2, 0, 1, 2]
    a[order.pop(), order.pop()] -= 5
    a[order.pop()][order.pop()] += 3
    a[order.pop():, 1] += 7
    return len(order)


def aug_list_and_dict_items(a):
    items = [1.0, 2.0, 3.0]
    counts = {0: 0, 1: 0}
    order = [0, 1, 2]
    items[order.pop()] += 4.0
    counts[order.pop()] += 3
    a[order.pop()] += 1
    return items[0] + 10 * items[1] + 100 * items[2] + 1000 * counts[1] + len(order)


@pytest.mark.parametrize("fn, shape", [(aug_array_item, (5,)),
                                       (aug_2d_item_and_slice, (3, 4)),
                                       (aug_list_and_dict_items, (4,))],
                         ids=lambda x: getattr(x, "__name__", ""))
@pytest.mark.parametrize("dtype", [np.int64, np.float64], ids=lambda d: d.__name__)
def test_augmented_subscript_evaluates_once(fn, shape, dtype):
    want_a = np.arange(np.prod(shape), dtype=dtype).reshape(shape)
    got_a = want_a.copy()
    want = fn(want_a)
    assert nbc.njit(fn)(got_a) == want
    np.testing.assert_array_equal(got_a, want_a)
