"""Pickling of nbc's dispatchers and ufuncs, so kernels travel to worker
processes (multiprocessing, Dask) as Numba's do.

An object that is a global of an importable module pickles by reference:
unpickling imports the module and takes that object, with whatever it has
compiled. Anything else (a function of `__main__` that a Dask worker cannot
import, a closure) pickles by value: the Python function, its source text
(registered in the unpickling process's linecache when its file is not
there, so nbc can read it), the options and the explicit signatures.
Unpickling builds a new dispatcher or ufunc, which compiles again or loads
from the disk cache (`cache=True`). The function itself is pickled by the
pickler at hand: cloudpickle (Dask's) pickles `__main__` functions by value;
the standard pickler needs them importable."""

import copyreg
import importlib
import linecache
import os
import sys
import weakref

import numpy as np

from .frontend.source import source_lines


def _lookup(module_name, qualname):
    obj = importlib.import_module(module_name)
    for part in qualname.split("."):
        obj = getattr(obj, part)
    return obj


def _importable_name(obj, func):
    """(module, qualname) when `module.qualname` is `obj` in a module other
    processes can import, else None."""
    name = getattr(func, "__module__", None)
    qualname = getattr(func, "__qualname__", "")
    if name in (None, "__main__") or "<locals>" in qualname:
        return None
    module = sys.modules.get(name)
    try:
        found = module
        for part in qualname.split("."):
            found = getattr(found, part)
    except AttributeError:
        return None
    return (name, qualname) if found is obj else None


def _source_of(func):
    """(filename, lines, first line) of `func`, or None without a source."""
    try:
        lines, start = source_lines(func)
    except Exception:  # noqa: BLE001 - no source: the receiver may have the file
        return None
    return func.__code__.co_filename, lines, start


def _register_source(source, func):
    """Makes `source` readable where its file does not exist (a worker on
    another machine, a deleted script): the whole file is not shipped, only
    the function's lines, placed at their line numbers. cloudpickle renames
    the file of the code it rebuilds ("<dynamic-code>"): the original name
    comes back, so errors point at the user's file."""
    if source is None:
        return
    filename, lines, start = source
    if func.__code__.co_filename != filename:
        func.__code__ = func.__code__.replace(co_filename=filename)
    if os.path.exists(filename):
        return
    text = _shipped.setdefault(filename, [])  # several functions of one file
    text.extend(["\n"] * (start - 1 + len(lines) - len(text)))
    text[start - 1:start - 1 + len(lines)] = lines
    linecache.cache[filename] = (sum(map(len, text)), None, text, filename)


_shipped = {}  # file name -> the lines of it that arrived with functions


def reduce_jitted(obj, rebuild, state):
    """`__reduce__` of a dispatcher or DUFunc: by reference when importable,
    else `rebuild(source, *state)`."""
    where = _importable_name(obj, obj.py_func)
    if where is not None:
        return _lookup, where
    return rebuild, (_source_of(obj.py_func),) + tuple(state)


def rebuild_dispatcher(source, py_func, options, signatures, locals):
    from .dispatcher import Dispatcher
    _register_source(source, py_func)
    return Dispatcher(py_func, options, signatures, locals)


def rebuild_dufunc(source, py_func, target, identity, options, signatures):
    from .vectorize import DUFunc
    _register_source(source, py_func)
    u = DUFunc(py_func, target, identity, options)
    for sig in signatures:
        u.add(sig)
    return u


# -- numpy.ufunc objects made by @vectorize(signatures) / @guvectorize ----------
# NumPy pickles a ufunc by its module and name. Ours keep a Token alive (in
# make_ufunc's keep_alive) and their description (what @vectorize or
# @guvectorize was given) is kept here: a ufunc that is not an importable
# global pickles by value, and `python -m nbc compile` finds what to compile.
# A live weak reference to the token means the ufunc at that id is still the
# one described; the token holds nothing, so no cycle passes through the
# ufunc's C data.
_MADE = {}  # id(ufunc) -> (weakref to its Token, description)


class Token:
    __slots__ = ("__weakref__",)


def remember_ufunc(ufunc, token, description):
    """Records how `ufunc` was made: a dict with "kind" ("vectorize" or
    "guvectorize"), "py_func", "loops", "target", "identity", "options",
    "doc" (and "nin", "nout", "layout" for guvectorize). `ufunc` keeps
    `token` alive."""
    key = id(ufunc)
    _MADE[key] = (weakref.ref(token, lambda _: _MADE.pop(key, None)), description)
    return ufunc


def ufunc_description(ufunc):
    """The description remember_ufunc recorded for `ufunc`, or None."""
    made = _MADE.get(id(ufunc))
    return made[1] if made is not None and made[0]() is not None else None


def _numpy_ufunc_reduce(u):
    return _previous_reduce(u) if _previous_reduce else u.__reduce__()


def _reduce_ufunc(u):
    description = ufunc_description(u)
    if description is None:
        return _numpy_ufunc_reduce(u)  # NumPy's own ufuncs, and others'
    where = _importable_name(u, description["py_func"])
    if where is not None:
        return _lookup, where
    return _rebuild_ufunc, (_source_of(description["py_func"]), description)


def _rebuild_ufunc(source, d):
    _register_source(source, d["py_func"])
    if d["kind"] == "vectorize":
        from .vectorize import build_ufunc
        return build_ufunc(d["py_func"], d["loops"], d["target"], d["identity"],
                           d["options"])
    from .guvectorize import build_gufunc
    return build_gufunc(d["py_func"], d["loops"], d["nin"], d["nout"], d["layout"],
                        d["target"], d["identity"], d["options"])


_previous_reduce = copyreg.dispatch_table.get(np.ufunc)
copyreg.pickle(np.ufunc, _reduce_ufunc)
