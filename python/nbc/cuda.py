"""nbc.cuda: nbc compiles for CPUs only. Code written for Numba often
imports `cuda` and asks `cuda.is_available()` (stumpy does, at import) or
decorates GPU kernels with `@cuda.jit` at import time: both work here;
calling such a kernel raises, and the module has nothing else."""

from .errors import UnsupportedError

_NO_GPU = ("nbc compiles for CPUs only: nbc.cuda.{} is not available "
           "(check nbc.cuda.is_available() first)")


def is_available():
    return False


class _GPUKernel:
    """What @cuda.jit gives: refuses to be launched or called."""

    def __init__(self, func):
        self.py_func = func

    def __getitem__(self, launch_configuration):
        raise UnsupportedError(_NO_GPU.format(f"jit kernel {self._name()}"))

    def __call__(self, *args, **kwargs):
        raise UnsupportedError(_NO_GPU.format(f"jit kernel {self._name()}"))

    def _name(self):
        return getattr(self.py_func, "__name__", "?")


def jit(func_or_signature=None, **options):
    if callable(func_or_signature):
        return _GPUKernel(func_or_signature)
    return _GPUKernel  # @cuda.jit("signature", device=True)


def __getattr__(name):
    # An AttributeError, so hasattr(cuda, name) stays False.
    raise AttributeError(f"module 'nbc.cuda' has no attribute '{name}': "
                         + _NO_GPU.format(name))
