"""print() inside kernels writes what CPython's print writes for the same
function (checked by running py_func under the same capture): scalars of
every dtype, floats in repr's shortest form, bools, complex, None, string
literals, f-strings, sep=/end=, tuples, and arrays as NumPy's str; lines
from prange threads arrive whole."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


def both(capsys, fn, *args):
    """(compiled output, CPython output) of fn(*args)."""
    fn(*args)
    compiled = capsys.readouterr().out
    fn.py_func(*args)
    return compiled, capsys.readouterr().out


@nbc.njit
def scalars(n, x, flag):
    print(n, x, flag)
    print("n =", n, "x =", x, sep="|", end="!\n")
    print()
    print(None, "text", 3, 2.5, True)
    return n


@pytest.mark.parametrize("x", [0.1, 1.0, -0.0, 1e-05, 1e16, 123456789.0, 1 / 3, 2.5e-300,
                               float("inf"), float("-inf"), float("nan"), 1e22, 0.0001])
def test_floats_and_ints(capsys, x):
    for n in (0, -7, 2**62):
        compiled, python = both(capsys, scalars, n, x, n > 0)
        assert compiled == python


@nbc.njit
def typed(a):
    for i in range(a.shape[0]):
        print(a[i])


@pytest.mark.parametrize("dtype", [np.int8, np.int32, np.uint8, np.uint64, np.int64,
                                   np.float64, np.bool_])
def test_element_types(capsys, dtype):
    a = np.array([0, 1, 5, 200], dtype=np.int64).astype(dtype)
    compiled, python = both(capsys, typed, a)
    # CPython prints NumPy scalars by their own str(); same text for these.
    assert compiled == python


def test_float32_prints_as_the_python_float_it_boxes_to(capsys):
    typed(np.array([0.1], np.float32))
    assert capsys.readouterr().out == f"{float(np.float32(0.1))}\n"  # as Numba


@nbc.njit
def complexes(z):
    print(z, z * 1j, z.real)


@pytest.mark.parametrize("z", [1 + 2j, -1.5j, 0j, complex(-0.0, 1), 1e20 - 3j])
def test_complex(capsys, z):
    compiled, python = both(capsys, complexes, z)
    assert compiled == python


@nbc.njit
def formatted(n, x):
    print(f"n={n}, x={x}!", (n, x), (n,), f"{n}")
    return n


def test_fstrings_and_tuples(capsys):
    compiled, python = both(capsys, formatted, 4, 0.25)
    assert compiled == python


@nbc.njit
def arrays(a):
    print("a:", a)
    print(a.T)


@pytest.mark.parametrize("a", [np.arange(5.0), np.arange(12).reshape(3, 4), np.zeros(0),
                               np.arange(24.0).reshape(2, 3, 4)[:, ::2, ::-1],
                               np.array([True, False]), np.linspace(0, 1, 7)])
def test_arrays_print_as_numpy(capsys, a):
    compiled, python = both(capsys, arrays, a)
    assert compiled == python


@nbc.njit(parallel=True)
def parallel(n):
    total = 0
    for i in nbc.prange(n):
        print("item", i)
        total += i
    return total


@pytest.mark.parametrize("nogil", [True, False])
def test_prange_lines_arrive_whole(capsys, nogil):
    fn = nbc.njit(parallel=True, nogil=nogil)(parallel.py_func)
    assert fn(200) == sum(range(200))
    lines = capsys.readouterr().out.splitlines()
    assert sorted(lines) == sorted(f"item {i}" for i in range(200))


def test_unsupported_print_arguments():
    # (format specs and file= are in test_print_format.py)
    @nbc.njit
    def dynamic_sep(x, s):
        print(x, x, sep=s)

    with pytest.raises(nbc.UnsupportedError, match="sep= must be a string constant"):
        dynamic_sep(1, 2)

    @nbc.njit
    def module(x):
        print(np, x)

    with pytest.raises(nbc.UnsupportedError, match="print\\(\\) of np is not supported"):
        module(1)
