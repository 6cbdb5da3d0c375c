"""@nbc.vectorize: NumPy-style ufuncs from scalar functions.

This is a Python class (not a `PyUFunc_FromFuncAndData` object): it selects
the first declared signature the input dtypes cast to safely (NumPy's loop
selection), broadcasts with NumPy, and calls a compiled kernel that applies
the scalar function elementwise through `nbc.ufunc` (one kernel per
signature and rank). It supports `out=`, scalars, `.reduce` and
`target="parallel"` compiles with parallel=True. The default error model is
`numpy` (x / 0 gives inf), as for NumPy's own ufuncs.
"""

import functools
import threading

import numpy as np

from . import types as T
from .backend import get_backend
from .dispatcher import parse_signature
from .errors import TypingError, UnsupportedError
from .frontend.unit import ufunc_wrapper


class Vectorized:
    def __init__(self, py_func, signatures, target, options):
        if target not in ("cpu", "parallel"):
            raise UnsupportedError(f"vectorize: target '{target}' is not supported "
                                   "(cpu, parallel)")
        self.py_func = py_func
        self.options = dict(options, parallel=(target == "parallel"))
        functools.update_wrapper(self, py_func)
        self._sigs = []
        for sig in signatures:
            ret, args = parse_signature(sig)
            if ret is None or not all(isinstance(t, T.Scalar) for t in [ret] + args):
                raise TypingError(f"vectorize: '{sig}' must map scalars to a scalar")
            self._sigs.append((ret, args))
        if not self._sigs:
            raise UnsupportedError("vectorize: give the signatures, e.g. "
                                   "@vectorize(['float64(float64, float64)'])")
        self.nin = len(self._sigs[0][1])
        self.nout = 1
        self._kernels = {}
        self._lock = threading.Lock()

    @property
    def types(self):
        return ["".join(np.dtype(t.numpy()).char for t in args) + "->" +
                np.dtype(ret.numpy()).char for ret, args in self._sigs]

    def _select(self, arrays):
        for index, (ret, args) in enumerate(self._sigs):
            if len(args) == len(arrays) and all(
                    np.can_cast(a.dtype, t.numpy(), "safe") for a, t in zip(arrays, args)):
                return index
        have = ", ".join(str(a.dtype) for a in arrays)
        raise TypeError(f"ufunc '{self.__name__}' not supported for the input types "
                        f"({have}); loops: {', '.join(self.types)}")

    def _kernel(self, index, ndim):
        key = (index, ndim)
        k = self._kernels.get(key)
        if k is None:
            with self._lock:
                k = self._kernels.get(key)
                if k is None:
                    ret, args = self._sigs[index]
                    symbol = f"__nbc_vectorize_{self.py_func.__name__}"
                    text = ufunc_wrapper(self.py_func, args, ret, ndim, self.options, symbol)
                    arrays = [T.strided_any(t, ndim) for t in args + [ret]]
                    k = get_backend().compile(text, symbol, arrays, None, self.options)
                    self._kernels[key] = k
        return k

    def __call__(self, *args, out=None):
        if len(args) != self.nin:
            raise TypeError(f"{self.__name__} takes {self.nin} arguments, got {len(args)}")
        arrays = [np.asarray(a) for a in args]
        index = self._select(arrays)
        ret, types = self._sigs[index]
        arrays = [a.astype(t.numpy(), copy=False) for a, t in zip(arrays, types)]
        shape = np.broadcast_shapes(*(a.shape for a in arrays))
        arrays = [np.broadcast_to(a, shape) for a in arrays]  # read-only views
        scalar = len(shape) == 0 and out is None
        if out is None:
            out = np.empty(shape, dtype=ret.numpy())
        elif out.shape != shape or out.dtype != ret.numpy():
            raise ValueError(f"out must have shape {shape} and dtype {ret.numpy()}")
        target = out
        if len(shape) == 0:
            arrays = [a.reshape(1) for a in arrays]
            target = out.reshape(1)
        self._kernel(index, max(len(shape), 1)).call(*arrays, target)
        return out[()] if scalar else out

    def reduce(self, array, axis=0):
        a = np.moveaxis(np.asarray(array), axis, 0)
        if a.shape[0] == 0:
            raise ValueError(f"zero-size array to reduction operation {self.__name__} "
                             "which has no identity")
        acc = a[0].copy()
        for k in range(1, a.shape[0]):
            acc = self(acc, a[k])
        return acc

    def __repr__(self):
        return f"<nbc.vectorize {self.__name__} {self.types}>"


def vectorize(*args, target="cpu", **kwargs):
    """@vectorize(['float64(float64, float64)', ...], target='cpu'|'parallel')."""
    from . import _options
    kwargs = {k: v for k, v in kwargs.items() if k != "identity"}
    # Ufuncs follow NumPy's error rules by default (1/0 -> inf), as Numba's.
    kwargs.setdefault("error_model", "numpy")
    opts = _options(kwargs, "vectorize")
    if args and callable(args[0]):
        raise UnsupportedError("vectorize: lazy (signature-less) ufuncs are not "
                               "supported; give the signatures")
    sigs = args[0] if args else kwargs.get("signatures", [])
    sigs = [sigs] if isinstance(sigs, str) else list(sigs)

    def wrap(func):
        return Vectorized(func, sigs, target, opts)
    return wrap


def guvectorize(*args, **kwargs):
    raise UnsupportedError("guvectorize is not supported yet")
