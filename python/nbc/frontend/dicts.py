"""Dicts and sets: `{}`, `{k: v}`, `{x, y}`, `dict()`, `set()`, `set(it)`,
`nbc.typed.Dict.empty(...)`, comprehensions, `d[k]`, `d[k] = v`, `del d[k]`,
`in`, `len`, the methods, and iteration in insertion order (nbc.dict_* ops).

As a list, a table value is an SSA value (!nbc.dict<K, V>, !nbc.set<K>) and
an insertion returns the table from then on, so the frontend rebinds the
name: a table lives in one variable. The types of `{}`/`dict()`/`set()` are
decided by the first insertion, guessed by a read before it and widened by
a later insertion that needs more, in the dialect (container_typing.py)."""

import ast

from .. import types as T
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .builder import PyObj, TupleValue, Value
from .container_typing import Undecided
from .dict_tuples import (DictTuplesMixin, cast_item, equal_items, is_item_tuple,
                          promote_item, where_item)
from .dict_values import DictValuesMixin, TableCursor, is_dict, is_table
from .set_methods import SET_METHOD_NAMES, SetMethodsMixin
from .table_methods import TableMethodsMixin

DICT_METHODS = ("get", "setdefault", "pop", "keys", "values", "items", "update", "clear",
                "copy", "popitem")
SET_METHODS = ("add", "discard", "remove", "update", "clear", "copy", *SET_METHOD_NAMES)
DELETE_HINT = ("'del' is supported on dict and list items (`del d[k]`, `del l[i]`, "
               "`del l[a:b]`) only: assign a new value instead")


class TableMethod:
    """`d.method` waiting to be called; `name_node` is the table's name."""

    def __init__(self, table, name, name_node):
        self.table = table
        self.name = name
        self.name_node = name_node
        self.type = None


class TableView:
    """`d.keys()`, `d.values()`, `d.items()`: iterable in a for loop."""

    def __init__(self, table, what, name_node):
        self.table = table
        self.what = what
        self.name_node = name_node
        self.type = None


def is_typed_dict_class(obj):
    """nbc.typed.Dict or numba.typed.Dict (called with no arguments, it is
    an empty dict typed by its first insertion, as Numba's)."""
    return isinstance(obj, type) and obj.__name__ == "Dict" and \
        obj.__module__.split(".")[0] in ("nbc", "numba") and "typed" in obj.__module__


def is_typed_dict_empty(obj):
    """nbc.typed.Dict.empty or numba.typed.Dict.empty."""
    owner = getattr(obj, "__self__", None)
    return getattr(obj, "__name__", "") == "empty" and isinstance(owner, type) and \
        owner.__name__ == "Dict" and owner.__module__.split(".")[0] in ("nbc", "numba") \
        and "typed" in owner.__module__


