"""The type of a string a kernel computes at run time (Numba's
unicode_type): its code points (UCS-4) in a 1-D int32 array, which is its
MLIR type. The frontend keeps the type apart from int32 arrays, so no
array operation applies to a string by accident; nbc.npimpl.strings
implements the string operations on the code points."""

import numpy as np

from .types import Array, Tuple, Type, int32

CODE_POINTS = Array(int32, 1)


class Str(Type):
    def key(self):
        return ()

    def name(self):
        return "unicode_type"

    def mlir(self):
        return CODE_POINTS.mlir()


unicode_type = Str()  # Numba's name, for explicit signatures


def holds_str(t):
    """Whether a result of type `t` has strings to turn into `str`."""
    if isinstance(t, Str):
        return True
    return isinstance(t, Tuple) and any(holds_str(x) for x in t.items)


def code_points(s):
    """The int32 array of a Python string's code points (lone surrogates
    too), read-only: kernels do not write strings."""
    return np.frombuffer(s.encode("utf-32-le", "surrogatepass"), dtype=np.int32)


def box_str(codes):
    """The Python string of a kernel's code points (lone surrogates too)."""
    return codes.astype(np.int32, copy=False).tobytes().decode("utf-32-le",
                                                               "surrogatepass")
