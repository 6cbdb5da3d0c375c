"""For loops over a call given `*t` (`zip(*np.nonzero(mask))`): the call
with the tuple spread into its items."""

import ast

from .parameters import starred_items


class StarredLoopsMixin:
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
