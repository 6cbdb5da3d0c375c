"""Per-call overhead of a trivial kernel: nbc vs Numba (not a pytest test).

Run: .venv/bin/python tests/python/bench_overhead.py
"""

import timeit

import numpy as np

import nbc


def add(a, b):
    return a + b


def first(a):
    return a[0]


def main():
    import numba
    a = np.arange(10.0)
    for name, fn, args in (("add(int, int)", add, (1, 2)), ("first(array)", first, (a,))):
        k_nbc, k_numba = nbc.njit(fn), numba.njit(fn)
        k_nbc(*args), k_numba(*args)
        n = 200000
        t_nbc = min(timeit.repeat(lambda: k_nbc(*args), number=n, repeat=5)) / n
        t_numba = min(timeit.repeat(lambda: k_numba(*args), number=n, repeat=5)) / n
        t_py = min(timeit.repeat(lambda: fn(*args), number=n, repeat=5)) / n
        print(f"{name:16s} nbc {t_nbc * 1e9:7.0f} ns   numba {t_numba * 1e9:7.0f} ns   "
              f"python {t_py * 1e9:5.0f} ns")


if __name__ == "__main__":
    main()
