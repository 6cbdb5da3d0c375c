"""Arrays: indexing, views, elementwise maps (nbc.ufunc), creation, reductions.

Elementwise code runs in a private helper function with
`error_model = numpy`, because NumPy's semantics (x / 0 -> inf, sqrt(-1) ->
nan) apply to array expressions and np.* functions whatever the kernel's
error model is.
"""

import ast
import operator

import numpy as np

from .. import types as T
from ..errors import TypingError, UnsupportedError
from . import linalg_factor as LF
from .linalg_norm import call_norm
from . import scalar as S
from .array_layout import LAYOUT_ATTRIBUTES, layout_attribute
from .builder import PyObj, TupleValue, Value, kernel_flags
from .fancy import ELLIPSIS, NEWAXIS, has_index_array
from .random_generator import GENERATOR_METHODS

WHOLE = ("slice", None, None, None)


class Method:
    """`array.method` waiting to be called."""

    def __init__(self, array, name):
        self.array = array
        self.name = name
        self.type = None


class FlatIter:
    """`a.flat`: indexed in C order (`a.flat[i]`, `a.flat[i] = x`)."""

    def __init__(self, array):
        self.array = array
        self.type = None

    def __repr__(self):
        return "a.flat, usable as a.flat[i] or in a for loop"


# np.linalg functions compiled to nbc.linalg (LAPACK at run time).
NP_LINALG_FUNCTIONS = ("solve", "inv", "det", "cholesky", "norm",
                       # nbc.linalg_factor and on top of it (linalg_factor.py)
                       "eigh", "eigvalsh", "svd", "qr", "lstsq", "pinv",
                       "matrix_rank", "slogdet", "matrix_power", "cond",
                       "eig", "eigvals")


def linalg_name(obj):
    """The name of `obj` when it is one of NP_LINALG_FUNCTIONS, else None."""
    for name in NP_LINALG_FUNCTIONS:
        if getattr(np.linalg, name) is obj:
            return name
    return None


METHODS = ("sum", "prod", "min", "max", "mean", "argmin", "argmax", "any", "all",
           "copy", "astype", "fill", "take", "nonzero", "reshape", "ravel", "flatten",
           "transpose", "swapaxes", "conj", "conjugate", "cumsum", "cumprod",
           "var", "std", "sort", "argsort", "item", "squeeze", "view", "diagonal",
           "clip")


def elem(t):
    return t.dtype if isinstance(t, T.Array) else t


IN_PLACE = {"Add": operator.iadd, "Sub": operator.isub, "Mult": operator.imul,
            "Div": operator.itruediv, "FloorDiv": operator.ifloordiv,
            "Mod": operator.imod, "Pow": operator.ipow, "BitAnd": operator.iand,
            "BitOr": operator.ior, "BitXor": operator.ixor,
            "LShift": operator.ilshift, "RShift": operator.irshift}


def numpy_probe(t):
    """A one-element stand-in for an operand of type `t` when NumPy itself
    is asked how it types an operation: an array of its dtype, or for a
    scalar a Python scalar of its kind (weak, as literals are)."""
    if isinstance(t, T.Array):
        return np.ones(1, t.dtype.numpy())
    return {"b": True, "i": 1, "u": 1, "f": 1.0, "c": 1j}[t.kind]


def numpy_refuses_in_place(op, dtype, value_type):
    """NumPy's error for `array_of_dtype op= value` ('TypeName: message'),
    or None when NumPy accepts it. NumPy itself decides, on one-element
    operands: a scalar operand stands for a Python scalar of its kind (weak,
    as literals are), an array operand for an array of its dtype."""
    fn = IN_PLACE.get(op)
    if fn is None:
        return None
    try:
        with np.errstate(all="ignore"):
            fn(np.ones(1, dtype.numpy()), numpy_probe(value_type))
    except TypeError as e:
        return f"{type(e).__name__}: {e}"
    return None


