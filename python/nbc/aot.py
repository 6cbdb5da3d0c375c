"""Ahead-of-time compilation: a module's kernels as a Python extension and a
C shared library.

    python -m nbc compile mymod.py -o OUTDIR [--target-cpu host|x86-64-v3|...]
    nbc.aot.compile_module("mymod.py", "OUTDIR", target_cpu="host")

compile a module's `@njit` functions with explicit signatures and its
`@vectorize` / `@guvectorize` ufuncs with signatures. OUTDIR gets

- `lib<mod>.so` and `<mod>.h`: every kernel's `_nbc_call_<symbol>` and
  `_mlir_ciface_<symbol>` for C callers (nbc-c/ABI.h, docs/CAPI.md), linked to
  the nbc runtime and libomp as `nbc-run --emit-shared` links them. The
  symbol of an @njit function is its name, `<name>__<k>` for the k-th of
  several signatures. Each @njit kernel also has its callee form
  `_nbc_callee_<symbol>` (the status ABI of compiled callees: status first,
  arrays returned owned), which jitted code that calls the function
  declares and the JIT binds to its address (call_aot in frontend/calls.py).
- `<mod>.abi3.so`: the Python extension. Its `PyInit_<mod>` (a C file
  generated here, compiled against Python's stable ABI) carries the
  description of the kernels (JSON) and calls `init_extension`, which
  dlopens `lib<mod>.so` and exposes each function under its name: an
  @njit function as a `CompiledDispatcher` (nbc.Dispatcher's C fast path and
  signature choice, no compiler), a @vectorize/@guvectorize one as a real
  numpy.ufunc (`nbc._core.make_ufunc` over the library's loops). Importing
  it runs no compiler: nbc's execution layer only looks the symbols up.

Why a generated C stub rather than a Python file: it is what `import mymod`
finds as an extension module, one loadable file holding its own
description; compiling it needs a C compiler (already needed to link the
shared library) and Python.h. Marshalling stays in nbc._core (Marshal.cpp),
so the extension needs nbc installed where it is imported.

Functions with several pipeline configurations (fastmath, vector_math) get
one library per configuration (`lib<mod>.so`, `lib<mod>_1.so`, ...).
"""

import collections
import ctypes
import functools
import importlib.machinery
import importlib.util
import itertools
import json
import os
import pickle
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import threading
import types as pytypes
import uuid

import numpy as np

from .cache import CachedKernel
from .dispatcher import Dispatcher
from .errors import CompilerError, UnsupportedError
from .pickling import ufunc_description

try:
    from ._core import enable_vectorcall as _enable_vectorcall
except ImportError:
    _enable_vectorcall = None

FORMAT = 1
# The callee form of kernel `k` in the library (include/nbc/Transforms/EntryPoints.h).
CALLEE_PREFIX = "_nbc_callee_"
# While compile_module imports a module: the ufuncs @vectorize/@guvectorize
# build, by id, with what compiled them (they are plain numpy.ufuncs).
# -- compiling ------------------------------------------------------------------------
class _Group:
    """One library: the kernels of functions with the same pipeline options."""

    def __init__(self, index, options):
        from .ufunc_build import LoopModule
        self.index = index
        self.options = options
        self.lm = LoopModule(options)
        self.lm.comp.standalone = True  # a library links no JIT addresses
        self.symbols = []


def _load_source_module(path):
    name = "_nbc_aot_" + uuid.uuid4().hex
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None:
        raise ValueError(f"cannot import {path!r} as a Python module")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
        return module
    finally:
        sys.modules.pop(name, None)


def _group_key(options):
    return (bool(options.get("fastmath")), options.get("vector_math"),
            options.get("fuse_ufuncs", True))


def _kernel_symbol(name, index, count):
    return name if count == 1 else f"{name}__{index}"


def _check_target_cpu(target_cpu):
    from .options import core_program
    try:  # an empty module: the pipeline checks the option
        core_program("module {}", {"target_cpu": target_cpu})
    except RuntimeError as e:
        raise CompilerError(str(e)) from None


