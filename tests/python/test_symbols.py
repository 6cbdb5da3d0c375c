"""Kernels named like C library, runtime and OpenMP functions.

A kernel's symbol used to be its Python name, so `def atan2(y, x): return
math.atan2(y, x)` called itself forever (in the JIT and in the cache's
shared library), and `malloc`/`free`/`memcpy` kernels replaced the
allocator their own arrays use. Each case runs in a subprocess with a
timeout: a regression hangs or crashes there, not here.
"""

import json
import os
import subprocess
import sys
import textwrap

import pytest

import nbc
from conftest import EXECUTES

NBC_PATH = os.path.dirname(os.path.dirname(os.path.abspath(nbc.__file__)))

pytestmark = pytest.mark.skipif(not EXECUTES, reason="needs nbc._core")

KERNELS = textwrap.dedent('''
    import json, math, sys
    import numpy as np
    import nbc

    CACHE = sys.argv[2] == "cache"
    jit = nbc.njit(cache=True) if CACHE else nbc.njit

    @jit
    def atan2(y, x):
        return math.atan2(y, x)

    @jit
    def sin(x):
        return math.sin(x)

    @jit
    def exp(x):
        return math.exp(x) + math.sin(x)

    @jit
    def malloc(n):
        a = np.empty(n)
        for i in range(n):
            a[i] = i * 0.5
        return a.sum()

    @jit
    def free(n):
        a = np.zeros(n)
        b = np.ones(n)
        return (a + b).sum()

    @jit
    def memcpy(a):
        b = a.copy()
        b[0] = 7.0
        return b.sum() + a[0]

    @jit
    def main(n):
        s = 0
        for i in range(n):
            s += i
        return s

    @jit
    def nbc_rt_malloc(n):
        return np.arange(n).sum()

    @jit
    def __kmpc_fork_call(n):
        return n + 1

    @nbc.njit
    def sqrt(x):
        return math.sqrt(x) + 1.0

    @jit
    def hypot(x, y):
        return sqrt(x * x + y * y)

    ARGS = {
        "atan2": (1.0, 2.0), "sin": (0.5,), "exp": (1.0,), "malloc": (5,),
        "free": (4,), "memcpy": (np.arange(4.0),), "main": (10,),
        "nbc_rt_malloc": (6,), "__kmpc_fork_call": (41,), "hypot": (3.0, 4.0),
    }
    name = sys.argv[1]
    kernel = globals()[name]
    args = ARGS[name]
    got = kernel(*args)
    want = kernel.py_func(*args)
    print(json.dumps({"got": float(got), "want": float(want)}))
''')

NAMES = ["atan2", "sin", "exp", "malloc", "free", "memcpy", "main",
         "nbc_rt_malloc", "__kmpc_fork_call", "hypot"]


def run(tmp_path, name, mode):
    script = tmp_path / "kernels.py"
    script.write_text(KERNELS)
    env = dict(os.environ)
    env["PYTHONPATH"] = NBC_PATH + os.pathsep + env.get("PYTHONPATH", "")
    env["NBC_CACHE_DIR"] = str(tmp_path / "cache")
    proc = subprocess.run([sys.executable, str(script), name, mode], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("name", NAMES)
def test_libc_named_kernel(tmp_path, name):
    out = run(tmp_path, name, "jit")
    assert out["got"] == pytest.approx(out["want"], rel=1e-15)


@pytest.mark.parametrize("name", ["atan2", "malloc", "memcpy", "main", "hypot"])
def test_libc_named_kernel_cached(tmp_path, name):
    # The first process compiles and stores the shared library, the second
    # loads it.
    for _ in range(2):
        out = run(tmp_path, name, "cache")
        assert out["got"] == pytest.approx(out["want"], rel=1e-15)
