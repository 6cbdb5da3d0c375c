"""`python -m nbc bench|registry|profile` and their APIs (nbc.tools), on small
sizes: the structure of their output and their exit codes, never timings."""
import json
import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from nbc.tools import bench, profile, registry

KERNELS = '''
import numpy as np
import nbc

@nbc.njit
def smooth(a):
    out = np.empty_like(a)
    n = len(a)
    for i in range(n):
        out[i] = 0.5 * a[i] + 0.25 * (a[i - 1] + a[(i + 1) % n])
    return out

def smooth_numpy(a):
    return 0.5 * a + 0.25 * (np.roll(a, 1) + np.roll(a, -1))

def make(n):
    return (np.random.default_rng(1).random(n),)

def plain_sum(a, b):
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s

def make_ints(n):
    return np.arange(n, dtype=np.int32)
'''

SCRIPT = '''
import sys
import numpy as np

def loop_sum(a):
    s = 0.0
    for x in a:
        s += x
    return s

def with_try(a):
    total = 0.0
    for i in range(len(a)):
        try:
            total += 1.0 / a[i]
        except ZeroDivisionError as e:
            total += len(str(e))
    return total

class Box:
    def total(self, a):
        return loop_sum(a)

if __name__ == "__main__":
    a = np.random.default_rng(0).random(int(sys.argv[1]))
    for _ in range(3):
        loop_sum(a)
        with_try(a)
        Box().total(a)
    sys.exit(int(sys.argv[2]))
'''


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A user's project: a kernels module in the current directory."""
    (tmp_path / "userkernels.py").write_text(KERNELS)
    (tmp_path / "script.py").write_text(SCRIPT)
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    sys.modules.pop("userkernels", None)
    yield tmp_path
    sys.modules.pop("userkernels", None)


def nbc_cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "nbc", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


# -- bench -----------------------------------------------------------------------

def test_parse_size():
    assert bench.parse_size("1000") == 1000
    assert bench.parse_size("1e3") == 1000
    assert bench.parse_size("2**5") == 32
    assert bench.parse_size("30x40") == (30, 40)
    with pytest.raises(ValueError):
        bench.parse_size("1.5")


def test_load_object_by_module_and_by_path(project):
    by_module = bench.load_object("userkernels:smooth_numpy")
    by_path = bench.load_object(str(project / "userkernels.py") + ":smooth_numpy")
    a = np.arange(5.0)
    np.testing.assert_allclose(by_module(a), by_path(a))
    with pytest.raises(ValueError, match="MODULE:NAME"):
        bench.load_object("userkernels")
    with pytest.raises(AttributeError):
        bench.load_object("userkernels:missing")


def test_benchmark_api(project):
    mod = bench.load_object("userkernels:smooth").__module__
    m = sys.modules[mod]
    rows = bench.benchmark(m.smooth, [1, 10, 300], setup=m.make,
                           baseline=m.smooth_numpy, repeat=2)
    assert [r["size"] for r in rows] == [1, 10, 300]
    for r in rows:
        assert r["agrees"] is True
        assert r["types"] == ["array(float64, 1d, C)"]
        for key in ("compiled", "python", "baseline", "speedup", "baseline_ratio"):
            assert r[key] > 0
        assert r["speedup"] == pytest.approx(r["python"] / r["compiled"])
    table = bench.format_table(rows, "smooth").splitlines()
    assert table[1].split(" | ")[:4] == ["size", "nbc ms", "Python ms", "speedup"]
    assert len(table) == 2 + len(rows)


def test_benchmark_plain_function_default_setup(project):
    m = sys.modules[bench.load_object("userkernels:plain_sum").__module__]
    rows = bench.benchmark(m.plain_sum, [0, 7], repeat=1)  # compiled with nbc.njit
    assert [r["types"] for r in rows] == [["array(float64, 1d, C)"] * 2] * 2
    assert all(r["agrees"] and "baseline" not in r for r in rows)


