"""`try`/`except` in kernels: the body is an nbc.try with one `caught`
flag per `except` clause (the exception kinds each clause's classes cover,
as `issubclass` says; an exception no clause names propagates), which pick
the handler or the `else` block. With `finally`, all that is the body of an
`nbc.try pending` (PendingTry) holding what it raised; the `finally` block
follows it, then `nbc.reraise`. Scalar variables the body assigns live in
0-d arrays while it runs (stored at each assignment), so a handler (and
the `finally` block) sees the values they had when the exception was
raised, as in Python; other values the body rebinds (arrays, lists,
tuples) are its results, undefined in the handler."""

import ast

from .. import types as T
from ..errors import EXCEPTION_KINDS, TypingError, UnsupportedError
from .builder import PyObj, TupleValue, Value, flat_parts, optional_parts
from .common import Undef, assigned_names, contains, is_none_value
from .liveness import reads
from .loop_carried import LoopFrame


class Unbind(ast.stmt):
    """Marks `names` undefined (the handler of a try that rebound them)."""
    _fields = ()

    def __init__(self, names, **kw):
        super().__init__(**kw)
        self.names = names


class Rebind(ast.stmt):
    """Binds `values` (name -> value): what a try body left, in its `else`."""
    _fields = ()

    def __init__(self, values, **kw):
        super().__init__(**kw)
        self.values = values


class Reraise(ast.stmt):
    """Raises again the exception the PendingTry `name` holds (if any)."""
    _fields = ()

    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name


class PendingTry(ast.Try):
    """`try: <body> finally: <finalbody>` whose body's exception (one no
    clause caught, or an except/else block's) is held while `finalbody`
    (ending in a Reraise) runs."""


class TryFrame:
    def __init__(self, op, parent, names, env0):
        self.op = op
        self.env0 = env0      # the variables before the try
        self.parent = parent  # the block holding the nbc.try
        self.names = names    # what the body may assign
        self.slots = {}       # name -> 0-d array holding its current value
        self.has_value = {}   # name -> 0-d bool array: an optional's flag slot
        self.loop = None      # the loop frame a jump in the body sets flags of


def kind_of(v):
    t = getattr(v, "type", None)
    for cls, name in ((T.List, "a list"), (T.Dict, "a dict"), (T.Set, "a set"),
                      (T.Array, "an array")):
        if isinstance(t, cls):
            return name
    return "a tuple" if isinstance(t, T.Tuple) else "a value"


