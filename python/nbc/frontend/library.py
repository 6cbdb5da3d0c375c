"""Library functions: big nbc.npimpl functions (npimpl/shared.py's
@library) compiled once per process for each argument types and codegen
options, in their own program, as a status-ABI callee; every later kernel
declares that callee and the JIT binds it to its address (as calls of
nbc.aot functions are bound), instead of compiling the function again.

Kernels whose code must stand alone (cache=True, nbc.aot: a Compilation
made `standalone`) and calls whose arguments or result do not flatten to
arrays and scalars compile the function into their own module, as before."""

import threading

from .. import types as T
from ..backend import get_backend
from ..npimpl.shared import LIBRARY_FUNCTIONS
from ..options import core_program
from .compiler import FunctionCompiler

# (pyfunc, arg types, options key) -> SharedCallee, or None: not shareable
# (its result type, or it did not compile on its own: compiled in-module).
_compiled = {}
_lock = threading.RLock()  # library functions compile library functions
stats = {"compiles": 0}  # library programs built in this process (tests)


class SharedCallee:
    """A library function's compiled callee: its program (kept alive, it
    owns the code), symbol, address, result type, flat argument and result
    types and the (flat) arguments it never writes."""

    def __init__(self, program, symbol, ret, arg_types, readonly, prints):
        self.program = program
        self.symbol = symbol
        self.address = program.address(symbol)
        self.ret = ret
        self.arg_types = arg_types
        self.readonly = readonly
        self.prints = prints


def _flat(t):
    return isinstance(t, (T.Scalar, T.Array)) and not T.is_compile_time(t)


def _flat_result(ret):
    if type(ret) is T.Tuple:
        return bool(ret.items) and all(_flat(t) for t in ret.items)
    return _flat(ret)


def options_key(options):
    """A compiled function's options as a cache key (cache= changes no code)."""
    return tuple(sorted((k, v) for k, v in options.items() if k != "cache"))


def library_options(pyfunc, options):
    """The caller's codegen options; parallel only where the function
    itself has a prange (no cache: the program lives in this process)."""
    out = {k: v for k, v in options.items() if k != "cache"}
    out["parallel"] = bool(options.get("parallel")) and \
        "prange" in pyfunc.__code__.co_names
    return out


def shared_callee(pyfunc, types, options, compilation):
    """The SharedCallee of `pyfunc` for `types`, compiled on first use in a
    new `compilation` (unit.Compilation); None when it is no library function
    or must be compiled into the caller."""
    if pyfunc not in LIBRARY_FUNCTIONS or not all(_flat(t) for t in types) or \
            get_backend().name != "native":
        return None
    options = library_options(pyfunc, options)
    key = (pyfunc, tuple(types), options_key(options))
    with _lock:
        if key in _compiled:
            return _compiled[key]
        _compiled[key] = None  # (a recursive use compiles in-module)
        symbol = f"_nbc_library_{len(_compiled)}_{pyfunc.__name__}"
        comp = compilation()
        try:
            ret, readonly = comp.compile_exported_callee(pyfunc, list(types), options,
                                                         symbol)
            if not _flat_result(ret):
                return None
            program = core_program(comp.module.ir, options,
                                   symbols=comp.module.external_symbols)
            stats["compiles"] += 1
            # Its errors, if any, are the caller's, located as today.
            _compiled[key] = SharedCallee(program, symbol, ret, list(types), readonly,
                                          comp.module.prints)
        except Exception:  # noqa: BLE001 - compiled in-module: today's error
            return None
        return _compiled[key]


def declare(module, callee, caller_src, node):
    """`callee` declared in the caller's `module` (bound by its JIT)."""
    module.prints |= callee.prints  # its prints take the GIL
    return module.declare_status_function(
        callee.symbol, callee.address, callee.arg_types,
        FunctionCompiler.flat_types(callee.ret), callee.readonly,
        caller_src.pos(node), caller_src.filename)
