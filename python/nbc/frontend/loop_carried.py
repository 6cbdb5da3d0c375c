"""The values a loop carries: their types after the body (types only
widen), the values the body yields, the dialect's widening of a loop whose
carried scalars widen (nbcWidenLoopCarried) and carrying of a variable the
body assigns first (nbcAppendLoopCarried), and which variables a loop need
not carry (Liveness)."""

import ast

from .. import types as T
from ..errors import TypingError
from .builder import TupleValue, Value
from .common import (NoneStandIn, Undef, contains, count_reemit, is_none_value,
                     none_standin_merged, none_standin_reads, type_of, unify, walk_scope)
from .liveness import Liveness


class LoopFrame:
    def __init__(self, depth):
        self.brk = f"$brk{depth}"
        self.cont = f"$cont{depth}"
        self.undefs = {}  # name -> the Undefs standing for it in the body
        # names None before the loop a NoneStandIn may stand for -> read by value
        self.none_names = {}
        self.none_copies = set()  # names copied from them (`y = prev`): bound to the stand-in
        # names None before the loop and read after it that copy them (and
        # `$retval` of `return prev`): optionals made of their parts
        self.optional_copies = set()
        self.standing = set()  # those bound to NoneStandIns in the loop being built
        self.none_standins = {}  # name -> its NoneStandIns in the loop being built
        self.none_flags = []  # (name, outer stand-in) whose flags the loop carries last
        self.outer = {}  # standing name -> its value before the loop (an outer stand-in)
        self.loop = None  # the loop op being built


