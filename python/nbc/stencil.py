"""Numba's @stencil: a kernel written with relative indices (`a[-1, 0]` is
the west neighbour of the current element) applied at every element whose
whole neighbourhood lies inside the array; the border gets `cval` (0 by
default), as in Numba.

The kernel is compiled as nbc code like any other: `@stencil` rewrites it
into a point function (`a[i0 + -1, i1 + 0]`, with the element's indices as
arguments) and a driver with the loop nest over the interior (a prange over
the first axis under `parallel=True`), both plain Python functions that the
frontend compiles into the dialect. Their source is registered in
`linecache` under a name that says which stencil and file they come from.
A stencil can be called from Python and from @njit code."""

import ast
import inspect
import itertools
import linecache
import textwrap

import numpy as np

from . import types as T
from .errors import TypingError, UnsupportedError

_counter = itertools.count()


def _constant_int(node):
    """The value of an integer literal (also negated), else None."""
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        v = _constant_int(node.operand)
        if v is not None:
            return -v if isinstance(node.op, ast.USub) else v
    return None


class _Relative(ast.NodeTransformer):
    """`a[x, y]` -> `a[__i0 + (x), __i1 + (y)]` for the relatively indexed
    arguments; records each axis's smallest and largest constant offset."""

    def __init__(self, names, where):
        self.names = names
        self.where = where
        self.ndim = None
        self.offsets = {}  # axis -> [lo, hi]
        self.variable = False  # an offset that is not a constant

    def visit_Subscript(self, node):
        self.generic_visit(node)
        if not (isinstance(node.value, ast.Name) and node.value.id in self.names):
            return node
        items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        if any(isinstance(i, (ast.Slice, ast.Starred)) for i in items):
            raise UnsupportedError(f"stencil {self.where}: relative indices must be "
                                   f"integers, not slices ({ast.unparse(node)})")
        if self.ndim is None:
            self.ndim = len(items)
        elif self.ndim != len(items):
            raise TypingError(f"stencil {self.where}: relative indices of "
                              f"{self.ndim} and {len(items)} axes")
        new = []
        for axis, item in enumerate(items):
            k = _constant_int(item)
            if k is None:
                self.variable = True
            else:
                lo_hi = self.offsets.setdefault(axis, [k, k])
                lo_hi[0], lo_hi[1] = min(lo_hi[0], k), max(lo_hi[1], k)
            new.append(ast.BinOp(left=ast.Name(id=f"__i{axis}", ctx=ast.Load()),
                                 op=ast.Add(), right=item))
        index = new[0] if len(new) == 1 else ast.Tuple(elts=new, ctx=ast.Load())
        return ast.copy_location(
            ast.Subscript(value=node.value, slice=index, ctx=node.ctx), node)


