"""Runs every NPBench kernel under nbc and under Numba against CPython and
prints one line per kernel and the counts (issue 14).
Usage: python npbench_kernels/report.py [ids]"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from npbench_kernels.cases import CASES, run  # noqa: E402
from public_kernels.report import verdict  # noqa: E402


def main(ids):
    cases = [case for case in CASES if not ids or case[0] in ids]
    runs = {"nbc": 0, "numba": 0}
    for case in cases:
        refs = [("CPython", run(case, "python"))]
        line = f"{case[0]:26}"
        for backend in runs:
            status, detail = verdict(case, backend, refs, run)
            runs[backend] += status == "agrees"
            line += f" {backend} {status:8} {detail[:110]:<60}" if detail else \
                f" {backend} {status:8}"
        print(line.rstrip(), flush=True)
    total = len(cases)
    print(f"nbc runs {runs['nbc']} of {total}; Numba runs {runs['numba']} of {total} "
          f"(runs = compiles and agrees with CPython)")


if __name__ == "__main__":
    main(sys.argv[1:])
