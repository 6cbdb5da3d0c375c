"""Function and statement lowering: Python AST -> func.func of nbc ops.

Python variables become SSA values. `if` becomes scf.if yielding the
variables either branch changes (branches.py); `for ... in range` becomes
nbc.range with the changed variables as iter_args (`break` through the
yield's break_if); `while` becomes scf.while; `nbc.prange` becomes
nbc.prange with reductions.
`break`, `continue` and `return` inside loops are boolean flags carried like
variables; the statements after them run under scf.if. A `return` inside an
`if` at function level moves the rest of the function into the branches.
The dialect settles types in the IR as built where it can: loops whose
carried values widen or gain a variable (nbcWidenLoopCarried,
nbcAppendLoopCarried), empty containers at their first insertion and
containers a later insertion widens (container_typing.py). A loop or the
function is built again with the types found only when it refuses."""

import ast

from .. import types as T
from .._core import ir
from ..errors import CompilerError, NBCError, TypingError, UnsupportedError
from ..special import objmode
from . import scalar as S
from .builder import (PyObj, RangeValue, TupleValue, Value, flat_parts, kernel_flags,
                      optional_parts)
from .recursion_probe import ProbedPathEnd, probed_return
from .common import (NoneStandIn, Retry, Undef, contains, count_reemit, field_value,
                     is_none_type, is_none_value, refuse_nested_optional, unify)
from .hints import CONSTRUCT_HINTS
from .arrays import ArraysMixin
from .branches import BranchesMixin
from .calls import CallsMixin
from .complexes import ComplexMixin
from .exprs import ExprsMixin
from .fancy import FancyIndexingMixin
from .inner_functions import BOUND_AS_IS, InnerFunctionsMixin
from .parameters import parameter_nodes
from .dicts import DictsMixin, is_table
from .list_methods import ListMethodsMixin
from .list_aliasing import ListAliasing
from .container_typing import ListRetry, empty_container_kind
from .lists import ListsMixin, holds_arrays, is_list
from .printing import PrintingMixin
from .raising import RaisingMixin
from .loops import LoopsMixin
from .matrices import MatricesMixin
from .named_tuples import NamedTuplesMixin
from .scans import ScansMixin
from .shapes import ShapesMixin
from .starred_loops import StarredLoopsMixin
from .sorting import SortingMixin
from .random import RandomMixin
from .random_generator import RandomGeneratorMixin
from .references import ReferencesMixin, returned_tuple_displays
from .statistics import StatisticsMixin
from .trying import Rebind, Reraise, TryMixin, Unbind
from .values import start_building
from .views import ViewsMixin


