#!/usr/bin/env python3
"""Mutation fuzzer for nbc-opt's parser, verifiers, printers and folders.

Takes the valid .mlir tests (split at `// -----`), applies random textual
mutations (delete/duplicate/swap lines, truncate, change types and enum
keywords, drop operands and regions, swap SSA names, perturb numbers and
generic-form attributes) and runs nbc-opt on every mutant, plain, with
--canonicalize --cse, and lowered (--convert-nbc-to-core --canonicalize).
Half of the number mutations pick INT64_MIN (MLIR's dynamic sentinel),
INT64_MAX, +/-2**62, 0 or -1. Bad input must give a diagnostic and exit code 1;
the fuzzer fails on a signal, any other exit code, an assertion / stack
dump / "PLEASE submit a bug report" in the output, or a time-out. Output
that nbc-opt accepted must also parse again (custom and generic form).

Mutants run in batches through `nbc-opt -split-input-file`; a failing batch
is re-run one mutant at a time to name the culprit. Pure Python 3, no
dependencies, deterministic for a given --seed.

  scripts/fuzz-ir.py --nbc-opt build/bin/nbc-opt [--seed 1] [--count 300]
                     [--out DIR] [inputs...]
"""

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time

SEPARATOR = "// -----"
CRASH_MARKERS = ("PLEASE submit a bug report", "Stack dump", "Assertion `",
                 "LLVM ERROR", "UNREACHABLE", "Segmentation fault")
TYPES = ["si64", "si32", "si8", "ui8", "ui64", "i64", "i32", "i1", "f32",
         "f64", "f16", "index", "memref<?xf64>", "memref<4xsi64>",
         "memref<?x?xf64>", "memref<f64>", "none"]
TYPE_RE = re.compile(r"\b(?:[su]?i\d+|f16|f32|f64|index)\b|memref<[^<>]*(?:<[^<>]*>[^<>]*)*>")
KEYWORDS = ["eq", "ne", "lt", "le", "gt", "ge", "add", "mul", "min", "max",
            "and", "or", "xor", "sum", "prod", "argmin", "argmax", "any",
            "all", "mean", "sqrt", "exp", "log", "sin", "atan2", "hypot",
            "fmod", "nan", "inf", "finite", "ValueError", "IndexError",
            "ZeroDivisionError", "python", "numpy", "fast", "none", "bogus"]
KEYWORD_RE = re.compile(r"\b(?:" + "|".join(KEYWORDS) + r")\b")
INT_CONST_RE = re.compile(r"(?<=constant )-?\d+(?= : (?:[su]?i\d+|index)\b)")
SSA_RE = re.compile(r"%[A-Za-z_0-9]+(?:#\d+)?")
NUMBER_RE = re.compile(r"(?<![%#\w.])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?\b")
NUMBERS = ["0", "-1", "1", "2", "63", "64", "99", "0.0", "-0.0", "1.5",
           "0x7FF8000000000000"]
# Integers that break fixed-width arithmetic and MLIR's sentinels: INT64_MIN
# is ShapedType::kDynamic, and +/-2**62 times a stride of 2 wraps to it.
# Half of the number mutations pick one of these.
EDGE_NUMBERS = ["0", "-1", "-9223372036854775808", "9223372036854775807",
                "-9223372036854775807", "4611686018427387904",
                "-4611686018427387904", "18446744073709551615"]


# The lowering to standard dialects and upstream's folders on its output:
# constants that reach memref shapes, strides and offsets (a slice step of
# INT64_MIN crashed memref.reinterpret_cast's canonicalization).
LOWER_FLAGS = ["--convert-nbc-to-core", "--canonicalize"]


def split_cases(path):
    """The `// -----` cases of a test file, or [] for diagnostic tests."""
    text = open(path).read()
    if "verify-diagnostics" in text or "fuzz-ir" in text:
        return []
    cases = []
    for chunk in text.split(SEPARATOR):
        lines = [l for l in chunk.splitlines()
                 if not l.lstrip().startswith("//")]
        if any(l.strip() for l in lines):
            cases.append("\n".join(lines) + "\n")
    return cases


def sub_random(rng, regex, text, choices):
    """Replaces one random match of `regex` in `text` with a choice."""
    matches = list(regex.finditer(text))
    if not matches:
        return text
    m = rng.choice(matches)
    return text[:m.start()] + rng.choice(choices) + text[m.end():]