def compile_module(path, outdir, target_cpu="host", name=None):
    """Compiles the module at `path` into `outdir` (see the module doc).
    Returns {"extension": path, "libraries": [...], "headers": [...],
    "functions": [names]}."""
    from . import types as T
    from .vectorize import DUFunc
    path = os.path.abspath(path)
    name = name or os.path.splitext(os.path.basename(path))[0]
    if not name.isidentifier():
        raise ValueError(f"'{name}' is not a module name (give name=)")
    _check_target_cpu(target_cpu)
    module = _load_source_module(path)
    os.makedirs(outdir, exist_ok=True)

    groups = {}
    functions = []
    skipped = []

    def group_for(options):
        key = _group_key(options)
        if key not in groups:
            groups[key] = _Group(len(groups), options)
        return groups[key]

    entries = []
    for attr, value in vars(module).items():
        if isinstance(value, Dispatcher) and value.py_func.__module__ == module.__name__:
            if value._explicit:
                entries.append((attr, "njit", value))
            else:
                skipped.append(attr)
        elif isinstance(value, np.ufunc) and ufunc_description(value) is not None and \
                ufunc_description(value)["py_func"].__module__ == module.__name__:
            entries.append((attr, "ufunc", ufunc_description(value)))
        elif isinstance(value, DUFunc):
            skipped.append(attr)
    if not entries:
        raise CompilerError(f"{path}: no @njit function with signatures and no "
                            "@vectorize/@guvectorize with signatures to compile")
    # Every entry symbol first, so callees get other names.
    for attr, kind, value in entries:
        if kind == "njit":
            g = group_for(value.options)
            n = len(value._explicit)
            for k in range(n):
                g.lm.m.symbols.add(_kernel_symbol(attr, k, n))
                g.lm.m.symbols.add(CALLEE_PREFIX + _kernel_symbol(attr, k, n))

    for attr, kind, value in entries:
        if kind == "njit":
            functions.append(_compile_njit(attr, value, group_for(value.options), T))
        else:
            functions.append(_compile_ufunc(attr, value, group_for(value["options"])))

    libraries, headers = [], []
    for g in sorted(groups.values(), key=lambda g: g.index):
        suffix = "" if g.index == 0 else f"_{g.index}"
        lib = f"lib{name}{suffix}.so"
        header = f"{name}{suffix}.h"
        _emit_group(g, target_cpu, os.path.join(outdir, lib),
                    os.path.join(outdir, header), functions)
        libraries.append(lib)
        headers.append(header)

    metadata = {"format": FORMAT, "module": name, "target_cpu": target_cpu,
                "libraries": libraries, "functions": functions,
                "doc": module.__doc__}
    extension = _build_extension(name, json.dumps(metadata).encode(), outdir)
    if skipped:
        print(f"nbc.aot: skipped (no explicit signatures): {', '.join(skipped)}",
              file=sys.stderr)
    return {"extension": extension,
            "libraries": [os.path.join(outdir, x) for x in libraries],
            "headers": [os.path.join(outdir, x) for x in headers],
            "functions": [f["name"] for f in functions]}


def _hex_pickle(value):
    return pickle.dumps(value).hex()


