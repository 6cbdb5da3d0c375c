"""Namedtuples (collections.namedtuple, typing.NamedTuple classes): a tuple
whose type also names its class (T.Tuple.cls), so fields are read by name
(`p.x`), it is built in a kernel (`Point(1.0, y=2.0)`, defaults included),
`p._replace(x=v)` makes another, and it returns to Python as an instance of
its class. Indexing, unpacking, `len` and passing it on are the tuple's."""

from .. import types as T
from ..errors import TypingError, UnsupportedError
from .values import TupleValue


class _Slot:
    """Stands for an argument while the class's own `__new__` (and
    `_replace`) places the arguments among the fields, so that their
    errors are CPython's."""

    def __init__(self, key):
        self.key = key


class NamedTupleMethod:
    """`p._replace` waiting to be called."""

    def __init__(self, tup, name):
        self.tup = tup
        self.name = name
        self.type = None


class NamedTuplesMixin:
    def namedtuple_arguments(self, node, what):
        """The values of the call's arguments, evaluated in source order,
        and _Slot placeholders for them (positional, keywords by name)."""
        if any(kw.arg is None for kw in node.keywords):
            raise self.error(UnsupportedError, f"{what}: `**kwargs` is not supported",
                             node)
        values = {}
        for k, e in enumerate(node.args):
            values[k] = self.materialize(self.expr(e), e)
        for kw in node.keywords:
            values[kw.arg] = self.materialize(self.expr(kw.value), kw.value)
        for v in values.values():
            self.refuse_list(v, "namedtuple fields", node)
        slots = [_Slot(k) for k in range(len(node.args))]
        keywords = {kw.arg: _Slot(kw.arg) for kw in node.keywords}
        return values, slots, keywords

    def namedtuple_fields(self, made, values, node):
        """The field values of `made` (an instance holding _Slots and
        defaults): the arguments' values, defaults as constants."""
        return [values[x.key] if isinstance(x, _Slot) else self.global_value(x, node)
                for x in made]

    def call_namedtuple(self, callee, node):
        """`cls(...)` (the class's `__new__` binds the arguments) or
        `p._replace(...)`."""
        if isinstance(callee, NamedTupleMethod):
            return self.call_namedtuple_method(callee, node)
        cls = callee.obj
        values, slots, keywords = self.namedtuple_arguments(node, cls.__name__)
        try:
            made = cls(*slots, **keywords)
        except TypeError as e:
            raise self.error(TypingError, str(e), node) from None
        return TupleValue(self.namedtuple_fields(made, values, node), cls=cls)

    def namedtuple_attribute(self, tup, attr, node):
        cls = tup.type.cls
        if attr in cls._fields:
            return tup.items[cls._fields.index(attr)]
        if attr == "_replace":
            return NamedTupleMethod(tup, attr)
        raise self.error(UnsupportedError, f"unsupported attribute '{attr}' of "
                         f"{tup.type.name()} (its fields are supported, and "
                         "_replace)", node)

    def call_namedtuple_method(self, method, node):
        """`p._replace(x=v)`: the class's own `_replace` checks the names."""
        tup, cls = method.tup, method.tup.type.cls
        values, slots, keywords = self.namedtuple_arguments(node, "_replace")
        current = cls(*[_Slot(("field", k)) for k in range(len(tup.items))])
        for k, v in enumerate(tup.items):
            values[("field", k)] = v
        try:
            made = current._replace(*slots, **keywords)
        except (TypeError, ValueError) as e:
            raise self.error(TypingError, str(e), node) from None
        return TupleValue(self.namedtuple_fields(made, values, node), cls=cls)


def is_namedtuple_callee(fn):
    """A namedtuple class, or `p._replace`."""
    return isinstance(fn, NamedTupleMethod) or T.is_namedtuple_class(getattr(fn, "obj", None))


def is_namedtuple_value(v):
    return isinstance(v, TupleValue) and type(v.type) is T.Tuple and \
        v.type.cls is not None