class LoopCarriedMixin:
    def loop_types_changed(self, names, types, local, env, node):
        """Widens `types` to what the body left in `env`: the changes as
        [(name, old type, new type)] (empty when the types are stable)."""
        changed = []
        for n in names:
            v = env.get(n)
            if v is None or isinstance(v, Undef) or n in local:
                continue
            if types[n] is None and not isinstance(v.type, T.Scalar) and \
                    n != "$retval":
                local.add(n)
                continue
            if types[n] is None and self.dead_after_loop(n, node):
                local.add(n)  # a temporary of the body: nothing to carry
                count_reemit("avoided:temporary-not-carried")
                continue
            try:
                u = unify(types[n], type_of(v), f"variable '{n}'")
            except TypingError as e:
                raise self.error(TypingError, str(e), node)
            if u != types[n]:
                changed.append((n, types[n], u))
                types[n] = u
        return changed

    def loop_yields(self, active, types, env, node, widened=()):
        """The values the body yields, each converted to its carried type;
        the `widened` names yield their values as they are, for the dialect
        to widen the loop to (widen_carried)."""
        vals = []
        for n in active:
            # An optional's parts (a value becomes a flag and the value).
            as_is = n in widened and not isinstance(types[n], T.Optional)
            v = env[n] if as_is else self.coerce(env[n], types[n], node)
            vals.extend(self.flatten(v))
        return vals

    # -- variables first assigned in the body ------------------------------
    # The body sees them as Undef; where it converts one to a value (an
    # scf.if branch or an inner loop's init that has none), coerce records
    # the placeholder, which stands for the carried value once the dialect
    # adds it (undef_uses: Undef -> placeholders).
    def bind_undefs(self, frame, names):
        """Binds `names` to fresh Undefs in the body, kept in `frame`."""
        for n in names:
            u = self.env[n] = Undef()
            frame.undefs.setdefault(n, []).append(u)

    # -- variables None before the loop that the body may give a value ----
    # (`found = None; for ...: if ...: found = i`). The body sees a
    # NoneStandIn; if the loop ends with an optional, the dialect carries its
    # parts (nbcAppendLoopCarried) in place of the stand-in's flag and the
    # parts merges recorded for it, and the loop is built once.
    def find_none_standins(self, frame, names, types, nodes, stmt):
        """Sets frame.none_names to the `names` that are None before the
        loop `stmt` (or an outer loop's stand-in) and that `nodes` read
        only as `is None`/`is not None` (False) or also by value (True:
        none_standin_reads), and frame.none_copies to the names copied
        from them (`y = prev`), which are bound to the same stand-in."""
        arrays = {n for n, v in self.env.items() if isinstance(getattr(v, "type", None), T.Array)}
        frame.none_names, frame.none_copies, frame.optional_copies = {}, set(), set()
        for n in names:
            if isinstance(types[n], T.NoneType) and not n.startswith("$") and \
                    (is_none_value(self.env.get(n)) or
                     isinstance(self.env.get(n), NoneStandIn)):
                copies = {n}
                reads = self.standin_reads(nodes, n, arrays, stmt, copies,
                                           frame.optional_copies)
                if reads is not None:
                    frame.none_names[n] = reads == "value"
                    frame.none_copies |= copies - {n}
        if types.get("$retval", 0) is None and returns_standin(nodes, frame.none_names):
            # `return prev` in the body: the value returned is an optional
            # whose parts the loop carries, as a name None before the loop.
            types["$retval"] = T.none
            frame.none_names["$retval"] = False
            frame.optional_copies.add("$retval")

    def standin_reads(self, nodes, name, arrays, stmt, copies, optional_copies):
        """none_standin_reads of `name` and of the names it is copied to,
        added to `copies`: these must have no value before the loop `stmt`
        and be dead after it (the loop does not carry them), else None. A
        name None before the loop and read after it (`y = prev`, `return
        y`) is added to `optional_copies` instead: a copy is an optional
        made of the stand-in's parts, which the loop carries for it."""
        found = []
        reads = none_standin_reads(nodes, name, arrays, found)
        for c in found:
            if reads is None or c in copies or c in optional_copies:
                continue
            if is_none_value(self.env.get(c)) and \
                    none_standin_reads(nodes, c, arrays) is not None:
                optional_copies.add(c)
                reads = "value"
                continue
            if c in self.env or not self.dead_after_loop(c, stmt):
                return None
            copies.add(c)
            more = self.standin_reads(nodes, c, arrays, stmt, copies, optional_copies)
            reads = None if more is None else "value" if "value" in (reads, more) else reads
        return reads

    def copies_optional(self, name, value):
        """Whether assigning `value` to `name` copies a NoneStandIn as an
        optional (LoopFrame.optional_copies)."""
        return isinstance(value, NoneStandIn) and any(
            name in getattr(f, "optional_copies", ()) for f in self.loops)

    def binds_standin(self, name, value):
        """Whether assigning `value` binds `name` to it: a NoneStandIn of
        that name, or one copied to it (LoopFrame.none_copies)."""
        return isinstance(value, NoneStandIn) and (value.root.name == name or any(
            name in getattr(f, "none_copies", ()) for f in self.loops))

    def start_build(self, frame, types):
        """Resets `frame` for building the loop (again) with `types`."""
        frame.undefs = {}
        frame.none_standins = {}
        frame.none_flags = []
        frame.standing = {n for n in frame.none_names if isinstance(types[n], T.NoneType)}
        frame.outer = {n: self.env.get(n) for n in frame.standing}  # stand-ins of an outer loop

    def bind_none_standins(self, frame, pos):
        """Binds the frame's standing names to fresh NoneStandIns, their flags
        (and values, for names the body reads by value) built at the
        insertion point (the start of a loop region)."""
        for n in sorted(frame.standing):
            flag = self.b.constant(False, T.boolean, pos)
            value = None
            if frame.none_names[n]:
                # An outer loop's value stand-in, so that a loop carrying
                # only the flag (carry_none_flags) reads the outer value.
                outer = frame.outer.get(n)
                value = outer.value if isinstance(outer, NoneStandIn) and \
                    outer.value is not None else self.b.constant(False, T.boolean, pos)
            s = self.env[n] = NoneStandIn(flag, value, name=n)
            s.loop = frame.loop
            frame.none_standins.setdefault(n, []).append(s)

    def record_standin_use(self, standin, optional):
        """Records `optional`, made of the NoneStandIn `standin` (its flag,
        placeholders for the value), as standing for the carried parts; a
        derived stand-in's flag is a real value: it stays."""
        if standin.root is standin:
            self.record_undef(standin, optional)
        else:
            standin.root.derived_uses.append(optional)

    def merge_none_flags(self, sides, blocks, op, pos):
        """The variable after the scf.if `op` whose `blocks` leave it as
        `sides`, None or a NoneStandIn (`x = None if c else x`): the
        stand-in derived with the flag the if yields, False where None."""
        for v, block in zip(sides, blocks):
            with self.b.at(block):
                self.b.scf_yield([v.flag if isinstance(v, NoneStandIn) else
                                  self.b.constant(False, T.boolean, pos)], pos)
        return none_standin_merged(*sides).derived(self.b.if_finish(op, [T.boolean], pos)[0])

    def standin_placeholder(self, standin, t, node):
        """A part of type `t` standing for what the NoneStandIn `standin`'s
        loop carries: an array's is built once, before the loop (not on
        every iteration: the dialect replaces it, the allocation stays)."""
        root = standin.root
        if not isinstance(t, T.Array) or root.loop is None:
            return self.placeholder(t, node)
        if t not in root.placeholders:
            mark = self.b.mark()
            root.placeholders[t] = self.placeholder(t, node)
            self.b.move_before(mark, root.loop)
        return root.placeholders[t]

    def record_undef(self, v, placeholder):
        self.__dict__.setdefault("undef_uses", {}).setdefault(v, []).append(placeholder)

    def undef_snapshot(self):
        return {u: list(p) for u, p in self.__dict__.get("undef_uses", {}).items()}

    def undef_restore(self, saved):
        """Forgets the placeholders of a loop built again (erased)."""
        self.undef_uses = saved

    def plan_carry(self, names, types, local, env, node, active, frame):
        """(the types changed, carry_plan) for the body left in `env`. A
        value read while its type was unknown, widened by the dialect
        (nbcWidenValues), widens what the body computed from it (`total =
        total + prev`): those changes are carried too, widened (or the
        loop is built again)."""
        changed = self.loop_types_changed(names, types, local, env, node)
        plan = self.carry_plan(changed, active, env, frame, types)
        more = self.loop_types_changed(names, types, local, env, node) if plan else []
        if not more:
            return changed, plan
        widened = self.widened_names(more, active)
        if widened is None:
            return changed + more, None
        return changed + more, (plan[0] | widened,) + plan[1:]

    def carry_plan(self, changed, active, env, frame, types):
        """How the dialect finishes a loop whose `changed` types
        (loop_types_changed) differ from those it was built with:
        (widened names, {new name: [(part, its placeholders in the body)]},
        the standing names still None), or None when the loop must be built
        again. A new name is one the body assigns first (it had no value
        before the loop) and that is read after the loop: a scalar, or a
        tuple of scalars (a returned one); its placeholders must have its
        type. A standing name (None before the loop) that the body made an
        optional is new too: its parts are carried from None's (the value
        returned, `$retval`, last: made of another's, its type follows
        theirs as the dialect widens them)."""
        widened = self.widened_names([c for c in changed if c[1] is not None and
                                      c[0] not in frame.standing], active)
        if widened is None:
            return None
        uses = self.__dict__.get("undef_uses", {})
        new = {}
        # Optionals made of another stand-in's parts last: their types
        # follow as the dialect widens those.
        for n, old, t in sorted(changed, key=lambda c: c[0] in frame.optional_copies):
            if n in frame.standing:
                t = types[n] = retyped_optional(env.get(n), t)
                parts = self.optional_standin_parts(n, env.get(n), t, frame, uses)
                if parts is None:
                    return None
                new[n] = parts
                continue
            if old is not None:
                continue
            parts = self.carried_parts(env.get(n), t)
            stands = [self.carried_parts(p, t) for u in frame.undefs.get(n, ())
                      for p in uses.get(u, ())]
            if n in active or parts is None or None in stands:
                return None
            # Each part is carried on its own, with its parts' stand-ins.
            new[n] = [(x, [s[k] for s in stands]) for k, x in enumerate(parts)]
        return widened, new, frame.standing - set(new)

    def optional_standin_parts(self, n, v, t, frame, uses):
        """carry_plan's parts of the standing name `n`, which the body left
        as `v` of the optional type `t`: each part of `v` with its stand-ins
        (the flags of n's NoneStandIns, the parts merges recorded for them,
        the values read); None when the loop must be built again (a stand-in
        taken for None, parts other than scalars, a stand-in the dialect
        cannot widen to its part's type: nbcWidenValues)."""
        standins = frame.none_standins.get(n, [])
        if not isinstance(t, T.Optional) or any(s.collapsed for s in standins):
            return None
        parts = self.scalar_parts(self.coerce(v, t, frame.body[0]), t)
        if parts is None:
            return None
        # A merge before a wider value (`x = i`, later `x = a[i]`) recorded
        # narrower parts; a value read is a bool placeholder. An optional
        # made of a derived stand-in keeps its flag (None: not a stand-in).
        stands = [optional_items(p, t) for s in standins for p in uses.get(s, ())]
        derived = [optional_items(p, t) for s in standins for p in s.derived_uses]
        read = [s for s in standins if s.value_read]
        if None in stands or None in derived or (read and len(parts) != 2):
            return None
        stands += [[None] + d[1:] for d in derived] + [[s.flag, s.value] for s in read]
        widen = [(p, x.type) for st in stands for p, x in zip(st, parts)
                 if p is not None and p.type != x.type]
        if any(not isinstance(t, T.Scalar) for _, t in widen) or \
                (widen and self.b.widen_values([p for p, _ in widen],
                                               [x for _, x in widen]) is not None):
            return None
        flags = [s.flag for s in standins if not s.value_read]
        return [(x, [st[k] for st in stands if st[k] is not None] +
                 (flags if k == 0 else [])) for k, x in enumerate(parts)]

    def scalar_parts(self, v, t):
        """The values of `v`, a scalar, a tuple of scalars or an optional
        scalar (or tuple) of type `t`; None for anything else."""
        if isinstance(t, T.Optional):
            return optional_items(v, t) if getattr(v, "type", None) == t else None
        if isinstance(t, T.Scalar):
            return [v] if isinstance(v, Value) and v.type == t else None
        if type(t) is not T.Tuple or not isinstance(v, TupleValue) or \
                v.type != t or not all(isinstance(x, T.Scalar) for x in t.items):
            return None
        return v.items if all(isinstance(x, Value) for x in v.items) else None

    @staticmethod
    def carried_parts(v, t):
        """The values of `v`, of type `t`, that a loop carries for a new
        name: a scalar, an array, or a tuple of those (a returned list,
        dict, set or tuple of them, as the arrays they are returned as;
        placeholders are plain tuples of the same parts); None for
        anything else (an optional: optional_standin_parts)."""
        if isinstance(t, (T.Scalar, T.Array)):
            return [v] if isinstance(v, Value) and v.type == t else None
        if not isinstance(t, T.Tuple) or isinstance(t, (T.Optional, T.Updated)) or \
                not isinstance(v, TupleValue) or len(v.items) != len(t.items):
            return None
        if not all(isinstance(x, Value) and x.type == i and isinstance(i, (T.Scalar, T.Array))
                   for x, i in zip(v.items, t.items)):
            return None
        return list(v.items)

    def finish_carried(self, op, plan, env, env0, active, inits, types, node, frame):
        """The loop `op` as `plan` (carry_plan) says: the new names carried
        (nbcAppendLoopCarried, appended to `active` and `inits`), then the
        widened ones widened; None when the loop must be built again."""
        if plan is None:
            return None
        widened, new, plain_none = plan
        # An optional made of another stand-in's parts first: that one's
        # appending then replaces the parts it yields.
        for n, parts in sorted(new.items(),
                               key=lambda item: item[0] not in frame.optional_copies):
            # The rebuilt loop's init: a placeholder (reading the variable
            # after a loop that never assigned it gives it, as before).
            mark = self.b.mark()
            init = self.coerce(env0.get(n, Undef()), types[n], node)
            self.b.move_before(mark, op)
            for x, (yielded, stands) in zip(self.flatten(init), parts):
                op = self.b.append_loop_carried(op, x, yielded, stands)
                if op is None:
                    return None
            active.append(n)
            inits.append(init)
            count_reemit("avoided:appended-in-dialect")
        if widened:
            op = self.widen_carried(op, self.carried_flat_types(active, types, inits))
        if op is not None:
            op = self.carry_none_flags(op, plain_none, env, env0, frame)
        return op

    # -- an outer loop's stand-in that an inner loop may set to None -------
    def carry_none_flags(self, op, names, env, env0, frame):
        """The loop `op` carrying the flag of each of `names` (None before
        and after its body) that stands for an outer loop's optional: the
        inner loop may set it to None again. After `op` the variable is that
        stand-in derived with the loop's flag (frame.none_flags). One the
        dialect cannot carry so (an optional made of it) is collapsed: the
        outer loop is built again."""
        frame.none_flags = []
        for n in sorted(names):
            outer, last = env0.get(n), env.get(n)
            if not isinstance(outer, NoneStandIn):
                continue
            standins = frame.none_standins.get(n, [])
            uses = self.__dict__.get("undef_uses", {})
            grown = None
            if isinstance(last, NoneStandIn) and last.root in standins and not any(
                    s.collapsed or s.derived_uses or uses.get(s) or
                    (s.value_read and s.value is not outer.value) for s in standins):
                grown = self.b.append_loop_carried(op, outer.flag, last.flag,
                                                   [s.flag for s in standins])
            if grown is None:
                outer.root.collapsed = True
                continue
            # The value read in the body is the outer one (bind_none_standins).
            outer.root.value_read |= any(s.value_read for s in standins)
            op = grown
            frame.none_flags.append((n, outer))
            count_reemit("avoided:flag-appended-in-dialect")
        return op

    def none_flags_after(self, frame, op):
        """Binds the names whose flags carry_none_flags appended to `op` (its
        last results) to their stand-ins derived with them."""
        if not frame.none_flags:
            return
        results = self.b.op_results(op, [T.boolean] * len(self.b.result_types(op)))
        for (n, outer), flag in zip(frame.none_flags, results[-len(frame.none_flags):]):
            self.env[n] = outer.derived(flag)

    @staticmethod
    def widened_names(changed, active):
        """The names whose `changed` types (loop_types_changed) the dialect
        widens in the loop as built: scalars (or optional scalars, whose
        value part widens) carried from before the loop.
        None when the loop must be built again (a new or non-scalar one)."""
        names = set()
        for n, old, new in changed:
            if n not in active or not (isinstance(old, T.Scalar) and isinstance(new, T.Scalar)
                                       or is_optional_scalar(old) and is_optional_scalar(new)):
                return None
            names.add(n)
        return names

    def carried_flat_types(self, active, types, inits):
        """The types of the loop's flat carried values: each init's parts,
        or the carried scalar's (widened) type."""
        out = []
        for n, v in zip(active, inits):
            parts = self.flatten(v)
            if isinstance(types[n], T.Scalar) and len(parts) == 1:
                out.append(types[n])
            elif is_optional_scalar(types[n]) and len(parts) == 2:
                out.extend(types[n].items)
            else:
                out.extend(p.type for p in parts)
        return out

    def widen_carried(self, op, flat_types):
        """The loop `op`, its yields wider than its carried values, retyped
        by the dialect (nbcWidenLoopCarried: the same types for every
        frontend); None when the loop must be built again."""
        new = self.b.widen_loop_carried(op)
        if new is None:
            return None
        got = self.b.result_types(new)
        if len(got) != len(flat_types) or any(
                isinstance(t, T.Scalar) and self.b.ty(t) != h
                for t, h in zip(flat_types, got)):
            return None  # the dialect and the frontend disagree: build again
        count_reemit("avoided:widened-in-dialect")
        return new

    def remember_origin(self, built, node):
        """The loops in `built`, which the frontend made for the user's
        `node` (a loop it rewrites, or an expression), are judged by
        dead_after_loop as `node`."""
        self.live_after(node)  # the liveness of the user's statements
        for n in ast.walk(built):
            if isinstance(n, (ast.For, ast.While)) and \
                    id(n) not in self._liveness.after:
                self.synthetic_origins[id(n)] = (n, node)

    def dead_after_loop(self, name, stmt):
        """Whether `name`, which the loop `stmt` assigns and had no value
        before it (or which is its own variable), is never read after it
        (Liveness): each iteration assigns it before reading it, so the loop
        need not carry it. Not decided for loops with `else`,
        functions with nested scopes (closures read names Liveness does not
        see) and the frontend's internal flags."""
        origin = self.synthetic_origins.get(id(stmt), (None, None))[1]
        if name.startswith("$") or getattr(stmt, "orelse", None) or \
                getattr(origin, "orelse", None):
            return False
        if getattr(self, "_nested_scopes", None) is None:
            self._nested_scopes = contains(
                self.src.fdef.body, (ast.FunctionDef, ast.AsyncFunctionDef,
                                     ast.Lambda, ast.ClassDef), stop_at_loops=False)
        if self._nested_scopes:
            return False
        self.live_after(stmt)
        if isinstance(origin, ast.expr):
            # A comprehension's variables are its own (Python 3), unless
            # `:=` binds one in the enclosing scope.
            return not contains([origin], ast.NamedExpr, stop_at_loops=False)
        after = self._liveness.after.get(id(origin or stmt))
        return after is not None and name not in after

    def live_after(self, stmt):
        """Names read after `stmt` (before being assigned again)."""
        if getattr(self, "_liveness", None) is None:
            self._liveness = Liveness.of_function(self.src.fdef.body)
        return self._liveness.after.get(id(stmt), set())


