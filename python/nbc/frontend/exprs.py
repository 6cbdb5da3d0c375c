"""Expressions: names, constants, operators, comparisons, subscripts."""

import ast
import builtins
import contextlib
import operator

import numpy as np

from .. import types as T
from .._core import ir
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .builder import (PyObj, RangeValue, TupleValue, Value, describe, flat_parts,
                      optional_parts)
from .array_layout import ArrayFlags
from .named_tuples import is_namedtuple_value
from .arrays import ELLIPSIS, NEWAXIS, FlatIter, binary_body, integral_exponent
from .compile_time_tests import CompileTimeTestsMixin
from .common import (NoneStandIn, Undef, constant_value, is_none_value,
                     none_standin_merged, type_of, unify)
from .fancy import is_index_array
from .tuple_index import repeated_tuple
from .lists import is_list
from .dicts import TableCursor, is_table
from .hints import CONSTRUCT_HINTS
from .inner_functions import InnerFunction
from .strings import StringsMixin, is_string

UNSUPPORTED_EXPRS = {
    "ListComp": "list comprehension", "SetComp": "set comprehension",
    "DictComp": "dict comprehension", "GeneratorExp": "generator expression",
    "Dict": "dict", "Set": "set", "List": "list",
    "JoinedStr": "f-string", "Yield": "generator (yield)",
    "YieldFrom": "generator (yield from)", "Await": "await", "Starred": "starred expression",
    "NamedExpr": "assignment expression (:=)",
}


def python_scalar_type(value):
    if isinstance(value, (bool, np.bool_)):
        return T.boolean
    if isinstance(value, int):  # past int64: uint64, as Numba types it
        return T.uint64 if value > 2**63 - 1 else T.int64
    if isinstance(value, float):
        return T.float64
    if isinstance(value, complex) and not isinstance(value, np.generic):
        return T.complex128
    if isinstance(value, np.generic):
        return T.from_dtype(value.dtype)
    return None

FOLDED = {"Add": operator.add, "Sub": operator.sub, "Mult": operator.mul,
          "Div": operator.truediv, "FloorDiv": operator.floordiv,
          "Mod": operator.mod, "Pow": operator.pow}


def number_literal(v):
    """The Python int, float or complex a value was written as, else None."""
    obj = v.obj if isinstance(v, PyObj) else getattr(v, "literal", None)
    return obj if type(obj) in (int, float, complex) else None


def fold_python_numbers(op, x, y):
    """`x op y` on two Python numbers written in the source (`2 * np.pi`,
    `1 / 3`) as CPython computes it, so the result stays a Python number;
    None when it would not mean the same as nbc's typed operator (an
    integer beyond int64, a division by zero raised at run time, what
    CPython refuses for complex numbers). `2 ** -1` is CPython's 0.5, which
    int64 operands cannot give (they raise, as NumPy's integers do)."""
    a, b, fn = number_literal(x), number_literal(y), FOLDED.get(op)
    if a is None or b is None or fn is None:
        return None
    try:
        r = fn(a, b)
    except (ArithmeticError, ValueError, TypeError):
        return None
    if type(r) is int and not -(1 << 63) <= r < (1 << 63):
        return None
    return r if type(r) in (int, float, complex) else None


_PENDING = object()


