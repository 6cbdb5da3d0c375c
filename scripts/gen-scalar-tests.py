#!/usr/bin/python3
"""Writes the table-driven integration tests of test/Integration/Scalar/.

Every expected value is computed here by CPython (with fixed-width
wraparound where Python's ints would grow, as nbc's types do), and the test
compares it with what the compiled kernel prints. Run it with Debian's
/usr/bin/python3 from the repository root after changing a table; the
generated files are committed.
"""

import math
import os
import struct

OUT = os.path.join(os.path.dirname(__file__), "..", "test", "Integration",
                   "Scalar")

RUN = ("// RUN: nbc-opt --nbc-to-llvm %s | mlir-runner -e main "
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

def py_floordiv(a, b):
    return a // b


def gen_int_divmod():
    t = Test("int-floordiv-mod.mlir",
             "Python // and % (and divmod) on si8..si64 and ui8..ui64: "
             "floor rounding, the sign of the divisor, INT_MIN // -1 wraps.")
    for ty in SIGNED + UNSIGNED:
        n = binary_kernel(t, "fdm_" + ty, ["floordiv", "mod", "divmod"], ty)
        lo, hi = int_min(ty), int_max(ty)
        if ty.startswith("si"):
            pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (0, -5),
                     (6, -3), (-6, 3), (lo, -1), (lo, 1), (hi, -1), (lo, hi),
                     (-1, lo), (5, lo), (hi, lo), (lo, lo), (lo + 1, -2)]
        else:
            pairs = [(7, 2), (hi, 1), (hi, hi - 1), (0, 3), (hi, 2), (1, hi),
                     (hi - 1, hi), (100, 7)]
        for a, b in pairs:
            ca, cb = t.const(a, ty), t.const(b, ty)
            rs = t.call("fdm_" + ty, [ca, cb], [ty, ty], [ty] * n)
            q, m = wrap(a // b, ty), wrap(a % b, ty)
            t.line(rs, [ty] * n, [str(q), str(m), str(q), str(m)])
    t.write()


# -- Integer power -----------------------------------------------------------

def gen_int_pow():
    t = Test("int-pow.mlir",
             "Integer ** integer: exact by repeated squaring, wrapping at "
             "the type's width; constant exponents unroll.")
    for ty in SIGNED + UNSIGNED:
        t.kernel("func.func @pow_%s(%%a: %s, %%b: %s) -> %s {\n"
                 "  %%r = nbc.pow %%a, %%b : %s, %s -> %s\n  return %%r : %s\n}\n"
                 % (ty, ty, ty, ty, ty, ty, ty, ty))
        t.kernel("func.func @pow5_%s(%%a: %s) -> %s {\n"
                 "  %%c = nbc.constant 5 : %s\n"
                 "  %%r = nbc.pow %%a, %%c : %s, %s -> %s\n  return %%r : %s\n}\n"
                 % (ty, ty, ty, ty, ty, ty, ty, ty))
        bits = width(ty)
        pairs = [(2, 10), (3, 5), (7, 0), (0, 0), (0, 3), (2, bits - 1),
                 (2, bits), (3, 40), (10, 19), (1, int_max(ty))]
        if ty.startswith("si"):
            pairs += [(-3, 3), (-2, 7), (-1, 101), (-1, 100),
                      (-2, bits - 1)]
        for a, b in pairs:
            a, b = wrap(a, ty), wrap(b, ty)
            ca, cb = t.const(a, ty), t.const(b, ty)
            (r,) = t.call("pow_" + ty, [ca, cb], [ty, ty], [ty])
            (r5,) = t.call("pow5_" + ty, [ca], [ty], [ty])
            t.line([r, r5], [ty, ty],
                   [str(wrap(a ** b, ty)), str(wrap(a ** 5, ty))])
    t.write()


# -- Float floor division and modulo -----------------------------------------

def float_divmod(a, b, rnd):
    """CPython's float_divmod with every operation rounded by `rnd`."""
    # C's fmod (exact in any precision); math.fmod raises for inf and nan.
    if math.isnan(a) or math.isnan(b) or math.isinf(a):
        mod = math.nan
    elif math.isinf(b):
        mod = a
    else:
        mod = math.fmod(a, b)
    div = rnd(rnd(a - mod) / b)
    if mod:
        if (b < 0) != (mod < 0):
            mod = rnd(mod + b)
            div = rnd(div - 1.0)
    else:
        mod = math.copysign(0.0, b)
    if div:
        floordiv = div if math.isnan(div) or math.isinf(div) \
            else float(math.floor(div))
        if rnd(div - floordiv) > 0.5:
            floordiv = rnd(floordiv + 1.0)
    else:
        floordiv = math.copysign(0.0, rnd(a / b))
    return float(floordiv), mod


def gen_float_divmod():
    t = Test("float-floordiv-mod.mlir",
             "Python // and % on f64 and f32 (CPython's float_divmod): "
             "signs of zero results, infinities, NaN.")
    inf, nan = math.inf, math.nan
    pairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (0.0, 3.0),
             (0.0, -3.0), (-0.0, 3.0), (6.0, 3.0), (-6.0, 3.0), (6.0, -3.0),
             (1.0, inf), (-1.0, inf), (1.0, -inf), (-1.0, -inf), (inf, 2.0),
             (nan, 2.0), (2.0, nan), (0.5, 0.25), (-0.5, 0.25), (1e300, 1e-300),
             (5.0, 0.1), (-5.0, 0.1), (0.1, 0.01), (1e30, 3.0), (-3.5, 1e-5)]
    for ty, rnd in [("f64", lambda x: x), ("f32", to_f32_safe)]:
        binary_kernel(t, "fdm_" + ty, ["floordiv", "mod"], ty)
        for a, b in pairs:
            a, b = rnd(a), rnd(b)
            if b == 0:
                continue
            if ty == "f64":
                q, m = divmod(a, b)  # CPython itself
                assert (q, m) == float_divmod(a, b, rnd) or math.isnan(q)
            else:
                q, m = float_divmod(a, b, rnd)
            ca, cb = t.const(a, ty), t.const(b, ty)
            q_r, m_r = t.call("fdm_" + ty, [ca, cb], [ty, ty], [ty, ty])
            t.line([q_r, m_r], [ty, ty], [c_g(q), c_g(m)])
            t.print_exact(q_r, ty, q)
            t.main.append("  call @printComma() : () -> ()")
            t.print_exact(m_r, ty, m)
            t.main.append("  call @printNewline() : () -> ()")
            t.checks.append("1, 1")
    t.write()


