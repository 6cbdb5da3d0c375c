"""Fixed-width integer and float helpers, the Test file writer and the
binary-kernel template shared by the generators."""

import math
import os
import struct

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "Integration",
                   "Scalar")

RUN = ("// RUN: nbc-opt --nbc-to-llvm %s | mlir-runner -e _mlir_ciface_main "
       "-entry-point-result=void "
       "-shared-libs=%mlir_c_runner_utils,%mlir_runner_utils,%nbc_runtime "
       "| FileCheck %s")
# The same main run by nbc-run through the JIT and through an AOT shared
# library: the three must agree.
NBC_RUN = ("// RUN: nbc-run%s %%s --fn=main "
           "--shared-libs=%%mlir_c_runner_utils,%%mlir_runner_utils "
           "| FileCheck %%s")

SIGNED = ["si8", "si16", "si32", "si64"]
UNSIGNED = ["ui8", "ui16", "ui32", "ui64"]


def width(ty):
    return int(ty[2:])


def wrap(value, ty):
    bits = width(ty)
    value &= (1 << bits) - 1
    if ty.startswith("si") and value >= 1 << (bits - 1):
        value -= 1 << bits
    return value


def int_min(ty):
    return -(1 << (width(ty) - 1)) if ty.startswith("si") else 0


def int_max(ty):
    bits = width(ty)
    return (1 << (bits - 1)) - 1 if ty.startswith("si") else (1 << bits) - 1


def to_f32(x):
    return struct.unpack("f", struct.pack("f", x))[0]


def to_f32_safe(x):
    if math.isnan(x) or math.isinf(x) or abs(x) < 3.4e38:
        return to_f32(x) if not (math.isnan(x) or math.isinf(x)) else x
    return math.copysign(math.inf, x)


def float_literal(x, ty):
    """An exact MLIR literal: hex bits for f64 and f32."""
    if ty == "f64":
        return "0x%016X" % struct.unpack("<Q", struct.pack("<d", x))[0]
    return "0x%08X" % struct.unpack("<I", struct.pack("<f", x))[0]


def c_g(x):
    """What printF64's %g prints."""
    if math.isnan(x):
        return "{{-?nan}}"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return "%g" % x


