"""One compilation unit: an entry kernel and everything it calls."""

from ..errors import NBCError, UnsupportedError
from .builder import Module
from .compiler import FunctionCompiler
from .inner_functions import InnerFunction
from .library import declare, options_key, shared_callee
from .recursion_probe import compile_with_probe, probe_recursion
from .source import Source

_sources = {}


def get_source(pyfunc):
    if isinstance(pyfunc, InnerFunction):
        return pyfunc.source
    src = _sources.get(pyfunc)
    if src is None or not src.namespace_current(pyfunc):
        src = _sources[pyfunc] = Source(pyfunc)
    return src


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
            return compile_with_probe(fc)
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
        the returns seen so far, or for a call to itself before any, by the
        returns that do not recurse (recursion_probe)."""
        ret = frame.compiler.assumed_return_type()
        if ret is None and frame is self.active[-1]:  # a call to itself
            ret = probe_recursion(frame.compiler)
        if ret is None:
            raise caller_src.error(
                UnsupportedError, f"recursive call to '{pyfunc.__name__}' before any "
                "return whose type does not depend on it: the function needs a "
                "return that does not recurse (its base case)", node)
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
