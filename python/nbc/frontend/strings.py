"""Strings as run-time data (Numba's unicode_type): a string a kernel
computes is a Value of type Str, its code points in a 1-D int32 array; a
literal or a string argument stays a compile-time value (the kernel is
specialised on it) until an operation needs its code points; an argument
declared unicode_type arrives as code points. len, s[i], s[a:b],
iteration, comparisons, `in`, +, * (by an int), ord, chr, str(int) and the
STRING_METHODS call nbc.npimpl.strings, which the frontend compiles like a
user's helper; anything else is an error naming the operation."""

import ast

from .. import types as T
from ..errors import TypingError, UnsupportedError
from ..npimpl import strings as impl
from ..string_type import CODE_POINTS, code_points
from . import scalar as S
from .builder import PyObj, Value
from .hints import STRING_HINT

# Methods taking a string, then start and end as s[start:end] would.
RANGED = ("startswith", "endswith", "find", "rfind", "index", "rindex", "count")
# str methods: the implementation for each number of arguments.
STRING_METHODS = {
    **{name: {1: getattr(impl, name), 2: getattr(impl, name + "_range"),
              3: getattr(impl, name + "_range")} for name in RANGED},
    **{name: {0: getattr(impl, name)} for name in (
        "upper", "lower", "isdigit", "isalpha", "isalnum", "isupper", "islower",
        "isspace")},
    **{name: {0: getattr(impl, name), 1: getattr(impl, name + "_chars")}
       for name in ("strip", "lstrip", "rstrip")},
    "replace": {2: impl.replace},
    **{name: {1: getattr(impl, name), 2: getattr(impl, name + "_fill")}
       for name in ("ljust", "rjust", "center")},
    "zfill": {1: impl.zfill},
}
WIDTH_FIRST = ("ljust", "rjust", "center", "zfill")  # an int, then strings


def is_string(v):
    """A compile-time string or a run-time one."""
    return (isinstance(v, PyObj) and isinstance(v.obj, str)) or \
        isinstance(getattr(v, "type", None), T.Str)


class StringMethod:
    """`s.method` waiting to be called."""

    def __init__(self, string, name):
        self.string = string
        self.name = name
        self.type = None


