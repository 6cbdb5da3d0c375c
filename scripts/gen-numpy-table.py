#!/usr/bin/env python3
"""Writes the table of NumPy functions nbc compiles into docs/Python.md
(between the numpy-table markers), from the frontend's own registry
(nbc.frontend.numpy_calls.NUMPY_GROUPS, np.random.Generator's methods in
nbc.frontend.random_generator.METHOD_PARAMETERS, the ufunc methods of
nbc.frontend.scans.UFUNC_METHODS, np.linalg's NP_LINALG_FUNCTIONS and
np.array/np.asarray). `--check` only compares (tests/python/test_numpy_table.py)."""

import pathlib
import sys

BEGIN = "<!-- numpy-table:begin (scripts/gen-numpy-table.py) -->"
END = "<!-- numpy-table:end -->"
DOC = pathlib.Path(__file__).resolve().parent.parent / "docs" / "Python.md"


def table():
    from nbc.frontend.arrays import NP_LINALG_FUNCTIONS
    from nbc.frontend.numpy_calls import NUMPY_GROUPS
    groups = dict(NUMPY_GROUPS)
    groups["Arrays from lists and tuples"] = ["array", "asarray"]
    rows = ["| kind | functions |", "|---|---|"]
    for kind, names in groups.items():
        rows.append(f"| {kind} | " + ", ".join(f"`np.{n}`" for n in names) + " |")
    from nbc.frontend.random_generator import METHOD_PARAMETERS
    rows.append("| Random numbers (`np.random.Generator` methods) | " +
                ", ".join(f"`Generator.{m}`" for m in METHOD_PARAMETERS) + " |")
    from nbc.frontend.scans import UFUNC_METHODS
    for method, ufuncs in UFUNC_METHODS.items():
        rows.append(f"| Ufunc method `{method}` | " +
                    ", ".join(f"`np.{u}.{method}`" for u in ufuncs) + " |")
    rows.append("| Linear algebra (LAPACK) | " +
                ", ".join(f"`np.linalg.{n}`" for n in NP_LINALG_FUNCTIONS) + " |")
    return "\n".join(rows)


def main():
    text = DOC.read_text()
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    new = f"{head}{BEGIN}\n{table()}\n{END}{tail}"
    if "--check" in sys.argv:
        if new != text:
            sys.exit("docs/Python.md's NumPy table is out of date: run "
                     "scripts/gen-numpy-table.py")
        return
    DOC.write_text(new)


if __name__ == "__main__":
    main()
