"""@nbc.njit(cache=True): a second process loads the kernel from disk."""

import json
import os
import subprocess
import sys
import textwrap

import pytest

import nbc
from conftest import EXECUTES

# The subprocess imports the same nbc package as this process.
NBC_PATH = os.path.dirname(os.path.dirname(os.path.abspath(nbc.__file__)))

pytestmark = pytest.mark.skipif(not EXECUTES, reason="the disk cache needs nbc._core")

KERNELS = textwrap.dedent('''
    import json, sys
    import numpy as np
    import nbc

    @nbc.njit(cache=True)
    def axpy(a, x, y):
        out = np.empty_like(x)
        for i in range(len(x)):
            out[i] = a * x[i] + y[i]
        return out

    @nbc.njit(cache=True)
    def divide(a, b):
        return a // b

    @nbc.njit(cache=True, parallel=True)
    def psum(a):
        s = 0.0
        for i in nbc.prange(len(a)):
            s += a[i]
        return s

    r = axpy(2.0, np.arange(4.0), np.ones(4))
    p = psum(np.arange(1000.0))
    q = divide(7, -2)
    try:
        divide(1, 0)
        err = None
    except ZeroDivisionError as e:
        err = str(e)
    stats = {f: [sum(d.stats.cache_hits.values()), sum(d.stats.cache_misses.values())]
             for f, d in (("axpy", axpy), ("divide", divide), ("psum", psum))}
    r = axpy(2.0, np.arange(4.0), np.ones(4))  # again: the C fast path
    fast = [d._num_entries() for d in (axpy, divide, psum)]
    print(json.dumps({"r": r.tolist(), "q": q, "p": p, "err": err, "stats": stats,
                      "fast": fast}))
''')


def run(tmp_path, env_extra=None):
    script = tmp_path / "kernels.py"
    if not script.exists():
        script.write_text(KERNELS)
    env = dict(os.environ)
    env["NBC_CACHE_DIR"] = str(tmp_path / "cache")
    env.update(env_extra or {})
    env["PYTHONPATH"] = NBC_PATH
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def entries(tmp_path, ext):
    d = tmp_path / "cache"
    return sorted(p for p in d.iterdir() if p.suffix == ext)


def test_second_process_loads_from_cache(tmp_path):
    first = run(tmp_path)
    assert first["stats"] == {"axpy": [0, 1], "divide": [0, 1], "psum": [0, 1]}
    assert len(entries(tmp_path, ".nbci")) == 3 and len(entries(tmp_path, ".so")) == 3
    second = run(tmp_path)
    assert second["stats"] == {"axpy": [1, 0], "divide": [1, 0], "psum": [1, 0]}
    assert second["p"] == first["p"] == 499500.0  # OpenMP kernel from the library
    assert second["r"] == first["r"] == [1.0, 3.0, 5.0, 7.0]
    assert second["q"] == first["q"] == -4
    assert second["err"] == first["err"] and second["err"]
    assert second["fast"] == first["fast"] == [1, 1, 1]  # cached kernels in the C table


def test_source_change_misses(tmp_path):
    run(tmp_path)
    script = tmp_path / "kernels.py"
    script.write_text(KERNELS.replace("a * x[i] + y[i]", "a * x[i] - y[i]"))
    out = run(tmp_path)
    assert out["stats"]["axpy"] == [0, 1] and out["stats"]["divide"] == [1, 0]
    assert out["r"] == [-1.0, 1.0, 3.0, 5.0]


@pytest.mark.parametrize("damage", ["truncate-library", "flip-library",
                                    "truncate-index", "garbage-index"])
