"""Dict values that are arrays, typed dicts' declared types, and dicts
returned to Python (the DictsMixin of dicts.py uses these).

A dict of arrays (!nbc.dict<K, memref<?x..xT>>) holds C-contiguous copies
of its values, as a list of arrays holds its items: `d[k]` is a view of the
dict's copy, and list_aliasing.py refuses the kernels where Python's shared
arrays would differ from these copies."""

import ast

from .. import types as T
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .common import unify
from .dict_tuples import is_tuple_type, zero_item
from .builder import PyObj, TupleValue, Value
from .lists import is_list
from ..signatures import from_numba


def is_table(v):
    return isinstance(v, Value) and isinstance(v.type, (T.Dict, T.Set))


def is_dict(v):
    return isinstance(v, Value) and isinstance(v.type, T.Dict)


class TableCursor:
    """The i-th key / value / item of the table held by `name` (the loops
    this module writes index it)."""

    def __init__(self, name, what):
        self.name = name
        self.what = what
        self.type = None


class DictValuesMixin:
    def check_value(self, v, node):
        """A dict value: a scalar, or an array (the dict holds a C-contiguous
        copy of it, as a list of arrays its items)."""
        v = self.materialize(v, node)
        if isinstance(v, Value) and isinstance(v.type, T.Array):
            self.unify_items(None, v.type, node)  # refuses 0-d arrays
            return v
        return self.check_item(v, "dict values", node)

    def value_type_of(self, have, v, node):
        """The value type a dict of `have` values needs to hold `v` too."""
        if isinstance(have, T.Array) or isinstance(v.type, T.Array):
            return self.unify_items(have, v.type, node, "dict values must all be "
                                    "scalars or arrays of one dtype and rank")
        return self.promote_or_refuse(have, v.type, "dict values", node)

    def get_if_found(self, d, key, found, node):
        """`d[key]` when `found`, else a placeholder of the value type (the
        value of `d.get(k)`'s Optional)."""
        pos = self.pos(node)
        t = d.type.value_type
        if not isinstance(t, T.Array):
            return self.b.dict_get_or(d, key, zero_item(self.b, t, pos), pos)
        op, then_block, else_block = self.b.if_begin(found, pos)
        with self.b.at(then_block):
            self.b.scf_yield([self.b.dict_get(d, key, pos)], pos)
        with self.b.at(else_block):
            self.b.scf_yield([self.placeholder_value(t, pos)], pos)
        return self.b.if_finish(op, [t], pos)[0]

    def array_value_or(self, d, raw_key, default_node, node, take):
        """`d.get(k, a)` (a view of the stored array) or, `take`, `d.pop(k, a)`
        (a new array, the key removed) on a dict of arrays: the stored value
        when `k` is a key, else the default array `a` itself, as Python's."""
        pos = self.pos(node)
        want = d.type.value_type
        default = self.materialize(self.expr(default_node), default_node)
        got = getattr(default, "type", default)
        if not isinstance(got, T.Array) or (got.dtype, got.ndim) != (want.dtype,
                                                                    want.ndim):
            raise self.error(TypingError, f"the default {got} does not fit the values "
                             f"of a {d.type} (an array of the same dtype and rank)",
                             default_node)
        t = unify(want, got, "the value or the default")
        key, fits = self.fitting_key(d, raw_key, node)
        found = self.b.dict_contains(d, key, pos)
        if fits is not None:
            found = S.binary(self.b, "BitAnd", fits, found, pos)
        op, then_block, else_block = self.b.if_begin(found, pos)
        with self.b.at(then_block):
            value = self.b.dict_get(d, key, pos)
            if take:  # out of the dict's memory before the key goes
                value = self.array_map([value], lambda b, a: a[0], node)
                self.b.dict_remove(d, key, False, pos)
            self.b.scf_yield([self.array_cast(value, t, node)], pos)
        with self.b.at(else_block):
            self.b.scf_yield([self.array_cast(default, t, node)], pos)
        return self.b.if_finish(op, [t], pos)[0]

    def array_setdefault(self, m, node):
        """`d.setdefault(k, a)` on a dict of arrays as `if k not in d: d[k] =
        a`, then `d[k]` (a view of the stored array; `k` and `a` evaluated
        once, first, as Python's arguments)."""
        if not isinstance(m.name_node, ast.Name):
            raise self.error(UnsupportedError, "setdefault() is supported on a dict "
                             "held in a variable", node)
        tag = f"$sd{node.lineno}_{node.col_offset}"
        self.env[tag + "k"] = self.materialize(self.expr(node.args[0]), node.args[0])
        self.env[tag + "a"] = self.materialize(self.expr(node.args[1]), node.args[1])

        def name(n):
            return ast.Name(id=n, ctx=ast.Load())
        store = ast.Assign(targets=[ast.Subscript(value=name(m.name_node.id),
                                                  slice=name(tag + "k"), ctx=ast.Store())],
                           value=name(tag + "a"))
        self.emit_synthetic(ast.If(test=ast.Compare(
            left=name(tag + "k"), ops=[ast.NotIn()], comparators=[name(m.name_node.id)]),
            body=[store], orelse=[]), node)
        try:
            lookup = ast.Subscript(value=name(m.name_node.id), slice=name(tag + "k"),
                                   ctx=ast.Load())
            ast.fix_missing_locations(ast.copy_location(lookup, node))
            return self.expr(lookup)
        finally:
            self.env.pop(tag + "k")
            self.env.pop(tag + "a")

    def placeholder_value(self, t, pos):
        """A value of the value type `t` for a path that raised: zero, or an
        empty array."""
        if isinstance(t, T.Array):
            return self.b.empty(t, [self.b.constant(0, T.int64, pos)] * t.ndim, pos)
        return zero_item(self.b, t, pos)

    def table_result(self, v, node):
        """A dict or set the kernel returns to Python: its keys (and values)
        copied into new arrays in insertion order, which the caller turns
        into a `dict` / `set` (Numba returns a numba.typed.Dict; a plain
        dict is simpler to use)."""
        if not is_table(v) or not self.public:  # a callee returns the table itself
            return v
        self.refuse_tuple_result(v, node)
        pos = self.pos(node)
        tag = f"$dr{node.lineno}_{node.col_offset}"
        n = self.b.dict_len(v, pos)
        parts = [("k", "keys", v.type.key_type)]
        if isinstance(v.type, T.Dict):
            parts.append(("v", "values", v.type.value_type))
        self.env[tag + "d"] = v
        body = []
        for suffix, what, dtype in parts:  # $k[$i] = <i-th key>, ...
            self.env[tag + suffix + "c"] = TableCursor(tag + "d", what)
            if isinstance(dtype, T.Array):  # array values: $v.append(<i-th value>)
                self.env[tag + suffix] = self.b.list_new(T.List(dtype), n, pos)
                body.append(ast.Expr(value=ast.Call(
                    func=ast.Attribute(value=ast.Name(id=tag + suffix, ctx=ast.Load()),
                                       attr="append", ctx=ast.Load()),
                    args=[ast.Subscript(value=ast.Name(id=tag + suffix + "c",
                                                       ctx=ast.Load()),
                                        slice=ast.Name(id=tag + "i", ctx=ast.Load()),
                                        ctx=ast.Load())], keywords=[])))
                continue
            self.env[tag + suffix] = self.b.empty(T.Array(dtype, 1), [n], pos)
            body.append(ast.Assign(
                targets=[ast.Subscript(value=ast.Name(id=tag + suffix, ctx=ast.Load()),
                                       slice=ast.Name(id=tag + "i", ctx=ast.Load()),
                                       ctx=ast.Store())],
                value=ast.Subscript(value=ast.Name(id=tag + suffix + "c", ctx=ast.Load()),
                                    slice=ast.Name(id=tag + "i", ctx=ast.Load()),
                                    ctx=ast.Load())))
        loop = ast.For(target=ast.Name(id=tag + "i", ctx=ast.Store()),
                       iter=ast.Call(func=ast.Name(id="range", ctx=ast.Load()),
                                     args=[ast.Call(func=ast.Name(id="len", ctx=ast.Load()),
                                                    args=[ast.Name(id=tag + "d",
                                                                   ctx=ast.Load())],
                                                    keywords=[])], keywords=[]),
                       body=body, orelse=[], type_comment=None)
        self.emit_synthetic(loop, node)
        arrays = [self.env.pop(tag + suffix) for suffix, _, _ in parts]
        arrays = [self.b.list_buffer(a, pos) if is_list(a) else a for a in arrays]
        for name in [tag + "d", tag + "i"] + [tag + p[0] + "c" for p in parts]:
            self.env.pop(name, None)
        if isinstance(v.type, T.Set):
            return TupleValue(arrays, T.SetResult(v.type.key_type))
        return TupleValue(arrays, T.DictResult(v.type.key_type, v.type.value_type))

    def container_item_type(self, node, what, arrays=False):
        """The non-complex scalar type an expression names (nbc's or Numba's
        type objects), else None: the item types of typed containers. An
        array type (`float64[:]`, `float64[:, :]`) is one with `arrays` (a
        dict's values), else refused."""
        if isinstance(node, ast.Subscript):
            if not arrays:
                raise self.error(UnsupportedError, f"arrays as {what} "
                                 f"(`{ast.unparse(node)}`) are not supported: typed "
                                 "dicts hold scalar keys (bool, int, float)", node)
            axes = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            dtype = self.container_item_type(node.value, what)
            if dtype is None or not all(isinstance(a, ast.Slice) for a in axes):
                return None
            return T.Array(dtype, len(axes))
        obj = self.expr(node)
        t = obj.obj if isinstance(obj, PyObj) else None
        if t is not None and not isinstance(t, T.Type):
            try:
                t = from_numba(t)
            except Exception:
                t = None
        if is_tuple_type(t) and 1 <= len(t.items) <= 4 and all(  # UniTuple(int64, 2)
                isinstance(f, T.Scalar) and not f.is_complex for f in t.items):
            return t
        return t if isinstance(t, T.Scalar) and not t.is_complex else None

    def call_typed_dict_empty(self, node):
        kw = {k.arg: k.value for k in node.keywords}
        names = ("key_type", "value_type")
        if set(kw) - set(names) or len(node.args) + len(kw) != 2:
            raise self.error(TypingError, "Dict.empty() takes key_type and value_type",
                             node)
        given = list(node.args) + [kw[n] for n in names[len(node.args):]]
        types = []
        for n, what in zip(given, ("dict keys", "dict values")):
            t = self.container_item_type(n, what, arrays=what == "dict values")
            if t is None:
                raise self.error(TypingError, "Dict.empty(): keys must be scalar types "
                                 "(nbc.types.int64, float64, ...) or tuples of them "
                                 "(UniTuple(int64, 2)), values those or array types "
                                 "(float64[:], float64[:, :])", n)
            types.append(t)
        self.refuse_tuple_keyed_arrays(types[0], types[1], node)
        table = self.new_table(node, *types)
        self.fresh_tables[table.h] = ("declared",) + self.site_of(node)
        return table
