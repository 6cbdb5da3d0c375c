"""`for i, x in enumerate(t)` and `for x, y in zip(t, u)` over tuples: the
pairs are known when the kernel compiles, so the loop is one over a tuple of
tuples (for_tuple: unrolled, or indexed when the items share a type), as
Numba types enumerate and zip of tuples."""

import ast

from .. import types as T
from ..errors import TypingError
from . import scalar as S
from .builder import PyObj, RangeValue, TupleValue, Value


class TupleLoopsMixin:
    def zipped_tuples(self, fn, call):
        """The items of `enumerate(t[, start])` or `zip(t, u, ...)` when every
        iterable is a tuple (a display or a name holding one), else None."""
        if fn is enumerate:
            keywords = {k.arg: k.value for k in call.keywords}
            if not 1 <= len(call.args) <= 2 or set(keywords) - {"start"} or \
                    (len(call.args) == 2 and keywords):
                return None
            (items,) = self.tuples_of(call.args[:1]) or (None,)
            if items is None:
                return None
            start = call.args[1] if len(call.args) == 2 else keywords.get("start")
            first = self.b.constant(0, T.int64, self.pos(call)) if start is None else \
                self.materialize(self.expr(start), start)
            if not isinstance(first, Value) or not (first.type.is_int or first.type.is_bool):
                raise self.error(TypingError, "enumerate() start must be an integer", call)
            first = S.cast(self.b, first, T.int64, self.pos(call))
            return TupleValue([TupleValue([self.enumerate_index(first, k, call), x])
                               for k, x in enumerate(items)])
        if call.keywords:
            return None
        tuples = self.tuples_of(call.args)
        if tuples is None:
            return None
        return TupleValue([TupleValue(list(xs)) for xs in zip(*tuples)])

    def tuples_of(self, nodes):
        """The items of each node's tuple, or None unless all are tuples."""
        def is_tuple(n):
            if isinstance(n, ast.Tuple):
                return not any(isinstance(e, ast.Starred) for e in n.elts)
            v = self.env.get(n.id) if isinstance(n, ast.Name) else None
            return isinstance(v, TupleValue) and not isinstance(v, RangeValue) or (
                isinstance(v, PyObj) and isinstance(v.obj, tuple))
        if not all(is_tuple(n) for n in nodes):
            return None
        values = [self.expr(n) for n in nodes]
        values = [self.materialize(v, n) if isinstance(v, PyObj) else v
                  for v, n in zip(values, nodes)]
        return [v.items for v in values]

    def enumerate_index(self, first, k, call):
        """The k-th index: an int64, as Numba's enumerate counts."""
        if k == 0:
            return first
        pos = self.pos(call)
        return S.binary(self.b, "Add", first, self.b.constant(k, T.int64, pos), pos)
