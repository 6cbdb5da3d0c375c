"""Scalar ops: type unification and emission of nbc scalar ops.

Only types are decided here (NumPy/Numba promotion); every semantic rule
(floor division, modulo signs, NaN ordering, overflow) is the op's.
"""

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


def binary(b, op, x, y, pos):
    """x <op> y on scalars; `op` is the ast operator class name."""
    if op == "Div":
        x, y = numeric(b, x, pos), numeric(b, y, pos)
        common = T.promote(x.type, y.type)
        res = T.truediv_type(x.type, y.type)
        x, y = cast(b, x, common, pos), cast(b, y, common, pos)
        return b.op(f"nbc.truediv {x.name}, {y.name} : {common.mlir()} -> "
                    f"{res.mlir()}", res, pos)
    if op == "Pow":
        x, y = numeric(b, x, pos), numeric(b, y, pos)
        if x.type.is_float and y.type.is_int:
            base, exp = x, cast(b, y, T.int64 if y.type.is_signed else y.type, pos)
        else:
            common = T.promote(x.type, y.type)
            base, exp = cast(b, x, common, pos), cast(b, y, common, pos)
        return b.op(f"nbc.pow {base.name}, {exp.name} : {base.type.mlir()}, "
                    f"{exp.type.mlir()} -> {base.type.mlir()}", base.type, pos)
    if op in ("BitAnd", "BitOr", "BitXor") and x.type.is_bool and y.type.is_bool:
        common = T.boolean
    else:
        x, y = numeric(b, x, pos), numeric(b, y, pos)
        common = T.promote(x.type, y.type)
    if op in ("LShift", "RShift", "BitAnd", "BitOr", "BitXor") and common.is_float:
        raise TypingError(f"unsupported operand types for {SYMBOL[op]}: "
                          f"{x.type} and {y.type}")
    x, y = cast(b, x, common, pos), cast(b, y, common, pos)
    return b.op(f"{ARITH[op]} {x.name}, {y.name} : {common.mlir()}", common, pos)


def compare(b, op, x, y, pos):
    common = T.promote(x.type, y.type)
    x, y = cast(b, x, common, pos), cast(b, y, common, pos)
    return b.op(f"nbc.cmp {CMP[op]}, {x.name}, {y.name} : {common.mlir()}",
                T.boolean, pos)


def truth(b, v, pos):
    return cast(b, v, T.boolean, pos)


def negate(b, v, pos):
    v = numeric(b, v, pos)
    return b.op(f"nbc.neg {v.name} : {v.type.mlir()}", v.type, pos)


def invert(b, v, pos):
    v = numeric(b, v, pos)  # ~True == -2 in Python
    if v.type.is_float:
        raise TypingError(f"bad operand type for unary ~: {v.type}")
    return b.op(f"nbc.invert {v.name} : {v.type.mlir()}", v.type, pos)


def logical_not(b, v, pos):
    v = truth(b, v, pos)
    return b.op(f"nbc.invert {v.name} : i1", T.boolean, pos)


def unary_fn(b, opname, v, pos):
    """nbc.abs / nbc.round style ops that keep the type."""
    return b.op(f"{opname} {v.name} : {v.type.mlir()}", v.type, pos)


def minmax(b, which, x, y, pos):
    x, y = numeric(b, x, pos), numeric(b, y, pos)
    common = T.promote(x.type, y.type)
    x, y = cast(b, x, common, pos), cast(b, y, common, pos)
    return b.op(f"nbc.{which} {x.name}, {y.name} : {common.mlir()}", common, pos)


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
