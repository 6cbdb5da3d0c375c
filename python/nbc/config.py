"""`nbc.config`: the settings Numba code commonly reads from `numba.config`.

    NUMBA_NUM_THREADS  the default (and most) number of threads of parallel
                       code: $NBC_NUM_THREADS, else $NUMBA_NUM_THREADS, else
                       $OMP_NUM_THREADS, else os.cpu_count(), as
                       nbc.set_num_threads sees it (nbcGetMaxThreads)
    DISABLE_JIT        $NUMBA_DISABLE_JIT or $NBC_DISABLE_JIT set to a
                       non-zero integer: `njit`/`jit` return the Python
                       function itself, as Numba's do (read at decoration
                       time, so it may also be set here before decorating)
    THREADING_LAYER    "omp" (read-only: nbc's parallel code runs on OpenMP)
"""

import os
import sys
import types


def _int_env(*names, default):
    for name in names:
        value = os.environ.get(name, "").strip()
        if value:
            try:
                return int(value)
            except ValueError:
                raise ValueError(f"environment variable {name} must be an integer, "
                                 f"not '{value}'") from None
    return default


NUMBA_NUM_THREADS = _int_env("NBC_NUM_THREADS", "NUMBA_NUM_THREADS", "OMP_NUM_THREADS",
                             default=os.cpu_count() or 1)
NUMBA_DEFAULT_NUM_THREADS = os.cpu_count() or 1
DISABLE_JIT = bool(_int_env("NUMBA_DISABLE_JIT", "NBC_DISABLE_JIT", default=0))
THREADING_LAYER = "omp"

_READ_ONLY = {"THREADING_LAYER": "nbc's parallel code runs on OpenMP only"}


class _Config(types.ModuleType):
    def __setattr__(self, name, value):
        if name in _READ_ONLY and value != _READ_ONLY.get(name):
            raise AttributeError(f"nbc.config.{name} is read-only: {_READ_ONLY[name]}")
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Config
