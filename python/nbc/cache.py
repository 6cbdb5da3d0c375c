"""The on-disk cache of `@nbc.njit(cache=True)`.

An entry is a shared library that nbc emitted for one specialization
(`_nbc_call_<name>` inside, linked to the nbc runtime and libomp) and an
index file describing it. A new process that finds a valid entry dlopens
the library and calls the kernel without running the frontend or the
pipeline.

Where: `$NBC_CACHE_DIR` if set, else `__pycache__` next to the source file
when writable, else `$XDG_CACHE_HOME/nbc` (`~/.cache/nbc`). The key covers
the function's source, file and qualified name, the argument types, the
options that change code, and the compiler (nbc's version and hashes of
`_core` and libNBC-C), and the sources of the functions it calls (plain
Python functions and @njit dispatchers, transitively): editing a callee
invalidates its callers' entries, unlike Numba. The index starts with a checksum of
itself and holds the library's SHA-256, so a truncated or altered entry is
detected and rebuilt, never loaded.
"""

import ctypes
import hashlib
import inspect
import json
import os
import pickle
import platform
import sys
import tempfile

import numpy as np

MAGIC = "NBCCACHE1"
_CODEGEN_OPTIONS = ("parallel", "fastmath", "error_model", "boundscheck",
                    "vector_math", "fuse_ufuncs")
_compiler_hash = None


def _debug(msg):
    if os.environ.get("NBC_DEBUG_CACHE"):
        print(f"nbc cache: {msg}", file=sys.stderr)


def _hash_file(h, path):
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)


def compiler_hash():
    """nbc's version and the bytes of the compiler libraries in use."""
    global _compiler_hash
    if _compiler_hash is None:
        from . import __version__, _core
        h = hashlib.sha256(__version__.encode())
        core = os.path.abspath(_core.__file__)
        _hash_file(h, core)
        here = os.path.dirname(core)
        for rel in ("lib/libNBC-C.so", "../../build/lib/libNBC-C.so"):
            path = os.path.normpath(os.path.join(here, rel))
            if os.path.exists(path):
                _hash_file(h, path)
                break
        h.update(platform.machine().encode())
        _compiler_hash = h.hexdigest()
    return _compiler_hash


def _source_of(func):
    try:
        source = inspect.getsource(func)
    except (OSError, TypeError):
        return func.__code__.co_code.hex()
    if func.__code__.co_name == "<lambda>":  # several may share a line
        columns = sorted(p[2] for p in func.__code__.co_positions() if p[2])
        source += f"\n# lambda at line {func.__code__.co_firstlineno}, column {columns[:1]}"
    return source


def _python_function(value):
    """The Python function behind a callable the frontend compiles, or None."""
    import types
    if isinstance(value, types.FunctionType):
        return value
    inner = getattr(value, "py_func", None)  # nbc's or Numba's dispatchers
    return inner if isinstance(inner, types.FunctionType) else None


def _names_of(code):
    names = set(code.co_names) | set(code.co_freevars)
    for const in code.co_consts:
        if hasattr(const, "co_names"):  # nested code: comprehensions, lambdas
            names |= _names_of(const)
    return names


def _referenced(func, name):
    if name in func.__code__.co_freevars and func.__closure__:
        cell = func.__closure__[func.__code__.co_freevars.index(name)]
        try:
            return cell.cell_contents
        except ValueError:
            return None
    return func.__globals__.get(name)


def _reachable(func):
    """`func` and the Python functions it may call, transitively."""
    out, stack, seen = [func], [func], {id(func)}
    while stack:
        f = stack.pop()
        for name in sorted(_names_of(f.__code__)):
            callee = _python_function(_referenced(f, name))
            if callee is None or id(callee) in seen:
                continue
            seen.add(id(callee))
            out.append(callee)
            stack.append(callee)
    return out


def callee_sources(func):
    """{module.qualname: source} of the functions `func` may call, transitively
    (the frontend compiles them into the same module)."""
    return {f"{f.__module__}.{f.__qualname__}": _source_of(f)
            for f in _reachable(func)[1:]}


def _constant_key(value):
    """A global the compiled code holds as a constant, for the key: its value
    (a NumPy array's dtype, shape and a hash of its bytes), or None."""
    if isinstance(value, np.ndarray):
        data = hashlib.sha256(np.ascontiguousarray(value).tobytes()).hexdigest()
        return f"ndarray {value.dtype.str} {value.shape} {data}"
    if isinstance(value, (bool, int, float, complex, str, tuple, np.generic)):
        return repr(value)
    return None


def constant_globals(func):
    """{function.name: value} of the globals and closure cells `func` and its
    callees read that compiled code freezes (numbers, strings, tuples, NumPy
    arrays): a cached kernel is not reused once one of them changed."""
    out = {}
    for f in _reachable(func):
        for name in sorted(_names_of(f.__code__)):
            key = _constant_key(_referenced(f, name))
            if key is not None:
                out[f"{f.__module__}.{f.__qualname__}.{name}"] = key
    return out


def cache_dir(func):
    env = os.environ.get("NBC_CACHE_DIR")
    if env:
        return env
    src = inspect.getsourcefile(func) or ""
    if src and os.path.exists(src):
        d = os.path.join(os.path.dirname(os.path.abspath(src)), "__pycache__")
        try:
            os.makedirs(d, exist_ok=True)
            if os.access(d, os.W_OK):
                return d
        except OSError:
            pass
    base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return os.path.join(base, "nbc")


