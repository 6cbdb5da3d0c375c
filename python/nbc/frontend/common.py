"""What the statement, expression and loop lowerings share: variables that
exist on some paths only, type unification, and AST queries. A module of
its own so that compiler.py and its mixins import it at the top."""

import ast
import atexit
import collections
import json
import operator
import os

from .. import types as T
from ..errors import TypingError, UnsupportedError
from .builder import PyObj
from .values import TupleValue

# How often the frontend built a loop or a function again, by reason, and
# ("avoided:...") how often it did not need to (a debugging aid for typing
# work). NBC_REEMIT_LOG=<file> appends the counts to <file> as one JSON
# line when the process exits.
REEMITS = collections.Counter()


def count_reemit(reason):
    REEMITS[reason] += 1


def _write_reemits(path):
    with open(path, "a") as f:
        f.write(json.dumps(dict(REEMITS)) + "\n")


if os.environ.get("NBC_REEMIT_LOG"):
    atexit.register(_write_reemits, os.environ["NBC_REEMIT_LOG"])


def widening_reason(changes, refused=False):
    """The re-emit reason for a loop whose carried types changed
    ([(name, old type, new type)]); `refused` when the dialect could not
    widen the loop as built."""
    kinds = {"new" if old is None else
             "widen" if isinstance(old, T.Scalar) and isinstance(new, T.Scalar) else
             "other" for _, old, new in changes}
    reason = "loop-" + "+".join(sorted(kinds))
    return reason + "-refused" if refused else reason


class Undef:
    """A variable that exists on some paths only (loop/branch merging)."""

    def __init__(self, type=None):
        self.type = type


class NoneStandIn:
    """A variable that is None before a loop whose body may give it a value,
    as the body sees it: None on the first iteration, an optional later.
    `flag` stands for its has-a-value flag (a False constant, the carried
    flag once the dialect appends it: nbcAppendLoopCarried); a merge that
    converts it to an optional records the parts it stood for (undef_uses).
    `value` (when the body reads the value: `best is None or x > best`)
    stands for the value: a bool placeholder the dialect widens to the
    value's type once the loop is built (nbcWidenValues). `collapsed` once
    something took it for a plain None (the loop is then built again with
    the optional carried from the start).
    A stand-in `derived` from its `root` (the one the loop body starts
    with) is the variable after a path may have set it to None again
    (`x = None` in a branch or an inner loop): its flag is a real value
    (False where set to None), its value still the root's, recorded in the
    root's `derived_uses` (optionals whose flag stays, whose other parts
    stand for the carried value)."""

    type = T.none

    def __init__(self, flag, value=None, root=None, name=None):
        self.name = name  # the variable a root stands for (`x = None if c else x`)
        self.flag = flag
        self.value = value
        self.root = root or self
        self.value_read = False
        self.collapsed = False
        self.derived_uses = []
        self.loop = None  # a root's loop op, before which its array placeholders go
        self.placeholders = {}  # type -> a root's array placeholder (standin_placeholder)

    def derived(self, flag):
        """The variable with the flag `flag` (a merge's or a loop's result)."""
        return NoneStandIn(flag, self.value, self.root)


def none_standin_merged(a, b):
    """The NoneStandIn (`a` or `b`) whose flag the merge of `a` and `b` carries
    when both are None on some path and one stands for a loop's optional
    (`if c: x = None`); None otherwise."""
    sides = [v for v in (a, b) if isinstance(v, NoneStandIn)]
    if not sides or any(not isinstance(v, NoneStandIn) and not is_none_value(v)
                        for v in (a, b)):
        return None
    return sides[0] if all(s.root is sides[0].root for s in sides) else None


