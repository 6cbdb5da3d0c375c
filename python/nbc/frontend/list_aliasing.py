"""Where nbc's lists (and dicts) of arrays and Python's would differ, refused
at compile time.

Python's (and Numba's) lists hold the array objects themselves; nbc's list
holds copies of its items in its own buffer (lists.py, alias_item). A dict
of arrays holds its values the same way (dicts.py): its name counts as a
list's here, `d[k] = a` as an item assignment, `d.values()`/`d.items()` and
`d[k]` view its items, `d.pop(k)` and `del d[k]` change it. The two
agree as long as no array is reachable both through the list and through a
handle that is not the list's copy, or through a name that an append, item
assignment or pop has detached from the item. This module finds the kernels
where they could disagree and refuses them with what to write instead; the
rest compiles as before. It runs once on the function's syntax after it was
built, with the names the compiler saw bound to arrays and lists.

Three checks:
- an item that is not a new array (`l.append(a)` of a parameter, of a view,
  of a name appended before or an item of a list; `[a, b]`; `l[i] = a[1:]`)
  is refused when the kernel writes, anywhere, to an array that may share
  memory with the list's items or with what was appended (flow-insensitive:
  without writes, copies and shared arrays read the same). A local name
  bound to a new array and appended once is fine: it names the item after
  (lists.py alias_item);
- a name that views an item (`x = l[i]`, `for x in l`, a name appended) is
  refused when used after the list changed (append, item assignment, pop,
  passed to a compiled function), if the kernel writes to the list's items,
  assigns items or pops (an append may move the buffer, an assignment or
  an append after a pop may overwrite the old item's memory); so is one
  passed to a compiled function with its list or read in the statement
  that passes the list (`f(l, l[0])`, `f(l) + x[0]`);
- a tuple assignment that stores into the list items that its right side
  views (`l[0], l[1] = l[1], l[0]`): the first store overwrites the second's
  source."""

import ast
import builtins

import numpy as np

from .. import types as T
from ..errors import UnsupportedError

# Calls whose result may be a view of (or one of) their arguments or object.
VIEW_CALLS = {
    "asarray", "asanyarray", "ascontiguousarray", "asfortranarray", "ravel",
    "reshape", "transpose", "squeeze", "expand_dims", "atleast_1d", "atleast_2d",
    "atleast_3d", "diagonal", "diag", "swapaxes", "moveaxis", "rollaxis", "real",
    "imag", "broadcast_to", "broadcast_arrays", "flip", "fliplr", "flipud", "rot90",
    "view", "split", "array_split", "hsplit", "vsplit", "dsplit", "pop", "get",
    "setdefault", "enumerate", "zip", "reversed", "iter", "next", "tuple", "conj",
    "conjugate", "nan_to_num", "trim_zeros", "require", "values", "items",
    "popitem", "as_strided", "sliding_window_view"}
# Array methods and NumPy functions that write into an argument.
MUTATING_METHODS = {"fill", "sort", "put", "itemset", "partition", "resize",
                    "setfield", "byteswap"}
MUTATING_FUNCTIONS = {"copyto", "put", "place", "putmask", "fill_diagonal",
                      "shuffle", "put_along_axis"}
# A list's (or dict's) own methods that change its items.
STRUCTURAL = {"append", "pop", "extend", "insert", "remove", "clear", "sort",
              "reverse", "popitem", "update", "setdefault"}
DISPLAYS = (ast.List, ast.ListComp, ast.Dict, ast.DictComp)


def display_items(node):
    """The items a list or dict display (or comprehension) holds."""
    return {ast.List: lambda: node.elts, ast.ListComp: lambda: [node.elt],
            ast.Dict: lambda: node.values, ast.DictComp: lambda: [node.value]}[
        type(node)]()


def root_name(node):
    """The name an expression like `a[i].T[j]` or `a.reshape(2, 2)[0]` reads."""
    while isinstance(node, (ast.Subscript, ast.Attribute, ast.Call, ast.Starred)):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else None


def is_item_target(t, lists):
    """`l[i]` (a store into the list `l` of arrays itself)."""
    return isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and \
        t.value.id in lists


def flat_targets(t):
    if isinstance(t, (ast.Tuple, ast.List)):
        return [x for e in t.elts for x in flat_targets(e)]
    return [t]


