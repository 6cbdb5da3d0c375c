"""bench/run.py in --quick mode: every kernel under nbc, Numba, NumPy and C
must agree; the report, plot and JSON have their structure. No timing
assertions. Also the failure row of a kernel nbc cannot compile."""
import json
import os
import subprocess
import sys

import pytest

BENCH = os.path.join(os.path.dirname(__file__), "..", "..", "bench")
sys.path.insert(0, os.path.abspath(BENCH))

import cases  # noqa: E402
import measure  # noqa: E402
import report  # noqa: E402


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench")
    results = out / "RESULTS.md"
    results.write_text("# Performance registry\n\nintro\n\n## older section\n\nkept\n")
    r = subprocess.run([sys.executable, os.path.join(BENCH, "run.py"), "--quick",
                        "--repeat", "1", "--results", str(results), "--plot",
                        str(out / "ratios.png"), "--json", str(out / "raw.json")],
                       capture_output=True, text=True, timeout=600,
                       env=dict(os.environ, OMP_NUM_THREADS="2"))
    return r, out


def test_quick_suite_agrees(quick_run):
    r, out = quick_run
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    raw = json.load(open(out / "raw.json"))
    rows = raw["rows"]
    labels = [label for label, _, _ in measure.rows(cases.all_cases())]
    assert list(rows) == labels and len({c.name for c in cases.all_cases()}) >= 16
    for label, row in rows.items():
        assert row["wrong"] == [], label
        # Numba, NumPy and C always run; nbc either runs or its row says why.
        for impl in ("numba", "numpy"):
            assert impl not in row["errors"] and len(row["samples"][impl]) == 1, label
        assert ("nbc" in row["samples"]) != ("nbc" in row["errors"]), label
    c_rows = [r for r in rows.values() if "C" in r["samples"]]
    assert len(c_rows) >= len(rows) - 1 and all("C nofma" in r["samples"] for r in c_rows)
    assert set(raw["overhead_ns"]) == {"add(int, int)", "first(array)"}
    assert len(raw["compile_ms"]) == 2
    for t in raw["compile_ms"].values():
        assert t["nbc"] > 0 and t["numba"] > 0


def test_quick_suite_report(quick_run):
    r, out = quick_run
    text = (out / "RESULTS.md").read_text()
    # The new section sits above the older ones, which are kept.
    assert text.startswith("# Performance registry\n\nintro\n\n## ")
    assert text.index("the suite (bench/run.py)") < text.index("## older section\n\nkept")
    assert "| kernel | nbc ms | Numba/nbc | NumPy/nbc | C/nbc | C nofma/nbc | check |" in text
    for heading in ("### prange speedup on 2 cores", "### Memory-bound kernels against "
                    "STREAM", "### Cold compile", "### Per-call dispatch overhead"):
        assert heading in text
    assert "Geomean Numba/nbc over" in text
    assert (out / "ratios.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def _uncompilable(a):
    try:  # the exception object does not exist in compiled code
        first = a[0]
    except IndexError as e:
        first = float(len(str(e)))
    return first + a.sum()


def test_failure_row_instead_of_a_crash():
    import numpy as np
    case = cases.Case("try kernel", _uncompilable, lambda a: a[0] + a.sum(), None,
                      lambda quick: (np.arange(4.0),))
    row = measure.measure_row(case, "serial", {}, True, 2)
    assert row["errors"]["nbc"].startswith("UnsupportedError: ")
    assert "using 'e' is not supported" in row["errors"]["nbc"]
    assert "nbc" not in row["samples"] and len(row["samples"]["numpy"]) == 2
    table = report.results_table({"try kernel": row})
    assert "| try kernel | – |" in table and "nbc failed: UnsupportedError" in table
    assert "nbc failed to compile: try kernel" in report.summary({"try kernel": row})


def _total(a):
    return a.sum()


def test_wrong_results_are_flagged():
    import numpy as np
    case = cases.Case("off by one", _total, lambda a: a.sum() + 1, None,
                      lambda quick: (np.arange(4.0),))
    row = measure.measure_row(case, "serial", {}, True, 1)
    assert sorted(row["wrong"]) == ["nbc", "numba"]
    assert "nbc disagrees with NumPy" in report.results_table({"x": row})


def test_insert_section_creates_and_prepends(tmp_path):
    path = tmp_path / "R.md"
    report.insert_section(str(path), "## new\n\nA")
    assert path.read_text() == "# Performance registry\n\n## new\n\nA\n\n"
    report.insert_section(str(path), "## newer\n\nB")
    text = path.read_text()
    assert text.index("## newer") < text.index("## new\n")


def test_procs_spread_repetitions(tmp_path):
    raw = tmp_path / "raw.json"
    r = subprocess.run([sys.executable, os.path.join(BENCH, "run.py"), "--quick",
                        "--procs", "2", "--repeat", "2", "--only", "STREAM triad",
                        "--no-compile-times", "--json", str(raw)],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    assert r.stderr.count("process ") == 2
    rows = json.load(open(raw))["rows"]
    assert list(rows) == ["STREAM triad", "STREAM triad [prange]"]
    for row in rows.values():  # one repetition from each process
        assert {k: len(v) for k, v in row["samples"].items()} == \
            dict.fromkeys(["nbc", "numba", "numpy", "C", "C nofma"], 2)
    assert json.load(open(raw))["compile_ms"] == {}


def test_fusion_rows_and_the_geomean(quick_run):
    """The expression chain runs with and without fusion in nbc; the row
    without (nbc with an optimisation off) stays out of the geomean."""
    _, out = quick_run
    rows = json.load(open(out / "raw.json"))["rows"]
    assert {"array: expression chain", "array: expression chain [no fusion]"} <= set(rows)
    row = {"errors": {}, "wrong": []}
    fast = dict(row, samples={"nbc": [1.0], "numba": [2.0]})
    slow = dict(row, samples={"nbc": [4.0], "numba": [2.0]})
    text = report.summary({"chain": fast, "chain [no fusion]": slow})
    assert "over 1 rows: **2.00x**; rows below 0.9x: none" in text and "not counted" in text
    text = report.summary({"chain": fast, "chain [other]": slow})
    assert "over 2 rows: **1.00x**; rows below 0.9x: chain [other]." in text
