"""Lists of lists of scalars (`!nbc.list<!nbc.list<f64>>`): `[[0.0] * 3 for _
in range(n)]`, `l.append([1, 2])`, `l[i][j] = x`, `l[i].append(x)`, `len(l[i])`,
`for row in l`, `l.pop()`, returned to Python as a list of lists.

The outer list owns copies of its inner lists, laid out as a list of arrays
(ArrayListToMemRef.cpp): `l[i]` is a view of the inner list's buffer. An
append to `l[i]` that moves the inner list is written back with
`nbc.list_set` (which copies nothing when the inner list did not move).
Where Python's shared inner lists would differ from these copies the kernel
is refused at its line:
- a list stored in a list of lists (appended, assigned, in `[a, b]`) leaves
  its name unusable after (Python's name and item are one object);
- an item of a list (`l[j]`, a loop's `row`) cannot be stored in a list nor
  passed to a compiled function, and is not bound to a name by assignment;
- `for row in l` and `for x in l[i]` walk views of `l`'s buffer: the body
  must not change `l` nor write through `row` (index `l[i]` instead), and
  `row` is not defined after the loop."""

import ast

from .. import types as T
from ..errors import TypingError, UnsupportedError
from .builder import Value
from .common import Undef
from .list_aliasing import root_name

# The list methods that change a list.
CHANGING = {"append", "pop", "extend", "insert", "remove", "clear", "sort", "reverse"}


class MovedList(Undef):
    """A name whose list was stored in a list of lists (which holds a copy)."""

    def __init__(self, name):
        super().__init__()
        self.message = (f"'{name}' was stored in a list of lists, which holds a copy "
                        "of it where Python shares it: read and change it through "
                        "the outer list (l[-1]) or bind the name to a new list first")


def rebound_each_iteration(fdef, frame, name):
    """Whether `name`, stored in a list of lists in the loop body `frame`
    holds, is bound by that body's first top-level statement that touches it
    and read nowhere outside the body: then each iteration stores a new
    list, and the moved name is neither carried into the next iteration nor
    read after the loop."""
    body = getattr(frame, "body", ())
    inside = {id(n) for s in body for n in ast.walk(s)}
    if any(isinstance(n, ast.Name) and n.id == name and id(n) not in inside
           and isinstance(n.ctx, ast.Load) for n in ast.walk(fdef)):
        return False
    for s in body:
        if name in {n.id for n in ast.walk(s) if isinstance(n, ast.Name)}:
            return isinstance(s, ast.Assign) and len(s.targets) == 1 and \
                isinstance(s.targets[0], ast.Name) and s.targets[0].id == name and \
                name not in {n.id for n in ast.walk(s.value) if isinstance(n, ast.Name)}
    return False


def is_nested_list(v):
    return isinstance(v, Value) and isinstance(v.type, T.List) and \
        isinstance(v.type.dtype, T.List)