class DictsMixin(TableMethodsMixin, SetMethodsMixin, DictValuesMixin, DictTuplesMixin):
    # -- building -----------------------------------------------------------------
    def new_table(self, node, key_type=None, value_type=None, is_set=False):
        """An empty dict (or set) built at `node`: its types are the given
        ones, else those its insertions decide."""
        site = self.site_of(node)
        hint = self.list_hints.get(site)
        if hint is not None:
            key_type, value_type = hint
        if key_type is None:
            t = T.Set(T.int64, site) if is_set else T.Dict(T.int64, T.int64, site)
        else:
            t = T.Set(key_type) if is_set else T.Dict(key_type, value_type)
        if isinstance(value_type, T.Array):  # for list_aliasing.py
            self.array_list_sites.add(site)
        table = self.b.dict_new(t, self.pos(node))
        self.container_roots[site] = table
        if key_type is None:  # decided by the first insertion
            self.undecided[site] = Undecided(t, table, node)
        self.fresh_tables[table.h] = site
        return table

    def check_item(self, v, what, node):
        v = self.materialize(v, node)
        if is_item_tuple(v):
            return self.check_tuple_item(v, what, node)
        self.refuse_string_item(v, what, node)
        if not isinstance(v, Value) or not isinstance(v.type, T.Scalar) or \
                v.type.is_complex:
            raise self.error(TypingError, f"{what} must be scalars (bool, int, float) "
                             f"or tuples of them; got {getattr(v, 'type', v)}", node)
        return v

    def table_insert(self, table, key, value, node, name_node=None):
        """`table[key] = value` (value None for a set's add): the new table."""
        what = "set items" if value is None else "dict keys"
        key = self.check_item(key, what, node)
        if value is not None:
            value = self.check_value(value, node)
        t = table.type
        if value is not None:
            self.refuse_tuple_keyed_arrays(key.type, value.type, node)
        if t.site is not None:  # the first insertion decides the types
            self.decide_container(t, self.table_fields(
                key.type, value and self.value_type_of(None, value, node)), node)
        want_key = promote_item(t.key_type, key.type)
        if want_key is None:
            raise self.error(TypingError, f"cannot insert a {key.type} key into a {t}",
                             node)
        want_value = None if value is None else \
            self.value_type_of(t.value_type, value, node)
        if want_key != t.key_type or (value is not None and want_value != t.value_type):
            origin = self.table_origins.get(table.h)
            if origin is None and isinstance(name_node, ast.Name):
                origin = self.list_origins.get(name_node.id)
            if origin is None:
                raise self.error(TypingError, f"cannot insert a {key.type} key "
                                 f"{'' if value is None else f'and a {value.type} value '}"
                                 f"into a {t}", node)
            self.decide_table(origin, want_key, want_value, have=t)
        pos = self.pos(node)
        key = cast_item(self.b, key, t.key_type, pos)
        if value is None:
            return self.b.set_add(table, key, pos)
        return self.b.dict_insert(table, key, self.as_item(value, t.value_type, node), pos)

    def rebind(self, name_node, table, node):
        if not isinstance(name_node, ast.Name):
            raise self.error(UnsupportedError, "dicts and sets can be updated only "
                             "through the variable holding them", node)
        site = self.list_origins.get(name_node.id)
        if site is not None:
            self.table_origins[table.h] = site
        self.env[name_node.id] = table

    def check_table_binding(self, name, value, node):
        """A dict or set lives in one name, bound when it is built."""
        site = self.fresh_tables.pop(value.h, None)
        if site is None:
            raise self.error(UnsupportedError, "a dict or set can be bound to one name "
                             "only, where it is built (aliasing it, as in "
                             f"`{name} = other`, is not supported)", node)
        self.list_origins[name] = site
        self.table_origins[value.h] = site

    def expr_Dict(self, node):
        if any(k is None for k in node.keys):
            raise self.error(UnsupportedError, "'**' in dict literals is not supported",
                             node)
        pairs = [(self.check_item(self.expr(k), "dict keys", k),
                  self.check_value(self.expr(v), v))
                 for k, v in zip(node.keys, node.values)]
        key_type = value_type = None
        for k, v in pairs:
            key_type = self.promote_or_refuse(key_type, k.type, "dict keys", node)
            value_type = self.value_type_of(value_type, v, node)
        table = self.new_table(node, key_type, value_type)
        return self.fill(table, pairs, node)

    def expr_Set(self, node):
        items = [self.check_item(self.expr(e), "set items", e) for e in node.elts]
        key_type = None
        for k in items:
            key_type = self.promote_or_refuse(key_type, k.type, "set items", node)
        table = self.new_table(node, key_type, is_set=True)
        return self.fill(table, [(k, None) for k in items], node)

    def fill(self, table, pairs, node):
        site = self.fresh_tables.pop(table.h)
        for k, v in pairs:
            table = self.table_insert(table, k, v, node)
        self.fresh_tables[table.h] = site
        return table

    def call_table_builtin(self, obj, node):
        """`dict()`, `set()`, `set(iterable)`."""
        is_set = obj is set
        if node.keywords or len(node.args) > is_set:
            raise self.error(UnsupportedError, f"{obj.__name__}() takes "
                             f"{'at most one iterable' if is_set else 'no arguments'} "
                             "in kernels", node)
        if not node.args:
            return self.new_table(node, is_set=is_set)
        comp = ast.SetComp(elt=ast.Name(id="$setx", ctx=ast.Load()), generators=[
            ast.comprehension(target=ast.Name(id="$setx", ctx=ast.Store()),
                              iter=node.args[0], ifs=[], is_async=0)])
        return self.expr(ast.copy_location(comp, node))

    def set_binop(self, op, x, y, node):
        """`a | b`, `a & b`, `a - b`, `a ^ b` of sets: a new set, built by
        comprehensions over the operands (insertion order: a's, then b's)."""
        symbol = {"BitOr": "|", "BitAnd": "&", "Sub": "-", "BitXor": "^"}.get(op)
        if symbol is None or not (isinstance(getattr(x, "type", None), T.Set) and
                                  isinstance(getattr(y, "type", None), T.Set)):
            raise self.error(TypingError, f"unsupported operand types for "
                             f"{S.SYMBOL.get(op, op)}: {getattr(x, 'type', x)} and "
                             f"{getattr(y, 'type', y)}", node)
        tag = f"$so{node.lineno}_{node.col_offset}"
        self.env[tag + "a"], self.env[tag + "b"] = x, y

        def name(n):
            return ast.Name(id=tag + n, ctx=ast.Load())

        def member(left, right, negate):
            test = ast.Compare(left=ast.Name(id=tag + "x", ctx=ast.Load()),
                               ops=[ast.NotIn() if negate else ast.In()],
                               comparators=[name(right)])
            return ast.comprehension(target=ast.Name(id=tag + "x", ctx=ast.Store()),
                                     iter=name(left), ifs=[test], is_async=0)

        def comp(*generators):
            return ast.copy_location(ast.SetComp(
                elt=ast.Name(id=tag + "x", ctx=ast.Load()), generators=list(generators)),
                node)

        everything = ast.comprehension(target=ast.Name(id=tag + "x", ctx=ast.Store()),
                                       iter=name("a"), ifs=[], is_async=0)
        first = {"|": everything, "&": member("a", "b", False),
                 "-": member("a", "b", True), "^": member("a", "b", True)}[symbol]
        result = self.expr(comp(first))
        if symbol in ("|", "^"):  # then b's items (not in a, for ^)
            site = self.fresh_tables.pop(result.h)
            self.env[tag + "r"] = result
            self.list_origins[tag + "r"] = site
            add = ast.Expr(value=ast.Call(
                func=ast.Attribute(value=name("r"), attr="add", ctx=ast.Load()),
                args=[ast.Name(id=tag + "x", ctx=ast.Load())], keywords=[]))
            if symbol == "^":
                add = ast.If(test=ast.Compare(left=ast.Name(id=tag + "x", ctx=ast.Load()),
                                              ops=[ast.NotIn()], comparators=[name("a")]),
                             body=[add], orelse=[])
            self.emit_synthetic(ast.For(target=ast.Name(id=tag + "x", ctx=ast.Store()),
                                        iter=name("b"), body=[add], orelse=[],
                                        type_comment=None), node)
            result = self.env.pop(tag + "r")
            self.fresh_tables[result.h] = site
        for n in "abx":
            self.env.pop(tag + n, None)
        return result

    # -- comprehensions -------------------------------------------------------------
    def expr_DictComp(self, node):
        return self.table_comprehension(node, is_set=False)

    def expr_SetComp(self, node):
        return self.table_comprehension(node, is_set=True)

    def table_comprehension(self, node, is_set):
        tmp = f"$dc{node.lineno}_{node.col_offset}"
        targets = set()
        for gen in node.generators:
            if getattr(gen, "is_async", 0):
                raise self.error(UnsupportedError, "async comprehensions", node)
            for n in ast.walk(gen.target):
                if isinstance(n, ast.Name):
                    targets.add(n.id)
        saved = {n: self.env[n] for n in targets if n in self.env}
        holder = ast.Name(id=tmp, ctx=ast.Load())
        if is_set:
            body = ast.Expr(value=ast.Call(
                func=ast.Attribute(value=holder, attr="add", ctx=ast.Load()),
                args=[node.elt], keywords=[]))
        else:
            body = ast.Assign(targets=[ast.Subscript(value=ast.Name(id=tmp, ctx=ast.Load()),
                                                     slice=node.key, ctx=ast.Store())],
                              value=node.value)
        ast.copy_location(body, node)
        for gen in reversed(node.generators):
            for cond in reversed(gen.ifs):
                body = ast.copy_location(ast.If(test=cond, body=[body], orelse=[]), cond)
            body = ast.copy_location(ast.For(target=gen.target, iter=gen.iter,
                                             body=[body], orelse=[], type_comment=None),
                                     node)
        table = self.new_table(node, is_set=is_set)
        self.check_table_binding(tmp, table, node)
        self.env[tmp] = table
        self.emit_synthetic(body, node)
        result = self.env.pop(tmp)
        for n in targets:
            self.env.pop(n, None)
        self.env.update(saved)
        self.fresh_tables[result.h] = self.site_of(node)
        return result

    # -- items, membership, len -----------------------------------------------------
    def table_key(self, table, node):
        return self.check_item(self.expr(node), "dict keys", node)

    def fitting_key(self, table, key, node):
        """`key` as the table's key type, and whether it is that value (an
        i32 dict holds no 2**40, an int dict no 2.5), as Python compares
        keys by value. None for a float key of an integer table when the
        caller cannot use the flag. A table whose types are not decided
        yet takes the key's type as its guess (guess_table); a wider key
        than the guess is tested as for a decided table (an insertion that
        decides another key type then builds the function again: the
        dialect refuses to retype the keys of a table something probed)."""
        t = table.type
        pos = self.pos(node)
        if t.site is not None:
            self.guess_table(table, "key_type", key.type)
        wider = promote_item(t.key_type, key.type)
        if wider is None:  # another kind of key: never in the table
            raise self.error(TypingError, f"a {key.type} key does not fit a {t}", node)
        cast = cast_item(self.b, key, t.key_type, pos)
        if wider == t.key_type:
            return cast, None
        back = cast_item(self.b, cast, key.type, pos)
        return cast, equal_items(self.b, back, key, pos)

    def keyed(self, table, key, node, action, missing, types):
        """`action(key as the key type)` when `key` is a value of the table's
        key type, else `missing()` (both give Values of `types`): `2**40`
        is not in an int32 dict, `2.0` is key 2 of an int dict, as Python
        compares keys by value."""
        cast, fits = self.fitting_key(table, key, node)
        if fits is None:
            return action(cast)
        pos = self.pos(node)
        op, then_block, else_block = self.b.if_begin(fits, pos)
        with self.b.at(then_block):
            self.b.scf_yield(action(cast), pos)
        with self.b.at(else_block):
            self.b.scf_yield(missing(), pos)
        return self.b.if_finish(op, types, pos)

    def raise_key_error(self, key, node):
        """KeyError(key) for a key of any scalar type: removing it from an
        empty set of that type raises it with the key's repr."""
        pos = self.pos(node)
        probe = self.b.dict_new(T.Set(key.type), pos)
        self.b.dict_remove(probe, key, True, pos)

    def remove_key(self, table, key, required, node):
        pos = self.pos(node)

        def missing():
            if required:
                self.raise_key_error(key, node)
            return []
        def remove(k):
            self.b.dict_remove(table, k, required, pos)
            return []
        self.keyed(table, key, node, remove, missing, [])

    def get_or_raise(self, d, key, node):
        pos = self.pos(node)

        def missing():
            self.raise_key_error(key, node)
            return [self.placeholder_value(d.type.value_type, pos)]
        return self.keyed(d, key, node, lambda k: [self.b.dict_get(d, k, pos)], missing,
                          [d.type.value_type])[0]

    def dict_item(self, d, node):
        if not isinstance(d.type, T.Dict):
            raise self.error(TypingError, "'set' object is not subscriptable", node)
        return self.get_or_raise(d, self.table_key(d, node.slice), node)

    def store_dict_item(self, d, target, value, node):
        if not isinstance(d.type, T.Dict):
            raise self.error(TypingError, "'set' object does not support item "
                             "assignment", node)
        key = self.check_item(self.expr(target.slice), "dict keys", node)
        new = self.table_insert(d, key, value, node, target.value)
        self.rebind(target.value, new, node)
        if isinstance(new.type.value_type, T.Array):  # `a` names d[k] after `d[k] = a`
            pos = self.pos(node)
            self.alias_item(getattr(node, "value", None), new,
                            S.cast(self.b, key, new.type.key_type, pos), pos)

    def table_contains(self, table, x, node):
        key = self.check_item(x, "dict keys" if is_dict(table) else "set items", node)
        cast, fits = self.fitting_key(table, key, node)
        found = self.b.dict_contains(table, cast, self.pos(node))
        return found if fits is None else S.binary(self.b, "BitAnd", fits, found,
                                                   self.pos(node))

    def emit_delete(self, stmt):
        for target in stmt.targets:
            base = self.materialize(self.expr(target.value), target) \
                if isinstance(target, ast.Subscript) else None
            if isinstance(getattr(base, "type", None), T.List):
                self.delete_list_item(base, target, stmt)
                continue
            if not is_dict(base):
                raise self.error(UnsupportedError, "unsupported statement 'Delete'",
                                 stmt, DELETE_HINT)
            self.remove_key(base, self.table_key(base, target.slice), True, stmt)

    # -- methods -------------------------------------------------------------------
    def table_attribute(self, table, attr, node):
        allowed = DICT_METHODS if is_dict(table) else SET_METHODS
        if attr not in allowed:
            kind = "dict" if is_dict(table) else "set"
            raise self.error(UnsupportedError, f"unsupported {kind} method '{attr}' "
                             f"(supported: {', '.join(allowed)})", node)
        return TableMethod(table, attr, node.value)

    def call_table_method(self, m, node):
        pos = self.pos(node)
        name, table = m.name, m.table
        if node.keywords:
            raise self.error(TypingError, f"{name}() takes no keyword arguments", node)
        if not is_dict(table) and name in SET_METHOD_NAMES:
            return self.call_set_method(m, node)
        if name in ("update", "clear", "copy", "popitem"):
            return self.call_table_method_more(m, node)
        counts = {"get": (1, 2), "setdefault": (2, 2), "pop": (1, 2), "keys": (0, 0),
                  "values": (0, 0), "items": (0, 0), "add": (1, 1), "discard": (1, 1),
                  "remove": (1, 1)}
        low, high = counts[name]
        if not low <= len(node.args) <= high:
            raise self.error(TypingError, f"{name}() takes {low}"
                             f"{'' if low == high else f' or {high}'} arguments "
                             f"({len(node.args)} given)", node)
        if name in ("keys", "values", "items"):
            return TableView(table, name, m.name_node)
        if name == "add":
            new = self.table_insert(table, self.expr(node.args[0]), None, node,
                                    m.name_node)
            self.rebind(m.name_node, new, node)
            return PyObj(None)
        arrays = isinstance(getattr(table.type, "value_type", None), T.Array)
        if arrays and name == "setdefault":
            return self.array_setdefault(m, node)
        raw_key = self.check_item(self.expr(node.args[0]), "dict keys", node)
        if arrays and name in ("get", "pop") and len(node.args) == 2:
            return self.array_value_or(table, raw_key, node.args[1], node, name == "pop")
        if name == "setdefault" and table.type.site is not None:
            raw_value = self.check_item(self.expr(node.args[1]), "dict values", node)
            self.decide_container(table.type,
                                  self.table_fields(raw_key.type, raw_value.type), node)
        if name == "get" and len(node.args) == 1:  # an Optional, as Numba's
            self.refuse_tuple_optional(table, node)
            key, fits = self.fitting_key(table, raw_key, node)
            found = self.b.dict_contains(table, key, pos)
            if fits is not None:
                found = S.binary(self.b, "BitAnd", fits, found, pos)
            return TupleValue([found, self.get_if_found(table, key, found, node)],
                              T.Optional(table.type.value_type))
        if name == "get":
            key, fits = self.fitting_key(table, raw_key, node)
            fallback = self.item_value(table, node.args[1], node)
            value = self.b.dict_get_or(table, key, fallback, pos)
            return value if fits is None else where_item(self.b, fits, value, fallback,
                                                         pos)
        if name in ("discard", "remove"):
            self.remove_key(table, raw_key, name == "remove", node)
            return PyObj(None)
        if name == "setdefault":
            if promote_item(table.type.key_type, raw_key.type) != table.type.key_type:
                raise self.error(TypingError, f"setdefault: a {raw_key.type} key does "
                                 f"not fit a {table.type}", node)
            key = cast_item(self.b, raw_key, table.type.key_type, pos)
            fallback = self.item_value(table, node.args[1], node)
            value = self.b.dict_get_or(table, key, fallback, pos)
            new = self.b.dict_insert(table, key, value, pos)
            self.rebind(m.name_node, new, node)
            return value
        # pop
        if len(node.args) == 2:
            fallback = self.item_value(table, node.args[1], node)

            def missing():
                return [fallback]
        else:
            def missing():
                self.raise_key_error(raw_key, node)
                return [self.placeholder_value(table.type.value_type, pos)]

        def pop(k):
            value = self.b.dict_get_or(table, k, fallback, pos) if len(node.args) == 2 \
                else self.b.dict_get(table, k, pos)
            if isinstance(value.type, T.Array):  # a view of the dict's memory: copied
                value = self.array_map([value], lambda b, a: a[0], node)
            self.b.dict_remove(table, k, False, pos)
            return [value]
        return self.keyed(table, raw_key, node, pop, missing, [table.type.value_type])[0]

    def item_value(self, d, node, call):
        v = self.check_item(self.expr(node), "dict values", node)
        if d.type.site is not None:
            self.guess_table(d, "value_type", v.type)
        if promote_item(d.type.value_type, v.type) != d.type.value_type and \
                d.type.site is None:
            raise self.error(TypingError, f"the default {v.type} does not fit the "
                             f"values of a {d.type}", call)
        if promote_item(d.type.value_type, v.type) is None:
            raise self.error(TypingError, f"the default {v.type} does not fit the "
                             f"values of a {d.type}", call)
        return cast_item(self.b, v, d.type.value_type, self.pos(node))

    def tables_updated(self, stmts):
        """Names of dicts and sets that `stmts` insert into (`d[k] = v`,
        `d[k] += v`, `s.add(x)`, `d.setdefault(k, v)`): an insertion rebinds
        the name, so a loop carries it."""
        names = []
        for stmt in stmts:
            for node in ast.walk(stmt):
                base = None
                if isinstance(node, (ast.Assign, ast.AugAssign)):
                    for t in getattr(node, "targets", None) or [node.target]:
                        if isinstance(t, ast.Subscript):
                            base = t.value
                elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                        and node.func.attr in ("add", "setdefault", "update"):
                    base = node.func.value
                if isinstance(base, ast.Name) and base.id not in names and \
                        is_table(self.env.get(base.id)):
                    names.append(base.id)
        return names

    # -- iteration -----------------------------------------------------------------
    def enumerated_table(self, node):
        """The dict, set or view `enumerate(node)` walks (a name holding one,
        or `name.keys()`/`values()`/`items()`), else None."""
        base = node.func.value if isinstance(node, ast.Call) and \
            isinstance(node.func, ast.Attribute) and \
            node.func.attr in ("keys", "values", "items") else node
        if not (isinstance(base, ast.Name) and is_table(self.env.get(base.id))):
            return None
        return self.expr(node)

    def for_table(self, stmt, value, target=None, index_target=None):
        """`for k in d` (and over d.keys()/values()/items(), a set) as
        `for $i in range(len(d)): k = <i-th key>; ...`; under enumerate,
        `index_target` takes $i and `target` the item."""
        tag = f"$di{stmt.lineno}_{stmt.col_offset}_{len(self.loops)}"
        view = value if isinstance(value, TableView) else TableView(value, "keys", stmt.iter)
        name_node = view.name_node
        if not isinstance(name_node, ast.Name):
            self.env[tag + "d"] = view.table
            name_node = ast.Name(id=tag + "d", ctx=ast.Load())
        self.env[tag + "c"] = TableCursor(name_node.id, view.what)
        item = ast.Subscript(value=ast.Name(id=tag + "c", ctx=ast.Load()),
                             slice=ast.Name(id=tag, ctx=ast.Load()), ctx=ast.Load())
        loop = ast.For(
            target=ast.Name(id=tag, ctx=ast.Store()),
            iter=ast.Call(func=ast.Name(id="range", ctx=ast.Load()), args=[
                ast.Call(func=ast.Name(id="len", ctx=ast.Load()),
                         args=[ast.Name(id=name_node.id, ctx=ast.Load())], keywords=[])],
                keywords=[]),
            body=[ast.Assign(targets=[target or stmt.target], value=item)] +
            ([ast.Assign(targets=[index_target], value=ast.Name(id=tag, ctx=ast.Load()))]
             if index_target is not None else []) + stmt.body,
            orelse=stmt.orelse, type_comment=None)
        self.emit_synthetic(loop, stmt)

    def cursor_item(self, cursor, node):
        table = self.lookup(cursor.name, node)
        index = self.materialize(self.expr(node.slice), node)
        pos = self.pos(node)
        index = S.cast(self.b, index, T.int64, pos)
        if cursor.what == "keys":
            return self.b.dict_key_at(table, index, pos)
        if cursor.what == "values":
            return self.b.dict_value_at(table, index, pos)
        return TupleValue([self.b.dict_key_at(table, index, pos),
                           self.b.dict_value_at(table, index, pos)])
