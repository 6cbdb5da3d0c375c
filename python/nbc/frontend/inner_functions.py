"""Functions defined inside a kernel (`def` statements and lambdas), as Numba's
inner functions and closures: each is compiled as a callee of its own, the
outer function's variables it reads becoming keyword-only parameters that
every call passes (their values at the call, as Python's late binding).
A function that rebinds them (`nonlocal x`, or calling one that does)
returns their new values after its own, and each call of it becomes an
assignment to them: `f(a)` is `(x,) = f(a)`, `y = f(a)` is `(y, x) = f(a)`.
A function passed to another inner function lends it what it captures."""

import ast
import inspect

import numpy as np

from ..errors import TypingError, UnsupportedError
from .builder import PyObj


def _bound_names(nodes):
    """Names a block binds (assignments, loop targets, imports, defs), not
    looking into the functions it defines."""
    out, stack = set(), list(nodes)
    while stack:
        n = stack.pop()
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.add(n.name)
            continue
        if isinstance(n, ast.Lambda):
            continue
        if isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del)):
            out.add(n.id)
        stack.extend(ast.iter_child_nodes(n))
    return out


def _free_names(f):
    """The names a def or lambda reads but does not bind."""
    own = set(_parameters(f.args)) | _bound_names(_body(f))
    return {n.id for b in _body(f) for n in ast.walk(b)
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)} - own


def _functions_defined(body):
    """name -> the defs and lambdas a block binds to it (`def f` and
    `f = lambda ...`), not looking into the functions it defines."""
    out, stack = {}, list(body)
    while stack:
        n = stack.pop()
        if isinstance(n, ast.FunctionDef):
            out.setdefault(n.name, []).append(n)
            continue
        if isinstance(n, ast.Assign) and isinstance(n.value, ast.Lambda):
            for t in n.targets:
                if isinstance(t, ast.Name):
                    out.setdefault(t.id, []).append(n.value)
        if not isinstance(n, (ast.Lambda, ast.AsyncFunctionDef, ast.ClassDef)):
            stack.extend(ast.iter_child_nodes(n))
    return out


def _own_nodes(body):
    """The nodes of a block, not looking into the functions it defines."""
    stack = list(body)
    while stack:
        n = stack.pop()
        yield n
        if not isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef,
                              ast.Lambda)):
            stack.extend(ast.iter_child_nodes(n))


def _own_nonlocals(body):
    return {n for s in _own_nodes(body) if isinstance(s, ast.Nonlocal) for n in s.names}


def _returns_value(f):
    return any(isinstance(n, ast.Return) and n.value is not None
               for n in _own_nodes(f.body))


def _names(names, ctx):
    return [ast.Name(id=n, ctx=ctx()) for n in names]