def none_standin_reads(nodes, name, arrays=(), copies=None):
    """How the statements `nodes` read `name`, if a NoneStandIn supports it:
    "flag" when only as `name is None` / `name is not None`, "value" when
    also as an operand of a comparison, an arithmetic operator (`+=`'s too)
    or min/max/abs, as an index of one of the `arrays` (names) or the value
    stored into an item of one (not in a nested function); None for other
    reads, or when they change it other than by assigning it (`+=`, `del`,
    try, global or nonlocal). A plain copy (`y = name`) is a read too when
    `copies` is a list: the names copied to are appended to it (the caller
    judges their reads)."""
    nodes = list(nodes)
    tests, operands = set(), set()
    for node in (n for top in nodes for n in ast.walk(top)):
        if isinstance(node, (ast.Try, ast.Global, ast.Nonlocal)) or \
                type(node).__name__ == "TryStar":
            return None
        if isinstance(node, ast.AugAssign) and \
                any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(node.target)):
            return None
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and \
                isinstance(node.ops[0], (ast.Is, ast.IsNot)):
            pair = (node.left, node.comparators[0])
            for a, b in (pair, pair[::-1]):
                if isinstance(a, (ast.Name, ast.Subscript)) and \
                        isinstance(b, ast.Constant) and b.value is None:
                    tests.add(id(a))
        elif isinstance(node, ast.Compare) and not any(
                isinstance(o, (ast.Is, ast.IsNot, ast.In, ast.NotIn)) for o in node.ops):
            operands.update(id(x) for x in [node.left] + node.comparators)
        elif isinstance(node, ast.BinOp):
            operands.update((id(node.left), id(node.right)))
        elif isinstance(node, ast.Return) and isinstance(node.value, ast.Name):
            operands.add(id(node.value))  # `return prev`: an optional returned
        elif isinstance(node, ast.AugAssign):  # `total += best`
            operands.add(id(node.value))
        elif isinstance(node, ast.IfExp):  # `x = None if c else x`: merged whole
            tests.update((id(node.body), id(node.orelse)))
        elif isinstance(node, ast.UnaryOp) and not isinstance(node.op, ast.Not):
            operands.add(id(node.operand))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                node.func.id in ("min", "max", "abs") and not node.keywords and \
                (len(node.args) > 1 or node.func.id == "abs"):
            operands.update(id(x) for x in node.args)
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and \
                node.value.id in arrays:  # `b[prev]`, `b[i, prev]`
            index = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            operands.update(id(x) for x in index)
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name) \
                    and target.value.id in arrays:  # `b[i] = prev`
                operands.add(id(node.value))
            elif isinstance(target, ast.Name) and target.id != name and \
                    copies is not None and is_copy_of(node.value, name):
                tests.add(id(node.value))
                copies.append(target.id)
            elif isinstance(target, ast.Name) and target.id != name and \
                    copies is not None and isinstance(node.value, ast.Tuple) and \
                    any(isinstance(e, ast.Name) and e.id == name for e in node.value.elts):
                # `t = (name, x)`: the tuple holds the stand-in's optional, a
                # value read; `t` is judged as a copy (tuple_field_reads).
                operands.update(id(e) for e in node.value.elts)
                copies.append(TupleCopy(target.id))
    if isinstance(name, TupleCopy):
        # Judged only as a copy, which must be dead after the loop (not as
        # a name None before it, whose optional would hold the tuple).
        if copies is None:
            return None
        tuple_field_reads(nodes, name, tests, operands)
    for node in (n for top in nodes for n in ast.walk(top)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            operands.difference_update(id(n) for n in ast.walk(node))  # its own scope
    reads = [id(n) for top in nodes for n in ast.walk(top)
             if isinstance(n, ast.Name) and n.id == name and not isinstance(n.ctx, ast.Store)]
    if any(r not in tests and r not in operands for r in reads):
        return None
    return "value" if any(r in operands for r in reads) else "flag"


class TupleCopy(str):
    """The name a tuple display holding a stand-in's variable is assigned
    to in the loop body (`t = (prev, x)`), judged as a copy of it."""


def tuple_field_reads(nodes, name, tests, operands):
    """When every assignment of `name` in `nodes` is a tuple display, its
    items read with constant indices (`t[0] is None`, `t[0] + t[1]`) are
    reads of `name` in their place (`tests`/`operands`, ids of nodes)."""
    walked = [n for top in nodes for n in ast.walk(top)]
    displays = {id(n.targets[0]) for n in walked if isinstance(n, ast.Assign) and
                len(n.targets) == 1 and isinstance(n.value, ast.Tuple)}
    stores = [n for n in walked if isinstance(n, ast.Name) and n.id == name and
              isinstance(n.ctx, (ast.Store, ast.Del))]
    if not stores or any(id(s) not in displays for s in stores):
        return
    for n in walked:
        if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and \
                n.value.id == name and isinstance(n.slice, ast.Constant) and \
                type(n.slice.value) is int:
            for reads in (tests, operands):
                if id(n) in reads:
                    reads.add(id(n.value))


def names_set_to_none(stmts):
    """The names the statements `stmts` may assign None (`x = None`, `x =
    None if c else v`), not counting nested functions."""
    names = set()
    for node in (n for top in stmts for n in walk_scope(top)):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and \
                isinstance(node.targets[0], ast.Name):
            v = node.value
            sides = [v.body, v.orelse] if isinstance(v, ast.IfExp) else [v]
            if any(isinstance(x, ast.Constant) and x.value is None for x in sides):
                names.add(node.targets[0].id)
    return names


def walk_scope(node):
    """ast.walk of `node` without the bodies of nested functions."""
    todo = [node]
    while todo:
        n = todo.pop()
        yield n
        if not isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) or n is node:
            todo.extend(ast.iter_child_nodes(n))