def drop_region(rng, lines):
    """Deletes a `{ ... }` block (or only its opening line)."""
    openers = [i for i, l in enumerate(lines) if l.rstrip().endswith("{")]
    if not openers:
        return lines
    start = rng.choice(openers)
    if rng.random() < 0.3:
        return lines[:start] + lines[start + 1:]
    depth = 0
    for end in range(start, len(lines)):
        depth += lines[end].count("{") - lines[end].count("}")
        if depth <= 0 and end > start:
            head = lines[start].rstrip()[:-1]
            return lines[:start] + [head] + lines[end + 1:]
    return lines[:start]


def mutate_once(rng, text):
    lines = text.splitlines()
    kind = rng.randrange(14)
    if kind == 0 and lines:                       # delete a line
        del lines[rng.randrange(len(lines))]
    elif kind == 1 and lines:                     # duplicate a line
        i = rng.randrange(len(lines))
        lines.insert(rng.randrange(len(lines) + 1), lines[i])
    elif kind == 2 and len(lines) > 1:            # swap two lines
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == 3:                               # truncate
        return text[:rng.randrange(len(text) + 1)]
    elif kind == 4:                               # change a type
        mutated = sub_random(rng, TYPE_RE, text, TYPES)
        # MLIR 22's parser crashes on `array<index: ...>` (parseDenseArrayAttr
        # asks an index type for its bit width): upstream's bug, not ours.
        return text if "array<index" in mutated else mutated
    elif kind == 5:                               # change an enum keyword
        return sub_random(rng, KEYWORD_RE, text, KEYWORDS)
    elif kind == 6 and lines:                     # drop an operand
        i = rng.randrange(len(lines))
        ops = list(SSA_RE.finditer(lines[i]))
        if ops:
            m = rng.choice(ops)
            line = lines[i]
            start, end = m.start(), m.end()
            if line[end:end + 2] == ", ":
                end += 2
            elif line[max(0, start - 2):start] == ", ":
                start -= 2
            lines[i] = line[:start] + line[end:]
    elif kind == 7:                               # drop a region
        lines = drop_region(rng, lines)
    elif kind == 8:                               # swap two SSA names
        names = sorted(set(SSA_RE.findall(text)))
        if len(names) > 1:
            a, b = rng.sample(names, 2)
            pattern = re.compile(re.escape(a) + r"\b|" + re.escape(b) + r"\b")
            return pattern.sub(lambda m: b if m.group(0) == a else a, text)
    elif kind == 9:                               # change a number
        return sub_random(rng, NUMBER_RE, text,
                          EDGE_NUMBERS if rng.random() < 0.5 else NUMBERS)
    elif kind == 10 and lines:                    # delete a token
        i = rng.randrange(len(lines))
        tokens = lines[i].split(" ")
        if len(tokens) > 1:
            del tokens[rng.randrange(len(tokens))]
            lines[i] = " ".join(tokens)
    elif kind == 11 and lines:                    # insert a stray character
        i = rng.randrange(len(lines))
        pos = rng.randrange(len(lines[i]) + 1)
        lines[i] = lines[i][:pos] + rng.choice("{}()[]<>,:=%^#") + lines[i][pos:]
    elif kind >= 12:                              # an integer constant to an edge
        # (twice as likely as the other mutations)
        return sub_random(rng, INT_CONST_RE, text, EDGE_NUMBERS[:-1])
    return "\n".join(lines) + "\n"


