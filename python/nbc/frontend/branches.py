"""`if` statements: scf.if yielding the variables either branch changes
(emit_if_value), or, when both branches end the function, the value
returned (emit_if_returning); a condition known at compile time builds
only the taken branch."""

from .. import types as T
from ..errors import TypingError
from . import scalar as S
from .builder import PyObj, RangeValue, TupleValue, flat_parts
from .common import (NoneStandIn, Undef, decided_truth, is_none_value, none_standin_merged,
                     type_of, unify)


class BranchesMixin:
    def decided(self, test):
        """decided_truth of `test` here: also `x is None` of a name None here,
        as Numba's dead-branch pruning decides it."""
        return decided_truth(test, self.known_nones())

    def known_nones(self):
        return {n for n, v in self.env.items() if is_none_value(v)}

    def emit_if(self, test, body, orelse, node, returning=False):
        decided = self.decided(test)  # as CPython's compiler: the other is not typed
        value = PyObj(self.run_decided(decided)) if decided is not None else self.expr(test)
        if isinstance(value, PyObj) and isinstance(value.obj, (bool, type(None))):
            # Decided at compile time (`x is None`, a constant): only the
            # taken branch is compiled, as Numba prunes dead branches.
            taken = body if value.obj else orelse
            if returning:
                return self.emit_block(taken, inline=True)
            self.emit_block(taken, inline=True)
            return None
        cond = S.truth(self.b, self.materialize(value, test), self.pos(test))
        if returning:
            return self.emit_if_returning(cond, body, orelse, node)
        self.emit_if_value(cond, body, orelse, node)
        return None

    def branch(self, block, stmts, env):
        """Builds `stmts` into `block`: (the value returned, the env after)."""
        self.env = dict(env)
        with self.b.at(block):
            ret = self.emit_block(stmts)
        return ret, self.env

    def emit_if_value(self, cond, body, orelse, node, placeholders=()):
        """`if cond: body else: orelse`; a name in `placeholders` assigned
        on one path only has a placeholder on the other."""
        env0 = self.env
        pos = self.pos(node)
        op, then_block, else_block = self.b.if_begin(cond, pos)
        _, env_t = self.branch(then_block, body, env0)
        _, env_e = self.branch(else_block, orelse, env0)
        names = [n for n in dict.fromkeys(list(env_t) + list(env_e))
                 if env_t.get(n) is not env0.get(n) or env_e.get(n) is not env0.get(n)]
        merged, types, undefined = [], [], []
        for n in names:
            a, c = env_t.get(n, Undef()), env_e.get(n, Undef())
            try:
                ty = unify(type_of(a), type_of(c), f"variable '{n}'")
            except TypingError as e:
                raise self.error(TypingError, str(e), node)
            if ty is None or (not isinstance(ty, T.Scalar) and n != "$retval" and
                              n not in placeholders and
                              (isinstance(a, Undef) or isinstance(c, Undef))):
                if n in env0:  # undefined on one path: not its old value after
                    undefined.append(n)
                continue  # defined on one path only: local to it
            # (A value returned from a loop is read only when the loop
            # returned: a placeholder stands in on the other path.)
            merged.append(n)
            types.append(ty)
        standins = {n: none_standin_merged(env_t.get(n), env_e.get(n)) for n in merged}
        for block, env in ((then_block, env_t), (else_block, env_e)):
            self.env = env
            with self.b.at(block):
                vals = []
                for n, ty in zip(merged, types):
                    v = env.get(n, Undef())
                    if standins[n] is not None:  # its flag: False where set to None
                        vals.append(v.flag if isinstance(v, NoneStandIn) else
                                    self.b.constant(False, T.boolean, pos))
                        continue
                    vals.extend(self.flatten(self.coerce(v, ty, node)))
                self.b.scf_yield(vals, pos)
        flat = [t for n, ty in zip(merged, types)
                for t in ([T.boolean] if standins[n] else flat_parts(ty))]
        values = iter(self.b.if_finish(op, flat, pos))
        self.env = dict(env0)
        self.env.update((n, Undef()) for n in undefined)
        for n, ty in zip(merged, types):
            s = standins[n]
            self.env[n] = s.derived(next(values)) if s else self.rebuild(ty, values)


    def rebuild(self, ty, values):
        """A value of type `ty` from the iterator of its flat MLIR `values`
        (flat_parts): a plain tuple's items rebuilt in turn."""
        if isinstance(ty, T.NoneType):
            return PyObj(None)  # None on every path: still known at compile time
        if isinstance(ty, T.Range):
            return RangeValue(*[next(values) for _ in ty.items])
        if type(ty) is T.Tuple:
            return TupleValue([self.rebuild(t, values) for t in ty.items], cls=ty.cls)
        if isinstance(ty, T.Tuple):
            return TupleValue([next(values) for _ in ty.items], ty, cls=ty.cls)
        return next(values)

    def emit_if_returning(self, cond, body, orelse, node):
        """An if whose branches both end the function: yields the result."""
        env0 = self.env
        pos = self.pos(node)
        op, then_block, else_block = self.b.if_begin(cond, pos)
        blocks, outs = (then_block, else_block), []
        for block, stmts in zip(blocks, (body, orelse)):
            ret, env = self.branch(block, stmts, env0)
            with self.b.at(block):
                outs.append(self.coerce_return(TupleValue([]) if ret is None else ret,
                                               node))
        self.env = env0
        # A merge point: both branches are built, so their types decide the
        # result's (forward, no rebuilding); each branch converts to it.
        try:
            merged = unify(outs[0].type, outs[1].type, "the return value")
        except TypingError as e:
            raise self.error(TypingError, str(e), node)
        for block, ret in zip(blocks, outs):
            with self.b.at(block):
                self.b.scf_yield(self.flatten(self.coerce(ret, merged, node)), pos)
        flat = flat_parts(merged) if isinstance(merged, T.Tuple) else [merged]
        return self.rebuild(merged, iter(self.b.if_finish(op, flat, pos)))
