"""Tuples as dict keys and values and as set items (`d[(i, j)] += w`,
`s.add((r, c))`, `x, y = d[k]`): !nbc.dict<tuple<...>, ...>. A tuple
crosses the dict ops as one tuple value (nbc.make_tuple, as a list of
tuples' item: the Builder's dict_* build it from a TupleValue) and comes
back as a TupleValue of its fields (nbc.tuple_get), so dicts.py handles a
tuple key as it does a scalar one; these helpers promote, cast, compare
and zero one field by field."""

from .. import types as T
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .builder import TupleValue, Value
from .list_tuples import container_fields, is_item_tuple

# The most fields a tuple key or value has (the dialect's limit: the words
# lib/Runtime/Dict.c passes a key in).
MAX_FIELDS = 4


def is_tuple_type(t):
    """A plain tuple type (not a range, an optional or a result group)."""
    return type(t) is T.Tuple


def promote_item(a, b):
    """The key (or value) type holding both an `a` and a `b`: scalars as
    T.promote, tuples of one length field by field; None when they differ
    in kind or length."""
    if is_tuple_type(a) or is_tuple_type(b):
        if not (is_tuple_type(a) and is_tuple_type(b)) or len(a.items) != len(b.items):
            return None
        return T.Tuple([T.promote(x, y) for x, y in zip(a.items, b.items)])
    return T.promote(a, b)


def cast_item(b, v, t, pos):
    """The key or value `v` as type `t` (a tuple's fields each cast)."""
    if is_tuple_type(t):
        return TupleValue([S.cast(b, x, f, pos) for x, f in zip(v.items, t.items)])
    return S.cast(b, v, t, pos)


def equal_items(b, x, y, pos):
    """`x == y` of two keys, a tuple's field by field (a bool Value)."""
    if not isinstance(x, TupleValue):
        return S.compare(b, "Eq", x, y, pos)
    result = None
    for p, q in zip(x.items, y.items):
        eq = S.compare(b, "Eq", p, q, pos)
        result = eq if result is None else S.binary(b, "BitAnd", result, eq, pos)
    return result


def where_item(b, cond, x, y, pos):
    """`x if cond else y` of two values of one type."""
    if isinstance(x, TupleValue):
        return TupleValue([S.where(b, cond, p, q, pos) for p, q in zip(x.items, y.items)])
    return S.where(b, cond, x, y, pos)


def zero_item(b, t, pos):
    """A value of type `t` for a path that raised: zero, or a tuple of them."""
    if is_tuple_type(t):
        return TupleValue([S.zero(b, f, pos) for f in t.items])
    return S.zero(b, t, pos)


class DictTuplesMixin:
    def check_tuple_item(self, v, what, node):
        """A tuple key or value: up to MAX_FIELDS scalars other than complex
        (a TupleValue of its materialized fields)."""
        fields = container_fields(self, v, what, node)
        bad = [x for x in fields if not isinstance(x, Value) or
               not isinstance(x.type, T.Scalar) or x.type.is_complex]
        if bad:
            raise self.error(TypingError, f"{what} must be scalars (bool, int, float) "
                             "or tuples of them; got a tuple holding "
                             f"{getattr(bad[0], 'type', bad[0])}", node)
        if not 1 <= len(fields) <= MAX_FIELDS:
            raise self.error(UnsupportedError, f"{what} that are tuples hold 1 to "
                             f"{MAX_FIELDS} fields; got {len(fields)}", node)
        return TupleValue(fields)

    def promote_or_refuse(self, have, t, what, node):
        """promote_item(have, t), or a TypingError naming both."""
        if have is None:
            return t
        new = promote_item(have, t)
        if new is None:
            raise self.error(TypingError, f"{what} must all have one type: cannot "
                             f"unify {have} and {t}", node)
        return new

    def refuse_tuple_optional(self, d, node):
        """`d.get(k)` of tuple values: its Optional would hold a tuple."""
        if is_tuple_type(d.type.value_type):
            raise self.error(UnsupportedError, "d.get(k) of a dict of tuples is not "
                             "supported: give a default (d.get(k, (0, 0))) or test "
                             "`k in d` first", node)

    def refuse_tuple_keyed_arrays(self, key_type, value_type, node):
        """A dict of arrays keeps a scalar key a slot (the dialect's rule)."""
        if is_tuple_type(key_type) and isinstance(value_type, T.Array):
            raise self.error(UnsupportedError, "dicts of arrays with tuple keys are not "
                             "supported: the keys of a dict of arrays are scalars",
                             node)

    def refuse_tuple_result(self, v, node):
        """Dicts and sets returned to Python hold scalars (their keys and
        values cross as 1-D arrays)."""
        types = [v.type.key_type, getattr(v.type, "value_type", None)]
        if any(is_tuple_type(t) for t in types):
            raise self.error(UnsupportedError, "returning a dict or set of tuples to "
                             "Python is not supported: return its keys and values "
                             "(e.g. as lists or arrays) instead", node)


__all__ = ["DictTuplesMixin", "cast_item", "equal_items", "is_item_tuple",
           "is_tuple_type", "promote_item", "where_item", "zero_item"]
