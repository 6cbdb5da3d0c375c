"""@nbc.vectorize: real NumPy ufuncs from scalar functions.

With signatures, `@vectorize(["float64(float64, float64)", ...])` returns a
`numpy.ufunc` built by `nbc._core.make_ufunc` (python/src/Ufunc.cpp) with one
compiled loop per signature Numba's selection rule can reach
(python/nbc/ufunc_build.py emits the kernels), so NumPy does the type
dispatch (then the same as Numba's), broadcasting, `out=`, `where=`, `.reduce`,
`.accumulate`, `.outer` and `.at`. `target="parallel"` loops run large calls
on several threads (nbc.prange). Without signatures, `@vectorize` returns a
`DUFunc`, which compiles a loop for each new combination of input dtypes and
rebuilds its ufunc (`.ufunc`).

As in Numba, the default error model is `numpy` (1.0 / 0 gives inf, an
integer // 0 gives 0); an explicit `raise` in the function, or any error
under `error_model="python"`, reaches the caller as that Python exception.
"""

import functools
import inspect
import threading

import numpy as np

from . import types as T
from .signatures import is_signature, parse_signature
from .errors import TypingError, UnsupportedError
from .pickling import Token, rebuild_dufunc, reduce_jitted, remember_ufunc
from .ufunc_build import LoopModule, VerifiedUfunc, native_available, unsupported_target


def _options(kwargs, where):
    from . import _options as parse
    kwargs = dict(kwargs)
    if not kwargs.pop("nopython", True) or kwargs.pop("forceobj", False):
        raise UnsupportedError(f"{where}: nbc compiles in nopython mode only")
    # Ufuncs follow NumPy's error rules by default (1/0 -> inf), as Numba's.
    kwargs.setdefault("error_model", "numpy")
    return parse(kwargs, where)


def _loop_spec(types, addresses, ranks=()):
    """What make_ufunc takes for one loop."""
    dtypes = [t.numpy() for t in types]
    return ([d.num for d in dtypes], [d.itemsize for d in dtypes], list(addresses),
            list(ranks))


def _scalar_signature(sig):
    ret, args = parse_signature(sig)
    if ret is None or not all(isinstance(t, T.Scalar) for t in [ret] + args):
        raise TypingError(f"vectorize: '{sig!s}' must map scalars to a scalar, "
                          "e.g. 'float64(float64, float64)'")
    return ret, args


def _doc(py_func):
    return inspect.getdoc(py_func) or ""


def reachable_loops(loops):
    """The loops Numba's rule can choose: it runs the first loop whose
    inputs the arguments cast to safely, so a loop is dead when an earlier
    one takes all of its input types safely (`['f8(f8)', 'f4(f4)']` runs
    float32 input as float64). Dropping dead loops makes NumPy's own
    selection (an exact match first, else the first safe loop) agree."""
    kept = []
    for ret, args in loops:
        dead = any(all(np.can_cast(a.numpy(), b.numpy(), "safe")
                       for a, b in zip(args, earlier))
                   for _, earlier in kept)
        if not dead:
            kept.append((ret, args))
    return kept


def build_ufunc(py_func, loops, target, identity, options):
    """A numpy.ufunc with one loop per (ret, args) in `loops` that Numba's
    rule can reach, in order."""
    unsupported_target(target, "vectorize")
    if not loops:
        raise UnsupportedError("vectorize: no signatures to compile")
    nin = len(loops[0][1])
    if nin == 0 or any(len(args) != nin for _, args in loops):
        raise TypingError("vectorize: every signature needs the same number "
                          "(at least one) of arguments")
    loops = reachable_loops(loops)
    lm = LoopModule(options)
    built = [lm.add_elementwise(py_func, args, ret, target == "parallel")
             for ret, args in loops]
    if not native_available():
        return VerifiedUfunc(py_func, lm.text())
    program, addresses = lm.compile()
    from ._core import make_ufunc
    specs = [_loop_spec(args + [out], [addresses[s] for s in names])
             for (names, out), (_, args) in zip(built, loops)]
    token = Token()
    ufunc = make_ufunc(py_func.__name__, _doc(py_func), nin, 1, identity, specs, "",
                       (program, token))
    return remember_ufunc(ufunc, token, {
        "kind": "vectorize", "py_func": py_func, "loops": loops, "target": target,
        "identity": identity, "options": options, "doc": _doc(py_func)})