def _compile_njit(attr, dispatcher, group, T):
    from .frontend.parameters import takes_packed
    if takes_packed(dispatcher.py_func):  # (its wrapper binds positions only)
        raise UnsupportedError(f"{attr}: *args and keyword-only parameters cannot be "
                               "compiled ahead of time")
    overloads = []
    n = len(dispatcher._explicit)
    for k, (ret, args) in enumerate(dispatcher._explicit):
        symbol = _kernel_symbol(attr, k, n)
        if any(isinstance(t, T.FunctionType) for t in args):
            raise UnsupportedError(f"{attr}: function arguments cannot be compiled "
                                   "ahead of time")
        ret_type = group.lm.comp.compile_entry(
            dispatcher.py_func, list(args), dispatcher.options, symbol,
            declared_ret=ret, locals=dispatcher.locals)
        if T.holds_str(T.Tuple([*args, ret_type or T.none])):  # converted in Python
            raise UnsupportedError(f"{attr}: strings (unicode_type) cannot be "
                                   "compiled ahead of time yet")
        # What @njit code calling this function calls (CompiledDispatcher.callees).
        _, readonly = group.lm.comp.compile_exported_callee(
            dispatcher.py_func, list(args), dispatcher.options,
            CALLEE_PREFIX + symbol, declared_ret=ret, locals=dispatcher.locals)
        group.lm.parallel |= bool(dispatcher.options.get("parallel"))
        group.symbols.append(symbol)
        overloads.append({"library": group.index, "symbol": symbol,
                          "callee": CALLEE_PREFIX + symbol, "readonly": readonly,
                          "args": _hex_pickle(list(args)),
                          "ret": _hex_pickle(ret_type),
                          "release_gil": bool(dispatcher.options.get("nogil", True))})
    code = dispatcher.py_func.__code__
    params = list(code.co_varnames[:code.co_argcount])
    return {"kind": "njit", "name": attr, "params": params,
            "doc": dispatcher.py_func.__doc__, "overloads": overloads}


def _compile_ufunc(attr, d, group):
    """Loop kernels as build_ufunc / guvectorize build them, with the
    ufunc's own options (its error model: numpy by default)."""
    lm = group.lm
    group_options, lm.options = lm.options, dict(d["options"])
    try:
        return _ufunc_loops(attr, d, group)
    finally:
        lm.options = group_options


def _ufunc_loops(attr, d, group):
    lm = group.lm
    loops = []
    if d["kind"] == "vectorize":
        from .vectorize import reachable_loops
        for ret, args in reachable_loops(d["loops"]):
            names, out = lm.add_elementwise(d["py_func"], args, ret,
                                            d["target"] == "parallel")
            group.symbols += names
            dtypes = [t.numpy() for t in list(args) + [out]]
            loops.append({"library": group.index, "symbols": names,
                          "types": [x.num for x in dtypes],
                          "itemsizes": [x.itemsize for x in dtypes], "ranks": []})
        nin, nout, layout, threaded = len(d["loops"][0][1]), 1, "", False
    else:
        from . import types as T
        for types in d["loops"]:
            symbol = lm.add_generalized(d["py_func"], types)
            group.symbols.append(symbol)
            dtypes = [(t.dtype if isinstance(t, T.Array) else t).numpy() for t in types]
            loops.append({"library": group.index, "symbols": [symbol],
                          "types": [x.num for x in dtypes],
                          "itemsizes": [x.itemsize for x in dtypes],
                          "ranks": [t.ndim if isinstance(t, T.Array) else -1
                                    for t in types]})
        nin, nout, layout = d["nin"], d["nout"], d["layout"]
        threaded = d["target"] == "parallel"
    identity = d["identity"]
    if identity is not None and not isinstance(identity, (int, float, str)):
        identity = identity.item() if hasattr(identity, "item") else identity
    return {"kind": "ufunc", "name": attr, "doc": d["doc"], "nin": nin,
            "nout": nout, "identity": identity, "layout": layout,
            "threaded": threaded, "loops": loops}


def _emit_group(group, target_cpu, library, header, functions):
    from .options import core_program
    if group.lm.m.external_symbols:  # bound by the JIT only
        raise UnsupportedError(f"{library}: the module calls functions of another "
                               "ahead-of-time compiled module, which a library "
                               "cannot link to; call them from @njit code")
    try:
        program = core_program(group.lm.m.ir, dict(group.options,
                                                   target_cpu=target_cpu),
                               group.lm.parallel)
        # The signature of each kernel as the program records it.
        kernels = {s: program.kernel(s) for s in group.symbols}
        program.emit_shared_library(library)
        program.emit_header(header)
    except RuntimeError as e:
        raise CompilerError(f"nbc could not compile {library}:\n{e}") from None
    for f in functions:
        for o in f.get("overloads", ()):
            if o["library"] == group.index:
                k = kernels[o["symbol"]]
                o["arg_types"] = k.arg_types
                o["result_types"] = k.result_types
                # A library with a kernel that prints (takes the GIL per
                # line): jitted callers must release the GIL (native.py).
                o["prints"] = group.lm.m.prints


