"""The dispatcher: one compiled specialization per argument-type signature."""

import collections
import functools
import threading
import types as pytypes

import numpy as np

from . import types as T
from .backend import get_backend
from .frontend.parameters import Jitted, bound_values, check_call, takes_packed
from .frontend.unit import Compilation
from .pickling import rebuild_dispatcher, reduce_jitted
from .typed import NoListType, reflected_dict_type, reflected_list_type
from .signatures import (accepts, best_match, concrete_signatures, convert_unsafe,
                         parse_signature,  # noqa: F401
                         parse_type, to_type)

try:  # the C fast path (python/src/Dispatcher.cpp)
    from ._core import DispatcherBase as _Base
    from ._core import enable_vectorcall as _enable_vectorcall
except ImportError:  # no execution layer: every call takes the Python path
    _Base = None


class _PythonBase:
    def __call__(self, *args, **kwargs):
        return self._dispatch_miss(args, kwargs or None)


class Dispatcher(_Base or _PythonBase):
    """What @nbc.njit returns: call it like the Python function."""

    def __init__(self, py_func, options, signatures=(), locals=None):
        self.py_func = py_func
        self.options = dict(options)
        # Numba's locals={"x": float32}: each assignment to x casts to it.
        self.locals = {name: to_type(t) for name, t in (locals or {}).items()}
        functools.update_wrapper(self, py_func)
        self._bind_in_c()
        self._overloads = {}      # tuple of nbc types -> Kernel
        self._lock = threading.RLock()
        self._explicit = []
        self._signatures = list(signatures)  # as given, for pickling
        # Numba's dispatcher.stats: hits and misses of the disk cache per signature.
        self.stats = pytypes.SimpleNamespace(cache_hits=collections.Counter(),
                                             cache_misses=collections.Counter())
        for sig in signatures:
            ret, declared = parse_signature(sig)
            for args in concrete_signatures(declared):
                self._explicit.append((ret, args))
                self.compile_types(tuple(args), declared_ret=ret)
        # Eager compilation fixes the signatures, as in Numba: a call with
        # other types converts to one of them or is a TypeError.

    # -- Numba-like introspection ----------------------------------------------
    @property
    def signatures(self):
        return [tuple(k) for k in self._overloads]

    def __repr__(self):
        return f"<nbc.Dispatcher {self.py_func.__qualname__}>"

    def __reduce__(self):
        return reduce_jitted(self, rebuild_dispatcher,
                             (self.py_func, self.options, self._signatures, self.locals))

    def __get__(self, obj, objtype=None):
        return self  # used as a plain function even when stored on a class

    def _kernel_for(self, sig):
        if sig is None:
            if not self._overloads:
                raise ValueError("no compiled signature yet: call the function first")
            return next(iter(self._overloads.values()))
        if not isinstance(sig, tuple):
            sig = tuple(sig)
        return self._overloads[sig]

    def inspect_types(self, signature=None):
        k = self._kernel_for(signature)
        return {"args": k.arg_types, "return": k.ret_type}

    def inspect_mlir(self, stage="input", signature=None):
        return self._kernel_for(signature).inspect(stage)

    def inspect_llvm(self, signature=None):
        return self._kernel_for(signature).inspect("llvm-ir")

    def inspect_asm(self, signature=None):
        return self._kernel_for(signature).inspect("asm")

    def inspect_vectorization(self, signature=None):
        """Per loop of the source (file:line): vectorized and at which
        width, or why not and what would change it; also in parallel loops.
        NBC_REPORT_VECTORIZATION=1 prints it for every kernel compiled."""
        k = self._kernel_for(signature)
        if not hasattr(k, "vectorization_report"):
            raise NotImplementedError("the vectorization report needs the nbc._core "
                                      "extension")
        return k.vectorization_report()

    # -- compilation --------------------------------------------------------------
    def compile_types(self, arg_types, declared_ret=None):
        with self._lock:
            k = self._overloads.get(arg_types)
            if k is not None:
                return k
            backend = get_backend()
            entry = None
            if self.options.get("cache") and backend.name == "native" and \
                    not any(T.is_compile_time(t) or T.is_container(t) or
                            isinstance(t, (T.Generator, T.Str)) for t in arg_types):
                from .cache import Entry
                entry = Entry(self.py_func, arg_types, self.options,
                              declared_ret=declared_ret, locals=self.locals)
                k = entry.load_kernel(list(arg_types), self.options,
                                      lambda: self._build(arg_types, declared_ret))
                if k is not None:
                    self.stats.cache_hits[arg_types] += 1
                    self._overloads[arg_types] = k
                    return k
                self.stats.cache_misses[arg_types] += 1
            k = self._build(arg_types, declared_ret)
            # A kernel that calls an AOT library's function holds its address
            # (bound by this process's JIT): nothing a later process can load.
            if entry is not None and not getattr(k, "external_symbols", None):
                entry.store(k)
            self._overloads[arg_types] = k
            return k

    def _build(self, arg_types, declared_ret):
        """Frontend, pipeline and JIT for one signature. A declared return
        type is a cast of every returned value, as in Numba."""
        # cache=True: the kernel must stand alone (no library function's address).
        comp = Compilation(standalone=bool(self.options.get("cache")))
        symbol = self.py_func.__name__
        ret = comp.compile_entry(self.py_func, list(arg_types), self.options, symbol,
                                 declared_ret=declared_ret, locals=self.locals)
        return get_backend().compile(comp.module, symbol, list(arg_types), ret,
                                     self.options)

    def compile(self, sig):
        ret, args = parse_signature(sig)
        return self.compile_types(tuple(args), declared_ret=ret)

    def _resolve(self, args):
        types = []
        for i, a in enumerate(args):
            t = T.typeof(a)
            if t is None and callable(a):
                raise TypeError(f"{self.py_func.__qualname__}: argument {i} is a "
                                f"plain Python callable ({type(a).__name__}); pass a "
                                "jitted function (@nbc.njit), as Numba requires")
            if t is None and (isinstance(a, list) or (
                    type(a).__name__ == "List" and
                    type(a).__module__ == "numba.typed.typedlist")):  # reflected
                try:
                    t = reflected_list_type(a)
                except ValueError as e:
                    from .errors import ArgumentTypingError, UnsupportedArgumentError
                    raise (ArgumentTypingError if isinstance(e, NoListType) else
                           UnsupportedArgumentError)(
                        f"{self.py_func.__qualname__}: argument {i} "
                        f"('{self.py_func.__code__.co_varnames[i]}') is a list "
                        f"nbc cannot pass: {e}") from None
            if t is None and (type(a).__name__ == "Dict" and
                              type(a).__module__ in ("nbc.typed", "numba.typed.typeddict")):
                try:
                    t = reflected_dict_type(a)
                except ValueError as e:
                    from .errors import UnsupportedArgumentError
                    raise UnsupportedArgumentError(
                        f"{self.py_func.__qualname__}: argument {i} "
                        f"('{self.py_func.__code__.co_varnames[i]}') is a typed dict "
                        f"nbc cannot pass: {e}") from None
            if t is None and isinstance(a, np.random.Generator):
                if type(a.bit_generator) is not np.random.PCG64:
                    from .errors import UnsupportedArgumentError
                    raise UnsupportedArgumentError(
                        f"{self.py_func.__qualname__}: argument {i} "
                        f"('{self.py_func.__code__.co_varnames[i]}') is a Generator "
                        f"of {type(a.bit_generator).__name__}: kernels take "
                        "Generators of PCG64 (np.random.default_rng's) only")
                t = T.Generator()
            if t is None and isinstance(a, (dict, set, frozenset)):
                from .errors import UnsupportedArgumentError
                kind = "dict" if isinstance(a, dict) else "set"
                what = ("np.array(list(d.keys())) and np.array(list(d.values()))"
                        if kind == "dict" else "np.array(list(s))")
                typed = ("nbc.typed.Dict.empty(key_type, value_type) filled with the "
                         "items (kernels change it in place, as Numba's typed dicts), or "
                         if kind == "dict" else "")
                raise UnsupportedArgumentError(
                    f"{self.py_func.__qualname__}: argument {i} "
                    f"('{self.py_func.__code__.co_varnames[i]}') is a Python {kind}, "
                    f"which kernels do not take (as Numba): pass {typed}arrays ({what})")
            if t is None:
                listed = "; ".join("(" + ", ".join(map(str, s)) + ")"
                                   for s in self._overloads) or "none yet"
                raise TypeError(f"{self.py_func.__qualname__}: argument {i} of type "
                                f"{type(a).__name__} is not supported by nbc "
                                "(scalars, NumPy arrays of bool/int/uint/float, tuples); "
                                f"compiled signatures: {listed}")
            types.append(t)
        types = tuple(types)
        if self._explicit:
            best = best_match([sig for _, sig in self._explicit], types)
            if best is not None:
                return self._overloads[tuple(self._explicit[best][1])]
            listed = ", ".join("(" + ", ".join(map(str, s)) + ")" for _, s in self._explicit)
            raise TypeError(f"{self.py_func.__qualname__}: no matching definition for "
                            f"argument types ({', '.join(map(str, types))}); compiled "
                            f"signatures: {listed}")
        return self.compile_types(types)

    def _bind_in_c(self):
        """Whether the C fast path binds keywords, defaults, `*args` and
        keyword-only parameters (then it keys its entries by the bound
        arguments); without it, such calls always take the Python path."""
        self._c_binds = _Base is not None and self._set_binding(self.py_func)

    # __call__ is DispatcherBase's (C): it binds the arguments to the
    # parameters, looks their types up among the registered entries and
    # calls the kernel; anything else lands here.
    def _dispatch_miss(self, args, kwargs):
        packed = takes_packed(self.py_func)
        given = len(args) == self.py_func.__code__.co_argcount and not kwargs
        if not (given and not packed):
            args = self._bind(args, kwargs or {})
        k = self._resolve(args)
        known = [T.is_compile_time(t) for t in getattr(k, "arg_types", ())]
        if any(known):  # compile-time values: the kernel takes no argument
            return k.call(*[a for a, f in zip(args, known) if not f])
        if self._explicit:  # float for int64 ...: converted as Numba does
            args = convert_unsafe(getattr(k, "arg_types", ()), args) or args
        if (given and not packed) or self._c_binds:  # as the fast path keys them
            self._register_fast(args, k)
        return k.call(*args)

    def _register_fast(self, args, k):
        """Lets the C fast path call `k` for arguments typed like `args`."""
        raw = getattr(k, "raw", None)
        if _Base is None or raw is None or isinstance(
                k.ret_type, T.RESULT_TUPLES) or T.holds_namedtuple(k.ret_type) or \
                T.holds_str(k.ret_type):
            return False  # boxed by the Python path (wrap_call)
        from .native import returns_generator
        if any(isinstance(t, (T.Generator, T.Str)) for t in k.arg_types) or \
                returns_generator(k.ret_type):
            return False  # Generators and strings are converted by the Python path
        one_tuple = isinstance(k.ret_type, T.Tuple) and len(k.ret_type.items) == 1
        return self._register(tuple(args), raw.address, raw.arg_types, raw.result_types,
                              raw, raw.release_gil, one_tuple)

    def _bind(self, args, kwargs):
        """One argument per parameter of a call with keywords, defaults,
        `*args` (one tuple) or keyword-only parameters. A call the Python
        function would refuse raises CPython's own TypeError
        (`f() missing 1 required positional argument: 'b'`)."""
        check_call(self.py_func, args, kwargs)
        sig = _signature(self.py_func)
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        return tuple(bound_values(sig, bound, tuple))


Jitted.register(Dispatcher)


@functools.lru_cache(maxsize=None)
def _signature(func):
    import inspect
    return inspect.signature(func)


if _Base is not None:
    _enable_vectorcall(Dispatcher)
