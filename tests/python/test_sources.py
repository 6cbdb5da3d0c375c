"""Where nbc finds a function's source: files, notebook cells (linecache),
`python -c` programs; a clear error where there is none (the interactive
prompt, stdin, a bare exec())."""

import linecache
import subprocess
import sys
import textwrap

import numpy as np
import pytest

import nbc
from conftest import requires_exec
from nbc.errors import UnsupportedError

PROGRAM = textwrap.dedent("""
    import numpy as np
    import nbc

    @nbc.njit
    def total(a, scale=2.0):
        s = 0.0
        for i in range(a.shape[0]):
            s += a[i] * scale
        return s

    print(total(np.arange(10.0)), total.py_func(np.arange(10.0)))
""")


def run(args, stdin=None):
    return subprocess.run([sys.executable, *args], input=stdin, capture_output=True,
                          text=True, timeout=300)


@requires_exec
def test_python_c_program():
    proc = run(["-c", PROGRAM])
    assert proc.returncode == 0, proc.stderr
    got, want = proc.stdout.split()
    assert got == want == "90.0"


@requires_exec
def test_python_c_program_that_execs_a_string():
    """The -c text is not the source of a function exec() made: a clear
    error, not the wrong source."""
    program = ("import nbc\nns = {}\nexec('def g(x):\\n    return x * 2\\n', ns)\n"
               "print(nbc.njit(ns['g'])(4))\n")
    proc = run(["-c", program])
    assert proc.returncode != 0
    assert "cannot read the source of g: it was made by exec() of a string" in proc.stderr


def test_stdin_has_no_source():
    proc = run(["-"], stdin=PROGRAM)
    assert proc.returncode != 0
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("nbc.errors.UnsupportedError: cannot read the source of "
                           "total: it was typed at the interactive prompt or read "
                           "from stdin"), proc.stderr
    assert "define the function in a file, a notebook cell" in last


@requires_exec
def test_notebook_cell_in_linecache():
    """IPython/Jupyter register each cell's text in linecache under the
    filename the cell's code was compiled with."""
    name = "<ipython-input-7-0123456789ab>"
    cell = "def cube(x):\n    return x * x * x\n"
    linecache.cache[name] = (len(cell), None, cell.splitlines(True), name)
    try:
        namespace = {}
        exec(compile(cell, name, "exec"), namespace)
        cube = nbc.njit(namespace["cube"])
        assert cube(3) == 27 and cube(1.5) == 3.375
    finally:
        del linecache.cache[name]


def test_bare_exec_is_a_clear_error():
    namespace = {}
    exec("def half(x):\n    return x / 2\n", namespace)
    with pytest.raises(UnsupportedError, match="cannot read the source of half: it "
                       r"was made by exec\(\) of a string"):
        nbc.njit(namespace["half"])(1.0)


@requires_exec
def test_renamed_function_still_compiles():
    def make():
        def kernel(x):
            return x + 1
        kernel.__name__ = "renamed"  # the def says `kernel`
        return kernel
    assert nbc.njit(make())(2) == 3


# Two lambdas on one line, one nested in the other: each is found by the
# columns its code records. Numba compiles `njit(lambda ...)` too.
plus_one, scaled_by = (lambda x: x + 1), (lambda k: (lambda z: z * k + 0.5))


@requires_exec
def test_lambdas_compile_from_their_file():
    assert nbc.njit(plus_one)(2) == 3 and nbc.njit(plus_one)(2.5) == 3.5
    assert nbc.njit(scaled_by(3))(4) == scaled_by(3)(4) == 12.5
    assert nbc.njit(lambda a, b=2: a * b)(3) == 6
    clip = nbc.njit(lambda a: np.minimum(a, 1.0).sum())
    assert clip(np.arange(4.0)) == np.minimum(np.arange(4.0), 1.0).sum()


def test_lambda_errors_point_at_the_lambda():
    broken = nbc.njit(lambda s: s.no_such_attribute)
    with pytest.raises(UnsupportedError) as info:
        broken(1.0)
    text = str(info.value)
    assert "test_sources.py" in text and "broken = nbc.njit(lambda s: s.no_such" in text
