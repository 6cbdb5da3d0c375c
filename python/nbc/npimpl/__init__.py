"""NumPy functions written in Python and compiled by nbc's own frontend
when a kernel calls them, as Numba implements much of NumPy: loops over
the supported subset, so they lower through the dialect like user code
(nothing calls back into Python at run time). `IMPLEMENTATIONS` maps the
np.* name to the function; keyword arguments with string values (`side=`)
(and constant flags: `return_counts=`) pick one of several functions at
compile time (`STRING_CHOICES`)."""

from .ordering import (median, nanmedian, percentile, percentile_scalar, quantile,
                       quantile_scalar, unique, unique_counts)
from .searching import (bincount, roll, searchsorted_left, searchsorted_left_scalar,
                        searchsorted_right, searchsorted_right_scalar)

IMPLEMENTATIONS = {"bincount": bincount, "roll": roll,
                   "searchsorted": searchsorted_left}
# Order statistics and np.unique (ordering.py), built on np.sort.
ORDERING = {"median": median, "nanmedian": nanmedian, "percentile": percentile,
            "quantile": quantile, "unique": unique}
IMPLEMENTATIONS.update(ORDERING)
# The functions whose float64 result NumPy gives as float32 for float32 input.
KEEP_FLOAT32 = ("median", "nanmedian", "percentile", "quantile")
# name -> (keyword, {value: function}, default)
STRING_CHOICES = {"searchsorted": ("side", {"left": searchsorted_left,
                                            "right": searchsorted_right}, "left"),
                  "unique": ("return_counts", {False: unique, True: unique_counts},
                             False)}
# The function for a scalar second argument, where the result is a scalar.
SCALAR_VARIANTS = {searchsorted_left: searchsorted_left_scalar,
                   searchsorted_right: searchsorted_right_scalar,
                   percentile: percentile_scalar, quantile: quantile_scalar}