class FunctionCompiler(ExprsMixin, CallsMixin, ShapesMixin, MatricesMixin, ArraysMixin,
                       FancyIndexingMixin, LoopsMixin, ListsMixin, ListMethodsMixin,
                       ComplexMixin, ScansMixin, StatisticsMixin, PrintingMixin, SortingMixin,
                       DictsMixin, RandomMixin, RandomGeneratorMixin, ReferencesMixin,
                       RaisingMixin, InnerFunctionsMixin, TryMixin, ViewsMixin,
                       BranchesMixin, StarredLoopsMixin, NamedTuplesMixin):
    """Emits one func.func for a Python function and argument types."""
    probe = None  # recursion_probe's state: None, "probing", "failed" or a type

    def __init__(self, source, arg_types, options, module, symbol, context,
                 public=True, declared_ret=None, locals=None):
        self.src = source
        self.arg_types = list(arg_types)
        self.options = options
        self.module = module
        self.symbol = symbol
        self.ctx = context  # the compilation: callee cache, helpers
        self.public = public
        self.ret_type = None  # decided return types (list), None = unknown
        self.return_type = None
        # A declared return type (an explicit signature) casts every return,
        # as Numba does; `locals` ({name: type}) casts every assignment.
        self.declared_ret = declared_ret
        if declared_ret is not None:
            self.ret_type = declared_ret
        self.locals = dict(locals or {})
        self.assumed_returns = []
        self.list_hints = {}  # list site -> element type its appends decided
        self.synthetic_origins = {}  # id(loop the frontend built) -> (loop, user node)

    def assumed_return_type(self):
        """The return type a recursive call sees: the decided one, else the
        returns seen so far (None before the first)."""
        decided = self.ret_type
        if decided is None:
            for t in getattr(self, "seen_returns", []):
                decided = unify(decided, t, "the return value")
        if decided is None and isinstance(self.probe, T.Type):
            decided = self.probe
        if decided is not None:
            self.assumed_returns.append(decided)
        return decided

    # -- entry -------------------------------------------------------------
    def compile(self):
        self.params = parameter_nodes(self.src)
        if len(self.params) != len(self.arg_types):
            raise self.src.error(TypingError,
                                 f"{self.src.name}() takes {len(self.params)} "
                                 f"arguments, {len(self.arg_types)} given",
                                 self.src.fdef)
        self.rewrite_rebinding_calls()
        tries = 0
        while tries < 6:
            self.func = None
            held = start_building({})  # this function's Values
            try:
                self.emit_function()
            except Retry as e:
                self.module.erase(self.func)  # built again with the new types
                self.ctx.retrying(self)
                count_reemit(f"function-{e.args[0]}" if e.args else "function")
                tries += not isinstance(e, ListRetry)  # list types only widen
                continue
            except BaseException:
                if self.func is not None:
                    self.module.erase(self.func)
                raise
            finally:
                start_building(held)
            return self.return_type
        raise self.src.error(TypingError, "return type does not settle",
                             self.src.fdef)

    def emit_function(self):
        self.env = {}
        self.loops = []  # flag names of enclosing loops
        self.seen_returns = []
        self.dead = False  # the block being emitted has raised: the rest is dead
        self.assumed_returns = []  # types recursive calls were given
        self.undecided = {}  # site of a `[]`/`{}`/`set()` -> lists.Undecided
        self.container_roots = {}  # site of a list/dict/set -> the one built there
        self.list_origins = {}  # name -> site of the list it holds
        self.fresh_lists = set()  # handles of lists calls returned, not bound yet
        self.fresh_list_sites = {}  # handle of a List() not bound yet -> its site
        self.fresh_tables = {}  # handle of a dict/set not bound yet -> its site
        self.table_origins = {}  # handle of a dict/set -> its site
        # For ListAliasing: names bound to arrays, lists, tuples...; names
        # bound to lists of arrays; literal sites of lists of arrays; the
        # appended names that alias_item made the list's item.
        self.ref_names, self.bound_names = set(), set()
        self.array_list_names, self.array_list_sites = set(), set()
        self.items_renamed = set()
        self.list_item_views = {}  # item of a list of lists -> (list, index)
        self.constant_arrays = {}  # id(global array) -> its constant in this function
        flat = []
        for ty in self.arg_types:
            if isinstance(ty, T.Tuple):
                flat.extend(flat_parts(ty))
            elif isinstance(ty, T.List) and self.public:  # its buffer (reflected)
                flat.append(T.Array(T.int8, 1))
            elif isinstance(ty, T.Dict) and self.public:  # its keys and values
                flat.extend([T.Array(ty.key_type, 1), T.Array(ty.value_type, 1)])
            elif not (isinstance(ty, T.NoneType) or T.is_compile_time(ty)):
                flat.append(ty)
        self.func, self.b, args = self.module.func(
            self.symbol, flat, kernel_flags(self.options), self.public,
            self.pos(self.src.fdef), self.src.filename)
        args = iter(args)
        # Lists, dicts and sets passed in go back to the caller at each
        # return (T.Updated): the caller sees what this function did to them.
        self.inout = [p.arg for p, ty in zip(self.params, self.arg_types)
                      if T.is_container(ty) and not (self.public and
                                                     isinstance(ty, T.Set))]
        if self.inout and self.declared_ret is not None:
            raise self.error(UnsupportedError, "a function with an explicit signature "
                             "cannot take lists, dicts or sets from a kernel",
                             self.src.fdef)
        for param, ty in zip(self.params, self.arg_types):
            if isinstance(ty, T.NoneType):
                self.env[param.arg] = PyObj(None)
            elif isinstance(ty, T.FunctionType):
                self.env[param.arg] = PyObj(ty.dispatcher)
            elif isinstance(ty, (T.StringLiteral, T.DTypeArgument)):
                self.env[param.arg] = PyObj(ty.value)
            elif isinstance(ty, T.Tuple):  # (an Optional: a caller's value or None)
                self.env[param.arg] = self.rebuild(  # Python's `()` (None is NoneType)
                    T.ResultTuple(()) if self.public and ty == T.Tuple(()) else ty, args)
            elif isinstance(ty, T.List) and self.public:
                self.env[param.arg] = self.b.list_from_buffer(next(args), ty,
                                                              self.pos(self.src.fdef))
            elif isinstance(ty, T.Dict) and self.public:
                self.env[param.arg] = self.table_from_arrays(next(args), next(args), ty,
                                                             self.src.fdef)
            else:
                self.env[param.arg] = self.local_cast(param.arg, next(args),
                                                      self.src.fdef)
            if isinstance(ty, T.Dict):  # a typed dict's types are fixed: insertions cast
                self.list_origins[param.arg] = ("declared", "argument")
            self.note_binding(param.arg, self.env[param.arg])
        body = self.src.fdef.body
        if body and isinstance(body[0], ast.Expr) and \
                isinstance(body[0].value, ast.Constant) and \
                isinstance(body[0].value.value, str):
            body = body[1:]
        rets = self.emit_block(body, inline=True)
        raised, self.dead = self.dead, False
        if self.array_list_names or self.array_list_sites:
            ListAliasing(self).check()
        for node in (pending.node for pending in self.undecided.values()):
            raise self.error(TypingError, f"cannot infer the element type of this empty "
                             f"{empty_container_kind(node)}: nothing is inserted into it",
                             node)
        if rets is None:  # falls off the end: returns None
            rets = self.with_updated(self.never_returned(raised), self.src.fdef)
        decided = self.emit_return(rets, self.src.fdef).type
        # Returns merge forward into this one value; only a recursive call
        # typed before the merge can disagree (a fixpoint, as in Numba).
        if any(t != decided for t in self.assumed_returns):
            self.widen_recursive_calls(decided)
        else:
            self.module.set_results(self.func, self.flat_types(decided))
        self.return_type = decided

    def widen_recursive_calls(self, returned):
        """The calls to itself were typed with the returns seen before them
        and the function returns the wider scalar `returned`: the dialect
        widens their results (nbcWidenRecursiveCalls), else the function is
        built again with the joined type (Retry)."""
        decided = returned
        for t in self.assumed_returns:
            decided = unify(decided, t, "the return value")
        self.ret_type = decided
        if decided != returned or not isinstance(decided, T.Scalar):
            raise Retry("recursion")
        if self.b.widen_recursive_calls(self.func, [decided]) is not None:
            raise Retry("recursion-refused")
        count_reemit("avoided:recursion-widened-in-dialect")

    @staticmethod
    def flat_types(t):
        return [] if t is None else flat_parts(t)

    def pos(self, node):
        return self.src.pos(node)

    def error(self, cls, message, node, hint=None):
        return self.src.error(cls, message, node, hint)

    # -- returns -------------------------------------------------------------
    def return_value(self, node):
        """The value of `return <expr>` (None for a bare return)."""
        if node.value is None or (isinstance(node.value, ast.Constant)
                                  and node.value.value is None):
            return TupleValue([])
        self.returned_tuples = returned_tuple_displays(node.value)
        try:  # these may hold containers (`return lst, n`)
            v = self.expr(node.value)
            if is_none_value(v):  # `x = None; return x`
                return TupleValue([])
            v = self.materialize(v, node.value, keep_optional=True)
        finally:
            self.returned_tuples = []
        if isinstance(v, RangeValue):
            raise self.error(UnsupportedError, "returning a range object is not "
                             "supported", node)
        v = self.returned(v, node)
        if self.public:
            self.refuse_list(v, "returned (nbc kernels return arrays)", node)
        if self.declared_ret is not None:  # errors at this return's line
            v = self.coerce_declared(v, node)
        return probed_return(self, self.with_updated(v, node))

    def coerce_declared(self, v, node):
        """`v` cast to the declared return type (an array only to the same
        layout or to 'A', as Numba converts arrays)."""
        want = self.declared_ret
        mismatch = TypingError(f"cannot return {v.type} as the declared {want}")
        if isinstance(want, T.Array) and isinstance(v.type, T.Array) and \
                want.layout not in ("A", v.type.layout):
            raise self.src.locate(mismatch, node)
        try:
            return self.coerce(v, want, node)
        except TypingError:
            raise self.src.locate(mismatch, node) from None

    def coerce_return(self, v, node):
        """Casts a returned value to the decided return type."""
        if self.declared_ret is not None:
            v = self.coerce_declared(v, node)
        if self.ret_type is not None:
            v = self.coerce(v, self.ret_type, node)
        self.seen_returns.append(v.type)
        return v

    def coerce(self, v, want, node):
        if isinstance(want, T.Updated):
            return self.coerce_updated(v, want, node)
        if isinstance(want, (T.DictResult, T.SetResult, T.ListResult, T.ResultTuple)) \
                and getattr(v, "type", None) == want:
            return v
        if isinstance(want, T.Range) and isinstance(v, RangeValue):
            return v
        if isinstance(want, T.Optional):
            return self.coerce_optional(v, want, node)
        if isinstance(want, T.NoneType) and isinstance(v, NoneStandIn):
            v.root.collapsed = True  # taken for None: correct only if it stays None
            return PyObj(None)
        if isinstance(want, T.NoneType) and (is_none_value(v) or isinstance(v, Undef)):
            return PyObj(None)
        if isinstance(v, Undef):  # a placeholder: the value is never read
            if isinstance(want, T.Tuple):
                p = TupleValue([self.coerce(Undef(), t, node) for t in want.items],
                               cls=want.cls)
            else:
                p = self.placeholder(want, node)
            self.record_undef(v, p)
            return p
        if isinstance(want, T.ResultTuple) and isinstance(v, TupleValue):
            return self.coerce_result_tuple(v, want, node)
        if isinstance(want, T.Tuple):
            if not isinstance(v, TupleValue) or len(v.items) != len(want.items):
                raise self.error(TypingError, f"cannot convert {v.type} to {want}", node)
            return TupleValue([self.coerce(x, t, node) for x, t in zip(v.items, want.items)],
                              cls=want.cls)
        if isinstance(want, T.Scalar) and isinstance(v.type, T.Scalar):
            return S.cast(self.b, v, want, self.pos(node))
        if v.type == want:
            return v
        if isinstance(want, T.Array) and isinstance(v.type, T.Array):
            return self.array_cast(v, want, node)
        raise self.error(TypingError, f"cannot convert {v.type} to {want}", node)

    def coerce_optional(self, v, want, node):
        """`v` (a value, None, or an optional) as `want`: the has-a-value
        flag, then the value's parts (placeholders for None)."""
        pos = self.pos(node)
        refuse_nested_optional(self, want, node)
        if isinstance(v, NoneStandIn):  # its flag, and parts for the carried ones
            p = TupleValue([v.flag] + [self.standin_placeholder(v, t, node)
                                       for t in want.items[1:]], want)
            self.record_standin_use(v, p)
            return p
        if isinstance(v, TupleValue) and isinstance(v.type, T.Optional):
            flag, inner = optional_parts(v)
            inner = self.coerce(inner, want.inner, node)
            return TupleValue([flag] + self.flatten(inner), want)
        if isinstance(v, Undef) or is_none_value(v) or \
                is_none_type(getattr(v, "type", None)):  # None
            if isinstance(v, Undef):
                self.record_undef(v, None)  # not a scalar's placeholder
            parts = [self.placeholder(t, node) for t in want.items[1:]]
            return TupleValue([self.b.constant(False, T.boolean, pos)] + parts, want)
        inner = self.coerce(v, want.inner, node)
        return TupleValue([self.b.constant(True, T.boolean, pos)] + self.flatten(inner),
                          want)

    def placeholder(self, t, node):
        """A value of type `t` standing in for None: zero, or an empty array."""
        if isinstance(t, T.Scalar):
            return S.zero(self.b, t, self.pos(node))
        if isinstance(t, T.Array):
            empty = self.new_array([self.b.constant(0, T.int64, self.pos(node))] * t.ndim,
                                   t.dtype, None, node)
            return self.coerce(empty, t, node)
        if T.is_container(t):
            return self.container_placeholder(t, node)
        raise self.error(UnsupportedError, f"cannot return None in place of {t}", node)

    def flatten(self, v):
        """The MLIR values of `v`: a plain tuple's items flattened in turn (a
        None field has none), a result group's as they are."""
        if is_none_value(v):
            return []
        if isinstance(v, TupleValue) and v.named_type is None:
            return [x for item in v.items for x in self.flatten(item)]
        return v.items if isinstance(v, TupleValue) else [v]

    def emit_return(self, v, node):
        if self.public:
            self.refuse_list(v, "returned (nbc kernels return arrays)", node)
        v = self.coerce_return(v, node)
        self.b.ret(self.flatten(v), self.pos(node))
        return v

    # -- statement lists -------------------------------------------------
    def emit_block(self, stmts, inline=False):
        """Emits `stmts`. At function level returns the value returned when
        the list ends in a return (None when it falls through). After a
        `raise` the rest is dead and not emitted (so it may use names only
        the other paths define); an `inline` block (the taken branch of an
        `if` decided at compile time) passes that on to the block around it."""
        try:
            return self.emit_live(stmts)
        finally:
            if not inline:
                self.dead = False

    def emit_live(self, stmts):
        for k, stmt in enumerate(stmts):
            if self.dead:
                return None
            rest = stmts[k + 1:]
            try:
                if isinstance(stmt, ast.Return):
                    if self.loops:
                        self.loop_return(stmt)
                        return None
                    return self.return_value(stmt)
                if isinstance(stmt, ast.Break):
                    if not self.loops:
                        raise self.error(UnsupportedError, "'break' outside a loop", stmt)
                    self.set_flag(self.loops[-1].brk, stmt)
                    return None
                if isinstance(stmt, ast.Continue):
                    if not self.loops:
                        raise self.error(UnsupportedError, "'continue' outside a loop", stmt)
                    self.set_flag(self.loops[-1].cont, stmt)
                    return None
                if isinstance(stmt, ast.Try):
                    return self.emit_try(stmt, rest)
                if isinstance(stmt, ast.If) and not self.loops and \
                        contains([stmt], ast.Return, stop_at_loops=False):
                    return self.emit_if(stmt.test, stmt.body + rest,
                                        stmt.orelse + rest, stmt, returning=True)
                self.emit_stmt(stmt)
            except ProbedPathEnd:
                self.dead = True
                return None
            except NBCError as e:
                raise self.src.locate(e, stmt) from None
            except ir.BuildError as e:  # an op the C API refused: nbc's bug
                raise self.error(CompilerError, f"nbc built invalid IR: {e}",
                                 stmt) from None
            if not self.loops and isinstance(stmt, (ast.For, ast.While)) and \
                    contains([stmt], ast.Return, stop_at_loops=False):
                return self.after_returning_loop(stmt, rest)
            if not rest:
                break
            if self.loops and (contains([stmt], (ast.Break, ast.Continue), True) or
                               contains([stmt], ast.Return, stop_at_loops=False)):
                self.emit_guarded_rest(rest, stmt)
                return None
        return None

    def after_returning_loop(self, loop, rest):
        """What follows a function-level `loop` that may return: the value
        its body returned (`$ret`, `$retval`; none when each return is in a
        branch ruled out at compile time), else its `else` clause when that
        returns (run_else left whether it runs in `$else`), then `rest`."""
        tail = list(rest)
        if loop.orelse and contains(loop.orelse, ast.Return, stop_at_loops=False):
            test = ast.copy_location(ast.Name(id="$else", ctx=ast.Load()), loop)
            tail.insert(0, ast.copy_location(ast.If(test=test, body=loop.orelse,
                                                    orelse=[]), loop))
        if not contains(loop.body, ast.Return, stop_at_loops=False) or "$retval" not in self.env:
            return self.emit_live(tail)
        test = ast.Name(id="$ret", ctx=ast.Load())
        ret = ast.Return(value=ast.Name(id="$retval", ctx=ast.Load()))
        for n in (test, ret, ret.value):
            ast.copy_location(n, loop)
        return self.emit_if(test, [ret], tail, loop, returning=True)

    def emit_guarded_rest(self, rest, node):
        """Runs `rest` only when no break/continue/return flag of this loop is set."""
        flags = [f for f in (self.loops[-1].brk, self.loops[-1].cont, "$ret")
                 if f in self.env]
        if not flags:
            self.emit_block(rest)
            return
        pos = self.pos(node)
        cond = None
        for f in flags:
            v = self.env[f]
            cond = v if cond is None else S.binary(self.b, "BitOr", cond, v, pos)
        go = S.logical_not(self.b, cond, pos)
        # What a try body assigns after its jump is read after the try only
        # when it did not jump: a placeholder stands in on the other path.
        frame = self.try_frames[-1] if self.try_frames else None
        jumped_over = frame.names if frame and frame.loop is self.loops[-1] else ()
        self.emit_if_value(go, rest, [], node, jumped_over)

    # -- simple statements ---------------------------------------------------
    def emit_stmt(self, stmt):
        if isinstance(stmt, ast.Assign):
            value = self.expr(stmt.value)
            for target in stmt.targets:
                self.assign(target, value, stmt)
        elif isinstance(stmt, ast.AnnAssign):
            if stmt.value is not None:
                self.assign(stmt.target, self.expr(stmt.value), stmt)
        elif isinstance(stmt, ast.AugAssign):
            self.aug_assign(stmt)
        elif isinstance(stmt, ast.If):
            self.emit_if(stmt.test, stmt.body, stmt.orelse, stmt)
        elif isinstance(stmt, ast.For):
            self.emit_for(stmt)
        elif isinstance(stmt, ast.While):
            self.emit_while(stmt)
        elif isinstance(stmt, ast.Pass):
            pass
        elif isinstance(stmt, ast.Delete):
            self.emit_delete(stmt)
        elif isinstance(stmt, ast.Expr):
            if not (isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)):
                self.expr(stmt.value)
        elif isinstance(stmt, ast.Raise):
            self.emit_raise(stmt)
        elif isinstance(stmt, ast.With) and any(self.is_objmode(item.context_expr)
                                                 for item in stmt.items):
            raise self.error(UnsupportedError, "objmode blocks (`with objmode(...)`) "
                             "are not supported: nbc compiles in nopython mode only",
                             stmt)
        elif isinstance(stmt, ast.Assert):
            self.emit_assert(stmt)
        elif isinstance(stmt, ast.FunctionDef):
            self.define_inner(stmt)
        elif isinstance(stmt, Unbind):
            self.env.update((n, Undef()) for n in stmt.names)
        elif isinstance(stmt, Rebind):
            self.env.update(stmt.values)
        elif isinstance(stmt, Reraise):
            self.b.reraise(self.env[stmt.name], self.pos(stmt))
        else:
            kind = type(stmt).__name__
            raise self.error(UnsupportedError, f"unsupported statement '{kind}'", stmt,
                             CONSTRUCT_HINTS.get(kind))

    def is_objmode(self, node):
        """Whether a `with` item is nbc.objmode or numba.objmode (called or not)."""
        if isinstance(node, ast.Call):
            node = node.func
        try:
            obj = self.expr(node)
        except NBCError:
            return False
        obj = getattr(obj, "obj", None)
        return obj is objmode or type(obj).__name__ == "_ObjModeContextType"

    def raise_if(self, cond, kind, message, node):
        self.b.raise_if(cond, kind, message, self.pos(node))

    def assign(self, target, value, node):
        self.bind_name(target, field_value(value), node)
        if self.try_frames and isinstance(target, ast.Name):
            self.spill(target.id, node)

    def bind_name(self, target, value, node):
        if isinstance(target, ast.Name) and target.id in self.locals:
            self.env[target.id] = self.local_cast(target.id, value, node)
            self.note_binding(target.id, self.env[target.id])
        elif isinstance(target, ast.Name):
            self.refuse_parameter_rebinding(target.id, node)
            if is_table(value):
                self.check_table_binding(target.id, value, node)
            if is_list(value):
                self.check_list_binding(target.id, value, getattr(node, "value", None),
                                        node)
            if self.copies_optional(target.id, value):
                self.env[target.id] = self.materialize(value, node, keep_optional=True)
            elif isinstance(value, (Value, TupleValue)) or is_none_value(value) or (
                    isinstance(value, PyObj) and isinstance(value.obj, BOUND_AS_IS)) or (
                    self.binds_standin(target.id, value)):
                self.env[target.id] = value
            else:
                self.env[target.id] = self.materialize(value, node)
            self.note_binding(target.id, self.env[target.id])
        elif isinstance(target, (ast.Tuple, ast.List)):
            items = self.unpack(value, len(target.elts), node)
            for t, v in zip(target.elts, items):
                self.assign(t, v, node)
        elif isinstance(target, ast.Subscript):
            self.store_subscript(target, self.materialize(value, node), node)
        elif isinstance(target, ast.Attribute) and target.attr == "shape":
            raise self.error(UnsupportedError, "assigning an array's shape (an in-place "
                             "reshape) is not supported: use a = a.reshape(...)", node)
        else:
            raise self.error(UnsupportedError,
                             f"unsupported assignment target '{type(target).__name__}'",
                             node)

    def note_binding(self, name, value):
        self.bound_names.add(name)
        if not (isinstance(value, Value) and isinstance(value.type, T.Scalar)):
            self.ref_names.add(name)
        if holds_arrays(value):
            self.array_list_names.add(name)

    def local_cast(self, name, value, node):
        """`value` cast to the type `locals=` declares for `name` (as is
        when there is none)."""
        if name not in self.locals:
            return value
        return self.coerce(self.materialize(value, node), self.locals[name], node)

    def unpack(self, value, count, node):
        if isinstance(value, TupleValue) and not isinstance(value.type, (T.Range, T.Optional)):
            items = value.items
        elif isinstance(value, tuple):
            items = list(value)
        elif isinstance(value, Value) and isinstance(value.type, T.Array) and \
                value.type.ndim >= 1:  # `a, b = row`: librosa's `for k, (dn, dm) in ...`
            items = self.unpack_array(value, count, node)
        elif isinstance(value, RangeValue):
            items = self.unpack_range(value, count, node)
        else:  # a list's item before its type is decided, or a TypingError
            items = self.unpack_undecided_item(value, count, node)
        if len(items) != count:
            raise self.error(TypingError, f"cannot unpack {len(items)} values into "
                             f"{count} targets", node)
        return items

    def aug_assign(self, stmt):
        """`x op= y`. On an array `x` (a name or a view `a[...]`) it updates
        the array in place, as NumPy's __iop__ does; otherwise it rebinds
        `x` (or stores the element) like `x = x op y`."""
        op = type(stmt.op).__name__
        if isinstance(stmt.target, ast.Name):
            cur = self.lookup(stmt.target.id, stmt.target)
            rhs = self.expr(stmt.value)
            if isinstance(cur, Value) and isinstance(cur.type, T.Array):
                self.update_in_place(op, cur, rhs, stmt)
                return
            if self.set_aug_assign(op, stmt.target, cur, stmt) or (
                    is_list(cur) and self.list_aug_assign(op, stmt.target.id, cur, stmt)):
                return
            self.env[stmt.target.id] = self.local_cast(
                stmt.target.id, self.binop(op, cur, rhs, stmt), stmt)
            if self.try_frames:
                self.spill(stmt.target.id, stmt)
        elif isinstance(stmt.target, ast.Subscript):
            if self.fancy_update(op, stmt):
                return
            with self.evaluated_once(stmt.target):
                cur = self.expr(ast.Subscript(value=stmt.target.value, slice=stmt.target.slice,
                                              ctx=ast.Load(), lineno=stmt.lineno,
                                              col_offset=stmt.col_offset))
                if isinstance(cur, Value) and isinstance(cur.type, T.Array):
                    self.update_in_place(op, cur, self.expr(stmt.value), stmt)
                    return
                new = self.binop(op, cur, self.expr(stmt.value), stmt)
                self.store_subscript(stmt.target, self.materialize(new, stmt), stmt)
        elif isinstance(stmt.target, ast.Attribute) and stmt.target.attr in ("real", "imag") \
                and isinstance(part := self.expr(stmt.target), Value) \
                and isinstance(part.type, T.Array):
            # `z.imag += 1`: in place through the view (NumPy's setattr after
            # __iadd__ writes the same values back).
            self.update_in_place(op, part, self.expr(stmt.value), stmt)
        else:
            raise self.error(UnsupportedError, "unsupported augmented assignment", stmt)