# -- the extension stub -------------------------------------------------------------
_STUB = """\
/* Generated by nbc.aot for the module '%(name)s': do not edit. */
#define PY_SSIZE_T_CLEAN
#define Py_LIMITED_API 0x030A0000
#include <Python.h>

static const char metadata[] = {%(bytes)s};

static int exec_module(PyObject *module) {
  PyObject *aot = PyImport_ImportModule("nbc.aot");
  if (!aot)
    return -1;
  PyObject *done = PyObject_CallMethod(aot, "init_extension", "Oy#", module,
                                       metadata, (Py_ssize_t)sizeof(metadata));
  Py_DECREF(aot);
  if (!done)
    return -1;
  Py_DECREF(done);
  return 0;
}

static PyModuleDef_Slot slots[] = {{Py_mod_exec, (void *)exec_module},
                                   {0, NULL}};
static struct PyModuleDef definition = {PyModuleDef_HEAD_INIT, "%(name)s",
                                        NULL, 0, NULL, slots, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit_%(name)s(void) { return PyModuleDef_Init(&definition); }
"""


def find_c_compiler():
    for candidate in (os.environ.get("CC"), "clang-22", "clang", "cc"):
        if candidate:
            found = shutil.which(candidate)
            if found:
                return found
    raise CompilerError("no C compiler (set CC, or install clang-22/cc) to build "
                        "the extension module")


def extension_suffix():
    """`.abi3.so` where the interpreter loads stable-ABI extensions."""
    suffixes = importlib.machinery.EXTENSION_SUFFIXES
    return ".abi3.so" if ".abi3.so" in suffixes else suffixes[0]


def _build_extension(name, metadata, outdir):
    include = sysconfig.get_paths()["include"]
    if not os.path.exists(os.path.join(include, "Python.h")):
        raise CompilerError(f"Python.h not found in {include}: install the "
                            "Python development headers to build the extension")
    body = ",".join(str(b) for b in metadata)
    source = _STUB % {"name": name, "bytes": re.sub(r"((?:\d+,){40})", r"\1\n", body)}
    target = os.path.join(outdir, name + extension_suffix())
    with tempfile.TemporaryDirectory() as tmp:
        c_file = os.path.join(tmp, name + "_nbc_stub.c")
        with open(c_file, "w") as f:
            f.write(source)
        cmd = [find_c_compiler(), "-shared", "-fPIC", "-O1", "-I", include,
               "-o", target, c_file]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            raise CompilerError("compiling the extension stub failed:\n"
                                + " ".join(cmd) + "\n" + proc.stderr)
    return target


# -- loading -------------------------------------------------------------------------
def init_extension(module, metadata):
    """Fills an AOT extension module (called by its PyInit)."""
    meta = json.loads(bytes(metadata).decode())
    if meta.get("format") != FORMAT:
        raise ImportError(f"{module.__name__}: made by another nbc version "
                          f"(format {meta.get('format')}, this nbc reads {FORMAT})")
    here = os.path.dirname(os.path.abspath(module.__file__))
    libraries = [ctypes.CDLL(os.path.join(here, lib)) for lib in meta["libraries"]]

    def address(lib_index, symbol, prefix="_nbc_call_"):
        fn = getattr(libraries[lib_index], prefix + symbol)
        return ctypes.cast(fn, ctypes.c_void_p).value

    names = []
    for f in meta["functions"]:
        if f["kind"] == "njit":
            obj = CompiledDispatcher(module.__name__, f, libraries, address)
        else:
            obj = _make_ufunc(f, libraries, address)
        setattr(module, f["name"], obj)
        names.append(f["name"])
    module.__all__ = names
    module.__doc__ = meta.get("doc")
    module.__nbc_target_cpu__ = meta["target_cpu"]


