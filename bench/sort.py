"""np.sort / a.sort() / np.argsort of 1e6 random elements in an nbc kernel
against NumPy's own (best of 15 runs, CPU time of this process, so that a
loaded machine distorts less). Usage: python bench/sort.py"""

import time

import numpy as np

import nbc


@nbc.njit
def sort_copy(a):
    return np.sort(a)


@nbc.njit
def sort_in_place(a):
    a.sort()


@nbc.njit
def argsort(a):
    return np.argsort(a)


def best(f, make, runs=15):
    times = []
    for _ in range(runs):
        arg = make()
        start = time.process_time()
        f(arg)
        times.append(time.process_time() - start)
    return min(times) * 1e3


def main():
    rng = np.random.default_rng(0)
    n = 1_000_000
    inputs = {"float64": rng.random(n), "float64 normal": rng.standard_normal(n),
              "int64": rng.integers(-2**62, 2**62, n),
              "int32": rng.integers(-2**30, 2**30, n).astype(np.int32),
              "float32": rng.random(n).astype(np.float32)}
    print(f"{'dtype':15s} {'np.sort':>22s} {'a.sort()':>22s} {'argsort (np stable, default)':>36s}")
    for name, x in inputs.items():
        sort_copy(x[:8]), sort_in_place(x[:8].copy()), argsort(x[:8])  # compile
        s = best(sort_copy, lambda: x), best(np.sort, lambda: x)
        i = best(sort_in_place, x.copy), best(np.ndarray.sort, x.copy)
        a = (best(argsort, lambda: x),
             best(lambda v: np.argsort(v, kind="stable"), lambda: x),
             best(np.argsort, lambda: x))
        print(f"{name:15s} {s[0]:6.1f} / {s[1]:5.1f} ms ({s[0] / s[1]:3.1f}x) "
              f"{i[0]:6.1f} / {i[1]:5.1f} ms ({i[0] / i[1]:3.1f}x) "
              f"{a[0]:6.1f} / {a[1]:6.1f}, {a[2]:5.1f} ms")


if __name__ == "__main__":
    main()
