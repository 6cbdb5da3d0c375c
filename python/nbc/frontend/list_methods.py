"""List methods and operators beyond append/pop: extend, insert, pop(i),
remove, index, count, reverse, sort, copy, clear, `del l[i]`, `del l[a:b]`,
slices (read and assigned), `+`, `*`, `+=`, `*=`, comparisons, min/max/sum
of a list, list(it), sorted(it) and enumerate/zip/reversed loops over lists.

Each is composed from the nbc.list_* ops (append, pop, get, set, len) as a
short Python template compiled in place of the call (`run_template`), as
`x in l` is: the semantics, bounds checks and Python's error messages stay
those of the ops and of the template's own `raise`."""

import ast
import itertools
import textwrap

from .. import types as T
from ..errors import TypingError, UnsupportedError
from . import scalar as S
from .builder import PyObj, Value
from .list_templates import SLICE_BOUNDS, SLICE_DEFAULT, SLICE_PART, TEMPLATES
from .list_tuples import is_item_tuple
from .dicts import is_table
from .lists import ListMethod, is_list

# Names a template uses as they are (every other name is made private).
TEMPLATE_BUILTINS = {"range", "len", "IndexError", "ValueError"}

_template_ids = itertools.count()


class _Private(ast.NodeTransformer):
    def __init__(self, tag, nodes):
        self.tag, self.nodes = tag, nodes

    def visit_Name(self, n):
        if n.id in self.nodes:
            return self.nodes[n.id]
        if n.id not in TEMPLATE_BUILTINS:
            n.id = self.tag + n.id
        return n


