"""A tuple indexed at run time (`t[k]`, k not a constant) and loops over a
tuple that `break`, `continue` or `return`: as Numba's UniTuple, only
tuples whose items have one type (scalars, or tuples of such, as the
offsets `((1, 0), (-1, 0), (0, 1))`); the item is selected among the
items, Python's IndexError when k is out of range."""

import ast

from .. import types as T
from ..errors import TypingError
from . import scalar as S
from .builder import RangeValue
from .values import TupleValue, Value


def uniform_items(tup):
    """Whether every item of `tup` (a TupleValue) has the same type:
    scalars, or tuples whose fields are uniform in that sense."""
    items = tup.items
    if not items:
        return False
    if all(isinstance(v, Value) and isinstance(v.type, T.Scalar) for v in items):
        return all(v.type == items[0].type for v in items)
    if all(isinstance(v, TupleValue) and type(v.type) is T.Tuple for v in items):
        width = len(items[0].items)
        return width > 0 and all(len(v.items) == width for v in items) and all(
            uniform_items(TupleValue([v.items[f] for v in items])) for f in range(width))
    return False


def select_item(b, items, k, pos):
    """items[k] for an in-range int64 k: a chain of selects (fields of
    tuple items selected one by one)."""
    if isinstance(items[0], TupleValue):
        return TupleValue([select_item(b, [v.items[f] for v in items], k, pos)
                           for f in range(len(items[0].items))])
    chosen = items[-1]
    for j in range(len(items) - 2, -1, -1):
        at = S.compare(b, "Eq", k, b.constant(j, T.int64, pos), pos)
        chosen = S.where(b, at, items[j], chosen, pos)
    return chosen


def tuple_item(fc, tup, index_node, node):
    """`tup[k]` for a k known only at run time, or None when `tup`'s items
    differ in type (the caller's error)."""
    if not uniform_items(tup):
        return None
    k = fc.scalar(index_node)
    if not (k.type.is_int or k.type.is_bool):
        return None
    pos = fc.pos(node)
    n = fc.b.constant(len(tup.items), T.int64, pos)
    k = fc.sequence_index(k, n, "tuple", node)
    return select_item(fc.b, tup.items, k, pos)


def indexed_tuple_loop(fc, stmt, tup):
    """`for x in tup: ...` as `for k in range(len(tup)): x = tup[k]; ...`,
    a loop that may break, continue or return (one statement in place of
    `stmt`, as loops.for_indices builds)."""
    tag = f"_{stmt.lineno}_{stmt.col_offset}_{len(fc.loops)}"
    fc.env[f"$tuple{tag}"] = tup
    index = ast.Name(id=f"$k{tag}", ctx=ast.Load())
    item = ast.Subscript(value=ast.Name(id=f"$tuple{tag}", ctx=ast.Load()),
                         slice=index, ctx=ast.Load())
    loop = ast.For(target=ast.Name(id=index.id, ctx=ast.Store()),
                   iter=ast.Call(func=ast.Name(id="range", ctx=ast.Load()),
                                 args=[ast.Constant(value=len(tup.items))], keywords=[]),
                   body=[ast.Assign(targets=[stmt.target], value=item)] + stmt.body,
                   orelse=stmt.orelse, type_comment=None)
    for n in ast.walk(loop):
        if not hasattr(n, "lineno"):
            ast.copy_location(n, stmt)
    ast.fix_missing_locations(loop)
    fc.remember_origin(loop, stmt)
    fc.emit_stmt(loop)


def repeated_tuple(comp, x, y, node):
    """`t * n` / `n * t` of a tuple and an integer known when the kernel
    compiles (a literal, `a.ndim`): the items n times (none for n <= 0), as
    CPython; None when neither side is such a tuple."""
    t, n = (x, y) if isinstance(x, TupleValue) else (y, x)
    if not isinstance(t, TupleValue) or isinstance(t, RangeValue) or \
            isinstance(n, TupleValue):
        return None
    count = getattr(n, "literal", None)
    if type(count) not in (int, bool):
        raise comp.error(TypingError, "repeating a tuple needs an integer count known "
                         "when the kernel compiles (a literal or a.ndim), got "
                         f"{getattr(n, 'type', n)}", node)
    items = t.items * max(count, 0)
    return TupleValue(items, None if items else T.ResultTuple(()))
