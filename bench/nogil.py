"""Python threads calling one serial kernel at once: with nogil=True the
calls run in parallel (the GIL is released for the kernel's duration), with
nogil=False they take turns. Numba's nogil=True in the same run for
comparison. Reports the speedup of `threads` threads over one thread doing
the same work, best of 5 after a warm-up.

    .venv/bin/python bench/nogil.py [--threads 2] [--n 2000000]
"""

import argparse
import math
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np

import nbc


def work(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += math.sqrt(a[i]) * math.sin(a[i])
    return s


def best(fn, repeat=5):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def measure(kernel, chunks, threads):
    kernel(chunks[0])  # warm-up: compilation
    serial = best(lambda: [kernel(c) for c in chunks])
    with ThreadPoolExecutor(threads) as pool:
        parallel = best(lambda: list(pool.map(kernel, chunks)))
    return serial, parallel


def work_ref(c):
    return float(np.sum(np.sqrt(c) * np.sin(c)))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--n", type=int, default=2_000_000)
    args = p.parse_args()
    chunks = [np.random.default_rng(k).random(args.n) for k in range(2 * args.threads)]
    kernels = {"nbc nogil=True": nbc.njit(nogil=True)(work),
               "nbc nogil=False": nbc.njit(nogil=False)(work)}
    try:
        import numba
        kernels["Numba nogil=True"] = numba.njit(nogil=True)(work)
    except ImportError:
        pass
    for name, k in kernels.items():
        assert math.isclose(k(chunks[0]), work_ref(chunks[0]), rel_tol=1e-9), name
    print(f"{len(chunks)} calls of {args.n} elements, {args.threads} threads")
    print("| kernel | 1 thread ms | threads ms | speedup |\n|---|---:|---:|---:|")
    for name, k in kernels.items():
        serial, parallel = measure(k, chunks, args.threads)
        print(f"| {name} | {serial * 1e3:.1f} | {parallel * 1e3:.1f} | "
              f"{serial / parallel:.2f}x |")


if __name__ == "__main__":
    main()
