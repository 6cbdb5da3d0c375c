"""str arguments are compile-time values, as None and jitted functions are:
the kernel is specialised on the string, so `method == "mean"`,
`method in ("max", "maximum")` and `"x" in method` are decided when it
compiles and only the taken branch is built (code after a `raise` in it is
dead). Results against CPython running the same functions."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


@nbc.njit
def summarise(a, method="mean", scale=1.0):
    if method == "mean":
        r = a.mean()
    elif method in ("max", "maximum"):
        r = a.max()
    elif method != "sum":
        raise ValueError("unknown method")
    else:
        r = a.sum()
    return r * scale


@nbc.njit
def caller(a, how):
    return summarise(a, how) + summarise(a, method=how, scale=2.0)


@pytest.mark.parametrize("method", ["mean", "max", "maximum", "sum"])
def test_specialised_on_the_string(method):
    a = np.arange(7.0)
    assert summarise(a, method) == summarise.py_func(a, method)
    assert summarise(a, method=method, scale=3.0) == summarise.py_func(a, method, 3.0)
    assert caller(a, method) == caller.py_func(a, method)


def test_default_string_and_unknown_value():
    a = np.arange(4.0)
    assert summarise(a) == a.mean()
    with pytest.raises(ValueError, match="unknown method"):
        summarise(a, "median")
    sigs = [s[1] for s in summarise.signatures]
    assert nbc.types.StringLiteral("mean") in sigs


@nbc.njit
def boundary_index(i, n, mode):
    if mode == "reflect":
        return -i - 1 if i < 0 else (2 * n - i - 1 if i >= n else i)
    elif mode == "nearest":
        return min(max(i, 0), n - 1)
    raise ValueError("mode must be reflect or nearest")


@nbc.njit
def read_padded(a, mode):
    s = 0.0
    for i in range(-2, len(a) + 2):
        j = boundary_index(i, len(a), mode)
        s += a[j] * (i + 3)
    return s


@pytest.mark.parametrize("mode", ["reflect", "nearest", "wrap"])
def test_a_callee_that_raises_for_this_string(mode):
    """For "wrap" boundary_index is a raise only: its caller still builds
    and raises the ValueError, as in CPython (before: "'<' not supported
    between Tuple() and int64" at compile time, the callee's None)."""
    a = np.arange(1.0, 6.0)
    if mode == "wrap":
        with pytest.raises(ValueError, match="mode must be reflect or nearest"):
            read_padded.py_func(a, mode)
        with pytest.raises(ValueError, match="mode must be reflect or nearest"):
            read_padded(a, mode)
        with pytest.raises(ValueError, match="mode must be reflect or nearest"):
            boundary_index(1, 5, mode)  # called from Python: raises too
    else:
        assert read_padded(a, mode) == read_padded.py_func(a, mode)


@nbc.njit
def substring(s, t):
    return ("x" in s) + 2 * (s != t) + 4 * (s not in ("a", "b"))


@pytest.mark.parametrize("s,t", [("x1", "x1"), ("a", "b"), ("", "y"), ("b", "b")])
def test_membership_and_inequality(s, t):
    assert substring(s, t) == substring.py_func(s, t)


def test_strings_compare_only_with_strings():
    @nbc.njit
    def bad(s, x):
        return s == x

    with pytest.raises(nbc.TypingError, match="strings compare only with strings"):
        bad("a", 1.0)


def test_printing_a_string_argument(capsys):
    @nbc.njit
    def show(label, x):
        print(label, x, f"[{label}]")

    show("total:", 3)
    assert capsys.readouterr().out == "total: 3 [total:]\n"
