"""np.linalg.norm(x, ord=None, axis=None, keepdims=False) as NumPy
(numpy/linalg/_linalg.py): without ord and axis the 2-norm of the flattened
array (nbc.array_reduce); with one axis, that of each vector along it (with
keepdims=); a vector's or a matrix's ord-norm by nbc.npimpl.linalg's
formulas (a matrix's ord a constant: 'fro', 'nuc', 1, -1, 2, -2, inf, -inf)."""

import ast
import math

from .. import types as T
from ..errors import TypingError, UnsupportedError
from ..npimpl import linalg as impls
from ..npimpl.norm_axis import norm_axis_function
from . import scalar as S
from .builder import Value
from .linalg_factor import as_lapack_dtype

PARAMETERS = ("x", "ord", "axis", "keepdims")
WHAT = "np.linalg.norm()"


def bind(comp, node):
    bound = dict.fromkeys(PARAMETERS)
    if len(node.args) > len(PARAMETERS):
        raise comp.error(TypingError, f"{WHAT} takes at most 4 arguments", node)
    bound.update(zip(PARAMETERS, node.args))
    for kw in node.keywords:
        if kw.arg not in PARAMETERS:
            raise comp.error(TypingError, f"{WHAT} got an unexpected keyword "
                             f"argument '{kw.arg}'", node)
        bound[kw.arg] = kw.value
    if bound["x"] is None:
        raise comp.error(TypingError, f"{WHAT} missing argument 'x'", node)
    return bound


def is_none(arg):
    return arg is None or (isinstance(arg, ast.Constant) and arg.value is None)


def constant_ord(comp, arg):
    """The value of a constant ord= (numbers, ±np.inf, strings), else
    the marker `comp` for a value known at run time."""
    if isinstance(arg, ast.Constant):
        return arg.value
    negative = isinstance(arg, ast.UnaryOp) and isinstance(arg.op, ast.USub)
    operand = arg.operand if negative else arg
    obj = global_constant(comp, operand)
    if isinstance(obj, (int, float)) and not isinstance(obj, bool):
        return -obj if negative else obj
    return comp


def global_constant(comp, node):
    """The Python value of a literal, a global (`INF`) or an attribute of one
    (`np.inf`, `math.inf`), else None."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Attribute):
        owner = global_constant(comp, node.value)
        return getattr(owner, node.attr, None) if owner is not None else None
    if isinstance(node, ast.Name) and node.id not in comp.env:
        return comp.src.globals.get(node.id)
    return None


def call_norm(comp, node):
    bound = bind(comp, node)
    x = comp.materialize(comp.expr(bound["x"]), node)
    if not (isinstance(x, Value) and isinstance(x.type, T.Array)):
        raise comp.error(TypingError, f"{WHAT} takes an array, got "
                         f"{getattr(x, 'type', x)}", node)
    x = as_lapack_dtype(comp, [x], node)[0]
    keepdims = bound["keepdims"]
    if keepdims is not None and not (isinstance(keepdims, ast.Constant) and
                                     isinstance(keepdims.value, bool)):
        raise comp.error(TypingError, f"{WHAT}: keepdims= must be a constant "
                         "True or False", node)
    keepdims = bool(keepdims is not None and keepdims.value)
    ord_arg, axis = bound["ord"], bound["axis"]
    ndim = x.type.ndim
    if is_none(axis) and is_none(ord_arg) and not keepdims:
        return comp.norm(x, node)
    axes = comp.reduction_axes(None if is_none(axis) else axis, ndim, "norm", node)
    if axes is None:
        axes = list(range(ndim))
    if len(axes) > 2:
        raise comp.error(TypingError, f"{WHAT}: improper number of dimensions "
                         "to norm", node)
    if ndim == 0:
        raise comp.error(UnsupportedError, f"{WHAT} of a 0-d array is not "
                         "supported", node)
    if isinstance(axis, ast.Tuple):  # a matrix's axes in the given order
        axes = [comp.const_int(a) % ndim for a in axis.elts]
    order = None if is_none(ord_arg) else constant_ord(comp, ord_arg)
    if len(axes) == 1 and order in (None, 2):
        return comp.norm(x, node, axes, keepdims)
    if len(axes) == 2 and order in (None, "fro"):
        return comp.norm(x, node, None if axes == list(range(ndim)) and not keepdims
                         else sorted(axes), keepdims)
    pos = comp.pos(node)
    if len(axes) == 1:
        if isinstance(order, str):
            raise comp.error(TypingError, f"{WHAT}: Invalid norm order "
                             f"'{order}' for vectors", node)
        kind, impl = "vector", impls.norm_vector_ord
        ord_value = S.cast(comp.b, comp.materialize(comp.expr(ord_arg), node),
                           T.float64, pos) if order is comp else \
            comp.b.constant(float(order), T.float64, pos)
    elif order == "nuc":
        kind, impl = "nuclear", impls.norm_nuclear
        ord_value = None
    else:
        if order is comp or order not in (1, -1, 2, -2, math.inf, -math.inf):
            raise comp.error(TypingError, f"{WHAT}: Invalid norm order for matrices"
                             + ("" if order is not comp else " (ord= must be a "
                                "constant for a matrix)"), node)
        kind, impl = "matrix", impls.norm_matrix_ord
        ord_value = comp.b.constant(float(order), T.float64, pos)
    if keepdims or axes != list(range(ndim)):
        # Along axes: every vector or matrix by the same formula.
        impl = norm_axis_function(kind, ndim, tuple(axes), keepdims)
        if ord_value is None:
            ord_value = comp.b.constant(0.0, T.float64, pos)
    args = [x] if ord_value is None else [x, ord_value]
    return real_dtype(comp, call(comp, impl, args, node), x, node)


def call(comp, impl, vals, node):
    return comp.call_compiled(impl, vals, [v.type for v in vals], comp.options, node)


def real_dtype(comp, v, x, node):
    """The result in x's real dtype (float32 for float32 and complex64 x)."""
    if x.type.dtype not in (T.float32, T.complex64):
        return v
    if isinstance(v.type, T.Array):
        return comp.astype(v, T.float32, node)
    if v.type != T.float32:
        return S.cast(comp.b, v, T.float32, comp.pos(node))
    return v

