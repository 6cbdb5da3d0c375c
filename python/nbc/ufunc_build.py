"""MLIR modules holding the inner-loop kernels of NumPy ufuncs.

python/src/Ufunc.cpp calls these kernels from NumPy's inner loops. For one
@vectorize signature with symbol prefix `s` the module has, in this order:

  s_c(ins..., out)   nbc.ufunc over 1-d strided inputs into a contiguous
                     output (lowered with a unit-stride SIMD version)
  s_s(ins..., out)   the same into a strided output
  s_1(ins...) -> r   the scalar function (element-by-element fallback for
                     reduce/accumulate and odd byte steps)
  s_p, s_ps          (target="parallel") the same as s_c / s_s, as an
                     nbc.prange over chunks of CHUNK elements, each an
                     nbc.ufunc over slices

For @guvectorize the kernel is the Python function itself, compiled with
strided array arguments (NumPy hands out core dimensions of any layout).
"""

from . import types as T
from .errors import CompilerError, TypingError, UnsupportedError
from .frontend.unit import Compilation, get_source, kernel_attr

CHUNK = 8192


def _serial(options):
    return dict(options, parallel=False)


class LoopModule:
    """One MLIR module with the loop kernels of several ufunc loops."""

    def __init__(self, options):
        self.options = dict(options)
        self.comp = Compilation()
        self.m = self.comp.module
        self.parallel = False
        self.exported = []

    # -- @vectorize --------------------------------------------------------------
    def add_elementwise(self, pyfunc, in_types, out_type, parallel):
        """Kernels for one loop; returns (their symbols, the output type).
        `out_type` None takes the inferred return type (lazy ufuncs)."""
        opts = _serial(self.options)
        src = get_source(pyfunc)
        callee, ret = self.comp.compile_callee(pyfunc, list(in_types), opts, src.fdef, src)
        if not isinstance(ret, T.Scalar):
            raise src.error(TypingError, "a vectorized function must return one "
                            f"scalar, not {ret}", src.fdef)
        out_type = out_type or ret
        loc = f'loc("{src.filename}":{src.pos(src.fdef)[0]}:1)'
        call = (callee, list(in_types), ret, out_type, loc)
        base = self.m.unique_symbol(f"__nbc_ufunc_{pyfunc.__name__}")
        names = [base + suffix for suffix in ("_c", "_s", "_1")]
        self._map_kernel(names[0], call, T.Array(out_type, 1), opts)
        self._map_kernel(names[1], call, T.strided_any(out_type, 1), opts)
        self._scalar_kernel(names[2], call, opts)
        if parallel:
            self.parallel = True
            popts = dict(self.options, parallel=True)
            names.append(base + "_p")
            self._chunked_kernel(names[-1], call, T.Array(out_type, 1), popts)
            names.append(base + "_ps")
            self._chunked_kernel(names[-1], call, T.strided_any(out_type, 1), popts)
        for name in names:
            self.m.symbols.add(name)
        self.exported += names
        return names, out_type

    def _ufunc_op(self, lines, ind, ins, in_arrays, out, out_array, call):
        callee, in_types, ret, out_type, loc = call
        m = self.m
        scal = [m.fresh() for _ in in_types]
        lines.append(f"{ind}nbc.ufunc ins({', '.join(ins)} : "
                     f"{', '.join(t.mlir() for t in in_arrays)}) "
                     f"outs({out} : {out_array.mlir()}) {{")
        lines.append(f"{ind}^bb0(" + ", ".join(f"{s}: {t.mlir()}" for s, t in
                                               zip(scal, in_types)) + "):")
        r = self._call(lines, ind + "  ", scal, call)
        lines.append(f"{ind}  nbc.yield {r} : {out_type.mlir()} {loc}")
        lines.append(f"{ind}}} {loc}")

    def _call(self, lines, ind, args, call):
        """Calls the scalar function; casts to the declared output type."""
        callee, in_types, ret, out_type, loc = call
        r = self.m.fresh()
        lines.append(f"{ind}{r} = func.call @{callee}({', '.join(args)}) : "
                     f"({', '.join(t.mlir() for t in in_types)}) -> {ret.mlir()} {loc}")
        if ret != out_type:
            c = self.m.fresh()
            lines.append(f"{ind}{c} = nbc.cast {r} : {ret.mlir()} to "
                         f"{out_type.mlir()} {loc}")
            r = c
        return r

    def _header(self, name, args, types, opts, results=""):
        return (f"  func.func @{name}(" +
                ", ".join(f"{a}: {t.mlir()}" for a, t in zip(args, types)) +
                f") {results}attributes {{nbc.kernel = {kernel_attr(opts)}}} {{")

    def _map_kernel(self, name, call, out_array, opts):
        loc = call[4]
        in_arrays = [T.strided_any(t, 1) for t in call[1]]
        args = [self.m.fresh() for _ in range(len(in_arrays) + 1)]
        lines = [self._header(name, args, in_arrays + [out_array], opts)]
        self._ufunc_op(lines, "    ", args[:-1], in_arrays, args[-1], out_array, call)
        lines += [f"    func.return {loc}", f"  }} {loc}"]
        self.m.functions.append("\n".join(lines))

    def _scalar_kernel(self, name, call, opts):
        callee, in_types, ret, out_type, loc = call
        args = [self.m.fresh() for _ in in_types]
        lines = [self._header(name, args, in_types, opts, f"-> {out_type.mlir()} ")]
        r = self._call(lines, "    ", args, call)
        lines += [f"    func.return {r} : {out_type.mlir()} {loc}", f"  }} {loc}"]
        self.m.functions.append("\n".join(lines))

    def _chunked_kernel(self, name, call, out_array, opts):
        """nbc.prange over chunks; each chunk an nbc.ufunc over slices."""
        from .frontend.arrays import K_SLICE, K_START, K_STOP, slice_type
        loc = call[4]
        m = self.m
        in_arrays = [T.strided_any(t, 1) for t in call[1]]
        arrays = in_arrays + [out_array]
        args = [m.fresh() for _ in arrays]
        n, c1, t, ch, nch, zero, one, k, lo, e, hi = (m.fresh() for _ in range(11))
        lines = [self._header(name, args, arrays, opts)]
        lines += [
            f"    {n} = nbc.dim {args[-1]}, 0 : {out_array.mlir()} {loc}",
            f"    {c1} = nbc.constant {CHUNK - 1} : si64 {loc}",
            f"    {t} = nbc.add {n}, {c1} : si64 {loc}",
            f"    {ch} = nbc.constant {CHUNK} : si64 {loc}",
            f"    {nch} = nbc.floordiv {t}, {ch} : si64 {loc}",
            f"    {zero} = nbc.constant 0 : si64 {loc}",
            f"    {one} = nbc.constant 1 : si64 {loc}",
            f"    nbc.prange ({k}) = ({zero}) to ({nch}) step ({one}) : si64 {{",
            f"      {lo} = nbc.mul {k}, {ch} : si64 {loc}",
            f"      {e} = nbc.add {lo}, {ch} : si64 {loc}",
            f"      {hi} = nbc.min {e}, {n} : si64 {loc}",
        ]
        views = []
        for a, ty in zip(args, arrays):
            vt = slice_type(ty, [K_SLICE | K_START | K_STOP])
            v = m.fresh()
            lines.append(f"      {v} = nbc.slice {a}[{lo}:{hi}] : {ty.mlir()} to "
                         f"{vt.mlir()} {loc}")
            views.append((v, vt))
        self._ufunc_op(lines, "      ", [v for v, _ in views[:-1]],
                       [vt for _, vt in views[:-1]], views[-1][0], views[-1][1], call)
        lines += [f"      nbc.yield {loc}", f"    }} {loc}",
                  f"    func.return {loc}", f"  }} {loc}"]
        m.functions.append("\n".join(lines))

    # -- @guvectorize ------------------------------------------------------------
    def add_generalized(self, pyfunc, arg_types):
        """The kernel of one gufunc loop: the function itself, returning
        nothing; array arguments of any layout."""
        types = [T.strided_any(t.dtype, t.ndim) if isinstance(t, T.Array) else t
                 for t in arg_types]
        symbol = self.m.unique_symbol(f"__nbc_gufunc_{pyfunc.__name__}")
        ret = self.comp.compile_entry(pyfunc, types, _serial(self.options), symbol)
        if ret != T.Tuple([]):
            src = get_source(pyfunc)
            raise src.error(TypingError, "a guvectorize kernel returns nothing: it "
                            f"writes its outputs in place (it returns {ret})", src.fdef)
        self.exported.append(symbol)
        return symbol

    # -- compiling ------------------------------------------------------------------
    def text(self):
        return self.m.text()

    def compile(self):
        """JIT-compiles the module: (program, {symbol: kernel address})."""
        from .options import core_program
        try:
            program = core_program(self.text(), self.options, self.parallel)
            return program, {s: program.kernel(s).address for s in self.exported}
        except RuntimeError as e:
            raise CompilerError(f"nbc could not compile the ufunc loops:\n{e}") from None


def native_available():
    from .backend import get_backend
    return get_backend().name == "native"


class VerifiedUfunc:
    """What @vectorize/@guvectorize give without the execution layer: the
    loop kernels verified with nbc-opt; calling raises NotImplementedError."""

    def __init__(self, py_func, text):
        from .backend import run_nbc_opt
        run_nbc_opt(text)
        self.py_func = py_func
        self.text = text
        self.__name__ = py_func.__name__

    def __call__(self, *args, **kwargs):
        raise NotImplementedError("nbc: the execution layer (nbc._core) is not "
                                  "available; the ufunc loops were only verified")


def unsupported_target(target, where):
    if target not in ("cpu", "parallel"):
        raise UnsupportedError(f"{where}: target '{target}' is not supported "
                               "(cpu, parallel)")