# -- Float power ---------------------------------------------------------------

def powi(x, n):
    """Repeated squaring in f64, as the lowering does."""
    m = abs(n)
    result, base = 1.0, x
    while m:
        if m & 1:
            result *= base
        base *= base
        m >>= 1
    return 1.0 / result if n < 0 else result


def gen_float_pow():
    t = Test("float-pow.mlir",
             "float ** int by repeated squaring (1/x for negative "
             "exponents) and float ** float through pow, with CPython's "
             "special cases.")
    t.kernel("func.func @powi(%a: f64, %b: si64) -> f64 {\n"
             "  %r = nbc.pow %a, %b : f64, si64 -> f64\n  return %r : f64\n}\n")
    t.kernel("func.func @powi32(%a: f32, %b: si32) -> f32 {\n"
             "  %r = nbc.pow %a, %b : f32, si32 -> f32\n  return %r : f32\n}\n")
    t.kernel("func.func @powf(%a: f64, %b: f64) -> f64 {\n"
             "  %r = nbc.pow %a, %b : f64, f64 -> f64\n  return %r : f64\n}\n")
    inf, nan = math.inf, math.nan
    for x, n in [(2.0, 10), (2.0, -2), (-2.0, 3), (0.5, -3), (3.0, -5),
                 (10.0, -2), (1.5, 7), (0.0, 0), (-0.0, 3), (-0.0, 2),
                 (inf, -1), (-inf, 3), (nan, 0), (2.0, 1023),
                 (2.0, -1074), (-1.0, -(1 << 63)), (1.0000001, 1000)]:
        expected = x ** float(n)  # CPython
        if powi(x, n) != expected and not math.isnan(expected):
            continue  # repeated squaring rounds differently: not a CPython value
        cx, cn = t.const(x, "f64"), t.const(n, "si64")
        (r,) = t.call("powi", [cx, cn], ["f64", "si64"], ["f64"])
        t.line([r], ["f64"], [c_g(expected)])
        t.print_exact(r, "f64", expected)
        t.main.append("  call @printNewline() : () -> ()")
        t.checks.append("1")
    for x, n in [(2.0, 10), (-3.0, 3), (0.5, -2), (4.0, -1)]:
        expected = to_f32(x ** n)
        cx, cn = t.const(to_f32(x), "f32"), t.const(n, "si32")
        (r,) = t.call("powi32", [cx, cn], ["f32", "si32"], ["f32"])
        t.line([r], ["f32"], [c_g(expected)])
    for x, y in [(2.0, 0.5), (9.0, 0.5), (-8.0, 3.0), (-8.0, -3.0), (0.0, 0.0),
                 (1.0, nan), (nan, 0.0), (-1.0, inf), (-1.0, -inf),
                 (0.5, -inf), (0.5, inf), (2.0, -inf), (inf, -0.5),
                 (-inf, 3.0), (-inf, 2.0), (0.0, 3.5), (-0.0, 3.0),
                 (10.0, -3.0), (2.0, 0.1), (1e10, 30.0)]:
        expected = x ** y
        cx, cy = t.const(x, "f64"), t.const(y, "f64")
        (r,) = t.call("powf", [cx, cy], ["f64", "f64"], ["f64"])
        t.line([r], ["f64"], [c_g(expected)])
        t.print_exact(r, "f64", expected)
        t.main.append("  call @printNewline() : () -> ()")
        t.checks.append("1")
    t.write()


