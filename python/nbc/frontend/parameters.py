"""A function's parameters as the compiler binds them: one value per
parameter in signature order (positional-only, positional, then `*args` as
one tuple, then keyword-only), as Numba types `*args` as a tuple. Callers
(the dispatcher, calls between kernels) bind a call to that order with
Python's own rules; `**kwargs` is refused, as Numba does."""

import abc
import ast
import inspect

from ..errors import UnsupportedError
from .builder import RangeValue, TupleValue


def parameter_nodes(src):
    """The `ast.arg`s of `src`'s function in binding order."""
    a = src.fdef.args
    if a.kwarg is not None:
        raise src.error(UnsupportedError, f"**{a.kwarg.arg} parameters are not "
                        "supported (nor in Numba): take the values as parameters",
                        a.kwarg)
    return a.posonlyargs + a.args + ([a.vararg] if a.vararg else []) + a.kwonlyargs


def takes_packed(func):
    """Whether binding a call of `func` packs or reorders arguments (it has
    `*args` or keyword-only parameters): its calls always go through bind."""
    code = func.__code__
    return bool(code.co_flags & inspect.CO_VARARGS) or code.co_kwonlyargcount > 0


def bound_values(signature, bound, wrap):
    """One value per parameter (not `**kwargs`) of a call bound to
    `signature`, defaults applied: a `*args` parameter's values as
    `wrap(values)`."""
    out = []
    for p in signature.parameters.values():
        if p.kind is p.VAR_KEYWORD:
            continue
        v = bound.arguments[p.name]
        out.append(wrap(v) if p.kind is p.VAR_POSITIONAL else v)
    return out


def starred_items(fc, node):
    """The call `node` with each `*t` argument (t a tuple) spread into one
    argument per item, bound to temporary names: (the call, the names)."""
    if not any(isinstance(a, ast.Starred) for a in node.args):
        return node, []
    args, temps = [], []
    for a in node.args:
        if not isinstance(a, ast.Starred):
            args.append(a)
            continue
        value = fc.expr(a.value)
        if not isinstance(value, TupleValue) or isinstance(value, RangeValue):
            raise fc.error(UnsupportedError, "*args in calls is supported for tuples "
                           f"only, not {getattr(value, 'type', value)}", a)
        for item in value.items:
            name = f"$star{id(node)}_{len(temps)}"
            fc.env[name] = item
            temps.append(name)
            args.append(ast.copy_location(ast.Name(id=name, ctx=ast.Load()), a))
    return ast.copy_location(ast.Call(func=node.func, args=args,
                                      keywords=node.keywords), node), temps


class Jitted(abc.ABC):
    """What @nbc.njit returns (nbc.dispatcher.Dispatcher registers itself):
    how a call between kernels recognizes one without importing the
    dispatcher, which imports the compiler."""


_STUBS = {}


def check_call(func, args, kwargs):
    """Raises the TypeError CPython raises when `func(*args, **kwargs)` does
    not fit its parameters: the call goes to a stub with the same parameters,
    defaults and name and an empty body."""
    code = func.__code__
    stub = _STUBS.get(code)
    if stub is None:
        params, seen_star = [], False
        for p in inspect.signature(func).parameters.values():
            if p.kind is p.KEYWORD_ONLY and not seen_star:
                params.append("*")
                seen_star = True
            if p.kind is p.VAR_POSITIONAL:
                params.append("*" + p.name)
                seen_star = True
            elif p.kind is p.VAR_KEYWORD:
                params.append("**" + p.name)
            else:
                params.append(p.name)
            if p.kind is p.POSITIONAL_ONLY and (
                    p.name == code.co_varnames[code.co_posonlyargcount - 1]):
                params.append("/")
        ns = {}
        exec(f"def stub({', '.join(params)}): pass", ns)
        stub = ns["stub"]
        stub.__name__, stub.__qualname__ = func.__name__, func.__qualname__
        stub.__defaults__ = func.__defaults__
        stub.__kwdefaults__ = func.__kwdefaults__
        _STUBS[code] = stub
    stub(*args, **kwargs)
