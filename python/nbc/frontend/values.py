"""The values the frontend builds with: an SSA value (a handle and its nbc
type) and a compile-time tuple of values."""

from .. import types as T


class Value:
    """An SSA value of the function being built: a handle to its MlirValue
    (nbc._core.ir) and its nbc type."""

    __slots__ = ("h", "type", "literal")

    # While a function is built: handle -> its Values, so that a retyping
    # in the dialect reaches every holder (refresh_retyped).
    built = None

    def __init__(self, h, type, literal=None):
        self.h = h
        self.type = type
        # The Python number a constant was written as: weak in NumPy's
        # promotion (NEP 50), it takes an array operand's dtype.
        self.literal = literal
        if Value.built is not None:
            Value.built.setdefault(h, []).append(self)

    def __repr__(self):
        return f"<value {self.h:#x}: {self.type}>"


class TupleValue:
    """A tuple: a compile-time group of values (no MLIR value of its own)."""

    def __init__(self, items, type=None):
        self.items = list(items)
        # `type` names what the group stands for (an Optional's flag+parts).
        self.type = type or T.Tuple([v.type for v in self.items])


def refresh_retyped(changes, scalar_of):
    """The dialect gave values read from a container their new item type
    and built some of their readers again: each Value of an `old` handle
    takes the `new` one (the same when only its type changed) and its type
    (`scalar_of` a type handle). `changes`: (old, new, type handle)."""
    built = Value.built
    if built is None:  # not building a function: no Values to update
        return
    for old, new, t in changes:
        held = built.pop(old, [])
        for v in held:
            v.h, v.type, v.literal = new, scalar_of(t), None
        built.setdefault(new, []).extend(held)
