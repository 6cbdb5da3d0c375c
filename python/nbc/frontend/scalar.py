"""Scalar ops: Python's operators on scalars.

Each operator is built by the dialect's typed builders (NBCTypedBuilders.cpp
through the C API's nbcBuild*, in nbc._core.ir): they decide the operand
casts and the result type, so the C API and this frontend type `x + y` by
one code path; every semantic rule (floor division, modulo signs, NaN
ordering, overflow) is the op's. `plan` reads the same decisions as a table
(nbc._core.operator_typing), for the checks that need them before building.
"""

import functools

from .. import types as T
from ..errors import TypingError
from .._core import ir
from .builder import Value

ARITH = {"Add": "nbc.add", "Sub": "nbc.sub", "Mult": "nbc.mul",
         "FloorDiv": "nbc.floordiv", "Mod": "nbc.mod", "LShift": "nbc.shl",
         "RShift": "nbc.shr", "BitAnd": "nbc.and", "BitOr": "nbc.or",
         "BitXor": "nbc.xor"}
SYMBOL = {"Add": "+", "Sub": "-", "Mult": "*", "Div": "/", "FloorDiv": "//",
          "Mod": "%", "Pow": "**", "LShift": "<<", "RShift": ">>",
          "BitAnd": "&", "BitOr": "|", "BitXor": "^", "MatMult": "@"}
CMP = {"Eq": "eq", "NotEq": "ne", "Lt": "lt", "LtE": "le", "Gt": "gt",
       "GtE": "ge"}
SYMBOL_CMP = {"Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">",
              "GtE": ">="}

MATH_FNS = ("sqrt exp log sin cos tan asin acos atan sinh cosh tanh exp2 log2 "
            "log10 log1p expm1 erf erfc floor ceil trunc asinh acosh atanh "
            "cbrt").split()
MATH2_FNS = ("atan2", "hypot", "copysign", "fmod", "round")  # round: round(x, n)


# Python's operators as the C API's typed builders number them.
BINARY_OPS = {"Add": 0, "Sub": 1, "Mult": 2, "Div": 3, "FloorDiv": 4, "Mod": 5,
              "Pow": 6, "LShift": 7, "RShift": 8, "BitAnd": 9, "BitOr": 10,
              "BitXor": 11}
UNARY_OPS = {"Neg": 0, "Pos": 1, "Invert": 2, "Not": 3}
PREDICATES = {"Eq": 0, "NotEq": 1, "Lt": 2, "LtE": 3, "Gt": 4, "GtE": 5}
MATH_IDS = {fn: k for k, fn in enumerate(MATH_FNS)}
MATH2_IDS = {fn: k for k, fn in enumerate(MATH2_FNS)}
FPCLASS_IDS = {"nan": 0, "inf": 1, "finite": 2}


def typed(handle_and_dtype):
    """The Value a typed builder returned, or None when it refused."""
    h, dtype = handle_and_dtype
    return Value(h, T._BY_ID[dtype]) if h else None


def checked(handle_and_dtype, what, *operands):
    """The Value of a typed builder that accepts every scalar type: a
    TypingError names the operands when it refused (a non-scalar slipped
    through)."""
    r = typed(handle_and_dtype)
    if r is None:
        raise TypingError(f"{what}: unsupported operand types "
                          + ", ".join(str(v.type) for v in operands))
    return r


def cast(b, v, ty, pos):
    if v.type == ty:  # an explicit conversion (np.int64(1)) is not weak
        return Value(v.h, v.type) if getattr(v, "literal", None) is not None else v
    return checked(ir.cast(b.block, b.loc(pos), v.h, b.ty(ty)), f"conversion to {ty}", v)


def conversion(b, v, ty, pos, index=False):
    """`v` as `ty` the way a store into an array item of that type (an
    index: `index`) converts it: a cast the dialect keeps when `v` widens
    (nbcBuildConversion; a None-initialised loop variable's placeholder)."""
    if v.type == ty:
        return cast(b, v, ty, pos)
    return checked(ir.conversion(b.block, b.loc(pos), v.h, b.ty(ty), index),
                   f"conversion to {ty}", v)