# -- Casts -------------------------------------------------------------------

def py_int_sat(x, ty):
    """Python's int(x), saturated to the type (nbc's rule for finite x)."""
    value = int(x)
    return max(int_min(ty), min(int_max(ty), value))


def gen_casts():
    t = Test("casts.mlir",
             "nbc.cast: int<->int by signedness, int->float, float->int "
             "truncating and saturating, bool conversions.")
    # float -> int
    targets = ["si8", "si16", "si32", "si64", "ui8", "ui16", "ui32", "ui64"]
    for ty in targets:
        t.kernel("func.func @f2i_%s(%%x: f64) -> %s {\n"
                 "  %%r = nbc.cast %%x : f64 to %s\n  return %%r : %s\n}\n"
                 % (ty, ty, ty, ty))
    values = [3.7, -3.7, -0.5, 0.99, 127.9, 128.0, -128.5, -129.0, 255.5,
              256.0, 1e20, -1e20, 2.0 ** 63, -2.0 ** 63, 2.0 ** 64,
              9007199254740993.0, -0.0]
    for x in values:
        c = t.const(x, "f64")
        rs = [t.call("f2i_" + ty, [c], ["f64"], [ty])[0] for ty in targets]
        t.line(rs, targets, [str(py_int_sat(x, ty)) for ty in targets])
    # int -> int
    t.kernel("func.func @i2i(%a: si64, %b: ui8, %c: si8) -> "
             "(ui8, si8, ui16, si64, ui64, si16, ui32) {\n"
             "  %0 = nbc.cast %a : si64 to ui8\n"
             "  %1 = nbc.cast %b : ui8 to si8\n"
             "  %2 = nbc.cast %c : si8 to ui16\n"
             "  %3 = nbc.cast %b : ui8 to si64\n"
             "  %4 = nbc.cast %a : si64 to ui64\n"
             "  %5 = nbc.cast %a : si64 to si16\n"
             "  %6 = nbc.cast %c : si8 to ui32\n"
             "  return %0, %1, %2, %3, %4, %5, %6 : ui8, si8, ui16, si64, ui64, si16, ui32\n}\n")
    out_types = ["ui8", "si8", "ui16", "si64", "ui64", "si16", "ui32"]
    for a, b, c in [(-1, 200, -56), (300, 127, 127), (-(1 << 63), 128, -128),
                    (70000, 0, 0)]:
        args = [t.const(a, "si64"), t.const(b, "ui8"), t.const(c, "si8")]
        rs = t.call("i2i", args, ["si64", "ui8", "si8"], out_types)
        exp = [wrap(a, "ui8"), wrap(b, "si8"), wrap(c, "ui16"), b,
               wrap(a, "ui64"), wrap(a, "si16"), wrap(c, "ui32")]
        t.line(rs, out_types, [str(v) for v in exp])
    # int -> float, float -> float, bool
    t.kernel("func.func @i2f(%a: si64, %b: ui64, %c: f64, %d: i1) -> "
             "(f64, f64, f32, i1, f64, si64) {\n"
             "  %0 = nbc.cast %a : si64 to f64\n"
             "  %1 = nbc.cast %b : ui64 to f64\n"
             "  %2 = nbc.cast %c : f64 to f32\n"
             "  %3 = nbc.cast %c : f64 to i1\n"
             "  %4 = nbc.cast %d : i1 to f64\n"
             "  %5 = nbc.cast %d : i1 to si64\n"
             "  return %0, %1, %2, %3, %4, %5 : f64, f64, f32, i1, f64, si64\n}\n")
    out_types = ["f64", "f64", "f32", "i1", "f64", "si64"]
    for a, b, c, d in [((1 << 63) - 1, (1 << 64) - 1, 0.1, True),
                       (-(1 << 63), 1 << 63, math.nan, False),
                       (-3, 12345, 0.0, True), (7, 0, -0.0, False),
                       (0, 3, 1e300, True)]:
        args = [t.const(a, "si64"), t.const(b, "ui64"), t.const(c, "f64"),
                t.const(d, "i1")]
        rs = t.call("i2f", args, ["si64", "ui64", "f64", "i1"], out_types)
        f32 = struct.unpack("f", struct.pack("f", c))[0] if abs(c) < 3e38 \
            or math.isnan(c) else math.inf
        exp = [c_g(float(a)), c_g(float(b)), c_g(f32), str(int(bool(c))),
               c_g(float(d)), str(int(d))]
        t.line(rs, out_types, exp)
    t.write()


