"""Memory kept per compiled kernel: nbc against Numba.

    .venv/bin/python bench/memory.py            # 150 kernels, both compilers
    .venv/bin/python bench/memory.py -n 50 --only nbc

Each compiler runs in a fresh process that imports a generated module of N
distinct small loop kernels (the frontends need source files), compiles and
calls each once, and reads the resident set (/proc/self/statm) before and
after, with gc.collect() and glibc's malloc_trim(0) first so freed memory is
not counted. Prints the growth per kernel and the OS thread count; each
kernel's result is checked against its Python function.
"""
import argparse
import ctypes
import gc
import importlib
import json
import os
import subprocess
import sys
import tempfile

KERNEL = """
@jit
def kernel_{i}(a):
    s = 0.0
    for j in range(a.shape[0]):
        if a[j] > {i}.5:
            s += a[j] * {i}.0
        else:
            s -= a[j] + {i}
    return s
"""


def write_kernels(directory, n, compiler):
    """A module `kernels_<compiler>` of `n` distinct kernels in `directory`."""
    header = ("import numba\njit = numba.njit\n" if compiler == "numba"
              else "import nbc\njit = nbc.njit\n")
    name = f"kernels_{compiler}"
    with open(os.path.join(directory, name + ".py"), "w") as f:
        f.write(header + "".join(KERNEL.format(i=i) for i in range(n)))
    return name


def resident_bytes():
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def thread_count():
    return len(os.listdir("/proc/self/task"))


def measure(compiler, n, warm=3):
    """{rss per kernel, threads before/after} for `n` kernels compiled in
    this process; `warm` extra kernels compile first (one-time costs: the
    JIT's and the dialects' start-up, Numba's typing tables)."""
    import numpy as np
    with tempfile.TemporaryDirectory() as d:
        sys.path.insert(0, d)
        module = importlib.import_module(write_kernels(d, n + warm, compiler))
        a = np.arange(8.0)
        kernels = [getattr(module, f"kernel_{i}") for i in range(n + warm)]
        for k in kernels[:warm]:
            k(a)
        before, threads_before = resident_bytes(), thread_count()
        wrong = [k.__name__ for k in kernels[warm:] if k(a) != k.py_func(a)]
        after, threads_after = resident_bytes(), thread_count()
    return {"compiler": compiler, "kernels": n,
            "mb_per_kernel": (after - before) / n / 2**20,
            "total_mb": (after - before) / 2**20,
            "threads": [threads_before, threads_after], "wrong": wrong}


def run_fresh(compiler, n):
    out = subprocess.run([sys.executable, __file__, "--worker", compiler, "-n", str(n)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.splitlines()[-1])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=150, help="kernels (default 150)")
    ap.add_argument("--only", choices=["nbc", "numba"], action="append")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        print(json.dumps(measure(args.worker, args.n)))
        return
    print(f"{'compiler':10} {'kernels':>7} {'MB/kernel':>10} {'total MB':>9} threads")
    for compiler in args.only or ["nbc", "numba"]:
        r = run_fresh(compiler, args.n)
        if r["wrong"]:
            sys.exit(f"{compiler}: wrong results from {', '.join(r['wrong'])}")
        print(f"{compiler:10} {r['kernels']:7d} {r['mb_per_kernel']:10.2f} "
              f"{r['total_mb']:9.1f} {r['threads'][0]} -> {r['threads'][1]}")


if __name__ == "__main__":
    main()
