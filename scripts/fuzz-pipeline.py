#!/usr/bin/python3
"""Mutates nbc test files and runs the whole nbc-to-llvm pipeline on them.

Mutations keep the IR well-typed (new constant values, among them 0, -1,
INT_MIN, NaN and infinities; ops swapped within a family of the same
signature; comparison predicates), so every mutant that still verifies must
lower without a crash: a failure has to be a diagnostic. Mutants that have a
`main` are also run with mlir-runner: a kernel may report a Python exception
(exit 1), but a signal (SIGFPE from an unguarded division, SIGSEGV) or a hang
is a bug.

Integer constants are pushed towards the values that break fixed-width
arithmetic and MLIR's own sentinels: 0, -1, INT64_MIN (ShapedType::kDynamic),
INT64_MAX and +/-2**62 (whose products with small strides wrap to INT64_MIN).
Each file is also lowered unmutated first, so a corpus file can pin a case.

  scripts/fuzz-pipeline.py [--nbc-opt PATH] [--out DIR] [-n MUTANTS]
                           [--seed S] [--run] FILE...
"""

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
LLVM_BIN = "/usr/lib/llvm-22/bin"

FAMILIES = [
    ["add", "sub", "mul", "floordiv", "mod", "min", "max"],
    ["and", "or", "xor", "shl", "shr"],
    ["eq", "ne", "lt", "le", "gt", "ge"],
]
INT_VALUES = ["0", "1", "-1", "2", "-2", "3", "7", "-7", "127", "-128", "255",
              "64", "63"]
# Weighted: seven integer mutations in ten pick one of these.
EDGE_VALUES = ["0", "-1", "9223372036854775807", "-9223372036854775808",
               "-9223372036854775807", "4611686018427387904",
               "-4611686018427387904", "2147483647", "-2147483648"]
FLOAT_VALUES = ["0.0", "-0.0", "1.0", "-1.0", "0.5", "2.5", "-7.5", "1.0e300",
                "0x7FF8000000000000", "0x7FF0000000000000",
                "0xFFF0000000000000", "3.0"]

CONST_RE = re.compile(r"((?:nbc|arith)\.constant )([^\s:]+)( : )(si|ui|i|f)(\d+)\b")
BIN_RE = re.compile(r"nbc\.(add|sub|mul|floordiv|mod|min|max|and|or|xor|shl|shr) ")
CMP_RE = re.compile(r"nbc\.cmp (eq|ne|lt|le|gt|ge),")


def fits(value, kind, bits):
    if kind == "f":
        return True
    try:
        v = int(value)
    except ValueError:
        return False
    if kind in ("si", "i"):
        if bits == 1:
            return v in (0, 1)
        return -(1 << (bits - 1)) <= v < (1 << (bits - 1))
    return 0 <= v < (1 << bits)


