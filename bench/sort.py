"""np.sort / a.sort() / np.argsort in an nbc kernel against NumPy's own and
a Numba kernel running the same source, on several input patterns (best of
`runs`, CPU time of this process, so that a loaded machine distorts less).
Usage: python bench/sort.py [n ...] [--runs R] [--dtype float64]"""

import argparse
import time

import numpy as np

import nbc

try:
    import numba
except ImportError:  # Numba is optional: its columns stay empty.
    numba = None


def sort_copy(a):
    return np.sort(a)


def argsort(a):
    return np.argsort(a)


def patterns(n, dtype, seed=0):
    """Random, sorted, reversed, few distinct values, 10% NaNs (floats)."""
    rng = np.random.default_rng(seed)
    if np.issubdtype(dtype, np.floating):
        x = rng.standard_normal(n).astype(dtype)
    else:
        info = np.iinfo(dtype)
        x = rng.integers(info.min, info.max, n, dtype=dtype, endpoint=True)
    out = {"random": x, "sorted": np.sort(x), "reversed": np.sort(x)[::-1].copy(),
           "few-unique": rng.integers(0, 16, n).astype(dtype)}
    if np.issubdtype(dtype, np.floating):
        nans = x.copy()
        nans[rng.random(n) < 0.1] = np.nan
        out["10% NaN"] = nans
    return out


def best(f, make, runs):
    times = []
    for _ in range(runs):
        arg = make()
        start = time.process_time()
        f(arg)
        times.append(time.process_time() - start)
    return min(times) * 1e3


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, default=[10**6, 10**7])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dtype", default="float64")
    parser.add_argument("--argsort", action="store_true")
    args = parser.parse_args()
    source = argsort if args.argsort else sort_copy
    compiled = {"nbc": nbc.njit(source)}
    if numba is not None:
        compiled["numba"] = numba.njit(source)
    what = "np.argsort" if args.argsort else "np.sort"
    print(f"{what} {args.dtype}: ms (best of {args.runs}); ratio = nbc / other")
    print(f"{'n':>9s} {'pattern':11s} {'nbc':>8s} {'numpy':>8s} {'numba':>8s}"
          f" {'nbc/np':>7s} {'nbc/numba':>9s}")
    for n in args.sizes:
        for name, x in patterns(n, np.dtype(args.dtype)).items():
            for f in compiled.values():
                f(x[:16])  # compile
            t = {k: best(f, lambda: x, args.runs) for k, f in compiled.items()}
            t["numpy"] = best(lambda v: source(v), lambda: x, args.runs)
            nb = t.get("numba", float("nan"))
            print(f"{n:9d} {name:11s} {t['nbc']:8.1f} {t['numpy']:8.1f} {nb:8.1f}"
                  f" {t['nbc'] / t['numpy']:7.2f} {t['nbc'] / nb:9.2f}", flush=True)


if __name__ == "__main__":
    main()
