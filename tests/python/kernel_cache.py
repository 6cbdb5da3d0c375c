"""One dispatcher per Python function and options for a test module, so a
kernel checked on many inputs of one signature compiles once (each distinct
signature still compiles: dtype, ndim, layout). Use it only for kernels that
are checked by value; tests about compiling itself call nbc.njit directly."""
import functools

import nbc


@functools.lru_cache(maxsize=None)
def _cached(fn, options):
    return nbc.njit(**dict(options))(fn)


def njit(fn, **options):
    return _cached(fn, tuple(sorted(options.items())))