class NestedListsMixin:
    def nested_item_type(self, v, node):
        """The type a list has as an item of a list of lists."""
        t = v.type
        if t.site is not None:
            raise self.error(TypingError, "cannot infer the type of an empty list in a "
                             "list (as Numba): build it typed, e.g. "
                             "`[np.int64(0) for _ in range(0)]` or "
                             "`List.empty_list(int64)`", node)
        if not isinstance(t.dtype, T.Scalar) or t.dtype.is_complex:
            raise self.error(UnsupportedError, "lists of lists hold lists of bool, "
                             f"int or float; got {t.name()}", node)
        return T.List(t.dtype, typed=t.typed)

    def unify_nested(self, have, t, node, what):
        if have is None or have == t:
            return t
        raise self.error(TypingError, f"{what}: cannot unify {have.name()} and "
                         f"{t.name() if isinstance(t, T.Type) else t}", node)

    def nested_as_item(self, v, dtype, node):
        """`v` stored in a list of `dtype` lists: a fresh or named list (the
        name is unusable after, MovedList)."""
        if not isinstance(v, Value) or not isinstance(v.type, T.List) or \
                self.nested_item_type(v, node) != dtype:
            raise self.error(TypingError, f"cannot store {getattr(v, 'type', v)} in a "
                             f"list of {dtype.name()}", node)
        if v.h in self.list_item_views:
            raise self.error(UnsupportedError, "an item of a list stored in a list "
                             "would be a copy where Python shares it: store a copy "
                             "(`l[j].copy()`)", node)
        for name, x in list(self.env.items()):
            if not isinstance(x, Value) or x.h != v.h:
                continue
            if name in getattr(self, "inout", ()) or \
                    any(a.arg == name for a in self.src.fdef.args.args):
                raise self.error(UnsupportedError, f"storing the argument '{name}' in a "
                                 "list of lists is not supported (Python's list would "
                                 f"share it): store a copy, `{name}.copy()`", node)
            if self.loops and not rebound_each_iteration(self.src.fdef, self.loops[-1],
                                                         name):
                raise self.error(UnsupportedError, f"'{name}' is stored in a list of lists "
                                 "in a loop: bind it to a new list at the start of the "
                                 "loop body and use it only there (Python's list would "
                                 "share it across iterations), or store "
                                 f"`{name}.copy()`", node)
            self.env[name] = MovedList(name)
        return Value(v.h, dtype)

    def is_nested_item(self, node):
        """Whether `node` is `l[i]` (not a slice) of a list of lists `l`."""
        return isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) \
            and not isinstance(node.slice, ast.Slice) and \
            is_nested_list(self.env.get(node.value.id))

    def note_nested_item(self, lst, index, item):
        """`l[i]` of a list of lists: a view, written back after appends."""
        if is_nested_list(lst):
            self.list_item_views[item.h] = (lst.h, index)

    def nested_receiver(self, m, node):
        """For `l[i].method(args)`: whether `l[i]` is an item of a list of
        lists held in `l` (whose changes store_back writes back); refuses
        arguments that read `l` (they would see the item half changed)."""
        if not isinstance(m.name_node, ast.Subscript) or \
                m.lst.h not in self.list_item_views or \
                not self.is_nested_item(m.name_node):
            return False
        outer = m.name_node.value.id
        if any(isinstance(a, ast.Name) and a.id == outer
               for arg in node.args for a in ast.walk(arg)):
            raise self.error(UnsupportedError, f"changing an item of '{outer}' with "
                             f"an argument that reads '{outer}' is not supported; "
                             "compute the argument first", node)
        return True

    def store_back(self, m, inner, node):
        """`l[i]` changed by a method (`inner` the list from then on): stored
        into `l` again (no copy when it did not move)."""
        outer_name = m.name_node.value.id
        lst, index = self.list_item_views[m.lst.h]
        outer = self.env.get(outer_name)
        if not is_nested_list(outer) or outer.h != lst:
            raise self.error(UnsupportedError, f"the argument changed '{outer_name}'",
                             node)
        self.env[outer_name] = self.b.list_set(inner, outer, index, self.pos(node))

    def nested_append(self, m, node):
        """`l[i].append(x)`: the inner list's append, stored back into `l`."""
        if not self.nested_receiver(m, node):
            raise self.error(UnsupportedError, "append() is supported on a list held "
                             "in a variable or indexed in one (`l[i].append(x)`)", node)
        placeholder = ast.Name(id="$item", ctx=ast.Load())  # a fixed type: items cast
        inner = self.list_append(m.lst, self.expr(node.args[0]), node, placeholder)
        self.store_back(m, inner, node)

    def store_nested_item(self, lst, target, value, node):
        """`l[i] = m`: the list copies `m` in and may move (rebinds `l`)."""
        if not isinstance(target.value, ast.Name):
            raise self.error(UnsupportedError, "storing a list in a list is supported "
                             "on a list held in a variable", node)
        index = self.list_index(target.slice)
        item = self.nested_as_item(self.materialize(value, node), lst.type.dtype, node)
        self.env[target.value.id] = self.b.list_set(item, lst, index, self.pos(node))

    def check_nested_loop(self, stmt, lst):
        """`for row in l` (l a list of lists) or `for x in l[i]`: views of
        `l`'s buffer, so the body must not change `l` (nor `row`)."""
        outer = root_name(stmt.iter)
        nested = is_nested_list(lst)
        if not nested and lst.h not in self.list_item_views:
            return False
        names = ([outer] if outer else []) + [n.id for n in ast.walk(stmt.target)
                                               if isinstance(n, ast.Name) and nested]
        for name in names:
            where = self.changed_in(stmt.body, name)
            if where is not None:
                raise self.error(UnsupportedError, f"the loop walks the items of '{outer}'"
                                 f" in place, and its body changes '{name}': loop over "
                                 f"the indices and write through '{outer}[i]'", where)
        return nested

    def changed_in(self, stmts, name):
        """The first node of `stmts` that may change the list `name`: one of
        its changing methods (on it or an item), a store into it, a
        rebinding, or passing it (or an item) to a compiled function."""
        for node in ast.walk(ast.Module(body=stmts, type_ignores=[])):
            if isinstance(node, ast.Call):
                f = node.func
                if isinstance(f, ast.Attribute) and f.attr in CHANGING and \
                        root_name(f.value) == name:
                    return node
                if self.may_be_compiled(f) and any(
                        root_name(a) == name for a in node.args):
                    return node
            targets = node.targets if isinstance(node, (ast.Assign, ast.Delete)) else \
                [node.target] if isinstance(node, (ast.AugAssign, ast.For)) else []
            for t in targets:
                if any(root_name(x) == name for x in ast.walk(t)
                       if isinstance(x, (ast.Name, ast.Subscript))):
                    return node
        return None
