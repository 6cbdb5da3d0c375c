#!/usr/bin/python3
"""Writes the op x type tests: every nbc scalar op on every combination of
types, split by what the verifier says.

For each op (constant, arithmetic, floordiv/mod/divmod, truediv, pow,
unary, min/max/round, casts, comparisons, bitwise, shifts, select, math,
math2, fpclass) the generator enumerates operand and result types from
bool, si8..si64, ui8..ui64, f32, f64, complex<f32>, complex<f64> and a few
types nbc does not take
(i8, i64, index, f16), writes each combination as a function in generic
form, and asks `nbc-opt` whether it verifies:

- test/Pipelines/op-types/<family>.mlir: every accepted combination, which
  `nbc-opt --nbc-to-llvm` must lower to the LLVM dialect (each function's
  entry point is checked), plus scf.if/nbc.select patterns with constant
  operands that upstream canonicalizations rewrite;
- test/Dialect/NBC/invalid-op-types.mlir: one rejected combination for
  each distinct (op, verifier message), checked with -verify-diagnostics.

`--check` regenerates in memory and fails when a committed file differs:
test/Pipelines/op-types/regenerate.test runs it, so a combination the
verifier starts (or stops) accepting cannot go unnoticed, and every
accepted one is in a file that must lower.

Run it with Debian's /usr/bin/python3 from the repository root after
building nbc-opt (or pass its path); the generated files are committed.
"""

import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
VALID_DIR = os.path.join(ROOT, "test", "Pipelines", "op-types")
INVALID = os.path.join(ROOT, "test", "Dialect", "NBC", "invalid-op-types.mlir")

INTS = ["si8", "si16", "si32", "si64", "ui8", "ui16", "ui32", "ui64"]
FLOATS = ["f32", "f64"]
COMPLEX = ["complex<f32>", "complex<f64>"]
NBC = ["i1"] + INTS + FLOATS + COMPLEX
OTHER = ["i8", "i64", "index", "f16"]
UNIVERSE = NBC + OTHER
# Representatives for mismatched operand types: bool, both signednesses,
# two widths, both float widths, a signless integer.
MIX = ["i1", "si32", "si64", "ui64", "f32", "f64", "i64", "complex<f64>"]
MIX_PAIRS = [(a, b) for a in MIX for b in MIX if a != b]

MATH = ["sqrt", "exp", "log", "sin", "cos", "tan", "asin", "acos", "atan",
        "sinh", "cosh", "tanh", "exp2", "log2", "log10", "log1p", "expm1",
        "erf", "erfc", "floor", "ceil", "trunc", "asinh", "acosh", "atanh",
        "cbrt"]
MATH2 = ["atan2", "hypot", "copysign", "fmod"]
FPCLASS = ["nan", "inf", "finite"]
CMP = ["eq", "ne", "lt", "le", "gt", "ge"]


def mangle(ty):
    return ty.replace("index", "idx").replace("complex<f32>", "c64").replace(
        "complex<f64>", "c128")


class Case:
    """One function holding one op in generic form."""

    def __init__(self, family, op, args, results, attrs=""):
        self.family = family
        self.op = op
        self.args = args
        self.results = results
        self.attrs = attrs
        tag = re.sub(r"[^a-z0-9]+", "_", attrs.split("<")[-1]) if attrs else ""
        parts = [op] + ([tag.strip("_")] if tag.strip("_") else [])
        parts += [mangle(t) for t in args] + ["to"] + [mangle(t) for t in results]
        self.name = "_".join(parts)

    def text(self, loc=None):
        params = ", ".join("%%a%d: %s" % (i, t) for i, t in enumerate(self.args))
        res = ", ".join(self.results)
        lhs = "%r = " if len(self.results) == 1 else "%%r:%d = " % len(self.results)
        operands = ", ".join("%%a%d" % i for i in range(len(self.args)))
        attrs = " " + self.attrs if self.attrs else ""
        op = '%s"nbc.%s"(%s)%s : (%s) -> %s' % (
            lhs, self.op, operands, attrs, ", ".join(self.args),
            res if len(self.results) == 1 else "(" + res + ")")
        if loc:
            op += ' loc("%s")' % loc
        rets = ("%r" if len(self.results) == 1 else
                ", ".join("%%r#%d" % i for i in range(len(self.results))))
        return ["func.func @%s(%s) -> (%s) {" % (self.name, params, res),
                "  " + op,
                "  return %s : %s" % (rets, res),
                "}"]


def const_attr(ty):
    if ty == "i1":
        return "{value = true}"
    if ty in FLOATS or ty == "f16":
        return "{value = 1.0 : %s}" % ty
    if ty in COMPLEX:  # nbc.constant has no complex values
        return "{value = #complex.number<:%s 1.0, 0.0> : %s}" % (ty[8:-1], ty)
    return "{value = 1 : %s}" % ty


