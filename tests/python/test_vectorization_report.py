"""inspect_vectorization(): nbc-vectorize's own decision at each loop of the
source, with the reason and the option that would change it;
NBC_REPORT_VECTORIZATION=1 prints it for every kernel compiled."""

import os
import subprocess
import sys

import numpy as np

import nbc
from conftest import requires_exec

pytestmark = requires_exec


def three_loops(a, out):
    s = 0.0
    for i in range(a.shape[0]):            # LOOP-AXPY
        out[i] = a[i] * 2.0 + 1.0
    for i in range(a.shape[0]):            # LOOP-SUM
        s += a[i]
    for i in range(1, a.shape[0]):         # LOOP-SCAN
        out[i] = out[i - 1] + a[i]
    return s


def columns(m):
    t = 0.0
    for j in range(m.shape[1]):            # LOOP-OUTER
        for i in range(m.shape[0]):        # LOOP-COLUMN
            m[i, j] = m[i, j] + 1.0
    return t


def parallel_rows(m, out):
    for i in nbc.prange(m.shape[0]):       # LOOP-PRANGE
        s = 0
        for j in range(m.shape[1]):        # LOOP-ROW
            s += m[i, j]
        out[i] = s


def divisions(a, d, out, out7):
    for i in range(a.shape[0]):            # LOOP-RUNTIME-DIVISOR
        out[i] = a[i] // d
    for i in range(a.shape[0]):            # LOOP-CONSTANT-DIVISOR
        out7[i] = a[i] // 7


def report_lines(dispatcher):
    """{marker: [decisions]} of the report, keyed by the LOOP-* comment of
    each loop's source line."""
    out, marker = {}, None
    for line in dispatcher.inspect_vectorization().splitlines()[1:]:
        if line.startswith("  ") and not line.startswith("      "):
            marker = line.split("# ")[-1].strip()
            out[marker] = []
        else:
            out[marker].append(line.strip())
    return out


def test_decisions_and_reasons():
    k = nbc.njit(three_loops)
    a, out = np.arange(64.0), np.empty(64)
    k(a, out)
    r = report_lines(k)
    assert r["LOOP-AXPY"] == [f"vectorized: {r['LOOP-AXPY'][0].split(': ')[1]}"]
    assert r["LOOP-AXPY"][0].endswith("elements per vector")
    assert "float reduction" in r["LOOP-SUM"][0] and "fastmath=True" in r["LOOP-SUM"][0]
    assert r["LOOP-SCAN"][0].startswith("not vectorized: a loop-carried dependence")


def test_fastmath_changes_the_decision():
    k = nbc.njit(fastmath=True)(three_loops)
    k(np.arange(64.0), np.empty(64))
    assert report_lines(k)["LOOP-SUM"][0].startswith("vectorized")


def test_layout_reasons():
    k = nbc.njit(columns)
    k(np.ones((8, 8)))
    r = report_lines(k)
    assert r["LOOP-OUTER"][0].startswith("not vectorized: an outer loop")
    assert "last axis" in r["LOOP-COLUMN"][0]


def test_parallel_loops():
    k = nbc.njit(parallel=True)(parallel_rows)
    m = np.arange(64).reshape(8, 8)
    out = np.empty(8, np.int64)
    k(m, out)
    assert np.array_equal(out, m.sum(axis=1))
    r = report_lines(k)
    assert r["LOOP-PRANGE"] == ["runs in parallel (OpenMP threads)"]
    assert r["LOOP-ROW"][0].startswith("vectorized")  # an integer sum


def test_integer_division_by_a_run_time_divisor_stays_scalar():
    for dtype in (np.int64, np.int32, np.uint64):
        k = nbc.njit(divisions)
        a = np.arange(-40, 40).astype(dtype) if dtype != np.uint64 else np.arange(80, dtype=dtype)
        out, out7 = np.empty_like(a), np.empty_like(a)
        k(a, dtype(3), out, out7)
        assert np.array_equal(out, a // dtype(3)) and np.array_equal(out7, a // 7)
        r = report_lines(k)
        assert "run-time divisor" in r["LOOP-RUNTIME-DIVISOR"][0]
        assert r["LOOP-CONSTANT-DIVISOR"][0].startswith("vectorized")


def test_environment_switch_prints_every_kernel(tmp_path):
    script = tmp_path / "job.py"
    script.write_text(
        "import numpy as np, nbc\n"
        "@nbc.njit\n"
        "def double(a):\n"
        "    for i in range(a.shape[0]):\n"
        "        a[i] *= 2\n"
        "double(np.ones(16))\n")
    env = dict(os.environ, NBC_REPORT_VECTORIZATION="1")
    proc = subprocess.run([sys.executable, str(script)], env=env, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "double:" in proc.stderr
    assert "job.py:4: for i in range(a.shape[0]):" in proc.stderr
    assert "vectorized:" in proc.stderr
