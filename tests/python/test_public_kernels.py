"""Issue 13: numeric kernels modelled on widely used public projects
(tests/python/public_kernels/) run unchanged under CPython, Numba and nbc
and agree. A kernel nbc cannot compile yet is a strict xfail naming nbc's
error; `python public_kernels/report.py` prints the counts."""

import numpy as np
import pytest

from conftest import requires_exec
from public_kernels.cases import CASES, CPYTHON_ONLY, NUMBA_ONLY, agree, parametrized, run

numba = pytest.importorskip("numba")

# id -> nbc's error (short). Strict: a kernel that starts compiling fails here
# until its entry goes.
NBC_REFUSES = {
    # Red-black sweep: iterations write sites of one colour and read the
    # other's; nbc cannot prove the parities disjoint (Numba does not check).
    "ising_checkerboard": "UnsupportedError: prange: this reads an array element that "
                          "other iterations may write, a race between threads",
}


@pytest.mark.parametrize("case", [pytest.param(c, id=c[0]) for c in CASES])
def test_numba_agrees_with_cpython(case):
    """The fixtures themselves: Numba runs each and agrees with CPython."""
    if case[0] in NUMBA_ONLY or case[0] in CPYTHON_ONLY:
        pytest.skip(NUMBA_ONLY.get(case[0]) or CPYTHON_ONLY[case[0]])
    agree(run(case, "python"), run(case, "numba"), case[4], "numba")


@requires_exec
@pytest.mark.parametrize("case", list(parametrized(CASES, NBC_REFUSES)))
def test_nbc_agrees(case):
    got = run(case, "nbc")
    if case[0] not in NUMBA_ONLY:
        agree(run(case, "python"), got, case[4], "nbc vs CPython")
    if case[0] not in CPYTHON_ONLY:
        agree(run(case, "numba"), got, case[4], "nbc vs Numba")


def _wrapping_callee(state):
    return state[0] ^ state[1]


def _caller(state, callee):
    return callee(state)


@requires_exec
def test_declared_result_type_holds_in_calls_between_kernels():
    """pynndescent's tau_rand_int is declared "i4(i8[:])": called from another
    kernel its result must wrap to int32 as when called from Python (nbc
    returned the int64 value: a wrong answer)."""
    import nbc
    callee = nbc.njit("i4(i8[:])")(_wrapping_callee)
    state = np.array([3947959478, 0])
    direct = callee(state)
    assert direct == numba.njit("i4(i8[:])")(_wrapping_callee)(state) == -347007818
    assert nbc.njit(_caller)(state, callee) == direct


def _array_positional_dtype(n):
    return np.array([n], np.int32), np.asarray([n, 2], np.float32)


@requires_exec
def test_np_array_dtype_given_positionally():
    import nbc
    got = nbc.njit(_array_positional_dtype)(3)
    want = _array_positional_dtype(3)
    for g, w in zip(got, want):
        assert g.dtype == w.dtype and (g == w).all()


def _unpack_rows(steps):
    total = 0
    for k, (dn, dm) in enumerate(steps):
        total += k * 100 + dn * 10 + dm
    return total


def _unpack_three(v):
    a, b, c = v
    return a + b * 10 + c * 100


@requires_exec
def test_array_rows_unpack_as_in_cpython():
    """librosa's `for k, (dn, dm) in enumerate(steps)`; a row of another
    length raises ValueError as CPython and Numba do."""
    import nbc
    steps = np.array([[1, 1], [0, 1], [1, 0]])
    assert nbc.njit(_unpack_rows)(steps) == _unpack_rows(steps)
    assert nbc.njit(_unpack_three)(np.arange(3.0)) == _unpack_three(np.arange(3.0))
    for bad in (np.arange(4.0), np.arange(2.0)):
        with pytest.raises(ValueError):
            _unpack_three(bad)
        with pytest.raises(ValueError):
            nbc.njit(_unpack_three)(bad)
