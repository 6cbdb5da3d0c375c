"""Compile-time errors name the construct and the user's file:line."""

import inspect
import os
import threading

import numpy as np
import pytest

import nbc
from conftest import requires_exec

HERE = os.path.basename(__file__)


def line_of(fn, text):
    lines, start = inspect.getsourcelines(fn)
    for k, line in enumerate(lines):
        if text in line:
            return start + k
    raise AssertionError(text)


def uses_dict(x):
    d = {"a": x}
    return d


def uses_setcomp(n):  # (comprehensions are supported: test_lists.py, test_sets.py)
    return {i for i in range(n)}.sort()  # sets have no sort()


def uses_class(x):
    class A:
        pass
    return x


def uses_generator(n):
    yield n


def bad_types(a):
    return a << 1.5


def undefined_name(x):
    return x + not_defined_anywhere  # noqa: F821


def shift_float(x):
    y = x + 1
    return y >> 2


CASES = [
    (uses_dict, (1,), nbc.UnsupportedError, "string", '{"a": x}'),
    (uses_setcomp, (3,), nbc.UnsupportedError, "unsupported set method 'sort'", "return {"),
    (uses_class, (1,), nbc.UnsupportedError, "ClassDef", "class A"),
    (uses_generator, (1,), nbc.UnsupportedError, "generator", "yield n"),
    (bad_types, (1,), nbc.TypingError, "<<", "a << 1.5"),
    (undefined_name, (1,), nbc.TypingError, "not_defined_anywhere", "return x +"),
    (shift_float, (1.5,), nbc.TypingError, ">>", "y >> 2"),
]


@pytest.mark.parametrize("fn,args,exc,construct,where", CASES,
                         ids=[c[0].__name__ for c in CASES])
def test_error_names_construct_and_line(fn, args, exc, construct, where):
    with pytest.raises(exc) as info:
        nbc.njit(fn)(*args)
    message = str(info.value)
    first = message.splitlines()[0]
    assert construct in first, message
    assert f"{HERE}\", line {line_of(fn, where)}" in message, message
    assert "Traceback" not in message


def test_call_time_type_error_lists_signatures():
    k = nbc.njit("float64(float64[:])")(lambda_free_sum)
    with pytest.raises(TypeError) as info:
        k(np.arange(3))  # int64 array: no matching signature
    assert "float64" in str(info.value) and "array" in str(info.value)


def lambda_free_sum(a):
    s = 0.0
    for x in a:
        s += x
    return s


def test_unsupported_argument_type():
    k = nbc.njit(lambda_free_sum)
    with pytest.raises(TypeError):
        k([{1: 2}])  # lists of dicts are not supported (lists of scalars are)


def test_explicit_signature_compiles_eagerly():
    k = nbc.njit(["float64(float64[:])", "float64(float32[::1])"])(lambda_free_sum)
    assert len(k.signatures) == 2


@requires_exec
def test_explicit_signature_accepts_contiguous_for_any_layout():
    k = nbc.njit("float64(float64[:])")(lambda_free_sum)
    assert k(np.arange(4.0)) == 6.0
    assert k(np.arange(8.0)[::2]) == 12.0


def test_threads_compile_once():
    calls = []

    def counted(x):
        return x + 1

    k = nbc.njit(counted)
    original = k.compile_types

    def spy(types, declared_ret=None):
        calls.append(types)
        return original(types, declared_ret)
    k.compile_types = spy
    results = []

    def worker():
        try:
            results.append(k._resolve((1,)))
        except Exception as e:  # noqa: BLE001
            results.append(e)
    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(k._overloads) == 1
    assert all(r is results[0] for r in results)


def test_inspect():
    def f(x):
        return x * 2.0
    k = nbc.njit(f)
    k.compile_types((nbc.types.float64,))
    mlir = k.inspect_mlir()
    assert "nbc.mul" in mlir and "nbc.kernel" in mlir and HERE in mlir
    assert k.inspect_types()["return"] == nbc.types.float64
    assert k.py_func is f


def test_njit_options_reach_the_kernel_attribute():
    def f(x):
        return x / 2.0
    k = nbc.njit(fastmath=True, error_model="numpy", parallel=True, boundscheck=True)(f)
    k.compile_types((nbc.types.float64,))
    text = k.inspect_mlir()
    assert "fastmath = fast" in text
    assert "error_model = numpy" in text and "parallel = true" in text
    assert "boundscheck = true" in text


def test_jit_nopython():
    k = nbc.jit(nopython=True)(lambda_free_sum)
    assert isinstance(k, nbc.Dispatcher)
    with pytest.raises(nbc.UnsupportedError):
        nbc.jit(forceobj=True)(lambda_free_sum)


def test_version():
    import importlib.metadata
    try:
        v = importlib.metadata.version("nbc")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("nbc is not installed (source tree)")
    assert v == nbc.__version__


def doubled(x):
    return x * 2.0


@requires_exec
def test_inspect_stages():
    k = nbc.njit(doubled)
    assert k(1.5) == 3.0
    assert "arith.mulf" in k.inspect_mlir("standard")
    assert "llvm.func" in k.inspect_mlir("llvm-dialect")
    assert "define" in k.inspect_llvm() and "fmul" in k.inspect_llvm()
    assert "doubled" in k.inspect_asm()
    with pytest.raises(ValueError):
        k.inspect_mlir("bogus")


def test_numba_prange_and_numba_functions_are_accepted():
    numba = pytest.importorskip("numba")

    @numba.njit
    def helper(x):
        return x + 1

    def uses_numba(n):
        s = 0
        for i in numba.prange(n):
            s += helper(i)
        return s
    k = nbc.njit(uses_numba)
    k.compile_types((nbc.types.int64,))
    assert "nbc.prange" in k.inspect_mlir()


def uses_try(x):
    try:
        r = 1 // x
    except ZeroDivisionError as e:
        r = len(str(e))
    return r


def uses_open(x):
    return open("data.txt")


def uses_global(x):
    global GLOBAL_COUNTER
    GLOBAL_COUNTER = x
    return x


HINTED = [
    (uses_try, "except ZeroDivisionError as e:", "    ^", "tell the cases apart"),
    (uses_open, 'return open("data.txt")', "           ^", "cannot do I/O"),
    (uses_global, "global GLOBAL_COUNTER", "    ^", "rebind module globals"),
    (uses_dict, 'd = {"a": x}', "         ^", "not yet as items of lists"),
    (uses_generator, "yield n", "    ^", "generators are not supported"),
]


@pytest.mark.parametrize("fn,line,caret,hint", HINTED, ids=[h[0].__name__ for h in HINTED])
def test_unsupported_constructs_say_what_to_write_instead(fn, line, caret, hint):
    """The source line, a caret under the construct's column, and a last
    line saying what works instead."""
    with pytest.raises(nbc.UnsupportedError) as info:
        nbc.njit(fn)(1)
    lines = str(info.value).splitlines()
    at = next(k for k, text in enumerate(lines) if text.strip() == line)
    assert lines[at + 1].rstrip() == caret.rstrip(), lines
    assert hint in lines[-1], lines
