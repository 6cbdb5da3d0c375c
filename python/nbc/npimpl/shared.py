"""@library: the npimpl functions big enough to compile once per process
(for each argument types and codegen options) and call from every kernel
that uses them, instead of compiling them into each (frontend/library.py)."""

LIBRARY_FUNCTIONS = set()


def library(fn):
    LIBRARY_FUNCTIONS.add(fn)
    return fn
