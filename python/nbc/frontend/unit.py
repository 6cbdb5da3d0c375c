"""One compilation unit: an entry kernel and everything it calls."""

from ..errors import NBCError, UnsupportedError
from .builder import Module
from .compiler import FunctionCompiler
from .source import Source

_sources = {}


def get_source(pyfunc):
    src = _sources.get(pyfunc)
    if src is None:
        src = _sources[pyfunc] = Source(pyfunc)
    return src


def options_key(options):
    return tuple(sorted((k, v) for k, v in options.items() if k != "cache"))


class Compilation:
    def __init__(self):
        self.module = Module()
        self.callees = {}
        self.active = []

    def compile_entry(self, pyfunc, arg_types, options, symbol, declared_ret=None,
                      locals=None):
        self.module.symbols.add(symbol)
        self.active.append(pyfunc)
        fc = FunctionCompiler(get_source(pyfunc), arg_types, options, self.module,
                              symbol, self, public=True, declared_ret=declared_ret,
                              locals=locals)
        ret = fc.compile()
        self.active.pop()
        return ret

    def compile_callee(self, pyfunc, types, options, node, caller_src):
        key = (pyfunc, tuple(types), options_key(options))
        if key in self.callees:
            return self.callees[key]
        if pyfunc in self.active:
            raise caller_src.error(UnsupportedError, "unsupported Python construct: "
                                   f"recursive call to '{pyfunc.__name__}'", node)
        try:
            src = get_source(pyfunc)
        except NBCError as e:
            raise caller_src.locate(e, node) from None
        symbol = self.module.unique_symbol(pyfunc.__name__)
        self.active.append(pyfunc)
        try:
            fc = FunctionCompiler(src, types, options, self.module, symbol, self,
                                  public=False)
            ret = fc.compile()
        finally:
            self.active.pop()
        self.callees[key] = (symbol, ret)
        return symbol, ret
