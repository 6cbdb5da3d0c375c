"""nbc: Numba-style kernels compiled through the nbc MLIR dialect.

    import nbc

    @nbc.njit
    def sum_squares(a):
        total = 0.0
        for i in range(len(a)):
            total += a[i] * a[i]
        return total
"""

from .dispatcher import Dispatcher
from .errors import CompilerError, NBCError, TypingError, UnsupportedError
from .options import vector_math_libraries
from .parallel import get_num_threads, get_thread_id, prange, set_num_threads
from .guvectorize import guvectorize
from .vectorize import DUFunc, vectorize

try:
    from importlib.metadata import version as _version
    __version__ = _version("nbc")
except Exception:  # not installed: running from the source tree
    __version__ = "0.0.0+src"

__all__ = ["njit", "jit", "prange", "set_num_threads", "get_num_threads",
           "get_thread_id", "vectorize", "guvectorize", "TypingError",
           "UnsupportedError", "CompilerError", "NBCError", "Dispatcher", "DUFunc"]

_OPTIONS = {"parallel": False, "fastmath": False, "cache": False,
            "error_model": "python", "boundscheck": False, "nogil": True,
            "vector_math": "libmvec"}


def _prange_marker():
    return prange


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
    return opts


def njit(*args, **kwargs):
    """@njit, @njit(...), @njit("f8(f8[:])", ...) or njit(func)."""
    signatures = ()
    if args and callable(args[0]) and not isinstance(args[0], (str, list, tuple)):
        return Dispatcher(args[0], _options(kwargs, "njit"))
    if args:
        sigs = args[0]
        signatures = [sigs] if isinstance(sigs, str) else list(sigs)
    opts = _options(kwargs, "njit")

    def wrap(func):
        return Dispatcher(func, opts, signatures)
    return wrap


def jit(*args, nopython=True, forceobj=False, **kwargs):
    """Numba's @jit; only nopython mode exists in nbc."""
    if not nopython or forceobj:
        raise UnsupportedError("nbc compiles in nopython mode only")
    return njit(*args, **kwargs)
