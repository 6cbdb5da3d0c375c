"""math.gcd, lcm, comb, perm, isclose and round(x, ndigits): the integer
functions and isclose are nbc.npimpl.python_math's Python, compiled for
the arguments; round of a float is nbc.math2 round (the runtime's exact
decimal rounding). int(x), float(x), bool(x)."""

import ast

from .. import types as T
from ..errors import TypingError
from ..npimpl import python_math
from . import scalar as S
from .builder import PyObj

INTEGER_FUNCTIONS = {"gcd": python_math.gcd, "lcm": python_math.lcm,
                     "comb": python_math.comb, "perm": python_math.perm}
PYTHON_MATH = (*INTEGER_FUNCTIONS, "isclose")


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


def call_python_math(fc, name, node):
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
    if len(node.args) == 1 and not node.keywords:
        text = fc.expr(node.args[0]) if isinstance(node.args[0], (ast.Constant, ast.Name)) \
            else None
        if isinstance(text, PyObj) and isinstance(text.obj, str):
            try:
                return fc.python_number(obj(text.obj), node)
            except ValueError as e:
                raise fc.error(TypingError, f"{name}(): {e}", node) from None
    (v,) = fc.args(node, 1, 1, name)
    if obj is bool and not isinstance(getattr(v, "type", None), T.Scalar):
        return fc.truth_of(v, node)  # a container or tuple (lists.py)
    fc.check_scalar(v, node)
    ty = {int: T.int64, float: T.float64, bool: T.boolean}[obj]
    return S.cast(fc.b, v, ty, fc.pos(node))