def is_copy_of(node, name):
    """Whether the expression `node` is `name` or a stand-in derived from it
    (`None if c else name`): assigned, it binds its target to the stand-in."""
    sides = [node.body, node.orelse] if isinstance(node, ast.IfExp) else [node]
    return any(isinstance(x, ast.Name) and x.id == name for x in sides) and all(
        isinstance(x, ast.Name) and x.id == name or
        isinstance(x, ast.Constant) and x.value is None for x in sides)


class Retry(Exception):
    """A recursive call was typed with a return type the function's returns
    then widened: emit the function again."""


def is_none_type(t):
    """The type of a bare `return` / `return None`."""
    return isinstance(t, T.Tuple) and not isinstance(t, (T.Optional, T.ResultTuple)) \
        and t.items == ()


def result_parts(t):
    """The items of a returned tuple type as a ResultTuple's parts (a plain
    tuple's items), else None."""
    if isinstance(t, T.ResultTuple):
        return t.parts
    return t.items if type(t) is T.Tuple and t.items else None


def unify(a, b, what):
    """The type both `a` and `b` convert to, or TypingError. A value and
    None make an Optional, as in Numba."""
    if a is None:
        return b
    if b is None or a == b:
        return a
    if isinstance(a, T.NoneType) or isinstance(b, T.NoneType):  # `x = None`
        a, b = (T.Tuple(()) if isinstance(t, T.NoneType) else t for t in (a, b))
    if isinstance(a, T.Updated) and isinstance(b, T.Updated) and a.updated == b.updated:
        return T.Updated(unify(a.inner, b.inner, what), a.updated)
    if isinstance(b, T.Optional) or is_none_type(a):
        a, b = b, a
    if isinstance(a, T.Optional):
        if is_none_type(b):
            return a
        inner = b.inner if isinstance(b, T.Optional) else b
        return T.Optional(unify(a.inner, inner, what))
    if is_none_type(b):
        return T.Optional(a)
    if isinstance(a, T.Scalar) and isinstance(b, T.Scalar):
        return T.promote(a, b)
    if isinstance(a, T.ResultTuple) or isinstance(b, T.ResultTuple):
        pa, pb = (result_parts(t) for t in (a, b))
        if pa is not None and pb is not None and len(pa) == len(pb) and (pa or a == b):
            return T.ResultTuple([unify(x, y, what) for x, y in zip(pa, pb)])
    if isinstance(a, T.RESULT_TUPLES) or isinstance(b, T.RESULT_TUPLES):
        raise TypingError(f"cannot unify {a} and {b} for {what}")
    if isinstance(a, T.Tuple) and isinstance(b, T.Tuple) and len(a.items) == len(b.items):
        return T.Tuple([unify(x, y, what) for x, y in zip(a.items, b.items)],
                       a.cls if a.cls is b.cls else None)
    if isinstance(a, T.Array) and isinstance(b, T.Array) and \
            a.copy(readonly=True) == b.copy(readonly=True):
        return a.copy(readonly=True)  # read-only if either is
    if isinstance(a, T.Array) and isinstance(b, T.Array) and \
            a.dtype == b.dtype and a.ndim == b.ndim:
        return T.strided_any(a.dtype, a.ndim, a.readonly or b.readonly)
    raise TypingError(f"cannot unify {a} and {b} for {what}")


# List methods that may move the items (a larger buffer): the list's name is
# bound to the new list, so a loop calling them carries the name.
GROWING = ("append", "extend", "insert")


def assigned_names(stmts):
    """Names a statement list may assign (not counting nested functions)."""
    names = []

    def add(n):
        if n not in names:
            names.append(n)

    def target(t):
        if isinstance(t, ast.Name):
            add(t.id)
        elif isinstance(t, (ast.Tuple, ast.List)):
            for e in t.elts:
                target(e)

    for stmt in stmts:
        for node in ast.walk(stmt):
            if isinstance(node, ast.Assign):
                for t in node.targets:
                    target(t)
            elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
                target(node.target)
            elif isinstance(node, ast.For):
                target(node.target)
            elif isinstance(node, ast.NamedExpr):
                target(node.target)
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in GROWING and isinstance(node.func.value, ast.Name):
                add(node.func.value.id)  # a list's append (extend, insert) rebinds its name
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in GROWING and \
                    isinstance(node.func.value, ast.Subscript) and \
                    isinstance(node.func.value.value, ast.Name):
                add(node.func.value.value.id)  # `l[i].append(x)`: l's too (list_nesting)
    return names


def contains(stmts, kinds, stop_at_loops):
    """Whether `stmts` contain a node of `kinds` (outside nested loops if
    asked; never in a function defined there: its returns are its own)."""
    todo = list(stmts)
    while todo:
        node = todo.pop()
        if isinstance(node, kinds):
            return True
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda,
                             ast.ClassDef)):
            continue
        if stop_at_loops and isinstance(node, (ast.For, ast.While)):
            todo.extend(node.orelse)
            continue
        todo.extend(ast.iter_child_nodes(node))
    return False