def returns_standin(nodes, none_names):
    """Whether each return in the statements `nodes` returns one of
    `none_names` that is read by value (`return prev`: a NoneStandIn with a
    value)."""
    returns = [n for top in nodes for n in walk_scope(top) if isinstance(n, ast.Return)]
    return bool(returns) and all(isinstance(n.value, ast.Name) and
                                 none_names.get(n.value.id) for n in returns)


def retyped_optional(v, t):
    """The optional type `t` of `v`, or the wider one its scalar value now
    has (the dialect widened a stand-in it was made of)."""
    if isinstance(t, T.Optional) and isinstance(v, TupleValue) and len(v.items) == 2 and \
            isinstance(v.items[1], Value) and isinstance(t.inner, T.Scalar) and \
            isinstance(v.items[1].type, T.Scalar) and v.items[1].type != t.inner:
        wider = T.Optional(v.items[1].type)
        return wider if unify(t, wider, "a returned optional") == wider else t
    return t


def is_optional_scalar(t):
    return isinstance(t, T.Optional) and isinstance(t.inner, T.Scalar)


def optional_items(v, t):
    """The parts of `v`, an optional of scalars (or of an array) with as
    many parts as the optional type `t` (perhaps narrower ones), or None."""
    ok = isinstance(v, TupleValue) and isinstance(v.type, T.Optional) and \
        len(v.items) == len(t.items) and \
        all(isinstance(x, Value) and isinstance(x.type, (T.Scalar, T.Array))
            for x in v.items)
    return v.items if ok else None
