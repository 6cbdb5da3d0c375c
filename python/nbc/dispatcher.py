"""The dispatcher: one compiled specialization per argument-type signature."""

import collections
import functools
import re
import threading
import types as pytypes

import numpy as np

from . import types as T
from .backend import get_backend
from .errors import TypingError
from .frontend.unit import Compilation

_ARRAY_SIG = re.compile(r"^(\w+)\[([:\s,1]*)\]$")


def parse_type(text):
    text = text.strip()
    m = _ARRAY_SIG.match(text)
    if m:
        dtype = T.SCALARS.get(m.group(1))
        dims = [d.strip() for d in m.group(2).split(",")]
        if dtype is None or not all(d in (":", "::1") for d in dims):
            raise TypingError(f"cannot parse the array type '{text}'")
        if dims[-1] == "::1":
            return T.Array(dtype, len(dims))
        if len(dims) >= 2 and dims[0] == "::1":
            return T.fortran(dtype, len(dims))
        return T.strided_any(dtype, len(dims))
    if text in T.SCALARS:
        return T.SCALARS[text]
    if text.startswith("(") or text.startswith("Tuple("):
        inner = text[text.index("(") + 1:text.rindex(")")]
        return T.Tuple([parse_type(x) for x in split_top(inner) if x.strip()])
    raise TypingError(f"cannot parse the type '{text}'")


def split_top(text):
    out, depth, cur = [], 0, ""
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return out


def parse_signature(sig):
    """'float64(float64[:], int64)' -> (return type or None, [arg types])."""
    if not isinstance(sig, str):
        raise TypingError(f"signatures are strings like 'float64(int64)', got {sig!r}")
    sig = sig.strip()
    if "(" not in sig or not sig.endswith(")"):
        raise TypingError(f"cannot parse the signature '{sig}'")
    head = sig[:sig.index("(")].strip()
    args = sig[sig.index("(") + 1:-1]
    arg_types = [parse_type(a) for a in split_top(args) if a.strip()]
    return (parse_type(head) if head and head != "void" else None), arg_types


