"""One dispatcher per Python function and options (nbc's, or Numba's for
the side-by-side references), so a
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


@functools.lru_cache(maxsize=None)
def numba_njit(fn):
    """Numba's dispatcher for `fn`, one per function (numba imported only
    by the tests that compare with it)."""
    import numba
    return numba.njit(fn)