class ExprsMixin(CompileTimeTestsMixin, StringsMixin):
    # Subexpressions evaluated at most once (id(node) -> value, or _PENDING
    # until first evaluated); see evaluated_once.
    once = None

    def expr(self, node):
        once = self.once
        if once is not None and id(node) in once:
            value = once[id(node)]
            if value is _PENDING:
                value = once[id(node)] = self.evaluate_node(node)
            return value
        return self.evaluate_node(node)

    @contextlib.contextmanager
    def evaluated_once(self, target):
        """While active, the array and index expressions of the subscript
        `target` evaluate once however often the statement reads them
        (`a[f()] += 1` calls f once, as Python does)."""
        nodes = [target.value]
        for e in target.slice.elts if isinstance(target.slice, ast.Tuple) else [target.slice]:
            if isinstance(e, ast.Slice):
                nodes += [p for p in (e.lower, e.upper, e.step) if p is not None]
            else:
                nodes.append(e)
        saved, self.once = self.once, {id(n): _PENDING for n in nodes}
        try:
            yield
        finally:
            self.once = saved

    def evaluate_node(self, node):
        method = getattr(self, "expr_" + type(node).__name__, None)
        if method is None:
            kind = type(node).__name__
            what = UNSUPPORTED_EXPRS.get(kind, f"expression '{kind}'")
            raise self.error(UnsupportedError, f"unsupported Python construct: {what}", node,
                             CONSTRUCT_HINTS.get(kind))
        return method(node)

    def materialize(self, v, node, keep_optional=False):
        """A Value or TupleValue for `v` (Python numbers become constants).
        An optional (a callee's value-or-None) is used as its value, raising
        TypeError at run time when it is None (as Numba), unless
        `keep_optional`."""
        if isinstance(v, TupleValue) and isinstance(v.type, T.Optional) and \
                not keep_optional:
            return self.unwrap_optional(v, node)
        if isinstance(v, NoneStandIn) and v.value is not None:
            # Its value, typed as the loop ends up carrying it.
            v.root.value_read = True
            optional = TupleValue([v.flag, v.value], T.Optional(v.value.type))
            return optional if keep_optional else self.unwrap_optional(optional, node)
        if isinstance(v, (Value, TupleValue)):
            if isinstance(v, Value) and v.type is None:
                raise self.error(TypingError, "use of an undefined value", node)
            return v
        if isinstance(v, Undef):
            raise self.error(TypingError, "variable may be undefined here", node)
        obj = v.obj if isinstance(v, PyObj) else v
        ty = python_scalar_type(obj)
        if isinstance(obj, np.generic) and ty is not None:
            return self.b.constant(obj.item(), ty, self.pos(node))
        if ty is not None:
            return self.python_number(obj, node)
        if isinstance(obj, tuple):
            return TupleValue([self.materialize(PyObj(x), node) for x in obj],
                              cls=T.namedtuple_class(obj))
        if isinstance(obj, str):
            return self.string_value(v, node)
        if isinstance(obj, InnerFunction):
            raise self.error(UnsupportedError, f"{obj.__name__} is a function defined "
                             "in the kernel: it can be called, or passed to a jitted "
                             "function, not kept as a value", node)
        raise self.error(UnsupportedError, f"unsupported value of type "
                         f"'{type(obj).__name__}' ({describe(obj)})", node)

    def scalar(self, node, value=None):
        """The scalar `node` evaluates to (`value`, when already evaluated)."""
        v = self.materialize(self.expr(node) if value is None else value, node)
        if not isinstance(v, Value) or not isinstance(v.type, T.Scalar):
            raise self.error(TypingError, f"expected a scalar, got {v.type}", node)
        return v

    # -- leaves ------------------------------------------------------------------
    def python_number(self, obj, node):
        """A Python number as a constant that remembers it: weak in NumPy's
        promotion (NEP 50), it takes an array operand's dtype."""
        if isinstance(obj, complex):
            v = self.complex_constant(obj, node)
        elif type(obj) is int and not -2**63 <= obj <= 2**64 - 1:
            raise self.error(TypingError, f"integer {obj} does not fit in 64 bits "
                             "(int64 or uint64)", node)
        else:
            v = self.b.constant(obj, python_scalar_type(obj), self.pos(node))
        return Value(v.h, v.type, literal=obj)

    def expr_Constant(self, node):
        v = node.value
        if isinstance(v, (bool, int, float, complex)):
            return self.python_number(v, node)
        if v is None or isinstance(v, str):
            return PyObj(v)
        raise self.error(UnsupportedError, f"unsupported constant {v!r}", node)

    def lookup(self, name, node):
        if name in self.env:
            v = self.env[name]
            if isinstance(v, Undef) and hasattr(v, "message"):  # list_nesting.MovedList
                raise self.error(UnsupportedError, v.message, node)
            if isinstance(v, Undef):
                raise self.error(TypingError, f"variable '{name}' may be undefined "
                                 "here", node)
            return v
        g = self.src.globals
        if name in g:
            return self.global_value(g[name], node)
        if hasattr(builtins, name):
            return PyObj(getattr(builtins, name))
        raise self.error(TypingError, f"name '{name}' is not defined", node)

    def global_value(self, obj, node):
        if python_scalar_type(obj) is not None:
            return self.materialize(PyObj(obj), node)
        if isinstance(obj, tuple) and all(python_scalar_type(x) for x in obj):
            return self.materialize(PyObj(obj), node)
        if isinstance(obj, np.ndarray):
            return self.constant_array(obj, node)
        return PyObj(obj)

    def constant_array(self, array, node):
        """A global NumPy array: a read-only constant of the module holding
        its values when the function is compiled, as Numba freezes it (a
        later change to the array is not seen; rebinding the name is)."""
        dtype = T.from_dtype(array.dtype)
        if dtype is None or dtype.is_complex:
            raise self.error(UnsupportedError, f"global NumPy arrays of {array.dtype} "
                             "are not supported; pass the array as an argument", node)
        cached = self.constant_arrays.get(id(array))
        if cached is None:
            data = np.ascontiguousarray(array).tobytes()
            h = ir.constant_array(self.b.module.body, ir.entry_block(self.func),
                                  self.b.loc(self.pos(node)), "__nbc_constant",
                                  self.b.ty(dtype), list(array.shape), data)
            cached = self.constant_arrays[id(array)] = \
                Value(h, T.Array(dtype, array.ndim, readonly=True))
        return cached

    def expr_Name(self, node):
        return self.lookup(node.id, node)

    def expr_Attribute(self, node):
        base = self.expr(node.value)
        if isinstance(base, TupleValue) and isinstance(base.type, T.Optional):
            base = self.materialize(base, node.value)  # its value (None: TypeError)
        if is_namedtuple_value(base):
            return self.namedtuple_attribute(base, node.attr, node)
        if is_string(base):
            return self.string_attribute(base, node.attr, node)
        if isinstance(base, PyObj):
            if not hasattr(base.obj, node.attr):
                raise self.error(TypingError, f"unknown attribute '{node.attr}' of "
                                 f"{describe(base.obj)}", node)
            return self.global_value(getattr(base.obj, node.attr), node)
        if isinstance(base, Value) and isinstance(base.type, T.Array):
            return self.array_attribute(base, node.attr, node)
        if isinstance(base, Value) and isinstance(base.type, T.List):
            return self.list_attribute(base, node.attr, node)
        if isinstance(base, Value) and isinstance(base.type, (T.Dict, T.Set)):
            return self.table_attribute(base, node.attr, node)
        if isinstance(base, ArrayFlags):  # a.flags.c_contiguous
            return base.attribute(self, node.attr, node)
        if isinstance(base, RangeValue) and node.attr in ("start", "stop", "step"):
            return getattr(base, node.attr)
        if isinstance(base, Value) and isinstance(base.type, T.Scalar):
            attribute = self.scalar_attribute(base, node.attr, node)
            if attribute is not None:
                return attribute
        raise self.error(UnsupportedError, f"unsupported attribute '{node.attr}' of "
                         f"{getattr(base, 'type', base)}", node)

    def expr_Tuple(self, node):
        if not node.elts:  # the empty tuple (None is Tuple(()) itself)
            return TupleValue([], T.ResultTuple(()))
        if node in getattr(self, "returned_tuples", ()):  # `return lst, n` only
            return self.returned_tuple_display(node)
        # An optional item stays one, None is a None field (as Numba's
        # Tuple(OptionalType(T), ...) and Tuple(none, ...)).
        items = [TupleValue([]) if is_none_value(v) else
                 self.materialize(v, e, keep_optional=True)
                 for v, e in ((self.expr(e), e) for e in node.elts)]
        for v in items:
            self.refuse_list(v, "tuple items (but `return lst, n` is)", node)
        return TupleValue(items)

    # -- operators -------------------------------------------------------------
    def element_of_0d(self, v, node):
        """A 0-d array's element (NumPy's arithmetic on 0-d arrays gives
        scalars); anything else as is."""
        if isinstance(v, Value) and isinstance(v.type, T.Array) and v.type.ndim == 0:
            return self.b.load(v, [], self.pos(node), nowrap=True, noboundscheck=True)
        return v

    def binop(self, op, x, y, node):
        folded = fold_python_numbers(op, x, y)
        if folded is not None:
            return self.python_number(folded, node)
        x, y = self.materialize(x, node), self.materialize(y, node)
        if is_string(x) or is_string(y):
            return self.string_binop(op, x, y, node)
        x, y = self.element_of_0d(x, node), self.element_of_0d(y, node)
        if op == "MatMult":
            return self.matmul("matmul", x, y, node)
        if is_table(x) or is_table(y):
            return self.set_binop(op, x, y, node)
        if is_list(x) or is_list(y):
            return self.list_binop(op, x, y, node)
        if isinstance(x, TupleValue) or isinstance(y, TupleValue):
            if op == "Add" and isinstance(x, TupleValue) and isinstance(y, TupleValue):
                return TupleValue(x.items + y.items, None if x.items or y.items
                                  else T.ResultTuple(()))  # `() + ()`: not None
            repeated = repeated_tuple(self, x, y, node) if op == "Mult" else None
            if repeated is not None:
                return repeated
            raise self.error(UnsupportedError, f"unsupported operator "
                             f"'{S.SYMBOL[op]}' on tuples", node)
        if isinstance(x.type, T.Array) or isinstance(y.type, T.Array):
            keep = integral_exponent(op, x, y)
            x, y = self.numpy_scalar_operands([x, y], node, keep=keep)
            return self.array_map([x, y], binary_body(op, [x, y], keep, self.pos(node)),
                                  node)
        return S.binary(self.b, op, x, y, self.pos(node))

    def expr_BinOp(self, node):
        if id(node) in self.in_place_binops:  # prange_loops.py
            return self.in_place_binop(node)
        return self.binop(type(node.op).__name__, self.expr(node.left),
                          self.expr(node.right), node)

    def expr_UnaryOp(self, node):
        literal = getattr(node.operand, "value", None)
        if isinstance(node.op, (ast.USub, ast.UAdd)) and isinstance(
                node.operand, ast.Constant) and type(literal) in (int, float, complex):
            # `-1` is still a Python number (weak in NumPy's promotion)
            return self.python_number(-literal if isinstance(node.op, ast.USub)
                                      else literal, node)
        known = self.expr(node.operand) if isinstance(node.op, ast.Not) else None
        if isinstance(known, PyObj) and isinstance(known.obj, bool):
            return PyObj(not known.obj)  # decided at compile time (`not isinstance`)
        operand = self.expr(node.operand) if known is None else known  # evaluated once
        v = self.element_of_0d(self.materialize(operand, node), node)
        op = type(node.op).__name__
        fns = {"USub": S.negate, "Invert": S.invert, "Not": S.logical_not,
               "UAdd": S.positive}
        if isinstance(v, Value) and isinstance(v.type, T.Array):
            if op == "Not":
                raise self.error(TypingError, "the truth value of an array is ambiguous",
                                 node)
            return self.array_map([v], lambda b, a: fns[op](
                b, a[0], self.pos(node), elementwise=True), node)
        if op == "Not" and not (isinstance(v, Value) and isinstance(v.type, T.Scalar)):
            truth = self.truth_of(v, node)  # a container, tuple or range: not empty
            return PyObj(not truth.obj) if isinstance(truth, PyObj) else \
                S.logical_not(self.b, truth, self.pos(node))
        if not isinstance(v, Value):
            raise self.error(TypingError, f"bad operand for unary operator: {v.type}", node)
        return fns[op](self.b, v, self.pos(node))

    def unwrap_optional(self, v, node, message="expected {}, got None"):
        """The optional `v`'s value; TypeError(`message`, its {} the value's
        type) at run time when it is None."""
        flag, value = optional_parts(v)
        pos = self.pos(node)
        none = S.logical_not(self.b, flag, pos)
        if isinstance(value, Value) and isinstance(value.type, T.Scalar) and \
                not value.type.is_complex:
            # The type's name as the dialect ends up typing the value.
            self.b.raise_if(none, "TypeError", message, pos, [value], ["type"])
        else:
            self.raise_if(none, "TypeError", message.replace("{}", str(v.type.inner)), node)
        return value

    def expr_Compare(self, node):
        ops = [type(o).__name__ for o in node.ops]
        if len(ops) == 1 and ops[0] in ("Is", "IsNot"):
            return self.is_none_test(node)
        if len(ops) == 1:
            known = self.none_equality(ops[0], node) or self.string_test(ops[0], node) \
                or self.dtype_test(ops[0], node)
            if known is not None:
                return known
        if len(ops) == 1 and ops[0] in ("In", "NotIn"):
            container = self.materialize(self.expr(node.comparators[0]), node)
            if is_string(container):
                found = self.string_membership(container, self.expr(node.left), node)
                return found if ops[0] == "In" else S.logical_not(self.b, found,
                                                                  self.pos(node))
            found = self.membership(container, node.left, node)  # any_all.py
            if found is not None:
                return found if ops[0] == "In" else S.logical_not(self.b, found,
                                                                  self.pos(node))
        for o, n in zip(ops, node.ops):
            if o not in S.CMP:
                what = {"Is": "is", "IsNot": "is not", "In": "in", "NotIn": "not in"}[o]
                raise self.error(UnsupportedError, f"unsupported operator '{what}'", node)
        left = self.element_of_0d(self.materialize(self.expr(node.left), node.left),
                                  node)
        result = None
        for o, comp in zip(ops, node.comparators):
            right = self.element_of_0d(self.materialize(self.expr(comp), comp), node)
            if not (is_string(left) or is_string(right)) and (
                    isinstance(left.type, T.Array) or isinstance(right.type, T.Array)):
                if len(ops) > 1:
                    raise self.error(UnsupportedError, "chained comparisons of arrays",
                                     node)
                left, right = self.numpy_scalar_operands([left, right], node)
                return self.array_map([left, right], lambda b, a, o=o: S.compare(
                    b, o, a[0], a[1], self.pos(node), elementwise=True), node)
            if is_string(left) or is_string(right):
                c = self.compare_strings(o, left, right, node)
            elif isinstance(left, TupleValue) or isinstance(right, TupleValue):
                c = self.compare_tuples(o, left, right, node)
            elif is_list(left) or is_list(right):
                c = self.compare_lists(o, left, right, node)
            elif o in ("Eq", "NotEq") and len(ops) == 1 and \
                    isinstance(left.type, (T.Dict, T.Set)):
                c = self.tables_equal(left, right, o == "NotEq", node)
            elif o in ("Lt", "LtE", "Gt", "GtE") and isinstance(left.type, T.Set):
                c = self.compare_sets(o, left, right, node)
            elif not isinstance(left.type, T.Scalar) or \
                    not isinstance(right.type, T.Scalar):
                raise self.error(TypingError, f"cannot compare {left.type} and "
                                 f"{right.type}", node)
            else:
                c = S.compare(self.b, o, left, right, self.pos(node))
            result = c if result is None else S.binary(self.b, "BitAnd", result, c,
                                                       self.pos(node))
            left = right
        return result

    def compare_tuples(self, op, left, right, node):
        """Python's tuple comparison: `==` item by item (tuples of different
        lengths differ), orderings lexicographic (the first differing item
        decides, else the shorter tuple is smaller)."""
        pos = self.pos(node)
        if isinstance(left, RangeValue) or isinstance(right, RangeValue):
            raise self.error(UnsupportedError, "comparisons of range objects", node)
        if not (isinstance(left, TupleValue) and isinstance(right, TupleValue)):
            if op in ("Eq", "NotEq"):
                return self.b.constant(op == "NotEq", T.boolean, pos)
            raise self.error(TypingError, f"'{S.SYMBOL_CMP[op]}' not supported "
                             f"between {left.type} and {right.type}", node)

        def item_compare(o, x, y):
            # An optional item: its value (Numba's TypeError when None).
            x, y = self.materialize(x, node), self.materialize(y, node)
            if isinstance(x, TupleValue) or isinstance(y, TupleValue):
                return self.compare_tuples(o, x, y, node)
            if is_string(x) or is_string(y):
                return self.compare_strings(o, x, y, node)
            if not isinstance(x.type, T.Scalar) or not isinstance(y.type, T.Scalar):
                raise self.error(TypingError, f"cannot compare {x.type} and "
                                 f"{y.type}", node)
            return S.compare(self.b, o, x, y, pos)

        def both(x, y):
            return S.binary(self.b, "BitAnd", x, y, pos)

        def either(x, y):
            return S.binary(self.b, "BitOr", x, y, pos)

        n, m = len(left.items), len(right.items)
        if op in ("Eq", "NotEq"):
            eq = self.b.constant(n == m, T.boolean, pos)
            if n == m:
                for x, y in zip(left.items, right.items):
                    eq = both(eq, item_compare("Eq", x, y))
            return eq if op == "Eq" else S.logical_not(self.b, eq, pos)
        strict = {"Lt": "Lt", "LtE": "Lt", "Gt": "Gt", "GtE": "Gt"}[op]
        lengths = {"Lt": n < m, "LtE": n <= m, "Gt": n > m, "GtE": n >= m}[op]
        prefix_equal = self.b.constant(True, T.boolean, pos)
        result = self.b.constant(False, T.boolean, pos)
        for x, y in zip(left.items, right.items):
            decides = both(prefix_equal, item_compare(strict, x, y))
            result = either(result, decides)
            prefix_equal = both(prefix_equal, item_compare("Eq", x, y))
        tie = both(prefix_equal, self.b.constant(lengths, T.boolean, pos))
        return either(result, tie)

    def expr_BoolOp(self, node):
        """`a and b` / `a or b` with short-circuit evaluation (scf.if)."""
        is_and = isinstance(node.op, ast.And)
        pos = self.pos(node)
        first = constant_value(node.values[0], self.known_nones())  # `False or x`: x
        first = PyObj(bool(first[0])) if first and bool(first[0]) == is_and else \
            self.expr(node.values[0])
        if isinstance(first, PyObj) and isinstance(first.obj, bool):
            # Decided at compile time: what Python returns, the rest unread
            # when it settles the result.
            if first.obj != is_and or len(node.values) == 1:
                return first
            rest = node.values[1:]
            return self.expr(rest[0] if len(rest) == 1 else ast.copy_location(
                ast.BoolOp(op=node.op, values=rest), node))
        # The value of the operand that decides, as Python's (`a or b` is `a`
        # when `a` is true), of the operands' unified type, as Numba's.
        value = self.scalar(node.values[0], first)
        if len(node.values) == 1:
            return value
        op, then_block, else_block = self.b.if_begin(S.truth(self.b, value, pos), pos)
        evaluate, keep = (then_block, else_block) if is_and else (else_block, then_block)
        rest = node.values[1:]
        with self.b.at(evaluate):
            other = self.scalar(rest[0] if len(rest) == 1 else ast.copy_location(
                ast.BoolOp(op=node.op, values=rest), node))
        ty = unify(value.type, other.type, f"the operands of '{'and' if is_and else 'or'}'")
        for v, block in ((other, evaluate), (value, keep)):
            with self.b.at(block):
                self.b.scf_yield([self.coerce(v, ty, node)], pos)
        (result,) = self.b.if_finish(op, [ty], pos)
        return result

    def run_decided(self, decided):
        """Evaluates the operands a condition decided at compile time still
        runs (`f(x) or True`), for their effects; returns its truth."""
        for operand in decided[1]:
            self.expr(operand)
        return decided[0]

    def expr_IfExp(self, node):
        """`a if c else b`: only the chosen side is evaluated (scf.if)."""
        pos = self.pos(node)
        decided = self.decided(node.test)  # as CPython's compiler: the other is not typed
        if decided is not None:
            return self.expr(node.body if self.run_decided(decided) else node.orelse)
        test = self.expr(node.test)
        if isinstance(test, PyObj) and isinstance(test.obj, (bool, type(None))):
            return self.expr(node.body if test.obj else node.orelse)  # decided now
        cond = S.truth(self.b, self.materialize(test, node.test), pos)
        op, then_block, else_block = self.b.if_begin(cond, pos)
        sides = []
        for e, block in ((node.body, then_block), (node.orelse, else_block)):
            with self.b.at(block):
                v = self.expr(e)  # (None and a value make an Optional)
                keep = is_none_value(v) or isinstance(v, NoneStandIn)
                sides.append(v if keep else self.materialize(v, e, keep_optional=True))
        ty = unify(type_of(sides[0]), type_of(sides[1]), "the two sides of 'if-else'")
        if isinstance(ty, T.NoneType) and none_standin_merged(*sides):
            return self.merge_none_flags(sides, (then_block, else_block), op, pos)
        if isinstance(ty, T.Tuple) and not isinstance(ty, T.Optional) and \
                not all(isinstance(t, T.Scalar) for t in ty.items):
            raise self.error(UnsupportedError, "tuples in conditional expressions", node)
        for v, block in zip(sides, (then_block, else_block)):
            with self.b.at(block):
                self.b.scf_yield(self.flatten(self.coerce(v, ty, node)), pos)
        return self.rebuild(ty, iter(self.b.if_finish(op, flat_parts(ty), pos)))

    # -- subscripts --------------------------------------------------------------
    def expr_Subscript(self, node):
        base = self.expr(node.value)
        if isinstance(base, TableCursor):  # the loops of dicts.for_table
            return self.cursor_item(base, node)
        if isinstance(base, FlatIter):
            return self.flat_item(base, node)
        if isinstance(base, PyObj) and base.obj is np.mgrid:
            return self.mgrid(node)
        base = self.materialize(base, node.value)
        if isinstance(base, Value) and isinstance(base.type, T.Generator):
            raise self.error(TypingError, "a np.random.Generator is not subscriptable",
                             node)
        if isinstance(base, RangeValue):
            if isinstance(node.slice, (ast.Slice, ast.Tuple)):
                raise self.error(UnsupportedError, "slicing a range object is not "
                                 "supported", node)
            k = self.scalar(node.slice)
            if k.type.is_float:
                raise self.error(TypingError, "range indices must be integers", node)
            return self.range_item(base, k, node)
        if isinstance(base, TupleValue):
            return self.tuple_subscript(base, node)
        if isinstance(base.type, T.Str):
            return self.string_subscript(base, node)
        if isinstance(base.type, T.Array):
            return self.index_array(base, self.subscripts(node.slice), node)
        if isinstance(base.type, T.List):
            return self.list_item(base, node)
        if isinstance(base.type, (T.Dict, T.Set)):
            return self.dict_item(base, node)
        raise self.error(TypingError, f"'{base.type}' is not subscriptable", node)

    def const_int(self, node):
        if isinstance(node, ast.Constant) and isinstance(node.value, int):
            return node.value
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            inner = self.const_int(node.operand)
            return None if inner is None else -inner
        return None

    def subscripts(self, node):
        """A list of Values (indices) and ('slice', lo, hi, step) tuples."""
        elts = node.elts if isinstance(node, ast.Tuple) else [node]
        out = []
        for e in elts:
            if isinstance(e, ast.Slice):
                parts = []
                for p in (e.lower, e.upper, e.step):
                    if p is None or (isinstance(p, ast.Constant) and p.value is None):
                        parts.append(None)
                    else:
                        parts.append(self.index_value(self.scalar(p), p))
                out.append(("slice", *parts))
            else:
                special = self.special_subscript(e)
                if special is not None:
                    out.append(special)
                    continue
                raw = self.expr(e)
                v = self.materialize(raw, e)
                if isinstance(v, TupleValue):
                    out.extend(x if is_index_array(x) and not x.type.dtype.is_float
                               else self.item_index(x, e) for x in v.items)
                    continue
                if isinstance(v.type, T.Array) and v.type.ndim == 0 and \
                        v.type.dtype.kind in "iu":
                    v = self.index_array(v, [], e)  # a 0-d integer array: its value
                if isinstance(v.type, T.Array):
                    if v.type.dtype.is_float:
                        raise self.error(TypingError, "arrays used as indices must be "
                                         "of integer (or boolean) type", e)
                    out.append(v)  # advanced indexing (fancy.py)
                    continue
                out.append(self.index_value(v, e) if isinstance(raw, NoneStandIn)  # (bool
                           else self.item_index(v, e))  # placeholder of a None-initialised value)
        return out

    def item_index(self, v, node):
        """A scalar subscript of an array: an integer. A bool is NumPy's 0-d
        mask (`a[True]` has shape (1, n)), not 0 or 1: refused, as Numba."""
        if isinstance(v, Value) and isinstance(v.type, T.Scalar) and v.type.is_bool:
            raise self.error(TypingError, "a bool as an array index is a 0-d mask in "
                             "NumPy, not 0 or 1: index with int(b)", node)
        return self.index_value(v, node)

    def special_subscript(self, e):
        """NEWAXIS for `None`/`np.newaxis`, ELLIPSIS for `...`, else None."""
        if isinstance(e, ast.Constant):
            return {None: NEWAXIS, Ellipsis: ELLIPSIS}.get(e.value) \
                if e.value is None or e.value is Ellipsis else None
        if isinstance(e, (ast.Name, ast.Attribute)):
            v = self.expr(e)
            if isinstance(v, PyObj) and (v.obj is None or v.obj is Ellipsis):
                return NEWAXIS if v.obj is None else ELLIPSIS
        return None

    def index_value(self, v, node):
        if not isinstance(v, Value) or not isinstance(v.type, T.Scalar) or v.type.is_float:
            raise self.error(TypingError, f"array indices must be integers, got "
                             f"{getattr(v, 'type', v)}", node)
        if v.type.is_bool:
            return S.conversion(self.b, v, T.int64, self.pos(node), index=True)
        return v