class Test:
    """One test file: kernels, a main that calls them, CHECK lines."""

    def __init__(self, name, comment, kernel_attr=""):
        self.name = name
        self.comment = comment
        self.kernel_attr = kernel_attr
        self.kernels = []
        self.main = []
        self.checks = []
        self.counter = 0

    def fresh(self, prefix="v"):
        self.counter += 1
        return "%%%s%d" % (prefix, self.counter)

    def kernel(self, text):
        self.kernels.append(text)

    def const(self, value, ty):
        name = self.fresh("c")
        if ty in ("f32", "f64"):
            literal = float_literal(value, ty)
        elif ty == "i1":
            literal = "true" if value else "false"
        else:
            literal = str(value)
        suffix = "" if ty == "i1" else " : " + ty
        self.main.append("  %s = nbc.constant %s%s" % (name, literal, suffix))
        return name

    def call(self, kernel, args, arg_types, result_types):
        names = [self.fresh("r") for _ in result_types]
        lhs = ""
        if len(names) == 1:
            lhs = names[0] + " = "
        elif names:
            base = self.fresh("r")
            lhs = "%s:%d = " % (base, len(names))
            names = ["%s#%d" % (base, i) for i in range(len(names))]
        results = ", ".join(result_types)
        if len(result_types) != 1:
            results = "(" + results + ")"
        self.main.append("  %scall @%s(%s) : (%s) -> %s" % (
            lhs, kernel, ", ".join(args), ", ".join(arg_types), results))
        return names

    def print_value(self, value, ty):
        if ty in ("f32", "f64"):
            if ty == "f32":
                wide = self.fresh()
                self.main.append("  %s = nbc.cast %s : f32 to f64" % (wide, value))
                value = wide
            self.main.append("  call @printF64(%s) : (f64) -> ()" % value)
        elif ty.startswith("ui"):
            if ty != "ui64":
                wide = self.fresh()
                self.main.append("  %s = nbc.cast %s : %s to ui64" % (wide, value, ty))
                value = wide
            self.main.append("  call @printU64(%s) : (ui64) -> ()" % value)
        else:
            if ty != "si64":
                wide = self.fresh()
                self.main.append("  %s = nbc.cast %s : %s to si64" % (wide, value, ty))
                value = wide
            self.main.append("  call @printI64(%s) : (si64) -> ()" % value)

    def print_exact(self, value, ty, expected):
        """1 when a float result has exactly the expected bits' value."""
        if math.isnan(expected):
            flag = self.fresh()
            self.main.append("  %s = nbc.fpclass nan %s : %s" % (flag, value, ty))
        else:
            want = self.const(expected, ty)
            flag = self.fresh()
            self.main.append("  %s = nbc.cmp eq, %s, %s : %s" % (flag, value, want, ty))
        self.print_value(flag, "si64_from_bool")

    def line(self, values, types, expected):
        """Prints values comma-separated; expects the given strings."""
        for i, (value, ty) in enumerate(zip(values, types)):
            if i:
                self.main.append("  call @printComma() : () -> ()")
            self.print_value(value, ty)
        self.main.append("  call @printNewline() : () -> ()")
        self.checks.append(", ".join(expected))

    def write(self):
        out = [RUN, NBC_RUN % "", NBC_RUN % " --aot", "",
               "// " + self.comment,
               "// Generated by scripts/gen-scalar-tests.py; expected values"
               " from CPython.", "",
               "func.func private @printI64(si64)",
               "func.func private @printU64(ui64)",
               "func.func private @printF64(f64)",
               "func.func private @printComma()",
               "func.func private @printNewline()", ""]
        out += self.kernels
        out.append("func.func @main() attributes {nbc.report_errors} {")
        out += self.main
        out.append("  return")
        out.append("}")
        out.append("")
        for i, check in enumerate(self.checks):
            out.append("// CHECK%s: %s" % ("" if i == 0 else "-NEXT",
                                          check))
        path = os.path.join(OUT, self.name)
        with open(path, "w") as f:
            f.write("\n".join(out) + "\n")


def _print_bool_patch():
    original = Test.print_value

    def print_value(self, value, ty):
        if ty == "si64_from_bool":
            wide = self.fresh()
            self.main.append("  %s = nbc.cast %s : i1 to si64" % (wide, value))
            self.main.append("  call @printI64(%s) : (si64) -> ()" % wide)
            return
        if ty == "i1":
            return print_value(self, value, "si64_from_bool")
        original(self, value, ty)
    Test.print_value = print_value


_print_bool_patch()


def binary_kernel(t, name, ops, ty, attr=""):
    """A kernel (a, b) -> results of each `nbc.<op> a, b`."""
    body = []
    results = []
    for i, op in enumerate(ops):
        if op == "divmod":
            body.append("  %%q%d, %%m%d = nbc.divmod %%a, %%b : %s" % (i, i, ty))
            results += ["%%q%d" % i, "%%m%d" % i]
        else:
            body.append("  %%r%d = nbc.%s %%a, %%b : %s" % (i, op, ty))
            results.append("%%r%d" % i)
    types = ", ".join([ty] * len(results))
    attrs = " attributes {nbc.kernel = #nbc.kernel<%s>}" % attr if attr else ""
    t.kernel("func.func @%s(%%a: %s, %%b: %s) -> (%s)%s {\n%s\n  return %s : %s\n}\n"
             % (name, ty, ty, types, attrs, "\n".join(body),
                ", ".join(results), types))
    return len(results)


# -- Integer floor division and modulo ---------------------------------------
