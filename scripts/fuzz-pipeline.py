#!/usr/bin/python3
"""Mutates nbc test files and runs the whole nbc-to-llvm pipeline on them.

Mutations keep the IR well-typed (new constant values, among them 0, -1,
INT_MIN, NaN and infinities; ops swapped within a family of the same
signature; comparison predicates), so every mutant that still verifies must
lower without a crash: a failure has to be a diagnostic. Mutants that have a
`main` are also run with mlir-runner: a kernel may report a Python exception
(exit 1), but a signal (SIGFPE from an unguarded division, SIGSEGV) or a hang
is a bug.

  scripts/fuzz-pipeline.py [-n MUTANTS] [--seed S] [--run] FILE...
"""

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
NBC_OPT = os.path.join(ROOT, "build", "bin", "nbc-opt")
LLVM_BIN = "/usr/lib/llvm-22/bin"
LIBS = ",".join(["/usr/lib/llvm-22/lib/libmlir_c_runner_utils.so",
                 "/usr/lib/llvm-22/lib/libmlir_runner_utils.so",
                 os.path.join(ROOT, "build", "lib", "libnbc_runtime.so")])

FAMILIES = [
    ["add", "sub", "mul", "floordiv", "mod", "min", "max"],
    ["and", "or", "xor", "shl", "shr"],
    ["eq", "ne", "lt", "le", "gt", "ge"],
]
INT_VALUES = ["0", "1", "-1", "2", "-2", "3", "7", "-7", "127", "-128", "255",
              "9223372036854775807", "-9223372036854775808", "64", "63"]
FLOAT_VALUES = ["0.0", "-0.0", "1.0", "-1.0", "0.5", "2.5", "-7.5", "1.0e300",
                "0x7FF8000000000000", "0x7FF0000000000000",
                "0xFFF0000000000000", "3.0"]

CONST_RE = re.compile(r"(nbc\.constant )(\S+)( : )(si|ui|f)(\d+)")
BIN_RE = re.compile(r"nbc\.(add|sub|mul|floordiv|mod|min|max|and|or|xor|shl|shr) ")
CMP_RE = re.compile(r"nbc\.cmp (eq|ne|lt|le|gt|ge),")


def fits(value, kind, bits):
    if kind == "f":
        return True
    try:
        v = int(value)
    except ValueError:
        return False
    if kind == "si":
        return -(1 << (bits - 1)) <= v < (1 << (bits - 1))
    return 0 <= v < (1 << bits)


def mutate(text, rng):
    lines = text.split("\n")
    for _ in range(rng.randint(1, max(4, len(lines) // 20))):
        index = rng.randrange(len(lines))
        line = lines[index]
        m = CONST_RE.search(line)
        if m:
            kind, bits = m.group(4), int(m.group(5))
            pool = FLOAT_VALUES if kind == "f" else INT_VALUES
            value = rng.choice([v for v in pool if fits(v, kind, bits)])
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
    args = parser.parse_args()
    rng = random.Random(args.seed)
    stats = {"mutants": 0, "invalid": 0, "lowered": 0, "diagnosed": 0,
             "ran": 0, "raised": 0, "timeouts": 0}
    bugs = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in args.files:
            original = open(path).read()
            for k in range(args.n):
                text = mutate(original, rng)
                mutant = os.path.join(tmp, "m.mlir")
                with open(mutant, "w") as f:
                    f.write(text)
                stats["mutants"] += 1
                check = subprocess.run([NBC_OPT, mutant], capture_output=True,
                                       text=True, timeout=60)
                if check.returncode != 0:
                    stats["invalid"] += 1
                    continue
                lower = subprocess.run([NBC_OPT, "--nbc-to-llvm", mutant],
                                       capture_output=True, text=True,
                                       timeout=120)
                if crashed(lower):
                    keep = os.path.join(ROOT, "build", "fuzz-crash-%d.mlir" % len(bugs))
                    with open(keep, "w") as f:
                        f.write(text)
                    bugs.append("%s: nbc-opt crashed (kept %s)" % (path, keep))
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
                         "-entry-point-result=void", "-shared-libs=" + LIBS],
                        input=lower.stdout, capture_output=True, text=True,
                        timeout=20)
                except subprocess.TimeoutExpired:
                    # Mutated bounds can make a range of 2**64 iterations:
                    # kept for a look, not counted as a bug.
                    keep = os.path.join(ROOT, "build", "fuzz-timeout-%d.mlir" % stats["timeouts"])
                    with open(keep, "w") as f:
                        f.write(text)
                    stats["timeouts"] += 1
                    print("timeout (kept %s)" % keep)
                    continue
                stats["ran"] += 1
                if run.returncode < 0:
                    keep = os.path.join(ROOT, "build", "fuzz-signal-%d.mlir" % len(bugs))
                    with open(keep, "w") as f:
                        f.write(text)
                    bugs.append("%s: signal %d at run time (kept %s)" %
                                (path, -run.returncode, keep))
                elif run.returncode == 1 and "Error:" in run.stderr:
                    stats["raised"] += 1
    print(" ".join("%s=%d" % kv for kv in stats.items()))
    for bug in bugs:
        print("BUG:", bug)
    return 1 if bugs else 0


if __name__ == "__main__":
    sys.exit(main())