def gen_numpy_casts():
    t = Test("casts-numpy-model.mlir",
             "Under error_model = numpy, float->int casts of NaN and "
             "infinities saturate (NaN gives 0) instead of raising.",
             )
    for ty in ["si32", "si64", "ui8"]:
        t.kernel("func.func @f2i_%s(%%x: f64) -> %s attributes "
                 "{nbc.kernel = #nbc.kernel<error_model = numpy>} {\n"
                 "  %%r = nbc.cast %%x : f64 to %s\n  return %%r : %s\n}\n"
                 % (ty, ty, ty, ty))
    for x, exp in [(math.nan, [0, 0, 0]),
                   (math.inf, [int_max("si32"), int_max("si64"), 255]),
                   (-math.inf, [int_min("si32"), int_min("si64"), 0])]:
        c = t.const(x, "f64")
        rs = [t.call("f2i_" + ty, [c], ["f64"], [ty])[0]
              for ty in ["si32", "si64", "ui8"]]
        t.line(rs, ["si32", "si64", "ui8"], [str(v) for v in exp])
    t.write()


# -- Round, min, max -----------------------------------------------------------

def gen_round_minmax():
    t = Test("round-min-max.mlir",
             "round() halves to even; min/max keep Python's order with NaN "
             "and ties (the first operand wins).")
    t.kernel("func.func @rnd(%x: f64) -> (f64, si64) {\n"
             "  %r = nbc.round %x : f64\n"
             "  %i = nbc.cast %r : f64 to si64\n"
             "  return %r, %i : f64, si64\n}\n")
    for x in [2.5, 3.5, -0.5, -2.5, 0.49999999999999994, 1.5, -1.5, 2.675,
              1e300, -7.49, 0.5, 4503599627370497.0]:
        c = t.const(x, "f64")
        r, i = t.call("rnd", [c], ["f64"], ["f64", "si64"])
        rounded = float(round(x))
        if rounded == 0.0:
            rounded = math.copysign(0.0, x)
        t.line([r, i], ["f64", "si64"],
               [c_g(rounded), str(py_int_sat(rounded, "si64"))])
    binary_kernel(t, "mm_f64", ["min", "max"], "f64")
    nan = math.nan
    for a, b in [(nan, 1.0), (1.0, nan), (0.0, -0.0), (-0.0, 0.0), (1.0, 2.0),
                 (2.0, 1.0), (-math.inf, nan), (3.0, 3.0)]:
        ca, cb = t.const(a, "f64"), t.const(b, "f64")
        lo, hi = t.call("mm_f64", [ca, cb], ["f64", "f64"], ["f64", "f64"])
        t.line([lo, hi], ["f64", "f64"], [c_g(min(a, b)), c_g(max(a, b))])
    for ty, pairs in [("si64", [(-5, 3), (1 << 62, -(1 << 63))]),
                      ("ui64", [((1 << 64) - 1, 1), (5, 7)]),
                      ("si8", [(-128, 127), (0, -1)]),
                      ("ui8", [(255, 0), (128, 127)])]:
        binary_kernel(t, "mm_" + ty, ["min", "max"], ty)
        for a, b in pairs:
            ca, cb = t.const(a, ty), t.const(b, ty)
            lo, hi = t.call("mm_" + ty, [ca, cb], [ty, ty], [ty, ty])
            t.line([lo, hi], [ty, ty], [str(min(a, b)), str(max(a, b))])
    t.write()


# -- Shifts ----------------------------------------------------------------------

def py_shl(a, n, ty):
    return wrap(a << n, ty) if n < width(ty) else 0


def py_shr(a, n, ty):
    if n >= width(ty):
        return -1 if a < 0 else 0
    return a >> n


def gen_shifts():
    t = Test("shifts.mlir",
             "<< wraps at the width, counts of at least the width give 0 "
             "(or the sign for signed >>).")
    for ty, cases in [("si8", [(1, 7), (1, 8), (-128, 7), (-128, 100),
                               (64, 8), (-1, 3), (5, 0), (127, 1)]),
                      ("ui8", [(200, 3), (255, 4), (1, 7), (1, 8), (255, 200)]),
                      ("si64", [(1, 63), (1, 64), (-1, 64), (3, 62),
                                (-(1 << 63), 63), (12345, 70)]),
                      ("ui64", [(1, 63), ((1 << 64) - 1, 1), (7, 64)]),
                      ("si32", [(1, 31), (-7, 1), (-7, 40)])]:
        binary_kernel(t, "sh_" + ty, ["shl", "shr"], ty)
        for a, n in cases:
            ca, cn = t.const(a, ty), t.const(n, ty)
            l, r = t.call("sh_" + ty, [ca, cn], [ty, ty], [ty, ty])
            t.line([l, r], [ty, ty], [str(py_shl(a, n, ty)),
                                      str(py_shr(a, n, ty))])
    t.write()


