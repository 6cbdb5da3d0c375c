"""`a @ b`, np.matmul, np.dot, np.inner, np.vdot, np.outer (nbc.matmul)
against NumPy: values, result dtypes and shapes, views of any layout,
empty and one-element operands, and NumPy's errors."""

import operator

import numpy as np
import pytest

import nbc


@nbc.njit
def at(a, b):
    return a @ b


@nbc.njit
def matmul(a, b):
    return np.matmul(a, b)


@nbc.njit
def dot(a, b):
    return np.dot(a, b)


@nbc.njit
def inner(a, b):
    return np.inner(a, b)


@nbc.njit
def vdot(a, b):
    return np.vdot(a, b)


@nbc.njit
def outer(a, b):
    return np.outer(a, b)


@nbc.njit
def op_matmul(a, b):
    return operator.matmul(a, b)


@nbc.njit
def chained(a, b, x):
    return (a @ b) @ x + a.T @ (a @ x)


@nbc.njit
def in_loop(a, b, n):
    c = a
    for _ in range(n):
        c = c @ b
    return c


NP = {at: np.matmul, matmul: np.matmul, op_matmul: np.matmul, dot: np.dot,
      inner: np.inner, vdot: np.vdot, outer: np.outer}
RNG = np.random.default_rng(42)


def rand(shape, dtype=np.float64):
    if np.dtype(dtype) == np.bool_:
        return RNG.random(shape) < 0.5
    if np.dtype(dtype).kind in "iu":
        lo = 0 if np.dtype(dtype).kind == "u" else -9
        return RNG.integers(lo, 10, shape).astype(dtype)
    return (RNG.random(shape) * 2 - 1).astype(dtype)


def agree(kernel, a, b):
    want = NP[kernel](a, b)
    got = kernel(a, b)
    if np.ndim(want) == 0:
        # Scalar results box as Python scalars of the dtype's kind (Numba's).
        kind = {"f": float, "i": int, "u": int, "b": bool}[want.dtype.kind]
        assert type(got) is kind, (got, want)
    else:
        assert got.dtype == want.dtype, (got, want)
    assert np.shape(got) == np.shape(want)
    if np.asarray(want).dtype.kind == "f":
        rtol = 1e-5 if np.asarray(want).dtype == np.float32 else 1e-12
        np.testing.assert_allclose(got, want, rtol=rtol, atol=rtol)
    else:
        np.testing.assert_array_equal(got, want)


SHAPES = [((3, 4), (4, 5)), ((3, 4), (4,)), ((4,), (4, 5)), ((4,), (4,)),
          ((1, 1), (1, 1)), ((1,), (1,)), ((1, 7), (7, 1)), ((0, 3), (3, 2)),
          ((2, 0), (0, 3)), ((0,), (0,)), ((3, 0), (0,)), ((5, 3), (3, 0)),
          ((17, 33), (33, 9))]


@pytest.mark.parametrize("kernel", [at, matmul, dot, op_matmul])
@pytest.mark.parametrize("sa,sb", SHAPES)
def test_shapes(kernel, sa, sb):
    agree(kernel, rand(sa), rand(sb))


@pytest.mark.parametrize("da,db", [
    (np.float64, np.float64), (np.float32, np.float32), (np.float32, np.float64),
    (np.int64, np.int64), (np.int32, np.int32), (np.int8, np.uint8),
    (np.uint16, np.int16), (np.int64, np.uint64), (np.float32, np.int32),
    (np.float32, np.int16), (np.uint8, np.uint8), (np.bool_, np.bool_),
    (np.bool_, np.int32), (np.int64, np.float64)])
@pytest.mark.parametrize("sa,sb", [((3, 4), (4, 2)), ((3, 4), (4,)),
                                   ((4,), (4, 2)), ((6,), (6,))])
def test_dtypes(da, db, sa, sb):
    a, b = rand(sa, da), rand(sb, db)
    agree(at, a, b)
    agree(dot, a, b)


def test_integers_wrap_like_numpy():
    a = np.full((2, 3), 100, np.int8)
    b = np.full((3, 2), 100, np.int8)
    agree(at, a, b)  # int8 accumulates in int8 and wraps, as NumPy
    agree(dot, np.full(4, 2**62, np.int64), np.full(4, 3, np.int64))


