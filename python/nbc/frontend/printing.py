"""print() in kernels: string literals, f-strings without format specs,
`sep=`/`end=` constants and tuples are folded into the text pieces of one
nbc.print; scalars and arrays are its operands (formatted as Python's str
by the runtime). Numba prints the same way, through Python's print."""

import ast

from .. import types as T
from ..errors import TypingError, UnsupportedError
from .builder import PyObj, RangeValue, TupleValue, Value, describe


class PrintingMixin:
    def call_print(self, node):
        kw = self.kwargs(node, ("sep", "end", "flush"), "print")
        sep = self.print_keyword(kw, "sep", " ", node)
        end = self.print_keyword(kw, "end", "\n", node)
        pieces, values = [""], []
        for i, arg in enumerate(node.args):
            if i:
                pieces[-1] += sep
            self.print_item(arg, pieces, values)
        pieces[-1] += end
        self.b.print_(pieces, values, self.pos(node))
        return PyObj(None)

    def print_keyword(self, kw, name, default, node):
        if name not in kw:
            return default
        v = kw[name]
        if isinstance(v, ast.Constant) and (v.value is None or isinstance(v.value, str)):
            return default if v.value is None else v.value
        raise self.error(UnsupportedError, f"print(): {name}= must be a string "
                         "constant", node)

    def print_item(self, arg, pieces, values):
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            pieces[-1] += arg.value
            return
        if isinstance(arg, ast.JoinedStr):
            for part in arg.values:
                if isinstance(part, ast.Constant):
                    pieces[-1] += part.value
                elif part.format_spec is not None or part.conversion not in (-1, ord("s")):
                    raise self.error(UnsupportedError, "f-strings in print() take "
                                     "plain {value} fields (no format spec or !r)", part)
                else:
                    self.print_value(self.expr(part.value), part.value, pieces, values,
                                     as_repr=False)
            return
        self.print_value(self.expr(arg), arg, pieces, values, as_repr=False)

    def print_value(self, v, node, pieces, values, as_repr):
        if isinstance(v, PyObj):
            if v.obj is None or isinstance(v.obj, (str, bool, int, float, complex)):
                pieces[-1] += repr(v.obj) if as_repr else str(v.obj)
                return
            raise self.error(UnsupportedError, f"print() of {describe(v.obj)} is not "
                             "supported", node)
        if isinstance(v, RangeValue):
            raise self.error(UnsupportedError, "print() of a range object is not "
                             "supported", node)
        if isinstance(v, TupleValue) and not isinstance(v.type, T.Optional):
            pieces[-1] += "("
            for i, item in enumerate(v.items):
                if i:
                    pieces[-1] += ", "
                self.print_value(item, node, pieces, values, as_repr=True)
            pieces[-1] += ",)" if len(v.items) == 1 else ")"
            return
        v = self.materialize(v, node)
        if isinstance(v, Value) and (isinstance(v.type, T.Array)
                                     or isinstance(v.type, T.Scalar)):
            values.append(v)
            pieces.append("")
            return
        raise self.error(TypingError, f"print() of {getattr(v, 'type', v)} is not "
                         "supported: print scalars, arrays, tuples and strings", node)
