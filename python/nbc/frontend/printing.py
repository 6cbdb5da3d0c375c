"""print() in kernels: string literals, f-strings, `sep=`/`end=` constants
and tuples are folded into the text pieces of one nbc.print; scalars and
arrays are its operands (formatted as Python's str by the runtime, or as
`format(value, spec)` for an f-string field with a spec). Compile-time
values (strings, constants) are formatted here by Python itself. Numba
prints the same way, through Python's print."""

import ast
import sys

from .. import types as T
from ..errors import TypingError, UnsupportedError
from .builder import PyObj, RangeValue, TupleValue, Value, describe
from .common import field_value

CONVERSIONS = {-1: None, ord("s"): str, ord("r"): repr, ord("a"): ascii}


def spec_sample(t):
    """A Python value of `t`'s class to check a format spec the way Python
    will (nbc.print's verifier checks it again, for other frontends), or
    None when nbc.print takes no spec for `t`."""
    if not isinstance(t, T.Scalar) or t.is_complex:
        return None
    return False if t.is_bool else 0 if t.is_int else 0.0


class PrintLine:
    """The pieces, values and their format specs of one nbc.print."""

    def __init__(self):
        self.pieces, self.values, self.formats = [""], [], []
        self.before = []  # the prints before a run-time string, and the string

    def string(self, s):
        """A run-time string: written by its own loop between two prints."""
        self.before += [(self.pieces, self.values, self.formats), s]
        self.pieces, self.values, self.formats = [""], [], []

    def text(self, text):
        self.pieces[-1] += text

    def value(self, value, spec=""):
        self.values.append(value)
        self.formats.append(spec)
        self.pieces.append("")