def test_views_of_any_layout():
    big = rand((9, 12))
    a = big[1:7:2, ::3]                   # strided rows and columns
    b = np.asfortranarray(rand((4, 5)))   # F-order
    c = rand((5, 4)).T                    # transposed view
    agree(at, a, b)
    agree(at, a, c)
    agree(at, b.T, a.T)
    agree(at, big[::-2, 3], big[2:7, ::-1])  # negative strides, 1-d row view
    agree(dot, big[2, :9:2], big[::2, 5])
    agree(at, big[:, 1:1], big[1:1, :4])   # empty views


def test_views_made_in_the_kernel():
    @nbc.njit
    def f(a):
        return a[::2, 1:] @ a.T[1:, ::2] + a[0, ::2] @ a.T[::2, ::2]

    a = rand((6, 6))
    np.testing.assert_allclose(f(a), f.py_func(a), rtol=1e-12)


BATCHED = [((2, 3, 4), (4, 5)), ((2, 3, 4), (2, 4, 5)), ((2, 3, 4), (1, 4, 5)),
           ((1, 3, 4), (6, 4, 2)), ((2, 1, 3, 4), (5, 4, 2)), ((2, 3, 4), (4,)),
           ((4,), (2, 4, 3)), ((3, 4), (2, 2, 4, 1)), ((0, 3, 4), (4, 2)),
           ((2, 3, 0), (2, 0, 5)), ((1, 1, 1), (1, 1, 1))]


@pytest.mark.parametrize("kernel", [at, matmul])
@pytest.mark.parametrize("sa,sb", BATCHED)
def test_batched_broadcasting(kernel, sa, sb):
    agree(kernel, rand(sa), rand(sb))


def test_batched_dtypes_and_views():
    agree(at, rand((3, 2, 4), np.int8), rand((4, 3), np.uint8))
    agree(at, rand((2, 3, 4), np.float32), rand((2, 4, 2), np.int32))
    big = rand((4, 6, 8))
    agree(at, big[::2, 1:4, ::2], big[1::2, 4:0:-1, 2:5])
    agree(at, big.transpose(2, 0, 1)[:, :, :4], rand((4, 3)))


@pytest.mark.parametrize("sa,sb", [((2, 3, 4), (3, 4, 5)), ((2, 3, 4), (2, 5, 6)),
                                   ((2, 2, 3, 4), (3, 4, 2)), ((4, 3), (2, 4, 4))])
def test_batched_errors_are_numpys(sa, sb):
    a, b = rand(sa), rand(sb)
    with pytest.raises(ValueError) as want:
        np.matmul(a, b)
    with pytest.raises(ValueError) as got:
        at(a, b)
    assert str(got.value) == str(want.value)


def test_inner_outer_vdot():
    a, b = rand((3, 4)), rand((5, 4))
    x, y = rand(4), rand(6)
    agree(inner, a, b)
    agree(inner, a, x)
    agree(inner, x, b)
    agree(inner, x, x)
    agree(vdot, x, x)
    agree(vdot, rand(5, np.int32), rand(5, np.int8))
    agree(outer, x, y)
    agree(outer, rand(3, np.int32), rand(4, np.float32))
    agree(outer, rand(0), y)
    agree(outer, x[::-1], y[::2])


def test_dot_with_a_scalar_multiplies():
    x = rand((3, 2))
    np.testing.assert_array_equal(dot(x, 2.5), np.dot(x, 2.5))
    np.testing.assert_array_equal(dot(3, x), np.dot(3, x))
    assert dot(2.0, 4) == np.dot(2.0, 4)


def test_compositions():
    a, b, x = rand((4, 4)), rand((4, 4)), rand(4)
    np.testing.assert_allclose(chained(a, b, x), chained.py_func(a, b, x),
                               rtol=1e-12)
    np.testing.assert_allclose(in_loop(a, b, 3), in_loop.py_func(a, b, 3),
                               rtol=1e-12)


def test_result_is_a_new_array():
    a = np.eye(3)
    c = at(a, a)
    c[0, 0] = 5.0
    assert a[0, 0] == 1.0
    assert c.flags.c_contiguous and c.flags.owndata is not None


