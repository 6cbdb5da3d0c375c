"""One compilation unit: an entry kernel and everything it calls."""

import ast

from .. import types as T
from ..errors import NBCError, UnsupportedError
from .builder import Module
from .compiler import FunctionCompiler
from .inner_functions import InnerFunction
from .library import declare, options_key, shared_callee
from .source import Source

_sources = {}


def get_source(pyfunc):
    if isinstance(pyfunc, InnerFunction):
        return pyfunc.source
    src = _sources.get(pyfunc)
    if src is None or not src.namespace_current(pyfunc):
        src = _sources[pyfunc] = Source(pyfunc)
    return src


def has_call_free_return(fdef):
    """Whether a `return` of `fdef` reads no call's result, directly or
    through names (a loop variable counts as one): its type cannot depend on
    a recursive call's."""
    tainted, changed = set(), True

    def reads_call(expr):
        return expr is not None and any(
            isinstance(n, ast.Call) or (isinstance(n, ast.Name) and n.id in tainted)
            for n in ast.walk(expr))

    nodes, stack = [], list(fdef.body)
    while stack:  # not into functions defined inside: their returns are theirs
        n = stack.pop()
        nodes.append(n)
        if not isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda,
                              ast.ClassDef)):
            stack.extend(ast.iter_child_nodes(n))
    while changed:
        changed = False
        for n in nodes:
            if isinstance(n, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.NamedExpr)):
                targets = n.targets if isinstance(n, ast.Assign) else [n.target]
                tainting = reads_call(n.value) or isinstance(n, ast.AugAssign)
            elif isinstance(n, (ast.For, ast.comprehension)):
                targets, tainting = [n.target], True
            else:
                continue
            for t in targets:
                for name in ast.walk(t):
                    if isinstance(name, ast.Name) and isinstance(name.ctx, ast.Store) \
                            and tainting and name.id not in tainted:
                        tainted.add(name.id)
                        changed = True
    return any(isinstance(n, ast.Return) and not reads_call(n.value) for n in nodes)


class Frame:
    """A function being compiled: its callee key, compiler and symbol; the
    active frames whose assumed return type its code used (recursion), and
    the finished callees that used this frame's assumed type."""

    def __init__(self, key, symbol):
        self.key = key
        self.symbol = symbol
        self.compiler = None
        self.depends_on = set()
        self.dependents = []


class Compilation:
    def __init__(self, standalone=False):
        """`standalone`: library functions are compiled into the module
        (cache=True, nbc.aot), not called where another program has them."""
        self.standalone = standalone
        self.module = Module()
        self.callees = {}  # key -> (symbol, return type, func handle)
        self.active = []   # Frames, outermost first

    def compile_entry(self, pyfunc, arg_types, options, symbol, declared_ret=None,
                      locals=None):
        return self.run(*self._entry(pyfunc, arg_types, options, symbol,
                                     declared_ret, locals))

    def compile_exported_callee(self, pyfunc, arg_types, options, symbol,
                                declared_ret=None, locals=None):
        """The callee form other modules call (nbc.aot's `_nbc_callee_<k>`):
        its return type and the (flat) arguments it never writes."""
        frame, fc = self._entry(pyfunc, arg_types, options, symbol, declared_ret,
                                locals)
        ret = self.run(frame, fc)
        self.module.set_status_abi(fc.func)
        return ret, self.module.readonly_arguments(fc.func)

    def _entry(self, pyfunc, arg_types, options, symbol, declared_ret, locals):
        self.module.symbols.add(symbol)
        key = (pyfunc, tuple(arg_types), options_key(options))
        fc = FunctionCompiler(get_source(pyfunc), arg_types, options, self.module,
                              symbol, self, public=True, declared_ret=declared_ret,
                              locals=locals)
        return Frame(key, symbol), fc

    def run(self, frame, fc):
        frame.compiler = fc
        self.active.append(frame)
        try:
            return fc.compile()
        finally:
            self.active.pop()

    def retrying(self, fc):
        """`fc` is built again with new types: callees compiled against its
        old assumed return type are dropped, to be compiled again."""
        for frame in self.active:
            if frame.compiler is fc:
                for key in frame.dependents:
                    symbol, _, func = self.callees.pop(key)
                    self.module.erase(func)
                frame.dependents = []

    def recursive_call(self, frame, pyfunc, node, caller_src):
        """A call to a function still being compiled: its symbol, typed by
        the returns seen so far. Before any return (`if p[x] != x: p[x] =
        find(p, p[x])` then `return p[x]`) it is typed int64 and the function
        is built again when it returns another type; if it cannot be built
        on that guess, the error asks for the base case first."""
        ret = frame.compiler.assumed_return_type()
        if ret is None:
            fc = frame.compiler
            refusal = caller_src.error(
                UnsupportedError, f"recursive call to '{pyfunc.__name__}' before any "
                "return whose type does not depend on it: put the base case (a return "
                "that does not recurse) first", node)
            if not has_call_free_return(fc.src.fdef):
                raise refusal
            fc.provisional = getattr(fc, "provisional", None) or refusal
            ret = T.int64
            fc.assumed_returns.append(ret)
        below = self.active[self.active.index(frame) + 1:]
        for f in below:  # everything compiled since assumed that type
            f.depends_on.add(frame.key)
        return frame.symbol, ret

    def compile_callee(self, pyfunc, types, options, node, caller_src,
                       declared=(None, None)):
        key = (pyfunc, tuple(types), options_key(options))
        if key in self.callees:
            symbol, ret, _ = self.callees[key]
            return symbol, ret
        for frame in self.active:
            if frame.key == key:
                return self.recursive_call(frame, pyfunc, node, caller_src)
        shared = None if self.standalone or declared != (None, None) else \
            shared_callee(pyfunc, types, options, Compilation)
        if shared is not None:
            return declare(self.module, shared, caller_src, node), shared.ret
        if sum(f.key[0] is pyfunc for f in self.active) >= 4:
            raise caller_src.error(
                UnsupportedError, f"recursive call to '{pyfunc.__name__}' with "
                "argument types that change at every level", node)
        try:
            src = get_source(pyfunc)
        except NBCError as e:
            raise caller_src.locate(e, node) from None
        symbol = self.module.unique_symbol(pyfunc.__name__)
        frame = Frame(key, symbol)
        fc = FunctionCompiler(src, types, options, self.module, symbol, self,
                              public=False, declared_ret=declared[0], locals=declared[1])
        ret = self.run(frame, fc)
        self.callees[key] = (symbol, ret, fc.func)
        for dep in frame.depends_on:  # recompile this if `dep` changes type
            for f in self.active:
                if f.key == dep:
                    f.dependents.append(key)
                elif f is self.active[-1]:
                    f.depends_on.add(dep)  # the caller used it too
        return symbol, ret
