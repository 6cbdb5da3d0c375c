"""nbc.typed: Numba's typed containers, as far as kernels need them.

`nbc.typed.List` is a list with a fixed item type (reflected into kernels
as a Python list). Inside a kernel `nbc.typed.Dict.empty(key_type=..., value_type=...)` (or
`numba.typed.Dict.empty` with Numba's types) builds an empty !nbc.dict of
those types. Called from Python it returns a `Dict` (a dict) of those
types, which kernels take and change as Numba's typed dicts: their
insertions and removals show in it after the call. reflected_list_type and
reflected_dict_type give the type a kernel sees for a list or dict passed in."""

import numpy as np

from .types import Array as T_Array, Dict as DictType, List as ListType, Scalar, \
    Tuple, typeof


class Dict(dict):
    """A dict whose key and value types are fixed by `Dict.empty` in kernels."""

    @classmethod
    def empty(cls, key_type, value_type):
        from .signatures import from_numba
        from . import types as T
        d = cls()
        d._nbc_types = tuple(t if isinstance(t, T.Type) else from_numba(t)
                             for t in (key_type, value_type))
        return d


class List(list):
    """A list whose item type is fixed (`List.empty_list(nbc.float64)`), or
    decided by its items as a Python list's when built with `List()`. Passed
    to a kernel it is reflected as a list is: the kernel's appends, stores
    and pops show in it after the call."""

    @classmethod
    def empty_list(cls, item_type, allocated=0):
        from .signatures import from_numba
        from . import types as T
        lst = cls()
        lst._nbc_dtype = item_type if isinstance(item_type, T.Type) else \
            from_numba(item_type)
        return lst


class NoListType(ValueError):
    """A list with no one item type (empty, or items of several types)."""


def array_list_type(value):
    """The List type of a Python list of arrays (all of one dtype and rank,
    which kernels take as copies: native.arrays_to_buffer)."""
    kinds = {(a.dtype, a.ndim) for a in value}
    if len(kinds) != 1:
        names = ", ".join(sorted(f"{d}[{n}d]" for d, n in kinds))
        raise NoListType("its arrays must all have one dtype and rank (as in "
                         f"Numba), got {names}")
    t = typeof(value[0])
    if t is None:
        raise ValueError(f"its arrays' dtype {value[0].dtype} is not one kernels take")
    if t.ndim == 0:
        raise ValueError("0-d arrays cannot be list items")
    if any(not a.flags.writeable for a in value):
        raise ValueError("a read-only array cannot be a list item passed in (nbc "
                         "writes the list's items back into the caller's arrays)")
    return ListType(T_Array(t.dtype, t.ndim))


def reflected_list_type(value):
    """The List type of a Python list (or nbc.typed.List) passed to a kernel,
    as Numba's reflected list; a ValueError saying why when there is none."""
    declared = getattr(value, "_nbc_dtype", None)
    if declared is not None and not isinstance(declared, Scalar):
        raise ValueError("typed lists of arrays cannot be passed to kernels (a "
                         "Python list of arrays can)")
    if declared is not None:
        return ListType(declared)
    if not isinstance(value, list):  # a numba.typed.List
        if not value._typed:
            raise ValueError("an untyped numba.typed.List: append to it first, "
                             "or build it with List.empty_list(type)")
        from .signatures import from_numba
        declared = from_numba(value._dtype)
        if not isinstance(declared, Scalar):
            raise ValueError("typed lists of arrays cannot be passed to kernels "
                             "(a Python list of arrays can)")
        return ListType(declared)
    if not value:
        raise NoListType("an empty list has no element type (as in Numba): pass "
                         "nbc.typed.List.empty_list(nbc.float64) (or another type)")
    if all(isinstance(x, np.ndarray) for x in value):
        return array_list_type(value)
    kinds = {typeof(x) for x in value}
    if len(kinds) != 1:
        names = ", ".join(sorted(getattr(k, "name", lambda: "?")() if k else
                                 "unsupported" for k in kinds))
        raise NoListType(f"its items must all have one scalar type, got {names}")
    (t,) = kinds
    if isinstance(t, Tuple) and t.items and all(  # records of words (!nbc.list)
            isinstance(f, Scalar) and not f.is_complex for f in t.items):
        return ListType(t)
    if not isinstance(t, Scalar) or t.is_complex:
        raise ValueError("lists passed to kernels hold bool, int or float items, "
                         "tuples of them or arrays, got "
                         f"{t.name() if t else type(value[0]).__name__}")
    return ListType(t)


def reflected_dict_type(value):
    """The Dict type of an nbc.typed.Dict (or numba.typed.Dict) passed to a
    kernel; a ValueError saying why when there is none."""
    declared = getattr(value, "_nbc_types", None)
    numba_type = getattr(value, "_dict_type", None)
    if declared is None and numba_type is not None:
        from .signatures import from_numba
        declared = (from_numba(numba_type.key_type), from_numba(numba_type.value_type))
    for t, what in zip(declared or (), ("keys", "values")):
        if not isinstance(t, Scalar) or t.is_complex:
            raise ValueError(f"kernels take dicts of bool, int or float keys and values, "
                             f"not {t.name()} {what}")
    if declared is None:
        if not value:
            raise ValueError("an empty dict has no key and value types: build it "
                             "with nbc.typed.Dict.empty(key_type, value_type)")
        declared = []
        for items, what in ((value.keys(), "keys"), (value.values(), "values")):
            kinds = {typeof(x) for x in items}
            (t,) = kinds if len(kinds) == 1 else (None,)
            if not isinstance(t, Scalar) or t.is_complex:
                raise ValueError(f"its {what} must all have one bool, int or float type")
            declared.append(t)
    return DictType(*declared)
