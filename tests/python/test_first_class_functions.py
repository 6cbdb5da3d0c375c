"""Jitted functions as arguments (Numba's first-class dispatcher type): the
kernel is specialised on the function and calls it directly; checked
against CPython running the same code."""

import numpy as np
import pytest

import nbc
from conftest import check, requires_exec


@nbc.njit
def square(x):
    return x * x


@nbc.njit
def cube(x):
    return x * x * x


@nbc.njit
def trapezoid(f, a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h


@nbc.njit
def apply_twice(f, x):
    return f(f(x))


@nbc.njit
def composed(x):
    # A function passed on between compiled functions.
    return apply_twice(square, x) + trapezoid(cube, 0.0, 1.0, 4)


@nbc.njit
def map_into(f, a, out):
    for i in range(a.shape[0]):
        out[i] = f(a[i])
    return out


@pytest.mark.parametrize("f", [square, cube], ids=["square", "cube"])
@pytest.mark.parametrize("a,b,n", [(0.0, 1.0, 1000), (-1.0, 2.0, 7)])
def test_integrator_takes_a_function(f, a, b, n):
    check(trapezoid, f, a, b, n)


def test_functions_passed_on_and_nested():
    check(apply_twice, square, 3)
    check(apply_twice, cube, 1.5)
    check(composed, 2.0)


def test_array_map():
    a = np.arange(6.0)
    check(map_into, cube, a, np.zeros(6))


@requires_exec
def test_each_function_is_its_own_specialisation():
    trapezoid(square, 0.0, 1.0, 10)
    trapezoid(cube, 0.0, 1.0, 10)
    names = {str(sig[0]) for sig in trapezoid.signatures}
    assert {"function(square)", "function(cube)"} <= names


@requires_exec
def test_numba_jitted_function_is_accepted():
    numba = pytest.importorskip("numba")

    @numba.njit
    def shifted(x):
        return x + 1.0

    assert trapezoid(shifted, 0.0, 1.0, 10) == pytest.approx(1.5)


def test_plain_python_function_is_refused():
    with pytest.raises(TypeError, match="plain Python callable .*pass a jitted "
                       r"function \(@nbc.njit\)"):
        trapezoid(lambda x: x, 0.0, 1.0, 10)