def test_bench_cli(project):
    r = nbc_cli("bench", "userkernels:smooth", "--sizes", "10", "1e3", "--setup",
                "userkernels:make", "--baseline", "userkernels:smooth_numpy",
                "--repeat", "2", cwd=project)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.strip().splitlines()
    assert lines[0] == "userkernels:smooth:"
    assert "baseline/nbc" in lines[1]
    assert [ln.split(" | ")[0] for ln in lines[2:]] == ["10", "1000"]
    assert all(" | yes | " in ln for ln in lines[2:])
    r = nbc_cli("bench", "userkernels:nothing", cwd=project)
    assert r.returncode == 2 and "AttributeError" in r.stderr


# -- registry --------------------------------------------------------------------

def test_registry_add_list_check(project):
    f = str(project / "perf.json")
    r = nbc_cli("registry", "add", "userkernels:smooth", "--sizes", "100", "1000",
                "--setup", "userkernels:make", "--min", "0.001", "--max", "1e9",
                "--note", "hot loop", "--repeat", "2", "--file", f, cwd=project)
    assert r.returncode == 0, r.stderr
    r = nbc_cli("registry", "add", "userkernels:smooth", "--sizes", "100",
                "--setup", "userkernels:make", "--baseline", "userkernels:smooth_numpy",
                "--against", "baseline", "--tolerance", "10", "--repeat", "2",
                "--file", f, cwd=project)
    assert r.returncode == 0, r.stderr
    data = json.load(open(f))
    assert data["version"] == 1 and len(data["entries"]) == 2
    first, second = data["entries"]
    assert first["speedup"] == {"min": 0.001, "max": 1e9}
    assert first["sizes"] == [100, 1000] and len(first["measured"]) == 2
    assert first["types"] == ["array(float64, 1d, C)"] and first["note"] == "hot loop"
    assert second["against"] == "baseline"
    # --tolerance 10: the range is the measured value widened 11 times up.
    assert second["speedup"]["max"] == pytest.approx(11 * second["measured"][0], rel=1e-2)
    listed = nbc_cli("registry", "list", "--file", f, cwd=project)
    assert listed.returncode == 0
    assert [ln.split(" | ")[:2] for ln in listed.stdout.splitlines()[1:]] == \
        [["userkernels:smooth", "python"], ["userkernels:smooth", "baseline"]]
    # Re-adding replaces the entry of the same function and kind.
    r = nbc_cli("registry", "add", "userkernels:smooth", "--sizes", "100", "--setup",
                "userkernels:make", "--min", "0", "--max", "1e12", "--repeat", "1",
                "--file", f, cwd=project)
    assert r.returncode == 0
    data = json.load(open(f))
    assert len(data["entries"]) == 2 and data["entries"][1]["speedup"]["max"] == 1e12
    check = nbc_cli("registry", "check", "--repeat", "1", "--file", f, cwd=project)
    out = check.stdout
    # The baseline entry's range is generous but timing noise is real; the
    # Python one ([0, 1e12]) must pass.
    assert "ok   userkernels:smooth: now" in out
    assert out.strip().splitlines()[-1].endswith(f"({f})")


def test_registry_check_fails_out_of_range(project):
    f = str(project / "perf.json")
    r = nbc_cli("registry", "add", "userkernels:smooth", "--sizes", "200", "--setup",
                "userkernels:make", "--min", "1e9", "--max", "1e10", "--repeat", "1",
                "--file", f, cwd=project)
    assert r.returncode == 0, r.stderr
    check = nbc_cli("registry", "check", "--repeat", "1", "--file", f, cwd=project)
    assert check.returncode == 1
    assert "FAIL userkernels:smooth" in check.stdout
    assert "size 200: speedup" in check.stdout and "is below the recorded range" \
        in check.stdout
    assert "0 ok, 1 failed" in check.stdout


def test_registry_check_flags_changed_types_and_broken_entries(project, capsys):
    f = str(project / "perf.json")
    entry = {"function": "userkernels:smooth", "setup": "userkernels:make",
             "baseline": None, "against": "python", "sizes": [50],
             "types": ["array(float32, 1d, C)"], "speedup": {"min": 0, "max": 1e12}}
    gone = dict(entry, function="userkernels:removed", types=[])
    registry.save(f, {"version": 1, "entries": [entry, gone]})
    args = type("Args", (), {"file": f, "names": [], "repeat": 1})
    assert registry.cmd_check(args) == 1
    out = capsys.readouterr().out
    assert "argument types changed: recorded ['array(float32, 1d, C)'], now " \
        "['array(float64, 1d, C)']" in out
    assert "FAIL userkernels:removed" in out and "the benchmark failed: AttributeError" in out
    args.names = ["nomatch"]
    assert registry.cmd_check(args) == 0  # no entry selected, nothing failed


