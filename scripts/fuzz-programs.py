#!/usr/bin/env python3
"""Runs random kernels (tests/python/program_generator.py) under nbc, Numba
and CPython and prints each program whose results differ, with the
difference: `scripts/fuzz-programs.py --start 0 --count 500 [--arrays |
--containers | --nones]`.
Run it with the project's venv and PYTHONPATH=python (or nbc installed)."""
import argparse
import collections
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "python"))

import nbc  # noqa: E402
import program_generator as G  # noqa: E402


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--start", type=int, default=0)
    p.add_argument("--count", type=int, default=200)
    p.add_argument("--arrays", action="store_true",
                   help="whole-array expressions, reductions and prange loops")
    p.add_argument("--containers", action="store_true",
                   help="lists, tuples, dicts, sets, helper calls and 2-D arrays")
    p.add_argument("--nones", action="store_true",
                   help="None-initialised variables, optionals in loops, helpers "
                        "taking and returning optionals")
    args = p.parse_args()
    try:
        import numba
        numba_jit = numba.njit
    except ImportError:
        numba_jit = None
    start, differ, kinds, numba_failures = time.time(), 0, collections.Counter(), []
    for seed in range(args.start, args.start + args.count):
        problem = G.compare(seed, nbc.njit, numba_jit, arrays=args.arrays,
                            containers=args.containers, numba_failures=numba_failures,
                            nones=args.nones)
        if problem:
            differ += 1
            kinds[problem.splitlines()[1][:70]] += 1
            print(problem, flush=True)
        if (seed - args.start) % 100 == 99:
            print(f"({seed - args.start + 1} programs, {time.time() - start:.0f} s)", flush=True)
    print(f"{args.count} programs, {differ} differ, {len(numba_failures)} that Numba "
          f"cannot compile (compared with CPython alone), {time.time() - start:.0f} s")
    for failure, n in collections.Counter(numba_failures).most_common():
        print(f"  {n} x Numba: {failure}")
    for kind, n in kinds.most_common():
        print(f"  {n} x {kind}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
