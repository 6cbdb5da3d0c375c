"""Ahead-of-time compilation (nbc.aot, `python -m nbc compile`): a module is
compiled in a subprocess, its source removed, and the extension imported in
a fresh subprocess that times the import and the first calls and checks
every result against the JIT (the same source, imported from a copy) and
NumPy; a C program calls the shared library through the header."""

import json
import os
import shutil
import subprocess
import sys
import textwrap

import numpy as np
import pytest

pytest.importorskip("nbc._core")

MODULE = '''\
"""Kernels compiled ahead of time."""
import numpy as np
import nbc


@nbc.njit(["float64(float64[:])", "int64(int64[:])", "float32(float32[:, :])"])
def total(a):
    """Sum of the elements."""
    return a.sum()


@nbc.njit(["float64(float64, float64)", "int64(int64, int64)"])
def floordiv(a, b):
    return a // b


@nbc.njit("float64(float64[:], int64)", boundscheck=True)
def pick(a, i):
    return a[i]


@nbc.njit("float64(float64[:])")
def checked_log(a):
    s = 0.0
    for i in range(a.shape[0]):
        if a[i] <= 0.0:
            raise ValueError("checked_log: math domain error")
        s += np.log(a[i])
    return s


@nbc.njit(["float64[:](float64[:], float64)"], parallel=True)
def affine(a, c):
    out = np.empty_like(a)
    for i in nbc.prange(a.shape[0]):
        out[i] = 2.0 * a[i] + c
    return out


@nbc.njit("float64(float64[:, :])", parallel=True)
def parallel_sum(a):
    s = 0.0
    for i in nbc.prange(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j]
    return s


@nbc.vectorize(["float64(float64, float64)", "float32(float32, float32)",
                "int64(int64, int64)"])
def sq_sum(x, y):
    return x * x + y * y


# NumPy's error model, as the JIT's ufuncs: 1 / 0 is inf, not an error.
@nbc.vectorize(["float64(float64, float64)"])
def ratio(x, y):
    return x / y


@nbc.vectorize(["float64(float64)"], target="parallel")
def halve(x):
    return x * 0.5


# Other pipeline options (fastmath): a second library.
@nbc.njit("float64(float64[:])", fastmath=True)
def fast_sum(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@nbc.guvectorize(["void(float64[:], float64[:])"], "(n)->()")
def row_sum(a, out):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    out[0] = s
'''