def integral_exponent(op, base, exponent):
    """(1,) when `base ** exponent` has a float array base and an integer
    scalar exponent, else (). Such an exponent stays integral (`x ** 2`
    multiplies) and the power is typed by the scalar rule, in the base's
    float type, as NumPy converts a scalar of a lower kind."""
    if op != "Pow" or not isinstance(base.type, T.Array) or \
            isinstance(exponent.type, T.Array):
        return ()
    if base.type.dtype.is_float and (exponent.type.is_int or exponent.type.is_bool):
        return (1,)
    return ()


def binary_body(op, operands, keep, pos):
    """The element function of `x op y` on array operands (after
    numpy_scalar_operands): a float array to a float scalar power is NumPy's
    power loop, np.sqrt for an exponent of 0.5."""
    if op == "Pow" and isinstance(operands[0].type, T.Array) and \
            not isinstance(operands[1].type, T.Array) and \
            operands[0].type.dtype.is_float and operands[1].type.is_float:
        return lambda b, a: S.numpy_scalar_power(b, a[0], a[1], pos)
    return lambda b, a: S.binary(b, op, a[0], a[1], pos, elementwise=not keep)


def integer_bounds(dtype):
    """The least and greatest value of integer dtype `dtype`."""
    if dtype.is_signed:
        return -(1 << (dtype.bits - 1)), (1 << (dtype.bits - 1)) - 1
    return 0, (1 << dtype.bits) - 1


def holds(dtype, value):
    """Whether integer dtype `dtype` holds the Python int `value`."""
    low, high = integer_bounds(dtype)
    return low <= value <= high


