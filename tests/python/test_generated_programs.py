"""Random kernels (program_generator.py) run by nbc, Numba and CPython:
nbc must give Numba's values and types, and CPython's values where Numba
cannot compile a program. A sample of fixed seeds runs here; the search
over many (scripts/fuzz-programs.py) found the cases test_control.py keeps
(`x if False else n`, a break of an inner loop typing the outer body), and
in the containers mode test_marshal's 17-tuple result and
test_list_methods' `sum(l[1:])`."""

import numpy as np
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


# (Against CPython alone: Numba takes 1-15 s to compile one of these, with
# their dicts, sets and helpers; the search compares with Numba too.)
@pytest.mark.parametrize("seed", [16, 33, 34, 47, 55])
def test_container_programs(seed):
    problem = G.compare(seed, nbc.njit, None, containers=True)
    assert problem is None, problem


# The None mode (program_generator_nones.py): optionals in loops, helpers
# taking and returning them; seeds 1 and 21 return one optional (21: None).
@pytest.mark.parametrize("seed", [1, 2, 5, 21])
def test_none_programs(seed):
    problem = G.compare(seed, nbc.njit, None, nones=True)
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

    def zero_matrix(fn):  # the kernel (not its helpers), then ms zeroed
        if not fn.__name__.startswith("generated"):
            return fn
        def run(*args):
            out = fn(*[a.item() if isinstance(a, np.generic) else a for a in args])
            args[7][:] = 0.0
            return out
        return run
    problem = G.compare(33, zero_matrix, None, containers=True)
    assert problem is not None and "array 7" in problem

    def none_as_zero(fn):  # the kernel's None result returned as 0.0
        if not fn.__name__.startswith("generated"):
            return fn
        def run(*args):
            out = fn(*args)
            return 0.0 if out is None else out
        return run
    problem = G.compare(21, none_as_zero, None, nones=True)
    assert problem is not None and "result 0: nbc 0.0, CPython None" in problem