def accepts(sig_type, arg_type):
    """Whether an argument of `arg_type` may be passed where `sig_type` is declared."""
    if sig_type == arg_type:
        return True
    if isinstance(sig_type, T.Array) and isinstance(arg_type, T.Array):
        return sig_type.dtype == arg_type.dtype and sig_type.ndim == arg_type.ndim \
            and sig_type.strides == (None,) * sig_type.ndim
    if isinstance(sig_type, T.Scalar) and isinstance(arg_type, T.Scalar):
        return sig_type.is_float or (sig_type.is_int and not arg_type.is_float)
    return False


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

    def __init__(self, py_func, options, signatures=()):
        self.py_func = py_func
        self.options = dict(options)
        functools.update_wrapper(self, py_func)
        self._overloads = {}      # tuple of nbc types -> Kernel
        self._lock = threading.RLock()
        self._explicit = []
        # Numba's dispatcher.stats: hits and misses of the disk cache per signature.
        self.stats = pytypes.SimpleNamespace(cache_hits=collections.Counter(),
                                             cache_misses=collections.Counter())
        for sig in signatures:
            ret, args = parse_signature(sig)
            self._explicit.append((ret, args))
            self.compile_types(tuple(args), declared_ret=ret)

    # -- Numba-like introspection ----------------------------------------------
    @property
    def signatures(self):
        return [tuple(k) for k in self._overloads]

    def __repr__(self):
        return f"<nbc.Dispatcher {self.py_func.__qualname__}>"

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

    # -- compilation --------------------------------------------------------------
    def compile_types(self, arg_types, declared_ret=None):
        with self._lock:
            k = self._overloads.get(arg_types)
            if k is not None:
                return k
            backend = get_backend()
            entry = None
            if self.options.get("cache") and backend.name == "native":
                from .cache import Entry
                entry = Entry(self.py_func, arg_types, self.options)
                k = entry.load_kernel(list(arg_types), self.options,
                                      lambda: self._build(arg_types, None))
                if k is not None:
                    self._check_ret(k.ret_type, declared_ret)
                    self.stats.cache_hits[arg_types] += 1
                    self._overloads[arg_types] = k
                    return k
                self.stats.cache_misses[arg_types] += 1
            k = self._build(arg_types, declared_ret)
            if entry is not None:
                entry.store(k)
            self._overloads[arg_types] = k
            return k

    def _check_ret(self, ret, declared_ret):
        if declared_ret is not None and ret != declared_ret:
            raise TypingError(f"{self.py_func.__qualname__}: the declared return "
                              f"type {declared_ret} does not match the inferred "
                              f"{ret}")

    def _build(self, arg_types, declared_ret):
        """Frontend, pipeline and JIT for one signature."""
        comp = Compilation()
        symbol = self.py_func.__name__
        ret = comp.compile_entry(self.py_func, list(arg_types), self.options, symbol)
        self._check_ret(ret, declared_ret)
        return get_backend().compile(comp.module, symbol, list(arg_types), ret,
                                     self.options)

    def compile(self, sig):
        _, args = parse_signature(sig) if isinstance(sig, str) else (None, list(sig))
        return self.compile_types(tuple(args))

    def _resolve(self, args):
        types = []
        for i, a in enumerate(args):
            t = T.typeof(a)
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
            for _, sig in self._explicit:
                if len(sig) == len(types) and all(accepts(s, t) for s, t in zip(sig, types)):
                    return self._overloads[tuple(sig)]
            listed = ", ".join("(" + ", ".join(map(str, s)) + ")" for _, s in self._explicit)
            raise TypeError(f"{self.py_func.__qualname__}: no matching definition for "
                            f"argument types ({', '.join(map(str, types))}); compiled "
                            f"signatures: {listed}")
        return self.compile_types(types)

    # __call__ is DispatcherBase's (C): it looks the argument types up among
    # the registered entries and calls the kernel; anything else lands here.
    def _dispatch_miss(self, args, kwargs):
        if kwargs or len(args) != self.py_func.__code__.co_argcount:
            args = self._bind(args, kwargs or {})
        k = self._resolve(args)
        self._register_fast(args, k)
        return k.call(*args)

    def _register_fast(self, args, k):
        """Lets the C fast path call `k` for arguments typed like `args`."""
        raw = getattr(k, "raw", None)
        if _Base is None or raw is None or isinstance(k.ret_type, T.Optional):
            return False  # an Optional result is boxed by the Python path
        one_tuple = isinstance(k.ret_type, T.Tuple) and len(k.ret_type.items) == 1
        return self._register(tuple(args), raw.address, raw.arg_types, raw.result_types,
                              raw, raw.release_gil, one_tuple)

    def _bind(self, args, kwargs):
        """The positional arguments of a call with keywords or defaults.
        A call the Python function would refuse raises CPython's own
        TypeError (`f() missing 1 required positional argument: 'b'`)."""
        import inspect
        check_call(self.py_func, args, kwargs)
        bound = inspect.signature(self.py_func).bind(*args, **kwargs)
        bound.apply_defaults()
        return tuple(bound.args)


_STUBS = {}


def check_call(func, args, kwargs):
    """Raises the TypeError CPython raises when `func(*args, **kwargs)` does
    not fit its parameters: the call goes to a stub with the same parameters,
    defaults and name and an empty body."""
    code = func.__code__
    stub = _STUBS.get(code)
    if stub is None:
        import inspect
        params, seen_star = [], False
        for p in inspect.signature(func).parameters.values():
            if p.kind is p.KEYWORD_ONLY and not seen_star:
                params.append("*")
                seen_star = True
            if p.kind is p.VAR_POSITIONAL:
                params.append("*" + p.name)
                seen_star = True
            elif p.kind is p.VAR_KEYWORD:
                params.append("**" + p.name)
            else:
                params.append(p.name)
            if p.kind is p.POSITIONAL_ONLY and (
                    p.name == code.co_varnames[code.co_posonlyargcount - 1]):
                params.append("/")
        ns = {}
        exec(f"def stub({', '.join(params)}): pass", ns)
        stub = ns["stub"]
        stub.__name__, stub.__qualname__ = func.__name__, func.__qualname__
        stub.__defaults__ = func.__defaults__
        stub.__kwdefaults__ = func.__kwdefaults__
        _STUBS[code] = stub
    stub(*args, **kwargs)


if _Base is not None:
    _enable_vectorcall(Dispatcher)