class ListMethodsMixin:
    def run_template(self, key, node, values, nodes=None, outs=(), origin=None,
                     fmt=None, templates=TEMPLATES):
        """Compiles templates[key] at `node`: `values` are bound to the
        template's names, `nodes` replace names by the caller's AST, `outs`
        are read back; `origin` is the user's name of L (its appends widen
        the user's list)."""
        for v in values.values():
            self.refuse_array_list(v, f"'{key}'", node, tuples=True)
        tag = f"$lm{next(_template_ids)}_"
        src = templates[key] if fmt is None else templates[key].format(**fmt)
        tree = ast.parse(textwrap.dedent(src))
        for n in ast.walk(tree):
            for attr in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
                if hasattr(n, attr):
                    delattr(n, attr)
        tree = _Private(tag, nodes or {}).visit(tree)
        for name, v in values.items():
            self.env[tag + name] = v
        if origin is not None and origin in self.list_origins:
            self.list_origins[tag + "L"] = self.list_origins[origin]
        try:
            for stmt in tree.body:
                self.emit_synthetic(stmt, node)
            return [self.env[tag + name] for name in outs]
        finally:
            for name in [k for k in self.env if k.startswith(tag)]:
                self.env.pop(name)
            self.list_origins.pop(tag + "L", None)

    def result_list(self, dtype, typed, pos):
        return self.b.list_new(T.List(dtype, typed=typed), None, pos)

    def fresh(self, lst):
        """A list the template built: bindable to a name (its type is fixed)."""
        self.fresh_lists.add(lst.h)
        return lst

    def list_item_value(self, v, node, what):
        v = self.materialize(v, node)
        if is_item_tuple(v):  # an item of a list of tuples
            return v
        if not isinstance(v, Value) or not isinstance(v.type, T.Scalar):
            raise self.error(TypingError, f"{what} needs a scalar item, got "
                             f"{getattr(v, 'type', v)}", node)
        return v

    def int_argument(self, arg, what):
        k = self.scalar(arg)
        if not (k.type.is_int or k.type.is_bool):
            raise self.error(TypingError, f"{what} must be an integer, not "
                             f"{k.type.name()}", arg)
        return S.cast(self.b, k, T.int64, self.pos(arg))

    # -- methods -------------------------------------------------------------------
    def call_more_list_method(self, m, node):
        """The methods other than append() and pop()."""
        self.refuse_array_list(m.lst, f"{m.name}()", node, tuples=True)
        name, args, pos = m.name, node.args, self.pos(node)
        arity = {"extend": (1, 1), "insert": (2, 2), "remove": (1, 1),
                 "index": (1, 3), "count": (1, 1), "reverse": (0, 0),
                 "sort": (0, 0), "copy": (0, 0), "clear": (0, 0), "pop": (1, 1)}[name]
        if not arity[0] <= len(args) <= arity[1]:
            raise self.error(TypingError, f"{name}() takes {arity[0]}"
                             f"{'' if arity[0] == arity[1] else f' to {arity[1]}'} "
                             f"argument(s) ({len(args)} given)", node)
        if name == "sort":
            return self.list_sort(m, node)
        if node.keywords:
            raise self.error(TypingError, f"{name}() takes no keyword arguments", node)
        lst = m.lst
        typed = lst.type.typed
        if name in ("count", "index"):
            x = self.list_item_value(self.expr(args[0]), node, f"{name}()")
            if name == "count":
                return self.run_template("count", node, {"L": lst, "X": x}, outs=["R"])[0]
            big = self.b.constant(2 ** 62, T.int64, pos)
            s = self.int_argument(args[1], "index() start") if len(args) > 1 else \
                self.b.constant(0, T.int64, pos)
            e = self.int_argument(args[2], "index() stop") if len(args) > 2 else big
            return self.run_template("index", node, {"L": lst, "X": x, "S": s, "E": e},
                                     outs=["R"])[0]
        if name == "copy":
            r = self.result_list(lst.type.dtype, typed, pos)
            return self.fresh(self.run_template("copy", node, {"L": lst, "R": r},
                                                outs=["R"])[0])
        nested = self.nested_receiver(m, node)  # `l[i].insert(...)` (list_nesting)
        if not nested and not isinstance(m.name_node, ast.Name):
            raise self.error(UnsupportedError, f"{name}() is supported on a list held "
                             "in a variable", node)
        origin = None if nested else m.name_node.id
        values, nodes, outs = {"L": lst}, {}, ["L"]
        if name == "pop":
            values["I"] = self.int_argument(args[0], "pop() index")
            key, outs = "pop_at", ["L", "R"]
        elif name == "insert":
            values["I"] = self.int_argument(args[0], "insert() index")
            values["X"] = self.list_item_value(self.expr(args[1]), node,
                                               "insert()")
            key = "insert"
        elif name == "remove":
            values["X"] = self.list_item_value(self.expr(args[0]), node,
                                               "remove()")
            key = "remove"
        elif name == "extend":
            key = "extend"
            self.iterable_argument(lst, args[0], origin, values, nodes)
        else:
            key = name
        got = self.run_template(key, node, values, nodes, outs, origin)
        if nested:
            self.store_back(m, got[0], node)
        else:
            self.env[origin] = got[0]
        return got[1] if name == "pop" else PyObj(None)

    def iterable_argument(self, lst, arg, name, values, nodes, value=None):
        """IT for a template: the caller's expression (or its `value`), a
        copy when it is the list itself (its appends would move the items
        being read)."""
        if value is None and isinstance(arg, ast.Name):
            value = self.lookup(arg.id, arg)
        if is_list(value) and value.h == lst.h:
            pos = self.pos(arg)
            values["IT"] = self.run_template(
                "copy", arg, {"L": lst, "R": self.result_list(lst.type.dtype, False, pos)},
                outs=["R"])[0]
        elif isinstance(value, Value):
            values["IT"] = value
        else:
            nodes["IT"] = arg

    def list_sort(self, m, node):
        self.refuse_array_list(m.lst, "sorting", node,
                               tuples=True)
        kw = {k.arg: k.value for k in node.keywords}
        if set(kw) - {"key", "reverse"}:
            raise self.error(TypingError, "sort() takes key= and reverse= only", node)
        key = None if self.is_none_constant(kw.get("key")) else self.expr(kw["key"])
        if isinstance(key, PyObj) and key.obj is None:  # a name bound to None
            key = None
        rev = kw.get("reverse", ast.Constant(False))
        if not isinstance(m.name_node, ast.Name) and not self.nested_receiver(m, node):
            raise self.error(UnsupportedError, "sort() is supported on a list held in "
                             "a variable", node)
        pos = self.pos(node)
        if key is not None or not isinstance(rev, ast.Constant) or \
                isinstance(m.lst.type.dtype, T.Tuple):
            # a stable merge sort of the keys (of the tuples themselves)
            values = {"L": m.lst, "REV": self.sort_reverse_flag(rev)}
            for name, dtype in (("I", T.int64), ("R", T.int64), ("C", m.lst.type.dtype)):
                values[name] = self.result_list(dtype, False, pos)
            if key is not None:
                values["K"] = self.sort_keys(m.lst, key, kw["key"])
            self.run_template("key_sort", node, values,
                              fmt={"K": "L" if key is None else "K"})
            return PyObj(None)
        a = self.b.list_to_array(m.lst, pos)
        self.b.sort(a, 0, pos)
        key = "sorted_back_reversed" if rev.value else "sorted_back"
        self.run_template(key, node, {"L": m.lst, "A": a})
        return PyObj(None)

    def sort_keys(self, lst, key, key_node):
        """`[key(x) for x in lst]`, its type that of the key's results: a
        comprehension built at the key's position (a site of its own)."""
        tag = f"$sk{key_node.lineno}_{key_node.col_offset}"
        self.env[tag + "l"], self.env[tag + "f"] = lst, key

        def name(n, ctx=ast.Load()):
            return ast.Name(id=tag + n, ctx=ctx)
        comp = ast.ListComp(
            elt=ast.Call(func=name("f"), args=[ast.Subscript(
                value=name("l"), slice=name("j"), ctx=ast.Load())], keywords=[]),
            generators=[ast.comprehension(
                target=name("j", ast.Store()), ifs=[], is_async=0,
                iter=ast.Call(func=ast.Name(id="range", ctx=ast.Load()), keywords=[],
                              args=[ast.Call(func=ast.Name(id="len", ctx=ast.Load()),
                                             args=[name("l")], keywords=[])]))])
        ast.fix_missing_locations(ast.copy_location(comp, key_node))
        try:
            keys = self.expr_ListComp(comp)
            if isinstance(keys.type.dtype, T.Array):
                raise self.error(UnsupportedError, "sort(key=...): the key returns "
                                 "arrays, whose order is ambiguous; return numbers or "
                                 "tuples of numbers", key_node)
            return keys
        finally:
            self.env.pop(tag + "l")
            self.env.pop(tag + "f")

    def sort_reverse_flag(self, rev):
        """`reverse=` as a bool value (Python's truth of an int or a float)."""
        v = self.materialize(self.expr(rev), rev)
        if not isinstance(v, Value) or not isinstance(v.type, T.Scalar) or \
                v.type.is_complex:
            raise self.error(TypingError, "sort(reverse=...) takes a bool or a number",
                             rev)
        return S.truth(self.b, v, self.pos(rev))

    # -- del, slices ---------------------------------------------------------------
    def slice_bounds(self, sl, values, node):
        """The SLICE_BOUNDS text for `sl` (an ast.Slice), its parts bound in
        `values` as A, B, ST."""
        parts = {}
        for key, part in (("A", sl.lower), ("B", sl.upper), ("ST", sl.step)):
            if part is not None:
                values[key] = self.int_argument(part, "slice indices")
                parts[key] = key
        if "ST" not in values:
            values["ST"] = self.b.constant(1, T.int64, self.pos(node))

        def part(v, key, neg, pos):
            if key in parts:
                return textwrap.dedent(SLICE_PART.format(v=v, src=key))
            return textwrap.dedent(SLICE_DEFAULT.format(v=v, neg=neg, pos=pos))
        text = textwrap.dedent(SLICE_BOUNDS).format(a=part("a", "A", "hi", "lo"),
                                                    b=part("b", "B", "lo", "hi"))
        return text

    def list_slice(self, lst, sl, node):
        values = {"L": lst, "R": self.result_list(lst.type.dtype, lst.type.typed,
                                                  self.pos(node))}
        bounds = self.slice_bounds(sl, values, node)
        return self.fresh(self.run_template("slice_get", node, values, outs=["R"],
                                            fmt={"bounds": bounds})[0])

    def store_list_slice(self, lst, target, value, node):
        """`l[a:b] = iterable` (step 1, as Numba)."""
        sl = target.slice
        if sl.step is not None:
            raise self.error(UnsupportedError, "assigning to an extended slice of a "
                             "list (with a step) is not supported", node)
        if not isinstance(target.value, ast.Name):
            raise self.error(UnsupportedError, "slice assignment is supported on a list "
                             "held in a variable", node)
        pos = self.pos(node)
        values = {"L": lst, "V": self.result_list(lst.type.dtype, False, pos)}
        nodes = {}
        if not isinstance(value, Value):
            raise self.error(TypingError, "a list slice is assigned from a list or an "
                             f"array, not {getattr(value, 'type', value)}", node)
        self.iterable_argument(lst, node, target.value.id, values, nodes, value)
        bounds = self.slice_bounds(sl, values, node)
        got = self.run_template("slice_set", node, values, nodes, ["L"],
                                target.value.id, fmt={"bounds": bounds})
        self.env[target.value.id] = got[0]

    def delete_list_item(self, lst, target, node):
        if not isinstance(target.value, ast.Name):
            raise self.error(UnsupportedError, "del is supported on a list held in a "
                             "variable", node)
        values = {"L": lst}
        if isinstance(target.slice, ast.Slice):
            fmt = {"bounds": self.slice_bounds(target.slice, values, node)}
            if target.slice.step is not None:
                raise self.error(UnsupportedError, "del of an extended slice of a list "
                                 "(with a step) is not supported", node)
            key = "slice_delete"
        else:
            values["I"], key, fmt = self.list_index(target.slice), "delete_at", None
        got = self.run_template(key, node, values, outs=["L"], fmt=fmt)
        self.env[target.value.id] = got[0]

    # -- builtins over lists --------------------------------------------------------
    def list_builtin(self, obj, node):
        """min/max/sum of a list, list(iterable) and sorted(iterable), or
        None when `obj` is another builtin or its argument no list."""
        if obj in (list, sorted):
            return self.new_list_from(obj, node)
        if obj not in (min, max, sum) or len(node.args) != 1 or node.keywords:
            return None
        arg = node.args[0]  # evaluated here only when surely a list (emitted once)
        if isinstance(arg, ast.Name):
            lst = self.lookup(arg.id, arg)
        elif isinstance(arg, (ast.List, ast.ListComp)) or self.is_nested_item(arg):
            lst = self.expr(arg)
        elif self.is_dict_view(arg):  # max(d.values()): of the list of the view
            lst = self.new_list_from(list, ast.copy_location(ast.Call(
                func=ast.Name(id="list", ctx=ast.Load()), args=[arg], keywords=[]), node))
        else:
            return None
        if not is_list(lst):
            return None
        return self.list_reduction(obj, lst, node)

    def reduce_iterable(self, obj, v, node):
        """min/max/sum (`obj`) of one evaluated argument: of a list's items
        (`sum(l[1:])`, `min(sorted(l))`), else of an array's."""
        if is_list(v):
            return self.list_reduction(obj, v, node)
        return self.reduce(obj.__name__, v, None, node)

    def list_reduction(self, obj, lst, node):
        """min/max/sum (`obj`) of the list value `lst`."""
        name = obj.__name__
        self.refuse_array_list(lst, f"{name}()", node)
        pos = self.pos(node)
        if obj is sum:
            t = T.int64 if lst.type.dtype.is_bool else lst.type.dtype
            zero = self.b.constant(0, t, pos)
            return self.run_template("sum", node, {"L": lst, "R": zero}, outs=["R"])[0]
        return self.run_template("min", node, {"L": lst}, outs=["R"], fmt={
            "name": name, "op": "<" if obj is min else ">"})[0]

    def is_dict_view(self, node):
        """`d.keys()`, `d.values()` or `d.items()` of a dict `d`."""
        f = getattr(node, "func", None)
        return isinstance(node, ast.Call) and not node.args and not node.keywords and \
            isinstance(f, ast.Attribute) and f.attr in ("keys", "values", "items") and \
            isinstance(f.value, ast.Name) and is_table(self.env.get(f.value.id))

    def new_list_from(self, obj, node):
        name = obj.__name__
        kw = {k.arg: k.value for k in node.keywords}
        if len(node.args) > 1 or set(kw) - ({"key", "reverse"} if obj is sorted else set()):
            raise self.error(TypingError, f"{name}() takes one iterable"
                             f"{' (and key=, reverse=)' if obj is sorted else ''}", node)
        if not node.args:
            if obj is sorted:
                raise self.error(TypingError, "sorted() takes an iterable", node)
            lst = self.new_list(node)
        else:
            if isinstance(node.args[0], ast.Name):  # Python's copy shares the arrays
                self.refuse_array_list(self.env.get(node.args[0].id), f"{name}()", node,
                                       tuples=obj in (list, sorted))
            item = ast.Name(id=f"$ls{node.lineno}_{node.col_offset}", ctx=ast.Load())
            comp = ast.copy_location(ast.ListComp(elt=item, generators=[
                ast.comprehension(target=ast.Name(id=item.id, ctx=ast.Store()),
                                  iter=node.args[0], ifs=[], is_async=0)]), node)
            lst = self.expr_ListComp(comp)
        if obj is sorted:
            call = ast.copy_location(ast.Call(func=None, args=[], keywords=node.keywords),
                                     node)
            self.list_sort(ListMethod(lst, "sort", ast.Name(id="sorted", ctx=ast.Load())),
                           call)
        self.fresh_list_sites[lst.h] = self.site_of(node)
        return lst

    # -- loops over lists ------------------------------------------------------------
    def for_over_lists(self, stmt, fn):
        """`for i, x in enumerate(l)`, `for x, y in zip(l, m_or_array)` and
        `for x in reversed(l)` as loops over the indices; False unless a
        list (held in a variable) is iterated."""
        it = stmt.iter
        if not any(fn.obj is f for f in (enumerate, zip, reversed)) or it.keywords \
                or not it.args:
            return False
        if not any(isinstance(a, ast.Name) and is_list(self.env.get(a.id))
                   for a in it.args):
            return False
        if fn.obj is not zip and len(it.args) != 1:
            raise self.error(TypingError, f"{fn.obj.__name__}() takes one list", stmt)
        tag = f"$fl{next(_template_ids)}_"
        names = []
        for k, a in enumerate(it.args):
            if isinstance(a, ast.Name):
                names.append(a.id)
            else:  # evaluated once, before the loop
                names.append(f"{tag}{k}")
                self.env[names[-1]] = self.materialize(self.expr(a), a)

        def load(name):
            return ast.Name(id=name, ctx=ast.Load())

        def length(name):
            return ast.Call(func=load("len"), args=[load(name)], keywords=[])
        index = load(tag + "i")
        items = [ast.Subscript(value=load(n), slice=index, ctx=ast.Load()) for n in names]
        if fn.obj is enumerate:
            value, bounds = ast.Tuple(elts=[index, items[0]], ctx=ast.Load()), \
                [length(names[0])]
        elif fn.obj is zip:
            value = ast.Tuple(elts=items, ctx=ast.Load())
            bounds = [length(names[0]) if len(names) == 1 else
                      ast.Call(func=load("min"), args=[length(n) for n in names],
                               keywords=[])]
        else:
            value = items[0]
            bounds = [ast.BinOp(left=length(names[0]), op=ast.Sub(), right=ast.Constant(1)),
                      ast.Constant(-1), ast.Constant(-1)]
        take = ast.Assign(targets=[stmt.target], value=value)
        if any(self.resizes_list(stmt.body, n) for n in names):
            # As Python's iterators: the lengths are read at each step.
            loop = self.while_over_lists(stmt, tag + "i", bounds, take, fn.obj is reversed)
        else:
            loop = ast.For(target=ast.Name(id=tag + "i", ctx=ast.Store()),
                           iter=ast.Call(func=load("range"), args=bounds, keywords=[]),
                           body=[take] + stmt.body, orelse=stmt.orelse, type_comment=None)
        try:
            self.emit_synthetic(loop, stmt)
        finally:
            for name in [k for k in self.env if k.startswith(tag)]:
                self.env.pop(name)
        return True

    def while_over_lists(self, stmt, index, bounds, take, backwards):
        """`while` form of for_over_lists' loop: `index` from bounds[0] up to
        (excluded) bounds[-1] read at each step, or down from len - 1 while
        inside the list (`reversed`)."""
        def name(ctx=ast.Load()):
            return ast.Name(id=index, ctx=ctx)
        start = bounds[0] if backwards else ast.Constant(0)
        self.emit_synthetic(ast.Assign(targets=[name(ast.Store())], value=start), stmt)
        if backwards:
            length = bounds[0].left  # len(l)
            test = ast.BoolOp(op=ast.And(), values=[
                ast.Compare(left=name(), ops=[ast.GtE()], comparators=[ast.Constant(0)]),
                ast.Compare(left=name(), ops=[ast.Lt()], comparators=[length])])
        else:
            test = ast.Compare(left=name(), ops=[ast.Lt()], comparators=[bounds[0]])
        step = ast.AugAssign(target=name(ast.Store()),
                             op=ast.Sub() if backwards else ast.Add(), value=ast.Constant(1))
        return ast.While(test=test, body=[take, step] + stmt.body, orelse=stmt.orelse)

    # -- operators -----------------------------------------------------------------
    def list_binop(self, op, x, y, node):
        for v in (x, y):
            self.refuse_array_list(v, f"'{S.SYMBOL[op]}'", node)
        pos = self.pos(node)
        if op == "Add" and is_list(x) and is_list(y):
            dtype = T.promote(x.type.dtype, y.type.dtype)
            r = self.result_list(dtype, x.type.typed, pos)
            return self.fresh(self.run_template("concat", node, {"L": x, "M": y, "R": r},
                                                outs=["R"])[0])
        if op == "Mult":
            lst, k = (x, y) if is_list(x) else (y, x)
            if isinstance(k, Value) and isinstance(k.type, T.Scalar) and \
                    (k.type.is_int or k.type.is_bool):
                r = self.result_list(lst.type.dtype, lst.type.typed, pos)
                k = S.cast(self.b, k, T.int64, pos)
                return self.fresh(self.run_template("repeat", node,
                                                    {"L": lst, "K": k, "R": r},
                                                    outs=["R"])[0])
        raise self.error(TypingError, f"unsupported operand types for {S.SYMBOL[op]}: "
                         f"{getattr(x, 'type', x)} and {getattr(y, 'type', y)}", node)

    def list_aug_assign(self, op, name, lst, stmt):
        """`l += it` extends and `l *= k` repeats `l` in place (Python's
        __iadd__/__imul__), so a reflected list sees it. False if not one."""
        self.refuse_array_list(lst, f"'{S.SYMBOL.get(op, op)}='", stmt)
        if op == "Add":
            values, nodes = {"L": lst}, {}
            self.iterable_argument(lst, stmt.value, name, values, nodes)
            self.env[name] = self.run_template("extend", stmt, values, nodes, ["L"],
                                               name)[0]
            return True
        if op == "Mult":
            k = self.int_argument(stmt.value, "the list repeat count")
            self.env[name] = self.run_template("repeat_in_place", stmt,
                                               {"L": lst, "K": k}, outs=["L"])[0]
            return True
        return False

    def compare_lists(self, op, x, y, node):
        if not (is_list(x) and is_list(y)):
            return PyObj(op == "NotEq") if op in ("Eq", "NotEq") else self.error_compare(
                x, y, node)
        r = self.run_template("compare", node, {"L": x, "M": y}, outs=["R"])[0]
        zero = self.b.constant(0, r.type, self.pos(node))
        return S.compare(self.b, op, r, zero, self.pos(node))

    def error_compare(self, x, y, node):
        raise self.error(TypingError, f"cannot compare {getattr(x, 'type', x)} and "
                         f"{getattr(y, 'type', y)}", node)
