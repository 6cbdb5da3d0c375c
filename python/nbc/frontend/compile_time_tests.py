"""Comparisons decided when the kernel compiles: `x is None` / `x is not
None`, `x == None` / `x != None` (as `is`: a typed value is never None, and
an optional's flag says at run time), and comparisons of strings and of
dtypes, which are compile-time values in kernels."""

import ast

import numpy as np

from .. import types as T
from ..errors import UnsupportedError
from . import scalar as S
from .builder import PyObj, TupleValue
from .common import NoneStandIn
from .dtypes import dtype_of


class CompileTimeTestsMixin:
    def is_none_test(self, node):
        """`x is None` / `x is not None`, decided at compile time: None is a
        compile-time value, and a typed value is never None."""
        op = type(node.ops[0]).__name__
        left, right = node.left, node.comparators[0]
        if isinstance(left, ast.Constant) and left.value is None:
            left, right = right, left
        if not (isinstance(right, ast.Constant) and right.value is None):
            raise self.error(UnsupportedError, f"'{'is' if op == 'Is' else 'is not'}' "
                             "is supported only to compare with None", node)
        return self.none_test_of(self.expr(left), op == "Is", node)

    def none_test_of(self, value, is_none_wanted, node):
        flag = value.flag if isinstance(value, NoneStandIn) else \
            value.items[0] if isinstance(value, TupleValue) and \
            isinstance(value.type, T.Optional) else None
        if flag is not None:  # known at run time only
            return S.logical_not(self.b, flag, self.pos(node)) if is_none_wanted \
                else flag
        is_none = isinstance(value, PyObj) and value.obj is None
        return PyObj(is_none if is_none_wanted else not is_none)

    def none_equality(self, op, node):
        """`x == None` / `x != None` as `x is None` / `x is not None` (what
        Python gives for numbers, tuples and containers), or None when
        neither side is the None literal. An array is refused (NumPy
        compares elementwise)."""
        left, right = node.left, node.comparators[0]
        if op not in ("Eq", "NotEq") or not any(
                isinstance(n, ast.Constant) and n.value is None for n in (left, right)):
            return None
        other = right if isinstance(left, ast.Constant) and left.value is None else left
        value = self.expr(other)
        if isinstance(getattr(value, "type", None), T.Array):
            raise self.error(UnsupportedError, "comparing an array with None (NumPy's "
                             "elementwise result, all False) is not supported: use "
                             "`x is None` for the array itself", node)
        return self.none_test_of(value, op == "Eq", node)

    def string_test(self, op, node):
        """`s == "linear"`, `s != t`, `s in ("a", "b")`, `"x" in s` on
        strings, which are compile-time values: decided when the kernel
        compiles (a PyObj bool), or None when no string is involved."""
        def known(e):  # names and literals only: evaluating them emits nothing
            if isinstance(e, (ast.Name, ast.Constant)):
                v = self.expr(e)
                return v if isinstance(v, PyObj) and isinstance(v.obj, str) else None
            return None
        left, right = known(node.left), node.comparators[0]
        if op in ("In", "NotIn") and isinstance(right, (ast.Tuple, ast.List, ast.Set)):
            if left is None:
                return None
            if not all(isinstance(e, ast.Constant) for e in right.elts):
                raise self.error(UnsupportedError, "'in' on a string takes a tuple of "
                                 "literals", node)
            found = left.obj in [e.value for e in right.elts]
            return PyObj(found if op == "In" else not found)
        other = known(right)
        if left is None or other is None:  # a run-time string (strings.py), or none
            return None
        a, b = left.obj, other.obj
        results = {"Eq": a == b, "NotEq": a != b, "Lt": a < b, "LtE": a <= b,
                   "Gt": a > b, "GtE": a >= b, "In": a in b, "NotIn": a not in b}
        return PyObj(results[op])

    def dtype_test(self, op, node):
        """`a.dtype == np.int64`, `d != np.float32` (d = a.dtype): dtypes are
        known when the kernel compiles, so the test is (a PyObj bool); None
        when neither side is a dtype."""
        def dtype(e):  # names and attributes: evaluating them emits no op
            if not isinstance(e, (ast.Name, ast.Attribute)):
                return None
            v = self.expr(e)
            return v.obj if isinstance(v, PyObj) and isinstance(v.obj, np.dtype) else None
        if op not in ("Eq", "NotEq"):
            return None
        left, right = node.left, node.comparators[0]
        known = dtype(left)
        if known is None:
            left, right = right, left
            known = dtype(left)
        if known is None or not isinstance(right, (ast.Name, ast.Attribute)):
            return None
        other = self.expr(right)
        other = dtype_of(other.obj) if isinstance(other, PyObj) else None
        if other is None:
            return None
        return PyObj((T.from_dtype(known) == other) == (op == "Eq"))