# -- Ranges ------------------------------------------------------------------------

def gen_ranges():
    t = Test("range.mlir",
             "for i in range(start, stop, step): any step sign, empty "
             "ranges, bounds at the type's limits (trip counts computed "
             "without overflow), constant unit steps.")
    for ty in ["si64", "si8", "ui8", "ui64"]:
        # count, wrapped sum and the last value seen.
        t.kernel("""func.func @rng_TY(%a: TY, %b: TY, %s: TY) -> (si64, TY, TY) {
  %z = nbc.constant 0 : si64
  %one = nbc.constant 1 : si64
  %zt = nbc.constant 0 : TY
  %r:3 = nbc.range %i = %a to %b step %s : TY iter_args(%n = %z, %acc = %zt, %last = %zt) -> (si64, TY, TY) {
    %n1 = nbc.add %n, %one : si64
    %acc1 = nbc.add %acc, %i : TY
    nbc.yield %n1, %acc1, %i : si64, TY, TY
  }
  return %r#0, %r#1, %r#2 : si64, TY, TY
}
""".replace("TY", ty))
    cases = {
        "si64": [(0, 10, 1), (10, 0, -1), (10, 0, -3), (0, 10, 3), (0, 0, 1),
                 (5, 0, 1), (0, 5, -1), (-5, 5, 2), (-(1 << 63), (1 << 63) - 1, 1 << 62),
                 ((1 << 63) - 1, -(1 << 63), -(1 << 62)),
                 (-(1 << 63), (1 << 63) - 1, (1 << 63) - 1),
                 ((1 << 63) - 1, -(1 << 63), -(1 << 63)),
                 (7, 8, 100), (8, 7, -100), (3, -3, -1)],
        "si8": [(-128, 127, 1), (127, -128, -1), (-128, 127, 127), (100, -100, -50),
                (0, 127, 128 - 256 + 128 - 1)],
        "ui8": [(0, 255, 1), (250, 255, 2), (255, 0, 1), (0, 255, 200), (10, 20, 3)],
        "ui64": [(0, (1 << 64) - 1, 1 << 62), ((1 << 64) - 10, (1 << 64) - 1, 4)],
    }
    for ty, triples in cases.items():
        for a, b, s in triples:
            if s == 0:
                continue
            values = list(range(a, b, s))
            ca, cb, cs = t.const(a, ty), t.const(b, ty), t.const(s, ty)
            rs = t.call("rng_" + ty, [ca, cb, cs], [ty] * 3, ["si64", ty, ty])
            last = values[-1] if values else 0
            t.line(rs, ["si64", ty, ty],
                   [str(len(values)), str(wrap(sum(values), ty)), str(last)])
    # Constant steps: +1 (plain scf.for), -2 and 3.
    t.kernel("func.func @const_steps(%n: si64) -> (si64, si64, si64) {\n"
             "  %z = nbc.constant 0 : si64\n"
             "  %c1 = nbc.constant 1 : si64\n"
             "  %cm2 = nbc.constant -2 : si64\n"
             "  %c3 = nbc.constant 3 : si64\n"
             "  %a = nbc.range %i = %z to %n step %c1 : si64 iter_args(%s = %z) -> (si64) {\n"
             "    %x = nbc.add %s, %i : si64\n    nbc.yield %x : si64\n  }\n"
             "  %b = nbc.range %i = %n to %z step %cm2 : si64 iter_args(%s = %z) -> (si64) {\n"
             "    %x = nbc.add %s, %i : si64\n    nbc.yield %x : si64\n  }\n"
             "  %c = nbc.range %i = %n to %z step %c3 : si64 iter_args(%s = %z) -> (si64) {\n"
             "    %x = nbc.add %s, %i : si64\n    nbc.yield %x : si64\n  }\n"
             "  return %a, %b, %c : si64, si64, si64\n}\n")
    # Unit constant steps at the limits of narrow and unsigned types.
    for ty in ["si8", "ui8", "ui64"]:
        t.kernel(("func.func @unit_TY(%a: TY, %b: TY) -> (si64, TY) {\n"
                  "  %z = nbc.constant 0 : si64\n"
                  "  %one = nbc.constant 1 : si64\n"
                  "  %zt = nbc.constant 0 : TY\n"
                  "  %c1 = nbc.constant 1 : TY\n"
                  "  %r:2 = nbc.range %i = %a to %b step %c1 : TY "
                  "iter_args(%n = %z, %acc = %zt) -> (si64, TY) {\n"
                  "    %n1 = nbc.add %n, %one : si64\n"
                  "    %acc1 = nbc.add %acc, %i : TY\n"
                  "    nbc.yield %n1, %acc1 : si64, TY\n  }\n"
                  "  return %r#0, %r#1 : si64, TY\n}\n").replace("TY", ty))
    for ty, a, b in [("si8", -128, 127), ("si8", 5, -5), ("ui8", 0, 255),
                     ("ui8", 200, 255), ("ui64", (1 << 64) - 5, (1 << 64) - 1),
                     ("ui64", (1 << 63) - 2, (1 << 63) + 2)]:
        rs = t.call("unit_" + ty, [t.const(a, ty), t.const(b, ty)], [ty, ty],
                    ["si64", ty])
        values = list(range(a, b))
        t.line(rs, ["si64", ty], [str(len(values)), str(wrap(sum(values), ty))])
    for n in [10, 0, -4, 1001]:
        c = t.const(n, "si64")
        rs = t.call("const_steps", [c], ["si64"], ["si64"] * 3)
        t.line(rs, ["si64"] * 3, [str(sum(range(0, n))),
                                  str(sum(range(n, 0, -2))),
                                  str(sum(range(n, 0, 3)))])
    t.write()


