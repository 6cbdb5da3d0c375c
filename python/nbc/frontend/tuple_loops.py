"""For loops over tuples: unrolled, the body emitted once per item."""

import ast

from .. import types as T
from . import scalar as S
from .common import assigned_names, contains, type_of


class TupleLoopsMixin:
    def for_tuple(self, stmt, value):
        """`for k in (0, 1)` / over a tuple value: unrolled, the body emitted
        once per item (items may differ in type, as Numba's literal_unroll).
        `break`, `continue` and `return` set flags as in other loops: the
        items after a break and the rest of an item's body after a continue
        are skipped, and `else` runs when the loop did not break."""
        may_return = contains(stmt.body, ast.Return, stop_at_loops=False)
        if may_return or contains(stmt.body, (ast.Break, ast.Continue), stop_at_loops=True):
            return self.for_tuple_jumping(stmt, value, may_return)
        for item in value.items:
            self.assign(stmt.target, item, stmt)
            self.emit_block(stmt.body)
        self.run_else(stmt, None)

    def for_tuple_jumping(self, stmt, value, may_return):
        from .loops import LoopFrame  # (loops.py builds on this mixin)
        frame = LoopFrame(len(self.loops) + 1)
        frame.body, frame.assigned = stmt.body, set(assigned_names(stmt.body))
        pos = self.pos(stmt)
        item_name = f"$item{len(self.loops) + 1}"
        bind = ast.copy_location(ast.Assign(targets=[stmt.target], value=ast.copy_location(
            ast.Name(id=item_name, ctx=ast.Load()), stmt)), stmt)
        # an item of another type than the last is the loop's own, not merged
        one_type = len({str(type_of(v)) for v in value.items}) <= 1
        self.env[frame.brk] = self.b.constant(False, T.boolean, pos)
        if may_return and "$ret" not in self.env:
            self.env["$ret"] = self.b.constant(False, T.boolean, pos)
        self.loops.append(frame)
        try:
            for k, item in enumerate(value.items):
                self.env[frame.cont] = self.b.constant(False, T.boolean, pos)
                self.env[item_name] = item
                if k == 0:
                    self.emit_block([bind] + stmt.body)
                    continue
                if not one_type:
                    for n in assigned_names([bind]):
                        self.env.pop(n, None)
                go = S.logical_not(self.b, self.env[frame.brk], pos)
                self.emit_if_value(go, [bind] + stmt.body, [], stmt)
        finally:
            self.loops.pop()
            self.env.pop(item_name, None)
            self.env.pop(frame.cont, None)
        broke = self.env.pop(frame.brk)
        if may_return and self.loops:  # a return leaves the enclosing loop too
            outer = self.loops[-1].brk
            ret = self.env["$ret"]
            self.env[outer] = ret if outer not in self.env else S.binary(
                self.b, "BitOr", self.env[outer], ret, pos)
        self.run_else(stmt, broke)
