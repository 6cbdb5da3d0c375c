"""Per-call overhead of a trivial kernel: nbc vs Numba (not a pytest test).

Run: .venv/bin/python tests/python/bench_overhead.py

nbc releases the GIL around a call by default (nogil=True), Numba does not;
the `nbc nogil=False` column is the like-for-like one. The timings of all
columns interleave (best of several rounds) and count process CPU time, so
that load on a shared machine (preemption) hits them less and alike.
"""

import os
import time
import timeit

import numpy as np

import nbc


def add(a, b):
    return a + b


def first(a):
    return a[0]


def scaled(a, k=2, *rest):
    return a * k + len(rest)


def main():
    import numba
    a = np.arange(10.0)
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cpus")
    # Keywords, defaults and *args are bound by the C fast path too.
    for name, fn, args, kw in (("add(int, int)", add, (1, 2), {}),
                               ("first(array)", first, (a,), {}),
                               ("add(1, b=2)", add, (1,), {"b": 2}),
                               ("scaled(3)", scaled, (3,), {}),
                               ("scaled(3, 4, 5, 6)", scaled, (3, 4, 5, 6), {})):
        kernels = {"nbc": nbc.njit(fn), "nbc nogil=False": nbc.njit(nogil=False)(fn),
                   "numba": numba.njit(fn), "python": fn}
        for k in kernels.values():
            k(*args, **kw)  # compile and warm up
        best = dict.fromkeys(kernels, float("inf"))
        n = 100000
        for _ in range(5):
            for label, k in kernels.items():
                t = min(timeit.repeat(lambda: k(*args, **kw), number=n, repeat=3,
                                      timer=time.process_time)) / n
                best[label] = min(best[label], t)
        print(f"{name:18s} " + "   ".join(f"{label} {t * 1e9:5.0f} ns"
                                        for label, t in best.items()))


if __name__ == "__main__":
    main()
