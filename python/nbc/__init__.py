"""nbc: Numba-style kernels compiled through the nbc MLIR dialect.

    import nbc

    @nbc.njit
    def sum_squares(a):
        total = 0.0
        for i in range(len(a)):
            total += a[i] * a[i]
        return total
"""

from . import config, cuda, extending, typed, types
from .dispatcher import Dispatcher
from .errors import CompilerError, NBCError, TypingError, UnsupportedError
from .options import vector_math_libraries
from .parallel import get_num_threads, get_thread_id, prange, set_num_threads
from .guvectorize import guvectorize
from .signatures import is_signature
from .special import literal_unroll, objmode, register_jitable, typeof
from .stencil import stencil
from .vectorize import DUFunc, vectorize
# Numba's type names at top level (`numba.float64`, `numba.float64[:]`).
from .types import (b1, bool_, boolean, c8, c16, complex64, complex128, double,
                    f4, f8, float32, float64, i1, i2,
                    i4, i8, int8, int16, int32, int64, intp, single, u1, u2, u4, u8,
                    uint8, uint16, uint32, uint64, uintp, void, none, optional)

try:
    from importlib.metadata import version as _version
    __version__ = _version("nbc")
except Exception:  # not installed: running from the source tree
    __version__ = "0.0.0+src"

_TYPE_NAMES = ["b1", "bool_", "boolean", "c8", "c16", "complex64", "complex128",
               "double", "f4", "f8", "float32", "float64",
               "i1", "i2", "i4", "i8", "int8", "int16", "int32", "int64", "intp",
               "single", "u1", "u2", "u4", "u8", "uint8", "uint16", "uint32",
               "uint64", "uintp", "void", "none", "optional"]
__all__ = ["njit", "jit", "prange", "vectorize", "guvectorize", "TypingError",
           "UnsupportedError", "CompilerError", "NBCError", "Dispatcher", "DUFunc",
           "config", "typeof", "literal_unroll", "objmode",
           "register_jitable", "set_num_threads", "get_num_threads",
           "get_thread_id", "stencil"] + _TYPE_NAMES
# Not `types`: as with Numba, `from nbc import *` must not shadow the
# standard library's `types` module (write `nbc.types` or import it).

_OPTIONS = {"parallel": False, "fastmath": False, "cache": False,
            "error_model": "python", "boundscheck": False, "nogil": True,
            "vector_math": "libmvec", "fuse_ufuncs": True}



def _options(kwargs, where):
    opts = dict(_OPTIONS)
    for k, v in kwargs.items():
        if k not in _OPTIONS:
            raise TypeError(f"{where}: unknown option '{k}'")
        opts[k] = v
    if opts["error_model"] not in ("python", "numpy"):
        raise ValueError("error_model must be 'python' or 'numpy'")
    libraries = vector_math_libraries()
    if opts["vector_math"] not in libraries:
        raise ValueError("vector_math must be "
                         + ", ".join(f"'{name}'" for name in libraries[:-1])
                         + f" or '{libraries[-1]}'")
    opts["parallel"] = bool(opts["parallel"])
    opts["fastmath"] = bool(opts["fastmath"])
    opts["boundscheck"] = bool(opts["boundscheck"])
    opts["fuse_ufuncs"] = bool(opts["fuse_ufuncs"])
    return opts


def njit(*args, **kwargs):
    """@njit, @njit(...), @njit("f8(f8[:])", ...), @njit([sig1, sig2]),
    @njit(nbc.float64(nbc.float64[:])) or njit(func). With
    `nbc.config.DISABLE_JIT` set it returns the Python function itself."""
    local_types = kwargs.pop("locals", None) or {}
    signatures = ()
    func = None
    if args and callable(args[0]) and not is_signature(args[0]):
        func = args[0]
    elif args:
        sigs = args[0]
        several = isinstance(sigs, list) or (isinstance(sigs, tuple) and all(
            isinstance(x, str) and "(" in x for x in sigs))  # ("f8(f8)", "i8(i8)")
        signatures = list(sigs) if several else [sigs]
    opts = _options(kwargs, "njit")

    def wrap(func):
        if config.DISABLE_JIT:
            return func
        return Dispatcher(func, opts, signatures, local_types)
    return wrap(func) if func is not None else wrap


def jit(*args, nopython=True, forceobj=False, **kwargs):
    """Numba's @jit; only nopython mode exists in nbc."""
    if not nopython or forceobj:
        raise UnsupportedError("nbc compiles in nopython mode only")
    return njit(*args, **kwargs)