def test_corrupted_entry_is_rebuilt(tmp_path, damage):
    run(tmp_path)
    what, kind = damage.split("-")
    for path in entries(tmp_path, ".so" if kind == "library" else ".nbci"):
        data = path.read_bytes()
        if what == "truncate":
            data = data[:len(data) // 3]
        elif what == "flip":
            mid = len(data) // 2
            data = data[:mid] + bytes([data[mid] ^ 0xFF]) + data[mid + 1:]
        else:
            data = b"NBCCACHE1 0000\n{not json"
        path.write_bytes(data)
    out = run(tmp_path)  # detected: compiled again, same results, no crash
    assert out["stats"] == {"axpy": [0, 1], "divide": [0, 1], "psum": [0, 1]}
    assert out["r"] == [1.0, 3.0, 5.0, 7.0] and out["q"] == -4
    again = run(tmp_path)  # and the rebuilt entry is valid
    assert again["stats"] == {"axpy": [1, 0], "divide": [1, 0], "psum": [1, 0]}


def test_debug_env_reports_hits(tmp_path):
    run(tmp_path)
    script = tmp_path / "kernels.py"
    env = dict(os.environ, NBC_CACHE_DIR=str(tmp_path / "cache"), NBC_DEBUG_CACHE="1")
    env["PYTHONPATH"] = NBC_PATH
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.count("nbc cache: hit") == 3


def test_cached_kernel_inspects(tmp_path):
    run(tmp_path)
    code = KERNELS + "\nprint(axpy.inspect_mlir().count('func.func'))\n"
    (tmp_path / "kernels.py").write_text(code)
    env = dict(os.environ, NBC_CACHE_DIR=str(tmp_path / "cache"))
    env["PYTHONPATH"] = NBC_PATH
    proc = subprocess.run([sys.executable, str(tmp_path / "kernels.py")],
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout.strip().splitlines()[-1]) >= 1


CALLERS = textwrap.dedent('''
    import json
    import nbc

    def scale(x):
        return x * 2

    @nbc.njit
    def shift(x):
        return x + 1

    def twice(x):
        return shift(shift(x))

    @nbc.njit(cache=True)
    def caller(x):
        return twice(scale(x))

    @nbc.njit(cache=True)
    def alone(x):
        return x - 1

    r = [caller(5), alone(5)]
    stats = {f: [sum(d.stats.cache_hits.values()), sum(d.stats.cache_misses.values())]
             for f, d in (("caller", caller), ("alone", alone))}
    print(json.dumps({"r": r, "stats": stats}))
''')


def run_callers(tmp_path, text):
    script = tmp_path / "callers.py"
    script.write_text(text)
    env = dict(os.environ, NBC_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=NBC_PATH)
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_callee_change_misses(tmp_path):
    # caller(5) = shift(shift(scale(5))): editing any function on the call
    # chain (plain or @njit, called directly or through another) must rebuild.
    first = run_callers(tmp_path, CALLERS)
    assert first == {"r": [12, 4], "stats": {"caller": [0, 1], "alone": [0, 1]}}
    assert run_callers(tmp_path, CALLERS)["stats"] == {"caller": [1, 0], "alone": [1, 0]}
    edited = CALLERS.replace("x * 2", "x * 3")
    out = run_callers(tmp_path, edited)
    assert out == {"r": [17, 4], "stats": {"caller": [0, 1], "alone": [1, 0]}}
    edited = edited.replace("x + 1", "x + 10")  # the @njit callee of a callee
    out = run_callers(tmp_path, edited)
    assert out == {"r": [35, 4], "stats": {"caller": [0, 1], "alone": [1, 0]}}
    assert run_callers(tmp_path, edited)["stats"] == {"caller": [1, 0], "alone": [1, 0]}


LAMBDAS = textwrap.dedent('''
    import json
    import nbc
    inc, dec = nbc.njit(cache=True)(lambda x: x + 1), nbc.njit(cache=True)(lambda x: x - 1)
    r = [inc(10), dec(10)]
    stats = [sum(d.stats.cache_hits.values()) for d in (inc, dec)]
    print(json.dumps({"r": r, "hits": stats}))
''')


def test_lambdas_on_one_line_have_their_own_entries(tmp_path):
    # Same file, line, qualname and argument types: the lambda's column
    # must tell them apart, or the second process would load inc for dec.
    assert run_callers(tmp_path, LAMBDAS) == {"r": [11, 9], "hits": [0, 0]}
    assert run_callers(tmp_path, LAMBDAS) == {"r": [11, 9], "hits": [1, 1]}