# Runs in a fresh interpreter with the extension's directory first on
# sys.path; argv[1] is that directory, argv[2] the directory of a copy of
# the source under another name (the JIT's version).
CHECK = r'''
import json, sys, time
import numpy as np
out_dir, jit_dir = sys.argv[1], sys.argv[2]
sys.path.insert(0, out_dir)
rng = np.random.default_rng(0)
f64 = rng.random(1000)
i64 = rng.integers(-50, 50, 37)
f32 = np.asfortranarray(rng.random((5, 7)).astype(np.float32))
m2 = rng.random((300, 40))

t0 = time.perf_counter()
import kernels
t1 = time.perf_counter()
first = [kernels.total(f64), kernels.total(i64), kernels.floordiv(7, 2),
         kernels.affine(f64, 0.5), kernels.sq_sum(f64, f64), kernels.row_sum(m2)]
t2 = time.perf_counter()
assert kernels.__file__.endswith(".so"), kernels.__file__

sys.path.insert(0, jit_dir)
import kernels_jit as jit

results = {}
def same(name, got, want):
    got, want = np.asarray(got), np.asarray(want)
    assert got.dtype == want.dtype, (name, got.dtype, want.dtype)
    assert got.shape == want.shape, (name, got.shape, want.shape)
    np.testing.assert_allclose(got, want, rtol=1e-12, err_msg=name)
    results[name] = True

views = {"contiguous": f64, "reversed": f64[::-1], "strided": f64[::3],
         "empty": f64[:0], "one": f64[:1]}
for label, a in views.items():
    same("total " + label, kernels.total(a), jit.total(a))
    same("total numpy " + label, kernels.total(a), a.sum())
same("total int64", kernels.total(i64), jit.total(i64))
same("total int64 numpy", kernels.total(i64), i64.sum())
same("total float32 F", kernels.total(f32), jit.total(f32))
np.testing.assert_allclose(kernels.total(f32), f32.sum(), rtol=1e-5)
same("floordiv int", kernels.floordiv(-7, 2), jit.floordiv(-7, 2))
same("floordiv int numpy", kernels.floordiv(-7, 2), np.int64(-7) // 2)
same("floordiv float", kernels.floordiv(7.5, 2.0), 7.5 // 2.0)
same("floordiv int32 scalar", kernels.floordiv(np.int32(9), np.int32(4)), 2)
same("pick", kernels.pick(f64, 3), f64[3])
same("pick negative", kernels.pick(f64, -1), f64[-1])
same("checked_log", kernels.checked_log(f64 + 1.0), jit.checked_log(f64 + 1.0))
same("affine", kernels.affine(f64, 0.25), 2.0 * f64 + 0.25)
same("affine jit", kernels.affine(f64[::2], 0.25), jit.affine(f64[::2], 0.25))
same("parallel_sum", kernels.parallel_sum(m2), jit.parallel_sum(m2))
np.testing.assert_allclose(kernels.parallel_sum(m2), m2.sum(), rtol=1e-12)

# @vectorize: a real ufunc with NumPy's dispatch, broadcasting and methods.
assert isinstance(kernels.sq_sum, np.ufunc), type(kernels.sq_sum)
assert kernels.sq_sum.types == jit.sq_sum.types, kernels.sq_sum.types
same("sq_sum", kernels.sq_sum(f64, f64[::-1]), f64 * f64 + f64[::-1] ** 2)
same("sq_sum float32", kernels.sq_sum(f32, np.float32(2)),
     jit.sq_sum(f32, np.float32(2)))
# Numba's loop choice: the float64 loop, listed first, takes int64 safely.
same("sq_sum int64 broadcast", kernels.sq_sum(i64[:, None], i64[None, :]),
     jit.sq_sum(i64[:, None], i64[None, :]))
same("sq_sum int64 numpy", kernels.sq_sum(i64[:, None], i64[None, :]),
     (i64[:, None] ** 2 + i64[None, :] ** 2).astype(np.float64))
same("sq_sum reduce", kernels.sq_sum.reduce(f64[:10]), jit.sq_sum.reduce(f64[:10]))
out = np.empty_like(f64)
kernels.sq_sum(f64, 1.0, out=out)
same("sq_sum out=", out, f64 * f64 + 1.0)
with np.errstate(divide="ignore"):
    same("ratio", kernels.ratio(f64[:5], np.array([0.0, 1.0, 2.0, 0.0, 4.0])),
         jit.ratio(f64[:5], np.array([0.0, 1.0, 2.0, 0.0, 4.0])))
assert np.isinf(kernels.ratio(1.0, 0.0))
big = rng.random(100_000)  # more than one chunk of the threaded loop
same("halve parallel", kernels.halve(big), big * 0.5)
same("halve parallel strided", kernels.halve(big[::3]), jit.halve(big[::3]))
np.testing.assert_allclose(kernels.fast_sum(big), big.sum(), rtol=1e-12)
results["fast_sum"] = True
assert isinstance(kernels.row_sum, np.ufunc) and kernels.row_sum.signature == "(n)->()"
same("row_sum", kernels.row_sum(m2), m2.sum(axis=1))

# Exceptions: the JIT's type and message.
def error_of(f, *args):
    try:
        f(*args)
    except Exception as e:
        return type(e).__name__, str(e)
    return None
for fn, args in [("pick", (f64, 1000)), ("floordiv", (1, 0)), ("floordiv", (1.0, 0.0)),
                 ("checked_log", (f64 - 2.0,))]:
    aot_error, jit_error = error_of(getattr(kernels, fn), *args), \
        error_of(getattr(jit, fn), *args)
    assert aot_error is not None and aot_error == jit_error, (fn, aot_error, jit_error)
    results["error " + fn] = aot_error[0]
# No signature takes these: TypeError, as the JIT with explicit signatures.
for fn, args in [("total", (f64.astype(np.complex128),)), ("total", (m2,)),
                 ("pick", (f64, "3")), ("total", ()), ("floordiv", (1, 2, 3))]:
    aot_error = error_of(getattr(kernels, fn), *args)
    assert aot_error is not None and aot_error[0] == "TypeError", (fn, aot_error)
    assert error_of(getattr(jit, fn), *args)[0] == "TypeError", fn
results["typeerrors"] = True
# Keyword arguments bind as in Python.
same("keywords", kernels.pick(i=2, a=f64), f64[2])

# @njit code calling the AOT functions (more in test_aot_calls.py).
import nbc
@nbc.njit
def calls_aot(a, b):
    return kernels.total(a) + kernels.total(b)
same("njit calls aot", calls_aot(f64, f64[::-2]), jit.total(f64) + jit.total(f64[::-2]))
print(json.dumps({"import": t1 - t0, "first_calls": t2 - t1, "checked": len(results)}))
'''


