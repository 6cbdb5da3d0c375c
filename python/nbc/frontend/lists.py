"""Lists: `[]`, `[x, y]`, list comprehensions, append/pop/len/indexing and
iteration (nbc.list_* ops; the other methods are in list_methods.py), and
`np.array` of lists, tuples and nested literals.

A list value is an SSA value of type !nbc.list<T>, T a scalar, a tuple of
scalars (list_tuples.py) or a C-contiguous array type (a list of arrays owns copies of its items; `l[i]`
is a view of one, and a local name appended names the list's copy after,
alias_item; list_aliasing.py refuses the kernels where Python's shared
arrays would differ from these copies). `l.append(x)` returns
the list from then on (it may move to a bigger buffer), so the frontend
rebinds the name; a list therefore lives in one variable only (binding it
to a second name is refused; passing it to a compiled function rebinds the
name to what the callee gives back, references.py).
The element type of `[]` is decided by its first append, as Numba's type
inference decides it, and widened by a later append that needs more, in
the dialect on the list as built (container_typing.py)."""

import ast

import numpy as np

from .. import types as T
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .builder import PyObj, RangeValue, TupleValue, Value
from .common import Undef
from .container_typing import ContainerTypingMixin, Undecided
from .list_nesting import NestedListsMixin
from .list_tuples import (array_of_tuples, is_item_tuple, tuple_as_item, tuple_item_type,
                          unify_tuples)

# What a list may be built from when it is bound to a name: a fresh list.
FRESH_LIST_NODES = (ast.List, ast.ListComp)

METHODS = ("append", "pop", "extend", "insert", "remove", "index", "count",
           "reverse", "sort", "copy", "clear")


class ListMethod:
    """`l.method` waiting to be called; `name_node` is the list's name."""

    def __init__(self, lst, name, name_node):
        self.lst = lst
        self.name = name
        self.name_node = name_node
        self.type = None


def holds_arrays(v):
    """A list or dict of arrays (list_aliasing.py checks how it is used)."""
    t = getattr(v, "type", None) if isinstance(v, Value) else None
    return isinstance(t, T.List) and isinstance(t.dtype, T.Array) or \
        isinstance(t, T.Dict) and isinstance(t.value_type, T.Array)


def is_list(v):
    return isinstance(v, Value) and isinstance(v.type, T.List)


