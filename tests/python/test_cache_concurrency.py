"""The disk cache under concurrency and across modules: several processes
filling the same entries at once all succeed (and leave valid entries, no
temporary files); a callee edited in another module reaches its cached
caller in a new process."""

import json
import os
import subprocess
import sys
import textwrap
import time

import pytest

from conftest import EXECUTES
from test_cache import KERNELS, NBC_PATH

pytestmark = pytest.mark.skipif(not EXECUTES, reason="the disk cache needs nbc._core")

START_TOGETHER = textwrap.dedent('''
    import os, time
    start = float(os.environ["NBC_TEST_START"])
    while time.time() < start:
        time.sleep(0.005)
''')


def spawn(script, cache, extra_env=None):
    env = dict(os.environ, NBC_CACHE_DIR=str(cache), PYTHONPATH=NBC_PATH)
    env.update(extra_env or {})
    return subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def result(proc):
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err[-3000:]
    return json.loads(out.strip().splitlines()[-1])


@pytest.mark.parametrize("processes", [6])
def test_processes_filling_one_entry_at_once(tmp_path, processes):
    script = tmp_path / "kernels.py"
    script.write_text(START_TOGETHER + KERNELS)
    cache = tmp_path / "cache"
    # Imports take a while: start everyone's compilation at the same instant.
    start = str(time.time() + 6.0)
    procs = [spawn(script, cache, {"NBC_TEST_START": start}) for _ in range(processes)]
    outs = [result(p) for p in procs]
    for out in outs:
        assert out["r"] == [1.0, 3.0, 5.0, 7.0] and out["q"] == -4
        assert out["p"] == sum(range(1000)) and "division" in out["err"]
    misses = sum(s[1] for out in outs for s in out["stats"].values())
    assert misses >= 3  # at least one process compiled each kernel
    leftovers = [p.name for p in cache.iterdir() if p.suffix not in (".so", ".nbci")]
    assert leftovers == []
    # Whoever wrote last, the entries are whole: a new process only hits.
    again = result(spawn(script, cache, {"NBC_TEST_START": "0"}))
    assert again["stats"] == {"axpy": [1, 0], "divide": [1, 0], "psum": [1, 0]}


HELPERS = textwrap.dedent('''
    import nbc

    @nbc.njit
    def weight(x):
        return x * 2

    def offset(x):
        return x + 1
''')

MAIN = textwrap.dedent('''
    import json
    import nbc
    from helpers import weight, offset

    @nbc.njit(cache=True)
    def caller(x):
        return offset(weight(x))

    r = caller(5)
    print(json.dumps({"r": r, "stats": [sum(caller.stats.cache_hits.values()),
                                        sum(caller.stats.cache_misses.values())]}))
''')


def test_callee_edited_in_another_module(tmp_path):
    (tmp_path / "helpers.py").write_text(HELPERS)
    script = tmp_path / "main.py"
    script.write_text(MAIN)
    cache = tmp_path / "cache"

    def run():
        env = {"PYTHONPATH": f"{tmp_path}{os.pathsep}{NBC_PATH}"}
        proc = spawn(script, cache, env)
        return result(proc)

    assert run() == {"r": 11, "stats": [0, 1]}
    assert run() == {"r": 11, "stats": [1, 0]}
    (tmp_path / "helpers.py").write_text(HELPERS.replace("x * 2", "x * 5"))
    assert run() == {"r": 26, "stats": [0, 1]}  # the jitted callee changed
    (tmp_path / "helpers.py").write_text(HELPERS.replace("x * 2", "x * 5")
                                         .replace("x + 1", "x - 1"))
    assert run() == {"r": 24, "stats": [0, 1]}  # the plain callee changed
    assert run() == {"r": 24, "stats": [1, 0]}
