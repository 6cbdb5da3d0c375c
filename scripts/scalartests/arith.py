"""Integer and float division, modulo, power, casts, rounding, min/max
and shifts."""

import math
import struct

from scalartests.common import *  # noqa: F401,F403 - the shared helpers


def py_floordiv(a, b):
    return a // b


def gen_int_divmod():
    t = Test("int-floordiv-mod.mlir",
             "Python // and % (and divmod) on si8..si64 and ui8..ui64: "
             "floor rounding, the sign of the divisor, INT_MIN // -1 is 0 "
             "(as in Numba: the quotient does not fit).")
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
            if (a, b) == (lo, -1) and ty.startswith("si"):
                q = 0
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
              9007199254740993.0, -0.0, -2.0 ** 31, -2.0 ** 31 - 0.5,
              -2.0 ** 31 - 1, 2.0 ** 31, -2.0 ** 63 - 2048]
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


def hardware_truncate(x, bits):
    """x86-64's cvttsd2si to `bits` (32 or 64): INT_MIN when out of range."""
    low = -(1 << (bits - 1))
    if math.isfinite(x) and low <= int(x) < -low:
        return int(x)
    return low


def numpy_cast(x, ty):
    """NumPy's float -> int on x86-64 (C's cast): int8/16 and uint8/16
    through int32, uint32 through int64, uint64 by x - 2^63 above 2^63."""
    if ty == "ui64":
        if x >= 2.0 ** 63:
            return wrap(hardware_truncate(x - 2.0 ** 63, 64) ^ (1 << 63), ty)
        return wrap(hardware_truncate(x, 64), ty)
    via = 64 if ty in ("si64", "ui32") else 32
    return wrap(hardware_truncate(x, via), ty)


def gen_numpy_casts():
    targets = ["si8", "si16", "si32", "si64", "ui8", "ui16", "ui32", "ui64"]
    t = Test("casts-numpy-model.mlir",
             "Under error_model = numpy, float->int casts give NumPy's values "
             "(C's cast on x86-64: INT_MIN out of range, narrow types through "
             "int32) instead of raising or saturating; tests/python/"
             "test_numpy_edges3.py checks the same rule against NumPy.",
             )
    for ty in targets:
        t.kernel("func.func @f2i_%s(%%x: f64) -> %s attributes "
                 "{nbc.kernel = #nbc.kernel<error_model = numpy>} {\n"
                 "  %%r = nbc.cast %%x : f64 to %s\n  return %%r : %s\n}\n"
                 % (ty, ty, ty, ty))
    for x in [math.nan, math.inf, -math.inf, 1e30, -3.7, 300.0, 70000.0, 5e9,
              -5e9, 1e19, -1.0]:
        c = t.const(x, "f64")
        rs = [t.call("f2i_" + ty, [c], ["f64"], [ty])[0] for ty in targets]
        t.line(rs, targets, [str(numpy_cast(x, ty)) for ty in targets])
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