class PrintingMixin:
    def call_print(self, node):
        kw = self.kwargs(node, ("sep", "end", "flush", "file"), "print")
        sep = self.print_keyword(kw, "sep", " ", node)
        end = self.print_keyword(kw, "end", "\n", node)
        stream = self.print_stream(kw.get("file"), node)
        line = PrintLine()
        for i, arg in enumerate(node.args):
            if i:
                line.text(sep)
            self.print_item(arg, line)
        line.text(end)
        for part in line.before + [(line.pieces, line.values, line.formats)]:
            if isinstance(part, Value):
                self.write_string(part, stream, node)
                continue
            pieces, values, formats = part
            if values or pieces != [""]:
                self.b.print_(pieces, values, self.pos(node),
                              formats if any(formats) else (), stream)
        return PyObj(None)

    def print_keyword(self, kw, name, default, node):
        if name not in kw:
            return default
        v = kw[name]
        if isinstance(v, ast.Constant) and (v.value is None or isinstance(v.value, str)):
            return default if v.value is None else v.value
        raise self.error(UnsupportedError, f"print(): {name}= must be a string "
                         "constant", node)

    def print_stream(self, file, node):
        """1 for sys.stdout (and file=None), 2 for sys.stderr."""
        if file is None:
            return 1
        target = self.expr(file)
        obj = getattr(target, "obj", target) if isinstance(target, PyObj) else target
        if obj is None or obj is sys.stdout or obj is sys.__stdout__:
            return 1
        if obj is sys.stderr or obj is sys.__stderr__:
            return 2
        raise self.error(UnsupportedError, "print(): file= must be sys.stdout or "
                         "sys.stderr", file)

    def print_item(self, arg, line):
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            line.text(arg.value)
            return
        if isinstance(arg, ast.JoinedStr):
            for part in arg.values:
                if isinstance(part, ast.Constant):
                    line.text(part.value)
                else:
                    self.print_field(part, line)
            return
        self.print_value(self.expr(arg), arg, line, as_repr=False)

    def print_field(self, part, line):
        """One `{value!conversion:spec}` of an f-string."""
        spec = self.format_spec_text(part.format_spec)
        convert = CONVERSIONS[part.conversion]
        v = self.expr(part.value)
        if isinstance(v, PyObj) and (v.obj is None or isinstance(
                v.obj, (str, bool, int, float, complex))):
            text = convert(v.obj) if convert else v.obj
            try:
                line.text(format(text, spec))
            except (ValueError, TypeError) as e:
                raise self.error(TypingError, f"f-string field: {e}", part) from None
            return
        if not spec:
            self.print_value(v, part.value, line, as_repr=convert is repr)
            return
        if convert is not None:
            raise self.error(UnsupportedError, "f-string fields with both a "
                             "conversion (!r, !s, !a) and a format spec are not "
                             "supported for run-time values", part)
        v = self.materialize(v, part.value)
        sample = spec_sample(getattr(v, "type", None))
        if sample is None:
            raise self.error(UnsupportedError, f"f-string format spec '{spec}' "
                             f"needs an int, bool or float value, got "
                             f"{getattr(v, 'type', describe(v))}", part)
        try:
            format(sample, spec)
        except ValueError as e:
            raise self.error(TypingError, f"f-string format spec '{spec}': {e}",
                             part) from None
        line.value(v, spec)

    def format_spec_text(self, spec):
        """The text of a format spec, whose nested fields (`{x:{width}}`)
        must be compile-time constants."""
        if spec is None:
            return ""
        text = ""
        for part in spec.values:
            if isinstance(part, ast.Constant):
                text += part.value
                continue
            value = self.compile_time_value(part.value)
            if not isinstance(value, (str, int)):
                raise self.error(UnsupportedError, "a nested field in a format "
                                 "spec must be a compile-time constant (a literal, "
                                 "a global or a string argument)", part)
            convert = CONVERSIONS[part.conversion]
            text += format(convert(value) if convert else value,
                           self.format_spec_text(part.format_spec))
        return text

    def compile_time_value(self, node):
        """The Python value of a literal, a global scalar or a compile-time
        argument (a string), else None."""
        if isinstance(node, ast.Name) and node.id not in self.env:
            value = self.src.globals.get(node.id)
            return value if isinstance(value, (str, int, float)) else None
        v = self.expr(node)
        return v.obj if isinstance(v, PyObj) else None

    def print_value(self, v, node, line, as_repr):
        v = field_value(v)  # a tuple's None field prints None
        if isinstance(v, PyObj):
            if v.obj is None or isinstance(v.obj, (str, bool, int, float, complex)):
                line.text(repr(v.obj) if as_repr else str(v.obj))
                return
            raise self.error(UnsupportedError, f"print() of {describe(v.obj)} is not "
                             "supported", node)
        if isinstance(v, RangeValue):
            raise self.error(UnsupportedError, "print() of a range object is not "
                             "supported", node)
        if isinstance(v, TupleValue) and not isinstance(v.type, T.Optional):
            line.text("(")
            for i, item in enumerate(v.items):
                if i:
                    line.text(", ")
                self.print_value(item, node, line, as_repr=True)
            line.text(",)" if len(v.items) == 1 else ")")
            return
        v = self.materialize(v, node)
        if isinstance(v.type, T.Str) and not as_repr:
            line.string(v)
            return
        if isinstance(v.type, T.Str):
            raise self.error(UnsupportedError, "repr() of a computed string (!r or a "
                             "string in a tuple) is not supported in print()", node)
        if as_repr and isinstance(v, Value) and isinstance(v.type, T.Array):
            raise self.error(UnsupportedError, "repr() of an array (!r or an array "
                             "in a tuple) is not supported in print(): print the "
                             "array itself", node)
        if isinstance(v, Value) and (isinstance(v.type, T.Array)
                                     or isinstance(v.type, T.Scalar)):
            line.value(v)
            return
        raise self.error(TypingError, f"print() of {getattr(v, 'type', v)} is not "
                         "supported: print scalars, arrays, tuples and strings", node)
