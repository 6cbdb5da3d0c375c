"""Runs every NPBench kernel under nbc and under Numba against CPython and
prints one line per kernel and the counts (issue 14).
Usage: python npbench_kernels/report.py [ids]"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from npbench_kernels.cases import CASES, run  # noqa: E402
from public_kernels.report import verdict  # noqa: E402


def main(ids):
    """One line per case; a benchmark (its kernel function) runs under a
    backend when all its cases agree with CPython."""
    cases = [case for case in CASES if not ids or case[0] in ids]
    benchmarks = {(case[1], case[2]) for case in cases}
    failed = {"nbc": set(), "numba": set()}
    for case in cases:
        refs = [("CPython", run(case, "python"))]
        line = f"{case[0]:26}"
        for backend in failed:
            status, detail = verdict(case, backend, refs, run)
            if status != "agrees":
                failed[backend].add((case[1], case[2]))
            line += f" {backend} {status:8} {detail[:110]}"
        print(line.rstrip(), flush=True)
    total = len(benchmarks)
    print(f"{len(cases)} cases of {total} benchmarks: nbc runs "
          f"{total - len(failed['nbc'])} of {total}; Numba runs "
          f"{total - len(failed['numba'])} of {total} (runs = compiles and agrees "
          "with CPython)")


if __name__ == "__main__":
    main(sys.argv[1:])
