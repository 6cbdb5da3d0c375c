"""Random kernels (program_generator.py) run by nbc, Numba and CPython:
nbc must give Numba's values and types, and CPython's values where Numba
cannot compile a program. A sample of fixed seeds runs here; the search
over many (scripts/fuzz-programs.py) found the cases test_control.py keeps
(`x if False else n`, a break of an inner loop typing the outer body)."""

import pytest

import nbc
import program_generator as G

numba = pytest.importorskip("numba")


@pytest.mark.parametrize("seed", range(12))
def test_scalar_programs(seed):
    problem = G.compare(seed, nbc.njit, numba.njit)
    assert problem is None, problem


@pytest.mark.parametrize("seed", range(1000, 1006))
def test_array_programs(seed):
    problem = G.compare(seed, nbc.njit, numba.njit, arrays=True)
    assert problem is None, problem


def test_a_difference_is_reported():
    """The comparison can fail: a 'compiler' that returns CPython's results
    with the first one off by one is caught."""
    def off_by_one(fn):
        def run(*args):
            out = fn(*args)
            return (out[0] + 1,) + out[1:]
        return run
    problem = G.compare(3, off_by_one, None)
    assert problem is not None and "result 0" in problem