@pytest.mark.parametrize("kernel,sa,sb", [
    (at, (2, 3), (2, 3)), (at, (3,), (2,)), (at, (2, 3), (2,)), (at, (3,), (2, 4)),
    (matmul, (2, 3), (4, 5)), (dot, (2, 3), (2, 3)), (dot, (3,), (2,)),
    (dot, (2, 3), (2,)), (dot, (3,), (2, 4)), (inner, (3,), (2,)),
    (inner, (2, 3), (2,)), (inner, (3,), (2, 4)), (inner, (2, 3), (4, 5)),
    (vdot, (3,), (2,)), (at, (0, 3), (2, 0)), (dot, (1, 0), (1, 1))])
def test_mismatch_raises_numpys_value_error(kernel, sa, sb):
    a, b = rand(sa), rand(sb)
    with pytest.raises(ValueError) as want:
        NP[kernel](a, b)
    with pytest.raises(ValueError) as got:
        kernel(a, b)
    assert str(got.value) == str(want.value)


def test_error_does_not_leak_and_kernel_still_works():
    a = rand((2, 3))
    for _ in range(3):
        with pytest.raises(ValueError):
            at(a, a)
    agree(at, a, a.T)


def test_non_array_operands_are_typing_errors():
    @nbc.njit
    def scalar_at(a):
        return a @ 2.0

    with pytest.raises(nbc.TypingError) as e:
        scalar_at(np.ones(3))
    assert "'@': both operands must be arrays" in str(e.value)
    assert "test_matmul.py" in str(e.value)


def test_unsupported_ranks_name_the_line():
    with pytest.raises(nbc.UnsupportedError) as e:
        dot(np.ones((2, 2, 2)), np.ones((2, 2)))
    assert "only 1-d and 2-d arrays" in str(e.value).splitlines()[0]
    with pytest.raises(nbc.UnsupportedError) as e:
        outer(np.ones((2, 2)), np.ones(2))
    assert "np.outer of arrays of ranks 2 and 1" in str(e.value)


def test_ir_is_one_matmul_op():
    text = at.inspect_mlir(signature=at.signatures[0]) if at.signatures else None
    if text is None:
        at(np.ones((2, 2)), np.ones((2, 2)))
        text = at.inspect_mlir()
    assert "nbc.matmul matmul" in text


@nbc.njit(parallel=True)
def in_prange(a, b):
    s = 0.0
    for i in nbc.prange(4):
        s += np.sum(a @ b) + i
    return s


def test_inside_prange_and_errors_from_threads():
    a, b = rand((3, 4)), rand((4, 2))
    assert np.isclose(in_prange(a, b), in_prange.py_func(a, b), rtol=1e-12)
    with pytest.raises(ValueError) as e:
        in_prange(a, a)
    assert "(size 3 is different from 4)" in str(e.value)


@pytest.mark.parametrize("kernel", [at, dot, vdot, inner])
@pytest.mark.parametrize("shapes", [((3, 4), (4, 2)), ((3, 4), (4,)), ((4,), (4, 2)),
                                    ((4,), (4,)), ((0, 4), (4, 2)), ((1, 1), (1, 1))])
@pytest.mark.parametrize("dtypes", [(np.complex128, np.complex128),
                                    (np.complex64, np.complex64),
                                    (np.complex64, np.complex128),
                                    (np.complex128, np.float64),
                                    (np.int64, np.complex128)])
def test_complex_operands(kernel, shapes, dtypes):
    """Complex products accumulate in complex arithmetic (the fill is the
    complex zero); a real operand joins as (x, 0), complex64 widens."""
    if kernel is inner:
        shapes = (shapes[0], shapes[1][::-1])
    if kernel is vdot and (len(shapes[0]) > 1 or len(shapes[1]) > 1):
        return
    a = rand(shapes[0], dtypes[0].__name__ == "int64" and np.int64 or np.float64)
    b = rand(shapes[1], np.float64)
    if np.dtype(dtypes[0]).kind == "c":
        a = (a + 1j * rand(shapes[0])).astype(dtypes[0])
    b = (b + 1j * rand(shapes[1])).astype(dtypes[1]) if np.dtype(dtypes[1]).kind == "c" \
        else b.astype(dtypes[1])
    want, got = NP[kernel](a, b), kernel(a, b)
    if np.ndim(want) == 0:
        assert type(got) is complex, (got, want)  # boxed as Numba boxes it
    else:
        assert got.dtype == want.dtype
    assert np.shape(got) == np.shape(want)
    np.testing.assert_allclose(got, want, rtol=1e-5 if np.complex64 in dtypes else 1e-12)