def cases():
    out = []
    # Constants.
    for t in UNIVERSE:
        out.append(Case("constant", "constant", [], [t], const_attr(t)))
    # Same-type binary ops: all equal, then mismatched pairs.
    binary = {"arith": ["add", "sub", "mul", "min", "max"],
              "division": ["floordiv", "mod"],
              "bitwise": ["and", "or", "xor"],
              "shifts": ["shl", "shr"]}
    for family, ops in binary.items():
        for op in ops:
            for t in UNIVERSE:
                out.append(Case(family, op, [t, t], [t]))
            for a, b in MIX_PAIRS:
                out.append(Case(family, op, [a, b], [a]))
                out.append(Case(family, op, [a, a], [b]))
    for t in UNIVERSE:
        out.append(Case("division", "divmod", [t, t], [t, t]))
    for a, b in MIX_PAIRS:
        out.append(Case("division", "divmod", [a, b], [a, a]))
        out.append(Case("division", "divmod", [a, a], [a, b]))
    # truediv: operands of one type, any result.
    for t in UNIVERSE:
        for r in UNIVERSE:
            out.append(Case("division", "truediv", [t, t], [r]))
    for a, b in MIX_PAIRS:
        out.append(Case("division", "truediv", [a, b], ["f64"]))
    # pow: every nbc type triple, and the others with themselves.
    for a in NBC:
        for b in NBC:
            for r in NBC:
                out.append(Case("pow", "pow", [a, b], [r]))
    for t in OTHER:
        out.append(Case("pow", "pow", [t, t], [t]))
    # Unary ops: every operand/result pair.
    for op in ["neg", "abs", "round", "invert"]:
        for t in UNIVERSE:
            for r in UNIVERSE:
                out.append(Case("unary", op, [t], [r]))
    # Casts: every pair.
    for t in UNIVERSE:
        for r in UNIVERSE:
            out.append(Case("casts", "cast", [t], [r]))
    # Comparisons: every predicate on every type, eq on every pair and
    # a few result types.
    for pred in CMP:
        for t in UNIVERSE:
            out.append(Case("cmp", "cmp", [t, t], ["i1"],
                            "{predicate = #nbc<cmp %s>}" % pred))
    for a in UNIVERSE:
        for b in UNIVERSE:
            if a != b:
                out.append(Case("cmp", "cmp", [a, b], ["i1"],
                                "{predicate = #nbc<cmp eq>}"))
    for t in MIX:
        for r in ["si8", "i8", "si64"]:
            out.append(Case("cmp", "cmp", [t, t], [r],
                            "{predicate = #nbc<cmp lt>}"))
    # select: condition types, then value types.
    for c in ["i1", "si8", "ui8", "i8", "f32"]:
        for t in UNIVERSE:
            out.append(Case("select", "select", [c, t, t], [t]))
    for a, b in MIX_PAIRS:
        out.append(Case("select", "select", ["i1", a, b], [a]))
        out.append(Case("select", "select", ["i1", a, a], [b]))
    # Math: sqrt on every pair, every other function on every type.
    for fn in MATH:
        for t in UNIVERSE:
            for r in (UNIVERSE if fn == "sqrt" else [t]):
                out.append(Case("math", "math", [t], [r],
                                "{fn = #nbc<math %s>}" % fn))
    for fn in MATH2:
        for t in UNIVERSE:
            out.append(Case("math", "math2", [t, t], [t],
                            "{fn = #nbc<math2 %s>}" % fn))
    for a, b in MIX_PAIRS:
        out.append(Case("math", "math2", [a, b], [a],
                        "{fn = #nbc<math2 atan2>}"))
    for kind in FPCLASS:
        for t in UNIVERSE:
            out.append(Case("math", "fpclass", [t], ["i1"],
                            "{kind = #nbc<fpclass %s>}" % kind))
    for t in MIX:
        out.append(Case("math", "fpclass", [t], ["si8"],
                        "{kind = #nbc<fpclass nan>}"))
    names = set()
    for c in out:
        assert c.name not in names, c.name
        names.add(c.name)
    return out


def control_cases():
    """Accepted patterns whose operands are constants: upstream scf and arith
    canonicalizations rewrite them (scf.if to arith.select, select of 1/0 to
    arith.extui) on nbc's types."""
    funcs = []
    for t in NBC:
        if t in COMPLEX:
            continue  # nbc.constant has no complex values
        if t == "i1":
            one, zero = "true", "false"
            c1, c0 = "nbc.constant true", "nbc.constant false"
        else:
            lit = "1.0" if t in FLOATS else "1"
            lit0 = "0.0" if t in FLOATS else "0"
            c1 = "nbc.constant %s : %s" % (lit, t)
            c0 = "nbc.constant %s : %s" % (lit0, t)
        n = mangle(t)
        for order, (a, b) in (("10", (c1, c0)), ("01", (c0, c1))):
            funcs.append(("if_%s_%s" % (order, n), [
                "func.func @if_%s_%s(%%c: i1) -> %s {" % (order, n, t),
                "  %%a = %s" % a,
                "  %%b = %s" % b,
                "  %%r = scf.if %%c -> (%s) {" % t,
                "    scf.yield %%a : %s" % t,
                "  } else {",
                "    scf.yield %%b : %s" % t,
                "  }",
                "  return %%r : %s" % t,
                "}"]))
            funcs.append(("select_%s_%s" % (order, n), [
                "func.func @select_%s_%s(%%c: i1) -> %s {" % (order, n, t),
                "  %%a = %s" % a,
                "  %%b = %s" % b,
                "  %%r = nbc.select %%c, %%a, %%b : %s" % t,
                "  return %%r : %s" % t,
                "}"]))
        funcs.append(("if_var_%s" % n, [
            "func.func @if_var_%s(%%c: i1, %%x: %s) -> %s {" % (n, t, t),
            "  %%a = %s" % c1,
            "  %%r = scf.if %%c -> (%s) {" % t,
            "    scf.yield %%x : %s" % t,
            "  } else {",
            "    scf.yield %%a : %s" % t,
            "  }",
            "  return %%r : %s" % t,
            "}"]))
    return funcs


