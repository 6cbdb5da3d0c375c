"""`nbc.prange`: Numba's parallel range (a plain range when run by Python),
and thread control."""

import operator
import os

# NBC_NUM_THREADS / NUMBA_NUM_THREADS set the default thread count of every
# thread's parallel regions: libomp reads OMP_NUM_THREADS when it starts,
# which is after this import.
for _name in ("NBC_NUM_THREADS", "NUMBA_NUM_THREADS"):
    if os.environ.get(_name) and "OMP_NUM_THREADS" not in os.environ:
        os.environ["OMP_NUM_THREADS"] = os.environ[_name]
        break


def prange(*args):
    return range(*args)


# Thread control, with Numba's names and semantics (libNBC-C's nbc*Threads
# over the libomp the JIT loads): the setting belongs to the calling thread
# and applies to the parallel regions it starts afterwards.

def _core():
    from . import _core as core
    return core


def set_num_threads(n):
    """Parallel regions this thread runs from now on use `n` threads
    (1 <= n <= nbc.config.NUMBA_NUM_THREADS, else ValueError)."""
    if isinstance(n, bool) or not hasattr(n, "__index__"):
        raise TypeError("The number of threads specified must be an integer, "
                        f"not {type(n).__name__}")
    _core().set_num_threads(operator.index(n))


def get_num_threads():
    """The thread count of this thread's next parallel region."""
    return _core().get_num_threads()


def get_thread_id():
    """This thread's number in the parallel region it runs (0 outside one)."""
    return _core().get_thread_id()
