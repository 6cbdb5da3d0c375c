"""`raise E(...)` and `assert cond, msg` in kernels. The exception's message
becomes the text of one nbc.raise_if whose `{}` holes quote run-time int,
bool and float values (with an optional format spec each), so that the
compiled kernel raises what CPython raises: `str(E(f"x={x}"))` is the
f-string, `str(E("msg", x))` the repr of the args tuple, `str(E(i))` is
`str(i)`. `"..." % values` and `"...".format(...)` are taken apart here into
the same holes. Compile-time values are formatted by Python itself."""

import ast
import re
import string

from .. import types as T
from ..errors import KIND_NAMES, TypingError, UnsupportedError
from . import scalar as S
from .builder import PyObj, TupleValue, Value, describe
from .common import field_value
from .printing import CONVERSIONS, spec_sample

# printf-style conversions of `"..." % values`: flags, width, precision, type.
PERCENT = re.compile(r"%(?P<flags>[-+ #0]*)(?P<width>\d*)(?:\.(?P<prec>\d+))?"
                     r"(?P<type>[diouxXeEfFgGrsa%])")


def escape(text):
    """`text` as literal message text: braces doubled."""
    return text.replace("{", "{{").replace("}", "}}")


class Message:
    """A message under construction: text with `{}` holes, their values and
    format specs."""

    def __init__(self):
        self.text, self.values, self.formats = "", [], []

    def literal(self, text):
        self.text += escape(text)

    def hole(self, value, spec=""):
        self.text += "{}"
        self.values.append(value)
        self.formats.append(spec)

    def extend(self, other):
        self.text += other.text
        self.values += other.values
        self.formats += other.formats