def mutate(text, rng):
    lines = text.split("\n")
    # Only lines a mutation applies to: every pick changes something.
    candidates = [i for i, l in enumerate(lines)
                  if CONST_RE.search(l) or BIN_RE.search(l) or CMP_RE.search(l)]
    if not candidates:
        return text
    for _ in range(rng.randint(1, max(4, len(candidates) // 8))):
        index = rng.choice(candidates)
        line = lines[index]
        m = CONST_RE.search(line)
        if m:
            kind, bits = m.group(4), int(m.group(5))
            pool = FLOAT_VALUES
            if kind != "f":
                pool = EDGE_VALUES if rng.random() < 0.7 else INT_VALUES
            choices = [v for v in pool if fits(v, kind, bits)]
            if not choices:
                continue
            value = rng.choice(choices)
            if kind == "f" and bits == 32 and value.startswith("0x"):
                value = {"0x7FF8000000000000": "0x7FC00000",
                         "0x7FF0000000000000": "0x7F800000",
                         "0xFFF0000000000000": "0xFF800000"}[value]
            if kind == "f" and bits == 32 and value == "1.0e300":
                value = "3.0e38"
            lines[index] = line[:m.start(2)] + value + line[m.end(2):]
            continue
        m = BIN_RE.search(line)
        if m:
            family = next(f for f in FAMILIES if m.group(1) in f)
            lines[index] = line.replace("nbc." + m.group(1) + " ",
                                        "nbc." + rng.choice(family) + " ", 1)
            continue
        m = CMP_RE.search(line)
        if m:
            lines[index] = line.replace(m.group(0), "nbc.cmp %s," %
                                        rng.choice(FAMILIES[2]), 1)
    return "\n".join(lines)


def crashed(proc):
    text = proc.stderr
    return (proc.returncode < 0 or "PLEASE submit a bug report" in text or
            "Assertion" in text or "Stack dump" in text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+")
    parser.add_argument("-n", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--run", action="store_true",
                        help="also run mutants that have @main")
    default_opt = os.path.join(ROOT, "build", "bin", "nbc-opt")
    parser.add_argument("--nbc-opt", default=default_opt
                        if os.path.exists(default_opt) else "nbc-opt")
    parser.add_argument("--runtime-lib",
                        help="libnbc_runtime.so for --run (default: next to "
                        "nbc-opt, in ../lib)")
    parser.add_argument("--out", help="directory for failing mutants "
                        "(default: a new temporary directory)")
    args = parser.parse_args()
    nbc_opt = shutil.which(args.nbc_opt) or args.nbc_opt
    runtime = args.runtime_lib or os.path.join(
        os.path.dirname(os.path.abspath(nbc_opt)), "..", "lib",
        "libnbc_runtime.so")
    libs = ",".join([os.path.join(LLVM_BIN, "..", "lib",
                                  "libmlir_c_runner_utils.so"),
                     os.path.join(LLVM_BIN, "..", "lib",
                                  "libmlir_runner_utils.so"), runtime])
    out_dir = None

    def keep(name, text):
        nonlocal out_dir
        if out_dir is None:
            out_dir = args.out or tempfile.mkdtemp(prefix="nbc-fuzz-pipeline-")
            os.makedirs(out_dir, exist_ok=True)
        path = os.path.join(out_dir, name)
        with open(path, "w") as f:
            f.write(text)
        return path

    rng = random.Random(args.seed)
    stats = {"mutants": 0, "invalid": 0, "lowered": 0, "diagnosed": 0,
             "ran": 0, "raised": 0, "timeouts": 0}
    bugs = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in args.files:
            original = open(path).read()
            for k in range(args.n + 1):
                # The file itself first: a corpus entry can pin a case.
                text = original if k == 0 else mutate(original, rng)
                mutant = os.path.join(tmp, "m.mlir")
                with open(mutant, "w") as f:
                    f.write(text)
                stats["mutants"] += 1
                check = subprocess.run([nbc_opt, mutant], capture_output=True,
                                       text=True, timeout=60)
                if check.returncode != 0:
                    stats["invalid"] += 1
                    continue
                lower = subprocess.run([nbc_opt, "--nbc-to-llvm", mutant],
                                       capture_output=True, text=True,
                                       timeout=120)
                if crashed(lower):
                    kept = keep("fuzz-crash-%d.mlir" % len(bugs), text)
                    bugs.append("%s: nbc-opt crashed (kept %s)" % (path, kept))
                    continue
                if lower.returncode != 0:
                    if "error:" not in lower.stderr:
                        bugs.append("%s: failed without a diagnostic" % path)
                    stats["diagnosed"] += 1
                    continue
                stats["lowered"] += 1
                if not args.run or "@main" not in text:
                    continue
                try:
                    run = subprocess.run(
                        [os.path.join(LLVM_BIN, "mlir-runner"), "-e", "_mlir_ciface_main",
                         "-entry-point-result=void", "-shared-libs=" + libs],
                        input=lower.stdout, capture_output=True, text=True,
                        timeout=20)
                except subprocess.TimeoutExpired:
                    # Mutated bounds can make a range of 2**64 iterations:
                    # kept for a look, not counted as a bug.
                    kept = keep("fuzz-timeout-%d.mlir" % stats["timeouts"],
                                text)
                    stats["timeouts"] += 1
                    print("timeout (kept %s)" % kept)
                    continue
                stats["ran"] += 1
                if run.returncode < 0:
                    kept = keep("fuzz-signal-%d.mlir" % len(bugs), text)
                    bugs.append("%s: signal %d at run time (kept %s)" %
                                (path, -run.returncode, kept))
                elif run.returncode == 1 and "Error:" in run.stderr:
                    stats["raised"] += 1
    print(" ".join("%s=%d" % kv for kv in stats.items()))
    for bug in bugs:
        print("BUG:", bug)
    return 1 if bugs else 0


if __name__ == "__main__":
    sys.exit(main())
