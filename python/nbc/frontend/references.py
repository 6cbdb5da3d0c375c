"""Lists, dicts and sets passed between compiled functions, by reference as
in Python.

A container is an SSA value whose buffer an append or insertion may move,
so "by reference" is built from values: a function that takes containers
returns, after its own result, the final value of each of them
(T.Updated), and the caller binds each to the name it passed. The callee
therefore must not rebind such a parameter, and the caller must not pass
one container twice (the two parameters would stop being one object after
a move). A container a callee returns is a new one the caller may bind.
The ownership-based buffer deallocation frees what crosses: a callee frees
nothing it was given; who frees a buffer returned unmoved is its decision
(test_container_passing.py checks the resident set)."""

import ast
import builtins
import types as pytypes

import numpy as np

from .. import types as T
from ..errors import TypingError, UnsupportedError
from ..npimpl.heap_queue import heapq_function
from .builder import PyObj, RangeValue, TupleValue, Value
from .common import is_none_value
from .inner_functions import InnerFunction


def is_typed_list(obj):
    """nbc.typed.List or numba.typed.List, or their `empty_list`."""
    owner = getattr(obj, "__self__", obj)
    return isinstance(owner, type) and owner.__name__ == "List" and \
        owner.__module__.split(".")[0] in ("nbc", "numba") and "typed" in owner.__module__ \
        and (owner is obj or getattr(obj, "__name__", "") == "empty_list")


def returned_tuple_displays(value):
    """The tuple displays `return <value>` returns as they are (`value`
    and the displays directly in those): they may hold containers."""
    found, stack = [], [value]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Tuple):
            found.append(node)
            stack.extend(node.elts)
    return found


def container_kind(t):
    return "list" if isinstance(t, T.List) else "dict" if isinstance(t, T.Dict) else "set"


