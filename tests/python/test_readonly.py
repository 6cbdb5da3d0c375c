"""Read-only arrays (flags.writeable False): reading works, writing is a
compile-time TypingError at the line of the store (as in Numba)."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec

DTYPES = [np.int64, np.int32, np.float64, np.float32]


def readonly(a):
    a = np.array(a)
    a.flags.writeable = False
    return a


@nbc.njit
def total(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@nbc.njit
def set_first(a, v):
    a[0] = v


@nbc.njit
def set_slice(a, v):
    a[1:] = v


@nbc.njit
def inc(a):
    a += 1


@nbc.njit
def inc_view(a):
    v = a[::2]
    v[:] += 1


@nbc.njit
def fill(a):
    a.fill(0)


@nbc.njit
def writes(a):
    a[0] = 1


@nbc.njit
def calls_writer(a):
    writes(a)


@nbc.njit
def copy_then_write(a):
    b = a.copy()
    b[0] = 7
    return b


@nbc.njit
def sum_views(a):
    return a[1:].sum() + a.T.sum()


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: d.__name__)
def test_reading_read_only_arrays(dtype):
    a = readonly(np.arange(6, dtype=dtype))
    assert total(a) == 15
    assert sum_views(a) == 15 + 15 - 0
    b = copy_then_write(a)
    assert b[0] == 7 and a[0] == 0 and b.flags.writeable
    # The writable array still gets its own, separate specialization.
    w = np.arange(6, dtype=dtype)
    assert total(w) == 15
    name = np.dtype(dtype).name
    sigs = {str(s[0]) for s in total.signatures}
    assert {f"readonly array({name}, 1d, C)", f"array({name}, 1d, C)"} <= sigs, sigs


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: d.__name__)
@pytest.mark.parametrize("kernel,args,line", [
    (set_first, (1,), "a[0] = v"), (set_slice, (1,), "a[1:] = v"),
    (inc, (), "a += 1"), (inc_view, (), "v[:] += 1"), (fill, (), "a.fill(0)"),
    (calls_writer, (), "a[0] = 1")], ids=lambda x: getattr(x, "__name__", ""))
def test_writes_refused_with_the_line(kernel, args, line, dtype):
    a = readonly(np.arange(6, dtype=dtype))
    with pytest.raises(nbc.TypingError, match="read-only") as e:
        kernel(a, *args)
    assert line in str(e.value), str(e.value)
    assert (a == np.arange(6)).all()
    # Writable arrays still compile and run.
    w = np.arange(6, dtype=dtype)
    kernel(w, *args)


def test_read_only_2d_and_strided():
    a = readonly(np.arange(12.0).reshape(3, 4))
    assert sum_views(a[0]) == np.arange(4.0)[1:].sum() + np.arange(4.0).sum()
    assert total(a[:, 1]) == a[:, 1].sum()
    with pytest.raises(nbc.TypingError, match="read-only"):
        set_first(a[:, 1], 5.0)
