"""NumPy functions written in Python and compiled by nbc's own frontend
when a kernel calls them, as Numba implements much of NumPy: loops over
the supported subset, so they lower through the dialect like user code
(nothing calls back into Python at run time). `IMPLEMENTATIONS` maps the
np.* name to the function; keyword arguments with string values (`side=`)
pick one of several functions at compile time (`STRING_CHOICES`)."""

from .searching import (bincount, roll, searchsorted_left, searchsorted_left_scalar,
                        searchsorted_right, searchsorted_right_scalar)

IMPLEMENTATIONS = {"bincount": bincount, "roll": roll,
                   "searchsorted": searchsorted_left}
# name -> (keyword, {value: function}, default)
STRING_CHOICES = {"searchsorted": ("side", {"left": searchsorted_left,
                                            "right": searchsorted_right}, "left")}
# The function for a scalar second argument, where the result is a scalar.
SCALAR_VARIANTS = {searchsorted_left: searchsorted_left_scalar,
                   searchsorted_right: searchsorted_right_scalar}
