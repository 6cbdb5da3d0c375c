"""A call with the wrong arguments raises CPython's own TypeError, with its
exact message, like the Python function would."""

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


def add(a, b):
    return a + b


def scale(a, s=2.0):
    return a * s


def python_error(fn, args, kwargs):
    try:
        fn(*args, **kwargs)
    except TypeError as e:
        return str(e)
    return None


CASES = [
    (add, (1,), {}), (add, (), {}), (add, (1, 2, 3), {}), (add, (1, 2, 3, 4), {}),
    (add, (1,), {"c": 2}), (add, (1,), {"a": 2}), (add, (1, 2), {"b": 3}),
    (scale, (), {}), (scale, (1.0, 2.0, 3.0), {}), (scale, (1.0,), {"t": 1}),
]


@pytest.mark.parametrize("fn,args,kwargs", CASES)
def test_wrong_arguments_raise_cpythons_type_error(fn, args, kwargs):
    want = python_error(fn, args, kwargs)
    assert want is not None
    kernel = nbc.njit(fn)
    for _ in range(2):  # before and after a successful call (C fast path)
        with pytest.raises(TypeError) as e:
            kernel(*args, **kwargs)
        assert not isinstance(e.value, nbc.TypingError)
        assert str(e.value) == want
        kernel(*([1.0] * (2 if fn is add else 1)))


def test_defaults_and_keywords_bind_like_python():
    k = nbc.njit(scale)
    assert k(3.0) == 6.0
    assert k(3.0, 3.0) == 9.0
    assert k(3.0, s=4.0) == 12.0
    assert k(s=1.0, a=5.0) == 5.0
    j = nbc.njit(add)
    assert j(b=1, a=2) == 3


def test_explicit_signatures_check_the_count_first():
    k = nbc.njit("float64(float64, float64)")(add)
    with pytest.raises(TypeError, match=r"add\(\) missing 1 required positional "
                                        r"argument: 'b'"):
        k(1.0)


def test_vectorize_wrong_argument_count_is_a_type_error():
    f = nbc.vectorize(["float64(float64, float64)"])(add)
    g = nbc.vectorize(add)
    for u in (f, g):
        with pytest.raises(TypeError) as e:
            u(np.ones(3))
        assert not isinstance(e.value, nbc.TypingError)
        with pytest.raises(TypeError):
            u(np.ones(3), np.ones(3), np.ones(3), np.ones(3))
    assert (g(np.ones(3), np.ones(3)) == 2).all()


def test_guvectorize_wrong_argument_count_is_a_type_error():
    @nbc.guvectorize(["void(float64[:], float64[:], float64[:])"], "(n),(n)->(n)")
    def gadd(a, b, out):
        for i in range(a.shape[0]):
            out[i] = a[i] + b[i]

    with pytest.raises(TypeError) as e:
        gadd(np.ones(3))
    assert not isinstance(e.value, nbc.TypingError)
    assert (gadd(np.ones(3), np.ones(3)) == 2).all()
