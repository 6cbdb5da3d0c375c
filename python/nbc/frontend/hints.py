"""What to write instead: the line an UnsupportedError ends with, for Python
that kernels cannot contain. Keyed by the AST node's class name (statements
and expressions) or by the builtin's name."""

CONSTRUCT_HINTS = {
    # statements
    "With": "context managers are not supported in kernels: enter them in Python "
            "around the call",
    "Global": "kernels cannot rebind module globals: return the new value, or "
              "write into an array argument (reading globals works)",
    "Nonlocal": "kernels cannot rebind enclosing variables: return the new value, "
                "or write into an array argument",
    "Delete": "'del' is supported on dict and list items (`del d[k]`, `del l[i]`, "
              "`del l[a:b]`) only: assign a new value instead",
    "ClassDef": "classes are not supported in kernels: use arrays and tuples, "
                "and module-level @nbc.njit functions",
    "Import": "import the module at module level: kernels read it as a global",
    "ImportFrom": "import at module level: kernels read the names as globals",
    "Match": "'match' is not supported: use if/elif",
    "AsyncFunctionDef": "async functions are not supported in kernels",
    "AsyncFor": "async loops are not supported in kernels",
    "AsyncWith": "async context managers are not supported in kernels",
    # expressions
    "Yield": "generators are not supported: write the loop in the kernel, or "
             "fill an array with the values",
    "YieldFrom": "generators are not supported: write the loop in the kernel",
    "GeneratorExp": "write the loop, or use a reduction on an array "
                    "(np.sum(a), a.max(), ...)",
    "JoinedStr": "f-strings are supported only as arguments of print()",
    "Await": "async code is not supported in kernels",
}

BUILTIN_HINTS = {
    "input": "kernels cannot read input: pass the values as arguments",
    "open": "kernels cannot do I/O: read the data in Python and pass arrays",
    "type": "type(x) is supported as a cast, type(x)(v), as Numba's: to test the "
            "type, use isinstance(x, T), which is decided at compile time",
    "tuple": "a tuple's length is part of its type, and an array's or a list's is "
             "known only at run time (Numba refuses tuple(array) too): index the "
             "items (a[0], a[1]) or keep the array; tuple(t) of a tuple works",
    "getattr": "getattr() takes an object and a constant attribute name "
               "(getattr(a, 'shape')), as Numba; no default",
    "repr": "repr() is not supported: str(x) of ints, bools and strings is, and "
            "print() and raise messages format values (f-strings, !r)",
}

STRING_HINT = ("strings support len, indexing, slicing, iteration, comparisons, in, "
               "+, *, ord, chr, startswith, endswith and find (docs/Python.md, "
               "Strings); not yet as items of lists, dicts, sets or arrays")
