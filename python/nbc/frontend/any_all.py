"""The builtins any() and all(), as Python: of a 1-d array (its elements'
truth), a tuple, a list, set, dict or range (a loop that stops at the first
deciding item), and of a generator expression (`any(x > t for x in a)`), a
loop that stops as Python's does, so items after the deciding one are not
evaluated (no IndexError from them)."""

import ast

from .. import types as T
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .builder import PyObj, RangeValue, TupleValue, Value


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