def numeric(b, v, pos):
    """Booleans take part in arithmetic as int64 (True + True == 2)."""
    return cast(b, v, T.int64, pos) if v.type.is_bool else v


def check_scalar(v, what, pos_text):
    if not isinstance(v, Value) or not isinstance(v.type, T.Scalar):
        raise TypingError(f"{what}: expected a scalar, got {v.type}\n{pos_text}")


BITWISE = ("BitAnd", "BitOr", "BitXor")
INTEGRAL = BITWISE + ("LShift", "RShift")
UNARY = ("Neg", "Invert", "Not")


def _scalar_promote(x, y):
    """Numba's common type of two scalars under Python's operators
    (NBCTypeRules.cpp: promoteScalarOperands)."""
    if x.is_complex or y.is_complex:  # the parts promote
        part = _scalar_promote(x.part or x, y.part or y)
        return T.complex64 if part == T.float32 else T.complex128
    if x.is_float or y.is_float:
        if x.is_float and y.is_float:
            return x if x.bits >= y.bits else y
        f, i = (x, y) if x.is_float else (y, x)
        fits_f32 = i.is_bool or (i.bits <= 16 if i.is_signed else i.bits == 8)
        return T.float64 if f.bits == 32 and not fits_f32 else f
    signed = x.is_bool or y.is_bool or x.is_signed or y.is_signed
    return T.int64 if signed else T.uint64


def _plan_in_python(op, xt, yt, elementwise=False):
    """Numba's scalar and NumPy's element rules written out in Python, the
    reference tests/python/test_types.py checks the dialect's typed builders
    (and so the frontend) against, on every operator and dtype pair."""
    def num(t):
        return T.int64 if t.is_bool else t

    def widened(t):
        if elementwise or not t.is_int:
            return t
        return T.int64 if t.is_signed else T.uint64
    if op == "Not" or (op == "Invert" and xt.is_bool):
        return T.boolean, None, "nbc.invert", T.boolean, T.boolean
    if op == "Neg" and elementwise and xt.is_bool:
        return None  # NumPy has no boolean negative
    if op in UNARY:
        t = num(xt)
        if op == "Invert" and (t.is_float or t.is_complex):
            return None
        return t, None, "nbc.neg" if op == "Neg" else "nbc.invert", t, widened(t)
    complex_operands = xt.is_complex or (yt is not None and yt.is_complex)
    if complex_operands and op in ("Cmp", "Min", "Max") + INTEGRAL + (
            "FloorDiv", "Mod"):
        return None  # not ordered; no integer division (Cmp is `<` here)
    if op == "Cmp" and T.uint64 in (xt, yt) and (xt.is_signed or yt.is_signed):
        return T.uint64, T.uint64, "nbc.cmp", T.boolean, T.boolean  # exact
    if op in ("Cmp", "Min", "Max"):
        c = T.promote(xt, yt) if op == "Cmp" else T.promote(num(xt), num(yt))
        name = "nbc.cmp" if op == "Cmp" else "nbc." + op.lower()
        return c, c, name, *((T.boolean,) * 2 if op == "Cmp" else (c, c))
    if op in BITWISE and xt.is_bool and yt.is_bool:
        return T.boolean, T.boolean, ARITH[op], T.boolean, T.boolean
    both_bool = xt.is_bool and yt.is_bool
    if elementwise and both_bool and op in ("Add", "Mult", "Sub"):
        if op == "Sub":
            return None  # NumPy has no boolean subtract
        name = "nbc.or" if op == "Add" else "nbc.and"  # NumPy's bool loops
        return T.boolean, T.boolean, name, T.boolean, T.boolean
    x, y = num(xt), num(yt)
    if op == "Pow" and x.is_float and y.is_int:
        if elementwise:  # NumPy's elements compute in the promoted float
            x = T.promote(x, yt)
        return x, T.int64 if y.is_signed else y, "nbc.pow", x, x
    if elementwise:  # a bool takes the other's type; two compute in int8
        c = T.int8 if both_bool else T.promote(xt, yt)
    else:
        c = _scalar_promote(xt, yt)
    if op in ("LShift", "RShift") and not elementwise and c.is_int:
        c = widened(x)  # a shift takes its left operand's signedness
    if op == "Div":
        q = T.truediv_type(c, c)
        return c, c, "nbc.truediv", q, q
    if op == "Pow":
        return c, c, "nbc.pow", c, c
    if op in INTEGRAL and c.is_float:
        return None
    return c, c, ARITH[op], c, c


