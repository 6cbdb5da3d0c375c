"""math.gcd, lcm, comb, perm, isclose, frexp, ldexp, modf, ulp and
round(x, ndigits): the integer functions and isclose are
nbc.npimpl.python_math's Python, compiled for the arguments; round of a
float is nbc.math2 round (the runtime's exact decimal rounding), frexp,
ldexp, modf and ulp are built from the dialect's math ops. int(x),
float(x), bool(x)."""

import ast
import math
import sys

from .. import types as T
from ..errors import TypingError
from ..npimpl import python_math
from . import scalar as S
from .composed_ufuncs import modf_parts
from .builder import PyObj, TupleValue

INTEGER_FUNCTIONS = {"gcd": python_math.gcd, "lcm": python_math.lcm,
                     "comb": python_math.comb, "perm": python_math.perm}
FLOAT_FUNCTIONS = ("frexp", "ldexp", "modf", "ulp")
PYTHON_MATH = (*INTEGER_FUNCTIONS, "isclose", *FLOAT_FUNCTIONS)


def call_with_values(fc, impl, values, node, keywords=()):
    """`impl` compiled and called on the already computed `values` (bound
    to temporary names, so no argument is evaluated twice)."""
    names = []
    for v in values:
        names.append(f"$pymath{id(node)}_{len(names)}")
        fc.env[names[-1]] = v
    call = ast.copy_location(ast.Call(
        func=node.func, args=[ast.copy_location(ast.Name(id=n, ctx=ast.Load()), node)
                              for n in names],
        keywords=list(keywords)), node)
    try:
        return fc.call_function(impl, fc.options, call)
    finally:
        for n in names:
            fc.env.pop(n, None)


def integer_arguments(fc, values, name, node):
    """CPython's math integer functions take integers (and bools) only."""
    for v in values:
        fc.check_scalar(v, node)
        if not (v.type.is_int or v.type.is_bool):
            raise fc.error(TypingError, f"{name}: '{v.type}' object cannot be "
                           "interpreted as an integer", node)
        if v.type == T.uint64:
            raise fc.error(TypingError, f"{name} of uint64 is not supported (int64 "
                           "arithmetic)", node)
    return [S.cast(fc.b, v, T.int64, fc.pos(node)) for v in values]


def real_argument(fc, v, node):
    """A float64 of a real scalar (call_math refused complex numbers)."""
    fc.check_scalar(v, node)
    return S.as_float(fc.b, v, fc.pos(node))


def call_float_function(fc, name, node):
    """math.frexp(x) -> (float, int), math.ldexp(x, i) (an int i, as CPython
    requires), math.modf(x) and math.ulp(x): C's functions on doubles
    (scalar.frexp, nbc.math2 ldexp: OverflowError("math range error") past
    the float range; modf as np.modf; ulp from nextafter, as CPython)."""
    pos = fc.pos(node)
    if name == "ldexp":
        x, i = fc.args(node, 2, 2, "math.ldexp")
        x = real_argument(fc, x, node)
        fc.check_scalar(i, node)
        if not (i.type.is_int or i.type.is_bool):
            raise fc.error(TypingError, "Expected an int as second argument to ldexp.",
                           node)
        return S.math2(fc.b, "ldexp", x, i, pos)
    (x,) = fc.args(node, 1, 1, f"math.{name}")
    x = real_argument(fc, x, node)
    if name == "frexp":
        mantissa, exponent = S.frexp(fc.b, x, pos)
        return TupleValue([mantissa, S.cast(fc.b, exponent, T.int64, pos)])
    if name == "modf":
        return TupleValue(list(modf_parts(fc.b, [x], pos)))
    return ulp(fc.b, x, pos)


def ulp(b, x, pos):
    """CPython's math.ulp: NaN and inf are themselves; the largest float
    steps down, the others up from |x|."""
    x = S.absolute(b, x, pos)
    inf = b.constant(math.inf, T.float64, pos)
    up = S.binary(b, "Sub", S.math2(b, "nextafter", x, inf, pos), x, pos)
    top = b.constant(sys.float_info.max, T.float64, pos)
    down = S.binary(b, "Sub", x, S.math2(b, "nextafter", x, b.constant(0.0, T.float64, pos),
                                         pos), pos)
    last = S.where(b, S.compare(b, "Eq", x, top, pos), down, up, pos)
    return S.where(b, S.fpclass(b, "finite", x, pos), last, x, pos)


def call_python_math(fc, name, node):
    if name in FLOAT_FUNCTIONS:
        return call_float_function(fc, name, node)
    if name == "isclose":
        a, b = fc.args_nodes(ast.Call(func=node.func, args=node.args, keywords=[]),
                             2, "math.isclose")
        fc.kwargs(node, ("rel_tol", "abs_tol"), "math.isclose")
        values = [fc.materialize(fc.expr(a), a), fc.materialize(fc.expr(b), b)]
        for v in values:
            fc.check_scalar(v, node)
            if v.type.is_complex:
                raise fc.error(TypingError, "math.isclose: must be real number, "
                               "not complex", node)
        return call_with_values(fc, python_math.isclose, values, node, node.keywords)
    limits = {"comb": (2, 2), "perm": (1, 2)}.get(name, (0, 64))
    values = integer_arguments(fc, fc.args(node, *limits, f"math.{name}"),
                               f"math.{name}", node)
    return call_with_values(fc, INTEGER_FUNCTIONS[name], values, node)


def round_digits(fc, x, ndigits, node):
    """round(x, ndigits): an int stays an int (rounded half to even at
    10**-ndigits), a float is rounded exactly, as CPython's."""
    pos = fc.pos(node)
    fc.check_scalar(x, node)
    fc.check_scalar(ndigits, node)
    if not (ndigits.type.is_int or ndigits.type.is_bool):
        raise fc.error(TypingError, f"round(): '{ndigits.type}' object cannot be "
                       "interpreted as an integer", node)
    if x.type.is_float:
        digits = S.cast(fc.b, integer_arguments(fc, [ndigits], "round()", node)[0],
                        x.type, pos)
        return S.math2(fc.b, "round", x, digits, pos, keep_f32=True)
    if x.type.is_complex:
        raise fc.error(TypingError, "type complex doesn't define __round__ method",
                       node)
    values = integer_arguments(fc, [x, ndigits], "round()", node)
    return call_with_values(fc, python_math.round_integer, values, node)


def call_type_conversion(fc, obj, node):
    """int(x), float(x), bool(x) of a scalar: a cast. Of a string (a
    compile-time value: `float('inf')`, `float('-INF')`, `int(' 12 ')`):
    CPython's conversion, done when the kernel compiles. bool() of a list,
    dict, set or tuple: whether it is not empty."""
    name = obj.__name__
    if len(node.args) != 1 or node.keywords:
        fc.args(node, 1, 1, name)  # the arity error
    v = fc.expr(node.args[0])
    if isinstance(v, PyObj) and isinstance(v.obj, str):
        try:
            return fc.python_number(obj(v.obj), node)
        except ValueError as e:
            raise fc.error(TypingError, f"{name}(): {e}", node) from None
    v = fc.materialize(v, node.args[0])
    if obj is bool and not isinstance(getattr(v, "type", None), T.Scalar):
        return fc.truth_of(v, node)  # a container or tuple (lists.py)
    fc.check_scalar(v, node)
    ty = {int: T.int64, float: T.float64, bool: T.boolean}[obj]
    return S.cast(fc.b, v, ty, fc.pos(node))