class _RebindingCalls(ast.NodeTransformer):
    """Turns the calls of functions that rebind `writes` ({name: [names]})
    in a block's own statements into assignments to those names. `done`
    collects the callee Name nodes handled; the others are refused after."""

    def __init__(self, writes, values, done):
        self.writes, self.values, self.done = writes, values, done
        self.temps = 0
        self.try_depth = 0
        self.in_try = []  # such calls in a try block

    def call_of(self, node):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                node.func.id in self.writes:
            return node.func.id
        return None

    def unpack(self, stmt, call, first):
        """`(first, *rebound) = call` (no `first` for a function returning
        nothing)."""
        name = call.func.id
        self.done.add(id(call.func))
        if self.try_depth:
            self.in_try.append(call)
        elts = ([first] if self.values[name] else []) + _names(self.writes[name],
                                                             ast.Store)
        return ast.copy_location(ast.Assign(targets=[ast.Tuple(elts=elts, ctx=ast.Store())],
                                            value=call), stmt)

    def temp(self):
        self.temps += 1
        return f"$rebinding_result{self.temps}"

    def visit_block(self, body):
        out = []
        for stmt in body:
            new = self.visit(stmt)
            out.extend(new if isinstance(new, list) else [new])
        body[:] = out

    def visit_FunctionDef(self, node):
        return node

    visit_Lambda = visit_AsyncFunctionDef = visit_ClassDef = visit_FunctionDef

    def visit_Try(self, node):
        self.try_depth += 1
        self.visit_block(node.body)
        self.try_depth -= 1
        for block in [h.body for h in node.handlers] + [node.orelse, node.finalbody]:
            self.visit_block(block)
        return node

    def visit_Expr(self, node):
        if not self.call_of(node.value):
            return self.generic_visit(node)
        return self.unpack(node, node.value, ast.Name(id=self.temp(), ctx=ast.Store()))

    def visit_Assign(self, node):
        name = self.call_of(node.value)
        if not name or len(node.targets) != 1:
            return self.generic_visit(node)
        if self.values[name]:
            return self.unpack(node, node.value, node.targets[0])
        none = ast.copy_location(ast.Assign(targets=node.targets,
                                            value=ast.Constant(value=None)), node)
        return [self.unpack(node, node.value, None), none]

    def visit_AugAssign(self, node):
        name = self.call_of(node.value)
        if not (name and self.values[name] and isinstance(node.target, ast.Name)
                and node.target.id not in self.writes[name]):
            return self.generic_visit(node)
        call, t = node.value, self.temp()
        node.value = ast.Name(id=t, ctx=ast.Load())
        return [self.unpack(node, call, ast.Name(id=t, ctx=ast.Store())), node]

    def visit_Return(self, node):
        if not self.call_of(node.value):
            return self.generic_visit(node)
        call, t = node.value, self.temp()
        node.value = ast.Name(id=t, ctx=ast.Load()) if self.values[call.func.id] \
            else None
        return [self.unpack(node, call, ast.Name(id=t, ctx=ast.Store())), node]


def _parameters(args):
    star = [a for a in (args.vararg, args.kwarg) if a is not None]
    return [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs + star]


def _body(node):
    return node.body if isinstance(node, ast.FunctionDef) else [node.body]


class InnerFunction:
    """A function defined in a kernel. The frontend calls it as it calls a
    jitted function (`py_func` is itself); `source` is its body with the
    captured variables appended to its parameters."""

    def __init__(self, source, node, name, defaults, kwdefaults, captured):
        self.__name__ = self.__qualname__ = name
        self.captured = captured
        args = node.args
        lifted = ast.FunctionDef(
            name=name, body=node.body if isinstance(node, ast.FunctionDef)
            else [ast.copy_location(ast.Return(value=node.body), node.body)],
            args=ast.arguments(
                posonlyargs=args.posonlyargs, args=args.args, vararg=args.vararg,
                kwonlyargs=args.kwonlyargs + [ast.arg(arg=n) for n in captured],
                kw_defaults=[None] * (len(args.kwonlyargs) + len(captured)),
                kwarg=None, defaults=[]),
            decorator_list=[], returns=None, type_comment=None)
        self.source = source.nested(ast.copy_location(lifted, node))
        # A plain function with the same parameters (the captured variables
        # keyword-only): its signature and code give Python's own binding
        # and error messages (parameters.check_call).
        params = [a.arg for a in args.posonlyargs] + (["/"] if args.posonlyargs else [])
        params += [a.arg for a in args.args]
        if args.vararg is not None:
            params.append("*" + args.vararg.arg)
        elif args.kwonlyargs or captured:
            params.append("*")
        params += [a.arg for a in args.kwonlyargs] + captured
        ns = {}
        exec(f"def stub({', '.join(params)}): pass", ns)
        stub = ns["stub"]
        stub.__defaults__ = tuple(defaults) or None
        stub.__kwdefaults__ = kwdefaults or None
        self.__code__, self.__defaults__ = stub.__code__, stub.__defaults__
        self.__kwdefaults__ = stub.__kwdefaults__
        self.__signature__ = inspect.signature(stub)
        self.__module__ = source.globals.get("__name__")

    @property
    def py_func(self):
        return self

    def __call__(self, *args, **kwargs):
        raise TypeError(f"{self.__name__} is defined inside a kernel: call it there")


# Compile-time objects a name is bound to as they are (`f = inner`, `d =
# a.dtype`), not materialized as values.
BOUND_AS_IS = (InnerFunction, np.dtype)


