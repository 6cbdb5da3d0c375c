"""Thread control with Numba's names: set_num_threads / get_num_threads /
get_thread_id, in Python and inside kernels, per calling thread, under
concurrent calls and with NBC_NUM_THREADS."""

import os
import subprocess
import sys
import threading

import numpy as np
import pytest

import nbc
from conftest import requires_exec

pytestmark = requires_exec


@nbc.njit(parallel=True)
def thread_ids(n):
    out = np.empty(n, np.int64)
    for i in nbc.prange(n):
        out[i] = nbc.get_thread_id()
    return out, nbc.get_num_threads()


@pytest.fixture
def restore_threads():
    before = nbc.get_num_threads()
    yield
    nbc.set_num_threads(before)


def test_python_api(restore_threads):
    most = nbc._core.get_max_threads()
    assert 1 <= nbc.get_num_threads() <= most
    assert nbc.get_thread_id() == 0  # not in a parallel region
    nbc.set_num_threads(1)
    assert nbc.get_num_threads() == 1
    with pytest.raises(ValueError, match=f"between 1 and {most}, not 0"):
        nbc.set_num_threads(0)
    with pytest.raises(ValueError, match=f"between 1 and {most}"):
        nbc.set_num_threads(most + 1)
    with pytest.raises(TypeError, match="must be an integer"):
        nbc.set_num_threads(1.5)
    nbc.set_num_threads(np.int64(most))
    assert nbc.get_num_threads() == most


def test_kernels_use_the_setting(restore_threads):
    nbc.set_num_threads(1)
    ids, count = thread_ids(20000)
    assert count == 1 and set(ids.tolist()) == {0}
    most = nbc._core.get_max_threads()
    nbc.set_num_threads(most)
    ids, count = thread_ids(20000)
    assert count == most
    assert set(ids.tolist()) <= set(range(most))
    if most > 1:
        assert len(set(ids.tolist())) > 1  # static schedule: every thread works


def test_setting_belongs_to_the_calling_thread(restore_threads):
    most = nbc._core.get_max_threads()
    nbc.set_num_threads(most)
    seen = {}

    def worker():
        nbc.set_num_threads(1)
        seen["worker"] = (nbc.get_num_threads(), set(thread_ids(5000)[0].tolist()))

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert seen["worker"] == (1, {0})
    assert nbc.get_num_threads() == most  # this thread's setting is unchanged


def test_concurrent_calls_with_different_settings():
    most = nbc._core.get_max_threads()
    errors = []

    def worker(k):
        try:
            n = 1 + k % most
            nbc.set_num_threads(n)
            for _ in range(20):
                ids, count = thread_ids(4000)
                assert count == n and max(ids) < n
        except Exception as e:  # reported below
            errors.append(e)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors


def test_environment_sets_the_default():
    env = dict(os.environ, NBC_NUM_THREADS="1")
    env.pop("OMP_NUM_THREADS", None)
    program = ("import nbc, numpy as np\n"
               "@nbc.njit(parallel=True)\n"
               "def ids(n):\n"
               "    out = np.empty(n, np.int64)\n"
               "    for i in nbc.prange(n):\n"
               "        out[i] = nbc.get_thread_id()\n"
               "    return out\n"
               "print(nbc.get_num_threads(), nbc._core.get_max_threads(), "
               "set(ids(5000).tolist()))\n")
    proc = subprocess.run([sys.executable, "-c", program], env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split(maxsplit=2) == ["1", "1", "{0}\n"]


def test_numba_spelling_inside_kernels():
    numba = pytest.importorskip("numba")

    @nbc.njit
    def count():
        return numba.get_num_threads(), numba.get_thread_id()

    assert count() == (nbc.get_num_threads(), 0)


FORK_PROGRAM = '''
import os, sys
import numpy as np
import nbc

@nbc.njit(parallel=True)
def psum(a):
    s = 0.0
    for i in nbc.prange(a.shape[0]):
        s += a[i]
    return s

@nbc.njit(parallel=True)
def nested(n):
    out = np.zeros((n, n))
    for i in nbc.prange(n):
        for j in nbc.prange(n):
            out[i, j] = i * n + j
    return out.sum()

a = np.arange(100_000.0)
want = a.sum()
assert psum(a) == want            # the parent's OpenMP runtime is started
nbc.set_num_threads(2)
pids = []
for k in range(3):
    pid = os.fork()
    if pid == 0:                  # the child: same kernels, new settings
        try:
            ok = psum(a) == want and nested(30) == sum(range(900))
            nbc.set_num_threads(1)
            ok = ok and nbc.get_num_threads() == 1 and psum(a) == want
        except BaseException:
            ok = False
        os._exit(0 if ok else 1)
    pids.append(pid)
codes = [os.waitstatus_to_exitcode(os.waitpid(p, 0)[1]) for p in pids]
assert psum(a) == want and nbc.get_num_threads() == 2
print("fork ok", codes)
sys.exit(max(codes))
'''


def test_fork_children_run_parallel_kernels():
    """os.fork() after the parent ran parallel kernels: the children run
    prange (nested too) and change their thread count; nothing hangs."""
    proc = subprocess.run([sys.executable, "-c", FORK_PROGRAM], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "fork ok [0, 0, 0]" in proc.stdout


def test_dask_thread_pool():
    """Kernels called from Dask's threaded scheduler, each task with its own
    thread count."""
    dask = pytest.importorskip("dask")
    import dask.array as da

    def task(block):
        nbc.set_num_threads(1 + block.size % 2)
        ids, count = thread_ids(block.size)
        assert max(ids) < count
        return block * 2

    x = da.from_array(np.arange(40_000.0), chunks=2_500)
    with dask.config.set(scheduler="threads", num_workers=4):
        got = x.map_blocks(task, dtype=float).compute()
    assert np.array_equal(got, np.arange(40_000.0) * 2)
