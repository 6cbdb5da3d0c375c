"""For loops over tuples: unrolled, the body emitted once per item; and
loops over a call given `*t` (`zip(*np.nonzero(mask))`)."""

import ast

from .. import types as T
from . import scalar as S
from .common import assigned_names, contains, type_of
from .parameters import starred_items


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

    @staticmethod
    def starred_call_of(stmt):
        """(node holding it, the call) for `for ... in f(*t)` or
        `enumerate(f(*t))`, else None."""
        holder, it = stmt, stmt.iter
        if isinstance(it, ast.Call) and len(it.args) == 1 and \
                isinstance(it.args[0], ast.Call) and \
                isinstance(it.func, ast.Name) and it.func.id == "enumerate":
            holder, it = it, it.args[0]
        if isinstance(it, ast.Call) and any(isinstance(a, ast.Starred) for a in it.args):
            return holder, it
        return None

    def for_starred(self, stmt):
        """`for y, x in zip(*t)` (or in enumerate(zip(*t))): the loop over
        `zip(t[0], t[1], ...)`, each item of the tuple `t` bound to a
        temporary name while it runs."""
        holder, original = self.starred_call_of(stmt)
        call, spread = starred_items(self, original)
        swap = (lambda c: setattr(stmt, "iter", c)) if holder is stmt else \
            (lambda c: holder.args.__setitem__(0, c))
        swap(call)  # (the source's own node again after)
        try:
            return self.emit_for(stmt)
        finally:
            swap(original)
            for name in spread:
                self.env.pop(name, None)