class TryMixin:
    try_frames = ()
    finally_held = ()  # try statements whose `finally` a PendingTry runs

    def check_try(self, stmt):
        for handler in stmt.handlers:
            if handler.name is not None and any(
                    isinstance(n, ast.Name) and n.id == handler.name
                    for s in handler.body for n in ast.walk(s)):
                raise self.error(UnsupportedError, f"`except ... as {handler.name}`: "
                                 f"using '{handler.name}' is not supported: the "
                                 "exception object does not exist in compiled code",
                                 handler, "tell the cases apart with several except "
                                 "clauses")

    def catch_clauses(self, stmt):
        """The exception kinds each handler of `stmt` catches, or None when
        a single handler catches every exception."""
        clauses = [self.handler_kinds(h) for h in stmt.handlers]
        if clauses == [None]:
            return None
        return [list(EXCEPTION_KINDS) if c is None else c for c in clauses]

    def handler_kinds(self, handler):
        """The ABI kinds whose Python class is a subclass of one of the
        classes `handler` names (None for `Exception` or a bare except)."""
        if handler.type is None:
            return None
        nodes = handler.type.elts if isinstance(handler.type, ast.Tuple) else \
            [handler.type]
        classes = []
        for node in nodes:
            v = self.expr(node)
            obj = v.obj if isinstance(v, PyObj) else None
            for cls in obj if isinstance(obj, tuple) else (obj,):
                if not (isinstance(cls, type) and issubclass(cls, BaseException)):
                    what = getattr(cls, "__name__", None) or kind_of(v)
                    raise self.error(TypingError, f"`except` needs exception classes, "
                                     f"not {what} (catching classes that do not "
                                     "inherit from BaseException is not allowed)", node)
                classes.append(cls)
        if any(issubclass(Exception, cls) for cls in classes):
            return None
        return [k for k, cls in EXCEPTION_KINDS.items() if issubclass(cls, tuple(classes))]

    def emit_try(self, stmt, rest):
        """The try statement `stmt`, then `rest` (the statements after it,
        built inside the handler's if when a branch returns)."""
        self.check_try(stmt)
        if stmt.finalbody and not isinstance(stmt, PendingTry) and \
                stmt not in self.finally_held:
            return self.emit_try_finally(stmt, rest)
        pos = self.pos(stmt)
        # A return, break or continue in the body sets flags, as in a loop
        # body; the body's rest is skipped, then `else` and the statements
        # after the try (once `finally` ran).
        returns = contains(stmt.body, ast.Return, stop_at_loops=False)
        function_level = returns and not self.loops
        if function_level:  # returns leave through "$ret", as from a loop
            self.env["$ret"] = self.b.constant(False, T.boolean, pos)
        loop = LoopFrame(0) if function_level else self.loops[-1] if self.loops else None
        jumps = {"$ret": returns, "$retval": returns,
                 getattr(loop, "brk", ""): returns or contains(stmt.body, ast.Break,
                                                               stop_at_loops=True),
                 getattr(loop, "cont", ""): contains(stmt.body, ast.Continue,
                                                     stop_at_loops=True)}
        jumps = [name for name, used in jumps.items() if used]
        return self.emit_try_jumping(stmt, rest, jumps, loop if function_level else None)

    def emit_try_finally(self, stmt, rest):
        """`stmt` with its `finally`: the rest of it (its body, or the whole
        try without `finally` when it has clauses) in a PendingTry, whose
        `finally` block re-raises what the rest raised. A jump out of the
        rest sets flags: the `finally` block runs before it is taken."""
        loc = {"lineno": stmt.lineno, "col_offset": stmt.col_offset}
        held = PendingTry(body=[stmt] if stmt.handlers else stmt.body, handlers=[],
                          orelse=[], finalbody=stmt.finalbody +
                          [Reraise(f"$pending{id(stmt)}", **loc)], **loc)
        saved = self.finally_held
        self.finally_held = saved + (stmt,)
        try:
            return self.emit_try(held, rest)
        finally:
            self.finally_held = saved

    def emit_try_jumping(self, stmt, rest, jumps, returning):
        """emit_try, the flags the body's jumps set named in `jumps`;
        `returning`: the LoopFrame a function-level body returns through."""
        function_level = returning is not None
        pos = self.pos(stmt)
        env0 = dict(self.env)
        pending = isinstance(stmt, PendingTry)
        clauses = None if pending else self.catch_clauses(stmt)
        op, body = self.b.try_begin(pos)
        frame = TryFrame(op, self.b.block, set(assigned_names(stmt.body)) | set(jumps),
                         env0)
        self.try_frames = self.try_frames + (frame,)
        if function_level:
            self.loops.append(returning)
        frame.loop = self.loops[-1] if self.loops else None
        try:
            with self.b.at(body):
                self.emit_block(stmt.body)
                rebound = [n for n in frame.names if n not in frame.slots and
                           self.env.get(n) is not env0.get(n) and
                           not isinstance(self.env.get(n), (Undef, PyObj, type(None)))]
                self.check_rebound(stmt, rebound)
                values = [self.env[n] for n in rebound]
                self.b.nbc_yield([x for v in values for x in self.flatten(v)], pos)
        finally:
            self.try_frames = self.try_frames[:-1]
            if function_level:
                self.loops.pop()
        types = [t for v in values for t in flat_parts(v.type)]
        flags = 0 if pending else 1 if clauses is None else len(clauses)
        results = self.b.try_finish(op, types, pos, clauses, pending)
        held = results.pop(0) if pending else None
        caught, flat = results[:flags], iter(results[flags:])
        self.env = env0
        if pending:
            self.env[stmt.finalbody[-1].name] = held
        for name, slot in frame.slots.items():
            self.env[name] = self.b.load(slot, [], pos)
            if name in frame.has_value:  # None before the try, or an optional
                flag = self.b.load(frame.has_value[name], [], pos)
                self.env[name] = TupleValue([flag, self.env[name]],
                                            T.Optional(self.env[name].type))
        after = {n: self.rebuild(v.type, flat) for n, v in zip(rebound, values)}
        loc = {"lineno": stmt.lineno, "col_offset": stmt.col_offset}
        jumped = [ast.Name(id=n, ctx=ast.Load(), **loc) for n in jumps if n != "$retval"
                  and n in self.env]
        orelse = stmt.orelse
        if jumped:  # `else` and what follows run when the body did not jump
            went = jumped[0] if len(jumped) == 1 else ast.BoolOp(op=ast.Or(),
                                                                 values=jumped, **loc)
            stay = ast.UnaryOp(op=ast.Not(), operand=went, **loc)
            if orelse:
                orelse = [ast.If(test=stay, body=orelse, orelse=[], **loc)]
            if function_level:
                rest = [ast.If(test=ast.Name(id="$ret", ctx=ast.Load(), **loc),
                               body=[ast.Return(value=ast.Name(
                                   id="$retval", ctx=ast.Load(), **loc), **loc)],
                               orelse=rest, **loc)]
            elif rest:
                rest = [ast.If(test=stay, body=rest, orelse=[], **loc)]
        # if caught0: handler0 elif caught1: handler1 ... else: orelse
        branch = [Rebind(after, **loc)] + orelse
        for k, (handler, flag) in reversed(list(enumerate(zip(stmt.handlers, caught)))):
            name = f"$caught{id(stmt)}_{k}"
            self.env[name] = flag
            loc = {"lineno": handler.lineno, "col_offset": handler.col_offset}
            branch = [ast.If(test=ast.Name(id=name, ctx=ast.Load(), **loc),
                             body=[Unbind(list(after), **loc)] + handler.body,
                             orelse=branch, **loc)]
        # the `finally` block of a try a PendingTry holds runs after that
        final = [] if stmt in self.finally_held else stmt.finalbody
        return self.emit_live(branch + final + rest)

    def check_rebound(self, stmt, rebound):
        """Arrays, lists, dicts and tuples the body rebinds have no known
        value after an exception caught there (no slot holds them): refused
        when read after the try (or in the handler) unless the handler
        assigns them, instead of reading an undefined value. So is reading
        them in a `finally` block, which runs after an uncaught one too."""
        final = {r for s in stmt.finalbody for r in reads(s)}
        for n in rebound:
            what = kind_of(self.env.get(n))
            if isinstance(stmt, PendingTry) and n in final:
                raise self.error(UnsupportedError, f"'{n}' ({what}) changes in the try "
                                 "block and is read in its finally block: its value "
                                 "after an exception raised there is unknown to nbc",
                                 stmt, "change it after the try, or read it after the "
                                 "try instead of in the finally block")
            if any(n in self.live_after(stmt) | final | {r for s in h.body for r in reads(s)}
                   and n not in assigned_names(h.body) for h in stmt.handlers):
                raise self.error(UnsupportedError, f"'{n}' ({what}) changes in the try "
                                 "block and is used after it: its value after an "
                                 "exception caught there is unknown to nbc", stmt,
                                 "change it after the try (keep the new value in a "
                                 "scalar or a fresh variable), or assign it in "
                                 "every except block too")

    def spill(self, name, node):
        """After `name` is bound in a try body: a scalar's new value goes to
        its slot (made before the try, holding its value from before)."""
        for frame in self.try_frames:
            if name not in frame.names:
                continue
            v = self.env.get(name)
            scalar = isinstance(v, Value) and isinstance(v.type, T.Scalar)
            if is_none_value(v) and not is_none_value(frame.env0.get(name)):
                raise self.error(UnsupportedError, f"'{name}' is set to None in a try "
                                 "block: not supported (set it to None before the "
                                 "try)", node)
            slot = frame.slots.get(name)
            if slot is None:
                if not scalar:
                    continue
                slot = self.new_slot(frame, name, v.type, node)
            if not scalar or T.promote(slot.type.dtype, v.type) != slot.type.dtype:
                raise self.error(TypingError, f"variable '{name}' changes its type in a "
                                 f"try block ({slot.type.dtype} to "
                                 f"{getattr(v, 'type', v)}): give it its final type "
                                 "before the try (e.g. `x = 0.0`)", node)
            self.b.store(self.coerce(v, slot.type.dtype, node), slot, [], self.pos(node))
            if name in frame.has_value:
                self.b.store(self.b.constant(True, T.boolean, self.pos(node)),
                             frame.has_value[name], [], self.pos(node))

    def new_slot(self, frame, name, ty, node):
        """The 0-d array holding `name` in `frame`'s body, made before the try
        and holding the value from before it (its type widened to `ty`)."""
        pos = self.pos(node)
        before = frame.env0.get(name)
        had = None  # None before the try, or an optional: whether it has a value
        if is_none_value(before):
            had, before = False, None
        elif isinstance(before, TupleValue) and isinstance(before.type, T.Optional) \
                and isinstance(before.type.inner, T.Scalar):
            had, before = optional_parts(before)
        if not (isinstance(before, Value) and isinstance(before.type, T.Scalar)):
            before = None
        else:
            ty = T.promote(before.type, ty)
        with self.b.at(frame.parent), self.b.before(frame.op):
            if had is not None:
                flag = self.b.empty(T.Array(T.boolean, 0), [], pos)
                self.b.store(self.b.constant(False, T.boolean, pos) if had is False
                             else had, flag, [], pos)
                frame.has_value[name] = flag
            slot = self.b.empty(T.Array(ty, 0), [], pos)
            # A name the try defines reads as zero after a caught exception
            # that came first, as an unassigned variable does after a loop
            # that ran zero times (CPython raises UnboundLocalError).
            first = self.b.constant(0, ty, pos) if before is None else \
                self.coerce(before, ty, node)
            self.b.store(first, slot, [], pos)
        frame.slots[name] = slot
        return slot