# -- numpy error model ---------------------------------------------------------------

def gen_numpy_model():
    t = Test("numpy-error-model.mlir",
             "error_model = numpy: no ZeroDivisionError or domain error; "
             "integers give 0, floats inf/nan as NumPy does.")
    attr = "error_model = numpy"
    binary_kernel(t, "idiv", ["floordiv", "mod"], "si64", attr)
    binary_kernel(t, "udiv", ["floordiv", "mod"], "ui32", attr)
    binary_kernel(t, "fdiv", ["floordiv", "mod"], "f64", attr)
    t.kernel("func.func @tdiv(%a: f64, %b: f64) -> f64 attributes "
             "{nbc.kernel = #nbc.kernel<error_model = numpy>} {\n"
             "  %r = nbc.truediv %a, %b : f64 -> f64\n  return %r : f64\n}\n")
    t.kernel("func.func @fns(%x: f64) -> (f64, f64) attributes "
             "{nbc.kernel = #nbc.kernel<error_model = numpy>} {\n"
             "  %s = nbc.math sqrt %x : f64\n"
             "  %l = nbc.math log %x : f64\n"
             "  return %s, %l : f64, f64\n}\n")
    t.kernel("func.func @ipow(%a: si64, %b: si64) -> si64 attributes "
             "{nbc.kernel = #nbc.kernel<error_model = numpy>} {\n"
             "  %r = nbc.pow %a, %b : si64, si64 -> si64\n  return %r : si64\n}\n")
    for a in [7, -7]:
        rs = t.call("idiv", [t.const(a, "si64"), t.const(0, "si64")],
                    ["si64"] * 2, ["si64"] * 2)
        t.line(rs, ["si64"] * 2, ["0", "0"])
    rs = t.call("udiv", [t.const(7, "ui32"), t.const(0, "ui32")],
                ["ui32"] * 2, ["ui32"] * 2)
    t.line(rs, ["ui32"] * 2, ["0", "0"])
    for a, q in [(1.0, "inf"), (-1.0, "-inf"), (0.0, "{{-?nan}}")]:
        rs = t.call("fdiv", [t.const(a, "f64"), t.const(0.0, "f64")],
                    ["f64"] * 2, ["f64"] * 2)
        t.line(rs, ["f64"] * 2, [q, "{{-?nan}}"])
        (r,) = t.call("tdiv", [t.const(a, "f64"), t.const(0.0, "f64")],
                      ["f64"] * 2, ["f64"])
        t.line([r], ["f64"], [q])
    for x, exp in [(-1.0, ["{{-?nan}}", "{{-?nan}}"]), (0.0, ["0", "-inf"])]:
        rs = t.call("fns", [t.const(x, "f64")], ["f64"], ["f64"] * 2)
        t.line(rs, ["f64"] * 2, exp)
    for a, b, exp in [(2, -1, 0), (1, -5, 1), (-1, -3, -1), (-1, -4, 1),
                      (0, -1, 0), (3, 4, 81)]:
        (r,) = t.call("ipow", [t.const(a, "si64"), t.const(b, "si64")],
                      ["si64"] * 2, ["si64"])
        t.line([r], ["si64"], [str(exp)])
    t.write()


# -- math module ---------------------------------------------------------------------