class ListsMixin(ContainerTypingMixin, NestedListsMixin):
    # -- building -----------------------------------------------------------------
    def site_of(self, node):
        return (node.lineno, node.col_offset)

    def new_list(self, node, items=(), typed=False):
        """A list built at `node` holding `items` (Values): its element type
        is their unified type, widened by what later appends need (`typed`:
        built by List(), T.List's flag)."""
        pos = self.pos(node)
        site = self.site_of(node)
        dtype = self.list_hints.get(site)
        for v in items:
            dtype = self.unify_items(dtype, self.item_type(v, node), node)
        if dtype is None:
            t = T.List(T.int64, site, typed)
        else:
            t = T.List(dtype, typed=typed)
        if isinstance(t.dtype, T.Array):
            self.array_list_sites.add(site)
        capacity = self.b.constant(max(len(items), 1), T.int64, pos) if items else None
        lst = self.b.list_new(t, capacity, pos)
        self.container_roots[site] = lst
        if dtype is None:  # `[]` before its first append: decided then
            self.undecided[site] = Undecided(t, lst, node)
        for v in items:
            lst = self.b.list_append(lst, self.as_item(v, t.dtype, node), pos)
        return lst

    def item_type(self, v, node, appended=False):
        """The type `v` has as a list item: a scalar's, a tuple of scalars'
        or an array's (`appended`: refused as `l.append(v)`'s)."""
        if is_item_tuple(v):
            return tuple_item_type(self, v, node)
        if is_list(v):
            return self.nested_item_type(v, node)
        self.refuse_string_item(v, "list items", node)
        if not isinstance(v, Value) or not isinstance(v.type, (T.Scalar, T.Array)):
            raise self.error(TypingError if isinstance(v, (Value, TupleValue))
                             else UnsupportedError,
                             ("lists hold" if appended else "list items must be") +
                             " scalars (bool, int, float), tuples of them or arrays; " +
                             ("cannot append " if appended else "got ") +
                             f"{getattr(v, 'type', v)}", node)
        return v.type

    def unify_items(self, have, t, node, what="list items must be scalars (bool, "
                    "int, float), tuples of them or arrays of one dtype and rank"):
        """The element type of a list holding `have` items and a `t` one:
        scalars promote (Numba's rules); arrays need one dtype and rank, and
        the list holds C-contiguous copies of them. `what` starts the
        TypingError."""
        if isinstance(t, T.Array):
            if t.ndim == 0:
                raise self.error(UnsupportedError, "lists of 0-d arrays are not "
                                 "supported", node)
            t = T.Array(t.dtype, t.ndim)
        if isinstance(t, T.Scalar) and t.is_complex:  # the dialect's lists have no layout for them
            raise self.error(UnsupportedError, "lists of complex numbers are not "
                             "supported (an array of them is: np.empty(n, np.complex128))",
                             node)
        if isinstance(have, T.List) or isinstance(t, T.List):
            return self.unify_nested(have, t, node, what)
        if have is None:
            return t
        if isinstance(have, T.Tuple) or isinstance(t, T.Tuple):
            return unify_tuples(self, have, t, node, what)
        if isinstance(have, T.Array) or isinstance(t, T.Array):
            if have == t:
                return t
            raise self.error(TypingError, f"{what}: cannot unify {have} and {t}", node)
        try:
            return T.promote(have, t)
        except Exception:
            raise self.error(TypingError, f"{what}: cannot unify {have} and {t}",
                             node) from None

    def as_item(self, v, dtype, node):
        """`v` as an item of a list of `dtype`: a scalar cast, an array as a
        C-contiguous array (the list copies it in), a tuple's fields cast."""
        if isinstance(dtype, T.Tuple):
            return tuple_as_item(self, v, dtype, node)
        if isinstance(dtype, T.List):
            return self.nested_as_item(v, dtype, node)
        if not isinstance(dtype, T.Array):
            return S.cast(self.b, v, dtype, self.pos(node))
        if v.type.mlir() != dtype.mlir():
            v = self.array_map([v], lambda b, a: a[0], node)
        if v.type.mlir() != dtype.mlir():
            raise self.error(UnsupportedError, f"cannot store {v.type} in a list of "
                             f"{dtype}", node)
        return Value(v.h, dtype)

    def expr_List(self, node):
        return self.new_list(node, [self.materialize(self.expr(e), e) for e in node.elts])

    def list_append(self, lst, value, node, name_node):
        """`l.append(value)`; rebinds the name `l` to the result."""
        value = self.materialize(value, node)
        site = lst.type.site
        item = self.unify_items(None, self.item_type(value, node, appended=True), node)
        if site is not None:  # the first append decides an empty list's type
            self.decide_container(lst.type, {"dtype": item}, node)
        want = self.unify_items(lst.type.dtype, item, node,
                                f"cannot append {value.type} to a {lst.type}")
        if want != lst.type.dtype:
            site = self.list_origins.get(name_node.id)
            if site is not None:  # else a parameter's or a call's list: its type
                self.widen_list(site, want, node, have=lst.type)  # is fixed,
                # the item cast (Numba)
        pos = self.pos(node)
        return self.b.list_append(lst, self.as_item(value, lst.type.dtype, node),
                                  pos)

    def check_list_binding(self, name, value, value_node, node):
        """A list lives in one name: bound from a fresh list only."""
        if not is_list(value):
            return
        if value.h in self.fresh_lists:  # a call's result: its type is fixed
            self.fresh_lists.discard(value.h)
            return
        if value.h in self.fresh_list_sites:  # List(): as `[]`
            self.list_origins[name] = self.fresh_list_sites.pop(value.h)
            return
        if getattr(value_node, "nested_item", False):  # `for row in l` (list_nesting)
            return
        if value.h in self.list_item_views:
            raise self.error(UnsupportedError, f"binding '{name}' to an item of a list "
                             "of lists is not supported (it would be a view of the "
                             "outer list's buffer): index the outer list where the "
                             "item is used, or bind a copy (`l[i].copy()`)", node)
        if isinstance(value_node, ast.Name) and self.rebound_next(node, value_node.id) \
                and value_node.id not in getattr(self, "inout", ()) and \
                not isinstance(value.type.dtype, (T.Array, T.List)):
            # `inp = output` then `output = []`: the list moves to `inp` (not
            # a parameter's, which goes back to the caller by its name)
            origin = self.list_origins.get(value_node.id)
            if origin is not None:
                self.list_origins[name] = origin
            return
        if not isinstance(value_node, FRESH_LIST_NODES):
            raise self.error(UnsupportedError, "a list can be bound to one name only, "
                             "from a list literal or comprehension (aliasing a list, "
                             f"as in `{name} = other`, is not supported)", node)
        self.list_origins[name] = self.site_of(value_node)
        if isinstance(value_node, ast.List):  # `l = [a, b]`: `a` is l[0] after
            names = [e.id for e in value_node.elts if isinstance(e, ast.Name)]
            for k, e in enumerate(value_node.elts):
                if isinstance(e, ast.Name) and names.count(e.id) == 1:
                    self.alias_item(e, value, self.b.constant(k, T.int64, self.pos(e)),
                                    self.pos(e))

    def rebound_next(self, stmt, name):
        """Whether the statement after `stmt` in its block binds `name` to a
        new list (a list literal or comprehension)."""
        for block in (getattr(n, f, None) for n in ast.walk(self.src.fdef)
                      for f in ("body", "orelse", "finalbody")):
            if not isinstance(block, list):
                continue
            for k, s in enumerate(block[:-1]):
                if s is stmt:
                    after = block[k + 1]
                    return isinstance(after, ast.Assign) and len(after.targets) == 1 and \
                        isinstance(after.targets[0], ast.Name) and \
                        after.targets[0].id == name and \
                        isinstance(after.value, FRESH_LIST_NODES)
        return False

    def refuse_list(self, v, what, node):
        items = v.items if isinstance(v, TupleValue) else [v]
        if any(is_list(x) for x in items):
            raise self.error(UnsupportedError, f"lists cannot be {what}; convert with "
                             "np.array(l)", node)
        if any(isinstance(x, Value) and isinstance(x.type, (T.Dict, T.Set))
               for x in items):
            raise self.error(UnsupportedError, f"dicts and sets cannot be {what}; copy "
                             "the keys and values into arrays", node)

    # -- methods, len, indexing -------------------------------------------------
    def list_attribute(self, lst, attr, node):
        if attr not in METHODS:
            raise self.error(UnsupportedError, f"unsupported list method '{attr}' "
                             f"(supported: {', '.join(METHODS)})", node)
        return ListMethod(lst, attr, node.value)

    def call_list_method(self, m, node):
        pos = self.pos(node)
        if m.name != "append" and (m.name != "pop" or node.args):
            return self.call_more_list_method(m, node)
        if node.keywords:
            raise self.error(TypingError, f"{m.name}() takes no keyword arguments", node)
        if m.name == "append":
            if len(node.args) != 1:
                raise self.error(TypingError, f"append() takes exactly one argument "
                                 f"({len(node.args)} given)", node)
            if not isinstance(m.name_node, ast.Name):
                return self.nested_append(m, node) or PyObj(None)
            new = self.list_append(m.lst, self.expr(node.args[0]), node, m.name_node)
            self.env[m.name_node.id] = new
            self.alias_item(node.args[0], new, None, pos)
            return PyObj(None)
        item = self.b.list_pop(m.lst, pos)
        if is_list(item):  # a list of lists' item: a new list, which a name may bind
            self.fresh_lists.add(item.h)
        return item

    def list_index(self, node):
        k = self.scalar(node)
        if k.type.is_float:
            raise self.error(TypingError, "list indices must be integers, not float",
                             node)
        return S.cast(self.b, k, T.int64, self.pos(node)) if k.type.is_bool else k

    def list_item(self, lst, node):
        if isinstance(node.slice, ast.Slice):
            return self.list_slice(lst, node.slice, node)
        if isinstance(node.slice, ast.Tuple):
            raise self.error(TypingError, "list indices must be integers or slices, "
                             "not tuple", node)
        index = self.list_index(node.slice)
        item = self.b.list_get(lst, index, self.pos(node))
        self.note_nested_item(lst, index, item)
        pending = self.undecided.get(lst.type.site)
        if pending is not None and isinstance(item, Value):
            pending.reads.add(item.h)
        return item

    def unpack_undecided_item(self, value, count, node):
        """`a, b = l[-1]` before the first append decides `l`'s type: the
        dialect retypes the list to hold tuples of `count` placeholder fields
        (the read unused so far takes it), whose fields the append then
        decides in place; where it refuses, `count` placeholders, and the
        list is built again with the type the append decides. Anything else
        cannot be unpacked (TypingError); an optional tuple is unpacked as
        its value (Numba's TypeError when it is None)."""
        if isinstance(value, TupleValue) and isinstance(value.type, T.Optional):
            return self.unpack(self.unwrap_optional(value, node), count, node)
        for pending in self.undecided.values():
            if isinstance(value, Value) and value.h in pending.reads:
                fields = T.Tuple([value.type] * count)
                if isinstance(value.type, T.Scalar) and self.retype_in_place(
                        pending.container, {"dtype": fields}) is None:
                    return self.b.list_item(value.h, fields, self.pos(node)).items
                pending.diverged = True
                return [self.b.constant(0, T.int64, self.pos(node))] * count
        raise self.error(TypingError, f"cannot unpack {getattr(value, 'type', value)}",
                         node)

    def store_list_item(self, lst, target, value, node):
        if isinstance(target.slice, ast.Slice):
            return self.store_list_slice(lst, target, value, node)
        if isinstance(target.slice, ast.Tuple):
            raise self.error(TypingError, "list indices must be integers or slices, "
                             "not tuple", node)
        if isinstance(lst.type.dtype, T.Array):
            return self.store_array_item(lst, target, value, node)
        if isinstance(lst.type.dtype, T.List):
            return self.store_nested_item(lst, target, value, node)
        if isinstance(lst.type.dtype, T.Tuple):  # fields cast as an append's
            item = self.item_type(self.materialize(value, node), node)
            if self.unify_items(lst.type.dtype, item, node) != lst.type.dtype:
                raise self.error(TypingError, f"cannot store {item} in a {lst.type} "
                                 "(it would need a wider element type)", node)
            self.b.list_set(self.as_item(value, lst.type.dtype, node), lst,
                            self.list_index(target.slice), self.pos(node))
            return
        if not isinstance(value, Value) or not isinstance(value.type, T.Scalar):
            raise self.error(TypingError, f"cannot store {getattr(value, 'type', value)} "
                             f"in a {lst.type}", node)
        if T.promote(lst.type.dtype, value.type) != lst.type.dtype:
            raise self.error(TypingError, f"cannot store {value.type} in a {lst.type} "
                             "(it would need a wider element type)", node)
        pos = self.pos(node)
        index = self.list_index(target.slice)
        self.b.list_set(S.cast(self.b, value, lst.type.dtype, pos), lst, index, pos)

    def store_array_item(self, lst, target, value, node):
        """`l[i] = array`: the list copies it in and may move (rebinds `l`)."""
        if not isinstance(value, Value) or not isinstance(value.type, T.Array) \
                or self.unify_items(lst.type.dtype, value.type, node) != lst.type.dtype:
            raise self.error(TypingError, f"cannot store {getattr(value, 'type', value)} "
                             f"in a {lst.type}", node)
        if not isinstance(target.value, ast.Name):
            raise self.error(UnsupportedError, "storing an array in a list is supported "
                             "on a list held in a variable", node)
        pos = self.pos(node)
        index = self.list_index(target.slice)
        new = self.b.list_set(self.as_item(value, lst.type.dtype, node), lst,
                              index, pos)
        self.env[target.value.id] = new
        self.alias_item(getattr(node, "value", None), new, index, pos)

    def array_list_rebinds(self, stmts):
        """Names that statements rebind through a list of arrays without an
        assignment: `l[i] = a` rebinds `l` (the list may move) and `a`, `l.append(a)`
        rebinds `a` (alias_item); a loop carries them."""
        names = []
        for stmt in stmts:
            for node in ast.walk(stmt):
                lst = arg = None
                if isinstance(node, ast.Assign):
                    for t in node.targets:
                        if isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name):
                            lst, arg = t.value.id, node.value
                            if is_list(self.env.get(lst)) and \
                                    isinstance(self.env[lst].type.dtype, (T.Array, T.List)):
                                names.append(lst)
                elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                        and node.func.attr == "append" and len(node.args) == 1 \
                        and isinstance(node.func.value, ast.Name):
                    lst, arg = node.func.value.id, node.args[0]
                elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                        and self.is_nested_item(node.func.value):
                    names.append(node.func.value.value.id)  # `l[i].insert(..)` rebinds l
                v = self.env.get(lst) if lst else None
                if holds_arrays(v) and isinstance(arg, ast.Name):
                    names.append(arg.id)
        return names

    def alias_item(self, arg, lst, index, pos):
        """After `l.append(a)`, `l[i] = a`, `l = [.., a, ..]` or `d[k] = a`
        (`lst` a dict, `index` the key) with `a` a local array, `a` names
        the container's copy (Python's `a is l[-1]`), so writes through `a`
        change the item; a parameter keeps the caller's array."""
        if not holds_arrays(lst) or not isinstance(arg, ast.Name):
            return
        is_dict = isinstance(lst.type, T.Dict)
        item_type = lst.type.value_type if is_dict else lst.type.dtype
        v = self.env.get(arg.id)
        if not isinstance(v, Value) or not isinstance(v.type, T.Array) or \
                v.type.mlir() != item_type.mlir() or \
                any(a.arg == arg.id for a in self.params):
            return
        if is_dict:
            item = self.b.dict_get(lst, index, pos)
        else:
            if index is None:  # the item appended
                index = self.b.constant(-1, T.int64, pos)
            item = self.b.list_get(lst, index, pos)
        self.env[arg.id] = Value(item.h, v.type)
        self.items_renamed.add(id(arg))

    def truth_of(self, v, node):
        """bool(v) of a list, dict, set or tuple: not empty, as Python."""
        if isinstance(v, RangeValue):  # `if r:` of a range
            return S.truth(self.b, v.length, self.pos(node))
        if isinstance(v, TupleValue):
            return PyObj(bool(v.items))
        if isinstance(getattr(v, "type", None), (T.List, T.Dict, T.Set)):
            return S.truth(self.b, v, self.pos(node))
        if isinstance(getattr(v, "type", None), T.Str):  # not empty
            return S.truth(self.b, self.string_len(v, node), self.pos(node))
        self.check_scalar(v, node)  # its error

    def refuse_array_list(self, lst, what, node, tuples=False):
        """Operations that lists of arrays do not have (yet), nor lists of
        tuples unless `tuples` (the templates that only move items)."""
        kinds = (T.Array, T.List) if tuples else (T.Array, T.List, T.Tuple)
        if is_list(lst) and isinstance(lst.type.dtype, kinds):
            has = "the list methods, " \
                "sorted(), indexing, slices, del, list(l), len and iteration" \
                if isinstance(lst.type.dtype, T.Tuple) else \
                "append, pop(), len, indexing, item assignment and iteration"
            kind = {T.Array: "arrays", T.List: "lists", T.Tuple: "tuples"}[
                type(lst.type.dtype)]
            raise self.error(UnsupportedError, f"{what} of a list of {kind} is not "
                             f"supported (lists of {kind} have {has})", node)

    def list_contains(self, lst, x, node):
        """`x in l`: a loop over the items (short-circuit not needed)."""
        self.refuse_array_list(lst, "'in'", node)
        tmp = f"$in{node.lineno}_{node.col_offset}"
        self.env[tmp + "l"], self.env[tmp + "x"] = lst, self.scalar_or_error(x, node)
        self.env[tmp] = self.b.constant(False, T.boolean, self.pos(node))
        loop = ast.For(
            target=ast.Name(id=tmp + "i", ctx=ast.Store()),
            iter=ast.Call(func=ast.Name(id="range", ctx=ast.Load()), args=[
                ast.Call(func=ast.Name(id="len", ctx=ast.Load()),
                         args=[ast.Name(id=tmp + "l", ctx=ast.Load())], keywords=[])],
                keywords=[]),
            body=[ast.If(test=ast.Compare(
                left=ast.Subscript(value=ast.Name(id=tmp + "l", ctx=ast.Load()),
                                   slice=ast.Name(id=tmp + "i", ctx=ast.Load()),
                                   ctx=ast.Load()),
                ops=[ast.Eq()], comparators=[ast.Name(id=tmp + "x", ctx=ast.Load())]),
                body=[ast.Assign(targets=[ast.Name(id=tmp, ctx=ast.Store())],
                                 value=ast.Constant(True)), ast.Break()], orelse=[])],
            orelse=[], type_comment=None)
        self.emit_synthetic(loop, node)
        found = self.env.pop(tmp)
        for suffix in ("l", "x"):
            self.env.pop(tmp + suffix, None)
        return found

    def scalar_or_error(self, v, node):
        v = self.materialize(v, node)
        if not isinstance(v, Value) or not isinstance(v.type, T.Scalar):
            raise self.error(TypingError, f"'in' a list needs a scalar, got "
                             f"{getattr(v, 'type', v)}", node)
        return v

    def emit_synthetic(self, stmt, node):
        """Emits `stmt`, which the frontend built for `node` (a user loop it
        rewrites, or an expression such as a comprehension); its loops
        remember `node` for dead_after_loop."""
        self.remember_origin(stmt, node)
        for n in ast.walk(stmt):
            if not hasattr(n, "lineno") or n.lineno is None:
                ast.copy_location(n, node)
        ast.fix_missing_locations(stmt)
        self.emit_stmt(stmt)

    # -- iteration and comprehensions ---------------------------------------------
    def for_list(self, stmt, lst):
        """`for x in l` as `for $i in range(len(l)): x = l[$i]; ...`, or,
        when the body may change the list's length, as Python's iterator:
        `while $i < len(l): x = l[$i]; $i += 1; ...` (items appended are
        visited, the loop stops early after pops)."""
        tag = f"$li{stmt.lineno}_{stmt.col_offset}_{len(self.loops)}"
        lst_node = stmt.iter
        if not isinstance(lst_node, ast.Name):
            self.env[tag + "l"] = lst
            lst_node = ast.Name(id=tag + "l", ctx=ast.Load())
        item = ast.Subscript(value=lst_node, slice=ast.Name(id=tag, ctx=ast.Load()),
                             ctx=ast.Load())
        length = ast.Call(func=ast.Name(id="len", ctx=ast.Load()), args=[lst_node],
                          keywords=[])
        take = ast.Assign(targets=[stmt.target], value=item)
        item.nested_item = nested = self.check_nested_loop(stmt, lst)
        if self.resizes_list(stmt.body, lst_node.id):
            self.env[tag] = self.b.constant(0, T.int64, self.pos(stmt))
            loop = ast.While(
                test=ast.Compare(left=ast.Name(id=tag, ctx=ast.Load()), ops=[ast.Lt()],
                                 comparators=[length]),
                body=[take, ast.AugAssign(target=ast.Name(id=tag, ctx=ast.Store()),
                                          op=ast.Add(), value=ast.Constant(1))]
                + stmt.body, orelse=stmt.orelse)
        else:
            loop = ast.For(
                target=ast.Name(id=tag, ctx=ast.Store()),
                iter=ast.Call(func=ast.Name(id="range", ctx=ast.Load()), args=[length],
                              keywords=[]),
                body=[take] + stmt.body, orelse=stmt.orelse, type_comment=None)
        self.emit_synthetic(loop, stmt)
        if nested and isinstance(stmt.target, ast.Name):  # a view: not after the loop
            self.env[stmt.target.id] = Undef()

    def resizes_list(self, stmts, name):
        """Whether `stmts` may change the length of the list `name`: its
        methods, `del`, slice assignment, `+=`/`*=`, or a compiled call."""
        if name in self.containers_passed(stmts):
            return True
        for node in ast.walk(ast.Module(body=stmts, type_ignores=[])):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                    isinstance(node.func.value, ast.Name) and node.func.value.id == name \
                    and node.func.attr in ("append", "pop", "insert", "extend",
                                           "remove", "clear"):
                return True
            targets = node.targets if isinstance(node, (ast.Assign, ast.Delete)) else \
                [node.target] if isinstance(node, ast.AugAssign) else []
            for t in targets:
                if isinstance(t, ast.Name) and t.id == name and \
                        isinstance(node, ast.AugAssign) or \
                        isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) \
                        and t.value.id == name and (isinstance(node, ast.Delete) or
                                                    isinstance(t.slice, ast.Slice)):
                    return True
        return False

    def expr_ListComp(self, node, typed=False):
        """`[e for t in it if c ...]`: an empty list appended to by the
        loops (the comprehension's names do not leak, as in Python 3);
        `typed` for `List(it)`."""
        tmp = f"$lc{node.lineno}_{node.col_offset}"
        targets = set()
        for gen in node.generators:
            if getattr(gen, "is_async", 0):
                raise self.error(UnsupportedError, "async comprehensions", node)
            for n in ast.walk(gen.target):
                if isinstance(n, ast.Name):
                    targets.add(n.id)
        saved = {n: self.env[n] for n in targets if n in self.env}
        append = ast.Expr(value=ast.Call(
            func=ast.Attribute(value=ast.Name(id=tmp, ctx=ast.Load()), attr="append",
                               ctx=ast.Load()), args=[node.elt], keywords=[]))
        ast.copy_location(append, node.elt)
        body = append
        for gen in reversed(node.generators):
            for cond in reversed(gen.ifs):
                body = ast.copy_location(ast.If(test=cond, body=[body], orelse=[]), cond)
            body = ast.copy_location(ast.For(target=gen.target, iter=gen.iter,
                                             body=[body], orelse=[], type_comment=None),
                                     node)
        self.env[tmp] = self.new_list(node, typed=typed)
        self.list_origins[tmp] = self.site_of(node)
        self.emit_synthetic(body, node)
        result = self.env.pop(tmp)
        for n in targets:
            self.env.pop(n, None)
        self.env.update(saved)
        return result

    # -- np.array ------------------------------------------------------------------
    def call_np_array(self, obj, node):
        name = "np.array" if obj is np.array else "np.asarray"
        kw = self.kwargs(node, ("dtype",), name)
        if len(node.args) == 2 and "dtype" not in kw:  # np.array(items, np.int64)
            kw["dtype"] = node.args[1]
        elif len(node.args) != 1:
            raise self.error(TypingError, f"{name}() takes one positional argument "
                             "(and dtype=)", node)
        dtype = self.dtype_kw(kw, None)
        arg = node.args[0]
        if isinstance(arg, (ast.List, ast.Tuple)) and arg.elts and all(
                isinstance(e, (ast.List, ast.Tuple)) for e in arg.elts):
            rows = [[self.materialize(self.expr(x), x) for x in e.elts] for e in arg.elts]
            return self.array_from_items(rows, dtype, node)
        if isinstance(arg, (ast.List, ast.Tuple)):
            items = [self.materialize(self.expr(x), x) for x in arg.elts]
            if any(isinstance(x, TupleValue) for x in items):
                return self.array_from_items([self.tuple_items(x, arg) for x in items],
                                             dtype, node)
            return self.array_from_items(items, dtype, node)
        v = self.materialize(self.expr(arg), arg)
        if isinstance(v, RangeValue):  # not the tuple of its fields
            raise self.error(UnsupportedError, f"{name}() of a range object is not "
                             "supported (as in Numba): use np.arange(start, stop, step)",
                             node)
        if isinstance(v, TupleValue):
            if any(isinstance(x, TupleValue) for x in v.items):
                return self.array_from_items([self.tuple_items(x, arg) for x in v.items],
                                             dtype, node)
            return self.array_from_items(v.items, dtype, node)
        if is_list(v) and isinstance(v.type.dtype, T.Tuple):
            return array_of_tuples(self, v, dtype, node)
        if is_list(v):
            self.refuse_array_list(v, name, node)
            a = self.b.list_to_array(v, self.pos(node))
            return a if dtype is None or dtype == v.type.dtype else self.astype(a, dtype,
                                                                                  node)
        if isinstance(v.type, T.Array):
            if obj is np.asarray and (dtype is None or dtype == v.type.dtype):
                return v
            want = dtype or v.type.dtype
            return self.array_map([v], lambda b, a: S.cast(b, a[0], want, self.pos(node)),
                                  node)
        if isinstance(v.type, T.Scalar):
            return self.array_from_items_0d(v, dtype, node)
        raise self.error(UnsupportedError, f"{name}() of {v.type}", node)

    def tuple_items(self, v, node):
        if not isinstance(v, TupleValue):
            raise self.error(TypingError, "np.array of a nested sequence needs rows "
                             "of equal length", node)
        return v.items

    def array_from_items(self, items, dtype, node):
        """A new 1-D array of scalars `items`, or 2-D of rows of them."""
        pos = self.pos(node)
        two_d = bool(items) and isinstance(items[0], list)
        rows = items if two_d else [items]
        width = len(rows[0]) if rows else 0
        if any(len(r) != width for r in rows):
            raise self.error(TypingError, "np.array: the rows of a nested sequence must have the "
                             "same length (an inhomogeneous shape)", node)
        want = dtype
        for r in rows:
            for v in r:
                if not isinstance(v, Value) or not isinstance(v.type, T.Scalar):
                    raise self.error(TypingError, "np.array takes sequences of scalars; "
                                     f"got {getattr(v, 'type', v)}", node)
                if dtype is None:
                    want = v.type if want is None else T.promote(want, v.type)
        want = want or T.float64  # np.array([]) is float64
        sizes = [len(rows), width] if two_d else [width]
        arr = self.b.empty(T.Array(want, len(sizes)),
                           [self.b.constant(s, T.int64, pos) for s in sizes], pos)
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                idx = [i, j] if two_d else [j]
                self.b.store(S.cast(self.b, v, want, pos), arr,
                             [self.b.constant(k, T.int64, pos) for k in idx], pos,
                             nowrap=True, noboundscheck=True)
        return arr

    def array_from_items_0d(self, v, dtype, node):
        pos = self.pos(node)
        want = dtype or v.type
        return self.b.full(T.Array(want, 0), [], S.cast(self.b, v, want, pos), pos)

