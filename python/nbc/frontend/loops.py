"""Loops: for/range -> nbc.range, while -> scf.while (for/prange ->
nbc.prange in prange_loops.py)."""

import ast

import numpy as np

from .. import types as T
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .tuple_index import indexed_tuple_loop, uniform_items
from .builder import PyObj, RangeValue, TupleValue, Value, numba_function_name
from .common import (NoneStandIn, Undef, assigned_names, contains, count_reemit,
                     names_set_to_none, type_of, widening_reason)
from .dicts import TableView
from .strings import is_string
from .loop_carried import LoopCarriedMixin, LoopFrame
from .prange_loops import PrangeLoopsMixin
from .tuple_loops import TupleLoopsMixin


def is_prange(obj):
    """nbc.prange or numba.prange."""
    return numba_function_name(obj) == "prange"


class LoopsMixin(LoopCarriedMixin, PrangeLoopsMixin, TupleLoopsMixin):
    # -- shared machinery ------------------------------------------------------
    def loop_setup(self, body, exclude):
        """Names carried around a loop and their starting types."""
        frame = LoopFrame(len(self.loops) + 1)
        may_return = contains(body, ast.Return, stop_at_loops=False)
        may_break = may_return or contains(body, ast.Break, stop_at_loops=True)
        frame.body, frame.assigned = body, set(assigned_names(body))  # for list_nesting
        names = [n for n in frame.assigned if n not in exclude]
        names += [n for n in self.tables_updated(body) + self.containers_passed(body)
                  + self.array_list_rebinds(body) if n not in names + list(exclude)]
        if may_return:
            if "$ret" not in self.env:
                self.env["$ret"] = self.b.constant(False, T.boolean, self.pos(body[0]))
            names += [n for n in ("$ret", "$retval") if n not in names]
        if may_break:
            names.append(frame.brk)
        types = {}
        for n in names:
            v = self.env.get(n)
            types[n] = type_of(v) if v is not None else None
        if frame.brk in types:
            types[frame.brk] = T.boolean
        if "$retval" in types and types["$retval"] is None and self.ret_type is not None:
            types["$retval"] = self.ret_type
        for n in names_set_to_none(body):
            # A value the body may set to None (`best = None`) is carried
            # as the optional it becomes, not found so after a first build.
            if isinstance(types.get(n), (T.Scalar, T.Array)):
                types[n] = T.Optional(types[n])
        return frame, names, types, may_break, may_return

    def loop_inits(self, names, types, local, node, standing=()):
        active = [n for n in names
                  if types[n] is not None and n not in local and n not in standing]
        inits = []
        for n in active:
            v = self.env.get(n, Undef())
            if n.startswith("$brk"):
                v = self.b.constant(False, T.boolean, self.pos(node))
            inits.append(self.coerce(v, types[n], node))
        return active, inits

    def flat_values(self, values):
        """Loop-carried values as MLIR values: tuples (and optionals) carry
        each of their parts."""
        return [x for v in values for x in self.flatten(v)]

    def regroup(self, types, flat):
        """The carried values of `types` from their flat MLIR values."""
        flat = iter(flat)
        return [self.rebuild(t, flat) for t in types]

    def loop_body(self, frame, names, active, args, body, setup):
        """Emits the body with carried names bound to `args`; returns env."""
        self.bind_undefs(frame, names)
        self.bind_none_standins(frame, self.pos(body[0]))
        for n, a in zip(active, args):
            self.env[n] = a
        self.env[frame.cont] = self.b.constant(False, T.boolean, self.pos(body[0]))
        setup()
        self.loops.append(frame)
        try:
            self.emit_block(body)
        finally:
            self.loops.pop()
        return self.env

    def after_loop(self, frame, env0, active, results, node, exclude, may_return):
        self.env = dict(env0)
        for n, r in zip(active, results):
            self.env[n] = r
        for n in exclude:
            self.env.pop(n, None)
        broke = self.env.pop(frame.brk, None)
        if may_return and self.loops:
            outer = self.loops[-1].brk
            cur = self.env.get(outer)
            ret = self.env["$ret"]
            self.env[outer] = ret if cur is None else S.binary(
                self.b, "BitOr", cur, ret, self.pos(node))
        return broke

    def run_else(self, stmt, broke):
        if not stmt.orelse:
            return
        if not self.loops and contains(stmt.orelse, ast.Return, stop_at_loops=False):
            # The function's rest follows it: emit_live's after_returning_loop.
            self.env["$else"] = self.b.constant(True, T.boolean, self.pos(stmt)) \
                if broke is None else S.logical_not(self.b, broke, self.pos(stmt))
            return
        if broke is None:
            self.emit_block(stmt.orelse)
        else:
            go = S.logical_not(self.b, broke, self.pos(stmt))
            self.emit_if_value(go, stmt.orelse, [], stmt)

    # -- for -------------------------------------------------------------------
    def emit_for(self, stmt):
        it = stmt.iter
        if self.starred_call_of(stmt) is not None:
            return self.for_starred(stmt)  # zip(*np.nonzero(mask))
        fn = self.expr(it.func) if isinstance(it, ast.Call) else None
        if isinstance(fn, PyObj) and fn.obj is range:
            bounds = self.range_bounds(it)
            return self.for_range(stmt, bounds, self.bind_target(stmt.target), "range")
        if isinstance(fn, PyObj) and is_prange(fn.obj):
            bounds = self.range_bounds(it)
            return self.for_range(stmt, bounds, self.bind_target(stmt.target), "prange")
        if isinstance(fn, PyObj) and self.for_over_lists(stmt, fn):
            return None
        items = self.zipped_tuples(fn.obj, it) if isinstance(fn, PyObj) and \
            fn.obj in (enumerate, zip) else None
        if items is not None:  # over tuples (tuple_loops.py)
            return self.for_tuple(stmt, items)
        if isinstance(fn, PyObj) and fn.obj in (enumerate, np.ndenumerate) and \
                self.for_flat_enumerated(stmt, it, fn.obj):
            return None
        if isinstance(fn, PyObj) and fn.obj is enumerate:
            if len(it.args) != 1 or it.keywords or not (
                    isinstance(stmt.target, ast.Tuple) and len(stmt.target.elts) == 2):
                raise self.error(UnsupportedError, "enumerate: use `for i, x in "
                                 "enumerate(array)` or `enumerate(zip(...))`", stmt)
            s = self.enumerated_string(it)
            if s is not None:
                return self.for_string(stmt, s, *reversed(stmt.target.elts))
            table = self.enumerated_table(it.args[0])
            if table is not None:  # enumerate(d.items()) and the like
                return self.for_table(stmt, table, stmt.target.elts[1],
                                      stmt.target.elts[0])
            arrays, targets = self.iterated_arrays(it.args[0], stmt.target.elts[1], stmt)
            return self.for_arrays(stmt, arrays, targets, stmt.target.elts[0])
        if isinstance(fn, PyObj) and fn.obj is np.ndindex:
            return self.for_index_space(stmt, self.ndindex_sizes(it), None)
        if isinstance(fn, PyObj) and fn.obj is np.nditer:
            return self.for_nditer(stmt, it)
        if isinstance(it, ast.Attribute) and it.attr == "flat":
            base = self.materialize(self.expr(it.value), it.value)
            if isinstance(getattr(base, "type", None), T.Array):
                sizes = [self.dim(base, k, it) for k in range(base.type.ndim)]
                return self.for_index_space(stmt, sizes, base)
        value = None
        if not (isinstance(fn, PyObj) and fn.obj is zip):
            value = self.expr(it)
            if isinstance(value, RangeValue):  # r = range(...); for i in r
                bounds = [value.start, value.stop, value.step]
                return self.for_range(stmt, bounds, self.bind_target(stmt.target), "range")
            if isinstance(value, PyObj) and isinstance(value.obj, tuple):
                value = self.materialize(value, it)
            if isinstance(value, TupleValue):
                return self.for_tuple(stmt, value)
            if is_string(value):
                return self.for_string(stmt, value)
            if isinstance(value, Value) and isinstance(value.type, T.List):
                return self.for_list(stmt, value)
            if isinstance(value, TableView) or (isinstance(value, Value) and
                                                isinstance(value.type, (T.Dict, T.Set))):
                return self.for_table(stmt, value)
        arrays, targets = self.iterated_arrays(it, stmt.target, stmt, value)
        return self.for_arrays(stmt, arrays, targets, None)

    def ndindex_sizes(self, call):
        """The extents of `np.ndindex(shape)` / `np.ndindex(n, m, ...)`."""
        if call.keywords:
            raise self.error(UnsupportedError, "np.ndindex takes no keyword arguments",
                             call)
        args = [self.materialize(self.expr(a), a) for a in call.args]
        if len(args) == 1 and isinstance(args[0], TupleValue):
            args = args[0].items
        for a in args:
            if isinstance(a, TupleValue) or not isinstance(a.type, T.Scalar) or \
                    a.type.is_float:
                raise self.error(TypingError, "np.ndindex takes a shape: a tuple of "
                                 "integers or integers", call)
        sizes = [S.cast(self.b, a, T.int64, self.pos(call)) for a in args]
        zero = self.b.constant(0, T.int64, self.pos(call))
        for n in sizes:  # an empty loop otherwise; NumPy's error and message
            self.raise_if(S.compare(self.b, "Lt", n, zero, self.pos(call)), "ValueError",
                          "negative dimensions are not allowed", call)
        return sizes

    def for_index_space(self, stmt, sizes, array):
        """`for idx in np.ndindex(...)` (idx: a tuple of indices) or `for x in
        a.flat` (x: each element, in C order), as nested range loops."""
        def name(n):
            return ast.Name(id=n, ctx=ast.Load())

        if array is None:
            return self.for_indices(stmt, sizes, "np.ndindex", lambda ivs, tag: ast.Tuple(
                elts=[name(v) for v in ivs], ctx=ast.Load()))

        def element(ivs, tag):
            self.env[f"$a{tag}"] = array
            return ast.Subscript(value=name(f"$a{tag}"), slice=ast.Tuple(
                elts=[name(v) for v in ivs], ctx=ast.Load()), ctx=ast.Load())
        return self.for_indices(stmt, sizes, "a.flat", element)

    def for_flat_enumerated(self, stmt, call, fn):
        """`for idx, x in np.ndenumerate(a)` (idx: the index tuple) and `for
        i, x in enumerate(a.flat)` (i: the flat index, in C order), as nested
        range loops; False for another enumerate."""
        flat = fn is enumerate and len(call.args) == 1 and \
            isinstance(call.args[0], ast.Attribute) and call.args[0].attr == "flat"
        if fn is enumerate and not flat:
            return False
        what = "enumerate(a.flat)" if flat else "np.ndenumerate"
        if len(call.args) != 1 or call.keywords or not (
                isinstance(stmt.target, ast.Tuple) and len(stmt.target.elts) == 2):
            form = "i, x in enumerate(a.flat)" if flat else "idx, x in np.ndenumerate(a)"
            raise self.error(UnsupportedError, f"{what}: use `for {form}`", stmt)
        node = call.args[0].value if flat else call.args[0]
        base = self.materialize(self.expr(node), node)
        if not isinstance(getattr(base, "type", None), T.Array):
            raise self.error(TypingError, f"{what} takes an array, got "
                             f"{getattr(base, 'type', base)}", node)
        sizes = [self.dim(base, k, node) for k in range(base.type.ndim)]

        def name(n):
            return ast.Name(id=n, ctx=ast.Load())

        def item(ivs, tag):
            self.env[f"$a{tag}"] = base
            index = ast.Tuple(elts=[name(v) for v in ivs], ctx=ast.Load())
            position = index
            if flat:  # (i0 * n1 + i1) * n2 + ..., of the sizes' names
                position = name(ivs[0]) if ivs else ast.Constant(0)
                for k in range(1, len(ivs)):
                    position = ast.BinOp(left=ast.BinOp(left=position, op=ast.Mult(),
                                                        right=name(f"$n{k}{tag}")),
                                         op=ast.Add(), right=name(ivs[k]))
            return ast.Tuple(elts=[position, ast.Subscript(value=name(f"$a{tag}"),
                                                           slice=index, ctx=ast.Load())],
                             ctx=ast.Load())
        self.for_indices(stmt, sizes, what, item)
        return True

    def for_indices(self, stmt, sizes, what, item, axes=None):
        """`stmt`'s body under nested range loops over `sizes`, outermost
        axis first (or in the order `axes` gives), with the target bound to
        `item(index names, tag)`."""
        def refuse_break(node):  # a break of this loop, not of a nested one
            if isinstance(node, ast.Break):
                raise self.error(UnsupportedError, f"'break' in a loop over {what}",
                                 node)
            if not isinstance(node, (ast.For, ast.While, ast.FunctionDef)):
                for child in ast.iter_child_nodes(node):
                    refuse_break(child)
        for s in stmt.body:
            refuse_break(s)
        tag = f"_{stmt.lineno}_{stmt.col_offset}_{len(self.loops)}"
        ivs = [f"$i{k}{tag}" for k in range(len(sizes))]
        value = item(ivs, tag)
        if not sizes:  # a 0-d shape: one iteration, with the index ()
            sizes, ivs = [self.b.constant(1, T.int64, self.pos(stmt))], [f"$i{tag}"]
        body = [ast.Assign(targets=[stmt.target], value=value)] + stmt.body
        order = list(range(len(sizes))) if axes is None else list(axes)
        for k in reversed(order):
            self.env[f"$n{k}{tag}"] = sizes[k]
            bound = ast.Call(func=ast.Name(id="range", ctx=ast.Load()),
                             args=[ast.Name(id=f"$n{k}{tag}", ctx=ast.Load())],
                             keywords=[])
            body = [ast.For(target=ast.Name(id=ivs[k], ctx=ast.Store()), iter=bound,
                            body=body, orelse=[], type_comment=None)]
        loop = body[0]
        loop.orelse = stmt.orelse
        for node in ast.walk(loop):
            ast.copy_location(node, stmt) if not hasattr(node, "lineno") else None
        ast.fix_missing_locations(loop)
        self.remember_origin(loop, stmt)
        # One statement in place of `stmt`: the caller's block handles a
        # return from inside it as for any loop.
        self.emit_stmt(loop)

    def for_nditer(self, stmt, call):
        """`for x in np.nditer(a)` / `for x, y in np.nditer((a, b))`: each
        element as a writable 0-d view (`x[...] = v` writes through), the
        operands broadcast together. Order as Numba's: memory order when
        every operand is Fortran-ordered, else C order (NumPy's default
        order='K' also follows the strides of non-contiguous views)."""
        pos = self.pos(call)
        if len(call.args) != 1 or any(kw.arg not in ("op_flags", "flags")
                                      for kw in call.keywords):
            raise self.error(UnsupportedError, "np.nditer takes one array or a tuple "
                             "of arrays (and op_flags=/flags=, which are ignored)", call)
        arg = call.args[0]
        nodes = arg.elts if isinstance(arg, (ast.Tuple, ast.List)) else [arg]
        operands = []
        for n in nodes:
            v = self.materialize(self.expr(n), n)
            if isinstance(v, Value) and isinstance(v.type, T.Scalar):
                v = self.b.full(T.Array(v.type, 0), [], v, pos)
            if not (isinstance(v, Value) and isinstance(v.type, T.Array)):
                raise self.error(TypingError, "np.nditer iterates over arrays and "
                                 "scalars", n)
            operands.append(v)
        single = not isinstance(arg, (ast.Tuple, ast.List))
        if not single and not (isinstance(stmt.target, ast.Tuple) and
                               len(stmt.target.elts) == len(operands)):
            raise self.error(UnsupportedError, f"unpack np.nditer of {len(operands)} "
                             "operands into as many names", stmt)
        ndim = max(a.type.ndim for a in operands)
        sizes = self.broadcast_extents(operands, ndim, call)
        zero = self.b.constant(0, T.int64, pos)
        for n in sizes:
            self.raise_if(S.compare(self.b, "Eq", n, zero, pos), "ValueError",
                          "Iteration of zero-sized operands is not enabled", call)

        def item(ivs, tag):
            views = []
            for k, a in enumerate(operands):
                self.env[f"$a{k}{tag}"] = a
                skip = ndim - a.type.ndim
                subs = []
                for d in range(a.type.ndim):
                    # A broadcast axis (extent 1) stays at index 0.
                    step = f"$b{k}_{d}{tag}"
                    one = self.b.constant(1, T.int64, pos)
                    self.env[step] = S.where(
                        self.b, S.compare(self.b, "Eq", self.dim(a, d, call), one, pos),
                        zero, one, pos)
                    subs.append(ast.BinOp(left=ast.Name(id=ivs[skip + d], ctx=ast.Load()),
                                          op=ast.Mult(),
                                          right=ast.Name(id=step, ctx=ast.Load())))
                subs.append(ast.Constant(value=Ellipsis))
                views.append(ast.Subscript(value=ast.Name(id=f"$a{k}{tag}", ctx=ast.Load()),
                                           slice=ast.Tuple(elts=subs, ctx=ast.Load()),
                                           ctx=ast.Load()))
            return views[0] if single else ast.Tuple(elts=views, ctx=ast.Load())
        fortran = ndim >= 2 and all(a.type.layout == "F" for a in operands)
        axes = list(reversed(range(ndim))) if fortran else None
        return self.for_indices(stmt, sizes, "np.nditer", item, axes)

    def broadcast_extents(self, arrays, ndim, node):
        """The broadcast shape of `arrays` (NumPy's ValueError when two
        extents differ and neither is 1)."""
        pos = self.pos(node)
        one = self.b.constant(1, T.int64, pos)
        sizes = []
        for d in range(ndim):
            extent = one
            for a in arrays:
                k = a.type.ndim - ndim + d
                if k < 0:
                    continue
                n = self.dim(a, k, node)
                clash = S.binary(self.b, "BitAnd", S.binary(
                    self.b, "BitAnd", S.compare(self.b, "NotEq", n, extent, pos),
                    S.compare(self.b, "NotEq", n, one, pos), pos),
                    S.compare(self.b, "NotEq", extent, one, pos), pos)
                self.raise_if(clash, "ValueError", "operands could not be broadcast "
                              "together", node)
                extent = S.where(self.b, S.compare(self.b, "Eq", extent, one, pos), n,
                                 extent, pos)
            sizes.append(extent)
        return sizes

    def for_tuple(self, stmt, value):
        """`for k in (0, 1)` / over a tuple value: unrolled, the body emitted
        once per item (items may differ in type, as Numba's literal_unroll);
        a loop that jumps iterates over items of one type (tuple_index)."""
        for node in ast.walk(ast.Module(body=stmt.body, type_ignores=[])):
            if isinstance(node, (ast.Break, ast.Continue, ast.Return)):
                if uniform_items(value):
                    return indexed_tuple_loop(self, stmt, value)
                what = type(node).__name__.lower()
                raise self.error(UnsupportedError, f"'{what}' in a for loop over a "
                                 "tuple whose items differ in type (the loop is "
                                 "unrolled)", node)
        for item in value.items:
            self.assign(stmt.target, item, stmt)
            self.emit_block(stmt.body)
        if stmt.orelse:
            self.emit_block(stmt.orelse)

    def iterated_arrays(self, it, target, stmt, value=None):
        """The arrays a loop walks in step and the target of each: one array,
        or `zip(a, b, ...)` of arrays unpacked into a tuple of targets
        (`value`: `it` already evaluated)."""
        fn = self.expr(it.func) if isinstance(it, ast.Call) and value is None else None
        if isinstance(fn, PyObj) and fn.obj is zip:
            if it.keywords or not it.args:
                raise self.error(UnsupportedError, "zip() takes arrays only", it)
            if not (isinstance(target, ast.Tuple) and len(target.elts) == len(it.args)):
                raise self.error(UnsupportedError, f"unpack zip() of {len(it.args)} "
                                 "arrays into as many names", stmt)
            nodes, targets = list(it.args), list(target.elts)
        else:
            nodes, targets = [it], [target]
        arrays = [value] if value is not None else [self.expr(node) for node in nodes]
        for arr, node in zip(arrays, nodes):
            if not (isinstance(arr, Value) and isinstance(arr.type, T.Array)):
                raise self.error(UnsupportedError, "for loops iterate over range(), "
                                 "nbc.prange(), arrays, enumerate(...) or zip(...) "
                                 "of arrays only", node)
        return arrays, targets

    def range_bounds(self, call):
        if call.keywords or not 1 <= len(call.args) <= 3:
            raise self.error(TypingError, "range expects 1 to 3 integer arguments", call)
        vals = [self.materialize(self.expr(a), a) for a in call.args]
        for v, a in zip(vals, call.args):
            if not isinstance(v.type, T.Scalar) or v.type.is_float:
                raise self.error(TypingError, f"range() arguments must be integers, "
                                 f"got {v.type}", a)
        pos = self.pos(call)
        vals = [S.cast(self.b, v, T.int64, pos) for v in vals]
        if len(vals) == 1:
            vals = [self.b.constant(0, T.int64, pos), vals[0]]
        if len(vals) == 2:
            vals.append(self.b.constant(1, T.int64, pos))
        return vals

    def bind_target(self, target):
        if not isinstance(target, ast.Name):
            raise self.error(UnsupportedError, "the loop variable of a range loop "
                             "must be a name", target)

        def bind(iv):
            self.env[target.id] = self.local_cast(target.id, iv, target)
            self.note_binding(target.id, self.env[target.id])
            if self.try_frames:
                self.spill(target.id, target)
        bind.names = [target.id]
        return bind

    def for_arrays(self, stmt, arrays, targets, index_target):
        """Walks the arrays' first axis in step, as zip() does: as many
        iterations as the shortest has rows."""
        pos = self.pos(stmt)
        n = None
        for arr in arrays:
            d = self.b.dim(arr, 0, pos)
            n = d if n is None else S.minmax(self.b, "min", n, d, pos)
        bounds = [self.b.constant(0, T.int64, pos), n, self.b.constant(1, T.int64, pos)]

        def bind(iv):
            for arr, target in zip(arrays, targets):
                self.assign(target, self.index_array(arr, [iv], stmt, checked=False), stmt)
            if index_target is not None:
                self.assign(index_target, iv, stmt)
        bound = list(targets) + ([index_target] if index_target is not None else [])
        bind.names = assigned_names([ast.Assign(targets=[t], value=None) for t in bound])
        return self.for_range(stmt, bounds, bind, "range")

    def for_range(self, stmt, bounds, bind, kind):
        if kind == "prange":
            return self.for_prange(stmt, bounds, bind)
        body = stmt.body
        # The loop variable keeps its last value after the loop, as in
        # Python: carried when it may be read after the loop (a new one as a
        # variable the body assigns first: a placeholder after a loop that
        # never ran, as in Numba); one that had a value and is not read
        # after keeps that value (an enclosing loop may carry it).
        exclude = [n for n in bind.names if n in self.env and
                   not isinstance(self.env[n], Undef) and self.dead_after_loop(n, stmt)]
        frame, names, types, may_break, may_return = self.loop_setup(body, exclude)
        for n in bind.names:
            if n not in exclude and n not in names:
                names.append(n)
                types[n] = type_of(self.env[n]) if n in self.env else None
        local = set()
        start, stop, step = bounds
        env0 = dict(self.env)
        pos = self.pos(stmt)
        self.find_none_standins(frame, names, types, body, stmt)
        for _ in range(8):
            self.env = dict(env0)
            mark, saved = self.b.mark(), self.undef_snapshot()
            self.start_build(frame, types)
            active, inits = self.loop_inits(names, types, local, stmt, frame.standing)
            op, block, iv, args = self.b.range(start, stop, step,
                                               self.flat_values(inits), pos)
            frame.loop = op
            carried = self.regroup([types[n] for n in active], args)
            with self.b.at(block):
                env = self.loop_body(frame, names, active, carried, body,
                                     lambda: bind(iv))
                changed, plan = self.plan_carry(names, types, local, env, stmt, active,
                                                frame)
                if plan is not None:
                    vals = self.loop_yields(active, types, env, stmt, plan[0])
                    self.b.nbc_yield(vals, pos, env[frame.brk] if may_break else None)
            op = self.finish_carried(op, plan, env, env0, active, inits, types, stmt, frame)
            flat_types = self.carried_flat_types(active, types, inits)
            if changed and not op:
                self.b.rollback(mark)  # built again with the widened types
                self.undef_restore(saved)
                count_reemit(widening_reason(changed, refused=plan is not None))
                continue
            break
        else:
            raise self.error(TypingError, "loop variable types do not settle", stmt)
        results = self.regroup([types[n] for n in active],
                               self.b.op_results(op, flat_types))
        broke = self.after_loop(frame, env0, active, results, stmt, [], may_return)
        self.none_flags_after(frame, op)
        self.run_else(stmt, broke)

    def loop_return(self, stmt):
        # `return prev` of a stand-in: its type is known after the loop,
        # which returns the value again (after_returning_loop).
        standin = isinstance(stmt.value, ast.Name) and \
            isinstance(self.env.get(stmt.value.id), NoneStandIn)
        v = self.return_value(stmt)
        if self.ret_type is not None:
            v = self.coerce(v, self.ret_type, stmt)
        if not standin:
            self.seen_returns.append(v.type)
        self.env["$retval"] = v
        self.spill("$retval", stmt)  # a try body's return
        self.set_flag("$ret", stmt)
        self.set_flag(self.loops[-1].brk, stmt)

    def set_flag(self, name, node):
        """A `break`, `continue` or `return` in a loop (or a try body) sets
        its flag. What follows in the body is dead, also past an `if`
        decided at compile time (`if c is None: return` of a None c), as
        Numba drops it: not typed, it does not widen a variable after."""
        self.env[name] = self.b.constant(True, T.boolean, self.pos(node))
        self.spill(name, node)  # a try body's jump
        self.dead = True

    # -- while -------------------------------------------------------------------
    def emit_while(self, stmt):
        decided = self.decided(stmt.test)
        if decided is not None and not decided[0] and \
                not contains(stmt.body, ast.Return, stop_at_loops=False):
            # CPython's compiler drops a body that never runs (`while i < n
            # and False:`): Numba never types it.
            self.run_decided(decided)
            self.run_else(stmt, None)
            return
        body = stmt.body
        frame, names, types, may_break, may_return = self.loop_setup(body, [])
        local = set()
        env0 = dict(self.env)
        pos = self.pos(stmt)
        self.find_none_standins(frame, names, types, [stmt.test] + body, stmt)
        for _ in range(8):
            self.env = dict(env0)
            mark, saved = self.b.mark(), self.undef_snapshot()
            self.start_build(frame, types)
            active, inits = self.loop_inits(names, types, local, stmt, frame.standing)
            op, before_block, after_block = self.b.while_(self.flat_values(inits), pos)
            frame.loop = op
            carried_types = [types[n] for n in active]
            loop_types = [t for c in carried_types for t in self.flat_types(c)]
            # Before region: the condition.
            before = self.b.block_args(before_block, loop_types)
            self.bind_undefs(frame, names)
            for n, a in zip(active, self.regroup(carried_types, before)):
                self.env[n] = a
            with self.b.at(before_block):
                self.bind_none_standins(frame, pos)
                if may_break:
                    cond = self.guarded_condition(self.env[frame.brk], stmt.test)
                else:
                    cond = S.truth(self.b, self.materialize(self.expr(stmt.test),
                                                            stmt.test),
                                   self.pos(stmt.test))
                self.b.condition(cond, before, pos)
            # After region: the body.
            self.env = dict(env0)
            after = self.regroup(carried_types, self.b.block_args(after_block, loop_types))
            with self.b.at(after_block):
                env = self.loop_body(frame, names, active, after, body, lambda: None)
                changed, plan = self.plan_carry(names, types, local, env, stmt, active,
                                                frame)
                if plan is not None:
                    self.b.scf_yield(self.loop_yields(active, types, env, stmt, plan[0]),
                                     pos)
            op = self.finish_carried(op, plan, env, env0, active, inits, types, stmt, frame)
            flat_types = self.carried_flat_types(active, types, inits)
            if changed and not op:
                self.b.rollback(mark)  # built again with the widened types
                self.undef_restore(saved)
                count_reemit(widening_reason(changed, refused=plan is not None))
                continue
            break
        else:
            raise self.error(TypingError, "loop variable types do not settle", stmt)
        results = self.regroup([types[n] for n in active],
                               self.b.op_results(op, flat_types))
        broke = self.after_loop(frame, env0, active, results, stmt, [], may_return)
        self.none_flags_after(frame, op)
        self.run_else(stmt, broke)

    def guarded_condition(self, broke, test):
        """`not broke and test`, evaluating `test` only when not broken."""
        pos = self.pos(test)
        op, then_block, else_block = self.b.if_begin(broke, pos)
        with self.b.at(then_block):
            self.b.scf_yield([self.b.constant(False, T.boolean, pos)], pos)
        with self.b.at(else_block):
            c = S.truth(self.b, self.materialize(self.expr(test), test), pos)
            self.b.scf_yield([c], pos)
        (r,) = self.b.if_finish(op, [T.boolean], pos)
        return r
