"""The frontend builds modules in memory through nbc._core.ir: retried
functions and loops leave nothing behind, locations are the source's, a
builder that refuses its inputs raises instead of crashing, and no MLIR text
is parsed on the way."""

import numpy as np
import pytest

import nbc
from conftest import check, requires_exec
from nbc import types as T

pytestmark = requires_exec


@nbc.njit
def widening_return(x):
    if x > 0:
        return 1
    return 0.5


@nbc.njit
def widening_loop(n):
    s = 0
    for i in range(n):
        s = s + 0.5
    return s


@nbc.njit
def widening_while(n):
    s = 0
    while n > 0:
        s += 0.25
        n -= 1
    return s


def test_retried_function_is_erased():
    # The first attempt returned int64 from the if, then the return type
    # widened to float64: only the second attempt is in the module.
    check(widening_return, 3)
    text = widening_return.inspect_mlir()
    assert text.count("func.func @widening_return(") == 1
    assert "-> f64" in text


def test_retried_loops_are_rolled_back():
    check(widening_loop, 4)
    check(widening_while, 3)
    assert widening_loop.inspect_mlir().count("nbc.range") == 1
    assert widening_while.inspect_mlir().count("scf.while") == 1


def test_locations_are_the_sources():
    check(widening_loop, 2)
    text = widening_loop.inspect_mlir()
    assert f'loc("{__file__}":24:' in text  # `for i in range(n)`


def test_compiled_from_the_built_module_not_text(monkeypatch):
    from nbc import _core

    sources = []
    real = _core.Program

    class Spy(real):
        def __init__(self, source, *args, **kwargs):
            sources.append(source)
            super().__init__(source, *args, **kwargs)

    monkeypatch.setattr(_core, "Program", Spy)

    @nbc.njit
    def axpy(a, x, y):
        return a * x + y

    assert axpy(2.0, 3.0, 1.0) == 7.0
    assert len(sources) == 1 and isinstance(sources[0], _core.ir.IRModule)


def test_builder_refusal_raises():
    from nbc._core import ir
    m = ir.IRModule()
    loc = ir.location(m.context, "x.py", 1, 1)
    f = ir.func(m.body, loc, "f", [ir.scalar_type(m.context, T.DTYPE_IDS[T.int64])],
                False, 0, False, False, True)
    (arg,) = ir.block_args(ir.entry_block(f))
    with pytest.raises(ir.BuildError, match="not a memref|memref"):
        ir.load(ir.entry_block(f), loc, arg, [], False, False)


def test_typed_builder_refusal_is_a_typing_error():
    @nbc.njit
    def shift(x):
        return x << 1

    with pytest.raises(nbc.errors.TypingError, match=r"<<: float64 and int64"):
        shift(1.5)


def test_numpy_helpers_and_arrays():
    @nbc.njit
    def f(a):
        b = np.sqrt(a) + a.T
        return b.sum(), a[1:, ::2].copy()

    check(f, np.arange(9.0).reshape(3, 3))


def test_modules_share_one_context_per_process():
    """Each compile in a context of its own made later compiles slower (MLIR
    scans thread-local caches of every live context) and cost ~1 MB a kernel;
    the frontend's modules share one. A forked child gets a context of its
    own: the parent's uses the parent's thread pool, absent in the child."""
    import os
    from nbc._core import ir
    first, second = ir.IRModule(), ir.IRModule()
    assert first.context == second.context
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report its context, then compile and run
        try:
            child = ir.IRModule().context
            ok = child != first.context and child == ir.IRModule().context

            @nbc.njit(parallel=True)
            def total(n):
                s = 0
                for i in nbc.prange(n):
                    s += i
                return s

            ok = ok and total(1000) == sum(range(1000))
            os.write(write, b"1" if ok else b"0")
        finally:
            os._exit(0)
    import select
    import signal
    os.close(write)
    ready, _, _ = select.select([read], [], [], 120)
    if not ready:  # a hang in the child fails the test instead of hanging it
        os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    assert ready and os.read(read, 1) == b"1"