class DUFunc:
    """A lazily specialising ufunc (Numba's DUFunc): each call with new input
    dtypes compiles that loop and rebuilds `.ufunc` with all loops so far."""

    def __init__(self, py_func, target, identity, options):
        unsupported_target(target, "vectorize")
        functools.update_wrapper(self, py_func)
        self.py_func = py_func
        self.target = target
        self._identity = identity
        self.options = options
        params = inspect.signature(py_func).parameters.values()
        self.nin = sum(1 for p in params if p.kind == p.POSITIONAL_OR_KEYWORD)
        self.nout = 1
        self._loops = {}   # tuple of input types -> (ret, args)
        self._added = []   # signatures given to add(), for pickling
        self._programs = []
        self._lock = threading.RLock()
        self._ufunc = None
        self._rebuild()

    # -- loops ------------------------------------------------------------------------
    def _rebuild(self):
        if not native_available():
            return
        from ._core import make_ufunc
        specs = [s for s, _ in self._loops.values()]
        self._ufunc = make_ufunc(self.__name__, _doc(self.py_func), self.nin, 1,
                                 self._identity, specs, "", list(self._programs))

    def _compile(self, in_types, declared_ret=None):
        with self._lock:
            if in_types in self._loops:
                return
            lm = LoopModule(self.options)
            names, out = lm.add_elementwise(self.py_func, list(in_types), declared_ret,
                                            self.target == "parallel")
            if not native_available():
                VerifiedUfunc(self.py_func, lm.text())(*in_types)  # raises
            program, addresses = lm.compile()
            self._programs.append(program)
            spec = _loop_spec(list(in_types) + [out], [addresses[s] for s in names])
            self._loops[in_types] = (spec, out)
            self._rebuild()

    def add(self, sig):
        """Compiles the loop of a signature ahead of a call."""
        ret, args = _scalar_signature(sig)
        self._compile(tuple(args), ret)
        self._added.append(sig)

    def __reduce__(self):
        return reduce_jitted(self, rebuild_dufunc, (self.py_func, self.target,
                                                    self._identity, self.options,
                                                    self._added))

    def _input_type(self, value):
        if isinstance(value, (np.ndarray, np.generic)):
            t = T.from_dtype(value.dtype)
        elif isinstance(value, (bool, int, float, complex)):
            t = T.typeof(value)
        else:
            t = T.from_dtype(np.asarray(value).dtype)
        if t is None:
            raise TypeError(f"ufunc '{self.__name__}' not supported for the input "
                            f"types: nbc compiles bool, int, uint, float and complex "
                            f"inputs, "
                            f"not {getattr(value, 'dtype', type(value).__name__)}")
        return t

    def _ensure(self, values):
        if len(values) == self.nin:
            self._compile(tuple(self._input_type(v) for v in values))

    # -- the ufunc interface -----------------------------------------------------------
    @property
    def ufunc(self):
        return self._ufunc

    @property
    def types(self):
        return self._ufunc.types if self._ufunc is not None else []

    @property
    def ntypes(self):
        return len(self._loops)

    @property
    def nargs(self):
        return self.nin + self.nout

    @property
    def identity(self):
        return self._ufunc.identity if self._ufunc is not None else self._identity

    def __call__(self, *args, **kwargs):
        self._ensure(args[:self.nin])
        return self._ufunc(*args, **kwargs)

    def _reduce_like(self, method, array, *args, **kwargs):
        array = np.asarray(array)
        self._ensure([array] * self.nin)
        return getattr(self._ufunc, method)(array, *args, **kwargs)

    def reduce(self, array, *args, **kwargs):
        return self._reduce_like("reduce", array, *args, **kwargs)

    def accumulate(self, array, *args, **kwargs):
        return self._reduce_like("accumulate", array, *args, **kwargs)

    def reduceat(self, array, *args, **kwargs):
        return self._reduce_like("reduceat", array, *args, **kwargs)

    def outer(self, a, b, **kwargs):
        self._ensure([a, b])
        return self._ufunc.outer(a, b, **kwargs)

    def at(self, a, indices, *rest):
        self._ensure([a] + list(rest))
        return self._ufunc.at(a, indices, *rest)

    def __repr__(self):
        return f"<nbc.DUFunc '{self.__name__}' types={self.types}>"


def vectorize(*args, target="cpu", identity=None, **kwargs):
    """Numba's @vectorize: `@vectorize(['float64(float64)', ...],
    target='cpu'|'parallel', identity=None|0|1|'reorderable'|value)` returns a
    numpy.ufunc; `@vectorize` / `@vectorize()` a lazily compiling DUFunc."""
    if args and callable(args[0]) and not is_signature(args[0]):
        return DUFunc(args[0], target, identity, _options(kwargs, "vectorize"))
    sigs = args[0] if args else kwargs.pop("signatures", [])
    sigs = list(sigs) if isinstance(sigs, (list, tuple)) else [sigs]
    opts = _options(kwargs, "vectorize")
    loops = [_scalar_signature(s) for s in sigs]

    def wrap(func):
        if not loops:
            return DUFunc(func, target, identity, opts)
        return build_ufunc(func, loops, target, identity, opts)
    return wrap
