"""for/prange -> nbc.prange: which names a parallel loop's body carries
(reductions, whose kinds nbc-recognize-reductions reads from the IR), and
the loop built once, its carried scalars widened by the dialect."""

import ast
from collections import Counter

import numpy as np

from .. import types as T
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .builder import PyObj
from .common import Undef, assigned_names, contains, count_reemit, unify, widening_reason
from .liveness import Liveness
from .loop_carried import LoopFrame


# `acc = acc op x` on an array in a prange is built as `acc op= x`: the
# operators whose in-place update the dialect reduces (WholeArrayUpdates.cpp).
IN_PLACE_REDUCTIONS = (ast.Add, ast.Sub, ast.Mult, ast.BitOr, ast.BitAnd, ast.BitXor)
COMMUTATIVE = (ast.Add, ast.Mult, ast.BitOr, ast.BitAnd, ast.BitXor)


def _is_name(node, name):
    return isinstance(node, ast.Name) and node.id == name


class PrangeLoopsMixin:
    in_place_binops = {}  # id(BinOp) -> the array name it updates in place

    def functional_array_reductions(self, body):
        """The arrays defined before the loop that the body uses only as
        `acc = acc op x` (`acc = x op acc`, op commutative; x not reading
        acc): {name: [the BinOp nodes]}. Each is built as `acc op= x` on a
        copy made before the loop, so the array the name held is left as it
        was, as in Python, and the dialect sees a whole-array reduction."""
        uses, found = Counter(), {}
        for node in ast.walk(ast.Module(body=body, type_ignores=[])):
            if isinstance(node, ast.Name):
                uses[node.id] += 1
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and
                    isinstance(node.targets[0], ast.Name)):
                continue
            name, e = node.targets[0].id, node.value
            if isinstance(e, ast.BinOp) and isinstance(e.op, IN_PLACE_REDUCTIONS) and (
                    _is_name(e.left, name) or (isinstance(e.op, COMMUTATIVE) and
                                               _is_name(e.right, name))):
                found.setdefault(name, []).append(e)
            elif self.numpy_min_max_of(e, name):
                found.setdefault(name, []).append(e)
        # Each update names the array twice (its target and one operand).
        return {n: ops for n, ops in found.items() if uses[n] == 2 * len(ops) and
                isinstance(getattr(self.env.get(n), "type", None), T.Array)}

    def numpy_min_max_of(self, node, name):
        """Whether `node` is `np.maximum(name, x)` or `np.minimum(x, name)`
        (either order), which NumPy computes in place with out=name."""
        func = getattr(node, "func", None)
        if not (isinstance(node, ast.Call) and len(node.args) == 2 and not node.keywords
                and any(_is_name(a, name) for a in node.args) and
                getattr(func, "attr", getattr(func, "id", None)) in ("maximum", "minimum")):
            return False
        fn = self.expr(node.func)
        return isinstance(fn, PyObj) and any(fn.obj is f for f in (np.maximum, np.minimum))

    def in_place_binop(self, node):
        """`acc op x` of functional_array_reductions: `acc op= x`, then acc;
        `np.maximum(acc, x)`: the same with out=acc."""
        name = self.in_place_binops[id(node)]
        if isinstance(node, ast.Call):
            return self.in_place_min_max(name, node)
        other = node.right if _is_name(node.left, name) else node.left
        acc = self.env[name]
        op = type(node.op).__name__
        other = self.materialize(self.expr(other), node)
        form = f"'{name} {S.SYMBOL[op]}= ...'"
        try:
            self.update_in_place(op, acc, other, node)
        except TypingError as e:
            raise self.error(TypingError, f"prange: '{name}' is reduced in place, as "
                             f"{form}: {str(e).splitlines()[0]}", node) from None
        self.refuse_dtype_change(name, [acc, other], form, node)
        return acc

    def in_place_min_max(self, name, node):
        """`acc = np.maximum(acc, x)` (np.minimum, either order) of
        functional_array_reductions: np.maximum(acc, x, out=acc), then acc,
        when the result keeps acc's dtype (else rebinding would change it)."""
        which = "max" if self.expr(node.func).obj is np.maximum else "min"
        acc = self.env[name]
        args = [acc if _is_name(a, name) else self.materialize(self.expr(a), node)
                for a in node.args]
        operands = self.refuse_dtype_change(name, args, f"np.{which}imum(..., out={name})",
                                            node)
        pos = self.pos(node)
        self.array_map(operands, lambda b, a: S.np_minmax(b, which, a[0], a[1], pos), node,
                       outs=[acc])
        return acc

    def refuse_dtype_change(self, name, operands, form, node):
        """The `operands` of an update of the array `name` built in place (as
        `form`), converted as NumPy converts them; a TypingError when their
        result's dtype is not the array's: rebinding the name would change
        its type (as Numba, which cannot unify the two)."""
        acc = self.env[name]
        operands = self.numpy_scalar_operands(operands, node)
        dtype = T.promote(*[getattr(v.type, "dtype", v.type) for v in operands])
        if dtype != acc.type.dtype:
            raise self.error(TypingError, f"prange: '{name}' is reduced in place, as "
                             f"{form}, but the result's dtype {dtype.name()} is not "
                             f"{name}'s {acc.type.dtype.name()}", node)
        return operands

    def updated_in_place(self, body, name):
        """Whether `name` is an array the body only updates in place
        (`a += x`), never rebinds: not a reduction variable."""
        v = self.env.get(name)
        if not isinstance(getattr(v, "type", None), T.Array):
            return False
        for node in ast.walk(ast.Module(body=body, type_ignores=[])):
            targets = node.targets if isinstance(node, ast.Assign) else \
                [node.target] if isinstance(node, (ast.AnnAssign, ast.For,
                                                   ast.NamedExpr)) else []
            for t in targets:
                if any(isinstance(n, ast.Name) and n.id == name and
                       isinstance(n.ctx, ast.Store) for n in ast.walk(t)):
                    return False
        return True

    def prange_variables(self, stmt, body, exclude):
        """Sorts the names a prange body assigns. A name read in an iteration
        before the iteration assigns it carries a value between iterations:
        it must be a reduction (`x op= e`, `x = x op e`, `x = min(x, e)`, ...)
        with a value before the loop. Any other name is private to each
        iteration (inner loop indices, temporaries) and must not be read
        after the loop: its value there would be some iteration's (Numba
        calls it racy). Returns the names of the reductions, whose kinds
        nbc-recognize-reductions reads from the IR of the body."""
        for n in self.containers_passed(body):
            raise self.error(UnsupportedError, f"prange: the {self.env[n].type.name()} "
                             f"'{n}' is passed to a function in the loop body (which "
                             "may change it: iterations would race)", stmt)
        for n in self.tables_updated(body):
            raise self.error(UnsupportedError, f"prange: the dict or set '{n}' is "
                             "inserted into by the loop body (iterations would race): "
                             "fill it in a range loop", stmt)
        carried = Liveness.live_in(body)
        after = self.live_after(stmt)
        names = []
        for n in assigned_names(body):
            if n in exclude or self.updated_in_place(body, n):
                continue
            if n in carried:
                v = self.env.get(n)
                if v is None or isinstance(v, Undef):
                    raise self.error(UnsupportedError, f"prange: variable '{n}' is read "
                                     "in the loop before the iteration assigns it and has "
                                     "no value before the loop", stmt)
                names.append(n)
                if not isinstance(v.type, T.Scalar):
                    raise self.error(UnsupportedError, f"prange: reduction variable '{n}' "
                                     "must be a scalar", stmt)
            elif n in after:
                raise self.error(UnsupportedError, f"prange: variable '{n}' is assigned "
                                 "in the parallel loop and read after it, but it is not a "
                                 "reduction: its value after the loop would be the one of "
                                 "some iteration (use a reduction such as "
                                 f"'{n} += ...', or store per-iteration values in an array)",
                                 stmt)
        return names

    def for_prange(self, stmt, bounds, bind):
        # Inside a try its iterations run in any order: its reductions reach
        # the try's slots when it ends, not at each update.
        saved, self.try_frames = self.try_frames, ()
        try:
            names = self.emit_prange(stmt, bounds, bind)
        finally:
            self.try_frames = saved
        for n in names if self.try_frames else ():
            self.spill(n, stmt)

    def emit_prange(self, stmt, bounds, bind):
        body = stmt.body
        if contains(body, (ast.Break, ast.Return), stop_at_loops=True) or stmt.orelse:
            raise self.error(UnsupportedError, "prange: break, return and else are not "
                             "supported in a parallel loop", stmt)
        in_place = self.functional_array_reductions(body)
        for n in in_place:  # the name's array itself stays as it was
            self.env[n] = self.array_map([self.env[n]], lambda b, a: a[0], stmt)
        saved_binops = self.in_place_binops
        self.in_place_binops = {**saved_binops, **{
            id(e): n for n, ops in in_place.items() for e in ops}}
        try:
            return self.emit_prange_body(stmt, bounds, bind, in_place)
        finally:
            self.in_place_binops = saved_binops

    def emit_prange_body(self, stmt, bounds, bind, in_place):
        body = stmt.body
        names = self.prange_variables(stmt, body, set(bind.names) | set(in_place))
        types = {n: self.env[n].type for n in names}
        env0 = dict(self.env)
        start, stop, step = bounds
        frame = LoopFrame(len(self.loops) + 1)
        pos = self.pos(stmt)
        for _ in range(6):
            self.env = dict(env0)
            mark, saved = self.b.mark(), self.undef_snapshot()
            inits = [self.coerce(env0[n], types[n], stmt) for n in names]
            op, block, iv, accs = self.b.prange(start, stop, step, names, inits, pos)
            with self.b.at(block):
                env = self.loop_body(frame, names, names, accs, body, lambda: bind(iv))
                changed = []
                for n in names:
                    u = unify(types[n], env[n].type, f"variable '{n}'")
                    if u != types[n]:
                        changed.append((n, types[n], u))
                        types[n] = u
                widened = self.widened_names(changed, names)
                if widened is not None:
                    self.b.nbc_yield(self.loop_yields(names, types, env, stmt, widened),
                                     pos)
            flat_types = self.carried_flat_types(names, types, inits)
            if widened:
                op = self.widen_carried(op, flat_types)
            if changed and not (widened and op):
                self.b.rollback(mark)  # built again with the widened types
                self.undef_restore(saved)
                count_reemit(widening_reason(changed, refused=bool(widened)))
                continue
            break
        error = self.b.recognize_reductions(op)
        if error is not None:
            message, line, col = error
            raise self.src.error_at(UnsupportedError, message,
                                    (line, col) if line else self.pos(stmt))
        results = self.b.op_results(op, flat_types)
        self.env = dict(env0)
        for n, r in zip(names, results):
            self.env[n] = r
        for n in bind.names:
            self.env.pop(n, None)
        return names
