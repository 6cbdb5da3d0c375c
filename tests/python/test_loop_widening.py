"""Loop variables whose type widens in the loop (`s = 0` then `s += x` with
a float x) are typed by the dialect (nbcWidenLoopCarried) in the loop as
first built: values and types as CPython and Numba, and no loop is built
again (frontend.common.REEMITS counts the loops built again)."""

import os
import re
import subprocess

import numpy as np
import pytest

import nbc
from nbc.frontend import common

try:  # nbc compiles Numba's prange too; Numba needs its own
    from numba import prange
except ImportError:
    from nbc import prange


def int_to_float(a):
    s = 0
    for i in range(a.shape[0]):
        s += a[i]
    return s


def mixed_update(a):
    s = 0
    for i in range(a.shape[0]):
        s = s * 2 + a[i]
        if s > 10:
            s = s - 3
    return s


def while_accumulator(a):
    s = 0
    i = 0
    while s < 100 and i < a.shape[0]:
        s += a[i]
        i += 1
    return s


def bool_to_int(a):
    count = False
    for i in range(a.shape[0]):
        if a[i] > 0:
            count = count + 1
    return count


def nested_widening(a):
    total = 0
    acc = 0
    for i in range(a.shape[0]):
        acc = 0
        for j in range(a.shape[1]):
            acc += a[i, j]
        total = total + acc
    return total


def prange_sum(a):
    s = 0
    for i in prange(a.shape[0]):
        s += a[i]
    return s


def truediv_in_loop(a):
    s = 0
    for i in range(a.shape[0]):
        s = s + a[i] / 2
    return s


def negation(a):
    s = 0
    for i in range(a.shape[0]):
        s = abs(-s + a[i] - 2)
    return s


def rebuilt():
    """How many loops and functions the frontend has built again."""
    return sum(n for reason, n in common.REEMITS.items()
               if not reason.startswith("avoided:"))


CASES = [
    (int_to_float, (np.arange(5.0),)),
    (int_to_float, (np.arange(5, dtype=np.int32),)),
    (int_to_float, (np.arange(5, dtype=np.float32),)),
    (int_to_float, (np.arange(5, dtype=np.uint8),)),
    (mixed_update, (np.linspace(0.0, 3.0, 7),)),
    (while_accumulator, (np.linspace(0.5, 40.0, 9),)),
    (bool_to_int, (np.array([1.0, -2.0, 3.0]),)),
    (nested_widening, (np.arange(12.0).reshape(3, 4),)),
    (prange_sum, (np.arange(6.0),)),
    (truediv_in_loop, (np.arange(4),)),
    (negation, (np.linspace(-1.0, 1.0, 5),)),
]


@pytest.mark.parametrize("fn, args", CASES,
                         ids=[f"{c[0].__name__}-{c[1][0].dtype}" for c in CASES])
def test_widened_loop_matches_python_and_numba(fn, args):
    before = rebuilt()
    got, want = nbc.njit(fn)(*args), fn(*args)
    assert got == pytest.approx(want)
    numba = pytest.importorskip("numba")
    reference = numba.njit(fn)(*args)
    assert type(got) is type(reference), (type(got), type(reference))
    # The loop was built once: the dialect widened it in place.
    assert rebuilt() == before, dict(common.REEMITS)


def shift_after_widening(a):
    s = 0
    for i in range(a.shape[0]):
        t = s << 1
        s = t + a[i]
    return s


def test_refused_widening_builds_the_loop_again():
    """`s << 1` cannot be retyped to float64: the frontend builds the loop
    again and reports Python's TypeError, as before."""
    with pytest.raises(nbc.errors.TypingError, match="<<"):
        nbc.njit(shift_after_widening)(np.arange(3.0))


CAPI_TEST = os.path.join(os.path.dirname(__file__), "..", "..",
                         os.environ.get("NBC_BUILD_DIR", "build"), "bin",
                         "nbc-capi-loop-typing")


def widening(n, x):
    s = 0
    for i in range(n):
        s = s * 2 + x
    return s


def loop_ops(text):
    """The ops from the first nbc.cast to the first nbc.yield, without SSA
    names, locations and constants (the Python frontend's flags)."""
    lines = []
    for line in text.splitlines():
        line = re.sub(r" loc\(.*\)", "", line)
        line = re.sub(r"%[\w#]+", "%", line).strip()
        if "nbc.constant" in line or "nbc.cast" not in line and not lines:
            continue
        lines.append(line)
        if line.startswith("nbc.yield"):
            return lines
    return lines


def test_c_frontend_gets_the_same_typed_loop():
    """test/CAPI/loop-typing.c builds `widening` through the C API with s
    at int64 and widens it with nbcWidenLoopCarried: the same ops and types
    as the Python frontend's loop."""
    if not os.path.exists(CAPI_TEST):
        pytest.fail(f"{CAPI_TEST} is not built (ninja -C build nbc-capi-loop-typing)")
    c_ir = subprocess.run([CAPI_TEST], capture_output=True, text=True,
                          check=True).stdout
    kernel = nbc.njit(widening)
    assert kernel(3, 1.5) == widening(3, 1.5)
    python_ir = kernel.inspect_mlir("input")
    assert loop_ops(c_ir) == loop_ops(python_ir)
    assert "iter_args(% = %) -> (f64)" in " ".join(loop_ops(c_ir))