@functools.cache
def dialect_plans():
    """{(op, lhs, rhs, elementwise): plan} from the dialect's typed builders
    (NBCTypedBuilders.cpp through nbc._core.operator_typing), or None; built
    at the first use, not at import."""
    try:
        from .._core import operator_typing
    except ImportError:
        return None
    ids = T._BY_ID
    plans = {}
    for (op, a, b, elementwise), plan in operator_typing().items():
        if plan is not None:
            lt, rt, name, ot, res = plan
            plan = ids[lt], ids.get(rt), name, ids[ot], ids[res]
        plans[op, ids[a], ids.get(b), elementwise] = plan
    return plans


def plan(op, xt, yt=None, elementwise=False):
    """The typed builders' decision as a table entry (the frontend builds
    through the builders themselves; tests and tools read this): how
    operator `op` ("Add", ..., "Cmp", "Min", "Max", or a unary "Neg",
    "Invert", "Not") applies to scalar types `xt` (and `yt`): (type `x` is
    cast to, type `y` is cast to, nbc op, the type the op computes in,
    result type), or None when Python rejects the operand types. Python
    code on scalars follows Numba's rules; `elementwise` selects NumPy's, for
    the elements of array expressions and NumPy functions."""
    plans = dialect_plans()
    if plans is None:
        return _plan_in_python(op, xt, yt, elementwise)
    return plans[op, xt, yt, elementwise]


def binary(b, op, x, y, pos, elementwise=False):
    """x <op> y on scalars, typed as Numba types Python code, or with
    `elementwise` on array elements, typed by NumPy's promotion; `op` is the
    ast operator class name."""
    r = typed(ir.binary(b.block, b.loc(pos), BINARY_OPS[op], x.h, y.h,
                        elementwise))
    if r is None:
        if elementwise and x.type.is_bool and y.type.is_bool:
            raise TypingError(dialect_reason())  # NumPy's word on its bool loops
        raise TypingError(f"unsupported operand types for {SYMBOL[op]}: "
                          f"{x.type} and {y.type}")
    return r


def numpy_scalar_power(b, x, exponent, pos):
    """One element of NumPy's float array ** float scalar: np.sqrt for an
    exponent of 0.5, as NumPy computes it (nbcBuildNumpyScalarPower)."""
    return checked(ir.numpy_scalar_power(b.block, b.loc(pos), x.h, exponent.h),
                   "**", x, exponent)


def dialect_reason():
    """Why the last typed builder refused, in the dialect's words."""
    return ir.last_error().partition(" error: ")[2] or ir.last_error()


def compare(b, op, x, y, pos, elementwise=False):
    """x <op> y; with `elementwise` (array elements) complex numbers are
    ordered as NumPy orders them, Python scalars refuse it."""
    r = typed(ir.compare(b.block, b.loc(pos), PREDICATES[op], x.h, y.h,
                         elementwise))
    if r is None:
        raise TypingError(f"'{SYMBOL_CMP[op]}' not supported between {x.type} "
                          f"and {y.type}")
    return r


