"""nbc.typed: Numba's typed containers, as far as kernels need them.

`nbc.typed.List` is a list with a fixed item type (reflected into kernels
as a Python list). Inside a kernel `nbc.typed.Dict.empty(key_type=..., value_type=...)` (or
`numba.typed.Dict.empty` with Numba's types) builds an empty !nbc.dict of
those types. Called from Python it returns a `Dict` (a dict) of those
types, which kernels take and change as Numba's typed dicts: their
insertions and removals show in it after the call."""


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