class StencilFunc:
    """What @nbc.stencil returns: call it with arrays (and `out=`)."""

    def __init__(self, func, neighborhood=None, cval=None, standard_indexing=(),
                 mode="constant"):
        if mode != "constant":
            raise UnsupportedError(f"stencil: mode '{mode}' is not supported "
                                   "(Numba supports only 'constant')")
        self.py_func = func
        self.__name__ = func.__name__
        self.__doc__ = func.__doc__
        self.cval = 0 if cval is None else cval
        self.standard_indexing = tuple(standard_indexing)
        params = list(inspect.signature(func).parameters)
        unknown = set(self.standard_indexing) - set(params)
        if unknown:
            raise TypingError(f"stencil {func.__name__}: standard_indexing names "
                              f"{sorted(unknown)}, which are not parameters")
        self.params = params
        self.relative = [p for p in params if p not in self.standard_indexing]
        if not self.relative:
            raise TypingError(f"stencil {func.__name__}: no relatively indexed "
                              "array argument")
        self._build_point(neighborhood)
        self._drivers = {}
        self._compiled = {}  # (argument types, out given) -> Dispatcher

    # -- the point function ---------------------------------------------------------
    def _build_point(self, neighborhood):
        func = self.py_func
        lines, first = inspect.getsourcelines(func)
        tree = ast.parse(textwrap.dedent("".join(lines)))
        fdef = tree.body[0]
        fdef.decorator_list = []
        where = f"{func.__name__} ({inspect.getsourcefile(func)}:{first})"
        rewrite = _Relative(set(self.relative), where)
        fdef.body = [rewrite.visit(s) for s in fdef.body]
        ndim = rewrite.ndim
        if neighborhood is not None:
            ndim = len(neighborhood)
            self.bounds = [(int(lo), int(hi)) for lo, hi in neighborhood]
        elif rewrite.variable:
            raise UnsupportedError(f"stencil {where}: an index that is not a "
                                   "constant needs neighborhood=((lo, hi), ...)")
        elif ndim is None:
            raise TypingError(f"stencil {where}: the kernel never indexes "
                              f"{self.relative[0]}")
        else:
            self.bounds = [tuple(rewrite.offsets.get(a, (0, 0))) for a in range(ndim)]
        self.ndim = ndim
        fdef.name = f"__nbc_stencil_point_{func.__name__}"
        fdef.args.args = [ast.arg(arg=f"__i{a}") for a in range(ndim)] + fdef.args.args
        fdef.args.defaults = []
        self.point = self._define(ast.unparse(ast.fix_missing_locations(tree)),
                                  fdef.name, "point function")

    def _define(self, source, name, what):
        """Executes generated `source` in the kernel's globals, with the text
        in linecache so that nbc (and tracebacks) can read it."""
        filename = (f"<nbc stencil {self.__name__} {what} "
                    f"#{next(_counter)} from {inspect.getsourcefile(self.py_func)}>")
        linecache.cache[filename] = (len(source), None, source.splitlines(True),
                                     filename)
        namespace = dict(self.py_func.__globals__)
        namespace.update(__nbc_np=np, __nbc_point=getattr(self, "point", None))
        exec(compile(source, filename, "exec"), namespace)
        return namespace[name]

    # -- drivers --------------------------------------------------------------------
    def driver(self, ret, parallel, with_out):
        """The loop nest over the interior for results of scalar type `ret`."""
        key = (ret, parallel, with_out)
        fn = self._drivers.get(key)
        if fn is None:
            fn = self._drivers[key] = self._build_driver(*key)
        return fn

    def _build_driver(self, ret, parallel, with_out):
        first = self.relative[0]
        params = ", ".join(self.params + (["out"] if with_out else []))
        lines = [f"def __nbc_stencil_{self.__name__}({params}):"]
        if not with_out:
            lines.append(f"    out = __nbc_np.full({first}.shape, {self.cval!r}, "
                         f"__nbc_np.{ret.name()})")
        indent = "    "
        loop = "__nbc_prange" if parallel else "range"
        for axis, (lo, hi) in enumerate(self.bounds):
            lines.append(f"{indent}for __i{axis} in {loop}({-lo}, "
                         f"{first}.shape[{axis}] - {hi}):")
            indent += "    "
            loop = "range"
        index = ", ".join(f"__i{a}" for a in range(self.ndim))
        args = ", ".join([f"__i{a}" for a in range(self.ndim)] + self.params)
        lines.append(f"{indent}out[{index}] = __nbc_point({args})")
        lines.append("    return out")
        fn = self._define("\n".join(lines) + "\n", f"__nbc_stencil_{self.__name__}",
                          "driver")
        from .parallel import prange
        fn.__globals__["__nbc_prange"] = prange
        return fn

    def point_types(self, arg_types):
        return [T.int64] * self.ndim + list(arg_types)

    def check_args(self, arg_types):
        for name, t in zip(self.params, arg_types):
            if name in self.relative and (not isinstance(t, T.Array) or
                                          t.ndim != self.ndim):
                raise TypingError(f"stencil {self.__name__}: argument '{name}' must "
                                  f"be a {self.ndim}-d array, got {t}")

    # -- calls from Python -------------------------------------------------------------
    def __call__(self, *args, out=None):
        from . import njit
        from .frontend.unit import Compilation
        if len(args) != len(self.params):
            raise TypeError(f"{self.__name__}() takes {len(self.params)} arguments, "
                            f"{len(args)} given")
        arg_types = [T.typeof(a) for a in args]
        self.check_args(arg_types)
        key = (tuple(arg_types), out is not None)
        compiled = self._compiled.get(key)
        if compiled is None:
            # The point function's result type from the frontend alone (the
            # driver compiles the function itself).
            options = njit(self.point).options
            ret = Compilation().compile_entry(self.point, self.point_types(arg_types),
                                              options, "__nbc_stencil_point")
            if not isinstance(ret, T.Scalar):
                raise TypingError(f"stencil {self.__name__} must return a scalar, "
                                  f"not {ret}")
            compiled = self._compiled[key] = njit(self.driver(ret, False,
                                                              out is not None))
        return compiled(*args) if out is None else compiled(*args, out)

    def __repr__(self):
        return f"<nbc.stencil {self.py_func.__qualname__}>"


def stencil(func_or_mode="constant", **options):
    """@stencil, @stencil(), @stencil(neighborhood=..., cval=...,
    standard_indexing=...)."""
    if callable(func_or_mode):
        return StencilFunc(func_or_mode, **options)
    options.setdefault("mode", func_or_mode)

    def wrap(func):
        return StencilFunc(func, **options)
    return wrap
