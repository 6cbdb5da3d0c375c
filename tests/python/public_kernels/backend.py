"""The decorators the kernel modules import, bound per load to CPython,
Numba or nbc by `load(domain, name)`: the same source compiled three ways.

A decorator that fails (nbc refusing an explicit signature, say) gives a
stand-in that raises the same error when called, so one kernel's failure
does not hide the rest of its module."""

import functools
import importlib.util
import inspect
import os
import sys

import numpy as np

HERE = os.path.dirname(__file__)
_current = {}


def _guarded(decorate):
    def apply(func):
        try:
            return decorate(func)
        except Exception as err:  # noqa: BLE001 - re-raised at the call
            error = err

            def refused(*args, **kwargs):
                raise error
            refused.__name__ = func.__name__
            return refused
    return apply


def _decorator(kind):
    def deco(*args, **kwargs):
        make = _current[kind]
        if len(args) == 1 and not kwargs and inspect.isfunction(args[0]):
            return _guarded(make)(args[0])
        return _guarded(lambda f: make(*args, **kwargs)(f))
    return deco


njit = _decorator("njit")
jit = _decorator("jit")
vectorize = _decorator("vectorize")
guvectorize = _decorator("guvectorize")


def _python_vectorize(*args, **kwargs):
    def wrap(func):
        return np.vectorize(func)
    if args and inspect.isfunction(args[0]):
        return np.vectorize(args[0])
    return wrap


def _python_guvectorize(*args, **kwargs):
    return lambda func: func  # called with its output argument, as a gufunc


def _python_jit(*args, **kwargs):
    if args and inspect.isfunction(args[0]):
        return args[0]
    return lambda func: func


def _bindings(name):
    if name == "python":
        return dict(njit=_python_jit, jit=_python_jit, vectorize=_python_vectorize,
                    guvectorize=_python_guvectorize, prange=range)
    if name == "numba":
        import numba
        return dict(njit=numba.njit, jit=numba.jit, vectorize=numba.vectorize,
                    guvectorize=numba.guvectorize, prange=numba.prange)
    import nbc
    return dict(njit=nbc.njit, jit=nbc.jit, vectorize=nbc.vectorize,
                guvectorize=nbc.guvectorize, prange=nbc.prange)


@functools.cache
def load(domain, name, directory=HERE, package="public_kernels"):
    """The module `<directory>/<domain>.py` with its decorators bound to
    `name` ('python', 'numba' or 'nbc'); `prange` is that backend's own."""
    global prange
    _current.clear()
    _current.update(_bindings(name))
    prange = _current["prange"]
    spec = importlib.util.spec_from_file_location(
        f"{package}_{domain}_{name}", os.path.join(directory, f"{domain}.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # Numba's cache=True looks the module up
    spec.loader.exec_module(module)
    return module


prange = range
