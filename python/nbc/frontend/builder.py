"""Writes MLIR text: SSA values, ops with locations, nested regions."""

import struct
import types as pytypes

import numpy as np

from .. import types as T


class Value:
    """An SSA value of the function being emitted."""

    __slots__ = ("name", "type")

    def __init__(self, name, type):
        self.name = name
        self.type = type

    def __repr__(self):
        return f"{self.name}: {self.type}"


def describe(obj):
    """How a user writes `obj`: `np.dot`, `np.linalg.norm`, `math.gamma`,
    `os.getcwd`, `len`, a module's name; a short repr for other values
    (never `<function dot at 0x...>`)."""
    if isinstance(obj, pytypes.ModuleType):
        name = obj.__name__
        return "np" + name[len("numpy"):] if name.split(".")[0] == "numpy" else name
    name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    if name is not None and callable(obj):
        module = getattr(obj, "__module__", None) or ""
        if module in ("builtins", ""):
            return name
        if module.split(".")[0] == "numpy":
            # np.linalg functions live in numpy.linalg._linalg: show the
            # public path when the function is reachable from it.
            for public in ("np", "np.linalg", "np.fft", "np.random"):
                space = np if public == "np" else getattr(np, public[3:])
                if getattr(space, obj.__name__, None) is obj:
                    return f"{public}.{obj.__name__}"
            return f"np.{name}"
        module = {"posix": "os", "nt": "os", "_operator": "operator"}.get(module, module)
        return f"{module}.{name}"
    text = repr(obj)
    return text if len(text) <= 60 else text[:57] + "..."


class TupleValue:
    """A tuple: a compile-time group of values (no MLIR value of its own)."""

    def __init__(self, items):
        self.items = list(items)
        self.type = T.Tuple([v.type for v in self.items])


class RangeValue(TupleValue):
    """A `range(start, stop, step)` object: a compile-time group of int64
    values (start, stop, step, length); the zero-step check and the length
    are emitted where it is built (CallsMixin.make_range)."""

    def __init__(self, start, stop, step, length):
        super().__init__([start, stop, step, length])
        self.type = T.Range()

    start = property(lambda self: self.items[0])
    stop = property(lambda self: self.items[1])
    step = property(lambda self: self.items[2])
    length = property(lambda self: self.items[3])


class Module:
    """The functions of one compilation unit, in MLIR text."""

    def __init__(self):
        self.functions = []  # text of each func.func
        self.counter = 0
        self.symbols = set()

    def fresh(self):
        self.counter += 1
        return f"%v{self.counter}"

    def unique_symbol(self, base):
        name, n = base, 0
        while name in self.symbols:
            n += 1
            name = f"{base}_{n}"
        self.symbols.add(name)
        return name

    def text(self):
        return "module {\n" + "\n".join(self.functions) + "}\n"


def quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def float_literal(value, type):
    """An MLIR float literal; hexadecimal when decimal text would not be exact."""
    r = repr(float(value))
    if type.bits == 64 and "." in r and "e" not in r and "n" not in r:
        return r
    if type.bits == 32:
        return "0x" + struct.pack(">f", value).hex().upper()
    return "0x" + struct.pack(">d", value).hex().upper()


class Builder:
    """Appends ops to the current region of one function."""

    def __init__(self, module, filename):
        self.module = module
        self.filename = filename
        self.lines = []
        self.depth = 1

    def loc(self, pos):
        line, col = pos
        return f"loc({quote(self.filename)}:{line}:{col})"

    def emit(self, text, pos):
        self.lines.append("  " * self.depth + text + " " + self.loc(pos))

    def raw(self, text):
        self.lines.append("  " * self.depth + text)

    def op(self, text, type, pos):
        """Emits `%r = text` and returns %r of `type`."""
        v = Value(self.module.fresh(), type)
        self.emit(f"{v.name} = {text}", pos)
        return v

    def results(self, count):
        """Names for the `count` results of one op: (lhs text, [names])."""
        if count == 0:
            return "", []
        base = self.module.fresh()
        if count == 1:
            return f"{base} = ", [base]
        return f"{base}:{count} = ", [f"{base}#{i}" for i in range(count)]

    # Regions: capture lines emitted inside, then splice them under a header.
    def begin_region(self):
        saved = (self.lines, self.depth)
        self.lines = []
        self.depth += 1
        return saved

    def end_region(self, saved):
        body = self.lines
        self.lines, self.depth = saved
        return body

    def reopen(self, lines):
        """Appends to a region captured earlier (close with end_region)."""
        saved = (self.lines, self.depth)
        self.lines = lines
        self.depth += 1
        return saved

    def splice(self, lines):
        self.lines.extend(lines)

    def constant(self, value, type, pos):
        if type.is_bool:
            return self.op(f"nbc.constant {'true' if value else 'false'}", type, pos)
        if type.is_float:
            return self.op(f"nbc.constant {float_literal(value, type)} : {type.mlir()}",
                           type, pos)
        return self.op(f"nbc.constant {int(value)} : {type.mlir()}", type, pos)


def type_list(values):
    return ", ".join(v.type.mlir() for v in values)


def name_list(values):
    return ", ".join(v.name for v in values)


class PyObj:
    """A compile-time Python object: a module, a function, a dtype, a string."""

    def __init__(self, obj):
        self.obj = obj
        self.type = None

    def __repr__(self):
        return f"PyObj({self.obj!r})"