def _make_ufunc(f, libraries, address):
    from ._core import make_ufunc
    specs = [(loop["types"], loop["itemsizes"],
              [address(loop["library"], s) for s in loop["symbols"]], loop["ranks"])
             for loop in f["loops"]]
    return make_ufunc(f["name"], f["doc"] or "", f["nin"], f["nout"], f["identity"],
                      specs, f["layout"], libraries, f["threaded"])


def _parameter_stub(module_name, name, params, doc):
    """A function with the parameters of the compiled one and an empty
    body: what nbc.Dispatcher binds keyword arguments against."""
    ns = {}
    exec(f"def {name}({', '.join(params)}): pass", ns)  # noqa: S102
    stub = ns[name]
    stub.__module__ = module_name
    stub.__doc__ = doc
    return stub


# One signature's callee form in a loaded library: its types, the symbol
# jitted callers declare (unique in the process), the address it binds to,
# the (flat) arguments it never writes and whether its library prints.
AOTCallee = collections.namedtuple("AOTCallee",
                                   "args ret symbol address readonly prints")
_dispatcher_ids = itertools.count()


class CompiledDispatcher(Dispatcher):
    """An AOT-compiled @njit function: nbc.Dispatcher's call path (C fast
    path, Numba's choice among the signatures, unsafe conversions, TypeError
    for arguments no signature takes) over kernels loaded from the module's
    library; nothing is ever compiled."""

    aot_compiled = True

    def __init__(self, module_name, f, libraries, address):
        from ._core import kernel_from_address
        self.py_func = _parameter_stub(module_name, f["name"], f["params"], f["doc"])
        functools.update_wrapper(self, self.py_func)
        self._bind_in_c()
        self.options, self.locals = {}, {}
        self._lock = threading.RLock()
        self.stats = pytypes.SimpleNamespace(cache_hits=collections.Counter(),
                                             cache_misses=collections.Counter())
        self._overloads, self._explicit, self._callees = {}, [], []
        unique = next(_dispatcher_ids)  # same-named modules from several builds
        for o in f["overloads"]:
            args = pickle.loads(bytes.fromhex(o["args"]))
            ret = pickle.loads(bytes.fromhex(o["ret"]))
            if "callee" in o:
                self._callees.append(AOTCallee(
                    args, ret, f"nbc.aot{unique}.{module_name}.{o['symbol']}",
                    address(o["library"], o["callee"], prefix=""), o["readonly"],
                    o["prints"]))
            raw = kernel_from_address(
                address(o["library"], o["symbol"]),
                [tuple(t) for t in o["arg_types"]],
                [tuple(t) for t in o["result_types"]],
                libraries[o["library"]], o["release_gil"])
            self._explicit.append((ret, args))
            self._overloads[tuple(args)] = CachedKernel(
                raw, o["symbol"], args, ret, self._no_compiler)

    def __repr__(self):
        return f"<nbc AOT function {self.__module__}.{self.__name__}>"

    def _no_compiler(self):
        raise UnsupportedError(f"{self.__name__} was compiled ahead of time: it has "
                               "no IR to inspect and takes no new signatures")

    def callees(self):
        """The AOTCallee of each signature, for @njit code that calls this
        function (frontend/calls.py's call_aot)."""
        if not self._callees:
            raise UnsupportedError(f"{self.__name__} was compiled ahead of time by "
                                   "an nbc without callee forms: rebuild its module "
                                   "to call it from @njit code")
        return self._callees

    def compile_types(self, arg_types, declared_ret=None):
        k = self._overloads.get(tuple(arg_types))
        if k is None:
            self._no_compiler()
        return k


if _enable_vectorcall is not None:
    _enable_vectorcall(CompiledDispatcher)
