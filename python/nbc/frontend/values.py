"""The values the frontend builds with: an SSA value (a handle and its nbc
type) and a compile-time tuple of values."""

from .. import types as T


class Value:
    """An SSA value of the function being built: a handle to its MlirValue
    (nbc._core.ir) and its nbc type."""

    __slots__ = ("h", "type", "literal")

    def __init__(self, h, type, literal=None):
        self.h = h
        self.type = type
        # The Python number a constant was written as: weak in NumPy's
        # promotion (NEP 50), it takes an array operand's dtype.
        self.literal = literal

    def __repr__(self):
        return f"<value {self.h:#x}: {self.type}>"


class TupleValue:
    """A tuple: a compile-time group of values (no MLIR value of its own)."""

    def __init__(self, items, type=None):
        self.items = list(items)
        # `type` names what the group stands for (an Optional's flag+parts).
        self.type = type or T.Tuple([v.type for v in self.items])