def comprehension_targets(node):
    return {n.id for c in ast.walk(node) if isinstance(c, ast.comprehension)
            for n in ast.walk(c.target) if isinstance(n, ast.Name)}


class _Groups:
    """Union-find over names: the names that may share memory."""

    def __init__(self):
        self.parent = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, x, others):
        for y in others:
            self.parent[self.find(y)] = self.find(x)


class ListAliasing:
    def __init__(self, compiler):
        self.c = compiler
        self.fdef = compiler.src.fdef
        self.refs = compiler.ref_names
        self.lists = compiler.array_list_names
        self.sites = compiler.array_list_sites
        self.shared = _Groups()  # aliasing through assignments, loops, calls
        self.with_items = _Groups()  # and through what lists hold
        self.insertions = []  # (node, list key, value node, how)
        self.writes = []  # (name, node)
        self.overwrites = set()  # lists whose items are assigned, popped or passed on
        self.changes = {}  # list -> where it is changed but by an append, or passed on
        self.unsafe = set()  # ids of insertion values that view a list's storage
        self.violations = []

    def relevant(self, name):
        """A name that may hold an array or a list: not one bound to scalars
        only, nor a global or builtin other than an array."""
        if name in self.refs:
            return True
        if name in self.c.bound_names:
            return False
        if name in self.c.src.globals or hasattr(builtins, name):
            return isinstance(self.c.src.globals.get(name), np.ndarray)
        return True

    def fresh_call(self, call):
        """A call that returns a new array (or a scalar), never its argument."""
        f = call.func
        name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
        if name in VIEW_CALLS:
            return False
        if name == "copy" and root_name(f.value if isinstance(f, ast.Attribute) else f) \
                in self.lists:  # Python's d.copy() shares the arrays
            return False
        obj = self.resolve(f)
        if isinstance(obj, type) and issubclass(obj, np.generic):
            return False  # np.float64(a) is `a` when it is a float64 array
        if self.is_method(f):
            return True
        if isinstance(f, ast.Name) and f.id not in self.c.env and \
                hasattr(builtins, f.id):
            return f.id in {"len", "int", "float", "bool", "abs", "round", "range",
                            "sum", "min", "max", "pow", "divmod", "complex", "print",
                            "hash", "isinstance", "ord", "chr", "str"}
        return not self.c.may_be_compiled(f)

    def is_method(self, f):
        """`a.sum`, `l[0].dot`: a method of a local array (or list)."""
        return isinstance(f, ast.Attribute) and root_name(f.value) in self.refs

    def resolve(self, f):
        """The global object `f` (a name or `module.attr...`) names, or None."""
        path = []
        while isinstance(f, ast.Attribute):
            path.append(f.attr)
            f = f.value
        if not isinstance(f, ast.Name) or f.id in self.c.env:
            return None
        obj = self.c.src.globals.get(f.id, getattr(builtins, f.id, None))
        for attr in reversed(path):
            obj = getattr(obj, attr, None)
        return obj

    def sources(self, e):
        """The names whose memory `e`'s value may share (nothing: a new array)."""
        if isinstance(e, ast.Name):
            return {e.id} if self.relevant(e.id) else set()
        if isinstance(e, (ast.Subscript, ast.Attribute, ast.Starred, ast.NamedExpr)):
            return self.sources(e.value)
        if isinstance(e, ast.IfExp):
            return self.sources(e.body) | self.sources(e.orelse)
        if isinstance(e, (ast.BoolOp, ast.List, ast.Tuple, ast.Set)):
            parts = e.values if isinstance(e, ast.BoolOp) else e.elts
            return set().union(*(self.sources(x) for x in parts))
        if isinstance(e, (ast.ListComp, ast.GeneratorExp)):
            return self.sources(e.elt)
        if isinstance(e, ast.Call):
            if self.fresh_call(e):
                return set()
            found = set().union(*(self.sources(x) for x in
                                  list(e.args) + [k.value for k in e.keywords]))
            if isinstance(e.func, ast.Attribute):
                found |= self.sources(e.func.value)
            return found | self.captured(e)
        return set()

    def captured(self, call):
        """The names an inner function called by `call` is given besides
        its arguments (the variables it reads from this function)."""
        fn = self.c.env.get(call.func.id) if isinstance(call.func, ast.Name) else None
        return {n for n in getattr(getattr(fn, "obj", None), "captured", ())
                if self.relevant(n)}

    def passed(self, call):
        """What a call gives the callee: its arguments and captured names."""
        return list(call.args) + [k.value for k in call.keywords] + [
            ast.copy_location(ast.Name(id=n, ctx=ast.Load()), call)
            for n in sorted(self.captured(call))]

    def list_key(self, node):
        """The name (or a literal's site) of a list of arrays, else None."""
        if isinstance(node, ast.Name) and node.id in self.lists:
            return node.id
        if isinstance(node, DISPLAYS) and self.c.site_of(node) in self.sites:
            kind = "list" if isinstance(node, (ast.List, ast.ListComp)) else "dict"
            return f"${kind}%d_%d" % self.c.site_of(node)
        return None

    def kind(self, key):
        """'dict' or 'list': what the name (or display site) `key` holds."""
        if key.startswith("$"):
            return "dict" if key.startswith("$dict") else "list"
        return "dict" if type(getattr(self.c.env.get(key), "type", None)).__name__ \
            == "Dict" else "list"

    # -- who may share memory, who writes ------------------------------------------
    def bind(self, target, value):
        """`target = value` (or a loop's): the names may share memory; what a
        list of arrays holds is `insert`'s."""
        for t in flat_targets(target):
            if isinstance(t, ast.Name) and self.relevant(t.id) and \
                    t.id not in self.lists:
                self.shared.union(t.id, self.sources(value))

    def insert(self, key, value, node, how):
        self.insertions.append((node, key, value, how))
        self.with_items.union(key, self.sources(value))

    def scan(self):
        for node in ast.walk(self.fdef):
            if isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
                self.scan_assignment(node)
            elif isinstance(node, ast.For):
                self.bind(node.target, node.iter)
            elif isinstance(node, ast.comprehension):
                self.bind(node.target, node.iter)
            elif isinstance(node, ast.Call):
                self.scan_call(node)
            key = self.list_key(node) if isinstance(node, DISPLAYS) else None
            if key is not None:
                for e in display_items(node):
                    self.insert(key, e, node, "literal" if isinstance(
                        node, (ast.List, ast.Dict)) else "comprehension")
            if isinstance(node, ast.Delete):  # `del d[k]`
                for t in node.targets:
                    if is_item_target(t, self.lists):
                        self.overwrite(t.value.id, node)
        for x, y in list(self.shared.parent.items()):
            self.with_items.union(x, [y])

    def scan_assignment(self, node):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        value = node.value
        for target in targets:
            if value is not None and not isinstance(node, ast.AugAssign):
                if isinstance(target, (ast.Tuple, ast.List)) and \
                        isinstance(value, (ast.Tuple, ast.List)) and \
                        len(target.elts) == len(value.elts):
                    pairs = list(zip(target.elts, value.elts))
                else:
                    pairs = [(t, value) for t in flat_targets(target)]
                for t, v in pairs:
                    self.bind(t, v)
                    if is_item_target(t, self.lists):
                        self.insert(t.value.id, v, node, "store")
                        self.overwrite(t.value.id, node)
                    key = self.list_key(v)
                    if key is not None and isinstance(t, ast.Name):
                        self.with_items.union(t.id, [key])
                    elif isinstance(t, ast.Name) and t.id in self.lists:
                        self.insert(t.id, v, node, "made")  # a list made from `v`
            for t in flat_targets(target):
                r = root_name(t)
                if r is None or not self.relevant(r):
                    continue
                if isinstance(node, ast.AugAssign) or not isinstance(t, ast.Name) and \
                        not is_item_target(t, self.lists):
                    self.writes.append((r, node))

    def scan_call(self, call):
        f = call.func
        name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
        owner = f.value if isinstance(f, ast.Attribute) else None
        if isinstance(owner, ast.Name) and owner.id in self.lists and \
                name in STRUCTURAL:
            if name == "append" and len(call.args) == 1:
                self.insert(owner.id, call.args[0], call, "append")
            elif name in ("setdefault", "update") and call.args:  # stores its arrays
                self.insert(owner.id, call.args[-1], call, "store")
            if name != "append":
                self.overwrite(owner.id, call)
            return
        for k in call.keywords:
            if k.arg == "out":
                self.writes += [(n, call) for n in self.sources(k.value)]
        if name in MUTATING_METHODS and owner is not None:
            self.writes += [(n, call) for n in self.sources(owner)]
        if name in MUTATING_FUNCTIONS and call.args:
            self.writes += [(n, call) for n in self.sources(call.args[0])]
        if self.is_method(f) or not self.c.may_be_compiled(f):
            return
        # A compiled callee may write to what it is given, and put any of
        # the arrays it is given into any of the lists.
        names = set().union(*(self.sources(a) for a in self.passed(call)))
        self.writes += [(n, call) for n in names]
        lists = [n for n in names if n in self.lists]
        self.overwrites.update(lists)
        for a in self.passed(call):  # the list itself (not an item of it)
            if isinstance(a, ast.Name) and a.id in self.lists:
                self.changes.setdefault(a.id, call)
        for key in lists:
            for a in self.passed(call):
                if self.sources(a) and not (isinstance(a, ast.Name) and
                                            a.id in self.lists):
                    self.insert(key, a, call, "call")

    def overwrite(self, key, node):
        self.overwrites.add(key)
        self.changes.setdefault(key, node)

    def first_write(self, key, besides=None):
        """A write to the memory of the list `key`'s items (not the call
        `besides`, which passes an array with the list)."""
        group = self.with_items.find(key)
        for name, node in self.writes:
            if node is not besides and self.with_items.find(name) == group:
                return node
        return None

    def may_overwrite(self, key):
        group = self.with_items.find(key)
        return self.first_write(key) is not None or any(
            self.with_items.find(n) == group for n in self.overwrites)

    # -- order: names that view items, and list changes --------------------------
    def flow(self, stmts, state):
        """`state`: name -> {(list, line of a change after the name was bound,
        or None)}; returns the state after `stmts` (a may-analysis: branches
        and loop iterations merge)."""
        for s in stmts:
            state = self.flow_stmt(s, state)
        return state

    @staticmethod
    def merge(*states):
        out = {}
        for st in states:
            for k, v in st.items():
                out[k] = out.get(k, frozenset()) | v
        return out

    def flow_stmt(self, s, st):
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            return st
        if isinstance(s, ast.If):
            st = self.flow_simple(ast.copy_location(ast.Expr(value=s.test), s), dict(st))
            return self.merge(self.flow(s.body, dict(st)), self.flow(s.orelse, dict(st)))
        if isinstance(s, (ast.For, ast.While)):
            head = ast.Assign(targets=[s.target], value=s.iter) if \
                isinstance(s, ast.For) else ast.Expr(value=s.test)
            ast.copy_location(head, s)
            seen = dict(st)
            for _ in range(4):  # the states only grow: a few rounds settle
                entry = self.flow_stmt(head, seen)
                end = self.flow_all(s.body, entry)
                new = self.merge(seen, end)
                if new == seen:
                    break
                seen = new
            return self.flow(s.orelse, seen)
        if isinstance(s, (ast.Try, getattr(ast, "TryStar", ast.Try))):
            body = self.flow_all(s.body, st)
            handlers = [self.flow(h.body, body) for h in s.handlers]
            return self.flow(s.finalbody, self.merge(body, self.flow(s.orelse, body),
                                                     *handlers))
        if isinstance(s, ast.With):
            for item in s.items:
                st = self.flow_simple(ast.copy_location(
                    ast.Expr(value=item.context_expr), s), dict(st))
            return self.flow(s.body, st)
        return self.flow_simple(s, dict(st))

    def flow_all(self, stmts, st):
        """After `stmts`, merged with every state between them (a break or
        return may leave at any of them)."""
        states = [st]
        for s in stmts:
            states.append(self.flow_stmt(s, states[-1]))
        return self.merge(*states)

    def flow_simple(self, s, st):
        self.uses(s, st)
        for call in (n for n in ast.walk(s) if isinstance(n, ast.Call)):
            for n in self.passed(call)[len(call.args) + len(call.keywords):]:
                self.uses(n, st)  # what an inner function reads
        for call in (n for n in ast.walk(s) if isinstance(n, ast.Call)):
            f = call.func
            if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and \
                    f.value.id in self.lists and f.attr in STRUCTURAL:
                if f.attr == "append" and call.args:
                    self.check_inserted(call.args[0], st)
                self.changed(f.value.id, s, st)
                if f.attr == "append" and call.args:
                    self.rebind_to_item(call.args[0], f.value.id, st)
            elif not self.is_method(f) and self.c.may_be_compiled(f):
                self.check_passed_items(call, s, st)
                for a in self.passed(call):
                    for n in self.sources(a) & self.lists:
                        self.changed(n, s, st)
        if isinstance(s, ast.Delete):  # `del d[k]`
            for t in s.targets:
                if is_item_target(t, self.lists):
                    self.changed(t.value.id, s, st)
        if isinstance(s, (ast.Assign, ast.AnnAssign)) and s.value is not None:
            targets = s.targets if isinstance(s, ast.Assign) else [s.target]
            stores = [t for tg in targets for t in flat_targets(tg)
                      if is_item_target(t, self.lists)]
            if stores and len(flat_targets(targets[0])) > 1:
                self.check_swap(s, stores, st)
            for t in stores:
                self.check_inserted(s.value, st)
                self.changed(t.value.id, s, st)
                self.rebind_to_item(s.value, t.value.id, st)
            views = self.views(s.value, st)
            renamed = [e for e in getattr(s.value, "elts", ()) if isinstance(
                s.value, ast.List) and id(e) in self.c.items_renamed]
            for e in renamed:
                self.check_inserted(e, st)
            for tg in targets:
                for t in flat_targets(tg):
                    if isinstance(t, ast.Name) and self.relevant(t.id) and \
                            t.id not in self.lists:
                        st[t.id] = views
                    elif isinstance(t, ast.Name):
                        st.pop(t.id, None)
                        for e in renamed:  # `l = [a, b]`: `a` is l[0] after
                            st[e.id] = frozenset({(t.id, None)})
        return st

    def views(self, e, st):
        """The (list, change) pairs of what `e` views; a pop's result is a
        new array in nbc (other names of the item see the pop as a change)."""
        if isinstance(e, ast.Call) and isinstance(e.func, ast.Attribute) and \
                e.func.attr == "pop":
            return frozenset()
        out = frozenset()
        for n in self.sources(e):
            out |= st.get(n, frozenset())
            if n in self.lists:
                out |= {(n, None)}
        return out

    def changed(self, key, node, st):
        for name, views in list(st.items()):
            if any(k == key for k, _ in views):
                st[name] = views | {(key, node.lineno)}

    def rebind_to_item(self, value, key, st):
        if isinstance(value, ast.Name) and id(value) in self.c.items_renamed:
            st[value.id] = frozenset({(key, None)})

    def check_inserted(self, value, st):
        if any(st.get(n) for n in self.sources(value)):
            self.unsafe.add(id(value))

    def uses(self, node, st):
        shadowed = comprehension_targets(node)
        for n in ast.walk(node):
            if isinstance(n, (ast.FunctionDef, ast.Lambda)):
                continue
            name = n.id if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) \
                else None
            if name is None or name in shadowed or name not in st:
                continue
            for key, line in st[name]:
                if line is not None and self.may_overwrite(key):
                    k = self.kind(key)
                    self.violations.append((n, (
                        f"'{name}' is an array of the {k} '{self.show(key)}' kept "
                        f"across a change of the {k} (line {self.line(line)}): nbc's "
                        f"{k} holds its own copy of each item and that change may "
                        "move or reuse it, where Python's name stays the same array "
                        "object as the item"), f"index the {k} after the change "
                        f"('{self.show(key)}[{'k' if k == 'dict' else 'i'}]') "
                        f"instead of keeping '{name}'"))
                    break
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            self.uses(ast.Name(id=node.target.id, ctx=ast.Load(),
                               lineno=node.lineno, col_offset=node.col_offset), st)

    def check_passed_items(self, call, stmt, st):
        """`f(l, l[0])`: the callee's appends to `l` may move the item its
        other parameter names; so may they for an item read in the same
        statement (`f(l) + x[0]`)."""
        args = self.passed(call)
        lists = {a.id for a in args if isinstance(a, ast.Name) and a.id in self.lists}
        if not lists:
            return
        inside = {id(n) for n in ast.walk(call)}
        others = [n for n in ast.walk(stmt) if isinstance(n, ast.Name) and
                  isinstance(n.ctx, ast.Load) and id(n) not in inside and
                  n.id not in self.lists]
        for a in args + others:
            if isinstance(a, ast.Name) and a.id in self.lists or \
                    not any(k in lists for k, _ in self.views(a, st)):
                continue
            k = self.kind(min(lists))
            what = f"passing '{ast.unparse(a)}'" if a in args else \
                f"reading '{a.id}' in the statement that passes the {k}"
            self.violations.append((a, (
                f"{what}, an array of a {k} of arrays, together with the {k} to a "
                f"compiled function is not supported: the function's changes to the "
                f"{k} may move nbc's copy of the item, where Python's stays the "
                "same array object"), f"pass the {'key' if k == 'dict' else 'index'} "
                "of the item instead"))

    def check_swap(self, s, stores, st):
        lists = {t.value.id for t in stores}
        if any(k in lists for k, _ in self.views(s.value, st)):
            k = self.kind(min(lists))
            self.violations.append((s, (
                f"assigning items of a {k} of arrays from arrays of the same {k} in "
                f"one tuple assignment (a swap) is not supported: nbc's {k} copies "
                "each array into the item's memory, which the next one reads"),
                f"copy first (`x = {'d[k]' if k == 'dict' else 'l[i]'}.copy()`) and "
                "assign the items one at a time"))

    @staticmethod
    def show(key):
        return "[...]" if key.startswith("$list") else "{...}" if \
            key.startswith("$dict") else key

    # -- the checks ----------------------------------------------------------------
    def check(self):
        self.scan()
        self.refuse_changed_arguments()
        self.flow(self.fdef.body, {})
        for node, key, value, how in sorted(self.insertions, key=lambda i: (
                i[0].lineno, i[0].col_offset)):
            if not self.sources(value) or self.safe_insertion(value, how):
                continue
            write = self.first_write(key, node if how == "call" else None)
            if write is None:
                continue
            text = ast.unparse(value)
            k = self.kind(key)
            head = {
                "append": f"appending '{text}' puts a copy of it in the list",
                "store": f"storing '{text}' in the {k} puts a copy of it there",
                "literal": f"a {k} display of '{text}' holds a copy of it",
                "comprehension": f"a {k} comprehension of '{text}' holds copies "
                                 "of it",
                "made": f"a {k} made from '{text}' holds copies of its arrays",
                "call": f"passing '{text}' with a {k} of arrays to a compiled "
                        f"function may put a copy of it in the {k}"}[how]
            raise self.c.error(UnsupportedError, (
                f"{head}, where Python's and Numba's {k}s hold the same array "
                "object, and the kernel writes to an array that may be both (line "
                f"{self.line(write.lineno)}): the results would differ"), node,
                f"use '{text}.copy()' to give the {k} its own array (as it then is "
                "in Python too)")
        if self.violations:
            node, message, hint = min(self.violations,
                                      key=lambda v: (v[0].lineno, v[0].col_offset))
            raise self.c.error(UnsupportedError, message, node, hint)

    def refuse_changed_arguments(self):
        """A list of arrays passed in by Python holds copies of the caller's
        arrays, written back by position after the call (reflected_arrays.py):
        it may be read, written through and appended to, nothing else."""
        if not self.c.public:
            return
        for p, t in zip(self.c.params, self.c.arg_types):
            node = self.changes.get(p.arg)
            if node is None or not (isinstance(t, T.List) and
                                    isinstance(t.dtype, T.Array)):
                continue
            raise self.c.error(UnsupportedError, (
                f"'{p.arg}' is a list of arrays passed in: a kernel may read it, "
                "write into its arrays and append to it, but not assign, pop, "
                "insert, remove, delete or extend its items nor pass it to a "
                "compiled function (nbc's list holds copies of the caller's arrays, "
                "written back in place after the call)"), node,
                f"build a new list (`out = [a.copy() for a in {p.arg}]`) and "
                "change that one, or return it")

    def line(self, lineno):
        return lineno + self.c.src.line0

    def safe_insertion(self, value, how):
        """A local name of a new array appended once, or once in a display
        bound to a name (the name is the item after: lists.py), or what a pop took out of a list (nbc's pop makes a new array;
        other names of the popped item are checked as names of items)."""
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and \
                value.func.attr == "pop":
            return True
        if how not in ("append", "store", "literal") or \
                not isinstance(value, ast.Name) or \
                id(value) not in self.c.items_renamed or id(value) in self.unsafe:
            return False
        group = self.shared.find(value.id)
        return not any(self.shared.find(n) == group for n in self.shared.parent
                       if n != value.id)
