"""Numba's API surface, part 2: `nbc.config`, `register_jitable`,
`literal_unroll`, `objmode`, `typeof`, and programs written for Numba run
unchanged under `import nbc as numba` / `from nbc import *`."""

import os
import runpy
import subprocess
import sys
import textwrap

import numpy as np
import pytest

import nbc
from conftest import requires_exec, same
from numba_api_support import A, M, agree

numba = pytest.importorskip("numba")
from numba import literal_unroll  # noqa: E402

pytestmark = requires_exec


# -- config ------------------------------------------------------------------------------
def run_python(code, tmp_path, **env):
    """Runs `code` as a script file (nbc reads the source of what it compiles)."""
    script = tmp_path / "script.py"
    script.write_text(textwrap.dedent(code))
    full = dict(os.environ)
    for k in ("NUMBA_DISABLE_JIT", "NBC_DISABLE_JIT", "NUMBA_NUM_THREADS",
              "NBC_NUM_THREADS"):
        full.pop(k, None)
    full.update(env)
    out = subprocess.run([sys.executable, str(script)], env=full,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_config_num_threads(tmp_path):
    code = "import nbc; print(nbc.config.NUMBA_NUM_THREADS)"
    assert run_python(code, tmp_path) == str(os.cpu_count())
    assert run_python(code, tmp_path, NUMBA_NUM_THREADS="3") == "3"
    assert run_python(code, tmp_path, NBC_NUM_THREADS="5") == "5"
    assert nbc.config.NUMBA_NUM_THREADS >= 1
    assert isinstance(numba.config.NUMBA_NUM_THREADS, int)


def test_config_threading_layer_is_read_only():
    assert nbc.config.THREADING_LAYER == "omp"
    with pytest.raises(AttributeError, match="read-only"):
        nbc.config.THREADING_LAYER = "tbb"


@pytest.mark.parametrize("var", ["NUMBA_DISABLE_JIT", "NBC_DISABLE_JIT"])
def test_disable_jit_from_the_environment(var, tmp_path):
    code = """
        import nbc
        def f(x):
            return x + 1
        g = nbc.njit(f)
        h = nbc.njit("int64(int64)", cache=False)(f)
        print(nbc.config.DISABLE_JIT, g is f, h is f, g(1))
    """
    assert run_python(code, tmp_path, **{var: "1"}) == "True True True 2"
    assert run_python(code, tmp_path) == "False False False 2"


def third(x):
    return x / 3


def test_disable_jit_set_in_config(monkeypatch):
    monkeypatch.setattr(nbc.config, "DISABLE_JIT", True)
    assert nbc.njit(third) is third
    assert nbc.jit(nopython=True)(third) is third
    monkeypatch.setattr(numba.config, "DISABLE_JIT", True)
    assert numba.njit(third) is third


# -- register_jitable, literal_unroll, objmode, typeof ---------------------------------
@nbc.register_jitable
def hyp(x, y):
    return (x * x + y * y) ** 0.5


@nbc.extending.register_jitable(inline="always")
def twice(x):
    return 2 * x


@numba.extending.register_jitable
def hyp_numba(x, y):
    return (x * x + y * y) ** 0.5


def uses_jitables(a):
    s = 0.0
    for i in range(len(a) - 1):
        s += hyp(a[i], a[i + 1]) + twice(a[i])
    return s


def uses_numba_jitable(x):
    return hyp_numba(x, 2.0)


def test_register_jitable():
    assert hyp(3.0, 4.0) == 5.0 and twice(4) == 8  # plain Python still
    k = nbc.njit(uses_jitables)
    assert same(k(A), uses_jitables(A))
    agree(numba.njit(uses_numba_jitable)(1.5), nbc.njit(uses_numba_jitable)(1.5))


def unroll_nbc(a):
    acc = 0.0
    for x in nbc.literal_unroll((1, 2.5, np.float32(3), True)):
        acc += x * a
    return acc


def unroll_numba(a):  # Numba recognises the global name `literal_unroll` only
    acc = 0.0
    for x in literal_unroll((1, 2.5, np.float32(3), True)):
        acc += x * a
    return acc


def unroll_argument(t, a):
    acc = 0
    for x in literal_unroll(t):
        acc += x + a
    return acc


def test_literal_unroll():
    assert nbc.literal_unroll((1, 2)) == (1, 2)
    for a in (2.0, 3):
        agree(numba.njit(unroll_numba)(a), nbc.njit(unroll_nbc)(a))
        agree(numba.njit(unroll_numba)(a), nbc.njit(unroll_numba)(a))
    t = (1, 2.5, np.int8(3))
    agree(numba.njit(unroll_argument)(t, 1), nbc.njit(unroll_argument)(t, 1))


def with_objmode(x):
    y = x + 1
    with nbc.objmode(z="float64"):
        z = float(y)
    return z


def with_numba_objmode(x):
    with numba.objmode(z="float64"):
        z = float(x)
    return z


def test_objmode_is_a_clear_compile_error():
    assert with_objmode(1.0) == 2.0  # a no-op context manager in Python
    line = with_objmode.__code__.co_firstlineno + 2
    for f, where in ((with_objmode, line),
                     (with_numba_objmode, with_numba_objmode.__code__.co_firstlineno + 1)):
        with pytest.raises(nbc.UnsupportedError) as info:
            nbc.njit(f)(1.0)
        message = str(info.value)
        assert message.startswith("objmode"), message
        assert f"line {where}" in message, message


TYPEOF_VALUES = [1, 2.5, True, np.float32(1), np.uint8(3), np.int16(-2), A, M.T,
                 A[::2], np.zeros((2, 2), dtype=np.int32), (1, 2.0), (1, 2), None]


@pytest.mark.parametrize("value", TYPEOF_VALUES, ids=range(len(TYPEOF_VALUES)))
def test_typeof_agrees_with_numba(value):
    from nbc.signatures import from_numba
    assert nbc.typeof(value) == from_numba(numba.typeof(value))


def test_typeof_readonly_and_errors():
    ro = A.copy()
    ro.flags.writeable = False
    assert str(nbc.typeof(ro)) == str(numba.typeof(ro)) == "readonly array(float64, 1d, C)"
    with pytest.raises(ValueError, match="cannot determine the nbc type"):
        nbc.typeof(object())


# -- import nbc as numba / from nbc import * -----------------------------------------
SNIPPET = """
import numpy as np
import {module} as numba
from {module} import njit, prange, vectorize, guvectorize, float64, int64, intp
from {module} import literal_unroll

@numba.njit(numba.float64(numba.float64[:], numba.float64[:]), fastmath=False)
def dot(a, b):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s

@njit(parallel=True)
def psum(a):
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i]
    return s

@numba.njit(locals={{"acc": numba.types.int64}})
def count_pos(a):
    acc = 0
    for x in a:
        if x > 0:
            acc += 1
    return acc

@numba.extending.register_jitable
def clamp(x, lo, hi):
    return min(max(x, lo), hi)

@numba.jit(nopython=True)
def clamp_all(a):
    out = np.empty_like(a)
    for i in range(a.size):
        out[i] = clamp(a[i], -1.0, 1.0)
    return out

@numba.njit("Tuple((intp, float64))(float64[::1])")
def argmax_and_max(a):
    k = 0
    for i in range(1, a.size):
        if a[i] > a[k]:
            k = i
    return k, a[k]

@numba.njit
def poly(x):
    acc = 0.0
    for c in literal_unroll((1, 2.0, 3)):
        acc = acc * x + c
    return acc

@vectorize([float64(float64, float64), int64(int64, int64)])
def vmax(x, y):
    return x if x > y else y

@guvectorize([numba.void(numba.float64[:], numba.float64[:])], "(n)->()")
def gsum(a, res):
    res[0] = 0.0
    for x in a:
        res[0] += x

a = np.linspace(-2.0, 2.0, 9)
result = (dot(a, a), psum(a), count_pos(a), clamp_all(a).tolist(), argmax_and_max(a),
          poly(2.0), vmax(a, 0.5).tolist(), gsum(a.reshape(3, 3)).tolist(),
          numba.typeof(a).ndim, numba.config.NUMBA_NUM_THREADS > 0)
"""


SNIPPET2 = """
import math
import numpy as np
import {module} as numba
from {module} import jit


@jit(nopython=True, parallel=True)
def jacobi_step(u, f, h2):
    n, m = u.shape
    out = u.copy()
    for i in numba.prange(1, n - 1):
        for j in range(1, m - 1):
            out[i, j] = 0.25 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1]
                                - h2 * f[i, j])
    return out


@numba.njit(numba.float64[:, ::1](numba.float64[:, ::1], numba.float64[:, ::1],
                                  numba.int64))
def jacobi(u, f, iters):
    h2 = 1.0 / (u.shape[0] - 1) ** 2
    for _ in range(iters):
        u = jacobi_step(u, f, h2)
    return u


@numba.vectorize([numba.float64(numba.float64, numba.float64),
                  numba.float32(numba.float32, numba.float32)], target="parallel")
def gauss(x, sigma):
    return math.exp(-0.5 * (x / sigma) ** 2) / (sigma * math.sqrt(2 * math.pi))


@numba.njit(numba.types.UniTuple(numba.float64, 2)(numba.float64[:]))
def mean_std(a):
    m = 0.0
    for x in a:
        m += x
    m /= a.size
    v = 0.0
    for x in a:
        v += (x - m) ** 2
    return m, math.sqrt(v / a.size)


@numba.njit(locals={{"h": numba.uint32}})
def fnv1a(a):
    h = 2166136261
    for x in a:
        h = (h ^ x) * 16777619
    return h


@numba.njit(parallel=True)
def count_in_circle(xs, ys):
    c = 0
    for i in numba.prange(xs.shape[0]):
        if xs[i] * xs[i] + ys[i] * ys[i] <= 1.0:
            c += 1
    return c


@numba.guvectorize(["void(float64[:], int64, float64[:])"], "(n),()->(n)")
def moving_sum(a, w, out):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
        if i >= w:
            s -= a[i - w]
        out[i] = s


rng = np.random.default_rng(0)
u0 = np.zeros((16, 16))
u0[0, :] = 1.0
xs, ys = rng.random(1000), rng.random(1000)
data = np.arange(200, dtype=np.uint8)
result = (jacobi(u0, np.ones((16, 16)), 20), gauss(np.linspace(-2, 2, 5), 1.5),
          gauss(np.linspace(-2, 2, 5), 0.5),
          mean_std(xs), fnv1a(data), count_in_circle(xs, ys),
          moving_sum(np.arange(10.0), 3))
"""


@pytest.mark.parametrize("snippet", [SNIPPET, SNIPPET2], ids=["kernels", "programs"])
def test_numba_programs_run_unchanged_as_nbc(snippet, tmp_path):
    ns_ref = run_snippet(snippet, "numba", tmp_path)
    ns_got = run_snippet(snippet, "nbc", tmp_path)
    agree(ns_ref["result"], ns_got["result"])


def run_snippet(text, module, tmp_path):
    """The globals of `text` run as a file with `{module}` replaced."""
    path = tmp_path / f"snippet_{module}.py"
    path.write_text(text.format(module=module))
    return runpy.run_path(str(path))


def test_numba_snippet_runs_unchanged_as_nbc(tmp_path):
    ns_ref = run_snippet(SNIPPET, "numba", tmp_path)
    ns_got = run_snippet(SNIPPET, "nbc", tmp_path)
    assert same(ns_ref["result"], ns_got["result"]), (ns_ref["result"], ns_got["result"])
    assert isinstance(ns_got["dot"], nbc.Dispatcher)


STAR = """
from {module} import *
import numpy as np

@njit(float64(float64[:]))
def total(a):
    s = 0.0
    for i in prange(len(a)):
        s += a[i]
    return s

@jit(nopython=True)
def first_positive(a):
    for x in a:
        if x > 0:
            return x
    return -1.0

@vectorize([int64(int64)])
def sq(x):
    return x * x

names = [typeof, literal_unroll, objmode, intp,
         boolean, int32, uint8, float32, void, guvectorize]
a = np.arange(-3.0, 4.0)
result = (total(a), first_positive(a), sq(np.arange(4)).tolist(),
          str(typeof(a)), str(float64[:, ::1]))
"""


def test_star_import(tmp_path):
    ns_ref = run_snippet(STAR, "numba", tmp_path)
    ns_got = run_snippet(STAR, "nbc", tmp_path)
    assert ns_ref["result"] == ns_got["result"]


def test_top_level_names():
    for name in ("njit", "jit", "prange", "vectorize", "guvectorize", "types", "config",
                 "typeof", "literal_unroll", "objmode", "extending",
                 "float64", "float32", "int64", "int32", "int16", "int8", "uint64",
                 "uint32", "uint16", "uint8", "intp", "uintp", "boolean", "void",
                 "f8", "f4", "i8", "i4", "b1"):
        assert hasattr(nbc, name) and hasattr(numba, name), name
        assert name in nbc.__all__ or name in ("extending", "types"), name
    # Numba has register_jitable in numba.extending only; nbc at both places.
    assert nbc.register_jitable is nbc.extending.register_jitable
