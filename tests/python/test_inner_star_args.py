"""`*args`, keyword-only and positional-only parameters of functions
defined inside a kernel (defs and lambdas), called with several arities,
by keyword and with `f(*t)`, against CPython running the same code.
Numba 0.68 does not run these (its inner functions take no `*args`: a
wrong-arity typing error, or "Calling a closure with *args is
unsupported"; keyword-only defaults: "op_MAKE_FUNCTION with kwdefaults is
not implemented"), so there is no Numba column."""

import numpy as np
import pytest

import nbc
from conftest import check, requires_exec

pytestmark = requires_exec


def star_arities(a):
    def count(*xs):
        return len(xs)
    def total(*xs):
        s = 0.0
        for x in xs:
            s += x
        return s
    def head_rest(h, *rest):
        return h * 10 + len(rest)
    last = lambda *xs: xs[-1]  # noqa: E731
    t = (a[0], a[1], a[2])
    return (count(), count(a[0]), count(a[0], 1, 2.5), total(a[0], a[1]), total(*t),
            head_rest(a[1]), head_rest(a[1], 2, 3), head_rest(*t), head_rest(1, *t),
            last(a[0], a[1]) + last(*(a[2], 7)))


def keyword_only_and_captured(a):
    c = a[0]
    def scaled(x, *more, k=2, bias):
        return (x + len(more)) * k + bias + c
    def positional_only(x, /, y=3):
        return x - y
    out = np.empty(6)
    out[0] = scaled(a[1], bias=1)
    out[1] = scaled(a[1], 5, 6, k=0.5, bias=0)
    out[2] = scaled(*(a[1], a[2]), bias=a[0])
    out[3] = positional_only(a[2])
    out[4] = positional_only(a[2], y=1)
    out[5] = positional_only(a[2], 1)
    return out


def star_args_rebinding(a):
    n = 0
    def add_all(*xs):
        nonlocal n
        for x in xs:
            n += x
    add_all(a[0])
    add_all(a[1], a[2])
    add_all()
    return n


@pytest.mark.parametrize("fn", [star_arities, keyword_only_and_captured,
                                star_args_rebinding], ids=lambda f: f.__name__)
@pytest.mark.parametrize("dtype", [np.float64, np.int64])
def test_inner_star_args_as_cpython(fn, dtype):
    check(nbc.njit(fn), np.array([3, 1, 4], dtype=dtype))


def missing_keyword_only(a):
    def f(x, *, k):
        return x + k
    return f(a[0])


def too_many_positional(a):
    def f(x, *, k=1):
        return x + k
    return f(a[0], 2)


def keyword_to_positional_only(a):
    def f(x, /):
        return x
    return f(x=a[0])


@pytest.mark.parametrize("fn", [missing_keyword_only, too_many_positional,
                                keyword_to_positional_only], ids=lambda f: f.__name__)
def test_bad_calls_raise_cpythons_message_located(fn):
    a = np.arange(3.0)
    with pytest.raises(TypeError) as want:
        fn(a)
    with pytest.raises(nbc.TypingError) as got:
        nbc.njit(fn)(a)
    assert str(want.value).split("() ", 1)[1] in str(got.value)
    assert "test_inner_star_args.py" in str(got.value)


def double_star(a):
    def f(x, **options):
        return x
    return f(a[0])


def test_double_star_parameters_are_refused():
    with pytest.raises(nbc.UnsupportedError, match=r"\*\*options parameters") as info:
        nbc.njit(double_star)(np.arange(3.0))
    assert "test_inner_star_args.py" in str(info.value)
