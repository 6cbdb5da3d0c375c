"""Functions defined inside a kernel (`def` statements and lambdas), as Numba's
inner functions and closures: each is compiled as a callee of its own, the
outer function's variables it reads becoming keyword-only parameters that
every call passes (their values at the call, as Python's late binding)."""

import ast
import inspect

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


def _parameters(args):
    return [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs]


def _body(node):
    return node.body if isinstance(node, ast.FunctionDef) else [node.body]


class InnerFunction:
    """A function defined in a kernel. The frontend calls it as it calls a
    jitted function (`py_func` is itself); `source` is its body with the
    captured variables appended to its parameters."""

    def __init__(self, source, node, name, defaults, captured):
        self.__name__ = self.__qualname__ = name
        self.captured = captured
        args = node.args
        lifted = ast.FunctionDef(
            name=name, body=node.body if isinstance(node, ast.FunctionDef)
            else [ast.copy_location(ast.Return(value=node.body), node.body)],
            args=ast.arguments(posonlyargs=[], args=args.args + [
                ast.arg(arg=n) for n in captured], vararg=None, kwonlyargs=[],
                kw_defaults=[], kwarg=None, defaults=[]),
            decorator_list=[], returns=None, type_comment=None)
        self.source = source.nested(ast.copy_location(lifted, node))
        # A plain function with the same parameters: its signature and code
        # give Python's own binding and error messages (dispatcher.check_call).
        ns = {}
        params = [a.arg for a in args.args] + (["*"] + captured if captured else [])
        exec(f"def stub({', '.join(params)}): pass", ns)
        stub = ns["stub"]
        stub.__defaults__ = tuple(defaults) or None
        self.__code__, self.__defaults__ = stub.__code__, stub.__defaults__
        self.__kwdefaults__ = None
        self.__signature__ = inspect.signature(stub)
        self.__module__ = source.globals.get("__name__")

    @property
    def py_func(self):
        return self

    def __call__(self, *args, **kwargs):
        raise TypeError(f"{self.__name__} is defined inside a kernel: call it there")


class InnerFunctionsMixin:
    def inner_function(self, node, name):
        """The InnerFunction of a `def` statement or lambda in this function
        (one per node, so rebuilding the function reuses its compiled callee)."""
        cache = self.src.__dict__.setdefault("inner_functions", {})
        fn = cache.get(node)
        if fn is not None:
            return fn
        args = node.args
        what = f"inner function '{name}'"
        if args.vararg or args.kwarg or args.kwonlyargs or args.posonlyargs:
            raise self.error(UnsupportedError, f"{what}: *args, **kwargs, keyword-only "
                             "and positional-only parameters are not supported", node)
        if getattr(node, "decorator_list", None):
            raise self.error(UnsupportedError, f"{what}: decorators on functions "
                             "defined inside a kernel are not supported (it is "
                             "compiled with the kernel)", node.decorator_list[0])
        defaults = []
        for d in args.defaults:
            try:
                defaults.append(ast.literal_eval(d))
            except ValueError:
                raise self.error(UnsupportedError, f"{what}: default values must be "
                                 "constants (numbers, True/False/None, tuples of them)",
                                 d) from None
        outer = set(_parameters(self.src.fdef.args)) | _bound_names(self.src.fdef.body)
        # What the functions it calls read is read at its calls too.
        defined = _functions_defined(self.src.fdef.body)
        captured, todo, seen = set(), [node], set()
        while todo:
            f = todo.pop()
            seen.add(f)
            free = _free_names(f) & outer
            captured |= free
            todo.extend(d for n in free for d in defined.get(n, ()) if d not in seen)
        fn = cache[node] = InnerFunction(self.src, node, name, defaults,
                                         sorted(captured))
        return fn

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