_FOLDED = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
           ast.Div: operator.truediv, ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod}


_COMPARED = {ast.Lt: operator.lt, ast.LtE: operator.le, ast.Gt: operator.gt,
             ast.GtE: operator.ge, ast.Eq: operator.eq, ast.NotEq: operator.ne}


def constant_value(node, nones=()):
    """The value of an expression CPython's compiler folds to a constant
    (a literal, `-`/`not` of one, arithmetic on them, the constant side a
    constant test picks: `x if False else -6`) as a 1-tuple, else None.
    `x is None` of a name in `nones` (None where the test is) is a constant
    too, as Numba's dead-branch pruning takes it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (bool, int, float,
                                                                  type(None))):
        return (node.value,)
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and \
            isinstance(node.ops[0], (ast.Is, ast.IsNot)) and all(
                isinstance(x, ast.Name) and x.id in nones or
                isinstance(x, ast.Constant) and x.value is None
                for x in (node.left, node.comparators[0])):
        return (isinstance(node.ops[0], ast.Is),)
    if isinstance(node, ast.UnaryOp):
        inner = constant_value(node.operand, nones)
        if inner is None:
            return None
        if isinstance(node.op, ast.Not):
            return (not inner[0],)
        if isinstance(node.op, (ast.USub, ast.UAdd)) and inner[0] is not None:
            return (-inner[0] if isinstance(node.op, ast.USub) else +inner[0],)
    if isinstance(node, ast.BinOp) and type(node.op) in _FOLDED:
        lhs, rhs = constant_value(node.left, nones), constant_value(node.right, nones)
        if lhs and rhs and None not in (lhs[0], rhs[0]):
            try:
                return (_FOLDED[type(node.op)](lhs[0], rhs[0]),)
            except ArithmeticError:
                return None  # raised at run time, as CPython leaves it
    if isinstance(node, ast.IfExp):  # (the side not picked is not compiled)
        test = constant_value(node.test, nones)
        if test:
            return constant_value(node.body if test[0] else node.orelse, nones)
    return None


def decided_truth(node, nones=()):
    """How CPython's compiler (or Numba's dead-branch pruning) decides a
    condition, so that the branch ruled out is never typed, as in Numba:
    (truth, the operands still evaluated first, for their effects) for a
    constant, `not` of one, a comparison of constants, and `and`/`or` that
    a constant operand decides (`x < n and False`); else None. (`nones`:
    constant_value's.)"""
    folded = constant_value(node, nones)
    if folded:
        return bool(folded[0]), []
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        inner = decided_truth(node.operand, nones)
        return None if inner is None else (not inner[0], inner[1])
    if isinstance(node, ast.Compare) and all(type(op) in _COMPARED for op in node.ops):
        # Numba's dead-branch pruning decides a comparison of constants (`if 6 > 0:`).
        values = [constant_value(x, nones) for x in [node.left] + node.comparators]
        if all(v and v[0] is not None for v in values):
            return all(_COMPARED[type(op)](a[0], b[0])
                       for op, a, b in zip(node.ops, values, values[1:])), []
        return None
    if not isinstance(node, ast.BoolOp):
        return None
    deciding = not isinstance(node.op, ast.And)  # the truth that ends it
    evaluated, all_constant = [], True
    for operand in node.values:
        inner = decided_truth(operand, nones)
        if inner is None:
            evaluated.append(operand)
            all_constant = False
            continue
        evaluated += inner[1]
        if inner[0] == deciding:
            return deciding, evaluated
    return (not deciding, evaluated) if all_constant else None


def is_none_value(v):
    """Whether `v` is a variable's compile-time None (`x = None`)."""
    return isinstance(v, PyObj) and v.obj is None


def field_value(v):
    """A tuple's item as a name or an expression holds it: a None field
    (`Tuple(())`, a plain empty group) is the compile-time None."""
    if isinstance(v, TupleValue) and v.named_type is None and not v.items:
        return PyObj(None)
    return v


def refuse_nested_optional(fc, want, node):
    """An Optional of a tuple holds its items flat: one holding tuples, None
    fields or optionals (a variable None on some paths, then `(x, None)`)
    is an UnsupportedError."""
    if type(want.inner) is T.Tuple and any(isinstance(t, T.Tuple) for t in want.inner.items):
        raise fc.error(UnsupportedError, "a variable None on some paths holding a tuple "
                       f"of tuples, None or optionals ({want.inner}) is not supported", node)


def type_of(v):
    if is_none_value(v):
        return T.none  # merged with a value: an Optional
    return None if isinstance(v, Undef) and v.type is None else v.type
