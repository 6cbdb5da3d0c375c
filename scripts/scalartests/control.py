"""Ranges, the NumPy error model, math functions and the rest."""

import math
import struct

from scalartests.common import *  # noqa: F401,F403 - the shared helpers


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
    # A negative exponent raises ValueError under both models, as NumPy's
    # integer loops do (test/Integration/Scalar/errors.mlir).
    for a, b, exp in [(3, 4, 81), (-2, 3, -8), (0, 0, 1), (-1, 7, -1)]:
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