def _type_key(t):
    """An argument type in the cache key: its name and MLIR type (tuples and
    None have no single MLIR type: their name says it all; a namedtuple's
    also its class's module, as two classes may share a name)."""
    cls = getattr(t, "cls", None)
    if cls is not None:
        return f"{cls.__module__}.{cls.__qualname__}:{t!r}"
    try:
        return repr(t) + ":" + t.mlir()
    except (AttributeError, TypeError):
        return repr(t)


class Entry:
    """The files of one (function, signature, options, compiler)."""

    def __init__(self, func, arg_types, options, declared_ret=None, locals=None):
        src_file = inspect.getsourcefile(func) or "<unknown>"
        key = json.dumps({
            "file": os.path.abspath(src_file),
            "qualname": func.__qualname__,
            "source": _source_of(func),
            "callees": callee_sources(func),
            "globals": constant_globals(func),
            "args": [_type_key(t) for t in arg_types],
            "options": {k: options.get(k) for k in _CODEGEN_OPTIONS},
            # A declared return type and locals= change the code (casts).
            "ret": None if declared_ret is None else _type_key(declared_ret),
            "locals": {k: _type_key(t) for k, t in (locals or {}).items()},
            "compiler": compiler_hash(),
        }, sort_keys=True)
        self.key = key
        digest = hashlib.sha256(key.encode()).hexdigest()[:24]
        stem = os.path.splitext(os.path.basename(src_file))[0]
        name = f"{stem}.{func.__qualname__}".replace("<", "_").replace(">", "_")
        self.dir = cache_dir(func)
        self.index = os.path.join(self.dir, f"{name}-{digest}.nbci")
        self.library = os.path.join(self.dir, f"{name}-{digest}.so")

    # -- reading ------------------------------------------------------------------
    def load(self):
        """The index's dict when the entry is complete and intact, else None."""
        try:
            with open(self.index, "rb") as f:
                data = f.read()
        except OSError:
            return None
        try:
            header, body = data.split(b"\n", 1)
            magic, checksum = header.decode().split(" ")
            if magic != MAGIC or hashlib.sha256(body).hexdigest() != checksum:
                raise ValueError("bad index checksum")
            meta = json.loads(body)
            if meta["key"] != self.key:
                raise ValueError("key mismatch")
            h = hashlib.sha256()
            _hash_file(h, self.library)
            if h.hexdigest() != meta["library_sha256"]:
                raise ValueError("bad library checksum")
            meta["ret"] = pickle.loads(bytes.fromhex(meta["ret"]))
            return meta
        except Exception as e:  # any damage means: rebuild
            _debug(f"invalid entry {self.index}: {e}")
            return None

    def open_kernel(self, meta, release_gil):
        from . import _core
        lib = ctypes.CDLL(self.library)
        fn = getattr(lib, "_nbc_call_" + meta["symbol"])
        address = ctypes.cast(fn, ctypes.c_void_p).value
        return _core.kernel_from_address(
            address, [tuple(t) for t in meta["args"]],
            [tuple(t) for t in meta["results"]], lib, release_gil)

    def load_kernel(self, arg_types, options, recompile):
        """A CachedKernel from a valid entry, or None (then compile and store)."""
        meta = self.load()
        if meta is None:
            return None
        try:
            # A kernel that prints always releases the GIL (native.py).
            release = bool(options.get("nogil", True)) or meta.get("release_gil", False)
            raw = self.open_kernel(meta, release)
        except Exception as e:  # e.g. a library that no longer loads
            _debug(f"cannot load {self.library}: {e}")
            return None
        _debug(f"hit {self.index}")
        return CachedKernel(raw, meta["symbol"], arg_types, meta["ret"], recompile)

    # -- writing ------------------------------------------------------------------
    def store(self, kernel):
        """Writes the entry of a freshly compiled NativeKernel (best effort)."""
        try:
            os.makedirs(self.dir, exist_ok=True)
            fd, tmp_lib = tempfile.mkstemp(suffix=".so", dir=self.dir)
            os.close(fd)
            try:
                kernel.program.emit_shared_library(tmp_lib)
                h = hashlib.sha256()
                _hash_file(h, tmp_lib)
                os.replace(tmp_lib, self.library)
            finally:
                if os.path.exists(tmp_lib):
                    os.unlink(tmp_lib)
            body = json.dumps({
                "key": self.key,
                "symbol": kernel.symbol,
                "args": kernel.raw.arg_types,
                "results": kernel.raw.result_types,
                "ret": pickle.dumps(kernel.ret_type).hex(),
                "release_gil": kernel.raw.release_gil,
                "library_sha256": h.hexdigest(),
            }).encode()
            data = f"{MAGIC} {hashlib.sha256(body).hexdigest()}\n".encode() + body
            fd, tmp_index = tempfile.mkstemp(suffix=".nbci", dir=self.dir)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp_index, self.index)
            _debug(f"stored {self.index}")
        except Exception as e:  # a cache that cannot be written is no error
            _debug(f"cannot store {self.index}: {e}")


class CachedKernel:
    """A kernel loaded from the cache. Inspection recompiles on demand."""

    def __init__(self, raw, symbol, arg_types, ret_type, recompile):
        from .native import wrap_call
        self.raw = raw
        self.symbol = symbol
        self.arg_types = arg_types
        self.ret_type = ret_type
        self._recompile = recompile
        self._compiled = None
        self.call = wrap_call(raw, ret_type)

    def __call__(self, *args):
        return self.call(*args)

    def _full(self):
        if self._compiled is None:
            self._compiled = self._recompile()
        return self._compiled

    def inspect(self, stage):
        return self._full().inspect(stage)

    def vectorization_report(self):
        return self._full().vectorization_report()
