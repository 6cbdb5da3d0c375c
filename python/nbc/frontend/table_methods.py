"""`d.update(other)`, `d.clear()`, `d.copy()`, `d.popitem()`, the set's
`update`, `clear`, `copy`, `pop`, and `==`/`!=` of whole dicts and sets:
nbc.dict_clear and nbc.dict_copy, the others written with the ops dicts.py
already uses (a loop of insertions; the last key and value by position, then
its removal)."""

import ast

from .. import types as T
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .builder import PyObj, TupleValue

ARITY = {"update": 1, "clear": 0, "copy": 0, "popitem": 0}


class TableMethodsMixin:
    def call_table_method_more(self, m, node):
        name, table = m.name, m.table
        if len(node.args) != ARITY[name]:
            raise self.error(TypingError, f"{name}() takes {ARITY[name]} arguments "
                             f"({len(node.args)} given)", node)
        pos = self.pos(node)
        if name == "clear":
            self.b.dict_clear(table, pos)
            return PyObj(None)
        if name == "copy":
            return self.copy_table(table, node)
        if name == "popitem":
            return self.popitem(table, node)
        return self.update_table(m, node)

    def copy_table(self, table, node):
        if table.type.site is not None:
            raise self.error(TypingError, "cannot copy an empty dict or set whose "
                             "types are not known yet: insert into it first", node)
        new = self.b.dict_copy(table, self.pos(node))
        self.fresh_tables[new.h] = ("declared", "copy") + self.site_of(node)
        return new

    def popitem(self, d, node):
        """The last inserted (key, value), removed; KeyError when empty."""
        pos = self.pos(node)
        last = self.last_entry(d, "popitem(): dictionary is empty", node)
        key = self.b.dict_key_at(d, last, pos)
        value = self.b.dict_value_at(d, last, pos)
        if isinstance(value.type, T.Array):  # out of the dict's memory first
            value = self.array_map([value], lambda b, a: a[0], node)
        self.b.dict_remove(d, key, False, pos)
        return TupleValue([key, value])

    def pop_set_item(self, s, node):
        """`s.pop()`: an arbitrary item, removed (nbc takes the last inserted,
        as popitem does); KeyError when empty, as CPython."""
        if s.type.site is not None:
            raise self.error(TypingError, "cannot pop from an empty set whose item "
                             "type is not known yet: add to it first", node)
        pos = self.pos(node)
        item = self.b.dict_key_at(s, self.last_entry(s, "pop from an empty set", node),
                                  pos)
        self.b.dict_remove(s, item, False, pos)
        return item

    def last_entry(self, table, empty_message, node):
        """The position of the last inserted entry; KeyError when empty."""
        pos = self.pos(node)
        n = self.b.dict_len(table, pos)
        empty = S.compare(self.b, "Eq", n, self.b.constant(0, T.int64, pos), pos)
        self.raise_if(empty, "KeyError", empty_message, node)
        return S.binary(self.b, "Sub", n, self.b.constant(1, T.int64, pos), pos)

    def update_table(self, m, node):
        """`name.update(other)` as `for k, v in other.items(): name[k] = v`
        (a set: `for x in other: name.add(x)`, any iterable)."""
        if not isinstance(m.name_node, ast.Name):
            raise self.error(UnsupportedError, "update() is supported on a dict or set "
                             "held in a variable", node)
        tag = f"$up{node.lineno}_{node.col_offset}"
        other = self.materialize(self.expr(node.args[0]), node.args[0])
        is_dict = isinstance(m.table.type, T.Dict)
        if is_dict and not isinstance(getattr(other, "type", None), T.Dict):
            raise self.error(TypingError, "dict.update() takes a dict in kernels, got "
                             f"{getattr(other, 'type', other)}", node)
        self.env[tag + "o"] = other
        target = ast.Name(id=m.name_node.id, ctx=ast.Load())
        source = ast.Name(id=tag + "o", ctx=ast.Load())
        if is_dict:
            loop = ast.For(
                target=ast.Tuple(elts=[ast.Name(id=tag + "k", ctx=ast.Store()),
                                       ast.Name(id=tag + "v", ctx=ast.Store())],
                                 ctx=ast.Store()),
                iter=ast.Call(func=ast.Attribute(value=source, attr="items",
                                                 ctx=ast.Load()), args=[], keywords=[]),
                body=[ast.Assign(targets=[ast.Subscript(
                    value=target, slice=ast.Name(id=tag + "k", ctx=ast.Load()),
                    ctx=ast.Store())], value=ast.Name(id=tag + "v", ctx=ast.Load()))],
                orelse=[], type_comment=None)
        else:
            loop = ast.For(
                target=ast.Name(id=tag + "k", ctx=ast.Store()), iter=source,
                body=[ast.Expr(value=ast.Call(
                    func=ast.Attribute(value=target, attr="add", ctx=ast.Load()),
                    args=[ast.Name(id=tag + "k", ctx=ast.Load())], keywords=[]))],
                orelse=[], type_comment=None)
        self.emit_synthetic(loop, node)
        for suffix in "okv":
            self.env.pop(tag + suffix, None)
        return PyObj(None)

    def tables_equal(self, a, b, negate, node):
        """`a == b` of two dicts (sets): the same keys, and equal values, as
        Python (order does not matter): a loop over a's items."""
        if type(a.type) is not type(getattr(b, "type", None)):
            raise self.error(TypingError, f"cannot compare {a.type} and "
                             f"{getattr(b, 'type', b)}", node)
        if isinstance(getattr(a.type, "value_type", None), T.Array) or \
                isinstance(getattr(b.type, "value_type", None), T.Array):
            raise self.error(UnsupportedError, "comparing dicts of arrays is not "
                             "supported (Python's compares the arrays with ==, whose "
                             "truth is ambiguous)", node)
        pos = self.pos(node)
        tag = f"$eq{node.lineno}_{node.col_offset}"
        self.env[tag + "a"], self.env[tag + "b"] = a, b
        self.env[tag] = S.compare(self.b, "Eq", self.b.dict_len(a, pos),
                                  self.b.dict_len(b, pos), pos)

        def name(n, ctx=ast.Load()):
            return ast.Name(id=tag + n, ctx=ctx)
        differ = [ast.Assign(targets=[name("", ast.Store())], value=ast.Constant(False)),
                  ast.Break()]
        test = ast.Compare(left=name("k"), ops=[ast.NotIn()], comparators=[name("b")])
        body = [ast.If(test=test, body=differ, orelse=[])]
        if isinstance(a.type, T.Dict):
            body[0].orelse = [ast.If(test=ast.Compare(
                left=ast.Subscript(value=name("b"), slice=name("k"), ctx=ast.Load()),
                ops=[ast.NotEq()], comparators=[name("v")]), body=list(differ), orelse=[])]
            target = ast.Tuple(elts=[name("k", ast.Store()), name("v", ast.Store())],
                               ctx=ast.Store())
            source = ast.Call(func=ast.Attribute(value=name("a"), attr="items",
                                                 ctx=ast.Load()), args=[], keywords=[])
        else:
            target, source = name("k", ast.Store()), name("a")
        loop = ast.For(target=target, iter=source, body=body, orelse=[], type_comment=None)
        self.emit_synthetic(ast.If(test=name(""), body=[loop], orelse=[]), node)
        equal = self.env.pop(tag)
        for n in "abkv":
            self.env.pop(tag + n, None)
        return S.logical_not(self.b, equal, pos) if negate else equal