def gen_math():
    t = Test("math.mlir",
             "nbc.math/math2/fpclass against CPython's math module (same "
             "libm): printed to 6 digits, then 1 if the bits are equal.")
    unary = [("sqrt", [2.0, 0.0, -0.0, math.inf]), ("exp", [1.0, -745.2, 0.5, math.inf, -1000.0]),
             ("log", [10.0, 1e-300]), ("sin", [1.0, 1e10]), ("cos", [1.0]),
             ("tan", [1.0]), ("asin", [0.5, -1.0]), ("acos", [0.5]),
             ("atan", [1.0, -math.inf]), ("sinh", [1.0, -math.inf]), ("cosh", [1.0, math.inf]),
             ("tanh", [0.5, 30.0]), ("exp2", [3.5, -1074.0]),
             ("log2", [10.0, 1024.0]), ("log10", [1234.0]),
             ("log1p", [1e-10, -0.5]), ("expm1", [1e-10, 1.0]),
             ("erf", [0.5]), ("erfc", [0.5, 10.0]), ("floor", [-2.5, 2.5]),
             ("ceil", [-2.5, 2.5]), ("trunc", [-2.5, 2.5]),
             ("asinh", [1.0]), ("acosh", [2.0, 1.0]), ("atanh", [0.5]),
             ("cbrt", [27.0, -8.0, 2.0])]
    for fn, xs in unary:
        t.kernel("func.func @k_%s(%%x: f64) -> f64 {\n"
                 "  %%r = nbc.math %s %%x : f64\n  return %%r : f64\n}\n"
                 % (fn, fn))
        ref = {"exp2": lambda x: 2.0 ** x}.get(fn, getattr(math, fn, None))
        for x in xs:
            expected = float(ref(x))
            (r,) = t.call("k_" + fn, [t.const(x, "f64")], ["f64"], ["f64"])
            t.line([r], ["f64"], [c_g(expected)])
            t.print_exact(r, "f64", expected)
            t.main.append("  call @printNewline() : () -> ()")
            t.checks.append("1")
    for fn, pairs in [("atan2", [(1.0, -1.0), (-0.0, -1.0), (0.0, 0.0)]),
                      ("hypot", [(3.0, 4.0), (1e300, 1e300), (1e-300, 1e-300),
                                 (math.inf, math.nan), (0.0, 0.0),
                                 (1.5, 2.25), (-7.0, 1e-3)]),
                      ("copysign", [(3.0, -0.0), (-2.0, 1.0)]),
                      ("fmod", [(-7.0, 3.0), (7.0, -3.0), (5.5, 1.5)])]:
        t.kernel("func.func @k_%s(%%x: f64, %%y: f64) -> f64 {\n"
                 "  %%r = nbc.math2 %s %%x, %%y : f64\n  return %%r : f64\n}\n"
                 % (fn, fn))
        for x, y in pairs:
            expected = getattr(math, fn)(x, y)
            (r,) = t.call("k_" + fn, [t.const(x, "f64"), t.const(y, "f64")],
                          ["f64", "f64"], ["f64"])
            t.line([r], ["f64"], [c_g(expected)])
            t.print_exact(r, "f64", expected)
            t.main.append("  call @printNewline() : () -> ()")
            t.checks.append("1")
    t.kernel("func.func @classify(%x: f64) -> (i1, i1, i1) {\n"
             "  %a = nbc.fpclass nan %x : f64\n"
             "  %b = nbc.fpclass inf %x : f64\n"
             "  %c = nbc.fpclass finite %x : f64\n"
             "  return %a, %b, %c : i1, i1, i1\n}\n")
    for x in [1.0, math.nan, math.inf, -math.inf, -0.0, 5e-324]:
        rs = t.call("classify", [t.const(x, "f64")], ["f64"], ["i1"] * 3)
        t.line(rs, ["i1"] * 3, [str(int(math.isnan(x))), str(int(math.isinf(x))),
                                str(int(math.isfinite(x)))])
    t.write()


# -- Unary, bitwise, comparisons, true division --------------------------------------

