#!/usr/bin/python3
"""Writes the table-driven integration tests of test/Integration/Scalar/.

Every expected value is computed here by CPython (with fixed-width
wraparound where Python's ints would grow, as nbc's types do), and the test
compares it with what the compiled kernel prints. Run it with Debian's
/usr/bin/python3 from the repository root after changing a table; the
generated files are committed.
"""


import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from scalartests.arith import (gen_casts, gen_float_divmod, gen_float_pow,  # noqa: E402
                               gen_int_divmod, gen_int_pow, gen_numpy_casts,
                               gen_round_minmax, gen_shifts)
from scalartests.common import OUT  # noqa: E402
from scalartests.control import gen_math, gen_misc, gen_numpy_model, gen_ranges  # noqa: E402


def main():
    os.makedirs(OUT, exist_ok=True)
    gen_int_divmod()
    gen_int_pow()
    gen_float_divmod()
    gen_float_pow()
    gen_casts()
    gen_numpy_casts()
    gen_round_minmax()
    gen_shifts()
    gen_ranges()
    gen_numpy_model()
    gen_math()
    gen_misc()


if __name__ == "__main__":
    main()
