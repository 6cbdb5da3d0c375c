"""Calls between compiled functions bind arguments as Python does: defaults,
keyword arguments, and CPython's errors at compile time."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec


@nbc.njit
def window_sum(a, window=3, scale=2.0, start=0):
    s = 0.0
    for i in range(start, min(start + window, len(a))):
        s += a[i] * scale
    return s


def callers():
    def positional_defaults(a):
        return window_sum(a) + window_sum(a, 5)

    def keywords(a):
        return window_sum(a, scale=0.5) + window_sum(a, start=2, window=2)

    def all_keywords(a):
        return window_sum(scale=1.5, a=a, start=1)

    def int_for_float_default(a):
        return window_sum(a, 4, 3)

    return [positional_defaults, keywords, all_keywords, int_for_float_default]


@requires_exec
@pytest.mark.parametrize("fn", callers(), ids=lambda f: f.__name__)
@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.int64])
def test_defaults_and_keywords_between_compiled_functions(fn, dtype):
    a = (np.arange(10) * 3 % 7).astype(dtype)
    expected = fn(a)  # CPython, calling the compiled window_sum's Python body
    got = nbc.njit(fn)(a)
    assert got == pytest.approx(expected, rel=1e-6)


def bad_calls():
    def too_many(a):
        return window_sum(a, 1, 2.0, 0, 9)

    def missing(a):
        return window_sum(window=2)

    def unknown_keyword(a):
        return window_sum(a, size=2)

    def twice(a):
        return window_sum(a, 2, window=3)

    return [too_many, missing, unknown_keyword, twice]


@pytest.mark.parametrize("fn", bad_calls(), ids=lambda f: f.__name__)
def test_bad_calls_are_typing_errors_with_cpythons_wording(fn):
    a = np.ones(3)
    with pytest.raises(TypeError) as cpython:  # the same call run by CPython
        fn(a)
    with pytest.raises(nbc.TypingError) as compiled:
        nbc.njit(fn)(a)
    assert str(compiled.value).splitlines()[0] == str(cpython.value)
