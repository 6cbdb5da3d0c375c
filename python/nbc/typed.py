"""nbc.typed: Numba's typed containers, as far as kernels need them.

Inside a kernel `nbc.typed.Dict.empty(key_type=..., value_type=...)` (or
`numba.typed.Dict.empty` with Numba's types) builds an empty !nbc.dict of
those types. Called from Python it returns a plain `dict`: nbc passes no
dict into kernels, and a kernel's dicts stay inside it."""


class Dict(dict):
    """A dict whose key and value types are fixed by `Dict.empty` in kernels."""

    @classmethod
    def empty(cls, key_type, value_type):
        return cls()