class StringsMixin:
    def string_value(self, v, node):
        """The run-time string of `v` (a literal: a constant of the module)."""
        if isinstance(getattr(v, "type", None), T.Str):
            return v
        codes = self.constant_arrays.setdefault(("str", v.obj), code_points(v.obj))
        return Value(self.constant_array(codes, node).h, T.Str())

    def string_operand(self, v, what, node):
        if not is_string(v):
            raise self.error(TypingError, f"{what} requires a string, not "
                             f"{getattr(v, 'type', None) or type(v.obj).__name__}", node)
        return self.string_value(v, node)

    def string_impl(self, function, args, node):
        """nbc.npimpl.strings' `function` on `args` (strings passed as their
        code points); an int32 array result is a string."""
        vals = [Value(a.h, CODE_POINTS.copy(readonly=True))
                if isinstance(a.type, T.Str) else a for a in args]
        r = self.call_compiled(function, vals, [v.type for v in vals], self.options,
                               node)
        if isinstance(r, Value) and isinstance(r.type, T.Array):
            assert r.type.copy(readonly=False) == CODE_POINTS, r.type
            return Value(r.h, T.Str())
        return r

    def string_index(self, v, node):
        v = self.scalar(node, v)
        if not (v.type.is_int or v.type.is_bool):
            raise self.error(TypingError, "string indices must be integers", node)
        return S.cast(self.b, v, T.int64, self.pos(node))

    def refuse_string_item(self, v, what, node):
        if isinstance(getattr(v, "type", None), T.Str):
            raise self.error(UnsupportedError, f"{what}: strings in containers are "
                             "not supported", node, STRING_HINT)

    # -- operations ----------------------------------------------------------
    def string_len(self, s, node):
        return self.dim(Value(s.h, CODE_POINTS), 0, node)

    def string_subscript(self, s, node):
        """s[i] (a string of one character, IndexError out of range) or
        s[a:b]."""
        sub = node.slice
        if isinstance(sub, ast.Slice):
            if sub.step is not None:
                raise self.error(UnsupportedError, "string slices with a step are "
                                 "not supported", node)
            bounds = [self.string_index(self.expr(b), b) if b is not None else
                      self.b.constant(0, T.int64, self.pos(node))
                      for b in (sub.lower, sub.upper)]
            given = [self.b.constant(b is not None, T.boolean, self.pos(node))
                     for b in (sub.lower, sub.upper)]
            return self.string_impl(impl.slice_, [s, *bounds, *given], node)
        if isinstance(sub, ast.Tuple):
            raise self.error(TypingError, "string indices must be integers", node)
        return self.string_impl(impl.item, [s, self.string_index(self.expr(sub), sub)],
                                node)

    def compare_strings(self, op, left, right, node):
        if not (is_string(left) and is_string(right)):
            raise self.error(TypingError, "strings compare only with strings", node)
        order = self.string_impl(impl.order, [self.string_value(left, node),
                                              self.string_value(right, node)], node)
        zero = self.b.constant(0, T.int64, self.pos(node))
        return S.compare(self.b, op, S.cast(self.b, order, T.int64, self.pos(node)),
                         zero, self.pos(node))

    def string_membership(self, container, item, node):
        """`item in container` for a string container (a substring test)."""
        if not is_string(item):
            raise self.error(TypingError, "'in <string>' requires string as left "
                             f"operand, not {getattr(item, 'type', None)}", node)
        return self.string_impl(impl.contains, [self.string_value(container, node),
                                                self.string_value(item, node)], node)

    def string_binop(self, op, x, y, node):
        """s + t, s * n and n * s."""
        if op == "Add" and is_string(x) and is_string(y):
            return self.string_impl(impl.concat, [self.string_value(x, node),
                                                  self.string_value(y, node)], node)
        if op == "Mult":
            s, n = (x, y) if is_string(x) else (y, x)
            n = self.materialize(n, node)
            if is_string(s) and isinstance(getattr(n, "type", None), T.Scalar) and \
                    (n.type.is_int or n.type.is_bool) and not is_string(n):
                return self.string_impl(impl.repeat, [self.string_value(s, node),
                                                      self.string_index(n, node)], node)
        what = lambda v: "str" if is_string(v) else str(getattr(v, "type", v))  # noqa
        raise self.error(TypingError, f"unsupported operand types for "
                         f"{S.SYMBOL.get(op, op)}: '{what(x)}' and '{what(y)}'", node)

    def enumerated_string(self, call):
        """The string of `enumerate(s)` (a name or a literal), else None."""
        if len(call.args) == 1 and not call.keywords and \
                isinstance(call.args[0], (ast.Name, ast.Constant)):
            s = self.expr(call.args[0])  # a name or literal: nothing emitted
            return s if is_string(s) else None
        return None

    def for_string(self, stmt, s, target=None, index=None):
        """`for c in s`: `for k in range(len(s)): c = s[k]`; `for i, c in
        enumerate(s)` (`index` i, `target` c) binds i = k too."""
        tag = f"$str{id(stmt)}"
        self.env[tag] = self.string_value(s, stmt.iter)
        name = lambda n, ctx=ast.Load(): ast.Name(id=n, ctx=ctx)  # noqa: E731
        body = [ast.Assign(targets=[stmt.target if target is None else target],
                           value=ast.Subscript(value=name(tag), slice=name(tag + "k"),
                                               ctx=ast.Load()))]
        if index is not None:
            body.insert(0, ast.Assign(targets=[index], value=name(tag + "k")))
        loop = ast.For(
            target=name(tag + "k", ast.Store()),
            iter=ast.Call(func=name("range"), args=[ast.Call(
                func=name("len"), args=[name(tag)], keywords=[])], keywords=[]),
            body=body + stmt.body, orelse=stmt.orelse, type_comment=None)
        for n in ast.walk(loop):
            ast.copy_location(n, stmt) if not hasattr(n, "lineno") else None
        ast.fix_missing_locations(loop)
        self.remember_origin(loop, stmt)
        self.emit_stmt(loop)

    def write_string(self, s, stream, node):
        """print()'s text of a run-time string, to stdout (1) or stderr (2)."""
        self.string_impl(impl.write if stream == 1 else impl.write_stderr, [s], node)

    # -- calls -----------------------------------------------------------------
    def call_string_builtin(self, obj, node):
        """ord(c), chr(i) and str(x) of a string, an int or a bool."""
        if obj is str and not node.args and not node.keywords:
            return self.string_value(PyObj(""), node)
        (v,) = self.args(node, 1, 1, obj.__name__)
        if obj is str:
            return self.string_of(v, node)
        if obj is ord:
            return self.string_impl(impl.ordinal, [self.string_operand(
                v, "ord()", node)], node)
        return self.string_impl(impl.character, [self.string_index(v, node)], node)

    def string_of(self, v, node):
        if is_string(v):
            return self.string_value(v, node)
        if isinstance(getattr(v, "type", None), T.Scalar) and v.type.is_bool:
            return self.string_impl(impl.from_bool, [v], node)
        if isinstance(getattr(v, "type", None), T.Scalar) and v.type.is_int and \
                v.type != T.uint64:
            return self.string_impl(impl.from_int, [S.cast(self.b, v, T.int64,
                                                           self.pos(node))], node)
        raise self.error(UnsupportedError, f"str() of {getattr(v, 'type', v)} is not "
                         "supported as a value (str() of ints, bools and strings is; "
                         "floats print, and format in raise messages)", node)

    def string_attribute(self, s, name, node):
        if name not in STRING_METHODS:
            raise self.error(UnsupportedError, f"str.{name} is not supported (strings "
                             "support len, indexing, slicing, iteration, comparisons, "
                             "in, +, *, ord, chr, str() and the methods " +
                             ", ".join(STRING_METHODS) + ")", node)
        return StringMethod(self.string_value(s, node), name)

    def method_integer(self, v, what, node):
        if not (isinstance(getattr(v, "type", None), T.Scalar) and
                (v.type.is_int or v.type.is_bool)):
            raise self.error(TypingError, f"{what} takes ints after the string, not "
                             f"{getattr(v, 'type', v)}", node)
        return S.cast(self.b, v, T.int64, self.pos(node))

    def call_string_method(self, m, node):
        arities = STRING_METHODS[m.name]
        what = f"str.{m.name}()"
        args = self.args(node, min(arities), max(arities), what[:-2])
        if m.name in RANGED:
            bounds = [self.method_integer(v, what, node) for v in args[1:]]
            if len(bounds) == 1:  # to the end
                bounds.append(self.b.constant(2**63 - 1, T.int64, self.pos(node)))
            return self.string_impl(arities[len(args)], [
                m.string, self.string_operand(args[0], what, node), *bounds], node)
        values = [self.string_operand(t, what, node) for t in args[1:]]
        if m.name in WIDTH_FIRST:
            values.insert(0, self.method_integer(args[0], what, node))
        elif args:
            values.insert(0, self.string_operand(args[0], what, node))
        return self.string_impl(arities[len(args)], [m.string] + values, node)