def gen_misc():
    t = Test("unary-bitwise-cmp.mlir",
             "abs/neg (wrapping), ~, &, |, ^, comparisons by signedness and "
             "with NaN, true division of integers, select.")
    for ty, xs in [("si8", [-128, -5, 0, 127]), ("ui8", [0, 5, 255]),
                   ("si64", [-(1 << 63), -3, 9])]:
        t.kernel(("func.func @un_TY(%x: TY) -> (TY, TY, TY) {\n"
                  "  %a = nbc.abs %x : TY\n  %n = nbc.neg %x : TY\n"
                  "  %i = nbc.invert %x : TY\n"
                  "  return %a, %n, %i : TY, TY, TY\n}\n").replace("TY", ty))
        for x in xs:
            rs = t.call("un_" + ty, [t.const(x, ty)], [ty], [ty] * 3)
            t.line(rs, [ty] * 3, [str(wrap(abs(x), ty)), str(wrap(-x, ty)),
                                  str(wrap(~x, ty))])
    t.kernel("func.func @un_f64(%x: f64) -> (f64, f64) {\n"
             "  %a = nbc.abs %x : f64\n  %n = nbc.neg %x : f64\n"
             "  return %a, %n : f64, f64\n}\n")
    for x in [-0.0, -math.inf, 2.5, math.nan]:
        rs = t.call("un_f64", [t.const(x, "f64")], ["f64"], ["f64"] * 2)
        t.line(rs, ["f64"] * 2, [c_g(abs(x)), c_g(-x)])
    t.kernel("func.func @not_bool(%x: i1, %y: i1) -> (i1, i1, i1, i1) {\n"
             "  %n = nbc.invert %x : i1\n  %a = nbc.and %x, %y : i1\n"
             "  %o = nbc.or %x, %y : i1\n  %e = nbc.xor %x, %y : i1\n"
             "  return %n, %a, %o, %e : i1, i1, i1, i1\n}\n")
    for x, y in [(True, False), (True, True), (False, False)]:
        rs = t.call("not_bool", [t.const(x, "i1"), t.const(y, "i1")],
                    ["i1", "i1"], ["i1"] * 4)
        t.line(rs, ["i1"] * 4, [str(int(v)) for v in
                                [not x, x and y, x or y, x != y]])
    for ty, pairs in [("si16", [(-21846, 0x5555), (12345, -1)]),
                      ("ui32", [(0xF0F0F0F0, 0x0FF00FF0)])]:
        binary_kernel(t, "bit_" + ty, ["and", "or", "xor"], ty)
        for a, b in pairs:
            rs = t.call("bit_" + ty, [t.const(a, ty), t.const(b, ty)],
                        [ty, ty], [ty] * 3)
            t.line(rs, [ty] * 3, [str(wrap(a & b, ty)), str(wrap(a | b, ty)),
                                  str(wrap(a ^ b, ty))])
    preds = ["eq", "ne", "lt", "le", "gt", "ge"]
    ops = [lambda a, b: a == b, lambda a, b: a != b, lambda a, b: a < b,
           lambda a, b: a <= b, lambda a, b: a > b, lambda a, b: a >= b]
    for ty, pairs in [("ui8", [(200, 100), (100, 200), (7, 7)]),
                      ("si8", [(-56, 100), (100, -56)]),
                      ("ui64", [((1 << 64) - 1, 1)]),
                      ("f64", [(math.nan, 1.0), (1.0, math.nan),
                               (math.nan, math.nan), (-0.0, 0.0),
                               (-math.inf, 1.0)]),
                      ("i1", [(True, False), (False, True)])]:
        body = "".join("  %%%s = nbc.cmp %s, %%a, %%b : %s\n" % (p, p, ty)
                       for p in preds)
        t.kernel("func.func @cmp_%s(%%a: %s, %%b: %s) -> (%s) {\n%s"
                 "  return %s : %s\n}\n" % (
                     ty, ty, ty, ", ".join(["i1"] * 6), body,
                     ", ".join("%" + p for p in preds), ", ".join(["i1"] * 6)))
        for a, b in pairs:
            rs = t.call("cmp_" + ty, [t.const(a, ty), t.const(b, ty)],
                        [ty, ty], ["i1"] * 6)
            t.line(rs, ["i1"] * 6, [str(int(op(a, b))) for op in ops])
    for ty, pairs in [("si64", [(7, 2), (-7, 2), (1, 3), (-(1 << 63), -1)]),
                      ("ui64", [((1 << 64) - 1, 1), (1, 4)]),
                      ("si8", [(-128, 3)])]:
        t.kernel(("func.func @tdiv_TY(%a: TY, %b: TY) -> f64 {\n"
                  "  %r = nbc.truediv %a, %b : TY -> f64\n"
                  "  return %r : f64\n}\n").replace("TY", ty))
        for a, b in pairs:
            (r,) = t.call("tdiv_" + ty, [t.const(a, ty), t.const(b, ty)],
                          [ty, ty], ["f64"])
            t.line([r], ["f64"], [c_g(a / b)])
            t.print_exact(r, "f64", a / b)
            t.main.append("  call @printNewline() : () -> ()")
            t.checks.append("1")
    t.kernel("func.func @pick(%c: i1, %a: ui16, %b: ui16) -> ui16 {\n"
             "  %r = nbc.select %c, %a, %b : ui16\n  return %r : ui16\n}\n")
    for c in [True, False]:
        (r,) = t.call("pick", [t.const(c, "i1"), t.const(65535, "ui16"),
                               t.const(3, "ui16")], ["i1", "ui16", "ui16"],
                      ["ui16"])
        t.line([r], ["ui16"], ["65535" if c else "3"])
    t.write()


def main():
    os.makedirs(OUT, exist_ok=True)
    gen_int_divmod()
    gen_int_pow()
    gen_float_divmod()
    gen_float_pow()
    gen_casts()
    gen_numpy_casts()
    gen_round_minmax()
    gen_shifts()
    gen_ranges()
    gen_numpy_model()
    gen_math()
    gen_misc()


if __name__ == "__main__":
    main()
