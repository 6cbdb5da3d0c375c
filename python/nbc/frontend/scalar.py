"""Scalar ops: emission of nbc scalar ops.

The operand casts and result types of Python's operators are the dialect's
(NBCTypedBuilders.cpp, read once through nbc._core.operator_typing), so the
C API's typed builders and this frontend type `x + y` alike; every semantic
rule (floor division, modulo signs, NaN ordering, overflow) is the op's.
"""

import functools

from .. import types as T
from ..errors import TypingError
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
MATH2_FNS = ("atan2", "hypot", "copysign", "fmod")


def cast(b, v, ty, pos):
    if v.type == ty:
        return v
    return b.op(f"nbc.cast {v.name} : {v.type.mlir()} to {ty.mlir()}", ty, pos)


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
    if x.is_float or y.is_float:
        if x.is_float and y.is_float:
            return x if x.bits >= y.bits else y
        f, i = (x, y) if x.is_float else (y, x)
        fits_f32 = i.is_bool or (i.bits <= 16 if i.is_signed else i.bits == 8)
        return T.float64 if f.bits == 32 and not fits_f32 else f
    signed = x.is_bool or y.is_bool or x.is_signed or y.is_signed
    return T.int64 if signed else T.uint64


def _plan_in_python(op, xt, yt, elementwise=False):
    """The typed builders' decisions, for when nbc._core is missing (the
    verify backend); tests/python/test_types.py checks it agrees with the
    dialect on every operator and dtype pair."""
    def num(t):
        return T.int64 if t.is_bool else t

    def widened(t):
        if elementwise or not t.is_int:
            return t
        return T.int64 if t.is_signed else T.uint64
    if op == "Not" or (op == "Invert" and xt.is_bool):
        return T.boolean, None, "nbc.invert", T.boolean, T.boolean
    if op in UNARY:
        t = num(xt)
        if op == "Invert" and t.is_float:
            return None
        return t, None, "nbc.neg" if op == "Neg" else "nbc.invert", t, widened(t)
    if op in ("Cmp", "Min", "Max"):
        c = T.promote(xt, yt) if op == "Cmp" else T.promote(num(xt), num(yt))
        name = "nbc.cmp" if op == "Cmp" else "nbc." + op.lower()
        return c, c, name, *((T.boolean,) * 2 if op == "Cmp" else (c, c))
    if op in BITWISE and xt.is_bool and yt.is_bool:
        return T.boolean, T.boolean, ARITH[op], T.boolean, T.boolean
    x, y = num(xt), num(yt)
    if op == "Pow" and x.is_float and y.is_int:
        return x, T.int64 if y.is_signed else y, "nbc.pow", x, x
    c = T.promote(x, y) if elementwise else _scalar_promote(xt, yt)
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
    at the first compilation, not at import."""
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
    """How operator `op` ("Add", ..., "Cmp", "Min", "Max", or a unary "Neg",
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
    """x <op> y on scalars (or, `elementwise`, on array elements); `op` is
    the ast operator class name."""
    p = plan(op, x.type, y.type, elementwise)
    if p is None:
        raise TypingError(f"unsupported operand types for {SYMBOL[op]}: "
                          f"{x.type} and {y.type}")
    lt, rt, name, _, res = p
    x, y = cast(b, x, lt, pos), cast(b, y, rt, pos)
    if name == "nbc.truediv":
        return b.op(f"nbc.truediv {x.name}, {y.name} : {lt.mlir()} -> "
                    f"{res.mlir()}", res, pos)
    if name == "nbc.pow":
        return b.op(f"nbc.pow {x.name}, {y.name} : {lt.mlir()}, {rt.mlir()} "
                    f"-> {res.mlir()}", res, pos)
    return b.op(f"{name} {x.name}, {y.name} : {res.mlir()}", res, pos)


def compare(b, op, x, y, pos):
    lt, rt, _, _, _ = plan("Cmp", x.type, y.type)
    x, y = cast(b, x, lt, pos), cast(b, y, rt, pos)
    return b.op(f"nbc.cmp {CMP[op]}, {x.name}, {y.name} : {lt.mlir()}",
                T.boolean, pos)


def truth(b, v, pos):
    return cast(b, v, T.boolean, pos)


def _unary(b, op, v, pos, elementwise):
    p = plan(op, v.type, None, elementwise)
    if p is None:
        raise TypingError(f"bad operand type for unary ~: {v.type}")
    vt, _, name, ot, res = p
    v = cast(b, v, vt, pos)
    return cast(b, b.op(f"{name} {v.name} : {ot.mlir()}", ot, pos), res, pos)


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
    v = numeric(b, v, pos)
    if elementwise or not v.type.is_int:
        return v
    return cast(b, v, T.int64 if v.type.is_signed else T.uint64, pos)


def unary_fn(b, opname, v, pos):
    """nbc.abs / nbc.round style ops that keep the type."""
    return b.op(f"{opname} {v.name} : {v.type.mlir()}", v.type, pos)


def minmax(b, which, x, y, pos):
    lt, rt, name, _, res = plan(which.capitalize(), x.type, y.type)
    x, y = cast(b, x, lt, pos), cast(b, y, rt, pos)
    return b.op(f"{name} {x.name}, {y.name} : {res.mlir()}", res, pos)


def np_minmax(b, which, x, y, pos):
    """np.minimum / np.maximum: a NaN in either operand propagates (Python's
    min keeps `x` when `y` is NaN), and bool stays bool."""
    if x.type.is_bool and y.type.is_bool:
        op = "nbc.and" if which == "min" else "nbc.or"
        return b.op(f"{op} {x.name}, {y.name} : i1", T.boolean, pos)
    common = T.promote(x.type, y.type)  # bool with int8 stays int8, as in NumPy
    x, y = cast(b, x, common, pos), cast(b, y, common, pos)
    r = b.op(f"nbc.{which} {x.name}, {y.name} : {common.mlir()}", common, pos)
    if not common.is_float:
        return r
    y_nan = fpclass(b, "nan", y, pos)
    return b.op(f"nbc.select {y_nan.name}, {y.name}, {r.name} : {r.type.mlir()}",
                r.type, pos)


def where(b, cond, x, y, pos):
    """np.where(cond, x, y) on one element: operands promote as in NumPy."""
    cond = truth(b, cond, pos)
    common = T.promote(x.type, y.type)
    x, y = cast(b, x, common, pos), cast(b, y, common, pos)
    return b.op(f"nbc.select {cond.name}, {x.name}, {y.name} : {common.mlir()}",
                common, pos)


def as_float(b, v, pos, keep_f32=False):
    """math.* works on doubles; np.* keeps float32."""
    if v.type.is_float and (keep_f32 or v.type.bits == 64):
        return v
    return cast(b, v, T.float64, pos)


def math1(b, fn, v, pos, keep_f32=False):
    v = as_float(b, v, pos, keep_f32)
    return b.op(f"nbc.math {fn} {v.name} : {v.type.mlir()}", v.type, pos)


def math2(b, fn, x, y, pos, keep_f32=False):
    x, y = as_float(b, x, pos, keep_f32), as_float(b, y, pos, keep_f32)
    common = T.promote(x.type, y.type)
    x, y = cast(b, x, common, pos), cast(b, y, common, pos)
    return b.op(f"nbc.math2 {fn} {x.name}, {y.name} : {common.mlir()}", common, pos)


def fpclass(b, kind, v, pos):
    if not v.type.is_float:
        return b.constant(kind == "finite", T.boolean, pos)
    return b.op(f"nbc.fpclass {kind} {v.name} : {v.type.mlir()}", T.boolean, pos)


def zero(b, ty, pos):
    return b.constant(0, ty, pos)
