"""Numba as a second reference: the same kernels agree with numba.njit."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec, same

numba = pytest.importorskip("numba")


def mixed_loop(a, k):
    acc = 0
    for i in range(-len(a), len(a), k):
        x = a[i]
        if x > 0.5:
            acc += int(x * 10) // 3
        else:
            acc -= int(x * 7) % 4
    return acc, acc / 3


def reduce_par(a):
    s = 0.0
    n = 0
    for i in numba.prange(a.shape[0]):
        if a[i] > 0.25:
            s += a[i] * a[i]
            n += 1
    return s, n


def promote(a, b, c):
    return a * b + c, a // b, b ** 2


CASES = [
    (mixed_loop, {}, (np.random.default_rng(3).random(50), 3)),
    (reduce_par, {"parallel": True}, (np.random.default_rng(4).random(10000),)),
    (promote, {}, (np.int32(7), np.uint8(3), 2.5)),
    (promote, {}, (np.float32(1.5), np.int16(2), np.int64(-3))),
]


@requires_exec
@pytest.mark.parametrize("fn,opts,args", CASES, ids=lambda x: getattr(x, "__name__", ""))
def test_agrees_with_numba(fn, opts, args):
    got = nbc.njit(**opts)(fn)(*args)
    want = numba.njit(**opts)(fn)(*args)
    assert same(tuple(want), tuple(got)), (got, want)
