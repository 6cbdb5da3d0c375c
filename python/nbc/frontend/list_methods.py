"""List methods and operators beyond append/pop: extend, insert, pop(i),
remove, index, count, reverse, sort, copy, clear, `del l[i]`, `del l[a:b]`,
slices (read and assigned), `+`, `*`, `+=`, `*=` and comparisons.

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
from .lists import is_list

# Names a template uses as they are (every other name is made private).
TEMPLATE_BUILTINS = {"range", "len", "IndexError", "ValueError"}

# The clamped bounds `a`, `b` of a slice with step `st` over `n` items, as
# CPython's slice.indices: A, B, ST are the slice's parts (absent ones given
# as None so the defaults depend on the step's sign).
SLICE_BOUNDS = """
st = ST
if st == 0:
    raise ValueError("slice step cannot be zero")
lo = 0
hi = n
if st < 0:
    lo = -1
    hi = n - 1
{a}
{b}
"""

SLICE_PART = """
{v} = {src}
if {v} < 0:
    {v} += n
    if {v} < lo:
        {v} = lo
elif {v} > hi:
    {v} = hi
"""

SLICE_DEFAULT = """
if st < 0:
    {v} = {neg}
else:
    {v} = {pos}
"""

# Removes the item at `i` (0 <= i < n) by moving the later ones down.
REMOVE_AT = """
for j in range(i, n - 1):
    L[j] = L[j + 1]
L.pop()
"""

FIND = """
k = -1
for j in range(s, e):
    if L[j] == X:
        k = j
        break
"""

TEMPLATES = {
    "pop_at": """
n = len(L)
if n == 0:
    raise IndexError("pop from empty list")
i = I
if i < 0:
    i += n
if i < 0 or i >= n:
    raise IndexError("pop index out of range")
R = L[i]
""" + REMOVE_AT,
    "delete_at": """
n = len(L)
i = I
if i < 0:
    i += n
if i < 0 or i >= n:
    raise IndexError("list assignment index out of range")
""" + REMOVE_AT,
    "insert": """
n = len(L)
i = I
if i < 0:
    i += n
    if i < 0:
        i = 0
if i > n:
    i = n
L.append(X)
for j in range(n, i, -1):
    L[j] = L[j - 1]
L[i] = X
""",
    "remove": """
n = len(L)
s = 0
e = n
""" + FIND + """
if k < 0:
    raise ValueError("list.remove(x): x not in list")
i = k
""" + REMOVE_AT,
    "index": """
n = len(L)
s = S
if s < 0:
    s += n
    if s < 0:
        s = 0
e = E
if e < 0:
    e += n
    if e < 0:
        e = 0
if e > n:
    e = n
""" + FIND + """
if k < 0:
    raise ValueError("x is not in list")
R = k
""",
    "count": """
R = 0
for j in range(len(L)):
    if L[j] == X:
        R += 1
""",
    "reverse": """
n = len(L)
for j in range(n // 2):
    t = L[j]
    L[j] = L[n - 1 - j]
    L[n - 1 - j] = t
""",
    "clear": """
for j in range(len(L)):
    L.pop()
""",
    "copy": """
for j in range(len(L)):
    R.append(L[j])
""",
    "extend": """
for x in IT:
    L.append(x)
""",
    "sorted_back": """
n = len(L)
for j in range(n):
    L[j] = A[j]
""",
    "sorted_back_reversed": """
n = len(L)
for j in range(n):
    L[j] = A[n - 1 - j]
""",
    "concat": """
for j in range(len(L)):
    R.append(L[j])
for j in range(len(M)):
    R.append(M[j])
""",
    "repeat": """
n = len(L)
for t in range(K):
    for j in range(n):
        R.append(L[j])
""",
    "repeat_in_place": """
n = len(L)
k = K
if k <= 0:
    for j in range(n):
        L.pop()
for t in range(k - 1):
    for j in range(n):
        L.append(L[j])
""",
    "slice_get": "n = len(L)\n{bounds}\nfor j in range(a, b, st):\n    R.append(L[j])\n",
    "slice_delete": """
n = len(L)
{bounds}
if b > a:
    d = b - a
    for j in range(a, n - d):
        L[j] = L[j + d]
    for j in range(d):
        L.pop()
""",
    "slice_set": """
n = len(L)
{bounds}
if b < a:
    b = a
for x in IT:
    V.append(x)
m = len(V)
k = b - a
if m > k:
    d = m - k
    for j in range(d):
        L.append(V[0])
    for j in range(n - 1, b - 1, -1):
        L[j + d] = L[j]
elif m < k:
    d = k - m
    for j in range(b, n):
        L[j - d] = L[j]
    for j in range(d):
        L.pop()
for j in range(m):
    L[a + j] = V[j]
""",
    # -1, 0, 1 as L is less than, equal to or greater than M (lexicographic).
    "compare": """
n = len(L)
m = len(M)
c = n
if m < n:
    c = m
R = 0
for j in range(c):
    if L[j] != M[j]:
        if L[j] < M[j]:
            R = -1
        else:
            R = 1
        break
if R == 0:
    if n < m:
        R = -1
    elif n > m:
        R = 1
""",
}

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
                     fmt=None):
        """Compiles TEMPLATES[key] at `node`: `values` are bound to the
        template's names, `nodes` replace names by the caller's AST, `outs`
        are read back; `origin` is the user's name of L (its appends widen
        the user's list)."""
        tag = f"$lm{next(_template_ids)}_"
        src = TEMPLATES[key] if fmt is None else TEMPLATES[key].format(**fmt)
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
        if not isinstance(m.name_node, ast.Name):
            raise self.error(UnsupportedError, f"{name}() is supported on a list held "
                             "in a variable", node)
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
            self.iterable_argument(lst, args[0], m.name_node.id, values, nodes)
        else:
            key = name
        got = self.run_template(key, node, values, nodes, outs, m.name_node.id)
        self.env[m.name_node.id] = got[0]
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
        kw = {k.arg: k.value for k in node.keywords}
        if set(kw) - {"key", "reverse"}:
            raise self.error(TypingError, "sort() takes key= and reverse= only", node)
        if "key" in kw and not self.is_none_constant(kw["key"]):
            raise self.error(UnsupportedError, "sort(key=...) is not supported; sort "
                             "the keys with np.argsort", node)
        rev = kw.get("reverse", ast.Constant(False))
        if not isinstance(rev, ast.Constant) or not isinstance(rev.value, (bool, int)):
            raise self.error(UnsupportedError, "sort(reverse=...) takes a constant "
                             "True or False", node)
        if not isinstance(m.name_node, ast.Name):
            raise self.error(UnsupportedError, "sort() is supported on a list held in "
                             "a variable", node)
        pos = self.pos(node)
        a = self.b.list_to_array(m.lst, pos)
        self.b.sort(a, 0, pos)
        key = "sorted_back_reversed" if rev.value else "sorted_back"
        self.run_template(key, node, {"L": m.lst, "A": a})
        return PyObj(None)

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

    # -- operators -----------------------------------------------------------------
    def list_binop(self, op, x, y, node):
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
