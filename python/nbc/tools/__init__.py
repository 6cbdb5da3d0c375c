"""Tools for the workflow of nbc's users: benchmark a kernel against its
Python original (`bench`), keep a registry of optimised functions and check
it in CI (`registry`), and find which hot functions nbc can compile
(`profile`). Each is also a `python -m nbc` command."""

from .bench import benchmark, format_table

__all__ = ["benchmark", "format_table"]
