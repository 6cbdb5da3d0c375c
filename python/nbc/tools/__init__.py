"""Tools for the workflow of nbc's users: benchmark a kernel against its
Python original (`bench`), keep a registry of optimised functions and check
it in CI (`registry`), find which hot functions nbc can compile
(`profile`), and write NumPy functions nbc implements as an nbc-dialect
module for frontends in other languages (`export_ir`). Each is also a
`python -m nbc` command (`export-ir`)."""

from .bench import benchmark, format_table

__all__ = ["benchmark", "format_table"]