def classify(nbc_opt, all_cases):
    """{name: None if accepted, else the first error message}."""
    chunks = ["\n".join(c.text(loc="case%d" % i)) for i, c in enumerate(all_cases)]
    with tempfile.NamedTemporaryFile("w", suffix=".mlir", delete=False) as f:
        f.write("\n// -----\n".join(chunks) + "\n")
        path = f.name
    try:
        proc = subprocess.run([nbc_opt, "--split-input-file", path],
                              capture_output=True, text=True)
    finally:
        os.unlink(path)
    if proc.returncode < 0 or "Stack dump" in proc.stderr:
        sys.exit("nbc-opt crashed verifying the cases:\n" + proc.stderr[-4000:])
    errors = {}
    located = r'^<unknown>:0: error: loc\("case(\d+)"\): (.*)$'
    for m in re.finditer(located, proc.stderr, re.M):
        errors.setdefault(int(m.group(1)), m.group(2))
    unmatched = [l for l in proc.stderr.splitlines()
                 if "error:" in l and not re.match(located, l)]
    if unmatched:
        sys.exit("errors not located at an op:\n" + "\n".join(unmatched[:20]))
    return {c.name: errors.get(i) for i, c in enumerate(all_cases)}


def valid_text(family, funcs):
    lines = ["// RUN: nbc-opt --nbc-to-llvm %s | FileCheck %s", "",
             "// Every %s op on every type combination the verifier accepts"
             " lowers" % family,
             "// to the LLVM dialect. Generated by scripts/gen-op-type-tests.py.",
             ""]
    for _, text in funcs:
        lines += text + [""]
    for name, _ in funcs:
        lines.append("// CHECK: llvm.func @_nbc_call_%s(" % name)
    return "\n".join(lines) + "\n"


def invalid_text(rejected):
    lines = ["// RUN: nbc-opt %s -split-input-file -verify-diagnostics", "",
             "// One op x type combination for each way the verifier rejects it",
             "// (the accepted ones are in test/Pipelines/op-types/). Generated",
             "// by scripts/gen-op-type-tests.py.", ""]
    chunks = []
    for case, message in rejected:
        text = case.text()
        text.insert(1, "  // expected-error @+1 {{%s}}" % message)
        chunks.append("\n".join(text))
    lines.append("\n\n// -----\n\n".join(chunks))
    return "\n".join(lines) + "\n"


def main():
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    nbc_opt = args[0] if args else os.path.join(ROOT, "build", "bin", "nbc-opt")
    all_cases = cases()
    verdicts = classify(nbc_opt, all_cases)
    os.makedirs(VALID_DIR, exist_ok=True)
    families = {}
    rejected = []
    reasons = set()
    num_rejected = 0
    for case in all_cases:
        message = verdicts[case.name]
        if message is None:
            families.setdefault(case.family, []).append(
                (case.name, case.text()))
            continue
        num_rejected += 1
        if (case.op, message) not in reasons:
            reasons.add((case.op, message))
            rejected.append((case, message))
    families["control"] = control_cases()
    files = {os.path.join(VALID_DIR, family + ".mlir"): valid_text(family, funcs)
             for family, funcs in families.items()}
    files[INVALID] = invalid_text(rejected)
    if check:
        stale = []
        for path, text in sorted(files.items()):
            try:
                with open(path) as f:
                    same = f.read() == text
            except OSError:
                same = False
            if not same:
                stale.append(os.path.relpath(path, ROOT))
        if stale:
            sys.exit("out of date (rerun scripts/gen-op-type-tests.py): " +
                     ", ".join(stale))
        print("up to date")
        return
    os.makedirs(VALID_DIR, exist_ok=True)
    for path, text in files.items():
        with open(path, "w") as f:
            f.write(text)
    print("%d accepted in %d files, %d rejected (%d distinct reasons)" % (
        sum(len(f) for f in families.values()), len(families), num_rejected,
        len(rejected)))


if __name__ == "__main__":
    main()
