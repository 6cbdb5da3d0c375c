"""nbc against Numba, NumPy and C, kernel by kernel, in one run.

    OMP_NUM_THREADS=2 .venv/bin/python bench/run.py            # full sizes
    .venv/bin/python bench/run.py --quick --procs 2            # small sizes

Each row runs one kernel source compiled by nbc and by Numba (serial, and
parallel where the kernel has a prange loop or is a parallel ufunc), a
vectorised NumPy version and C (`clang-22 -O3 -march=native`, with and
without `-ffp-contract=off`; OpenMP for parallel rows). All results are
checked against NumPy's first; then, after a warm-up call, the repetitions
run round-robin and the medians are compared. `--procs N` spreads the
repetitions over N fresh processes. Also measured: cold compile time per
kernel (a fresh process each), per-call dispatch overhead, bandwidth against
a STREAM-style C triad, and prange speedup. Ratios are time(other) /
time(nbc): above 1 means nbc is faster.

A full run adds a dated section at the top of bench/RESULTS.md and writes
bench/ratios.png; --results/--plot choose other files ("" for none).
"""
import argparse
import datetime
import json
import math
import os
import platform
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import numpy as np  # noqa: E402

import measure  # noqa: E402
import report  # noqa: E402
from cases import all_cases  # noqa: E402


def parse(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="small sizes (CI)")
    ap.add_argument("--repeat", type=int, default=None,
                    help="timed repetitions per implementation (default 7, quick 3)")
    ap.add_argument("--procs", type=int, default=1,
                    help="spread the repetitions over N fresh processes")
    ap.add_argument("--only", action="append", help="rows whose name contains this")
    ap.add_argument("--results", "--markdown", default=None,
                    help="Markdown file to add the section to (default: "
                    "bench/RESULTS.md for a full run, none with --quick)")
    ap.add_argument("--plot", default=None, help="PNG of the ratios (default: "
                    "bench/ratios.png for a full run, none with --quick)")
    ap.add_argument("--json", help="also write the raw measurements here")
    ap.add_argument("--no-compile-times", action="store_true",
                    help="skip the cold-compile measurements")
    ap.add_argument("--note", default="", help="a sentence for the section's heading")
    ap.add_argument("--worker", help=argparse.SUPPRESS)  # C libraries' directory
    ap.add_argument("--compile-one", nargs=2, help=argparse.SUPPRESS)
    return ap.parse_args(argv)


def run_workers(args, libs_dir, repeat):
    """The rows' measurements from args.procs fresh processes, merged."""
    if args.procs <= 1:
        return measure.measure_all(libs_dir, args.quick, repeat, args.only)
    each = max(1, math.ceil(repeat / args.procs))
    merged = {}
    for k in range(args.procs):
        print(f"process {k + 1}/{args.procs}", file=sys.stderr, flush=True)
        cmd = [sys.executable, __file__, "--worker", libs_dir, "--repeat", str(each)]
        cmd += ["--quick"] * args.quick
        for o in args.only or ():
            cmd += ["--only", o]
        out = subprocess.run(cmd, stdout=subprocess.PIPE, check=True, text=True).stdout
        for label, row in json.loads(out).items():
            m = merged.setdefault(label, {"samples": {}, "errors": {}, "wrong": []})
            for impl, s in row["samples"].items():
                m["samples"].setdefault(impl, []).extend(s)
            m["errors"].update(row["errors"])
            m["wrong"] = sorted(set(m["wrong"]) | set(row["wrong"]))
            m["unchecked"] = sorted(set(m.get("unchecked", [])) | set(row["unchecked"]))
    return merged


def section(args, results, compile_ms, overhead, repeat, load):
    import numba
    nbytes_of = {}
    for label, case, variant in measure.rows(all_cases()):
        if label in results and case.nbytes is not None:
            nbytes_of[label] = case.nbytes(case.make_args(args.quick))
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    info = (f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
            f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', 'unset')}, "
            f"NumPy {np.__version__}, Numba {numba.__version__}, "
            f"{'quick' if args.quick else 'full'} sizes, median of {repeat} "
            f"repetitions over {args.procs} process(es), load average "
            f"{load[0]:.2f} before / {load[1]:.2f} after.")
    parts = [f"## {now}, the suite (bench/run.py){', ' + args.note if args.note else ''}",
             info, "Ratios are time(other)/time(nbc): above 1 means nbc is faster. "
             "C is `clang-22 -O3 -march=native` (OpenMP on parallel rows); "
             "C nofma adds `-ffp-contract=off`.",
             report.results_table(results), report.summary(results),
             "### prange speedup on 2 cores", report.speedup_table(results),
             "### Memory-bound kernels against STREAM",
             report.bandwidth_table(results, nbytes_of)]
    if compile_ms:
        parts += ["### Cold compile, one fresh process per kernel and compiler "
                  "(first call minus second call)", report.compile_table(compile_ms)]
    parts += ["### Per-call dispatch overhead (best of 5)", report.overhead_table(overhead)]
    return "\n\n".join(parts) + "\n"


def main(argv=None):
    args = parse(argv)
    if args.compile_one:
        print(f"{measure.compile_time(*args.compile_one):.3f}")
        return 0
    repeat = args.repeat or (3 if args.quick else 7)
    if args.worker:
        json.dump(measure.measure_all(args.worker, args.quick, repeat, args.only),
                  sys.stdout)
        return 0
    load_before = os.getloadavg()[0]
    libs_dir = tempfile.mkdtemp(prefix="nbc-bench-")
    measure.build_c(libs_dir)
    results = run_workers(args, libs_dir, repeat)
    compile_ms = {}
    if not args.no_compile_times:
        names = [c.name for c in all_cases()
                 if not args.only or any(o in c.name for o in args.only)]
        compile_ms = measure.compile_times(names[:2] if args.quick else names, __file__)
    overhead = measure.dispatch_overhead(2000 if args.quick else 100000)
    text = section(args, results, compile_ms, overhead, repeat,
                   (load_before, os.getloadavg()[0]))
    print(text)
    results_path = args.results if args.results is not None else \
        ("" if args.quick else os.path.join(HERE, "RESULTS.md"))
    plot_path = args.plot if args.plot is not None else \
        ("" if args.quick else os.path.join(HERE, "ratios.png"))
    if results_path:
        report.insert_section(results_path, text)
    if plot_path:
        report.plot(results, plot_path)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"rows": results, "compile_ms": compile_ms, "overhead_ns": overhead},
                      f, indent=1)
    bad = [label for label, r in results.items() if r["wrong"]]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
