"""Namedtuple classes (collections.namedtuple, typing.NamedTuple) as nbc
sees them: a tuple type naming its class (types.Tuple.cls)."""


def is_namedtuple_class(obj):
    """Whether `obj` is a class made by collections.namedtuple or
    typing.NamedTuple (a tuple subclass with `_fields`)."""
    return isinstance(obj, type) and issubclass(obj, tuple) and \
        isinstance(getattr(obj, "_fields", None), tuple)


def namedtuple_class(value):
    """The namedtuple class of the tuple `value`; None for a plain tuple."""
    return type(value) if is_namedtuple_class(type(value)) else None


def holds_namedtuple(t):
    """Whether the nbc type `t` is or holds a namedtuple (boxed as its
    class)."""
    from .types import Tuple
    return isinstance(t, Tuple) and (t.cls is not None or
                                     any(holds_namedtuple(x) for x in t.items))
