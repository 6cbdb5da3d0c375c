"""Runs every public kernel under CPython, Numba and nbc (the suite's CASES
and the SWEEP_CASES only this checks); prints one line per kernel and the
counts (issue 13). Usage: python public_kernels/report.py [ids]"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from public_kernels.cases import (CASES, CPYTHON_ONLY, NUMBA_ONLY, SWEEP_CASES,  # noqa: E402
                                  run, same)


def verdict(case, backend="nbc", refs=None, run=run):
    """('agrees' | 'refused' | 'wrong', detail) of `backend` against the
    references [(who, run result)], by default CPython's and Numba's."""
    got, got_args = run(case, backend)
    if refs is None:
        refs = []
        if case[0] not in NUMBA_ONLY:
            refs.append(("CPython", run(case, "python")))
        if case[0] not in CPYTHON_ONLY:
            refs.append(("Numba", run(case, "numba")))
    if isinstance(got, Exception) and type(got).__module__.startswith(backend):
        first = str(got).splitlines()[0] if str(got) else ""
        return "refused", f"{type(got).__name__}: {first}"
    for who, (want, want_args) in refs:
        if isinstance(want, Exception):
            if type(got) is not type(want):
                return "wrong", f"{who} raised {type(want).__name__}, {backend} gave {got!r:.80}"
            continue
        if isinstance(got, Exception):
            return "wrong", f"{backend} raised {got!r:.80}, {who} did not"
        if want is not None and not same(want, got, case[4]):
            return "wrong", f"differs from {who}: {got!r:.120} != {want!r:.120}"
        for a, b in zip(want_args, got_args):
            if hasattr(a, "shape") and not same(a, b, case[4]):
                return "wrong", f"argument written differs from {who}"
    return "agrees", ""


def main(ids):
    counts = {"agrees": 0, "refused": 0, "wrong": 0}
    for case in CASES + SWEEP_CASES:
        if ids and case[0] not in ids:
            continue
        status, detail = verdict(case)
        counts[status] += 1
        print(f"{case[0]:32} {status:8} {detail}", flush=True)
    total = sum(counts.values())
    print(f"{total} kernels: {counts['agrees']} compile and agree, "
          f"{counts['refused']} refused by nbc, {counts['wrong']} wrong answers")


if __name__ == "__main__":
    main(sys.argv[1:])
