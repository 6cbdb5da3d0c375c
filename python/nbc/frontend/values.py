"""The values the frontend builds with: an SSA value (a handle and its nbc
type) and a compile-time tuple of values."""

import threading

from .. import types as T

# While a function is built: handle -> its Values, so that a retyping in the
# dialect reaches every holder (refresh_retyped). Per thread: two threads may
# build functions at once (the GIL switches between them).
_building = threading.local()


def building():
    """The handle -> Values map of the function this thread builds, or None."""
    return getattr(_building, "values", None)


def start_building(values):
    """Makes `values` (a dict, or None) this thread's map; returns the old one."""
    held = building()
    _building.values = values
    return held


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
        built = building()
        if built is not None:
            built.setdefault(h, []).append(self)

    def __repr__(self):
        return f"<value {self.h:#x}: {self.type}>"


class TupleValue:
    """A tuple: a compile-time group of values (no MLIR value of its own)."""

    cls = None  # a namedtuple's class

    def __init__(self, items, type=None, cls=None):
        self.items = list(items)
        # `type` names what the group stands for (an Optional's flag+parts);
        # without one it follows the items (a field the dialect retyped).
        self.named_type = type
        self.cls = cls

    @property
    def type(self):
        return self.named_type or T.Tuple([v.type for v in self.items], self.cls)

    @type.setter
    def type(self, t):  # what a subclass stands for (a range, a view's parts)
        self.named_type = t


def flat_parts(t):
    """The types of the MLIR values a value of type `t` is made of: a plain
    tuple's items, a nested tuple's (an Optional field's flag and value)
    in their place and none for a None field (`Tuple(())`); a result
    group's items (already flat); nothing for None."""
    if isinstance(t, T.NoneType):
        return []
    if type(t) is T.Tuple:
        return [p for item in t.items for p in flat_parts(item)]
    return list(t.items) if isinstance(t, T.Tuple) else [t]


def refresh_retyped(changes, scalar_of):
    """The dialect gave values read from a container their new item type
    and built some of their readers again: each Value of an `old` handle
    takes the `new` one (the same when only its type changed) and its type
    (`scalar_of` a type handle). `changes`: (old, new, type handle)."""
    built = building()
    if built is None:  # not building a function: no Values to update
        return
    for old, new, t in changes:
        held = built.pop(old, [])
        for v in held:
            v.h, v.type, v.literal = new, scalar_of(t), None
        built.setdefault(new, []).extend(held)