def truth(b, v, pos):
    if isinstance(v.type, T.List):  # `while l:` / `if l:`: not empty
        return compare(b, "Gt", b.list_len(v, pos), b.constant(0, T.int64, pos), pos)
    if isinstance(v.type, (T.Dict, T.Set)):  # `if d:`: not empty
        return compare(b, "Gt", b.dict_len(v, pos), b.constant(0, T.int64, pos), pos)
    if isinstance(v.type, T.Range):  # `if r:`: not empty (a RangeValue's length)
        return compare(b, "Gt", v.items[3], b.constant(0, T.int64, pos), pos)
    return cast(b, v, T.boolean, pos)


def _unary(b, op, v, pos, elementwise):
    r = typed(ir.unary(b.block, b.loc(pos), UNARY_OPS[op], v.h, elementwise))
    if r is None:
        if elementwise and v.type.is_bool:
            raise TypingError(dialect_reason())  # NumPy has no bool negative
        raise TypingError(f"bad operand type for unary ~: {v.type}")
    return r


def negate(b, v, pos, elementwise=False):
    """-v; on a scalar integer the result widens to 64 bits as in Numba
    (-np.uint8(1) == 255 as uint64)."""
    return _unary(b, "Neg", v, pos, elementwise)


def invert(b, v, pos, elementwise=False):
    return _unary(b, "Invert", v, pos, elementwise)  # ~True is False, as in Numba


def logical_not(b, v, pos, elementwise=False):
    return _unary(b, "Not", v, pos, elementwise)


def positive(b, v, pos, elementwise=False):
    """+v: bools count as int64; scalar integers widen to 64 bits."""
    return _unary(b, "Pos", v, pos, elementwise)


def absolute(b, v, pos, elementwise=False):
    """abs(v): booleans count as int64; array elements (`elementwise`) of
    bool stay bool, as NumPy's absolute loop."""
    if elementwise and v.type.is_bool:
        return v
    return checked(ir.abs(b.block, b.loc(pos), v.h), "abs", v)


def round_half_even(b, v, pos):
    return b.unary_op("nbc.round", v, pos)


def minmax(b, which, x, y, pos):
    return checked(ir.minmax(b.block, b.loc(pos), which == "max", False, x.h, y.h),
                   which, x, y)


def np_minmax(b, which, x, y, pos):
    """np.minimum / np.maximum: a NaN in either operand propagates (Python's
    min keeps `x` when `y` is NaN), and bool stays bool."""
    return checked(ir.minmax(b.block, b.loc(pos), which == "max", True, x.h, y.h),
                   f"np.{which}imum", x, y)


def where(b, cond, x, y, pos):
    """np.where(cond, x, y) on one element: operands promote as in NumPy."""
    return checked(ir.where(b.block, b.loc(pos), cond.h, x.h, y.h), "where", cond, x, y)


def as_float(b, v, pos, keep_f32=False):
    """math.* works on doubles; np.* keeps float32, and computes bools and
    integers of up to 16 bits in float32 (NBCTypedBuilders.cpp: asFloat)."""
    if v.type.is_float and (keep_f32 or v.type.bits == 64):
        return v
    small = v.type.is_bool or (v.type.is_int and v.type.bits <= 16)
    return cast(b, v, T.float32 if keep_f32 and small else T.float64, pos)


def math1(b, fn, v, pos, keep_f32=False):
    return checked(ir.math(b.block, b.loc(pos), MATH_IDS[fn], v.h, keep_f32), fn, v)


def math2(b, fn, x, y, pos, keep_f32=False):
    return checked(ir.math2(b.block, b.loc(pos), MATH2_IDS[fn], x.h, y.h, keep_f32),
                   fn, x, y)


def fpclass(b, kind, v, pos):
    return checked(ir.fpclass(b.block, b.loc(pos), FPCLASS_IDS[kind], v.h),
                   f"is{kind}", v)


def zero(b, ty, pos):
    return b.constant(0, ty, pos)