def run(cmd, text, timeout):
    """(status, output, ok): status is None when the run was acceptable,
    output is stdout (or stdout and stderr for a failure), ok says exit 0."""
    try:
        proc = subprocess.run(cmd, input=text, capture_output=True,
                              text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timed out after %ss" % timeout, "", False
    output = proc.stdout + proc.stderr
    if proc.returncode < 0:
        return "killed by signal %d" % -proc.returncode, output, False
    if proc.returncode not in (0, 1):
        return "exit code %d" % proc.returncode, output, False
    for marker in CRASH_MARKERS:
        if marker in output:
            return "printed '%s'" % marker, output, False
    return None, proc.stdout, proc.returncode == 0


def check(nbc_opt, texts, timeout):
    """The first problem found running `texts` as one split input, or None."""
    source = ("\n" + SEPARATOR + "\n").join(texts)
    split = [nbc_opt, "-split-input-file"]
    for flags in ([], ["--canonicalize", "--cse"], ["--mlir-print-op-generic"],
                  LOWER_FLAGS):
        status, out, ok = run(split + flags, source, timeout)
        if status:
            return "nbc-opt %s: %s" % (" ".join(flags), status), out
        if ok and len(texts) == 1 and flags != LOWER_FLAGS:
            # Whatever nbc-opt printed must parse again.
            status, _, ok = run(split, out, timeout)
            if status or not ok:
                return ("printed output of nbc-opt %s does not parse again"
                        % " ".join(flags)), out
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="*",
                        help="valid .mlir test files or directories of them")
    parser.add_argument("--nbc-opt", default="nbc-opt")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--timeout", type=float, default=20.0)
    parser.add_argument("--out", help="directory for failing mutants")
    args = parser.parse_args()

    inputs = []
    for path in args.inputs or [os.path.join(os.path.dirname(__file__), "..",
                                             "test", "Dialect", "NBC")]:
        if os.path.isdir(path):
            inputs += [os.path.join(path, f) for f in sorted(os.listdir(path))
                       if f.endswith(".mlir")]
        else:
            inputs.append(path)
    cases = [c for path in sorted(inputs) for c in split_cases(path)]
    if not cases:
        print("fuzz-ir: no valid test cases in the inputs", file=sys.stderr)
        return 2

    # The generic form of every case too: its attributes (segment sizes,
    # subscript codes, enum attributes) reach verifiers the custom parsers
    # protect.
    _, out, ok = run([args.nbc_opt, "-split-input-file",
                      "--mlir-print-op-generic"],
                     ("\n" + SEPARATOR + "\n").join(cases), args.timeout)
    generic = [p for p in out.split(SEPARATOR) if p.strip()]
    if ok and len(generic) == len(cases):
        cases += generic
    else:
        print("fuzz-ir: could not print the cases in generic form",
              file=sys.stderr)

    rng = random.Random(args.seed)
    mutants = []
    for _ in range(args.count):
        text = rng.choice(cases)
        for _ in range(1 + rng.randrange(3)):
            text = mutate_once(rng, text)
        mutants.append(text)

    start = time.time()
    failures = []
    for first in range(0, len(mutants), args.batch):
        batch = mutants[first:first + args.batch]
        if check(args.nbc_opt, batch, args.timeout) is None:
            # Round trips are checked per mutant only for small batches;
            # the batch run already caught crashes.
            continue
        for offset, text in enumerate(batch):
            problem = check(args.nbc_opt, [text], args.timeout)
            if problem:
                failures.append((first + offset, problem, text))

    # Round-trip check of every mutant that parses, one process per batch:
    # the printed output of a batch must parse again as a whole.
    for first in range(0, len(mutants), args.batch):
        batch = mutants[first:first + args.batch]
        source = ("\n" + SEPARATOR + "\n").join(batch)
        for flags in ([], ["--mlir-print-op-generic"]):
            _, out, _ = run([args.nbc_opt, "-split-input-file"] + flags,
                            source, args.timeout)
            # Failed chunks leave empty pieces between separators.
            pieces = [p for p in out.split(SEPARATOR) if p.strip()]
            if not pieces:
                continue
            status, _, ok = run([args.nbc_opt, "-split-input-file"],
                                ("\n" + SEPARATOR + "\n").join(pieces),
                                args.timeout)
            if status or not ok:
                for offset, text in enumerate(batch):
                    problem = check(args.nbc_opt, [text], args.timeout)
                    if problem and all(f[0] != first + offset
                                       for f in failures):
                        failures.append((first + offset, problem, text))

    out_dir = args.out or tempfile.mkdtemp(prefix="nbc-fuzz-")
    os.makedirs(out_dir, exist_ok=True)
    for index, (problem, output), text in failures:
        path = os.path.join(out_dir, "mutant-%d.mlir" % index)
        with open(path, "w") as f:
            f.write(text)
        print("FAIL mutant %d (%s): %s" % (index, path, problem))
        print("\n".join((output or "").splitlines()[:15]))
    print("fuzz-ir: %d mutants of %d cases, seed %d, %d failures, %.1fs"
          % (len(mutants), len(cases), args.seed, len(failures),
             time.time() - start))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
