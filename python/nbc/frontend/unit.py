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

    def compile_entry(self, pyfunc, arg_types, options, symbol):
        self.module.symbols.add(symbol)
        self.active.append(pyfunc)
        fc = FunctionCompiler(get_source(pyfunc), arg_types, options, self.module,
                              symbol, self, public=True)
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


def kernel_attr(options, error_model=None):
    parts = []
    if options.get("fastmath"):
        parts.append("fastmath = fast")
    parts.append(f"error_model = {error_model or options.get('error_model', 'python')}")
    parts.append(f"parallel = {'true' if options.get('parallel') else 'false'}")
    parts.append(f"boundscheck = {'true' if options.get('boundscheck') else 'false'}")
    return "#nbc.kernel<" + ", ".join(parts) + ">"


def ufunc_wrapper(pyfunc, in_types, out_type, ndim, options, symbol):
    """A module whose public `symbol(ins..., out)` applies `pyfunc` elementwise
    (nbc.ufunc with `outs`) to arrays of rank `ndim` of any layout."""
    from .. import types as T
    comp = Compilation()
    comp.module.symbols.add(symbol)
    src = get_source(pyfunc)
    callee, ret = comp.compile_callee(pyfunc, list(in_types), options, src.fdef, src)
    if not isinstance(ret, T.Scalar):
        raise src.error(UnsupportedError, "a vectorized function must return one "
                        f"scalar, not {ret}", src.fdef)
    arrays = [T.strided_any(t, ndim) for t in list(in_types) + [out_type]]
    m = comp.module
    args = [m.fresh() for _ in arrays]
    scal = [m.fresh() for _ in in_types]
    loc = f'loc("{src.filename}":{src.pos(src.fdef)[0]}:1)'
    ins, outs = args[:-1], args[-1]
    lines = [
        f"  func.func @{symbol}(" + ", ".join(f"{a}: {t.mlir()}" for a, t in
                                              zip(args, arrays)) +
        f") attributes {{nbc.kernel = {kernel_attr(options)}}} {{",
        f"    nbc.ufunc ins({', '.join(ins)} : {', '.join(t.mlir() for t in arrays[:-1])})"
        f" outs({outs} : {arrays[-1].mlir()}) {{",
        "    ^bb0(" + ", ".join(f"{s}: {t.mlir()}" for s, t in zip(scal, in_types)) + "):",
    ]
    r = m.fresh()
    lines.append(f"      {r} = func.call @{callee}({', '.join(scal)}) : "
                 f"({', '.join(t.mlir() for t in in_types)}) -> {ret.mlir()} {loc}")
    if ret != out_type:
        c = m.fresh()
        lines.append(f"      {c} = nbc.cast {r} : {ret.mlir()} to {out_type.mlir()} {loc}")
        r = c
    lines += [f"      nbc.yield {r} : {out_type.mlir()} {loc}", f"    }} {loc}",
              f"    func.return {loc}", f"  }} {loc}"]
    m.functions.append("\n".join(lines))
    return m.text()