class ReferencesMixin:
    # -- the callee ------------------------------------------------------------
    def with_updated(self, v, node):
        """`v` (a return's value) followed by the container parameters'
        current values, when there are any."""
        if not getattr(self, "inout", None) or isinstance(v.type, T.Updated):
            return v
        for x in (v.items if isinstance(v, TupleValue) else [v]):
            self.refuse_returning_argument(x, node)
        updated = [self.env[n] for n in self.inout]
        if self.public:  # back to the dispatcher, which reflects them
            updated = [x for u in updated for x in self.flatten(
                self.table_result(u, node) if isinstance(u.type, T.Dict) else
                self.b.list_buffer(u, self.pos(node)))]
        parts = v.items if isinstance(v, TupleValue) else [v]
        return TupleValue(list(parts) + updated,
                          T.Updated(v.type, [u.type for u in updated]))

    def returned_tuple_display(self, node):
        """A tuple display `return` returns: its items may be containers or
        None (an Optional field once the returns unify, as Numba's), an
        optional stays one."""
        items = []
        for e in node.elts:
            v = self.expr(e)
            items.append(TupleValue([]) if is_none_value(v) else
                         self.materialize(v, e, keep_optional=True))
        return TupleValue(items)

    def returned(self, v, node):
        """What a function returns for `v`: a tuple holding tuples as one
        flat ResultTuple (`return n, (a, b)`), which the caller groups back;
        to Python, a list, dict or set as its buffer or arrays (ListResult,
        ...), inside tuples too."""
        if not isinstance(v, TupleValue) or isinstance(v, RangeValue) or \
                isinstance(v.type, T.RESULT_TUPLES):
            return self.list_result(self.table_result(v, node), node)
        parts = [TupleValue([]) if is_none_value(x) else self.returned(x, node)
                 for x in v.items]  # a None field: a callee's, or `t = (x, None)`
        if not any(isinstance(p, TupleValue) for p in parts):
            return v
        return TupleValue([x for p in parts for x in self.flatten(p)],
                          T.ResultTuple([p.type for p in parts]))

    def coerce_result_tuple(self, v, want, node):
        """A returned tuple `v` (flat, or a plain tuple of values) cast part by
        part to the unified ResultTuple `want` (a None part to an Optional)."""
        if isinstance(v.type, T.ResultTuple):
            values, items = iter(v.items), []
            for p in v.type.parts:
                if isinstance(p, T.Tuple):
                    items.append(TupleValue([next(values) for _ in p.items], p))
                else:
                    items.append(next(values))
        else:
            items = v.items
        if len(items) != len(want.parts):
            raise self.error(TypingError, f"cannot convert {v.type} to {want}", node)
        parts = [self.coerce(x, p, node) for x, p in zip(items, want.parts)]
        return TupleValue([x for p in parts for x in self.flatten(p)], want)

    def group_result(self, t, values, node):
        """A callee's ResultTuple result grouped back into tuples, from the
        iterator `values`."""
        items = []
        for p in t.parts:
            if isinstance(p, T.ResultTuple):
                items.append(self.group_result(p, values, node))
            elif type(p) is T.Tuple and not p.items:  # a None field (read as None)
                items.append(TupleValue([]))
            elif isinstance(p, T.Tuple):
                items.append(TupleValue([next(values) for _ in p.items],
                                        p if isinstance(p, T.Optional) else None,
                                        cls=p.cls))
            else:
                items.append(next(values))
        for v in items:  # the callee's new containers, which names may bind
            for x in self.flatten(v):
                self.mark_fresh(x, node)
        return TupleValue(items, None if items else t)  # `()`: not None

    def list_result(self, v, node):
        """A list a kernel returns to Python: its buffer, which the caller
        turns into a `list`."""
        if not self.public or not isinstance(v, Value) or not isinstance(v.type, T.List):
            return v
        self.refuse_returning_argument(v, node)
        return TupleValue([self.b.list_buffer(v, self.pos(node))],
                          T.ListResult(v.type.dtype, v.type.typed))

    def table_from_arrays(self, keys, values, t, node):
        """The dict a kernel takes from Python (a typed dict, passed as arrays
        of its keys and values in insertion order)."""
        tag = "$dp" + str(len(self.env))
        table = self.b.dict_new(t, self.pos(node))
        self.env[tag + "k"], self.env[tag + "v"], self.env[tag] = keys, values, table
        self.list_origins[tag] = ("declared", "argument")

        def name(n, ctx=ast.Load()):
            return ast.Name(id=tag + n, ctx=ctx)
        loop = ast.For(
            target=name("i", ast.Store()),
            iter=ast.Call(func=ast.Name(id="range", ctx=ast.Load()), args=[
                ast.Call(func=ast.Name(id="len", ctx=ast.Load()), args=[name("k")],
                         keywords=[])], keywords=[]),
            body=[ast.Assign(targets=[ast.Subscript(
                value=name(""), slice=ast.Subscript(value=name("k"), slice=name("i"),
                                                    ctx=ast.Load()), ctx=ast.Store())],
                value=ast.Subscript(value=name("v"), slice=name("i"), ctx=ast.Load()))],
            orelse=[], type_comment=None)
        self.emit_synthetic(loop, node)
        for n in ("k", "v", "i"):
            self.env.pop(tag + n, None)
        return self.env.pop(tag)

    def refuse_returning_argument(self, x, node):
        if isinstance(x, Value) and x.h in {self.env[n].h for n in self.inout}:
            raise self.error(UnsupportedError, f"returning the {container_kind(x.type)} "
                             "passed in as an argument is not supported (the caller "
                             "already sees its changes)", node)

    def coerce_updated(self, v, want, node):
        if not isinstance(v, TupleValue) or not isinstance(v.type, T.Updated):
            # A placeholder (a loop's return on the path that did not return).
            return TupleValue([self.coerce(v, t, node) for t in want.items], want)
        n = len(v.items) - len(want.updated)
        inner = self.rebuild(v.type.inner, iter(v.items[:n]))
        inner = self.coerce(inner, want.inner, node)
        return TupleValue(self.flatten(inner) + v.items[n:], want)

    def refuse_parameter_rebinding(self, name, node):
        if name in getattr(self, "inout", ()):
            what = container_kind(self.env[name].type)
            raise self.error(UnsupportedError, f"'{name}' is a {what} the caller passed: "
                             "rebinding the parameter is not supported (change it in "
                             "place, or use a new name)", node)

    def container_placeholder(self, t, node):
        """A new empty container standing in for one never read."""
        pos = self.pos(node)
        if isinstance(t, T.List):
            return self.b.list_new(t, None, pos)
        return self.b.dict_new(t, pos)

    def call_typed_list(self, obj, node):
        """`List()`: an empty list typed by its appends, as `[]`; `List(it)`:
        the items of `it`, as `[x for x in it]`; `List.empty_list(t)`: an
        empty list of `t` (appends cast, as Numba's)."""
        if getattr(obj, "__self__", None) is None:
            if node.keywords or len(node.args) > 1:
                raise self.error(UnsupportedError, "List() takes at most one iterable "
                                 "in kernels", node)
            if node.args:
                item = ast.Name(id=f"$tl{node.lineno}_{node.col_offset}", ctx=ast.Load())
                comp = ast.copy_location(ast.ListComp(elt=item, generators=[
                    ast.comprehension(target=ast.Name(id=item.id, ctx=ast.Store()),
                                      iter=node.args[0], ifs=[], is_async=0)]), node)
                lst = self.expr_ListComp(comp, typed=True)
            else:
                lst = self.new_list(node, typed=True)
            self.fresh_list_sites[lst.h] = self.site_of(node)
            return lst
        args = list(node.args) + [k.value for k in node.keywords if k.arg == "item_type"]
        if not args:
            raise self.error(TypingError, "List.empty_list() takes the item type", node)
        t = self.list_array_type(args[0]) if isinstance(args[0], ast.Subscript) \
            else self.container_item_type(args[0], "list items")
        if t is None:
            raise self.error(TypingError, "List.empty_list(): items must be a scalar type "
                             "(nbc.float64, numba.int64, ...)", node)
        lst = self.b.list_new(T.List(t, typed=True), None, self.pos(node))
        self.fresh_lists.add(lst.h)
        return lst

    def list_array_type(self, node):
        """The item type of `List.empty_list(float64[:])` (`[:, :]` 2-d, any
        layout): the list holds C-contiguous copies."""
        dims = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        t = self.container_item_type(node.value, "list items")
        if t is None or not all(isinstance(d, ast.Slice) for d in dims):
            raise self.error(TypingError, "List.empty_list(): an array item type is "
                             "spelled float64[:] (float64[:, :], ...)", node)
        return T.Array(t, len(dims))

    # -- the caller --------------------------------------------------------------
    def check_container_arguments(self, vals, nodes, node):
        """Containers passed to a compiled function: decided types, each
        passed once."""
        seen = set()
        for v, a in zip(vals, nodes):
            if not (isinstance(v, Value) and T.is_container(v.type)):
                continue
            what = container_kind(v.type)
            if v.type.site is not None:
                raise self.error(TypingError, f"cannot pass this empty {what} to a "
                                 "function before its element type is known: insert "
                                 "into it first", node)
            if v.h in self.list_item_views:
                raise self.error(UnsupportedError, "passing an item of a list of lists "
                                 "to a compiled function is not supported (its "
                                 "changes would not reach the list); pass the list",
                                 node)
            if v.h in seen:
                raise self.error(UnsupportedError, f"the same {what} is passed twice "
                                 "in one call", node)
            seen.add(v.h)

    def containers_passed(self, stmts):
        """Names of containers that `stmts` pass to calls: a compiled
        callee may change them, which rebinds the name (a loop carries it)."""
        names = []
        for stmt in stmts:
            for node in ast.walk(stmt):
                if not isinstance(node, ast.Call) or not self.may_be_compiled(node.func):
                    continue
                fn = self.env.get(node.func.id) if isinstance(node.func, ast.Name) \
                    else None
                captured = [ast.Name(id=n) for n in fn.obj.captured] if \
                    isinstance(fn, PyObj) and isinstance(fn.obj, InnerFunction) else []
                for a in list(node.args) + [k.value for k in node.keywords] + captured:
                    v = self.env.get(a.id) if isinstance(a, ast.Name) else None
                    if isinstance(v, Value) and T.is_container(v.type) and \
                            a.id not in names:
                        names.append(a.id)
        return names

    def may_be_compiled(self, func):
        """Whether the callee `func` (an AST) may be a compiled function: not
        a builtin, a module's function or a method."""
        path = []
        while isinstance(func, ast.Attribute):
            path.append(func.attr)
            func = func.value
        if not isinstance(func, ast.Name):
            return True
        if func.id in self.env:
            return not path  # a method, or a first-class function value
        obj = self.src.globals.get(func.id, getattr(builtins, func.id, None))
        for attr in reversed(path):
            obj = getattr(obj, attr, None)
        if heapq_function(obj) is not None:  # builtins nbc compiles from Python
            return True
        if obj is None or isinstance(obj, (pytypes.BuiltinFunctionType, np.ufunc)) or \
                getattr(obj, "__module__", "") in ("builtins", "math", "cmath"):
            return False
        module = (getattr(obj, "__module__", None) or "").split(".")[0]
        return module != "numpy"

    def call_result(self, ret, values, vals, nodes, node):
        """A compiled call's result (split from the containers it gives
        back, which rebind the names the caller passed)."""
        if not isinstance(ret, T.Updated):
            return self.plain_call_result(ret, values, node)
        n = len(values) - len(ret.updated)
        passed = [(v, a) for v, a in zip(vals, nodes or [None] * len(vals))
                  if isinstance(v, Value) and T.is_container(v.type)]
        for (v, a), new in zip(passed, values[n:]):
            if isinstance(a, ast.Name) and self.env.get(a.id) is v:
                self.env[a.id] = new
                origin = getattr(self, "table_origins", {}).get(v.h)
                if origin is not None:
                    self.table_origins[new.h] = origin
        return self.plain_call_result(ret.inner, values[:n], node)

    def plain_call_result(self, ret, values, node):
        if isinstance(ret, T.ResultTuple):
            return self.group_result(ret, iter(values), node)
        if ret is None or ret == T.Tuple(()):  # (None on each path, not `()`)
            return PyObj(None)
        if isinstance(ret, T.Tuple):
            for v in values:  # `l, n = f()`: the callee's new containers
                self.mark_fresh(v, node)
            return TupleValue(values, ret if isinstance(ret, T.Optional) else None)
        v = values[0]
        self.mark_fresh(v, node)
        return v

    def mark_fresh(self, v, node):
        """A container a call returned: new, so it may be bound to a name
        (its types are fixed: insertions cast, as Dict.empty's)."""
        if isinstance(v, Value) and isinstance(v.type, T.List):
            self.fresh_lists.add(v.h)
        elif isinstance(v, Value) and isinstance(v.type, (T.Dict, T.Set)):
            self.fresh_tables[v.h] = ("declared", "call") + self.site_of(node)
