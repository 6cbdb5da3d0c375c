"""Lists of tuples of scalars (`stack = [(0, n - 1)]`, `edges.append((u, v, w))`,
`i, j = stack.pop()`): !nbc.list<tuple<...>>. An item is built by
nbc.make_tuple from the tuple's fields and read back field by field
(nbc.tuple_get, Builder.list_item) into a TupleValue, so the rest of the
frontend sees the flattened tuple it knows. Tuples are immutable: no item is
shared with anything, so no aliasing question arises."""

import ast

import numpy as np

from .. import types as T
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .builder import TupleValue, Value
from .common import field_value, is_none_value


def is_item_tuple(v):
    """A plain tuple (not a range, an optional or a result group)."""
    return isinstance(v, TupleValue) and type(v.type) is T.Tuple


def container_fields(c, v, what, node):
    """The fields of the tuple `v` a container holds (`what`: "list items",
    "dict keys", ...): an optional field as its value (a TypeError naming
    the container when it is None: containers of tuples hold scalars), a
    None field an UnsupportedError."""
    fields = []
    for x in v.items:
        if is_none_value(field_value(x)):
            raise c.error(UnsupportedError, f"{what} that are tuples cannot hold None "
                          "(their fields are scalars)", node)
        if isinstance(x, TupleValue) and isinstance(x.type, T.Optional):
            x = c.unwrap_optional(x, node, f"{what} that are tuples hold no None: "
                                  "expected {}, got None")
        fields.append(c.materialize(x, node))
    return fields


def tuple_item_type(c, v, node):
    """The T.Tuple a list holding the tuple `v` has for element type: its
    fields must be scalars other than complex."""
    fields = container_fields(c, v, "list items", node)
    for x in fields:
        if not isinstance(x, Value) or not isinstance(x.type, T.Scalar) or \
                x.type.is_complex:
            raise c.error(UnsupportedError, "lists of tuples hold tuples of scalars "
                          "(bool, int, float); got a tuple holding "
                          f"{getattr(x, 'type', x)}", node)
    if not fields:
        raise c.error(UnsupportedError, "lists of empty tuples are not supported",
                      node)
    return T.Tuple([x.type for x in fields], v.type.cls)


def unify_tuples(c, have, t, node, what):
    """Two tuple item types field by field (Numba's unification of tuples)."""
    if isinstance(have, T.Tuple) and isinstance(t, T.Tuple) and \
            len(have.items) == len(t.items):
        try:
            return T.Tuple([T.promote(a, b) for a, b in zip(have.items, t.items)],
                           have.cls if have.cls is t.cls else None)
        except Exception:
            pass
    raise c.error(TypingError, f"{what}: cannot unify {have.name()} and {t.name()}",
                  node)


def tuple_as_item(c, v, dtype, node):
    """The tuple `v` as an item of a list of `dtype` (its fields cast)."""
    if not is_item_tuple(v) or len(v.items) != len(dtype.items):
        raise c.error(TypingError, f"cannot store {getattr(v, 'type', v).name()} in "
                      f"a list({dtype.name()})", node)
    pos = c.pos(node)
    fields = [S.cast(c.b, x, t, pos)
              for x, t in zip(container_fields(c, v, "list items", node), dtype.items)]
    return c.b.make_tuple(fields, pos)


def array_of_tuples(c, lst, dtype, node):
    """np.array(l) / np.asarray(l) of a list of tuples: a (len(l), width)
    array of the fields' common NumPy type (or `dtype`), row by row (the
    loop the frontend builds: `for i in range(len(l)): row = l[i];
    out[i, 0] = row[0]; ...`)."""
    fields = lst.type.dtype.items
    want = dtype or T.from_dtype(np.result_type(*[np.dtype(f.name()) for f in fields]))
    pos = c.pos(node)
    tmp = f"$rows{node.lineno}_{node.col_offset}"
    width = c.b.constant(len(fields), T.int64, pos)
    c.env[tmp + "l"] = lst
    c.env[tmp] = c.new_array([c.b.list_len(lst, pos), width], want, None, node)

    def name(suffix, ctx=ast.Load):
        return ast.Name(id=tmp + suffix, ctx=ctx())
    body = [ast.Assign(targets=[name("t", ast.Store)],
                       value=ast.Subscript(value=name("l"), slice=name("i"), ctx=ast.Load()))]
    for k in range(len(fields)):
        body.append(ast.Assign(
            targets=[ast.Subscript(value=name(""), slice=ast.Tuple(
                elts=[name("i"), ast.Constant(k)], ctx=ast.Load()), ctx=ast.Store())],
            value=ast.Subscript(value=name("t"), slice=ast.Constant(k), ctx=ast.Load())))
    loop = ast.For(target=name("i", ast.Store), iter=ast.Call(
        func=ast.Name(id="range", ctx=ast.Load()),
        args=[ast.Call(func=ast.Name(id="len", ctx=ast.Load()), args=[name("l")],
                       keywords=[])], keywords=[]), body=body, orelse=[], type_comment=None)
    c.emit_synthetic(loop, node)
    for suffix in ("l", "t"):
        c.env.pop(tmp + suffix, None)
    return c.env.pop(tmp)