class InnerFunctionsMixin:
    def rewrite_rebinding_calls(self):
        """Before anything reads this function's tree: its inner functions
        that rebind its variables (`nonlocal`, or calling one that does)
        return their new values, and their calls assign them (see the
        module's docstring). Once per tree."""
        fdef = self.src.fdef
        if getattr(fdef, "nbc_rebinding_done", False):
            return
        fdef.nbc_rebinding_done = True
        outer = set(_parameters(fdef.args)) | _bound_names(fdef.body)
        defined = _functions_defined(fdef.body)
        defs = {n: ds for n, ds in defined.items()
                if any(isinstance(d, ast.FunctionDef) for d in ds)}
        writes = {}
        for name, ds in defs.items():
            for d in ds:
                if not isinstance(d, ast.FunctionDef):
                    continue
                for n in _own_nonlocals(d.body):
                    if n not in outer:
                        raise self.error(UnsupportedError, f"nonlocal '{n}' in '{name}' "
                                         f"is not a variable of '{fdef.name}', the "
                                         "function that defines it", d)
                    writes.setdefault(name, set()).add(n)
                self.refuse_deep_nonlocals(d)
        changed = True
        while changed:  # what the functions a function calls rebind, it does too
            changed = False
            for name, ds in defs.items():
                called = {c.func.id for d in ds for c in _own_nodes(_body(d))
                          if isinstance(c, ast.Call) and isinstance(c.func, ast.Name)}
                more = set().union(*(writes.get(c, set()) for c in called))
                if not more <= writes.get(name, set()):
                    writes.setdefault(name, set()).update(more)
                    changed = True
        if not writes:
            return
        writes = {n: sorted(w) for n, w in writes.items()}
        values = {n: any(_returns_value(d) for d in defs[n]
                         if isinstance(d, ast.FunctionDef)) for n in writes}
        done, calls = set(), []
        for name, rebound in writes.items():
            for d in defs[name]:
                if isinstance(d, ast.Lambda):
                    raise self.error(UnsupportedError, f"'{name}' is both a lambda and "
                                     "a function that rebinds variables of "
                                     f"'{fdef.name}'", d)
                self.return_rebound(d, rebound, values[name])
        for body in [d.body for ds in defs.values() for d in ds
                     if isinstance(d, ast.FunctionDef)] + [fdef.body]:
            calls.append(_RebindingCalls(writes, values, done))
            calls[-1].visit_block(body)
        for call in (c for r in calls for c in r.in_try):
            rebound = ", ".join(map(repr, writes[call.func.id]))
            raise self.error(UnsupportedError, f"'{call.func.id}' rebinds {rebound} "
                             "(nonlocal) and is called in a try block: if it raised, "
                             "what it rebound before would be lost", call,
                             "call it before or after the try block")
        for node in ast.walk(fdef):
            if isinstance(node, ast.Name) and node.id in writes and \
                    isinstance(node.ctx, ast.Load) and id(node) not in done:
                rebound = ", ".join(map(repr, writes[node.id]))
                raise self.error(UnsupportedError, f"'{node.id}' rebinds {rebound} of "
                                 f"'{fdef.name}' (nonlocal): it can only be called "
                                 f"directly in '{fdef.name}' or its inner functions, "
                                 "as a statement, the whole value of an assignment, "
                                 "or a return", node)
        ast.fix_missing_locations(fdef)

    def refuse_deep_nonlocals(self, d):
        """`nonlocal x` in a function nested in `d` must name a variable of
        the function that defines it (that one passes it out)."""
        own = set(_parameters(d.args)) | _bound_names(d.body)
        for n in _own_nodes(d.body):
            if isinstance(n, ast.FunctionDef):
                for x in _own_nonlocals(n.body):
                    if x not in own and x not in _own_nonlocals(d.body):
                        raise self.error(UnsupportedError, f"nonlocal '{x}' in '{n.name}' "
                                         f"names a variable of a function around "
                                         f"'{d.name}': only variables of the enclosing "
                                         "function can be rebound", n)

    def return_rebound(self, d, rebound, returns_value):
        """`d` without its nonlocal statements, returning (its value if it
        has one, then) the values of `rebound`."""
        d.nbc_rebound = rebound

        def packed(value):
            head = [value if value is not None else ast.Constant(value=None)] \
                if returns_value else []
            return ast.Tuple(elts=head + _names(rebound, ast.Load), ctx=ast.Load())

        for n in list(_own_nodes(d.body)):
            if isinstance(n, ast.Return):
                n.value = packed(n.value)
        d.body[:] = [s for s in d.body if not isinstance(s, ast.Nonlocal)] or [ast.Pass()]
        for n in _own_nodes(d.body):
            for field, value in ast.iter_fields(n):
                if isinstance(value, list) and any(isinstance(s, ast.Nonlocal)
                                                   for s in value):
                    value[:] = [s for s in value if not isinstance(s, ast.Nonlocal)] or \
                        [ast.Pass()]
        if not isinstance(d.body[-1], ast.Return):
            d.body.append(ast.copy_location(ast.Return(value=packed(None)), d.body[-1]))
        ast.fix_missing_locations(d)

    def inner_function(self, node, name):
        """The InnerFunction of a `def` statement or lambda in this function
        (one per node, so rebuilding the function reuses its compiled callee)."""
        cache = self.src.__dict__.setdefault("inner_functions", {})
        fn = cache.get(node)
        if fn is not None:
            return fn
        args = node.args
        what = f"inner function '{name}'"
        if args.kwarg is not None:
            raise self.error(UnsupportedError, f"{what}: **{args.kwarg.arg} parameters "
                             "are not supported (nor in Numba): take the values as "
                             "parameters", node)
        if getattr(node, "decorator_list", None):
            raise self.error(UnsupportedError, f"{what}: decorators on functions "
                             "defined inside a kernel are not supported (it is "
                             "compiled with the kernel)", node.decorator_list[0])
        defaults = [self.constant_default(d, what) for d in args.defaults]
        kwdefaults = {a.arg: self.constant_default(d, what)
                      for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None}
        outer = set(_parameters(self.src.fdef.args)) | _bound_names(self.src.fdef.body)
        # What the functions it calls read is read at its calls too, and so
        # is what the inner functions passed to it read.
        defined = _functions_defined(self.src.fdef.body)
        captured, todo, seen = set(), [node], set()
        while todo:
            f = todo.pop()
            seen.add(f)
            free = _free_names(f) & outer
            captured |= free | set(getattr(f, "nbc_rebound", ()))
            todo.extend(d for n in free for d in defined.get(n, ()) if d not in seen)
            todo.extend(d for d in self.functions_passed_to(f, defined) if d not in seen)
        fn = cache[node] = InnerFunction(self.src, node, name, defaults, kwdefaults,
                                         sorted(captured))
        return fn

    def constant_default(self, node, what):
        try:
            return ast.literal_eval(node)
        except ValueError:
            raise self.error(UnsupportedError, f"{what}: default values must be "
                             "constants (numbers, True/False/None, tuples of them)",
                             node) from None

    def functions_passed_to(self, f, defined):
        """The inner functions (defs and lambdas) given as arguments in the
        calls of `f` in this function."""
        names = {n for n, ds in defined.items() if f in ds}
        for call in ast.walk(self.src.fdef):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                    and call.func.id in names):
                continue
            for arg in call.args + [k.value for k in call.keywords]:
                if isinstance(arg, ast.Lambda):
                    yield arg
                elif isinstance(arg, ast.Name):
                    yield from defined.get(arg.id, ())

    def define_inner(self, stmt):
        """`def f(...)` in a kernel: binds `f`."""
        self.env[stmt.name] = PyObj(self.inner_function(stmt, stmt.name))

    def expr_Lambda(self, node):
        return PyObj(self.inner_function(node, "<lambda>"))

    def call_inner(self, fn, node):
        """A call of an inner function: the arguments given, then the captured
        variables' current values by keyword."""
        for name in fn.captured:
            if name not in self.env:
                raise self.error(TypingError, f"{fn.__name__}() reads '{name}' of "
                                 "the function that defines it, which is not defined "
                                 "here: call it where that variable is, or pass it as "
                                 "an argument", node)
        call = ast.copy_location(ast.Call(func=node.func, args=node.args, keywords=(
            node.keywords + [ast.keyword(arg=n, value=ast.copy_location(
                ast.Name(id=n, ctx=ast.Load()), node)) for n in fn.captured])), node)
        return self.call_function(fn, self.options, call)
