"""Issue 14: NumPy-style kernels after the NPBench suite (54 benchmarks:
polybench linear algebra and stencils, deep-learning layers, FFT, physics;
tests/python/npbench_kernels/) compiled by nbc agree with the same function
run by CPython, results and written arguments. A kernel nbc cannot compile
is a strict xfail naming nbc's first error. `python npbench_kernels/report.py`
prints the counts under nbc and Numba."""

import pytest

from conftest import requires_exec
from npbench_kernels.cases import CASES, run
from public_kernels.cases import agree, parametrized

# id -> nbc's first error. Strict: a kernel that starts compiling fails here
# until its entry goes.
NBC_REFUSES = {}


@requires_exec
@pytest.mark.parametrize("case", list(parametrized(CASES, NBC_REFUSES)))
def test_nbc_agrees_with_cpython(case):
    agree(run(case, "python"), run(case, "nbc"), case[4], "nbc vs CPython")