def _python():
    return sys.executable


def _compile(src, out, *extra):
    return subprocess.run([_python(), "-m", "nbc", "compile", src, "-o", out, *extra],
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("aot")
    src_dir, out, jit_dir = root / "src", root / "out", root / "jit"
    src_dir.mkdir()
    jit_dir.mkdir()
    src = src_dir / "kernels.py"
    src.write_text(MODULE)
    (jit_dir / "kernels_jit.py").write_text(MODULE)
    proc = _compile(str(src), str(out))
    assert proc.returncode == 0, proc.stderr
    shutil.rmtree(src_dir)  # the extension must not need the source
    return out, jit_dir


def test_outputs(built):
    out, _ = built
    names = sorted(os.listdir(out))
    assert "libkernels.so" in names and "kernels.h" in names, names
    assert "libkernels_1.so" in names and "kernels_1.h" in names, names  # fastmath
    assert any(n.startswith("kernels.") and n.endswith(".so") for n in names), names
    header = (out / "kernels.h").read_text()
    for symbol in ("_nbc_call_total__0", "_nbc_call_total__2", "_nbc_call_pick",
                   "_nbc_call_affine", "_mlir_ciface_pick"):
        assert symbol in header, symbol


def test_import_and_calls_match_jit_and_numpy(built):
    out, jit_dir = built
    proc = subprocess.run([_python(), "-c", CHECK, str(out), str(jit_dir)],
                          capture_output=True, text=True, timeout=600, cwd=str(out))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["checked"] >= 30, report


# Only the import and the first calls, NumPy already loaded: wall-clock
# and CPU time of this process (its threads included).
TIMING = r'''
import json, sys, time
import numpy as np
sys.path.insert(0, sys.argv[1])
a, m = np.arange(1000.0), np.ones((50, 8))
t0, c0 = time.perf_counter(), time.process_time()
import kernels
t1 = time.perf_counter()
kernels.total(a); kernels.total(a.astype(np.int64)); kernels.floordiv(7, 2)
kernels.pick(a, 3); kernels.sq_sum(a, a); kernels.row_sum(m); kernels.affine(a, 1.0)
t2, c2 = time.perf_counter(), time.process_time()
print(json.dumps({"import": t1 - t0, "first_calls": t2 - t1, "cpu": c2 - c0}))
'''


def test_import_and_first_calls_are_fast(built):
    """No compiler work at import: a fresh process imports the extension and
    makes its first calls well under 0.5 s. Asserted on the process's CPU
    time (best of three runs): on a machine busy with other work the wall
    time mostly measures waiting for a core (about 0.2 s on an idle one,
    1.2 s next to a parallel build, for 0.08 s of CPU)."""
    out, _ = built
    runs = []
    for _ in range(3):
        proc = subprocess.run([_python(), "-c", TIMING, str(out)], capture_output=True,
                              text=True, timeout=120, cwd=str(out))
        assert proc.returncode == 0, proc.stderr
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    assert min(r["cpu"] for r in runs) < 0.5, runs


def test_c_caller(built, tmp_path):
    """A C program includes the header and calls two kernels through
    `_nbc_call_<symbol>`: a result, then a raised IndexError's status."""
    out, _ = built
    cc = shutil.which("clang-22") or shutil.which("cc")
    if cc is None:
        pytest.skip("no C compiler")
    main = tmp_path / "main.c"
    main.write_text(textwrap.dedent('''\
        #include <stdio.h>
        #include <stdint.h>
        #include "kernels.h"
        int main(void) {
          double data[4] = {1.5, 2.5, 3.5, 4.5};
          nbc_memref_1d a = {data, data, 0, {4}, {1}};
          int64_t i = 2;
          double r = 0;
          void *args[] = {&a, &i};
          void *results[] = {&r};
          const char *status = _nbc_call_pick(args, results);
          printf("%s %g\\n", status ? "raised" : "ok", r);
          i = 7;
          status = _nbc_call_pick(args, results);
          printf("%s kind=%d %s\\n", status ? "raised" : "ok", status ? status[0] : 0,
                 status ? status + 1 : "");
          int64_t x = 17, y = 5, q = 0;
          void *args2[] = {&x, &y};
          void *results2[] = {&q};
          status = _nbc_call_floordiv__1(args2, results2);
          printf("%s %lld\\n", status ? "raised" : "ok", (long long)q);
          return 0;
        }
        '''))
    exe = tmp_path / "main"
    proc = subprocess.run([cc, str(main), "-I", str(out), "-L", str(out), "-lkernels",
                           f"-Wl,-rpath,{out}", "-o", str(exe)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    run = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == "ok 3.5"
    assert lines[1].startswith("raised kind=") and "index" in lines[1], lines[1]
    assert lines[2] == "ok 3"


def test_named_target_cpu_and_unknown_cpu(tmp_path):
    src = tmp_path / "small.py"
    src.write_text(textwrap.dedent('''\
        import nbc
        @nbc.njit(["float64(float64[:])"])
        def norm2(a):
            s = 0.0
            for i in range(a.shape[0]):
                s += a[i] * a[i]
            return s
        '''))
    out = tmp_path / "out"
    proc = _compile(str(src), str(out), "--target-cpu", "x86-64-v2")
    if proc.returncode != 0 and "unknown CPU" in proc.stderr:
        pytest.skip("not an x86-64 host")
    assert proc.returncode == 0, proc.stderr
    src.unlink()
    check = ("import sys, numpy as np; sys.path.insert(0, sys.argv[1]); import small; "
             "a = np.arange(10.0); assert small.norm2(a) == (a * a).sum(); "
             "assert small.__nbc_target_cpu__ == 'x86-64-v2'; print('ok')")
    run = subprocess.run([_python(), "-c", check, str(out)], capture_output=True,
                         text=True, timeout=120)
    assert run.stdout.strip() == "ok", run.stderr
    bad = _compile(str(tmp_path / "missing.py"), str(tmp_path / "o2"),
                   "--target-cpu", "no-such-cpu")
    assert bad.returncode == 1
    assert "unknown CPU 'no-such-cpu'" in bad.stderr, bad.stderr


def test_api_refuses_module_without_signatures(tmp_path):
    import nbc.aot
    src = tmp_path / "lazy.py"
    src.write_text("import nbc\n@nbc.njit\ndef f(x):\n    return x\n")
    with pytest.raises(nbc.CompilerError, match="no @njit function with signatures"):
        nbc.aot.compile_module(str(src), str(tmp_path / "out"))