class ArraysMixin:
    def numpy_scalar_operands(self, vals, node, promoted=None, keep=()):
        """`vals` with the scalar operands of an array operation converted
        as NumPy converts them (T.array_scalar_operand, the dialect's rule):
        float32 array * int64 -> float32, int8 array + 1 -> int8. Only the
        operands at `promoted` (all by default) take part (np.where's
        condition does not); those at `keep` stay as they are (an integer
        exponent of a float array, which multiplies). A literal the arrays'
        integer type cannot hold keeps int64 (NumPy 2 raises OverflowError,
        Numba computes in int64)."""
        promoted = range(len(vals)) if promoted is None else promoted
        arrays = [vals[i].type.dtype for i in promoted
                  if isinstance(vals[i].type, T.Array)]
        if not arrays:
            return vals
        common = arrays[0]
        for dtype in arrays[1:]:
            common = T.promote(common, dtype)
        out = list(vals)
        for i in promoted:
            v = vals[i]
            if i in keep or not isinstance(v.type, T.Scalar):
                continue
            literal = getattr(v, "literal", None)
            want = T.array_scalar_operand(common, v.type, literal is not None)
            if want.is_int and type(literal) is int and not holds(want, literal):
                continue
            out[i] = S.cast(self.b, v, want, self.pos(node))
        return out

    def access_attrs(self, checked=True):
        """The nowrap and noboundscheck flags of a load or store."""
        return {"nowrap": not checked,
                "noboundscheck": not checked or not self.options.get("boundscheck")}

    def dim(self, arr, axis, node):
        return self.b.dim(arr, axis, self.pos(node))

    def unpack_array(self, arr, count, node):
        """The elements of a 1-d array (the views a[0], a[1], ... of an N-d
        one: `X, Y = np.mgrid[...]`) unpacked into `count` targets; another
        length raises ValueError, as in CPython and Numba."""
        pos = self.pos(node)
        wrong = S.compare(self.b, "NotEq", self.b.dim(arr, 0, pos),
                          self.b.constant(count, T.int64, pos), pos)
        self.raise_if(wrong, "ValueError", f"cannot unpack an array of another length "
                      f"into {count} targets", node)
        return [self.index_array(arr, [self.b.constant(i, T.int64, pos)], node,
                                 checked=False) for i in range(count)]

    def unpack_range(self, rng, count, node):
        """`a, b, c = range(...)`: start, start + step, ... ; another
        length raises ValueError, as in CPython."""
        pos = self.pos(node)
        wrong = S.compare(self.b, "NotEq", rng.length,
                          self.b.constant(count, T.int64, pos), pos)
        self.raise_if(wrong, "ValueError", f"cannot unpack a range of another length "
                      f"into {count} targets", node)
        return [S.binary(self.b, "Add", rng.start, S.binary(
            self.b, "Mult", rng.step, self.b.constant(k, T.int64, pos), pos), pos)
            for k in range(count)]

    def array_attribute(self, arr, attr, node):
        t = arr.type
        if isinstance(t, T.Generator):
            if attr in GENERATOR_METHODS:
                return Method(arr, attr)
            raise self.error(UnsupportedError, f"unsupported Generator attribute "
                             f"'{attr}'", node)
        if attr == "shape":  # a 0-d array's: (), not None's Tuple(())
            return TupleValue([self.dim(arr, k, node) for k in range(t.ndim)],
                              None if t.ndim else T.ResultTuple(()))
        if attr == "ndim":  # a Python int, as in NumPy (`(0,) * a.ndim`)
            return self.python_number(t.ndim, node)
        if attr == "size":
            size = self.b.constant(1, T.int64, self.pos(node))
            for k in range(t.ndim):
                size = S.binary(self.b, "Mult", size, self.dim(arr, k, node), self.pos(node))
            return size
        if attr == "T":
            return arr if t.ndim <= 1 else self.transpose(arr, node)
        if attr == "dtype":
            return PyObj(t.dtype.numpy())
        if attr in ("real", "imag"):
            return self.complex_array_attribute(arr, attr, node)
        if attr in METHODS:
            return Method(arr, attr)
        if attr == "flat":
            return FlatIter(arr)
        if attr in LAYOUT_ATTRIBUTES:
            return layout_attribute(self, arr, attr, node)
        raise self.error(UnsupportedError, f"unsupported array attribute '{attr}'", node)

    def transpose(self, arr, node):
        """`a.T`: nbc.transpose, a view with the axes reversed."""
        return self.b.transpose(arr, self.pos(node))

    # -- indexing ------------------------------------------------------------
    def expand_subscripts(self, t, subs, node):
        """`subs` with `...` replaced by whole slices; too many indices (new
        axes do not count) or two ellipses are TypingErrors (NumPy's
        IndexError, known at compile time)."""
        if subs.count(ELLIPSIS) > 1:
            raise self.error(TypingError, "an index can only have a single ellipsis "
                             "('...')", node)
        used = sum(1 for s in subs if s is not NEWAXIS and s is not ELLIPSIS)
        if used > t.ndim:
            raise self.error(TypingError, f"too many indices for a {t.ndim}-d array", node)
        if ELLIPSIS in subs:
            k = subs.index(ELLIPSIS)
            subs = subs[:k] + [WHOLE] * (t.ndim - used) + subs[k + 1:]
        return subs

    def index_array(self, arr, subs, node, checked=True):
        t = arr.type
        if has_index_array(subs):
            return self.fancy_get(arr, subs, node)
        raw, subs = subs, self.expand_subscripts(t, subs, node)
        # `a[i, j, ...]` is a 0-d view in NumPy, not the element.
        if len(subs) == t.ndim and all(isinstance(s, Value) for s in subs) and \
                ELLIPSIS not in raw:
            return self.b.load(arr, subs, self.pos(node), **self.access_attrs(checked))
        return self.view(arr, subs, node)

    def view(self, arr, subs, node):
        pos = self.pos(node)
        parts = []
        for s in subs:
            if s is NEWAXIS:
                parts.append(None)
            elif isinstance(s, Value):
                parts.append(S.cast(self.b, s, T.int64, pos))
            else:
                parts.append(tuple(None if p is None else S.cast(self.b, p, T.int64, pos)
                                   for p in s[1:]))
        return self.b.slice(arr, parts, pos)

    def check_writable(self, arr, what, node):
        """TypingError when `arr` is a read-only array (or a view of one):
        Numba refuses such writes at compile time, NumPy at run time."""
        if arr.type.readonly:
            raise self.error(TypingError, f"cannot {what} a read-only array "
                             f"({arr.type}): an argument with flags.writeable == "
                             "False or a view of one, a diagonal, np.broadcast_to, a "
                             "real array's .imag, or a copy nbc makes where NumPy may "
                             "give the source or a view of it (np.einsum's diagonal, "
                             "np.linalg.matrix_power(a, n) with n not a constant), "
                             "which a write would not reach", node)

    def store_subscript(self, target, value, node):
        arr = self.expr(target.value)
        if isinstance(arr, FlatIter):
            return self.store_flat_item(arr, target, value, node)
        arr = self.materialize(arr, target.value)
        if isinstance(arr, Value) and isinstance(arr.type, T.List):
            return self.store_list_item(arr, target, value, node)
        if isinstance(arr, Value) and isinstance(arr.type, (T.Dict, T.Set)):
            return self.store_dict_item(arr, target, value, node)
        if not isinstance(arr, Value) or not isinstance(arr.type, T.Array) or \
                isinstance(arr.type, T.Generator):
            raise self.error(UnsupportedError, "item assignment is supported on arrays "
                             "and lists only", node)
        self.check_writable(arr, "store into", node)
        t = arr.type
        raw = self.subscripts(target.slice)
        if has_index_array(raw):
            return self.fancy_store(arr, raw, value, node)
        subs = self.expand_subscripts(t, raw, node)
        if len(subs) == t.ndim and all(isinstance(s, Value) for s in subs) and \
                ELLIPSIS not in raw:
            if not isinstance(value, Value) or not isinstance(value.type, T.Scalar):
                raise self.error(TypingError, "cannot store a sequence into one element",
                                 node)
            v = S.conversion(self.b, value, t.dtype, self.pos(node))
            self.b.store(v, arr, subs, self.pos(node), **self.access_attrs())
            return
        view = self.view(arr, subs, node)
        self.fill_into(view, self.sequence_as_array(value, t.dtype, node), node)

    def sequence_as_array(self, value, dtype, node):
        """A tuple stored into a view (`stack[top] = y, x`) is the array
        np.array(value) would give, cast to `dtype` as NumPy's assignment."""
        if type(value) is not TupleValue or isinstance(value.type, (T.Range, T.Optional)):
            return value
        items = value.items
        if any(isinstance(x, TupleValue) for x in items):
            items = [self.tuple_items(self.materialize(x, node), node) for x in items]
        return self.array_from_items(items, dtype, node)

    def check_output_rank(self, out, value, node):
        """NumPy's 'non-broadcastable output operand' when `value` has more
        dimensions than the array written (known at compile time here)."""
        if isinstance(value, Value) and isinstance(value.type, T.Array) and \
                value.type.ndim > out.type.ndim:
            raise self.error(TypingError, f"non-broadcastable output operand: a "
                             f"{value.type.ndim}-d array does not fit into a "
                             f"{out.type.ndim}-d array", node)

    def fill_into(self, out, value, node):
        """out[...] = value (scalar or array), broadcasting."""
        self.check_output_rank(out, value, node)
        dtype = out.type.dtype
        if isinstance(value, Value) and isinstance(value.type, T.Array) and \
                value.type.dtype == dtype:
            # A plain copy: the body yields the source element, which the
            # lowering recognises as an array assignment (NumPy's
            # PyArray_AssignArray rules for overlapping views).
            pos = self.pos(node)
            _, body = self.b.ufunc([out, value], [out], None, pos)
            args = self.b.block_args(body, [dtype, dtype])
            with self.b.at(body):
                self.b.nbc_yield([args[1]], pos)
            return
        # `out` is an input too: the broadcast shape must be the output's.
        self.array_map([out, value], lambda b, a: S.cast(b, a[1], dtype, self.pos(node)),
                       node, outs=[out])

    # -- elementwise ---------------------------------------------------------
    def numpy_helper(self, arg_types, body, node):
        """A private function computing `body` on scalars under NumPy's rules."""
        sym = self.module.unique_symbol("__nbc_np")
        pos = self.pos(node)
        func, b, args = self.module.func(sym, arg_types,
                                         kernel_flags(self.options, "numpy"), False,
                                         pos, self.src.filename)
        try:
            r = body(b, args)
            b.ret([r], pos)
            self.module.set_results(func, [r.type])
        except BaseException:
            self.module.erase(func)
            raise
        return sym, r.type

    def call_helper(self, sym, args, rt, node):
        return self.b.call(sym, args, [rt], self.pos(node))[0]

    def in_place_operator_call(self, obj, node):
        """`operator.iadd(x, y)` (and the other in-place operator functions):
        an array `x` is updated in place and returned, as NumPy's __iadd__;
        a scalar gives `x + y`. None when `obj` is not one of them."""
        op = next((k for k, f in IN_PLACE.items() if f is obj), None)
        if op is None or len(node.args) != 2 or node.keywords:
            return None
        x = self.materialize(self.expr(node.args[0]), node.args[0])
        y = self.expr(node.args[1])
        if isinstance(x, Value) and isinstance(x.type, T.Array):
            self.update_in_place(op, x, y, node)
            return x
        if isinstance(x, Value) and T.is_container(x.type):
            raise self.error(UnsupportedError, f"operator.{obj.__name__} on a "
                             f"{x.type}: use the augmented assignment", node)
        return self.binop(op, x, y, node)

    def update_in_place(self, op, arr, value, node):
        """`arr op= value` on an array: NumPy's in-place ufunc, writing the
        result into `arr` itself (and so into every array `arr` views).
        What NumPy refuses (its 'same_kind' output casting: `int_array +=
        1.5`, `int_array /= 2`) is a compile-time TypingError here."""
        symbol = S.SYMBOL.get(op, op) + "="
        self.check_writable(arr, f"update in place ('{symbol}')", node)
        value = self.materialize(value, node)
        if isinstance(value, TupleValue):
            raise self.error(TypingError, f"unsupported operand types for "
                             f"{symbol}: {arr.type} and tuple", node)
        if op == "MatMult":
            raise self.error(UnsupportedError, "unsupported operator '@='", node)
        self.check_output_rank(arr, value, node)
        refused = numpy_refuses_in_place(op, arr.type.dtype, value.type)
        if refused:
            raise self.error(TypingError, f"cannot update an array of "
                             f"{arr.type.dtype.name()} in place with '{symbol}' and "
                             f"{value.type}: NumPy raises {refused}", node)
        keep = integral_exponent(op, arr, value)
        operands = self.numpy_scalar_operands([arr, value], node, keep=keep)
        self.array_map(operands, binary_body(op, operands, keep, self.pos(node)), node,
                       outs=[arr])

    def array_map(self, ins, body, node, outs=None):
        """nbc.ufunc applying `body(builder, scalars)` elementwise."""
        for v in ins:
            if not isinstance(v, Value) or v.type is None:
                raise self.error(TypingError, f"expected an array or a scalar, got "
                                 f"{getattr(v, 'type', v)}", node)
        sym, rt = self.numpy_helper([elem(v.type) for v in ins], body, node)
        ndim = max([v.type.ndim for v in ins if isinstance(v.type, T.Array)] + [0])
        pos = self.pos(node)
        op, body = self.b.ufunc(ins, outs or [], None if outs else rt, pos)
        args = self.b.block_args(body, [elem(v.type) for v in ins])
        with self.b.at(body):
            r = self.call_helper(sym, args, rt, node)
            if outs:
                r = S.cast(self.b, r, outs[0].type.dtype, pos)
            self.b.nbc_yield([r], pos)
        if outs:
            return None
        return self.b.op_results(op, [T.Array(rt, ndim)])[0]

    def array_cast(self, v, want, node):
        if v.type.copy(readonly=False) == want.copy(readonly=False):
            return Value(v.h, want)  # differ in readonly only
        if v.type.dtype == want.dtype and v.type.ndim == want.ndim:
            return self.b.memref_cast(v, want, self.pos(node))
        raise self.error(TypingError, f"cannot convert {v.type} to {want}", node)

    def astype(self, v, dtype, node):
        if v.type.dtype == dtype:
            return v
        return self.array_map([v], lambda b, a: S.cast(b, a[0], dtype, self.pos(node)),
                              node)

    # -- creation ---------------------------------------------------------------
    def shape_values(self, shape, node):
        shape = self.materialize(shape, node)
        items = shape.items if isinstance(shape, TupleValue) else [shape]
        out = []
        for v in items:
            if not isinstance(v.type, T.Scalar) or v.type.is_float:
                raise self.error(TypingError, f"array dimensions must be integers, got "
                                 f"{v.type}", node)
            out.append(S.cast(self.b, v, T.int64, self.pos(node)))
        return out

    def new_array(self, sizes, dtype, fill, node):
        t = T.Array(dtype, len(sizes))
        if fill is None:
            return self.b.empty(t, sizes, self.pos(node))
        fill = S.cast(self.b, fill, dtype, self.pos(node))
        return self.b.full(t, sizes, fill, self.pos(node))

    # -- linear algebra ---------------------------------------------------------
    def matmul(self, name, x, y, node):
        """`x @ y`, np.matmul, np.dot, np.inner, np.vdot, np.outer: nbc.matmul
        (np.inner is np.dot with y's axes reversed, which also gives NumPy's
        message). np.dot with a scalar multiplies. `@` of N-d arrays is
        batched with broadcasting; the others take 1-d and 2-d arrays."""
        what = "'@'" if name == "matmul" and isinstance(node, ast.BinOp) \
            else f"np.{name}"
        arrays = [isinstance(v, Value) and isinstance(v.type, T.Array) for v in (x, y)]
        if name == "dot" and not all(arrays) and all(
                isinstance(v, Value) for v in (x, y)):
            return self.binop("Mult", x, y, node)
        if not all(arrays):
            raise self.error(TypingError, f"{what}: both operands must be arrays, "
                             f"got {getattr(x, 'type', x)} and "
                             f"{getattr(y, 'type', y)}", node)
        ranks = (x.type.ndim, y.type.ndim)
        if name in ("vdot", "outer"):
            if ranks != (1, 1):
                raise self.error(UnsupportedError, f"{what} of arrays of ranks "
                                 f"{ranks[0]} and {ranks[1]}: only 1-d arrays are "
                                 "supported", node)
        elif name == "matmul":
            if min(ranks) < 1:  # NumPy's ValueError, known at compile time
                raise self.error(TypingError, f"{what}: Input operand "
                                 f"{ranks.index(min(ranks))} does not have enough "
                                 "dimensions", node)
        elif name == "inner" and min(ranks) >= 1 and max(ranks) > 2:
            return self.inner_of_stacks(x, y, node)
        elif not all(1 <= r <= 2 for r in ranks):
            raise self.error(UnsupportedError, f"{what} of arrays of ranks "
                             f"{ranks[0]} and {ranks[1]}: only 1-d and 2-d arrays "
                             "are supported", node)
        kind = name
        if name == "inner":
            kind = "dot"
            if y.type.ndim == 2:
                y = self.transpose(y, node)
        return self.b.matmul(kind, x, y, self.pos(node))

    def inner_of_stacks(self, x, y, node):
        """np.inner of N-d arrays, NumPy's sums over both last axes: x as
        (M, k) rows times y as (N, k) rows transposed, in the shape
        x.shape[:-1] + y.shape[:-1]."""
        pos = self.pos(node)

        def as_rows(a):
            dims = [self.dim(a, d, node) for d in range(a.type.ndim)]
            count = self.b.constant(1, T.int64, pos)
            for d in dims[:-1]:
                count = S.binary(self.b, "Mult", count, d, pos)
            return dims[:-1], self.reshape(a, [count, dims[-1]], node)
        differ = S.compare(self.b, "NotEq", self.dim(x, x.type.ndim - 1, node),
                           self.dim(y, y.type.ndim - 1, node), pos)
        self.raise_if(differ, "ValueError", "shapes not aligned: the last axes of "
                      "np.inner's operands differ", node)
        x_dims, x_rows = as_rows(x)
        y_dims, y_rows = as_rows(y)
        product = self.b.matmul("dot", x_rows, self.transpose(y_rows, node), pos)
        return self.reshape(product, x_dims + y_dims, node)

    def call_linalg(self, name, node):
        """np.linalg.solve(a, b), inv(a), det(a), cholesky(a): nbc.linalg of
        the operands' NumPy common type (integer and bool arrays computed in
        float64, where Numba raises); `a` is a matrix or, as in NumPy, a
        stack of them (..., M, M)."""
        if name in LF.FACTOR_SIGNATURES:
            return LF.call_linalg_factor(self, name, node)
        if name in LF.COMPOSED:
            return LF.call_linalg_composed(self, name, node)
        if name == "norm":
            return call_norm(self, node)
        what = f"np.linalg.{name}()"
        want = 2 if name == "solve" else 1
        if node.keywords or len(node.args) != want:
            raise self.error(TypingError, f"{what} takes {want} positional "
                             f"argument{'s' if want > 1 else ''}", node)
        vals = [self.materialize(self.expr(a), a) for a in node.args]
        for v in vals:
            if not (isinstance(v, Value) and isinstance(v.type, T.Array)):
                raise self.error(TypingError, f"{what} takes arrays, got "
                                 f"{getattr(v, 'type', v)}", node)
        vals = LF.as_lapack_dtype(self, vals, node)
        a = vals[0]
        if a.type.ndim < 2:
            raise self.error(TypingError, f"{what} takes a 2-d array or a stack "
                             f"of matrices, got {a.type}", node)
        if name == "solve":
            rhs = vals[1]
            if rhs.type.ndim == 0:
                raise self.error(TypingError, f"{what}: b must be an array of at "
                                 f"least 1 dimension, got {rhs.type}", node)
        return self.b.linalg(name, vals, self.pos(node))

    def norm(self, x, node, axes=None, keepdims=False):
        """np.linalg.norm(x) of an array of any rank (2-norm / Frobenius,
        N-d arrays flattened, as NumPy's without axis), or the 2-norms
        along `axes` (normalised; reduce's): NumPy's own formula,
        sqrt(sum(x * x)) (with the real and imaginary parts' sums for a
        complex x), as existing ops."""
        if x.type.ndim == 0:
            raise self.error(UnsupportedError, "np.linalg.norm() of a 0-d "
                             "array is not supported", node)

        def squares(part):
            return self.reduce("sum", self.binop("Mult", part, part, node), axes,
                               node, keepdims=keepdims)
        if x.type.dtype.is_complex:
            parts = [self.complex_array_attribute(x, p, node) for p in ("real", "imag")]
            total = self.binop("Add", squares(parts[0]), squares(parts[1]), node)
        else:
            total = squares(x)
        pos = self.pos(node)
        if isinstance(total.type, T.Array):
            return self.array_map([total], lambda b, a: S.math1(
                b, "sqrt", a[0], pos, keep_f32=True), node)
        return S.math1(self.b, "sqrt", total, pos, keep_f32=True)
