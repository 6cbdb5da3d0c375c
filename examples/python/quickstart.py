"""nbc's quick start: the same kernels as Numba's first examples.

Run with the project's virtual environment: .venv/bin/python examples/python/quickstart.py
"""
import math

import numpy as np

import nbc


@nbc.njit
def sum_squares(a):
    total = 0.0
    for i in range(len(a)):
        total += a[i] * a[i]
    return total


@nbc.njit(parallel=True)
def parallel_norm(a):
    total = 0.0
    for i in nbc.prange(len(a)):
        total += a[i] * a[i]
    return math.sqrt(total)


@nbc.vectorize(["float64(float64, float64)", "int64(int64, int64)"])
def rel_diff(x, y):
    return 2 * (x - y) / (x + y)


@nbc.njit
def python_division(a, b):
    return a // b, a % b


a = np.arange(1.0, 1001.0)
print("sum_squares(1..1000)   =", sum_squares(a))
print("parallel_norm(1..1000) =", parallel_norm(a))
print("rel_diff broadcast     =", rel_diff(np.array([[1.0], [4.0]]), np.array([2.0, 3.0])))
print("-7 // 2, -7 % 2        =", python_division(-7, 2))
try:
    python_division(1, 0)
except ZeroDivisionError as error:
    print("python_division(1, 0)  -> ZeroDivisionError:", error)