def test_registry_rejects_other_json(project):
    (project / "bad.json").write_text("[1, 2]")
    with pytest.raises(ValueError, match="not an nbc performance registry"):
        registry.load(str(project / "bad.json"))
    r = nbc_cli("registry", "list", "--file", "bad.json", cwd=project)
    assert r.returncode == 2 and "not an nbc performance registry" in r.stderr


# -- profile ---------------------------------------------------------------------

def test_profile_cli_names_hot_functions_and_constructs(project):
    r = nbc_cli("profile", "--top", "5", "script.py", "20000", "3", cwd=project)
    assert r.returncode == 3, r.stderr  # the script's own exit code
    rows = {}
    for line in r.stdout.split("nbc compiles it?")[1].strip().splitlines():
        cells = line.split(" | ")
        rows[cells[4].split(" (")[0]] = cells
    assert rows["loop_sum"][5] == "yes"
    assert rows["loop_sum"][3] == "6"  # 3 direct calls + 3 through Box.total
    assert rows["with_try"][5].startswith(
        "no: UnsupportedError: `except ... as e`: using 'e' is not supported")
    assert rows["total"][5] == "no: argument 'self' of type Box is not supported by nbc"
    assert "script.py:" in rows["with_try"][4]


def test_profile_api(project):
    prof, hook, code = profile.run_script(str(project / "script.py"), ["500", "0"])
    assert code == 0
    hot = profile.hot_functions(prof, hook, top=10)
    names = [h[5] for h in hot]
    assert set(names) == {"loop_sum", "with_try", "total"}
    assert all(h[0] >= 0 and h[1] >= h[0] for h in hot)
    text, results = profile.report(hot, hook)
    by_name = {r["function"]: r for r in results}
    assert by_name["loop_sum"]["compiles"] and not by_name["with_try"]["compiles"]
    assert "using 'e' is not supported" in by_name["with_try"]["error"]
    assert len(text.splitlines()) == 1 + len(hot)


def test_profile_skips_library_functions(project):
    (project / "uses_lib.py").write_text(textwrap.dedent('''
        import json
        def encode(n):
            return [json.dumps(list(range(i))) for i in range(n)]
        encode(200)
    '''))
    prof, hook, _ = profile.run_script(str(project / "uses_lib.py"), [])
    files = {os.path.basename(h[3]) for h in profile.hot_functions(prof, hook, 50)}
    assert files == {"uses_lib.py"}


def test_guide_examples_run(tmp_path, monkeypatch):
    """docs/Performance.md: its kernels.py and API example, as written."""
    import re
    guide = os.path.join(os.path.dirname(__file__), "..", "..", "docs", "Performance.md")
    module, api = re.findall(r"```python\n(.*?)```", open(guide).read(), re.S)[:2]
    (tmp_path / "kernels.py").write_text(module.replace("10**6", "10**3"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    sys.modules.pop("kernels", None)
    try:
        exec(compile(api.replace("10**6", "10**3"), "guide", "exec"), {})
        r = nbc_cli("bench", "kernels:smooth", "--sizes", "100", "--setup",
                    "kernels:make_args", "--baseline", "kernels:smooth_numpy",
                    "--repeat", "1", cwd=tmp_path)
        assert r.returncode == 0 and " | yes | " in r.stdout, r.stderr
    finally:
        sys.modules.pop("kernels", None)


def test_profile_of_a_failing_script(project):
    (project / "fails.py").write_text(textwrap.dedent('''
        def work(n):
            s = 0
            for i in range(n):
                s += i * i
            return s
        work(50000)
        raise RuntimeError("boom")
    '''))
    r = nbc_cli("profile", "fails.py", cwd=project)
    assert r.returncode == 1
    assert "RuntimeError: boom" in r.stderr
    assert "work (fails.py:2) | yes" in r.stdout
