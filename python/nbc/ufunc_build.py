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
from .frontend import scalar as S
from .frontend.builder import kernel_flags
from .frontend.unit import Compilation, get_source

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
        self.filename = src.filename
        pos = (src.pos(src.fdef)[0], 1)
        call = (callee, list(in_types), ret, out_type)
        base = self.m.unique_symbol(f"__nbc_ufunc_{pyfunc.__name__}")
        names = [base + suffix for suffix in ("_c", "_s", "_1")]
        self._map_kernel(names[0], call, T.Array(out_type, 1), opts, pos)
        self._map_kernel(names[1], call, T.strided_any(out_type, 1), opts, pos)
        self._scalar_kernel(names[2], call, opts, pos)
        if parallel:
            self.parallel = True
            popts = dict(self.options, parallel=True)
            names.append(base + "_p")
            self._chunked_kernel(names[-1], call, T.Array(out_type, 1), popts, pos)
            names.append(base + "_ps")
            self._chunked_kernel(names[-1], call, T.strided_any(out_type, 1), popts,
                                 pos)
        for name in names:
            self.m.symbols.add(name)
        self.exported += names
        return names, out_type

    def _ufunc_op(self, b, ins, out, call, pos):
        """nbc.ufunc calling the scalar function on each element of `ins`."""
        _, body = b.ufunc(ins, [out], None, pos)
        with b.at(body):
            args = b.block_args(body, call[1])
            b.nbc_yield([self._call(b, args, call, pos)], pos)

    def _call(self, b, args, call, pos):
        """Calls the scalar function; casts to the declared output type."""
        callee, in_types, ret, out_type = call
        (r,) = b.call(callee, args, [ret], pos)
        return S.cast(b, r, out_type, pos)

    def _func(self, name, types, opts, pos):
        return self.m.func(name, types, kernel_flags(opts), True, pos, self.filename)

    def _map_kernel(self, name, call, out_array, opts, pos):
        in_arrays = [T.strided_any(t, 1) for t in call[1]]
        func, b, args = self._func(name, in_arrays + [out_array], opts, pos)
        self._ufunc_op(b, args[:-1], args[-1], call, pos)
        b.ret([], pos)

    def _scalar_kernel(self, name, call, opts, pos):
        func, b, args = self._func(name, call[1], opts, pos)
        b.ret([self._call(b, args, call, pos)], pos)
        self.m.set_results(func, [call[3]])

    def _chunked_kernel(self, name, call, out_array, opts, pos):
        """nbc.prange over chunks; each chunk an nbc.ufunc over slices."""
        arrays = [T.strided_any(t, 1) for t in call[1]] + [out_array]
        func, b, args = self._func(name, arrays, opts, pos)
        n = b.dim(args[-1], 0, pos)
        chunk = b.constant(CHUNK, T.int64, pos)
        chunks = S.binary(b, "FloorDiv", S.binary(b, "Add", n, b.constant(
            CHUNK - 1, T.int64, pos), pos), chunk, pos)
        zero, one = b.constant(0, T.int64, pos), b.constant(1, T.int64, pos)
        _, body, k, _ = b.prange(zero, chunks, one, [], [], pos)
        with b.at(body):
            lo = S.binary(b, "Mult", k, chunk, pos)
            hi = S.minmax(b, "min", S.binary(b, "Add", lo, chunk, pos), n, pos)
            views = [b.slice(a, [(lo, hi, None)], pos) for a in args]
            self._ufunc_op(b, views[:-1], views[-1], call, pos)
            b.nbc_yield([], pos)
        b.ret([], pos)

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
        """The module as MLIR text (for inspection and nbc-opt)."""
        return self.m.text()

    def compile(self):
        """JIT-compiles the module: (program, {symbol: kernel address})."""
        from .options import core_program
        try:
            program = core_program(self.m.ir, self.options, self.parallel,
                                   symbols=self.m.external_symbols)
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
