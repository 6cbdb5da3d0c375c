"""Arrays that cannot be allocated raise NumPy's exceptions, never crash.

NumPy (2.x) raises ValueError("array is too big; ...") when
size * itemsize does not fit in intp, MemoryError when malloc refuses the
block, ValueError("negative dimensions are not allowed") for a negative
size. The sizes here fail the same way on every x86-64 Linux machine:
2**59 float64 elements are 4 EiB, past any virtual address space, so malloc
fails whatever the overcommit policy; 2**61 and 2**62 elements overflow
the byte count. Nothing is allocated successfully except small arrays.
"""

import numpy as np
import pytest

import nbc
from conftest import EXECUTES, check

TOO_BIG = 2**62      # 2**65 bytes: overflows int64
WRAPS_TO_ZERO = 2**61  # 2**64 bytes: the unchecked product was 0
NO_MEMORY = 2**59    # 2**62 bytes: fits, but no machine grants it


@nbc.njit
def empty_len(n):
    a = np.empty(n)
    return a.shape[0]


@nbc.njit
def zeros_sum(n):
    return np.zeros(n).sum()


@nbc.njit
def ones_2d(n, m):
    return np.ones((n, m)).shape[1]


@nbc.njit
def full_first(n):
    a = np.full(n, 2.5)
    return a[0]


@nbc.njit
def empty_after_array(n):
    # An array allocated before the failing one is freed on the error path.
    a = np.ones(1000)
    b = np.empty(n)
    return a[0] + b.shape[0]


@nbc.njit
def outer_sum(a, b):
    # A ufunc result whose broadcast shape is too big.
    return (a + b).shape[0]


def prange_alloc_src(n, big):
    total = 0
    for i in nbc.prange(n):
        size = big if i == n - 1 else 4
        a = np.zeros(size)
        total += a.shape[0]
    return total


par_alloc = nbc.njit(parallel=True)(prange_alloc_src)
ser_alloc = nbc.njit(parallel=False)(prange_alloc_src)


MESSAGES = {ValueError: "array is too big|negative dimensions are not allowed",
            MemoryError: "[Uu]nable to allocate"}


def raises_like_numpy(kernel, *args, exc):
    """nbc raises `exc` (NumPy raises a subclass of MemoryError), as the
    same source under NumPy does, with a message of the same kind."""
    with pytest.raises(exc, match=MESSAGES[exc]):
        kernel.py_func(*args)
    if not EXECUTES:
        return
    with pytest.raises(exc, match=MESSAGES[exc]):
        kernel(*args)


@pytest.mark.parametrize("n", [TOO_BIG, WRAPS_TO_ZERO])
def test_byte_count_overflow_raises_value_error(n):
    raises_like_numpy(empty_len, n, exc=ValueError)
    raises_like_numpy(zeros_sum, n, exc=ValueError)
    raises_like_numpy(full_first, n, exc=ValueError)


def test_overflow_across_dimensions():
    # Each extent fits; the product does not.
    raises_like_numpy(ones_2d, 2**32, 2**32, exc=ValueError)
    # A zero extent does not hide the overflow (NumPy skips zeros).
    @nbc.njit
    def zero_then_big(n):
        return np.empty((0, n, n)).shape[0]
    raises_like_numpy(zero_then_big, 2**40, exc=ValueError)


def test_allocation_failure_raises_memory_error():
    raises_like_numpy(empty_len, NO_MEMORY, exc=MemoryError)
    raises_like_numpy(zeros_sum, NO_MEMORY, exc=MemoryError)
    raises_like_numpy(full_first, NO_MEMORY, exc=MemoryError)
    raises_like_numpy(ones_2d, 2**30, 2**29, exc=MemoryError)


def test_memory_error_after_another_array():
    raises_like_numpy(empty_after_array, NO_MEMORY, exc=MemoryError)
    assert check(empty_after_array, 3) == 4.0


def test_ufunc_result_too_big():
    # (2**31, 1) + (1, 2**31) broadcasts to 2**62 elements (2**65 bytes);
    # the inputs are zero-stride views of one element.
    x = np.zeros(1)
    col = np.lib.stride_tricks.as_strided(x, shape=(2**31, 1), strides=(0, 0))
    row = np.lib.stride_tricks.as_strided(x, shape=(1, 2**31), strides=(0, 0))
    raises_like_numpy(outer_sum, col, row, exc=ValueError)
    # 2**29 x 2**30 float64 (4 EiB) fits the byte count; malloc refuses it.
    col = np.lib.stride_tricks.as_strided(x, shape=(2**29, 1), strides=(0, 0))
    row = np.lib.stride_tricks.as_strided(x, shape=(1, 2**30), strides=(0, 0))
    raises_like_numpy(outer_sum, col, row, exc=MemoryError)


def test_negative_size_still_value_error():
    raises_like_numpy(empty_len, -1, exc=ValueError)
    raises_like_numpy(zeros_sum, -5, exc=ValueError)
    # Negative wins over too big, as in NumPy.
    raises_like_numpy(ones_2d, -1, 2**62, exc=ValueError)


def test_small_arrays_still_work():
    assert check(empty_len, 0) == 0
    assert check(zeros_sum, 7) == 0.0
    assert check(full_first, 3) == 2.5
    assert check(ones_2d, 0, 5) == 5


@pytest.mark.parametrize("kernel", [par_alloc, ser_alloc], ids=["parallel", "serial"])
def test_memory_error_in_prange_body(kernel):
    assert check(kernel, 8, 4) == 32
    raises_like_numpy(kernel, 8, NO_MEMORY, exc=MemoryError)
    raises_like_numpy(kernel, 8, TOO_BIG, exc=ValueError)
    # The kernel still works after a failure.
    assert check(kernel, 3, 4) == 12


@pytest.mark.skipif(not EXECUTES, reason="needs the execution layer")
def test_numpy_sized_memory_error():
    # 10**11 float64 = 745 GiB: NumPy raises MemoryError when malloc refuses
    # it (always under strict or heuristic overcommit on a machine with less
    # memory); nbc must do what NumPy does on this machine. Only the shape is
    # read, so nothing is touched if both happen to succeed.
    n = 10**11
    try:
        want = empty_len.py_func(n)
    except MemoryError:
        with pytest.raises(MemoryError):
            empty_len(n)
    else:
        assert empty_len(n) == want
