"""The builtins any() and all(), as Python: of a 1-d array (its elements'
truth), a tuple, a list, set, dict or range (a loop that stops at the first
deciding item), and of a generator expression (`any(x > t for x in a)`), a
loop that stops as Python's does, so items after the deciding one are not
evaluated (no IndexError from them). And `x in container` (membership):
lists and tables by their ops, a tuple as any item equal, a range by
arithmetic, an array as NumPy's `(a == x).any()`."""

import ast

from .. import types as T
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .builder import PyObj, RangeValue, TupleValue, Value
from .strings import is_string


class AnyAllMixin:
    def call_any_all(self, obj, node):
        name = obj.__name__
        if node.keywords or len(node.args) != 1:
            raise self.error(TypingError, f"{name}() takes exactly one argument", node)
        arg = node.args[0]
        if isinstance(arg, ast.GeneratorExp):
            return self.any_all_loop(obj, arg.generators, arg.elt, node)
        if isinstance(arg, (ast.List, ast.Tuple, ast.Set)) and not any(
                isinstance(e, ast.Starred) for e in arg.elts):  # `any([x, y])`, `all([])`
            return self.any_all_of_items(obj, [self.materialize(self.expr(e), e)
                                               for e in arg.elts], node)
        v = self.materialize(self.expr(arg), arg)
        if isinstance(v, TupleValue) and not isinstance(v, RangeValue):
            return self.any_all_of_items(obj, v.items, node)
        if isinstance(v, Value) and isinstance(v.type, T.Array):
            if v.type.ndim != 1:
                raise self.error(TypingError, f"{name}() of a {v.type.ndim}-d array: the "
                                 "truth value of its rows is ambiguous (NumPy's "
                                 f"ValueError); use np.{name}(a) or a.{name}()", node)
            return self.reduce(name, v, None, node)
        if isinstance(v, PyObj) or (isinstance(v, Value) and isinstance(v.type, T.Scalar)):
            raise self.error(TypingError, f"{name}() takes an iterable, got "
                             f"{getattr(v, 'type', v)}", node)
        tag = f"$aa{node.lineno}_{node.col_offset}"
        self.env[tag] = v
        try:
            target = ast.Name(id=tag + "x", ctx=ast.Store())
            return self.any_all_loop(obj, [ast.comprehension(
                target=target, iter=ast.Name(id=tag, ctx=ast.Load()), ifs=[],
                is_async=0)], ast.Name(id=tag + "x", ctx=ast.Load()), node)
        finally:
            self.env.pop(tag, None)

    def any_all_of_items(self, obj, items, node):
        """any/all of values already evaluated (a tuple's items)."""
        pos = self.pos(node)
        result = self.b.constant(obj is all, T.boolean, pos)
        for item in items:
            if isinstance(item, PyObj):
                truth = self.b.constant(bool(item.obj), T.boolean, pos)
            elif isinstance(item, Value) and isinstance(item.type, T.Scalar):
                truth = S.truth(self.b, item, pos)
            else:
                truth = self.truth_of(item, node)
            result = S.binary(self.b, "BitAnd" if obj is all else "BitOr", result,
                              truth, pos)
        return result

    def any_all_loop(self, obj, generators, elt, node):
        """`R = False; for x in it: if elt: R = True; break` (all: the
        negation), one loop per generator, each outer one leaving once R is
        decided. The generators' targets are local to them, as in Python."""
        if any(getattr(g, "is_async", 0) for g in generators):
            raise self.error(UnsupportedError, "async comprehensions", node)
        tag = f"$ar{node.lineno}_{node.col_offset}"
        decided = ast.Name(id=tag, ctx=ast.Load())
        if obj is all:
            decided = ast.UnaryOp(op=ast.Not(), operand=decided)
        found = [ast.Assign(targets=[ast.Name(id=tag, ctx=ast.Store())],
                            value=ast.Constant(obj is any)), ast.Break()]
        body = [ast.If(test=elt if obj is any else ast.UnaryOp(op=ast.Not(), operand=elt),
                       body=found, orelse=[])]
        for k, gen in enumerate(reversed(generators)):
            if k:  # an inner loop decided: leave this one too
                body.append(ast.If(test=decided, body=[ast.Break()], orelse=[]))
            if gen.ifs:
                test = gen.ifs[0] if len(gen.ifs) == 1 else ast.BoolOp(
                    op=ast.And(), values=list(gen.ifs))
                body = [ast.If(test=test, body=body, orelse=[])]
            body = [ast.For(target=gen.target, iter=gen.iter, body=body, orelse=[],
                            type_comment=None)]
        targets = {n.id for g in generators for n in ast.walk(g.target)
                   if isinstance(n, ast.Name)}
        saved = {n: self.env[n] for n in targets if n in self.env}
        self.env[tag] = self.b.constant(obj is all, T.boolean, self.pos(node))
        try:
            self.emit_synthetic(body[0], node)
            return self.env[tag]
        finally:
            self.env.pop(tag, None)
            for n in targets:
                self.env.pop(n, None)
            self.env.update(saved)

    def membership(self, container, item_node, node):
        """`x in container` (a boolean Value), or None when `container` is
        none of the kinds that have it."""
        kind = getattr(container, "type", None)
        if isinstance(kind, T.List):
            return self.list_contains(container, self.expr(item_node), node)
        if isinstance(kind, (T.Dict, T.Set)):
            return self.table_contains(container, self.expr(item_node), node)
        if isinstance(container, RangeValue):
            return self.in_range(container, self.expr(item_node), node)
        if isinstance(container, TupleValue):  # any item equal, as Python's
            item = self.materialize(self.expr(item_node), item_node)
            return self.any_all_of_items(any, [self.equal_values(item, x, node)
                                               for x in container.items], node)
        if isinstance(kind, T.Array):  # NumPy's __contains__: (a == x).any()
            item = self.materialize(self.expr(item_node), item_node)
            operands = self.numpy_scalar_operands([container, item], node)
            pos = self.pos(node)
            equal = self.array_map(operands, lambda b, v: S.compare(
                b, "Eq", v[0], v[1], pos, elementwise=True), node)
            return self.reduce("any", equal, None, node)
        return None

    def equal_values(self, a, b, node):
        if isinstance(a, TupleValue) or isinstance(b, TupleValue):
            return self.compare_tuples("Eq", a, b, node)
        if is_string(a) or is_string(b):
            return self.compare_strings("Eq", a, b, node)
        return S.compare(self.b, "Eq", a, b, self.pos(node))

    def in_range(self, r, item, node):
        """`k in range(...)`: an integer k between start and stop, on the
        step; a float k that equals such an integer (2.0 in range(3))."""
        item = self.materialize(item, node)
        if not (isinstance(item, Value) and isinstance(item.type, T.Scalar)) or \
                item.type.is_complex:
            raise self.error(TypingError, f"'in <range>' needs a real number, got "
                             f"{getattr(item, 'type', item)}", node)
        pos = self.pos(node)
        k, whole = item, None
        if item.type.is_float:  # a whole number inside int64's range
            whole = S.binary(self.b, "BitAnd", S.compare(
                self.b, "Eq", item, S.math1(self.b, "floor", item, pos), pos), S.compare(
                self.b, "Lt", S.absolute(self.b, item, pos),
                self.b.constant(2.0 ** 62, item.type, pos), pos), pos)
            k = S.where(self.b, whole, item, self.b.constant(0.0, item.type, pos), pos)
        k = S.cast(self.b, k, T.int64, pos)
        zero = self.b.constant(0, T.int64, pos)
        offset = S.binary(self.b, "Sub", k, r.start, pos)
        steps = S.binary(self.b, "FloorDiv", offset, r.step, pos)
        found = S.binary(self.b, "BitAnd", S.compare(self.b, "GtE", steps, zero, pos),
                         S.compare(self.b, "Lt", steps, r.length, pos), pos)
        found = S.binary(self.b, "BitAnd", found, S.compare(self.b, "Eq", S.binary(
            self.b, "Mod", offset, r.step, pos), zero, pos), pos)
        return found if whole is None else S.binary(self.b, "BitAnd", found, whole, pos)