class RaisingMixin:
    def emit_raise(self, stmt):
        exc = stmt.exc
        if exc is None:
            raise self.error(UnsupportedError, "a bare `raise` (re-raising the "
                             "exception being handled) is not supported", stmt,
                             "leave the exception out of the except clause, so that "
                             "it propagates, or raise a new one")
        kinds = tuple(KIND_NAMES)  # the ABI's kinds, in value order
        args = []
        if isinstance(exc, ast.Call):
            if exc.keywords:
                raise self.error(UnsupportedError, "raise: exceptions take positional "
                                 "arguments only", stmt)
            args = exc.args
            exc = exc.func
        if not (isinstance(exc, ast.Name) and exc.id in kinds):
            raise self.error(UnsupportedError,
                             f"raise: only the exceptions {', '.join(kinds)} are supported",
                             stmt)
        # str(KeyError(k)) is repr(k): KeyError('3') reads '3', KeyError(3) 3.
        message = self.exception_message(args, single_repr=exc.id == "KeyError")
        true = self.b.constant(True, T.boolean, self.pos(stmt))
        self.raise_message_if(true, exc.id, message, stmt)
        self.dead = True

    def never_returned(self, raised):
        """What a function that falls off its end returns: None, or when
        every path raised in a callee (a compile-time string chose the
        raise: `mode == "wrap"`), an int64 no one reads, so that callers
        written for the callee's other specializations (an index) build."""
        if raised and not self.public and not self.seen_returns and self.ret_type is None:
            return self.b.constant(0, T.int64, self.pos(self.src.fdef))
        return TupleValue([])

    def emit_assert(self, stmt):
        if stmt.msg is not None and not (isinstance(stmt.msg, ast.Constant)
                                         and isinstance(stmt.msg.value, str)):
            # Python evaluates the message only when the test fails.
            fail = ast.Raise(exc=ast.Call(func=ast.Name("AssertionError", ast.Load()),
                                          args=[stmt.msg], keywords=[]), cause=None)
            test = ast.UnaryOp(op=ast.Not(), operand=stmt.test)
            check = ast.If(test=test, body=[fail], orelse=[])
            for node in ast.walk(check):
                if node is not stmt.test and not hasattr(node, "lineno"):
                    ast.copy_location(node, stmt)
            self.emit_if(check.test, check.body, check.orelse, stmt)
            return
        cond = S.truth(self.b, self.materialize(self.expr(stmt.test), stmt.test),
                       self.pos(stmt))
        bad = S.logical_not(self.b, cond, self.pos(stmt))
        msg = "" if stmt.msg is None else stmt.msg.value
        self.raise_if(bad, "AssertionError", msg, stmt)

    def raise_message_if(self, cond, kind, message, node):
        if not message.values:  # no holes: the text is taken literally
            text = message.text.replace("{{", "{").replace("}}", "}")
            self.raise_if(cond, kind, text, node)
            return
        if len(message.values) > 16:
            raise self.error(UnsupportedError, "raise: a message quotes at most 16 "
                             f"run-time values, got {len(message.values)}", node)
        formats = message.formats if any(message.formats) else []
        self.b.raise_if(cond, kind, message.text, self.pos(node), message.values,
                        formats)

    # -- the message of E(*args) ---------------------------------------------
    def exception_message(self, args, single_repr=False):
        """str(E(*args)): "" for none, str(arg) for one (its repr with
        `single_repr`), else the repr of the args tuple."""
        message = Message()
        if len(args) == 1:
            self.message_item(args[0], message, as_repr=single_repr)
        elif args:
            message.literal("(")
            for i, arg in enumerate(args):
                if i:
                    message.literal(", ")
                self.message_item(arg, message, as_repr=True)
            message.literal(")")
        return message

    def message_item(self, node, message, as_repr):
        """str (or repr) of one exception argument."""
        if isinstance(node, ast.Tuple):  # its items may be strings
            message.literal("(")
            for i, item in enumerate(node.elts):
                if i:
                    message.literal(", ")
                self.message_item(item, message, as_repr=True)
            message.literal(",)" if len(node.elts) == 1 else ")")
            return
        text = self.string_message(node)
        if text is None:
            self.message_value(self.expr(node), node, message, as_repr)
            return
        if not as_repr:
            message.extend(text)
            return
        # repr of a string whose holes hold numbers: Python's quoting of the
        # text around them (numbers hold no quotes or escapes).
        quoted = repr(text.text)
        message.text += quoted
        message.values += text.values
        message.formats += text.formats

    def string_message(self, node):
        """The Message of a string expression (a literal, an f-string,
        `"..." % values`, `"...".format(...)`), or None for other values."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            message = Message()
            message.literal(node.value)
            return message
        if isinstance(node, ast.JoinedStr):
            message = Message()
            for part in node.values:
                if isinstance(part, ast.Constant):
                    message.literal(part.value)
                else:
                    self.message_field(part.value, part.conversion,
                                       self.format_spec_text(part.format_spec),
                                       message, part)
            return message
        if (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod)
                and isinstance(node.left, ast.Constant)
                and isinstance(node.left.value, str)):
            return self.percent_message(node)
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "format" and isinstance(node.func.value, ast.Constant)
                and isinstance(node.func.value.value, str)):
            return self.format_message(node)
        if self.is_str_call(node):  # str(x): the text Python's str gives
            (arg,) = node.args
            text = self.string_message(arg)
            if text is None:
                text = Message()
                self.message_value(self.expr(arg), arg, text, as_repr=False)
            return text
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            # "a " + str(x): both sides strings, else not a string at all
            left = self.string_message(node.left)
            right = self.string_message(node.right) if left is not None else None
            if right is not None:
                left.extend(right)
                return left
        return None

    def is_str_call(self, node):
        return self.is_builtin_call(node, str)

    def message_field(self, value_node, conversion, spec, message, node):
        """One `{value!conversion:spec}` field."""
        convert = CONVERSIONS[conversion]
        if not spec and convert in (None, str) and self.is_str_call(value_node):
            message.extend(self.string_message(value_node))  # f"{str(x)}"
            return
        v = self.expr(value_node)
        if isinstance(v, PyObj) and (v.obj is None or isinstance(
                v.obj, (str, bool, int, float, complex))):
            text = convert(v.obj) if convert else v.obj
            try:
                message.literal(format(text, spec))
            except (ValueError, TypeError) as e:
                raise self.error(TypingError, f"exception message field: {e}",
                                 node) from None
            return
        if not spec:
            self.message_value(v, value_node, message, as_repr=convert is repr)
            return
        if convert is not None:
            raise self.error(UnsupportedError, "exception message fields with both a "
                             "conversion (!r, !s, !a) and a format spec are not "
                             "supported for run-time values", node)
        v = self.materialize(v, value_node)
        sample = spec_sample(getattr(v, "type", None))
        if sample is None:
            raise self.error(UnsupportedError, f"format spec '{spec}' in an exception "
                             "message needs an int, bool or float value, got "
                             f"{getattr(v, 'type', describe(v))}", node)
        try:
            format(sample, spec)
        except ValueError as e:
            raise self.error(TypingError, f"format spec '{spec}' in an exception "
                             f"message: {e}", node) from None
        message.hole(v, spec)

    def message_value(self, v, node, message, as_repr):
        """str (repr) of a value: compile-time ones as text, run-time
        scalars as holes, tuples item by item."""
        v = field_value(v)  # a tuple's None field reads None
        if isinstance(v, PyObj):
            if v.obj is None or isinstance(v.obj, (str, bool, int, float, complex)):
                message.literal(repr(v.obj) if as_repr else str(v.obj))
                return
            raise self.error(UnsupportedError, f"an exception message cannot quote "
                             f"{describe(v.obj)}", node)
        if isinstance(v, TupleValue) and not isinstance(v.type, T.Optional):
            message.literal("(")
            for i, item in enumerate(v.items):
                if i:
                    message.literal(", ")
                self.message_value(item, node, message, as_repr=True)
            message.literal(",)" if len(v.items) == 1 else ")")
            return
        v = self.materialize(v, node)
        t = getattr(v, "type", None)
        if isinstance(v, Value) and isinstance(t, T.Scalar) and not t.is_complex:
            message.hole(v)
            return
        raise self.error(UnsupportedError, "an exception message can quote int, "
                         f"bool and float values (and tuples of them), got {t or describe(v)}",
                         node)

    def format_message(self, node):
        """`"...".format(args)` with positional fields."""
        if node.keywords or any(isinstance(a, ast.Starred) for a in node.args):
            raise self.error(UnsupportedError, "str.format in an exception message takes "
                             "positional arguments only", node)
        message, auto = Message(), 0  # the next automatic index; None: manual
        try:
            fields = list(string.Formatter().parse(node.func.value.value))
        except ValueError as e:
            raise self.error(TypingError, f"str.format: {e}", node) from None
        for text, name, spec, conversion in fields:
            message.literal(text)
            if name is None:
                continue
            if (name == "" and auto is None) or (name.isdigit() and auto):
                raise self.error(TypingError, "str.format: cannot mix automatic and "
                                 "manual field numbering", node)
            if name == "":
                index, auto = auto, auto + 1
            elif name.isdigit():
                index, auto = int(name), None
            else:
                raise self.error(UnsupportedError, "str.format in an exception message: "
                                 f"only positional fields, got '{{{name}}}'", node)
            if index >= len(node.args):
                raise self.error(TypingError, "str.format: Replacement index "
                                 f"{index} out of range for positional args tuple", node)
            if "{" in (spec or ""):
                raise self.error(UnsupportedError, "str.format in an exception message: "
                                 "nested fields in a format spec are not supported", node)
            code = ord(conversion) if conversion else -1
            if code not in CONVERSIONS:
                raise self.error(TypingError, f"str.format: Unknown conversion specifier "
                                 f"{conversion}", node)
            self.message_field(node.args[index], code, spec or "", message, node)
        return message

    def percent_message(self, node):
        """`"..." % values`, the conversions mapped onto format specs."""
        template = node.left.value
        items = node.right.elts if isinstance(node.right, ast.Tuple) else [node.right]
        if isinstance(node.right, ast.Name) and isinstance(self.env.get(node.right.id),
                                                           TupleValue):
            raise self.error(UnsupportedError, "'...' % t with a tuple variable in an "
                             "exception message: write the tuple out, % (t[0], t[1])",
                             node)
        message, at, used = Message(), 0, 0
        while (start := template.find("%", at)) >= 0:
            match = PERCENT.match(template, start)
            if match is None:
                raise self.error(UnsupportedError, "unsupported '%' conversion in an "
                                 f"exception message: {template[start:start + 3]!r}", node)
            message.literal(template[at:start])
            at = match.end()
            kind = match["type"]
            if kind == "%":
                message.literal("%")
                continue
            if used == len(items):
                raise self.error(TypingError, "not enough arguments for format string",
                                 node)
            item, used = items[used], used + 1
            if kind in "rsa":
                if match["flags"] or match["width"] or match["prec"]:
                    raise self.error(UnsupportedError, f"'%{kind}' with flags, width or "
                                     "precision in an exception message", node)
                self.message_field(item, ord(kind), "", message, node)
                continue
            self.message_field(item, -1, self.percent_spec(match, item, node),
                               message, node)
        message.literal(template[at:])
        if used != len(items):
            raise self.error(TypingError, "not all arguments converted during string "
                             "formatting", node)
        return message

    def percent_spec(self, match, item, node):
        """The format spec that renders a `%` conversion as printf does."""
        flags, kind, prec = match["flags"], match["type"], match["prec"]
        if kind in "diuoxX":
            v = self.expr(item)
            t = getattr(v, "type", None)
            if (isinstance(t, T.Scalar) and t.is_float) or isinstance(
                    getattr(v, "obj", None), float) or prec is not None:
                raise self.error(UnsupportedError, f"'%{kind}' of a float or with a "
                                 "precision in an exception message (use an f-string)",
                                 node)
            kind = "d" if kind in "iu" else kind
        align = "<" if "-" in flags else ""
        zero = "0" if "0" in flags and not align else ""
        sign = "+" if "+" in flags else " " if " " in flags else ""
        alternate = "#" if "#" in flags else ""
        precision = f".{prec}" if prec is not None else ""
        return align + sign + alternate + zero + match["width"] + precision + kind
